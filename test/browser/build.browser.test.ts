// The built extension (dist/) loads in real Chromium and real Firefox, passes Mozilla's linter,
// has exactly the manifest keys each browser should get, and packages into valid store zips.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExtension } from '../../build/package.ts';
import { OUTLETS_FILE, loadOutlets, outletMatches } from '../../build/sites.ts';
import {
  FIREFOX_EXTENSION_UUID,
  PROJECT_ROOT,
  distDir,
  launchChromium,
  launchFirefox,
  openExtensionPageFirefox,
  type ChromiumSession,
  type FirefoxSession,
} from '../../tools/browsers/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: a manifest read back from disk, probed field by field below
type Json = Record<string, any>;

/** The news sites' match patterns, from the outlet list the build reads (src/sites/outlets.json). */
const NEWS_SITE_PATTERNS = outletMatches(loadOutlets(join(PROJECT_ROOT, OUTLETS_FILE)));

const readManifest = (browser: 'chrome' | 'firefox'): Json =>
  JSON.parse(readFileSync(join(distDir(browser), 'manifest.json'), 'utf8')) as Json;
const hasSource = (path: string) => existsSync(join(PROJECT_ROOT, path));
const viMessages = (): Json =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'src', '_locales', 'vi', 'messages.json'), 'utf8')) as Json;

/** Keys both browsers get, plus the pages whose sources exist (the build includes only those). */
function expectedKeys(browser: 'chrome' | 'firefox'): string[] {
  // biome-ignore format: a list packed by hand, a few items to a line, reads as a list
  const keys = [
    'manifest_version', 'name', 'description', 'version', 'default_locale', 'icons', 'action',
    'background', 'content_scripts', 'permissions', 'optional_host_permissions', 'commands',
    'content_security_policy',
  ];
  const panel = hasSource('src/panel/main.tsx');
  if (hasSource('src/options/main.tsx')) keys.push('options_ui');
  if (browser === 'chrome') {
    keys.push('minimum_chrome_version');
    if (panel) keys.push('side_panel');
  } else {
    keys.push('browser_specific_settings');
    if (panel) keys.push('sidebar_action');
  }
  return keys.sort();
}

/** Every file a manifest names, so a test can check each was built. */
function referencedFiles(manifest: Json): string[] {
  const files = new Set<string>();
  const icons = (o: Json | undefined) => {
    for (const f of Object.values(o ?? {})) files.add(String(f));
  };
  icons(manifest.icons);
  icons(manifest.action?.default_icon);
  icons(manifest.sidebar_action?.default_icon);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const s of manifest.background?.scripts ?? []) files.add(s);
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f);
  for (const page of [
    manifest.side_panel?.default_path,
    manifest.sidebar_action?.default_panel,
    manifest.options_ui?.page,
  ]) {
    if (page) files.add(page);
  }
  files.add(`_locales/${manifest.default_locale}/messages.json`);
  return [...files];
}

