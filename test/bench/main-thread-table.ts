// Prints the main-thread benchmark: variants side by side, the ratio against the common way, the
// aims (met or not, never asserted), and the script sizes.
import type { MainThreadReport, SizeReport, Spread, VariantName, VariantSummary } from './main-thread.bench.ts';
import { SCROLL_FRAMES, SCROLL_STEP_PX } from './scroll-cost.ts';
import { CONTENT_GZIP_AIM } from './bundle-sizes.ts';
import { formatTable } from './table.ts';

const ms = (n: number): string => Math.round(n).toLocaleString('en-US');
/** "412 (398–440)": median, then the lowest and highest run. */
const withSpread = (s: Spread | null, unit = ''): string =>
  s ? `${ms(s.median)}${unit} (${ms(s.min)}–${ms(s.max)})` : '—';
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean): string => (ok ? 'met   ' : 'MISSED');

/** "0.84 (0.80–0.91)", for per-frame milliseconds, where whole milliseconds say nothing. */
const fine = (s: Spread | null): string =>
  s ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '—';
const ratio = (r: number | null | undefined): string => (r === null || r === undefined ? '—' : `${r.toFixed(2)}×`);

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
    fine(v.paintPerFrame),
    fine(v.mainPerFrame),
    fine(v.worstFrame),
  ];
}

const variant = (size: SizeReport, name: VariantName) => size.variants.find((v) => v.name === name);

function sizeLines(size: SizeReport): string[] {
  const { article } = size;
  const failures = size.runs
    .filter((r) => r.error)
    .map((r) => `  run ${r.round + 1} of ${r.variant} failed: ${r.error}`);
  const probe = size.runs.filter((r) => !r.error).map((r) => r.probe.ms);
  return [
    `Article: ${article.words.toLocaleString('en-US')} words in ${article.paragraphs} paragraphs (${article.url})`,
    formatTable(
      [
        'variant',
        'runs',
        'main thread ms',
        'added ms',
        'marks visible ms',
        'marks',
        'longest long task ms',
        'tasks > 50 ms',
        'paint/frame ms',
        'main/frame ms',
        'worst frame ms',
      ],
      size.variants.map(variantRow),
    ),
    ...commonWayLines(size),
    `  The probe's poll cost ≤ ${probe.length ? Math.max(...probe).toFixed(1) : '—'} ms per page, taken off each page's main-thread time.`,
    ...failures,
    '',
  ];
}

/** One row per length: what the issue's aims compare. */
function acrossLengths(report: MainThreadReport): string {
  return formatTable(
    [
      'words',
      'added: ours ÷ (b)',
      'added ms: (c)',
      'paint/frame: ours ÷ page',
      'added paint/frame ms: ours',
      'worst frame ms: page / (b) / ours',
      'marks visible ms: (b) / ours / (c)',
      'tasks > 50 ms: ours / (c)',
      'ours elsewhere ms: offscreen / worker',
    ],
    report.articles.map((size) => {
      const [page, markjs, ours, fallback] = (['page', 'markjs', 'ours', 'fallback'] as const).map((name) =>
        variant(size, name),
      );
      // Our own paint, the page's taken off: what the marks cost a frame, whatever the article's length.
      const addedPaint =
        ours?.paintPerFrame && page?.paintPerFrame
          ? (ours.paintPerFrame.median - page.paintPerFrame.median).toFixed(2)
          : '—';
      return [
        size.article.words.toLocaleString('en-US'),
        ratio(size.ratioOursToMarkjs),
        fallback?.addedMs ? ms(fallback.addedMs.median) : '—',
        ratio(size.paintRatioOursToPage),
        addedPaint,
        [page, markjs, ours].map((v) => (v?.worstFrame ? v.worstFrame.median.toFixed(1) : '—')).join(' / '),
        [markjs, ours, fallback].map((v) => (v?.marksVisibleAt ? ms(v.marksVisibleAt.median) : '—')).join(' / '),
        [ours, fallback].map((v) => String(v?.longTasksAfterDcl.total ?? '—')).join(' / '),
        [ours?.offscreenMs, ours?.workerMs].map((x) => (x ? ms(x.median) : '—')).join(' / '),
      ];
    }),
  );
}

