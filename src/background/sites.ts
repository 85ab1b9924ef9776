// Running on sites beyond the bundled news list. Two ways in:
// - the toolbar button: activeTab grants this tab for now; we inject the content script and tell it
//   to read the page even if it does not look like an article (the reader asked);
// - a site the reader adds, from the action's context menu ("always run on this site") or on the
//   options page: an optional host permission, then a registered content script for the site (its
//   host and subdomains), which the browser keeps across restarts. Both ways register it here, with
//   one id and one set of match patterns per site, so the options page lists and removes either.

import { MARKS_CSS_FILE } from '../marking/mark-looks.ts';
import { askTab } from '../protocol/ask.ts';
import { siteFromInput, sitesFromMatches } from '../keeping/settings.ts';
import { browser } from '../shared/browser.ts';
import { extensionTranslate } from '../shared/extension-i18n.ts';

export const CONTENT_SCRIPT = 'content.js';
/** Ids of the content scripts registered for the sites the reader added. */
const SITE_PREFIX = 'site:';

/** The content script as registered for a site the reader added: with the marks' highlight rules,
 *  injected before the site's pages are first styled (src/marking/mark-looks.ts). */
function siteContentScript(id: string, matches: string[]) {
  return {
    id,
    matches,
    js: [CONTENT_SCRIPT],
    css: [MARKS_CSS_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
}

/** Where a site the reader added runs, and the origins its permission asks for: the host and its
 *  subdomains, over http and https ("example.com" also covers "www.example.com"). */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

export function siteScriptId(host: string): string {
  return `${SITE_PREFIX}${host}`;
}

/** Registers the content script for one site (its permission must be granted already). */
export async function registerSite(host: string): Promise<void> {
  const id = siteScriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([siteContentScript(id, sitePatterns(host))]);
}

/** The content scripts registered for added sites, each with the site its matches name: those of
 *  this build, and those older builds registered as `site:https://host/*` for the context menu. */
export async function registeredSites(): Promise<{ id: string; host: string; matches: string[] }[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.id.startsWith(SITE_PREFIX))
    .flatMap((s) => sitesFromMatches(s.matches ?? []).map((host) => ({ id: s.id, host, matches: s.matches ?? [] })));
}
const MENU_ID = 'boi-canh-always-run';

export async function runOnTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  await askTab(tabId, { type: 'page/activate' });
}

/** The site of a web page as the options page names it ("https://www.example.com/a/b" →
 *  "example.com"), or null for pages we cannot run on. */
export function siteOfPage(url: string | undefined): string | null {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const site = siteFromInput(u.hostname);
  return 'host' in site ? site.host : null;
}

export function installSiteMenu(): void {
  if (!browser.contextMenus) return; // Firefox for Android has no menus: sites are added in the options
  browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: extensionTranslate('menuAlwaysRun'),
        contexts: ['action'],
      }),
    )
    .catch((e: unknown) => console.warn('[Bối cảnh] context menu:', e));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const host = siteOfPage(tab.url);
    if (!host) return;
    const tabId = tab.id;
    // permissions.request must run inside the click's user gesture: call it first, synchronously.
    browser.permissions
      .request({ origins: sitePatterns(host) })
      .then(async (granted) => {
        if (!granted) return;
        await registerSite(host);
        await runOnTab(tabId);
      })
      .catch((e: unknown) => console.warn('[Bối cảnh] always run on site:', e));
  });
}
