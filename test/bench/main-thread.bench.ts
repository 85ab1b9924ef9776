// The main-thread benchmark: what the extension costs the page's own thread on a long article, in
// real Chromium, side by side in the same browser with the page alone and with the same job done
// the common way (Readability + mark.js in the page). Time is the renderer's main-thread task time
// (CDP Performance.getMetrics TaskDuration) of each page, fresh page each run; long tasks come from
// the page's own Long Tasks observer. Reported, never asserted: speed depends on the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { evaluateSource, launchChromium, type ChromiumSession } from '../browser/harness/index.ts';
import { HIGHLIGHT_PREFIX } from '../../src/content/marks.ts';
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
import { buildLongArticle } from './long-article.ts';
import { DONE_BINDING, PROBE_POLL_MS, probeScript, type ProbeResult } from './page-probe.ts';
import { printMainThreadReport } from './main-thread-table.ts';
import { median } from './timing.ts';

export const DEFAULT_RUNS = 5;
const ARTICLE_PATH = '/the-gioi/bai-dai-16500-chu.html';
/** A host nothing is loaded on: the page alone. */
const PAGE_ALONE_HOST = 'page-alone.test';
/** A page that shows no marks within this long counts as failed (and is reported so). */
const DONE_TIMEOUT_MS = 30_000;
/** After the variant is done, wait until the page's task time stops growing (our work may go on
 *  in small slices after the first marks are painted). */
const SETTLE_MS = 400;
const SETTLE_TOLERANCE_MS = 1;
const SETTLE_MAX_READS = 8;
/** Tasks longer than this make a page feel stuck (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

export type VariantName = 'page' | 'readability' | 'markjs' | 'ours';

interface Variant {
  name: VariantName;
  label: string;
  host: string;
}

const VARIANTS: readonly Variant[] = [
  { name: 'page', label: 'page alone (no extension)', host: PAGE_ALONE_HOST },
  { name: 'readability', label: 'Readability in the page', host: READABILITY_HOST },
  { name: 'markjs', label: 'Readability + mark.js in the page (b)', host: MARKJS_HOST },
  { name: 'ours', label: 'Bối cảnh', host: 'vnexpress.net' },
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
}

export interface MainThreadReport {
  machine: { cpu: string; cores: number; node: string; chromium: string; os: string };
  article: { url: string; words: number; paragraphs: number; source: string };
  setup: { runsPerVariant: number; order: string; pollMs: number; readability: string; markjs: string; terms: number; termsSource: string };
  variants: VariantSummary[];
  ratioOursToMarkjs: number | null;
  commonWay: { article: string; articleWords: number; readabilityMs: Spread; markMs: Spread; marks: Spread } | null;
  sizes: ScriptSizes;
  runs: PageRun[];
  elapsedSeconds: number;
}

/** One line of progress, overwritten in place; nothing in a log that is not a terminal. */
function progress(line: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r${line.slice(0, 78).padEnd(78)}\r`);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** Serves the long article at ARTICLE_PATH on every variant's host; refuses everything else, so no
 *  variant waits on a network this machine does not have. Only http(s): extension resources pass. */
async function serveArticle(context: BrowserContext, html: string): Promise<void> {
  await context.route(/^https?:\/\//, (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname === ARTICLE_PATH && VARIANTS.some((v) => v.host === url.hostname)) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.abort('blockedbyclient');
  });
}

async function taskMs(send: (method: 'Performance.getMetrics') => Promise<{ metrics: { name: string; value: number }[] }>): Promise<number> {
  const { metrics } = await send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('CDP Performance.getMetrics gave no TaskDuration');
  return task.value * 1000;
}

/** One fresh page of one variant: load, wait until done, let it settle, read the task time. */
async function runPage(context: BrowserContext, variant: Variant, round: number, url: string): Promise<PageRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    // Before navigation, so that the task time covers the page's whole life.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    let resolveDone: (json: string) => void = () => {};
    const done = new Promise<string>((ok) => (resolveDone = ok));
    await page.exposeBinding(DONE_BINDING, (_source, json: string) => resolveDone(json));
    await page.addInitScript(
      probeScript({ doneAtLoad: variant.name === 'page', highlightPrefix: HIGHLIGHT_PREFIX, commonWayAttribute: REPORT_ATTRIBUTE }),
    );
    await page.goto(`https://${variant.host}${url}`, { waitUntil: 'commit' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), DONE_TIMEOUT_MS)));
    const json = await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
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
    const commonWayJson = (await page.evaluate(`document.documentElement.getAttribute(${JSON.stringify(REPORT_ATTRIBUTE)})`)) as string | null;
    const commonWay = commonWayJson ? (JSON.parse(commonWayJson) as CommonWayReport) : null;
    // Counted here, after the task time is read, so that the count costs no variant anything.
    const articleWords = commonWay ? ((await evaluateSource(page, wordsIn, commonWay.article)) as number) : null;
    const ourMarks = (await page.evaluate(
      `(() => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith(${JSON.stringify(HIGHLIGHT_PREFIX)}) && name !== ${JSON.stringify(HIGHLIGHT_PREFIX + 'current')}) n += h.size; }); return n; })()`,
    )) as number;
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

function failedRun(variant: Variant, round: number, error: unknown): PageRun {
  return {
    variant: variant.name, round, taskMs: NaN, settleReads: 0, marksVisibleAt: null, domContentLoaded: 0, load: 0,
    longTasksAfterDcl: [], marks: 0, commonWay: null, articleWords: null, probe: { polls: 0, ms: 0 },
    error: error instanceof Error ? error.message : String(error),
  };
}

function summarize(variant: Variant, runs: readonly PageRun[], pageMedian: number | null): VariantSummary {
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) throw new Error(`${variant.label}: every run failed (${runs[0]?.error ?? 'no runs'})`);
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
  };
}

