// The main-thread benchmark: what the extension costs the page's own thread on articles of about
// 2,000, 16,500 and 64,000 words, in real Chromium, side by side in the same browser with the page
// alone and with the same job done the common way (Readability + mark.js in the page). Time is the
// renderer's main-thread task time (CDP Performance.getMetrics TaskDuration: script, style, layout
// and paint) of each page, fresh page each run; long tasks come from the page's own Long Tasks
// observer; then the page is scrolled under a trace for what each frame costs (scroll-cost.ts).
// Reported, never asserted: speed depends on the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { evaluateSource, launchChromium, servePages, type ChromiumSession } from '../../tools/browsers/index.ts';
import { HIGHLIGHT_PREFIX } from '../../src/marking/mark-looks.ts';
import { scriptSizes, type ScriptSizes } from './bundle-sizes.ts';
import {
  describeMarkJs,
  MARKJS_HOST,
  READABILITY_CALL,
  READABILITY_HOST,
  REPORT_ATTRIBUTE,
  writeCommonWayExtension,
  type CommonWayReport,
} from './common-way.ts';
import { ensureChromeBuild } from './ensure-built.ts';
import { FALLBACK_HOST, writeFallbackExtension } from './fallback-extension.ts';
import { buildLongArticle } from './long-article.ts';
import { DONE_BINDING, PROBE_POLL_MS, probeScript, type ProbeResult } from './page-probe.ts';
import { printMainThreadReport } from './main-thread-table.ts';
import { OffThreadMeter, offThreadSpent, type OffThreadMs } from './off-thread.ts';
import { measureScroll, type ScrollCost } from './scroll-cost.ts';
import { median } from './timing.ts';

export const DEFAULT_RUNS = 3;
/** Article lengths, in words: a long news story, a feature or transcript, a whole report. */
export const ARTICLE_WORDS = [2_000, 16_500, 64_000] as const;
const articlePath = (words: number) => `/the-gioi/bai-dai-${words}-chu.html`;
/** A host nothing is loaded on: the page alone. */
const PAGE_ALONE_HOST = 'page-alone.test';
/** A page that shows no marks within this long counts as failed (and is reported so): mark.js
 *  takes minutes on the longest article with the whole glossary. */
const DONE_TIMEOUT_MS = 240_000;
/** After the variant is done, wait until the page's task time stops growing (our work may go on
 *  in small slices after the first marks are painted). */
const SETTLE_MS = 400;
const SETTLE_TOLERANCE_MS = 1;
const SETTLE_MAX_READS = 8;
/** Tasks longer than this make a page feel stuck (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

export type VariantName = 'page' | 'readability' | 'markjs' | 'ours' | 'fallback';

export interface Variant {
  name: VariantName;
  label: string;
  host: string;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'page', label: 'page alone (no extension)', host: PAGE_ALONE_HOST },
  { name: 'readability', label: 'Readability in the page', host: READABILITY_HOST },
  { name: 'markjs', label: 'Readability + mark.js in the page (b)', host: MARKJS_HOST },
  { name: 'ours', label: 'Bối cảnh', host: 'vnexpress.net' },
  { name: 'fallback', label: 'Bối cảnh, in-page fallback (c)', host: FALLBACK_HOST },
];

export interface PageRun {
  variant: VariantName;
  round: number;
  /** The renderer's main-thread task time for the whole page life so far, ms, less the probe's
   *  own measured poll time (the poll runs longer in pages that show marks later). */
  taskMs: number;
  settleReads: number;
  /** ms from navigation start: marks first seen (ours: by the poll; the common way: its own report). */
  marksVisibleAt: number | null;
  domContentLoaded: number;
  load: number;
  /** Long tasks that started after DOMContentLoaded: when a document_idle content script can run. */
  longTasksAfterDcl: { start: number; duration: number }[];
  marks: number;
  commonWay: CommonWayReport | null;
  /** Words in the elements the common way marked. */
  articleWords: number | null;
  probe: { polls: number; ms: number };
  /** Scrolling the marked page from its top (null when the trace gave no frames). */
  scroll: ScrollCost | null;
  /** The extension's own work elsewhere for this page (ours only): offscreen document, worker. */
  offThread: OffThreadMs | null;
  /** The page's JS heap in use once done and quiet, MB (the content script's world shares it). */
  heapMb: number | null;
  error?: string;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface VariantSummary {
  name: VariantName;
  label: string;
  runs: number;
  failed: number;
  taskMs: Spread;
  /** taskMs minus the median of the page alone. */
  addedMs: Spread | null;
  marksVisibleAt: Spread | null;
  longestTaskAfterDcl: Spread;
  longTasksAfterDcl: { total: number; maxPerRun: number };
  marks: Spread;
  paintPerFrame: Spread | null;
  mainPerFrame: Spread | null;
  worstFrame: Spread | null;
  offscreenMs: Spread | null;
  workerMs: Spread | null;
}

