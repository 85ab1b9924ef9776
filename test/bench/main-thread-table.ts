// Prints the main-thread benchmark: variants side by side, the ratio against the common way, the
// aims (met or not, never asserted), and the script sizes.
import type { MainThreadReport, Spread, VariantSummary } from './main-thread.bench.ts';
import { CONTENT_GZIP_AIM } from './bundle-sizes.ts';
import { formatTable } from './table.ts';

const ms = (n: number): string => Math.round(n).toLocaleString('en-US');
/** "412 (398–440)": median, then the lowest and highest run. */
const withSpread = (s: Spread | null, unit = ''): string => (s ? `${ms(s.median)}${unit} (${ms(s.min)}–${ms(s.max)})` : '—');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean): string => (ok ? 'met   ' : 'MISSED');

function variantRow(v: VariantSummary): string[] {
  return [
    v.label,
    `${v.runs}${v.failed ? ` (+${v.failed} failed)` : ''}`,
    withSpread(v.taskMs),
    v.name === 'page' ? '—' : withSpread(v.addedMs),
    withSpread(v.marksVisibleAt),
    v.name === 'page' || v.name === 'readability' ? '—' : withSpread(v.marks),
    withSpread(v.longestTaskAfterDcl),
    `${v.longTasksAfterDcl.total} (≤${v.longTasksAfterDcl.maxPerRun}/run)`,
  ];
}

function aimLines(report: MainThreadReport): string[] {
  const ours = report.variants.find((v) => v.name === 'ours');
  const lines: string[] = [];
  if (report.ratioOursToMarkjs === null || !ours) lines.push('  (not measured: a variant failed)');
  else {
    lines.push(`  ${mark(report.ratioOursToMarkjs <= 0.5)} added main-thread time ≤ 0.5 × Readability + mark.js: ours ÷ (b) = ${report.ratioOursToMarkjs.toFixed(2)}`);
    lines.push(
      `  ${mark(ours.longTasksAfterDcl.total === 0)} no task over 50 ms once ours can run: ${ours.longTasksAfterDcl.total} in ${ours.runs} runs, ` +
        `longest ${ms(ours.longestTaskAfterDcl.max)} ms (the page alone: ${pageLongest(report)})`,
    );
  }
  const content = report.sizes.contentGzip;
  lines.push(
    content === null ? '  (no content.js in dist/chrome)' : `  ${mark(content <= CONTENT_GZIP_AIM)} content.js ≤ 60 KB gzipped: ${kb(content)}`,
  );
  return lines;
}

function pageLongest(report: MainThreadReport): string {
  const page = report.variants.find((v) => v.name === 'page');
  return page ? `${page.longTasksAfterDcl.total} over 50 ms, longest ${ms(page.longestTaskAfterDcl.max)} ms` : '—';
}

function sizeTable(report: MainThreadReport): string {
  return formatTable(
    ['dist/chrome', 'raw', 'gzip -9'],
    report.sizes.scripts.map((s) => [s.file, kb(s.raw), kb(s.gzip)]),
  );
}

function commonWayLines(report: MainThreadReport): string[] {
  const c = report.commonWay;
  if (!c) return [];
  return [
    `  Readability found ${c.article} (${c.articleWords.toLocaleString('en-US')} words); in-page wall time: ` +
      `Readability ${withSpread(c.readabilityMs, ' ms')}, mark.js ${withSpread(c.markMs, ' ms')}, ${ms(c.marks.median)} marks.`,
  ];
}

export function printMainThreadReport(report: MainThreadReport): void {
  const { machine, article, setup } = report;
  const failures = report.runs.filter((r) => r.error).map((r) => `  run ${r.round + 1} of ${r.variant} failed: ${r.error}`);
  const probe = report.runs.filter((r) => !r.error).map((r) => r.probe.ms);
  const out = [
    '',
    'Main-thread benchmark (Chromium, long article)',
    `Machine: ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}; node ${machine.node}; ${machine.os}`,
    `Article: ${article.words.toLocaleString('en-US')} words in ${article.paragraphs} paragraphs (${article.source}, body repeated)`,
    `Runs: ${setup.runsPerVariant} per variant, ${setup.order}. Each: median (lowest–highest).`,
    'Main-thread time: CDP Performance.getMetrics TaskDuration of the page\'s renderer (thread CPU time), from',
    '  navigation until the page is done and quiet; "added" = the run minus the median of the page alone.',
    '  The Readability and mark.js figures below the table are in-page wall time (performance.now()).',
    `(b), the common way: a second unpacked extension in the same browser, content scripts at document_idle:`,
    `  ${setup.readability};`,
    `  then ${setup.markjs}`,
    `  articleElements = the live elements Readability kept (its article's top elements, found by id or classes);`,
    `  terms from ${setup.termsSource}.`,
    `Marks visible: ms from navigation start; ours seen by a ${setup.pollMs} ms poll of CSS.highlights, (b) from mark.js's done.`,
    `Long tasks (> 50 ms): from the page's Long Tasks observer, counted from DOMContentLoaded on (when a`,
    '  document_idle script may start); not attributable to a script, so compare with the page alone.',
    '  The observer sees only tasks over 50 ms: a longest long task of 0 means none.',
    '',
    formatTable(
      ['variant', 'runs', 'main thread ms', 'added ms', 'marks visible ms', 'marks', 'longest long task ms', 'tasks > 50 ms'],
      report.variants.map(variantRow),
    ),
    '',
    ...commonWayLines(report),
    `  The probe's poll cost ≤ ${probe.length ? Math.max(...probe).toFixed(1) : '—'} ms per page, taken off each page's main-thread time.`,
    ...failures,
    '',
    'Aims of the main-thread issue',
    ...aimLines(report),
    '',
    'Script sizes',
    sizeTable(report),
    '',
    `Written to test-results/bench-main-thread.json (${report.elapsedSeconds.toFixed(0)} s in all).`,
  ];
  console.log(out.join('\n'));
}
