// The glossary benchmark's measuring side, run in a fresh Node process per glossary (see
// glossary.bench.ts): like the extension's worker, the process has only ever parsed the glossary
// file and matched text. Timing in the process that built the glossaries would not do: the build
// runs the matcher over the corpus, and the JIT state that leaves behind made later matching about
// 40% slower on this machine. Text arrives as JSON, flat strings, as the worker's arrives by message.
//   node --import tsx test/bench/glossary-measure.ts <glossary.json> <texts.json> <timed loads>
// prints one MeasureResult as JSON on stdout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher } from '../../src/core/matcher.ts';
import { checkGlossary } from '../../src/analysis/glossary-loader.ts';
import { PageMatcher } from '../../src/analysis/page-matching.ts';
import { EMPTY_USER_GLOSSARY, withUserAdditions } from '../../src/keeping/user-glossary.ts';
import type { BenchText } from './bench-text.ts';
import { measureThroughput, type ThroughputOptions } from './timing.ts';

export type TextName = 'corpus' | 'reach';
export const TEXT_NAMES: readonly TextName[] = ['corpus', 'reach'];

export interface MeasureInput {
  texts: Record<TextName, BenchText>;
  /** Searched right after each load: the worker's first article. */
  firstPage: string[];
  search: ThroughputOptions;
  loadWarmups: number;
}

export interface LoadRun {
  parseMs: number;
  indexMs: number;
  pageMatcherMs: number;
  totalMs: number;
  firstPageMs: number;
}

export interface MeasureResult {
  /** The process's first load: the JIT cold, as the worker's first article finds it. */
  cold: LoadRun;
  /** Timed loads after `loadWarmups` untimed ones. */
  loads: LoadRun[];
  texts: Record<TextName, { mbPerSecond: number; passes: number; mentions: number }>;
}

/** What the worker does with glossary.json on its first article: glossary-loader's loadGlossary
 *  (response.json(), checkGlossary, the reader's additions, none here) and buildFinder
 *  (buildMatcher), then ExtractionService's new PageMatcher; then the first page, which pays what
 *  the index unfolds on first use. */
function loadLikeTheWorker(json: string, firstPage: readonly string[]): LoadRun {
  const t0 = performance.now();
  const glossary = withUserAdditions(checkGlossary(JSON.parse(json)), EMPTY_USER_GLOSSARY);
  const t1 = performance.now();
  const finder = buildMatcher(glossary.actors);
  const t2 = performance.now();
  const pageMatcher = new PageMatcher(glossary, finder);
  const t3 = performance.now();
  finder.findMentions(firstPage);
  const t4 = performance.now();
  void pageMatcher;
  return { parseMs: t1 - t0, indexMs: t2 - t1, pageMatcherMs: t3 - t2, totalMs: t3 - t0, firstPageMs: t4 - t3 };
}

export function measureGlossary(json: string, input: MeasureInput, loads: number): MeasureResult {
  const cold = loadLikeTheWorker(json, input.firstPage);
  for (let i = 0; i < input.loadWarmups; i++) loadLikeTheWorker(json, input.firstPage);
  const timed = Array.from({ length: loads }, () => loadLikeTheWorker(json, input.firstPage));
  // One matcher for the searches, built from the parsed file as the extension builds it.
  const matcher = buildMatcher(checkGlossary(JSON.parse(json)).actors);
  const texts = {} as MeasureResult['texts'];
  for (const name of TEXT_NAMES) {
    const result = measureThroughput((page) => matcher.findMentions(page).length, input.texts[name], input.search);
    texts[name] = {
      mbPerSecond: result.mbPerSecond,
      passes: result.passes,
      mentions: result.mentionsByPage.reduce((a, b) => a + b, 0),
    };
  }
  return { cold, loads: timed, texts };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [glossaryFile = '', textsFile = '', loads = ''] = process.argv.slice(2);
  const json = readFileSync(glossaryFile, 'utf8');
  const input = JSON.parse(readFileSync(textsFile, 'utf8')) as MeasureInput;
  process.stdout.write(`${JSON.stringify(measureGlossary(json, input, Number(loads)))}\n`);
}
