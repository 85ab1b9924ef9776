// The in-page fallback as a variant of the main-thread benchmark: a copy of the built extension
// with no "offscreen" permission, so that its background cannot have page copies read off the
// page's thread and its content script reads them in the page (Readability on the page's thread,
// only the matching in the background), as it does wherever the worker path fails. It runs beside
// the real extension in the same browser, on a host of its own.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The host the fallback copy runs on, and the only one. */
export const FALLBACK_HOST = 'fallback.test';

export interface FallbackExtension {
  dir: string;
  close(): void;
}

export function writeFallbackExtension(dist: string): FallbackExtension {
  const dir = mkdtempSync(join(tmpdir(), 'boi-canh-fallback-'));
  cpSync(dist, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    name: string;
    permissions?: string[];
    content_scripts?: { matches: string[] }[];
  };
  if (!manifest.permissions?.includes('offscreen'))
    throw new Error(`${dist}/manifest.json asks for no "offscreen" permission: nothing to take away`);
  manifest.name = 'Bối cảnh, in-page fallback (benchmark)';
  manifest.permissions = manifest.permissions.filter((p) => p !== 'offscreen');
  for (const script of manifest.content_scripts ?? []) script.matches = [`*://${FALLBACK_HOST}/*`];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return { dir, close: () => rmSync(dir, { recursive: true, force: true }) };
}
