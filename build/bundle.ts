// Bundles the extension's entry points with esbuild, once per browser.
//
// Extension pages and the background are ES modules; the content script is an IIFE because
// content scripts are classic scripts (no `import` at top level). Every entry must exist: a missing
// one fails the build.

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Format } from 'esbuild';
import type { Browser } from './manifest.ts';

export interface Entry {
  /** Output base name: `background` → background.js (and .css if the entry imports CSS). */
  name: string;
  source: string;
  format: Format;
  /** The page that loads this script, copied beside it. */
  html?: string;
  browsers: readonly Browser[];
}

const BOTH: readonly Browser[] = ['chrome', 'firefox'];

export const ENTRIES: readonly Entry[] = [
  { name: 'background', source: 'src/background/main.ts', format: 'esm', browsers: BOTH },
  { name: 'content', source: 'src/content/main.ts', format: 'iife', browsers: BOTH },
  // Firefox's background is an event page with a DOM of its own: no offscreen document there.
  {
    name: 'offscreen',
    source: 'src/offscreen/main.ts',
    html: 'src/offscreen/offscreen.html',
    format: 'esm',
    browsers: ['chrome'],
  },
  { name: 'panel', source: 'src/panel/main.tsx', html: 'src/panel/panel.html', format: 'esm', browsers: BOTH },
  // A corpus story read inside the extension, opened from the panel's related stories.
  { name: 'reader', source: 'src/reader/main.ts', html: 'src/reader/reader.html', format: 'esm', browsers: BOTH },
  {
    name: 'options',
    source: 'src/options/main.tsx',
    html: 'src/options/options.html',
    format: 'esm',
    browsers: BOTH,
  },
];

/** Targets: the oldest browsers the manifests accept (Chrome 120; Firefox ESR 128 syntax, though
 *  the manifest asks for 140 for the CSS Custom Highlight API). */
const TARGET = ['chrome120', 'firefox128'];

/** The browser's entries; a missing source is an error, not an extension without that part. */
export function entriesFor(root: string, browser: Browser): Entry[] {
  const entries = ENTRIES.filter((e) => e.browsers.includes(browser));
  const missing = entries.filter((e) => !existsSync(join(root, e.source))).map((e) => e.source);
  if (missing.length) throw new Error(`entry points missing: ${missing.join(', ')}`);
  return entries;
}

export async function bundle(root: string, browser: Browser, outDir: string): Promise<Entry[]> {
  const entries = entriesFor(root, browser);
  for (const entry of entries) {
    await build({
      absWorkingDir: root,
      entryPoints: { [entry.name]: join(root, entry.source) },
      outdir: outDir,
      bundle: true,
      format: entry.format,
      target: TARGET,
      minify: true,
      // Linked maps help debugging an unpacked build; package.ts leaves them out of the zips.
      sourcemap: 'linked',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // Lets shared code pick a browser adapter at build time; the other branch is dropped.
      define: { __BROWSER__: JSON.stringify(browser) },
      legalComments: 'none',
      logLevel: 'warning',
    });
    if (entry.html) copyPage(root, entry, outDir);
  }
  return entries;
}

/** Copies an entry's HTML page, checking it loads the script the bundle wrote. */
function copyPage(root: string, entry: Entry, outDir: string): void {
  const htmlPath = join(root, entry.html!);
  if (!existsSync(htmlPath)) {
    throw new Error(`${entry.source} exists but its page ${entry.html} does not`);
  }
  const html = readFileSync(htmlPath, 'utf8');
  const script = `${entry.name}.js`;
  if (!new RegExp(`src=["']\\.?/?${script}["']`).test(html)) {
    throw new Error(`${entry.html} must load its bundle with <script type="module" src="${script}">`);
  }
  if (existsSync(join(outDir, `${entry.name}.css`)) && !html.includes(`${entry.name}.css`)) {
    throw new Error(`${entry.html} must link the stylesheet its bundle emits: ${entry.name}.css`);
  }
  writeFileSync(join(outDir, `${entry.name}.html`), html);
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Sizes of what a browser loads: code, pages and the glossary (not maps or icons). */
export function bundleSizes(outDir: string): FileSize[] {
  return readdirSync(outDir)
    .filter((f) => (/\.(js|css|html)$/.test(f) || f === 'glossary.json') && statSync(join(outDir, f)).isFile())
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

export function formatSizes(browser: Browser, sizes: readonly FileSize[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
  const lines = sizes.map((s) => `  ${s.file.padEnd(16)}${kb(s.raw)}${kb(s.gzip)} gz`);
  return [`${browser}:`, ...lines].join('\n');
}
