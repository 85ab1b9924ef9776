// The outlet list (src/sites/outlets.json): the file is valid, a malformed one is refused with its
// file, line and entry, and the built manifests run the content script on exactly its outlets.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, manifestFor, readSourceManifest } from '../../../build/manifest.ts';
import {
  OUTLETS_FILE,
  OUTLETS_PLACEHOLDER,
  checkOutlets,
  fillOutletMatches,
  loadOutlets,
} from '../../../build/sites.ts';
import { OUTLET_KINDS, patternCovers } from '../../../src/sites/outlets.ts';
import { readSettings, siteIsOff, sitesFromMatches } from '../../../src/keeping/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILE = join(ROOT, OUTLETS_FILE);
const RAW = JSON.parse(readFileSync(FILE, 'utf8')) as { domain: string; name: string; kind: string; path?: string }[];

/** The sites the manifest listed by hand before the outlet file: none may be lost. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const EARLIER_SITES = [
  'baoquocte.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'nhandan.vn',
  'vietnamplus.vn', 'qdnd.vn', 'baotintuc.vn', 'vov.vn', 'znews.vn', 'laodong.vn', 'cand.com.vn',
  'tienphong.vn', 'motthegioi.vn', 'hanoimoi.vn', 'vtv.vn', 'plo.vn', 'sggp.org.vn',
  'kienthuc.net.vn', 'nguoiduatin.vn',
];

function problemsOf(text: string): string[] {
  try {
    checkOutlets('outlets.json', text);
    return [];
  } catch (e) {
    return (e as { problems?: string[] }).problems ?? [String(e)];
  }
}

const lines = (...entries: string[]) =>
  `[\n${entries.map((e, i) => `  ${e}${i < entries.length - 1 ? ',' : ''}`).join('\n')}\n]\n`;

describe('the outlet file', () => {
  it('is valid as the build reads it, with sixty or more outlets and every earlier site', () => {
    const outlets = loadOutlets(FILE);
    expect(outlets.length).toBeGreaterThanOrEqual(60);
    const domains = outlets.map((o) => o.domain);
    for (const site of EARLIER_SITES) expect(domains, site).toContain(site);
  });

  it('has no domain twice, only known kinds, and lower-case plausible hostnames', () => {
    const keys = RAW.map((o) => o.domain.replace(/^www\./, ''));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const o of RAW) {
      expect(OUTLET_KINDS, o.domain).toContain(o.kind);
      expect(o.domain, o.domain).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
      expect(o.name.trim(), o.domain).toBe(o.name);
      if (o.path) expect(o.path, o.domain).toMatch(/^\/[a-z0-9/_-]+\/\*$/);
      else expect(o.domain, o.domain).not.toMatch(/^www\./);
    }
  });

  it('keeps one outlet a line, so that adding one is one line', () => {
    const text = readFileSync(FILE, 'utf8').trim().split('\n');
    expect(text.length).toBe(RAW.length + 2);
  });

  it('refuses bad JSON with its line', () => {
    expect(problemsOf('[\n  { "domain": "a.vn", }\n]')[0]).toMatch(/^outlets\.json:2: not valid JSON/);
    expect(() => checkOutlets('outlets.json', '{}')).toThrow(
      '1 problem in the outlet list:\noutlets.json:1: expected a JSON array of outlets',
    );
  });

  it('names the file, the line and the entry of every problem, all at once', () => {
    const text = lines(
      '{ "domain": "vnexpress.net", "name": "VnExpress", "kind": "national" }',
      '{ "domain": "Tuoitre.vn", "name": "Tuổi Trẻ", "kind": "national" }',
      '{ "domain": "thanhnien.vn", "name": "Thanh Niên", "kind": "daily" }',
      '{ "domain": "www.dantri.com.vn", "name": "Dân trí", "kind": "national" }',
      '{ "domain": "nhandan.vn", "name": " Nhân Dân", "kind": "party-state", "url": "x" }',
      '{ "name": "no domain", "kind": "national" }',
      '{ "domain": "www.bbc.com", "path": "/vietnamese", "name": "BBC Tiếng Việt", "kind": "foreign-service" }',
    );
    expect(problemsOf(text)).toEqual([
      'outlets.json:3: "Tuoitre.vn": domain must be a lower-case hostname such as "vnexpress.net" (no scheme, no path)',
      'outlets.json:4: "thanhnien.vn": kind must be one of national, party-state, army-police, ministry, business, province, foreign-service',
      'outlets.json:5: "www.dantri.com.vn": a whole-site domain has no "www." (its subdomains are covered)',
      'outlets.json:6: "nhandan.vn": unknown key "url"',
      'outlets.json:6: "nhandan.vn": name must be a non-empty, trimmed string',
      'outlets.json:7: entry #6: domain must be a lower-case hostname such as "vnexpress.net" (no scheme, no path)',
      'outlets.json:8: "www.bbc.com": path must look like "/vietnamese/*"',
    ]);
  });

  it('refuses a site listed twice and a path already covered by a whole site, on the later line', () => {
    const text = lines(
      '{ "domain": "vov.vn", "name": "VOV", "kind": "party-state" }',
      '{ "domain": "bbc.com", "name": "BBC", "kind": "foreign-service" }',
      '{ "domain": "vov.vn", "name": "VOV again", "kind": "party-state" }',
      '{ "domain": "www.bbc.com", "path": "/vietnamese/*", "name": "BBC Tiếng Việt", "kind": "foreign-service" }',
    );
    expect(problemsOf(text)).toEqual([
      'outlets.json:4: "vov.vn": listed twice (the same site as "vov.vn" above)',
      'outlets.json:5: "www.bbc.com": listed twice (the same site as "bbc.com" above)',
      'outlets.json:5: "www.bbc.com": already covered by the whole-site entry "bbc.com"',
    ]);
  });
});

describe('the built manifests', () => {
  const out = mkdtempSync(join(tmpdir(), 'boi-canh-outlets-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const expected = RAW.flatMap((o) =>
    o.path ? [`*://${o.domain}${o.path}`] : [`*://${o.domain}/*`, `*://*.${o.domain}/*`],
  );

  it.each(BROWSERS)(
    '%s runs the content script on exactly the outlets of the file, and asks for no other host',
    (browser) => {
      const dir = join(out, browser);
      mkdirSync(dir, { recursive: true });
      mkdirSync(join(dir, 'icons'), { recursive: true });
      const built = [
        'content.js',
        'marks.css',
        'background.js',
        'panel.html',
        'options.html',
        'offscreen.html',
        ...[16, 32, 48, 128].map((n) => `icons/icon-${n}.png`),
      ];
      for (const file of built) writeFileSync(join(dir, file), '');
      const manifest = manifestFor(readSourceManifest(ROOT), browser, dir);
      const scripts = manifest.content_scripts as { matches: string[]; js: string[] }[];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.matches).toEqual(expected);
      expect(scripts[0]!.js).toEqual(['content.js']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(JSON.stringify(manifest)).not.toContain(OUTLETS_PLACEHOLDER);
      expect(scripts[0]!.matches.filter((m) => /^[^:]+:\/\/\*\//.test(m) || m === '<all_urls>')).toEqual([]);
    },
  );

  it.each(BROWSERS)('%s: a file the manifest names that the build did not make fails the build, named', (browser) => {
    const dir = join(out, `${browser}-missing`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'content.js'), '');
    expect(() => manifestFor(readSourceManifest(ROOT), browser, dir)).toThrow(
      /did not make: .*background\.js.*marks\.css.*panel\.html/,
    );
  });

  it('comes only from the file: a manifest without the placeholder, or with patterns beside it, is refused', () => {
    const withMatches = (matches: string[]) => ({ content_scripts: [{ matches, js: ['content.js'] }] });
    expect(() => fillOutletMatches(withMatches(['*://vnexpress.net/*']), ['*://a.vn/*'], 'manifest.json')).toThrow(
      `manifest.json: no content script has "matches": ["${OUTLETS_PLACEHOLDER}"]`,
    );
    expect(() =>
      fillOutletMatches(withMatches([OUTLETS_PLACEHOLDER, '*://x.vn/*']), ['*://a.vn/*'], 'manifest.json'),
    ).toThrow('manifest.json: content_scripts[0].matches must be exactly');
    const m: Record<string, unknown> = {
      ...withMatches([OUTLETS_PLACEHOLDER]),
      host_permissions: [OUTLETS_PLACEHOLDER],
    };
    fillOutletMatches(m, ['*://a.vn/*'], 'manifest.json');
    expect(m).toEqual({
      content_scripts: [{ matches: ['*://a.vn/*'], js: ['content.js'] }],
      host_permissions: ['*://a.vn/*'],
    });
  });
});

describe('path-scoped outlets', () => {
  it('cover only their path of the larger site', () => {
    const bbc = '*://www.bbc.com/vietnamese/*';
    expect(patternCovers(bbc, 'https://www.bbc.com/vietnamese/articles/c8jne9k1vj9o')).toBe(true);
    expect(patternCovers(bbc, 'https://www.bbc.com/news/world-europe-1')).toBe(false);
    expect(patternCovers(bbc, 'https://www.bbc.com/vietnamese')).toBe(false);
    expect(patternCovers(bbc, 'ftp://www.bbc.com/vietnamese/a')).toBe(false);
    expect(patternCovers('*://*.vnexpress.net/*', 'https://vnexpress.net/a.html')).toBe(true);
    expect(patternCovers('*://*.vnexpress.net/*', 'https://e.vnexpress.net/a.html')).toBe(true);
    expect(patternCovers('*://*.vnexpress.net/*', 'https://notvnexpress.net/a.html')).toBe(false);
  });

  it('are one site of the settings, "bbc.com", switched off with www.bbc.com', () => {
    expect(sitesFromMatches(['*://www.bbc.com/vietnamese/*', '*://vov.vn/*', '*://*.vov.vn/*'])).toEqual([
      'bbc.com',
      'vov.vn',
    ]);
    expect(siteIsOff(readSettings({ disabledSites: ['bbc.com'] }), 'www.bbc.com')).toBe(true);
  });
});
