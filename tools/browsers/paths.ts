// Where `npm start`, the browser tests and the benchmarks find things. Absolute, so they run from
// any working directory.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'sites');
export const SCREENSHOTS_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function distDir(browser: 'chrome' | 'firefox'): string {
  return join(PROJECT_ROOT, 'dist', browser);
}
