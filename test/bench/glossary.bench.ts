// The glossary benchmark: what the standing actors cost. Two glossaries built in memory by the
// build's own code (glossaries.ts), side by side in one run: (a) the corpus's actors alone, what
// the extension shipped before the standing actors; (b) corpus + standing, as the build writes it.
// For each: size of the file the extension ships (raw and gzipped), the worker's start-up (parse,
// check, index, PageMatcher) and the first page after it, and the matcher's throughput on the
// corpus articles and on the reach test pages. Reported with (b)÷(a); never asserted.
// The timing runs in fresh processes, one per glossary and round, (a) and (b) in turns
// (glossary-measure.ts says why).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { ActorSource } from '../../src/core/types.ts';
import { aliasSet } from './baselines.ts';
import { corpusArticlePages, type BenchText } from './bench-text.ts';
import { buildGlossaryJson, GLOSSARY_LABELS, type BuiltGlossaryJson, type GlossaryKind } from './glossaries.ts';
import { TEXT_NAMES, type LoadRun, type MeasureInput, type MeasureResult, type TextName } from './glossary-measure.ts';
import { machine, type MatcherReport } from './matcher.bench.ts';
import { reachPagesText } from './reach-text.ts';
import { formatTable } from './table.ts';
import { median } from './timing.ts';

export const DEFAULT_LOAD_RUNS = 21;
/** Fresh processes per glossary; the order of (a) and (b) turns each round. */
const ROUNDS = 3;
const LOAD_WARMUPS = 3;
const SEARCH = { samples: 7, minSampleMs: 150, budgetMs: 3_000, warmupMs: 300 };
const KINDS: readonly GlossaryKind[] = ['corpus', 'full'];
/** The file the Chrome build ships: a byte-for-byte copy of dist/glossary.json. */
const BUILT_FILE = 'dist/chrome/glossary.json';
const MEASURE_SCRIPT = fileURLToPath(new URL('./glossary-measure.ts', import.meta.url));

const TEXT_LABELS: Readonly<Record<TextName, string>> = { corpus: 'corpus articles', reach: 'reach pages' };

export interface TextThroughput {
  /** Median over the rounds of each process's median. */
  mbPerSecond: number;
  wordsPerSecond: number;
  /** Per round, for the spread. */
  mbPerSecondByRound: number[];
  mentions: number;
}

export interface GlossaryResult {
  kind: GlossaryKind;
  label: string;
  actors: number;
  bySource: Partial<Record<ActorSource, number>>;
  /** Distinct names, aliases and short names: what the index files. */
  spellings: number;
  stories: number;
  /** Corpus names no actor covers (the build would refuse to write this glossary). */
  uncovered: number;
  /** Building the glossary in memory (the `npm run glossary` work), once, (a) first: JSON only,
   *  not in the table, since whichever is built first also pays the JIT's cold start. */
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  /** Each process's first load, cold: the median over the rounds. */
  coldLoad: LoadRun;
  /** The timed loads of every round together: medians; totalMs is the median of the totals. */
  load: LoadRun & { runs: number; totalMin: number; totalMax: number };
  texts: Record<TextName, TextThroughput>;
}

export interface GlossaryReport {
  machine: MatcherReport['machine'];
  setup: {
    rounds: number;
    loadRuns: number;
    loadWarmups: number;
    processes: string;
    load: string;
    firstPage: string;
    timing: string;
    gzip: string;
  };
  texts: Record<TextName, { source: string; bytes: number; words: number; pages: number; feeding: string }>;
  /** The built file next to (b): is what was measured what ships? */
  builtFile: { path: string; bytes: number; identicalTo: GlossaryKind | null } | null;
  glossaries: GlossaryResult[];
  /** (b)÷(a) of each figure in the table. */
  ratios: Record<string, number>;
}

/** Words (whitespace-separated) of a text; a word may run across segments of one page. */
function countWords(text: BenchText): number {
  return text.pages.reduce((n, page) => n + page.join('').split(/\s+/).filter(Boolean).length, 0);
}

