// The news outlets (src/sites/outlets.json) → the manifest's content-script match patterns.
//
// The source manifest does not list the news sites itself: its content script's `matches` (and
// `host_permissions`, should one ever mirror them) hold only the placeholder OUTLETS_PLACEHOLDER,
// which readSourceManifest replaces with the patterns of every outlet in the file. So the file is
// the one place a site is added (one line), the manifest cannot drift from it, and a placeholder
// that is missing or mixed with hand-written patterns is an error. The file is checked like the
// glossary's data: every problem at once, each with the file, the line and the entry.

import { readFileSync } from 'node:fs';
import { DataFileError, lineOf, parseJson } from './glossary/actors.ts';
import { listProblems, matchPatterns, outletProblems, type Outlet } from '../src/sites/outlets.ts';

export const OUTLETS_FILE = 'src/sites/outlets.json';

/** The glossary's DataFileError (same `problems`, same file:line form), saying which file it is about. */
export class OutletFileError extends DataFileError {
  constructor(problems: readonly string[]) {
    super(problems);
    this.name = 'OutletFileError';
    this.message = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the outlet list:\n${problems.join('\n')}`;
  }
}
export const OUTLETS_PLACEHOLDER = `@outlets: ${OUTLETS_FILE}`;

export function loadOutlets(file: string): Outlet[] {
  return checkOutlets(file, readFileSync(file, 'utf8'));
}

export function checkOutlets(file: string, text: string): Outlet[] {
  let data: unknown;
  try {
    data = parseJson(file, text);
  } catch (e) {
    throw e instanceof DataFileError ? new OutletFileError(e.problems) : e;
  }
  if (!Array.isArray(data)) throw new OutletFileError([`${file}:1: expected a JSON array of outlets`]);
  const where = (entry: unknown, i: number) => {
    const domain = (entry as { domain?: unknown } | null)?.domain;
    const guess = lineOfEntry(text, i);
    const onGuess = typeof domain !== 'string' || (text.split('\n')[guess - 1] ?? '').includes(`"${domain}"`);
    const line = onGuess ? guess : lineOf(text, `"${domain}"`);
    return `${file}:${line}: ${typeof domain === 'string' ? `"${domain}"` : `entry #${i + 1}`}`;
  };
  const problems = data.flatMap((entry: unknown, i) => outletProblems(entry).map((p) => `${where(entry, i)}: ${p}`));
  if (!problems.length) problems.push(...listProblems(data as Outlet[]).map(([i, p]) => `${where(data[i], i)}: ${p}`));
  if (problems.length) throw new OutletFileError(problems);
  return data as Outlet[];
}

/** The line of the i-th entry when it has no usable domain: the file holds one entry a line after
 *  the opening "[", so the i-th non-blank line after it (approximate if someone wraps entries). */
function lineOfEntry(text: string, i: number): number {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l.trim().startsWith('['));
  let seen = -1;
  for (let n = open + 1; n < lines.length; n++) {
    if (lines[n]!.trim() !== '' && ++seen === i) return n + 1;
  }
  return 1;
}

export function outletMatches(outlets: readonly Outlet[]): string[] {
  return outlets.flatMap(matchPatterns);
}

/** Replaces the placeholder lists in `manifest` (a parsed manifest.json at `file`) with `patterns`. */
export function fillOutletMatches(manifest: Record<string, unknown>, patterns: readonly string[], file: string): void {
  const isPlaceholder = (list: unknown) => Array.isArray(list) && list.length === 1 && list[0] === OUTLETS_PLACEHOLDER;
  const mentions = (list: unknown) => Array.isArray(list) && list.includes(OUTLETS_PLACEHOLDER);
  const scripts = (manifest.content_scripts ?? []) as { matches?: unknown }[];
  const problems: string[] = [];
  let filled = 0;
  scripts.forEach((script, i) => {
    if (isPlaceholder(script.matches)) {
      script.matches = [...patterns];
      filled++;
    } else if (mentions(script.matches)) problems.push(`content_scripts[${i}].matches`);
  });
  if (isPlaceholder(manifest.host_permissions)) manifest.host_permissions = [...patterns];
  else if (mentions(manifest.host_permissions)) problems.push('host_permissions');
  if (problems.length) {
    throw new Error(
      `${file}: ${problems.join(', ')} must be exactly ["${OUTLETS_PLACEHOLDER}"], with no patterns beside it`,
    );
  }
  if (!filled) {
    throw new Error(
      `${file}: no content script has "matches": ["${OUTLETS_PLACEHOLDER}"]; the news sites come from ${OUTLETS_FILE}, not from the manifest`,
    );
  }
}
