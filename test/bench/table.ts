// Plain-text tables for the bench output: readable in a terminal and in a CI log.
import type { ContenderResult, MatcherReport, SizeResult } from './matcher.bench.ts';

/** Columns padded to their widest cell; the first column left-aligned, the others right. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number),
      )
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const integer = (n: number): string => Math.round(n).toLocaleString('en-US');

function rate(result: ContenderResult | undefined): string {
  if (!result) return '—';
  return `${result.mbPerSecond.toFixed(result.mbPerSecond < 10 ? 2 : 1)}${result.extrapolated ? '*' : ''}`;
}

/** ours ÷ theirs, "3.2×"; "—" when either side was not measured. */
function ratio(ours: ContenderResult | undefined, theirs: ContenderResult | undefined): string {
  if (!ours || !theirs) return '—';
  return `${(ours.mbPerSecond / theirs.mbPerSecond).toFixed(1)}×`;
}

function find(size: SizeResult, name: string): ContenderResult | undefined {
  return size.contenders.find((c) => c.name === name);
}

function baselineNames(report: MatcherReport): string[] {
  const names = new Set(report.sizes.flatMap((size) => size.contenders.map((c) => c.name)));
  names.delete('ours');
  return [...names];
}

function throughputTable(report: MatcherReport): string {
  const names = baselineNames(report);
  const headers = ['glossary', 'actors', 'aliases', 'ours', ...names, ...names.map((n) => `ours÷${n}`)];
  const rows = report.sizes.map((size) => {
    const ours = find(size, 'ours');
    return [
      size.label,
      integer(size.actors),
      integer(size.aliases),
      rate(ours),
      ...names.map((n) => rate(find(size, n))),
      ...names.map((n) => ratio(ours, find(size, n))),
    ];
  });
  return formatTable(headers, rows);
}

/** Short column names for the wide build table. */
const SHORT: Readonly<Record<string, string>> = { 'modern-ahocorasick': 'modern', ahocorasick: 'aho' };
const short = (name: string): string => SHORT[name] ?? name;

function buildTable(report: MatcherReport): string {
  const names = ['ours', ...baselineNames(report)];
  const headers = [
    'glossary',
    'JSON KB',
    'JSON.parse ms',
    ...names.map((n) => `build ${short(n)}`),
    ...names.map((n) => `1st page ${short(n)}`),
  ];
  const rows = report.sizes.map((size) => [
    size.label,
    integer(size.glossaryBytes / 1024),
    size.loadMs.toFixed(1),
    ...names.map((n) => {
      const result = find(size, n);
      return result ? `${result.buildMs.toFixed(result.buildMs < 100 ? 1 : 0)} (×${result.buildRepeats})` : '—';
    }),
    ...names.map((n) => {
      const result = find(size, n);
      return result ? result.firstPageMs.toFixed(1) : '—';
    }),
  ]);
  return formatTable(headers, rows);
}

/** Mentions over the whole text; for a partial reader, over its pages, with ours on the same. */
function mentionCell(result: ContenderResult | undefined, ours: ContenderResult | undefined, pages: number): string {
  if (!result) return '—';
  if (result.pagesRead === pages) return integer(result.mentions);
  const oursSame = ours
    ? ` (ours ${integer(ours.mentionsByPage.slice(0, result.pagesRead).reduce((a, b) => a + b, 0))})`
    : '';
  return `${integer(result.mentions)} in ${result.pagesRead}/${pages} pages${oursSame}`;
}

function mentionTable(report: MatcherReport): string {
  const names = ['ours', ...baselineNames(report)];
  const rows = report.sizes.map((size) => {
    const ours = find(size, 'ours');
    return [size.label, ...names.map((n) => mentionCell(find(size, n), ours, report.text.pages))];
  });
  return formatTable(['glossary', ...names], rows);
}

/** The aims, met or not. Printed, never asserted: speed depends on the machine. */
function aimLines(report: MatcherReport): string[] {
  const seed = report.sizes[0];
  const largest = report.sizes[report.sizes.length - 1];
  if (!seed || !largest || !find(seed, 'ours')) return ['  (ours not measured)'];
  const packages = baselineNames(report).filter((n) => n !== 'regexp');
  if (packages.length === 0) return ['  (no npm package measured: run without --only to check the aims)'];
  const worstMargin = Math.min(
    ...report.sizes.map((size) => {
      const best = Math.max(...packages.map((n) => find(size, n)?.mbPerSecond ?? 0));
      return (find(size, 'ours')?.mbPerSecond ?? 0) / best;
    }),
  );
  const seedRate = find(seed, 'ours')?.mbPerSecond ?? 0;
  const bigBuild = find(largest, 'ours')?.buildMs ?? Infinity;
  const mark = (ok: boolean): string => (ok ? 'met   ' : 'MISSED');
  return [
    `  ${mark(worstMargin >= 3)} ≥3× the best npm package at every size: lowest margin ${worstMargin.toFixed(1)}×`,
    `  ${mark(seedRate >= 40)} ≥40 MB/s with the seed glossary: ${seedRate.toFixed(1)} MB/s`,
    `  ${mark(bigBuild < 1000)} index build < 1 s at ${largest.label} actors: ${integer(bigBuild)} ms`,
  ];
}

/** "seed (83): dist/glossary.json; 1,000, 10,000: synthetic …": each source once. */
function glossarySources(report: MatcherReport): string {
  const bySource = new Map<string, string[]>();
  for (const size of report.sizes)
    bySource.set(size.glossarySource, [...(bySource.get(size.glossarySource) ?? []), size.label]);
  return [...bySource].map(([source, labels]) => `${labels.join(', ')}: ${source}`).join('; ');
}

export function printMatcherReport(report: MatcherReport): void {
  const { machine, text } = report;
  const out = [
    '',
    'Matcher benchmark',
    `Machine: ${machine.cpu}, ${machine.cores} cores; node ${machine.node} (V8 ${machine.v8}); ${machine.os}`,
    `Text: ${integer(text.bytes)} UTF-8 bytes, ${integer(text.paragraphs)} paragraphs in ${text.pages} pages, from ${text.source}`,
    `Feeding: ${text.feeding}`,
    `Seed actors: ${report.seedActorsSource}. Synthetic glossaries: the seed actors + generated ones (seeded).`,
    `Timing: ${report.timing}`,
    '        * = the budget ran out inside the first pass: MB/s measured on the pages read, not on all.',
    'Baselines: the same aliases; Aho–Corasick packages lower-case text and aliases (case-insensitive),',
    '        the RegExp is case-sensitive (flags gu); all keep leftmost-longest matches at Unicode word boundaries.',
    '',
    'Search throughput, MB/s (higher is better)',
    throughputTable(report),
    '',
    'Glossary load and index build, ms (median of ×n builds); 1st page = the first page searched',
    'right after the build, cold (~9.5 KB): work an index defers to first use shows there.',
    'modern = modern-ahocorasick, aho = ahocorasick.',
    `JSON.parse of: ${glossarySources(report)}`,
    buildTable(report),
    '',
    'Mentions found (do the contenders do comparable work?)',
    mentionTable(report),
    '',
    'Aims of the text-core issue',
    ...aimLines(report),
  ];
  console.log(out.join('\n'));
}