/** One fresh Node process measures one glossary. */
function measureInProcess(root: string, glossaryFile: string, textsFile: string, loads: number): MeasureResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', MEASURE_SCRIPT, glossaryFile, textsFile, String(loads)],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`glossary-measure.ts exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as MeasureResult;
}

function medianRun(runs: readonly LoadRun[]): LoadRun {
  const of = (key: keyof LoadRun) => median(runs.map((r) => r[key]));
  return {
    parseMs: of('parseMs'),
    indexMs: of('indexMs'),
    pageMatcherMs: of('pageMatcherMs'),
    totalMs: of('totalMs'),
    firstPageMs: of('firstPageMs'),
  };
}

function summarizeLoads(runs: readonly LoadRun[]): GlossaryResult['load'] {
  const totals = runs.map((r) => r.totalMs);
  return { ...medianRun(runs), runs: runs.length, totalMin: Math.min(...totals), totalMax: Math.max(...totals) };
}

function summarizeText(
  results: readonly MeasureResult[],
  name: TextName,
  words: number,
  bytes: number,
): TextThroughput {
  const byRound = results.map((r) => r.texts[name].mbPerSecond);
  const mentions = new Set(results.map((r) => r.texts[name].mentions));
  if (mentions.size !== 1)
    throw new Error(`${name}: the rounds found different numbers of mentions (${[...mentions].join(', ')})`);
  const mbPerSecond = median(byRound);
  return {
    mbPerSecond,
    wordsPerSecond: (mbPerSecond * 1e6 * words) / bytes,
    mbPerSecondByRound: byRound,
    mentions: [...mentions][0]!,
  };
}

function builtFileNextTo(root: string, built: readonly BuiltGlossaryJson[]): GlossaryReport['builtFile'] {
  const path = join(root, BUILT_FILE);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  return {
    path: BUILT_FILE,
    bytes: Buffer.byteLength(text, 'utf8'),
    identicalTo: built.find((b) => b.json === text)?.kind ?? null,
  };
}

function bySource(built: BuiltGlossaryJson): GlossaryResult['bySource'] {
  const counts: GlossaryResult['bySource'] = {};
  for (const a of built.glossary.actors) counts[a.source] = (counts[a.source] ?? 0) + 1;
  return counts;
}

// ---- the report ------------------------------------------------------------------------------

const integer = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const rate = (n: number): string => n.toFixed(n < 10 ? 2 : 1);

/** Each row: its name, how a value prints, and the value of a glossary. */
const ROWS: readonly { name: string; show: (n: number) => string; of: (g: GlossaryResult) => number }[] = [
  { name: 'actors', show: integer, of: (g) => g.actors },
  { name: 'spellings indexed', show: integer, of: (g) => g.spellings },
  { name: 'JSON, KB', show: kb, of: (g) => g.bytes },
  { name: 'JSON gzip -9, KB', show: kb, of: (g) => g.gzipBytes },
  { name: 'cold load: total, ms', show: ms, of: (g) => g.coldLoad.totalMs },
  { name: 'cold load: 1st page, ms', show: ms, of: (g) => g.coldLoad.firstPageMs },
  { name: 'warm load: parse + check, ms', show: ms, of: (g) => g.load.parseMs },
  { name: 'warm load: buildMatcher, ms', show: ms, of: (g) => g.load.indexMs },
  { name: 'warm load: PageMatcher, ms', show: ms, of: (g) => g.load.pageMatcherMs },
  { name: 'warm load: total, ms', show: ms, of: (g) => g.load.totalMs },
  { name: 'warm load: 1st page, ms', show: ms, of: (g) => g.load.firstPageMs },
  ...TEXT_NAMES.flatMap((t) => [
    { name: `${TEXT_LABELS[t]}: MB/s`, show: rate, of: (g: GlossaryResult) => g.texts[t].mbPerSecond },
    {
      name: `${TEXT_LABELS[t]}: k words/s`,
      show: (n: number) => integer(n / 1000),
      of: (g: GlossaryResult) => g.texts[t].wordsPerSecond,
    },
    { name: `${TEXT_LABELS[t]}: mentions`, show: integer, of: (g: GlossaryResult) => g.texts[t].mentions },
  ]),
];

