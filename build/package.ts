// `npm run package`: store-ready zips of the built extension, one per browser:
// dist/boi-canh-chrome-<version>.zip and dist/boi-canh-firefox-<version>.zip.
// Source maps stay out: stores do not need them and they would double the download.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, outDirFor } from './build.ts';
import { BROWSERS, type Browser } from './manifest.ts';
import { writeZip, type ZipEntry } from './zip.ts';

export function packageFileName(browser: Browser, version: string): string {
  return `boi-canh-${browser}-${version}.zip`;
}

/** Every file of a build, sorted so the zip is the same for the same build. */
export function packageEntries(dir: string): ZipEntry[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.map')) files.push(path);
    }
  };
  walk(dir);
  return files
    .map((path) => ({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function packageExtension(root = ROOT): string[] {
  const written: string[] = [];
  for (const browser of BROWSERS) {
    const dir = outDirFor(browser, root);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: run \`npm run build\` first`);
    const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const zipPath = join(root, 'dist', packageFileName(browser, version));
    writeFileSync(zipPath, writeZip(packageEntries(dir)));
    written.push(zipPath);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    for (const path of packageExtension()) {
      console.log(`${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(1)} kB`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
