// The browser benchmarks load the built extension. Build it when dist/chrome is missing; say so
// when it looks older than the sources, since the numbers would then describe old code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from '../../build/build.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureChromeBuild(root: string): Promise<string> {
  const dist = join(root, 'dist', 'chrome');
  const needed = ['manifest.json', 'content.js', 'background.js', 'glossary.json'];
  const missing = needed.filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    console.log(`dist/chrome lacks ${missing.join(', ')}: building the extension first (npm run build)…`);
    try {
      await buildExtension({ root, quiet: true });
    } catch (error) {
      throw new Error(`the main-thread benchmark needs the built extension, and the build failed: ${String(error)}`);
    }
    const still = needed.filter((file) => !existsSync(join(dist, file)));
    if (still.length > 0) throw new Error(`after the build, dist/chrome still lacks ${still.join(', ')}`);
  } else if (newestMtime(join(root, 'src')) > statSync(join(dist, 'content.js')).mtimeMs) {
    console.log('note: src/ has changes newer than dist/chrome/content.js; run `npm run build` to measure them.');
  }
  return dist;
}