describe('built manifests', () => {
  it.each(['chrome', 'firefox'] as const)('%s manifest has exactly its keys, and its files exist', (browser) => {
    const manifest = readManifest(browser);
    expect(Object.keys(manifest).sort()).toEqual(expectedKeys(browser));
    for (const file of referencedFiles(manifest)) {
      expect(existsSync(join(distDir(browser), file)), `${browser}: ${file}`).toBe(true);
    }
    const source = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Json;
    expect(manifest.version).toBe(source.version);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('Chrome runs a service worker and has the Chrome-only permissions; Firefox an event page and none of them', () => {
    const chrome = readManifest('chrome');
    const firefox = readManifest('firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(chrome.permissions).toContain('storage');
    if (hasSource('src/offscreen/main.ts')) expect(chrome.permissions).toContain('offscreen');
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'boi-canh@boi-canh.invalid',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(existsSync(join(distDir('firefox'), 'offscreen.html'))).toBe(false);
  });

  it('the content script runs on every outlet of the outlet list, at document_idle, with the marks’ static rules', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const [script, ...others] = readManifest(browser).content_scripts as Json[];
      expect(others).toEqual([]);
      expect(script!.run_at).toBe('document_idle');
      expect(script!.js).toEqual(['content.js']);
      expect(script!.css).toEqual(['marks.css']);
      expect(readFileSync(join(distDir(browser), 'marks.css'), 'utf8')).toContain('::highlight(boi-canh-person)');
      expect([...script!.matches].sort()).toEqual([...NEWS_SITE_PATTERNS].sort());
    }
  });

  it('every __MSG_ placeholder has a Vietnamese message', () => {
    const messages = viMessages();
    const names = [...JSON.stringify(readManifest('chrome')).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(messages[name]?.message, name).toEqual(expect.any(String));
  });
});

describe('web-ext lint on dist/firefox', () => {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

  beforeAll(() => {
    const bin = join(PROJECT_ROOT, 'node_modules', '.bin', 'web-ext');
    const out = execFileSync(
      bin,
      ['lint', '--source-dir', distDir('firefox'), '--output', 'json', '--no-config-discovery'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    ).toString();
    report = JSON.parse(out.slice(out.indexOf('{'))) as typeof report;
  });

  it('reports no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('reports no warnings about our code or manifest (third-party library code excepted)', () => {
    const ours = report.warnings.filter((w) => !comesFromDependency(w));
    expect(ours.map((w) => `${w.code} ${w.file}:${w.line}:${w.column} ${w.message}`)).toEqual([]);
  });

  /** A warning in a bundle whose source map places it in node_modules (e.g. Preact's own
   *  `innerHTML` for dangerouslySetInnerHTML, which we do not use) is the library's, not ours. */
  function comesFromDependency(w: LintMessage): boolean {
    if (!w.file?.endsWith('.js') || !w.line || w.column === undefined) return false;
    const mapPath = join(distDir('firefox'), `${w.file}.map`);
    if (!existsSync(mapPath)) return false;
    const map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
    const entry = map.findEntry(w.line - 1, Math.max(0, w.column - 1)) as { originalSource?: string };
    return Boolean(entry.originalSource?.includes(`node_modules/`));
  }
});

describe('Chromium loads dist/chrome', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts the service worker under a generated extension id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('serves its manifest and Vietnamese messages to the extension', async () => {
    // A string, because this file is compiled without the `chrome` types.
    const seen = await session.serviceWorker.evaluate(
      '({ version: chrome.runtime.getManifest().version, name: chrome.i18n.getMessage("extName") })',
    );
    expect(seen).toEqual({ version: readManifest('chrome').version, name: viMessages().extName.message });
  });

  it('asks at install only to read the news sites: the warning Chromium shows for the built manifest', async () => {
    // getPermissionWarningsByManifest needs no "management" permission.
    const warnings = (await session.serviceWorker.evaluate(
      `chrome.management.getPermissionWarningsByManifest(${JSON.stringify(JSON.stringify(readManifest('chrome')))})`,
    )) as string[];
    console.info(`Chromium's install-time warnings: ${JSON.stringify(warnings)}`);
    expect(warnings).toEqual(['Read and change your data on a number of websites']);
  });
});

describe('Firefox installs dist/firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs under the gecko id at the pinned moz-extension address', async () => {
    expect(session.addonId).toBe('boi-canh@boi-canh.invalid');
    // An image document of the extension's own icon: reachable only if the add-on is running
    // at the address the UUID pref pinned.
    const page = await openExtensionPageFirefox(session, 'icons/icon-48.png', 'img');
    const size = await page.evaluate('[document.images[0].naturalWidth, document.images[0].naturalHeight]');
    expect(size).toEqual([48, 48]);
    // page.url() goes stale here (Firefox never reports the navigation), so ask the document.
    expect(await page.evaluate('location.href')).toBe(`moz-extension://${FIREFOX_EXTENSION_UUID}/icons/icon-48.png`);
  });
});

describe('npm run package', () => {
  it('writes one zip per browser with every built file but the source maps', async () => {
    const zips = await packageExtension(PROJECT_ROOT);
    expect(zips.map((z) => relative(PROJECT_ROOT, z))).toEqual([
      join('dist', `boi-canh-chrome-${readManifest('chrome').version}.zip`),
      join('dist', `boi-canh-firefox-${readManifest('firefox').version}.zip`),
    ]);
    for (const [zip, browser] of [
      [zips[0]!, 'chrome'],
      [zips[1]!, 'firefox'],
    ] as const) {
      // unzip (Info-ZIP) checks every CRC and the directory: an independent reader of the zips.
      expect(execFileSync('unzip', ['-tq', zip], { encoding: 'utf8' })).toMatch(/^No errors detected/);
      const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
      const files = listed.filter((f) => !f.endsWith('/')).sort(); // web-ext also lists folders
      expect(files).toEqual(
        filesUnder(distDir(browser))
          .filter((f) => !f.endsWith('.map'))
          .sort(),
      );
      expect(files).toContain('manifest.json');
      const manifest = execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' });
      expect(manifest).toBe(readFileSync(join(distDir(browser), 'manifest.json'), 'utf8'));
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}
