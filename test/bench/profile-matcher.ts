// Profiles our matcher alone, so a --cpu-prof profile shows where *its* time goes:
//   node --cpu-prof --cpu-prof-dir=test-results/profiles --import tsx test/bench/profile-matcher.ts search seed
//   node --cpu-prof --cpu-prof-dir=test-results/profiles --import tsx test/bench/profile-matcher.ts build 100000
//   npx tsx test/bench/cpu-profile-summary.ts test-results/profiles/<file>.cpuprofile
// `search` builds once and then only searches for a few seconds; `build` only builds.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher } from '../../src/core/matcher.ts';
import type { Actor } from '../../src/core/types.ts';
import { buildBenchText } from './bench-text.ts';
import { syntheticGlossary } from './synthetic-glossary.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function glossary(size: string): Actor[] {
  const seed = JSON.parse(readFileSync(join(ROOT, 'src/corpus/actors.json'), 'utf8')) as Actor[];
  return size === 'seed' ? seed : syntheticGlossary(seed, Number(size));
}

function profileSearch(actors: readonly Actor[], seconds: number): void {
  const text = buildBenchText(ROOT);
  const matcher = buildMatcher(actors);
  const start = performance.now();
  let passes = 0;
  while (performance.now() - start < seconds * 1000) {
    for (const page of text.pages) matcher.findMentions(page);
    passes++;
  }
  const mbPerSecond = (text.bytes * passes) / 1e6 / ((performance.now() - start) / 1000);
  console.log(`search: ${passes} passes, ${mbPerSecond.toFixed(2)} MB/s`);
}

function profileBuild(actors: readonly Actor[], repeats: number): void {
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    buildMatcher(actors);
    console.log(`build: ${(performance.now() - start).toFixed(0)} ms`);
  }
}

const [mode = 'search', size = 'seed'] = process.argv.slice(2);
const actors = glossary(size);
if (mode === 'search') profileSearch(actors, 5);
else if (mode === 'build') profileBuild(actors, 3);
else throw new Error(`profile-matcher: mode must be "search" or "build", not "${mode}"`);