const spread = (t: TextThroughput): string => t.mbPerSecondByRound.map(rate).join(' ');

function ratios(a: GlossaryResult, b: GlossaryResult): Record<string, number> {
  return Object.fromEntries(ROWS.map((row) => [row.name, row.of(b) / row.of(a)]));
}

function sourcesLine(g: GlossaryResult): string {
  const parts = Object.entries(g.bySource).map(([source, n]) => `${source} ${integer(n)}`);
  return `  (${g.kind === 'corpus' ? 'a' : 'b'}) ${g.label}: ${parts.join(', ')}${g.uncovered ? `; ${g.uncovered} corpus names uncovered` : ''}`;
}

function builtFileLine(report: GlossaryReport): string {
  const file = report.builtFile;
  if (!file) return `${BUILT_FILE}: absent (npm run build writes it)`;
  const same = file.identicalTo
    ? `byte-identical to (${file.identicalTo === 'corpus' ? 'a' : 'b'})`
    : 'identical to neither: a stale build? (npm run build)';
  return `${file.path}: ${integer(file.bytes)} bytes, ${same}`;
}

export function printGlossaryReport(report: GlossaryReport): void {
  const [a, b] = report.glossaries as [GlossaryResult, GlossaryResult];
  const { machine: m, texts } = report;
  const rows = ROWS.map((row) => [
    row.name,
    row.show(row.of(a)),
    row.show(row.of(b)),
    `${(row.of(b) / row.of(a)).toFixed(2)}×`,
  ]);
  const out = [
    '',
    'Glossary benchmark: corpus only (a) against corpus + standing (b)',
    `Machine: ${m.cpu}, ${m.cores} cores; node ${m.node} (V8 ${m.v8}); ${m.os}`,
    'Actors by source:',
    sourcesLine(a),
    sourcesLine(b),
    builtFileLine(report),
    `Timing: ${report.setup.processes}`,
    ...TEXT_NAMES.map(
      (t) =>
        `Text, ${TEXT_LABELS[t]}: ${integer(texts[t].bytes)} UTF-8 bytes, ${integer(texts[t].words)} words in ${texts[t].pages} pages, from ${texts[t].source}`,
    ),
    `Load: ${report.setup.load}`,
    `1st page: ${report.setup.firstPage}`,
    `Search: ${report.setup.timing}`,
    '',
    formatTable(['', `(a) ${a.label}`, `(b) ${b.label}`, '(b)÷(a)'], rows),
    '',
    `warm load total, min–max over ${a.load.runs} loads: (a) ${ms(a.load.totalMin)}–${ms(a.load.totalMax)} ms, (b) ${ms(b.load.totalMin)}–${ms(b.load.totalMax)} ms`,
    ...TEXT_NAMES.map((t) => `${TEXT_LABELS[t]}, MB/s by round: (a) ${spread(a.texts[t])}, (b) ${spread(b.texts[t])}`),
  ];
  console.log(out.join('\n'));
}

// ---- the run ---------------------------------------------------------------------------------

export interface GlossaryBenchOptions {
  root: string;
  /** Timed loads per glossary in each process. */
  runs?: number;
}