/** The issue's aims, on the 16,500-word article, and flatness from the shortest to the longest. */
function aimLines(report: MainThreadReport): string[] {
  const main = report.articles.find((a) => a.article.words >= 16_000 && a.article.words < 20_000) ?? report.articles[0];
  const ours = main && variant(main, 'ours');
  const lines: string[] = [];
  if (!main || main.ratioOursToMarkjs === null || !ours) lines.push('  (not measured: a variant failed)');
  else {
    const words = main.article.words.toLocaleString('en-US');
    lines.push(
      `  ${mark(main.ratioOursToMarkjs <= 0.5)} ${words} words: added main-thread time ≤ 0.5 × Readability + mark.js: ours ÷ (b) = ${main.ratioOursToMarkjs.toFixed(2)}`,
    );
    lines.push(
      `  ${mark(ours.longTasksAfterDcl.total === 0)} ${words} words: no task over 50 ms once ours can run: ${ours.longTasksAfterDcl.total} in ${ours.runs} runs, ` +
        `longest ${ms(ours.longestTaskAfterDcl.max)} ms (the page alone: ${pageLongest(main)})`,
    );
    const paint = main.paintRatioOursToPage;
    lines.push(
      `  ${mark(paint !== null && paint <= 1.3)} ${words} words: paint per scroll frame ≤ 1.3 × the page alone: ${ratio(paint)}`,
    );
  }
  const ends = [report.articles[0], report.articles[report.articles.length - 1]].map(
    (a) => a && variant(a, 'ours')?.paintPerFrame?.median,
  );
  if (ends[0] !== undefined && ends[1] !== undefined && ends[0]! > 0) {
    const growth = ends[1]! / ends[0]!;
    lines.push(
      `  ${mark(growth <= 1.3)} paint per scroll frame flat with length: ours at the longest ÷ at the shortest = ${growth.toFixed(2)}`,
    );
  }
  const content = report.sizes.contentGzip;
  lines.push(
    content === null
      ? '  (no content.js in dist/chrome)'
      : `  ${mark(content <= CONTENT_GZIP_AIM)} content.js ≤ 60 KB gzipped: ${kb(content)}`,
  );
  return lines;
}

function pageLongest(size: SizeReport): string {
  const page = variant(size, 'page');
  return page ? `${page.longTasksAfterDcl.total} over 50 ms, longest ${ms(page.longestTaskAfterDcl.max)} ms` : '—';
}

function sizeTable(report: MainThreadReport): string {
  return formatTable(
    ['dist/chrome', 'raw', 'gzip -9'],
    report.sizes.scripts.map((s) => [s.file, kb(s.raw), kb(s.gzip)]),
  );
}

function commonWayLines(size: SizeReport): string[] {
  const c = size.commonWay;
  if (!c) return [];
  return [
    `  Readability found ${c.article} (${c.articleWords.toLocaleString('en-US')} words); in-page wall time: ` +
      `Readability ${withSpread(c.readabilityMs, ' ms')}, mark.js ${withSpread(c.markMs, ' ms')}, ${ms(c.marks.median)} marks.`,
  ];
}

export function printMainThreadReport(report: MainThreadReport): void {
  const { machine, setup } = report;
  const out = [
    '',
    'Main-thread benchmark (Chromium, long articles)',
    `Machine: ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}; node ${machine.node}; ${machine.os}`,
    `Articles: the VnExpress fixture's body repeated to each length. Runs: ${setup.runsPerVariant} per variant, ${setup.order}.`,
    '  Each cell: median (lowest–highest).',
    "Main-thread time: CDP Performance.getMetrics TaskDuration of the page's renderer (thread CPU time: script,",
    '  style, layout, paint), from navigation until the page is done and quiet; "added" = the run minus the',
    '  median of the page alone. The Readability and mark.js figures under a table are in-page wall time.',
    `(b), the common way: a second unpacked extension in the same browser, content scripts at document_idle:`,
    `  ${setup.readability};`,
    `  then ${setup.markjs}`,
    `  articleElements = the live elements Readability kept (its article's top elements, found by id or classes);`,
    `  terms from ${setup.termsSource}.`,
    '(c), our in-page fallback: a copy of the built extension without the "offscreen" permission, on a host of',
    '  its own, so that its content script runs Readability in the page and asks the background only to match',
    '  (what happens wherever the worker path fails; a copy over 500,000 characters is then not read at all).',
    `Marks visible: ms from navigation start; ours seen by a ${setup.pollMs} ms poll of CSS.highlights, (b) from mark.js's done.`,
    '  Marks: (b) the elements mark.js made; ours the ranges registered at the end.',
    `Long tasks (> 50 ms): from the page's Long Tasks observer, counted from DOMContentLoaded on (when a`,
    '  document_idle script may start); not attributable to a script, so compare with the page alone.',
    `Scrolling: after marking, the page is scrolled from its top ${SCROLL_STEP_PX} px a frame for up to ${SCROLL_FRAMES} frames under a`,
    "  trace; paint/frame = Paint + PrePaint per frame, main/frame = the main thread's top-level tasks per frame,",
    "  worst frame = the busiest frame's main-thread time.",
    "Ours elsewhere: the offscreen document's and the service worker's TaskDuration during each page of ours.",
    '',
    ...report.articles.flatMap(sizeLines),
    'Across lengths (medians)',
    acrossLengths(report),
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
