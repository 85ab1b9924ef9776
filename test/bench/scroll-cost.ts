// What a reader pays while scrolling a marked article: the page is scrolled a fixed step per frame
// under a Chromium trace, each frame stamped from the page (console.timeStamp), and the renderer
// main thread's work between two stamps is that frame's cost. Highlights cost at paint time, which
// no script timer sees, hence the trace: Paint (and PrePaint) for what the highlights add, and the
// main thread's top-level tasks for the frame as a whole.
import type { CDPSession, Page } from 'puppeteer-core';
import { evaluateSource } from '../../tools/browsers/index.ts';

/** Frames scrolled per page, at most (fewer when the page is shorter). */
export const SCROLL_FRAMES = 150;
/** Pixels per frame: a brisk wheel or flick, about 3,600 px a second at 60 frames a second. */
export const SCROLL_STEP_PX = 60;
/** The stamp the page leaves at each frame, the frames' boundaries in the trace. */
export const FRAME_STAMP = 'boi-canh-bench-frame';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'].join(',');
/** The renderer's top-level task, by the name it has had in Chromium's traces over the years. */
const TOP_LEVEL_TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const PAINT_EVENTS = new Set(['Paint', 'PrePaint']);

export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string } };
}

export interface ScrollCost {
  frames: number;
  /** Mean Paint + PrePaint per frame, ms. */
  paintMsPerFrame: number;
  /** Mean main-thread busy time per frame (top-level tasks), ms. */
  mainMsPerFrame: number;
  /** The busiest frame's main-thread time, ms. */
  worstFrameMs: number;
}

/** Total duration of complete events, an event inside an earlier counted one not counted twice. */
function outermostMs(events: readonly TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredUntil) continue;
    total += e.dur ?? 0;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}

/** Splits the stamped thread's work into frames; null when the page left fewer than two stamps. */
export function scrollCostOf(events: readonly TraceEvent[]): ScrollCost | null {
  const stamps = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === FRAME_STAMP)
    .sort((a, b) => a.ts - b.ts);
  const first = stamps[0];
  if (!first || stamps.length < 2) return null;
  const frames = stamps.length - 1;
  const paint: TraceEvent[][] = Array.from({ length: frames }, () => []);
  const tasks: TraceEvent[][] = Array.from({ length: frames }, () => []);
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== first.pid || e.tid !== first.tid) continue;
    const frame = frameAt(stamps, e.ts);
    if (frame < 0) continue;
    if (PAINT_EVENTS.has(e.name)) paint[frame]!.push(e);
    else if (TOP_LEVEL_TASKS.has(e.name)) tasks[frame]!.push(e);
  }
  const paintMs = paint.map(outermostMs);
  const mainMs = tasks.map(outermostMs);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    frames,
    paintMsPerFrame: sum(paintMs) / frames,
    mainMsPerFrame: sum(mainMs) / frames,
    worstFrameMs: Math.max(...mainMs),
  };
}

/** The frame whose stamps enclose `ts` (binary search), -1 outside the stamped span. */
function frameAt(stamps: readonly TraceEvent[], ts: number): number {
  if (ts < stamps[0]!.ts || ts >= stamps[stamps.length - 1]!.ts) return -1;
  let lo = 0;
  let hi = stamps.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (stamps[mid]!.ts <= ts) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Runs in the page: from the top, one scroll step per frame, stamping each frame. */
async function scrollThrough(config: { frames: number; step: number; stamp: string }): Promise<number> {
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const room = document.documentElement.scrollHeight - innerHeight;
  const frames = Math.max(1, Math.min(config.frames, Math.floor(room / config.step)));
  for (let i = 0; i <= frames; i++) {
    await frame();
    console.timeStamp(config.stamp);
    if (i < frames) scrollBy({ top: config.step, behavior: 'instant' });
  }
  return frames;
}

/** Scrolls the page from its top under a trace and returns what the frames cost. */
export async function measureScroll(page: Page, cdp: CDPSession): Promise<ScrollCost | null> {
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  // Let whatever the return to the top set off (our painter's window moving) finish untraced.
  await new Promise((ok) => setTimeout(ok, 300));
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await evaluateSource(page, scrollThrough, { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX, stamp: FRAME_STAMP });
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return scrollCostOf(events);
}