/** One article length: its variants side by side. */
export interface SizeReport {
  article: { url: string; words: number; paragraphs: number; source: string };
  variants: VariantSummary[];
  ratioOursToMarkjs: number | null;
  /** Ours ÷ the page alone, paint per scroll frame (medians). */
  paintRatioOursToPage: number | null;
  commonWay: { article: string; articleWords: number; readabilityMs: Spread; markMs: Spread; marks: Spread } | null;
  runs: PageRun[];
}

export interface MainThreadReport {
  machine: { cpu: string; cores: number; node: string; chromium: string; os: string };
  setup: {
    runsPerVariant: number;
    order: string;
    pollMs: number;
    readability: string;
    markjs: string;
    terms: number;
    termsSource: string;
  };
  articles: SizeReport[];
  sizes: ScriptSizes;
  elapsedSeconds: number;
}

/** One line of progress, overwritten in place; nothing in a log that is not a terminal. */
export function progress(line: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r${line.slice(0, 78).padEnd(78)}\r`);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** The browser the runs share, with the articles it is served (path → page). */
export interface BenchBrowser {
  session: ChromiumSession;
  articles: ReadonlyMap<string, string>;
}

/** A new tab that is served the articles on every variant's host and refused everything else, so
 *  no variant waits on a network this machine does not have. Only http(s): extension resources pass. */
export async function articleTab(bench: BenchBrowser): Promise<Page> {
  const page = await bench.session.browser.newPage();
  await servePages(
    page,
    (url) => (VARIANTS.some((v) => v.host === url.hostname) ? bench.articles.get(url.pathname) : undefined),
    {
      refuseOthers: true,
    },
  );
  return page;
}

type SendMetrics = (method: 'Performance.getMetrics') => Promise<{ metrics: { name: string; value: number }[] }>;

async function metric(send: SendMetrics, name: string): Promise<number> {
  const { metrics } = await send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`CDP Performance.getMetrics gave no ${name}`);
  return found.value;
}

const taskMs = async (send: SendMetrics) => (await metric(send, 'TaskDuration')) * 1000;
const heapUsedMb = async (send: SendMetrics) => (await metric(send, 'JSHeapUsedSize')) / (1024 * 1024);

/** How a page is run: the long articles wait for marks and are scrolled; the huge page gives up
 *  waiting for marks after a while (a "too large" page may show none) and is not scrolled. */
export interface PageRunOptions {
  giveUpMs?: number;
  scroll?: boolean;
}

/** One fresh page of one variant: load, wait until done, let it settle, read the task time. */
export async function runPage(
  bench: BenchBrowser,
  variant: Variant,
  round: number,
  url: string,
  meter: Meter,
  options: PageRunOptions = {},
): Promise<PageRun> {
  const before = variant.name === 'ours' ? await meter.read() : null;
  const page = await articleTab(bench);
  const cdp = await page.createCDPSession();
  try {
    // Before navigation, so that the task time covers the page's whole life.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    let resolveDone: (json: string) => void = () => {};
    const done = new Promise<string>((ok) => (resolveDone = ok));
    await page.exposeFunction(DONE_BINDING, (json: string) => resolveDone(json));
    await page.evaluateOnNewDocument(
      probeScript({
        doneAtLoad: variant.name === 'page',
        highlightPrefix: HIGHLIGHT_PREFIX,
        commonWayAttribute: REPORT_ATTRIBUTE,
        giveUpMs: options.giveUpMs ?? null,
      }),
    );
    // The navigation is not awaited to its end (goto waits for DOMContentLoaded at least): the
    // probe's report ends the run, or a navigation that fails.
    const navigated = page.goto(`https://${variant.host}${url}`, {
      waitUntil: 'domcontentloaded',
      timeout: DONE_TIMEOUT_MS,
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), DONE_TIMEOUT_MS)));
    const json = await Promise.race([done, timeout, navigated.then(() => done)]).finally(() => clearTimeout(timer));
    if (json === null) throw new Error(`not done within ${DONE_TIMEOUT_MS / 1000} s (no marks seen)`);
    const probe = JSON.parse(json) as ProbeResult;
    const send = (method: 'Performance.getMetrics') => cdp.send(method);
    let reads = 1;
    let task = await taskMs(send);
    for (; reads < SETTLE_MAX_READS; reads++) {
      await sleep(SETTLE_MS);
      const next = await taskMs(send);
      const quiet = next - task < SETTLE_TOLERANCE_MS;
      task = next;
      if (quiet) break;
    }
    const commonWayJson = (await page.evaluate(
      `document.documentElement.getAttribute(${JSON.stringify(REPORT_ATTRIBUTE)})`,
    )) as string | null;
    const commonWay = commonWayJson ? (JSON.parse(commonWayJson) as CommonWayReport) : null;
    // Counted here, after the task time is read, so that the count costs no variant anything.
    const articleWords = commonWay ? ((await evaluateSource(page, wordsIn, commonWay.article)) as number) : null;
    const ourMarks = (await page.evaluate(COUNT_OUR_MARKS)) as number;
    const offThread = before ? offThreadSpent(before, await meter.read()) : null;
    const heapMb = await heapUsedMb(send);
    // Last: the scroll's own work must not count in the load's task time above.
    const scroll = options.scroll === false ? null : await measureScroll(page, cdp);
    return {
      variant: variant.name,
      round,
      taskMs: task - probe.pollMs,
      settleReads: reads,
      marksVisibleAt: commonWay ? (commonWay.job === 'readability' ? null : commonWay.doneAt) : probe.marksSeenAt,
      domContentLoaded: probe.domContentLoaded,
      load: probe.load,
      longTasksAfterDcl: probe.longTasks.filter((t) => t.start >= probe.domContentLoaded),
      marks: commonWay ? commonWay.marks : ourMarks,
      commonWay,
      articleWords,
      probe: { polls: probe.polls, ms: probe.pollMs },
      scroll,
      offThread,
      heapMb,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** Words in the elements a comma-separated selector list names (the whole body for the fallback). */
function wordsIn(selectors: string): number {
  const elements = selectors.startsWith('body') ? [document.body] : [...document.querySelectorAll(selectors)];
  return elements.reduce((n, el) => n + (el.textContent ?? '').split(/\s+/).filter(Boolean).length, 0);
}

export function failedRun(variant: Variant, round: number, error: unknown): PageRun {
  return {
    variant: variant.name,
    round,
    taskMs: NaN,
    settleReads: 0,
    marksVisibleAt: null,
    domContentLoaded: 0,
    load: 0,
    longTasksAfterDcl: [],
    marks: 0,
    commonWay: null,
    articleWords: null,
    probe: { polls: 0, ms: 0 },
    scroll: null,
    offThread: null,
    heapMb: null,
    error: error instanceof Error ? error.message : String(error),
  };
}

/** Null when every run failed: the table leaves the variant out and the failures are printed. */
function summarize(variant: Variant, runs: readonly PageRun[], pageMedian: number | null): VariantSummary | null {
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return null;
  const visible = ok.map((r) => r.marksVisibleAt).filter((t): t is number => t !== null);
  const counts = ok.map((r) => r.longTasksAfterDcl.filter((t) => t.duration > LONG_TASK_MS).length);
  return {
    name: variant.name,
    label: variant.label,
    runs: ok.length,
    failed: runs.length - ok.length,
    taskMs: spread(ok.map((r) => r.taskMs)),
    addedMs: pageMedian === null || variant.name === 'page' ? null : spread(ok.map((r) => r.taskMs - pageMedian)),
    marksVisibleAt: visible.length ? spread(visible) : null,
    longestTaskAfterDcl: spread(ok.map((r) => Math.max(0, ...r.longTasksAfterDcl.map((t) => t.duration)))),
    longTasksAfterDcl: { total: counts.reduce((a, b) => a + b, 0), maxPerRun: Math.max(...counts) },
    marks: spread(ok.map((r) => r.marks)),
    ...afterLoadSpreads(ok),
  };
}

function afterLoadSpreads(
  runs: readonly PageRun[],
): Pick<VariantSummary, 'paintPerFrame' | 'mainPerFrame' | 'worstFrame' | 'offscreenMs' | 'workerMs'> {
  const scrolls = runs.map((r) => r.scroll).filter((s): s is ScrollCost => s !== null);
  const of = (pick: (s: ScrollCost) => number) => (scrolls.length ? spread(scrolls.map(pick)) : null);
  const elsewhere = (pick: (o: OffThreadMs) => number | null) => {
    const values = runs.map((r) => (r.offThread ? pick(r.offThread) : null)).filter((v): v is number => v !== null);
    return values.length ? spread(values) : null;
  };
  return {
    paintPerFrame: of((s) => s.paintMsPerFrame),
    mainPerFrame: of((s) => s.mainMsPerFrame),
    worstFrame: of((s) => s.worstFrameMs),
    offscreenMs: elsewhere((o) => o.offscreen),
    workerMs: elsewhere((o) => o.worker),
  };
}

function commonWaySummary(runs: readonly PageRun[]): SizeReport['commonWay'] {
  const markjsRuns = runs.filter((r) => r.variant === 'markjs' && r.commonWay);
  const reports = markjsRuns.map((r) => r.commonWay!);
  const first = markjsRuns[0];
  if (!first?.commonWay) return null;
  return {
    article: first.commonWay.article,
    articleWords: first.articleWords ?? 0,
    readabilityMs: spread(reports.map((r) => r.readabilityMs)),
    markMs: spread(reports.map((r) => r.markMs)),
    marks: spread(reports.map((r) => r.marks)),
  };
}

export interface MainThreadOptions {
  root: string;
  runs?: number;
}

export async function runMainThreadBench(options: MainThreadOptions): Promise<MainThreadReport> {
  const started = Date.now();
  const { root } = options;
  const runsPerVariant = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runsPerVariant) || runsPerVariant < 1)
    throw new Error(`--runs must be a whole number ≥ 1, got ${runsPerVariant}`);
  const dist = await ensureChromeBuild(root);
  const articles = ARTICLE_WORDS.map((words) => ({ path: articlePath(words), article: buildLongArticle(root, words) }));
  const glossaryPath = join(dist, 'glossary.json');
  const commonWay = writeCommonWayExtension(root, glossaryPath);
  const fallback = writeFallbackExtension(dist);
  let session: ChromiumSession | undefined;
  try {
    // Ours, the common way and our fallback, in one browser.
    session = await launchChromium({ extensionDir: dist, moreExtensionDirs: [commonWay.dir, fallback.dir] });
    const bench: BenchBrowser = { session, articles: new Map(articles.map((a) => [a.path, a.article.html])) };
    // "Chrome/156.0.8078.114": the version alone.
    const chromium = (await session.browser.version()).replace(/^[^/]*\//, '');
    const meter = await openMeter(session.extensionId, session.browser);
    // One unmeasured page of ours first: the offscreen document and the glossary start once per
    // browser, not once per article, and the meter needs the document to exist.
    await runPage(bench, VARIANTS.find((v) => v.name === 'ours')!, -1, articles[0]!.path, meter).catch(() => null);
    const sizeReports: SizeReport[] = [];
    for (const { path, article } of articles) {
      const runs = await runRounds(
        bench,
        path,
        runsPerVariant,
        `${article.words.toLocaleString('en-US')} words`,
        meter,
      );
      sizeReports.push(
        sizeReport({ url: path, words: article.words, paragraphs: article.paragraphs, source: article.source }, runs),
      );
    }
    progress('');
    const cpu = cpus();
    const report: MainThreadReport = {
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        node: process.version,
        chromium,
        os: `${platform()} ${release()}`,
      },
      setup: {
        runsPerVariant,
        order: 'round-robin, order rotated each round, a fresh page per run, one browser',
        pollMs: PROBE_POLL_MS,
        readability: READABILITY_CALL,
        markjs: describeMarkJs(commonWay.terms),
        terms: commonWay.terms,
        termsSource: 'dist/chrome/glossary.json: every name, alias and short name',
      },
      articles: sizeReports,
      sizes: scriptSizes(dist),
      elapsedSeconds: (Date.now() - started) / 1000,
    };
    writeReport(root, report);
    printMainThreadReport(report);
    return report;
  } finally {
    await session?.close();
    commonWay.close();
    fallback.close();
  }
}

