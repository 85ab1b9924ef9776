// `npm run build`: glossary, bundles, pages, locales, icons and one manifest per browser,
// into dist/chrome/ and dist/firefox/ (each loadable unpacked as it stands).

import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, bundleSizes, formatSizes } from './bundle.ts';
import { writeIcons } from './icons.ts';
import { highlightCss, MARKS_CSS_FILE } from '../src/marking/mark-looks.ts';
import { BROWSERS, manifestFor, missingMessages, readSourceManifest, type Browser } from './manifest.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function outDirFor(browser: Browser, root = ROOT): string {
  return join(root, 'dist', browser);
}

export interface BuildOptions {
  root?: string;
  /** Skip the glossary step (dist/glossary.json is then used as it is, if present). */
  skipGlossary?: boolean;
  /** Print nothing but errors. */
  quiet?: boolean;
}

export async function buildExtension(options: BuildOptions = {}): Promise<void> {
  const root = options.root ?? ROOT;
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const source = readSourceManifest(root);

  if (!options.skipGlossary) await buildGlossary(root, log);

  const dirs = BROWSERS.map((b) => outDirFor(b, root));
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  writeIcons(root, dirs);
  const locales = join(root, 'src', '_locales');
  const glossary = join(root, 'dist', 'glossary.json');
  if (!existsSync(glossary)) log('warning: dist/glossary.json missing, the extension will ship without one');

  const report: string[] = [];
  for (const browser of BROWSERS) {
    const out = outDirFor(browser, root);
    await bundle(root, browser, out);
    // The marks' highlight rules, injected by the browser with the content script before the page
    // is first styled (src/marking/mark-looks.ts says why they must not be added later).
    writeFileSync(join(out, MARKS_CSS_FILE), highlightCss());
    if (existsSync(locales)) cpSync(locales, join(out, '_locales'), { recursive: true });
    if (existsSync(glossary)) cpSync(glossary, join(out, 'glossary.json'));

    const manifest = manifestFor(source, browser, out);
    const missing = missingMessages(manifest, join(out, '_locales'));
    if (missing.length) {
      throw new Error(`manifest messages missing in src/_locales:\n  ${missing.join('\n  ')}`);
    }
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    report.push(formatSizes(browser, bundleSizes(out)));
  }
  log(report.join('\n'));
}

/** Runs the lead's glossary build (build/glossary/main.ts → dist/glossary.json) when it exists. */
async function buildGlossary(root: string, log: (line: string) => void): Promise<void> {
  const module = join(root, 'build', 'glossary', 'main.ts');
  if (!existsSync(module)) {
    log('glossary: build/glossary/main.ts not written yet, skipping the glossary step');
    return;
  }
  const { buildGlossaryFile } = (await import(pathToFileURL(module).href)) as {
    buildGlossaryFile?: () => unknown;
  };
  if (typeof buildGlossaryFile !== 'function') {
    throw new Error('build/glossary/main.ts must export a function buildGlossaryFile()');
  }
  await buildGlossaryFile();
  log('glossary: dist/glossary.json written');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildExtension().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
