// `npm run package`: store-ready zips of the built extension, one per browser:
// dist/boi-canh-chrome-<version>.zip and dist/boi-canh-firefox-<version>.zip.
// Firefox's is made by Mozilla's own `web-ext build` (what AMO expects); Chrome's by fflate, a
// maintained zip library. Source maps stay out: stores do not need them and they would double
// the download.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import webExt from 'web-ext';
import { ROOT, outDirFor } from './build.ts';
import type { Browser } from './manifest.ts';

/** A fixed time for every entry of Chrome's zip: the same build gives the same bytes. (The zip
 *  format cannot say 1970; 1980-01-01 is its first day.) */
const FIXED_MTIME = new Date(1980, 0, 1);

export function packageFileName(browser: Browser, version: string): string {
  return `boi-canh-${browser}-${version}.zip`;
}

/** Every file of a build but the source maps, as paths inside the archive, sorted. */
export function packagedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.endsWith('.map') && statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

function versionOf(dir: string): string {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: run \`npm run build\` first`);
  return (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
}

function zipChrome(dir: string, zipPath: string): void {
  const files: Zippable = {};
  for (const name of packagedFiles(dir)) files[name] = [readFileSync(join(dir, name)), { mtime: FIXED_MTIME }];
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
}

async function zipFirefox(dir: string, zipPath: string): Promise<void> {
  await webExt.cmd.build(
    {
      sourceDir: dir,
      artifactsDir: join(zipPath, '..'),
      filename: relative(join(zipPath, '..'), zipPath),
      overwriteDest: true,
      ignoreFiles: ['**/*.map'],
    },
    { showReadyMessage: false },
  );
}

export async function packageExtension(root = ROOT): Promise<string[]> {
  const written: string[] = [];
  for (const [browser, zip] of [
    ['chrome', zipChrome],
    ['firefox', zipFirefox],
  ] as const) {
    const dir = outDirFor(browser, root);
    const zipPath = join(root, 'dist', packageFileName(browser, versionOf(dir)));
    await zip(dir, zipPath);
    written.push(zipPath);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  packageExtension().then(
    (paths) => {
      for (const path of paths) console.log(`${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(1)} kB`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