/** In the page: how many ranges our highlights hold (the current mention's left out). */
export const COUNT_OUR_MARKS = `(() => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith(${JSON.stringify(HIGHLIGHT_PREFIX)}) && name !== ${JSON.stringify(`${HIGHLIGHT_PREFIX}current`)}) n += h.size; }); return n; })()`;

/** Reads the extension's off-thread time; reads nothing where the browser would not be metered. */
export interface Meter {
  read(): Promise<OffThreadMs>;
}

export async function openMeter(extensionId: string, browser: Browser): Promise<Meter> {
  const origin = `chrome-extension://${extensionId}/`;
  const meter = await OffThreadMeter.open(browser, origin).catch(() => null);
  return { read: () => (meter ? meter.read(origin) : Promise.resolve({ offscreen: null, worker: null })) };
}

/** Round-robin, the order turning each round: a machine that slows down during the run (other
 *  work on its 2 cores) weighs on every variant alike. */
async function runRounds(
  bench: BenchBrowser,
  path: string,
  rounds: number,
  label: string,
  meter: Meter,
): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < VARIANTS.length; i++) {
      const variant = VARIANTS[(i + round) % VARIANTS.length]!;
      progress(`main-thread: ${label}, round ${round + 1}/${rounds}, ${variant.label}…`);
      runs.push(
        await runPage(bench, variant, round, path, meter).catch((error: unknown) => failedRun(variant, round, error)),
      );
    }
  }
  return runs;
}

