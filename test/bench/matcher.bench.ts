// The matcher benchmark of the text-core issue: our matcher against a RegExp alternation and two
// npm Aho–Corasick packages, on the same ~400 KB of Vietnamese news text and the same aliases,
// with the seed glossary and synthetic glossaries of 1,000 / 10,000 / 100,000 actors.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/core/types.ts';
import { aliasSet } from './baselines.ts';
import { buildBenchText, type BenchText } from './bench-text.ts';
import { BASELINES, OURS, type Contender } from './contenders.ts';
import { FALLBACK_ACTORS } from './fallback-actors.ts';
import { syntheticGlossary } from './synthetic-glossary.ts';
import { printMatcherReport } from './table.ts';
import { measureBuild, measureThroughput, median } from './timing.ts';

const SYNTHETIC_SIZES = [1_000, 10_000, 100_000];
const SEARCH = { samples: 7, minSampleMs: 150, budgetMs: 3_000, warmupMs: 300 };

export interface ContenderResult {
  name: string;
  buildMs: number;
  buildRepeats: number;
  /** The first page searched right after a build, cold: shows work an index defers from
   *  build to first use (and the JIT's cold start), which the build time alone would hide. */
  firstPageMs: number;
  mbPerSecond: number;
  passes: number;
  extrapolated: boolean;
  /** Mentions found in the pages read (all of them unless extrapolated). */
  mentions: number;
  pagesRead: number;
  /** Per page, so a partial reader can be compared with ours on the same pages. */
  mentionsByPage: number[];
}

export interface SizeResult {
  label: string;
  actors: number;
  aliases: number;
  /** What was JSON.parse'd to time the glossary load, and how big it is. */
  glossarySource: string;
  glossaryBytes: number;
  loadMs: number;
  contenders: ContenderResult[];
}

export interface MatcherReport {
  machine: { cpu: string; cores: number; node: string; v8: string; os: string };
  text: { source: string; bytes: number; paragraphs: number; pages: number; feeding: string };
  seedActorsSource: string;
  /** How throughput was timed, in words, from the options actually used. */
  timing: string;
  sizes: SizeResult[];
}

export function machine(): MatcherReport['machine'] {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    v8: process.versions.v8,
    os: `${platform()} ${release()}`,
  };
}

/** The reviewed actor list, or the bench's stand-in while it does not exist. */
function loadSeedActors(root: string): { actors: readonly Actor[]; source: string } {
  const path = join(root, 'src/corpus/actors.json');
  if (!existsSync(path))
    return { actors: FALLBACK_ACTORS, source: 'test/bench/fallback-actors.ts (actors.json missing)' };
  const actors = JSON.parse(readFileSync(path, 'utf8')) as Actor[];
  if (!Array.isArray(actors)) throw new Error(`${path}: expected an array of actors`);
  return { actors, source: 'src/corpus/actors.json' };
}

/** JSON.parse time of a glossary file's text: what the extension pays on start-up. */
function timeJsonParse(json: string, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    JSON.parse(json);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The seed glossary's file: the built artifact when there is one, else the actor list. */
function seedGlossaryJson(root: string): { json: string; source: string } {
  for (const file of ['dist/glossary.json', 'src/corpus/actors.json']) {
    const path = join(root, file);
    if (existsSync(path)) return { json: readFileSync(path, 'utf8'), source: file };
  }
  return { json: JSON.stringify(FALLBACK_ACTORS), source: 'fallback actors (JSON.stringify)' };
}

function runContender(
  contender: Contender,
  actors: readonly Actor[],
  aliases: readonly string[],
  text: BenchText,
): ContenderResult {
  const repeats = contender.buildRepeats(actors.length);
  const { ms, built } = measureBuild(() => contender.build(actors, aliases), repeats);
  const firstPageStart = performance.now();
  built.countMentions(text.pages[0] ?? []);
  const firstPageMs = performance.now() - firstPageStart;
  const search = measureThroughput((page) => built.countMentions(page), text, SEARCH);
  return {
    name: contender.name,
    buildMs: ms,
    buildRepeats: repeats,
    firstPageMs,
    mbPerSecond: search.mbPerSecond,
    passes: search.passes,
    extrapolated: search.extrapolated,
    mentions: search.mentionsByPage.reduce((sum, n) => sum + n, 0),
    pagesRead: search.mentionsByPage.length,
    mentionsByPage: search.mentionsByPage,
  };
}

function runSize(
  label: string,
  actors: readonly Actor[],
  glossary: { json: string; source: string },
  contenders: readonly Contender[],
  text: BenchText,
): SizeResult {
  const aliases = aliasSet(actors);
  const result: SizeResult = {
    label,
    actors: actors.length,
    aliases: aliases.length,
    glossarySource: glossary.source,
    glossaryBytes: Buffer.byteLength(glossary.json, 'utf8'),
    loadMs: timeJsonParse(glossary.json, 5),
    contenders: [],
  };
  for (const contender of contenders) {
    process.stderr.write(`  ${label}: ${contender.name}…\n`);
    // One contender at a time, its index dropped before the next: 100k-actor tries are large.
    result.contenders.push(runContender(contender, actors, aliases, text));
  }
  return result;
}

export interface MatcherBenchOptions {
  root: string;
  /** Contender names to run (default: all). "ours" alone is handy under --cpu-prof. */
  only?: readonly string[];
}

export async function runMatcherBench(options: MatcherBenchOptions): Promise<MatcherReport> {
  const { root } = options;
  const text = buildBenchText(root);
  const seed = loadSeedActors(root);
  const all = [OURS, ...BASELINES];
  const contenders = options.only ? all.filter((c) => options.only?.includes(c.name)) : all;
  const report: MatcherReport = {
    machine: machine(),
    text: {
      source: text.source,
      bytes: text.bytes,
      paragraphs: text.paragraphs,
      pages: text.pages.length,
      feeding: text.feeding,
    },
    seedActorsSource: seed.source,
    timing:
      `median of up to ${SEARCH.samples} samples, each whole passes over the text lasting at least ${SEARCH.minSampleMs} ms, ` +
      `after a ${SEARCH.warmupMs} ms warm-up; at most ~${SEARCH.budgetMs / 1000} s of samples per contender.`,
    sizes: [],
  };
  const seedGlossary = seedGlossaryJson(root);
  report.sizes.push(runSize(`seed (${seed.actors.length})`, seed.actors, seedGlossary, contenders, text));
  for (const size of SYNTHETIC_SIZES) {
    const actors = syntheticGlossary(seed.actors, size);
    const json = { json: JSON.stringify(actors), source: 'synthetic (JSON.stringify of the actors)' };
    report.sizes.push(runSize(size.toLocaleString('en-US'), actors, json, contenders, text));
  }
  printMatcherReport(report);
  writeJson(root, report);
  return report;
}

function writeJson(root: string, report: MatcherReport): void {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'bench-matcher.json');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten: ${path}`);
}