export async function runGlossaryBench(options: GlossaryBenchOptions): Promise<GlossaryReport> {
  const { root } = options;
  const loadRuns = options.runs ?? DEFAULT_LOAD_RUNS;
  if (!Number.isInteger(loadRuns) || loadRuns < 1)
    throw new Error(`--runs must be a whole number ≥ 1, got ${loadRuns}`);
  process.stderr.write('  glossary: building (a) and (b) in memory…\n');
  const built = KINDS.map((kind) => buildGlossaryJson(kind));
  process.stderr.write('  glossary: reading the reach pages…\n');
  const text: Record<TextName, BenchText> = { corpus: corpusArticlePages(root), reach: await reachPagesText(root) };
  const words: Record<TextName, number> = { corpus: countWords(text.corpus), reach: countWords(text.reach) };
  const input: MeasureInput = {
    texts: text,
    firstPage: text.reach.pages[0] ?? [],
    search: SEARCH,
    loadWarmups: LOAD_WARMUPS,
  };

  const dir = mkdtempSync(join(tmpdir(), 'glossary-bench-'));
  const results = new Map<GlossaryKind, MeasureResult[]>(KINDS.map((k) => [k, []]));
  try {
    const textsFile = join(dir, 'texts.json');
    writeFileSync(textsFile, JSON.stringify(input));
    for (const b of built) writeFileSync(join(dir, `${b.kind}.json`), b.json);
    for (let round = 0; round < ROUNDS; round++) {
      for (const b of round % 2 === 0 ? built : [...built].reverse()) {
        process.stderr.write(`  glossary: round ${round + 1}/${ROUNDS}, ${GLOSSARY_LABELS[b.kind]}…\n`);
        results.get(b.kind)!.push(measureInProcess(root, join(dir, `${b.kind}.json`), textsFile, loadRuns));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const glossaries = built.map((b): GlossaryResult => {
    const measured = results.get(b.kind)!;
    return {
      kind: b.kind,
      label: GLOSSARY_LABELS[b.kind],
      actors: b.glossary.actors.length,
      bySource: bySource(b),
      spellings: aliasSet(b.glossary.actors).length,
      stories: b.glossary.stories.length,
      uncovered: b.uncovered.length,
      buildMs: b.buildMs,
      bytes: Buffer.byteLength(b.json, 'utf8'),
      gzipBytes: gzipSync(b.json, { level: constants.Z_BEST_COMPRESSION }).length,
      coldLoad: medianRun(measured.map((r) => r.cold)),
      load: summarizeLoads(measured.flatMap((r) => r.loads)),
      texts: {
        corpus: summarizeText(measured, 'corpus', words.corpus, text.corpus.bytes),
        reach: summarizeText(measured, 'reach', words.reach, text.reach.bytes),
      },
    };
  });
  const [a, b] = glossaries as [GlossaryResult, GlossaryResult];
  const describe = (t: TextName) => ({
    source: text[t].source,
    bytes: text[t].bytes,
    words: words[t],
    pages: text[t].pages.length,
    feeding: text[t].feeding,
  });
  const report: GlossaryReport = {
    machine: machine(),
    setup: {
      rounds: ROUNDS,
      loadRuns,
      loadWarmups: LOAD_WARMUPS,
      processes:
        `${ROUNDS} rounds of one fresh Node process per glossary, (a) and (b) in turns; each process only parses its ` +
        `glossary file and matches (text handed over as JSON).`,
      load:
        `JSON.parse + checkGlossary + withUserAdditions (none), buildMatcher, new PageMatcher, as the worker does on its ` +
        `first article. cold = each process's first load (median over the rounds); warm = median of ${loadRuns} timed ` +
        `loads per process after ${LOAD_WARMUPS} untimed (${ROUNDS * loadRuns} in all).`,
      firstPage: 'findMentions on the first reach page right after each load (the index unfolds on first use).',
      timing:
        `one matcher per process built from the parsed file; median of up to ${SEARCH.samples} samples, each whole passes ` +
        `lasting at least ${SEARCH.minSampleMs} ms, after a ${SEARCH.warmupMs} ms warm-up; then the median over the rounds. ` +
        'words/s = MB/s × words ÷ bytes.',
      gzip: 'node:zlib gzipSync, level 9, of the file text as the build writes it (JSON.stringify + "\\n").',
    },
    texts: { corpus: describe('corpus'), reach: describe('reach') },
    builtFile: builtFileNextTo(root, built),
    glossaries,
    ratios: ratios(a, b),
  };
  printGlossaryReport(report);
  writeJson(root, report);
  return report;
}

function writeJson(root: string, report: GlossaryReport): void {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'bench-glossary.json');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten: ${path}`);
}