function sizeReport(article: SizeReport['article'], runs: PageRun[]): SizeReport {
  const pageRuns = runs.filter((r) => r.variant === 'page' && !r.error);
  const pageMedian = pageRuns.length ? median(pageRuns.map((r) => r.taskMs)) : null;
  const variants = VARIANTS.map((v) =>
    summarize(
      v,
      runs.filter((r) => r.variant === v.name),
      pageMedian,
    ),
  ).filter((v): v is VariantSummary => v !== null);
  const of = (name: VariantName) => variants.find((v) => v.name === name);
  const ours = of('ours')?.addedMs?.median;
  const markjs = of('markjs')?.addedMs?.median;
  const oursPaint = of('ours')?.paintPerFrame?.median;
  const pagePaint = of('page')?.paintPerFrame?.median;
  return {
    article,
    variants,
    ratioOursToMarkjs: ours !== undefined && markjs !== undefined && markjs > 0 ? ours / markjs : null,
    paintRatioOursToPage:
      oursPaint !== undefined && pagePaint !== undefined && pagePaint > 0 ? oursPaint / pagePaint : null,
    commonWay: commonWaySummary(runs),
    runs,
  };
}

function writeReport(root: string, report: MainThreadReport): void {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-main-thread.json'), `${JSON.stringify(report, null, 2)}\n`);
}
