import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser suites: Chromium and Firefox with the built extension. Slow and memory-hungry
// (400–500 MB a browser), so one file at a time and generous timeouts. They test dist/ as built:
// run `npm run build` first (the `test` script does).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const browser of ['chrome', 'firefox']) {
  if (!existsSync(join(root, 'dist', browser, 'manifest.json'))) {
    throw new Error(`dist/${browser}/manifest.json is missing: run \`npm run build\` before the browser tests`);
  }
}

export default defineConfig({
  root,
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
