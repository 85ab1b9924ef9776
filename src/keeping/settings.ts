// The reader's settings, kept in storage.local under one key and read by every part: the content
// script (site off, mark style, hover delay), the background (history paused) and the options
// page. Whatever is stored is read through `readSettings`, so a missing or malformed field (an
// older build, a hand-edited profile) falls back to its default instead of breaking a page.

import { DISABLED_SITES } from '../shared/limits.ts';
import { isRecord, problem, type Problem } from './problems.ts';

export const SETTINGS_KEY = 'settings';

/** How names are marked in the page: the default tint with an underline, either alone, or not at
 *  all (the hover card then stays closed too: there is nothing to rest the pointer on). */
export type MarkStyle = 'tint-underline' | 'underline' | 'background' | 'off';
export const MARK_STYLES: readonly MarkStyle[] = ['tint-underline', 'underline', 'background', 'off'];

/** Wikipedia's page previews wait about this long; shorter opens cards while the pointer travels. */
export const HOVER_DELAY_DEFAULT = 350;
export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;

export interface Settings {
  /** Hostnames (a site and its subdomains) where the content script does nothing. */
  disabledSites: string[];
  markStyle: MarkStyle;
  hoverDelayMs: number;
  historyPaused: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  markStyle: 'tint-underline',
  hoverDelayMs: HOVER_DELAY_DEFAULT,
  historyPaused: false,
});

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isHostname(s: string): boolean {
  return HOSTNAME.test(s);
}

export function isHoverDelay(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= HOVER_DELAY_MIN && (v as number) <= HOVER_DELAY_MAX;
}

/** The stored settings with defaults for whatever is missing or malformed; the sites switched off
 *  cut to their bound (every page load reads this list). */
export function readSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const sites = Array.isArray(s.disabledSites)
    ? [...new Set(s.disabledSites.filter((h): h is string => typeof h === 'string' && isHostname(h)))].slice(
        0,
        DISABLED_SITES,
      )
    : [];
  return {
    disabledSites: sites,
    markStyle: MARK_STYLES.includes(s.markStyle as MarkStyle) ? (s.markStyle as MarkStyle) : DEFAULT_SETTINGS.markStyle,
    hoverDelayMs: isHoverDelay(s.hoverDelayMs) ? s.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs,
    historyPaused: typeof s.historyPaused === 'boolean' ? s.historyPaused : DEFAULT_SETTINGS.historyPaused,
  };
}

/** What is wrong with a hover delay the reader typed, or null. */
export function hoverDelayProblem(text: string): Problem | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return problem('delayNotNumber', '', trimmed);
  const ms = Number(trimmed);
  if (ms < HOVER_DELAY_MIN || ms > HOVER_DELAY_MAX) {
    return problem('delayOutOfRange', '', `${HOVER_DELAY_MIN}–${HOVER_DELAY_MAX}`);
  }
  return null;
}

/** True when `host` is `site` or one of its subdomains. */
export function hostIsOn(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function siteIsOff(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => hostIsOn(host, site));
}

/** The bundled news sites, from the manifest's content-script match patterns: "*://*.vnexpress.net/*"
 *  and "*://vnexpress.net/*" are one site, "vnexpress.net"; "*://www.bbc.com/vietnamese/*" is
 *  "bbc.com", without "www." as siteIsOff compares them. */
export function sitesFromMatches(matches: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const m of matches) {
    const host = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(m)?.[1]?.replace(/^www\./, '');
    if (host && isHostname(host)) hosts.add(host);
  }
  return [...hosts];
}

/** The hostname a reader means by what they typed: "https://www.Example.com/a" → "example.com". */
export function siteFromInput(text: string): { host: string } | { problem: Problem } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: problem('siteEmpty') };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { problem: problem('siteInvalid', '', trimmed) };
  }
  host = host.toLowerCase().replace(/^www\./, '');
  return isHostname(host) ? { host } : { problem: problem('siteInvalid', '', trimmed) };
}
