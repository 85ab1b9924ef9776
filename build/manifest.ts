// One source manifest (manifest.json at the top) → one manifest per browser.
//
// The source holds Chrome's and Firefox's keys side by side, so a reader sees both in one place.
// Each browser ignores the other's keys at run time, but Chrome warns about unknown keys in developer
// mode and Mozilla's linter warns about Chrome-only ones, so the build prunes:
//   Chrome  drops  background.scripts, sidebar_action, browser_specific_settings
//   Firefox drops  background.service_worker, side_panel, minimum_chrome_version,
//                  and the permissions "sidePanel" and "offscreen" (Firefox has sidebarAction, and
//                  its event-page background has a DOM, so it needs no offscreen document)
// A feature whose page or script is not in the build output (its source entry does not exist yet)
// is dropped too, with a warning, so that a half-written tree still builds an extension that loads.
// The news sites are not written in the source: its content script's `matches` is a placeholder
// that readSourceManifest fills from src/sites/outlets.json (see build/sites.ts).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTLETS_FILE, fillOutletMatches, loadOutlets, outletMatches } from './sites.ts';

export type Browser = 'chrome' | 'firefox';
export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

/** The manifest as JSON: we only ever read and prune it, so a loose shape is enough. */
export type Manifest = Record<string, unknown> & {
  version: string;
  permissions?: string[];
};

const CHROME_ONLY_KEYS = ['side_panel', 'minimum_chrome_version'];
const FIREFOX_ONLY_KEYS = ['sidebar_action', 'browser_specific_settings'];
const CHROME_ONLY_PERMISSIONS = ['sidePanel', 'offscreen'];

export function readSourceManifest(root: string): Manifest {
  const path = join(root, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (manifest.manifest_version !== 3) {
    throw new Error(`${path}: manifest_version must be 3, found ${String(manifest.manifest_version)}`);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (manifest.version !== pkg.version) {
    throw new Error(
      `${path}: version ${manifest.version} differs from package.json's ${pkg.version}; keep them equal`,
    );
  }
  fillOutletMatches(manifest, outletMatches(loadOutlets(join(root, OUTLETS_FILE))), path);
  return manifest;
}

export interface BrowserManifest {
  manifest: Manifest;
  /** Features dropped because their files are not built: the build prints these. */
  warnings: string[];
}

/** Prunes the source manifest for one browser. `outDir` is that browser's build output,
 *  used to drop features whose files were not built. */
export function manifestFor(source: Manifest, browser: Browser, outDir: string): BrowserManifest {
  const manifest = structuredClone(source);
  const warnings: string[] = [];
  const built = (file: string) => existsSync(join(outDir, file));

  const dropKeys = browser === 'chrome' ? FIREFOX_ONLY_KEYS : CHROME_ONLY_KEYS;
  for (const key of dropKeys) delete manifest[key];

  const background = manifest.background as
    | { service_worker?: string; scripts?: string[]; type?: string }
    | undefined;
  if (background) {
    if (browser === 'chrome') delete background.scripts;
    else delete background.service_worker;
    const files = background.service_worker ? [background.service_worker] : (background.scripts ?? []);
    if (!files.every(built)) {
      warnings.push(`background: ${files.join(', ')} not built, background dropped`);
      delete manifest.background;
    }
  }

  if (browser === 'firefox' && manifest.permissions) {
    manifest.permissions = manifest.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  }

  dropUnbuiltPage(manifest, 'side_panel', 'default_path', built, warnings);
  dropUnbuiltPage(manifest, 'sidebar_action', 'default_panel', built, warnings);
  dropUnbuiltPage(manifest, 'options_ui', 'page', built, warnings);
  if (browser === 'chrome' && !built('offscreen.html') && manifest.permissions?.includes('offscreen')) {
    warnings.push('offscreen.html not built, "offscreen" permission dropped');
    manifest.permissions = manifest.permissions.filter((p) => p !== 'offscreen');
  }
  if (browser === 'chrome' && !manifest.side_panel && manifest.permissions?.includes('sidePanel')) {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
  }

  const scripts = manifest.content_scripts as { js?: string[]; css?: string[] }[] | undefined;
  if (scripts) {
    const kept = scripts.filter((s) => [...(s.js ?? []), ...(s.css ?? [])].every(built));
    if (kept.length < scripts.length) warnings.push('content script files not built, content_scripts dropped');
    if (kept.length) manifest.content_scripts = kept;
    else delete manifest.content_scripts;
  }
  return { manifest, warnings };
}

function dropUnbuiltPage(
  manifest: Manifest,
  key: string,
  field: string,
  built: (file: string) => boolean,
  warnings: string[],
): void {
  const entry = manifest[key] as Record<string, unknown> | undefined;
  const page = entry?.[field];
  if (typeof page === 'string' && !built(page)) {
    warnings.push(`${key}: ${page} not built, ${key} dropped`);
    delete manifest[key];
  }
}

/** Every `__MSG_name__` the manifest uses must exist in each locale the build ships, or the
 *  browser shows the raw placeholder (Chrome) or refuses the extension (Firefox). */
export function missingMessages(manifest: Manifest, localesDir: string): string[] {
  const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  const problems: string[] = [];
  const locale = String(manifest.default_locale ?? '');
  const defaultFile = join(localesDir, locale, 'messages.json');
  if (!existsSync(defaultFile)) return [`default locale file ${defaultFile} is missing`];
  for (const dir of ['vi', 'en']) {
    const file = join(localesDir, dir, 'messages.json');
    if (!existsSync(file)) continue;
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const lower = new Set(Object.keys(messages).map((k) => k.toLowerCase()));
    for (const name of new Set(names)) {
      if (!lower.has(name.toLowerCase())) problems.push(`${dir}/messages.json has no "${name}"`);
    }
  }
  return problems;
}
