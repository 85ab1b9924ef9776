// One source manifest (manifest.json at the top) → one manifest per browser.
//
// The source holds Chrome's and Firefox's keys side by side, so a reader sees both in one place.
// Each browser ignores the other's keys at run time, but Chrome warns about unknown keys in developer
// mode and Mozilla's linter warns about Chrome-only ones, so the build prunes:
//   Chrome  drops  background.scripts, sidebar_action, browser_specific_settings
//   Firefox drops  background.service_worker, side_panel, minimum_chrome_version,
//                  and the permissions "sidePanel" and "offscreen" (Firefox has sidebarAction, and
//                  its event-page background has a DOM, so it needs no offscreen document)
// Every file the manifest names must be in the build output: a missing one is an error, not an
// extension that loads without its panel.
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
    throw new Error(`${path}: version ${manifest.version} differs from package.json's ${pkg.version}; keep them equal`);
  }
  fillOutletMatches(manifest, outletMatches(loadOutlets(join(root, OUTLETS_FILE))), path);
  return manifest;
}

/** Prunes the source manifest for one browser. `outDir` is that browser's build output, where
 *  every file the manifest names must be; throws naming those that are not. */
export function manifestFor(source: Manifest, browser: Browser, outDir: string): Manifest {
  const manifest = structuredClone(source);

  const dropKeys = browser === 'chrome' ? FIREFOX_ONLY_KEYS : CHROME_ONLY_KEYS;
  for (const key of dropKeys) delete manifest[key];

  const background = manifest.background as { service_worker?: string; scripts?: string[]; type?: string } | undefined;
  if (background) {
    if (browser === 'chrome') delete background.scripts;
    else delete background.service_worker;
  }

  if (browser === 'firefox' && manifest.permissions) {
    manifest.permissions = manifest.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  }

  const missing = filesNamed(manifest, browser).filter((file) => !existsSync(join(outDir, file)));
  if (missing.length)
    throw new Error(`${browser}: the manifest names files the build did not make: ${missing.join(', ')}`);
  return manifest;
}

/** The keys of a manifest that name files. */
interface NamesFiles {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string; default_icon?: Record<string, string> };
  options_ui?: { page?: string };
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

/** The files a browser's manifest names: its background, content scripts, pages and icons (and
 *  Chrome's offscreen document, which the background opens by name). */
function filesNamed(manifest: Manifest, browser: Browser): string[] {
  const m = manifest as NamesFiles;
  const files: string[] = [];
  const background = m.background;
  if (background?.service_worker) files.push(background.service_worker);
  files.push(...(background?.scripts ?? []));
  for (const script of m.content_scripts ?? []) files.push(...(script.js ?? []), ...(script.css ?? []));
  for (const page of [m.side_panel?.default_path, m.sidebar_action?.default_panel, m.options_ui?.page])
    if (typeof page === 'string') files.push(page);
  for (const icons of [m.icons, m.action?.default_icon, m.sidebar_action?.default_icon])
    files.push(...Object.values(icons ?? {}));
  if (browser === 'chrome' && manifest.permissions?.includes('offscreen')) files.push('offscreen.html');
  return [...new Set(files)];
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