function commonWaySummary(runs: readonly PageRun[]): MainThreadReport['commonWay'] {
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
  if (!Number.isInteger(runsPerVariant) || runsPerVariant < 1) throw new Error(`--runs must be a whole number ≥ 1, got ${runsPerVariant}`);
  const dist = await ensureChromeBuild(root);
  const article = buildLongArticle(root);
  const glossaryPath = join(dist, 'glossary.json');
  const commonWay = writeCommonWayExtension(root, glossaryPath);
  let session: ChromiumSession | undefined;
  const runs: PageRun[] = [];
  try {
    // Chromium's --load-extension takes a comma-separated list: ours and the common way, one browser.
    session = await launchChromium({ extensionDir: `${dist},${commonWay.dir}` });
    await serveArticle(session.context, article.html);
    const chromium = session.context.browser()?.version() ?? 'unknown';
    // Round-robin, the order turning each round: a machine that slows down during the run
    // (other work on its 2 cores) weighs on every variant alike.
    for (let round = 0; round < runsPerVariant; round++) {
      for (let i = 0; i < VARIANTS.length; i++) {
        const variant = VARIANTS[(i + round) % VARIANTS.length]!;
        progress(`main-thread: round ${round + 1}/${runsPerVariant}, ${variant.label}…`);
        runs.push(await runPage(session.context, variant, round, ARTICLE_PATH).catch((error: unknown) => failedRun(variant, round, error)));
      }
    }
    progress('');
    const pageRuns = runs.filter((r) => r.variant === 'page' && !r.error);
    const pageMedian = pageRuns.length ? median(pageRuns.map((r) => r.taskMs)) : null;
    const variants = VARIANTS.map((v) => summarize(v, runs.filter((r) => r.variant === v.name), pageMedian));
    const ours = variants.find((v) => v.name === 'ours')?.addedMs?.median;
    const markjs = variants.find((v) => v.name === 'markjs')?.addedMs?.median;
    const cpu = cpus();
    const report: MainThreadReport = {
      machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, chromium, os: `${platform()} ${release()}` },
      article: { url: ARTICLE_PATH, words: article.words, paragraphs: article.paragraphs, source: article.source },
      setup: {
        runsPerVariant,
        order: 'round-robin, order rotated each round, a fresh page per run, one browser',
        pollMs: PROBE_POLL_MS,
        readability: READABILITY_CALL,
        markjs: describeMarkJs(commonWay.terms),
        terms: commonWay.terms,
        termsSource: 'dist/chrome/glossary.json: every name, alias and short name',
      },
      variants,
      ratioOursToMarkjs: ours !== undefined && markjs !== undefined && markjs > 0 ? ours / markjs : null,
      commonWay: commonWaySummary(runs),
      sizes: scriptSizes(dist),
      runs,
      elapsedSeconds: (Date.now() - started) / 1000,
    };
    writeReport(root, report);
    printMainThreadReport(report);
    return report;
  } finally {
    await session?.close();
    commonWay.close();
  }
}

function writeReport(root: string, report: MainThreadReport): void {
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-main-thread.json'), JSON.stringify(report, null, 2) + '\n');
}
