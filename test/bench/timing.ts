// Timing helpers. Benchmarks report; they never assert on speed (a loaded CI machine would make
// such a test fail for nothing).
import type { BenchText } from './bench-text.ts';

export interface Throughput {
  /** Median MB/s (10^6 UTF-8 bytes per second) over the timed passes. */
  mbPerSecond: number;
  /** Complete passes over the whole text that were timed (0 when even one did not fit the budget). */
  passes: number;
  /** True when the time budget ran out inside the first pass: MB/s is from the pages read then. */
  extrapolated: boolean;
  /** Mentions per page, from the first timed pass (shorter than the page list when extrapolated). */
  mentionsByPage: number[];
}

export interface ThroughputOptions {
  /** At most this many timed samples… */
  samples: number;
  /** …each a run of whole passes lasting at least this long: a fast contender reads the ~400 KB
   *  text in a few milliseconds, and one short pass says more about a busy machine than about it. */
  minSampleMs: number;
  /** …and no more samples once this much time has gone into them. */
  budgetMs: number;
  /** Untimed warm-up before the first pass, so the JIT has compiled the hot paths. */
  warmupMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Whole passes until `warmupMs` have gone by (checked after each page, so one slow page ends it):
 *  a small text is read over and over, not once. */
function warmUp(countPage: (page: readonly string[]) => number, text: BenchText, warmupMs: number): void {
  if (text.pages.length === 0) return;
  const start = performance.now();
  for (;;) {
    for (const page of text.pages) {
      countPage(page);
      if (performance.now() - start > warmupMs) return;
    }
  }
}

/** Time one pass; stops early (partial) once `budgetMs` is spent, for the very slow contenders. */
function timePass(countPage: (page: readonly string[]) => number, text: BenchText, budgetMs: number) {
  const mentionsByPage: number[] = [];
  let bytes = 0;
  let elapsed = 0;
  for (const [p, page] of text.pages.entries()) {
    const start = performance.now();
    mentionsByPage.push(countPage(page));
    elapsed += performance.now() - start;
    bytes += text.pageBytes[p] as number;
    if (elapsed > budgetMs && mentionsByPage.length < text.pages.length) break;
  }
  return {
    mentionsByPage,
    mbPerSecond: bytes / 1e6 / (elapsed / 1000),
    complete: mentionsByPage.length === text.pages.length,
    elapsed,
  };
}

/** Median throughput of up to `samples` samples of at least `minSampleMs` each, within
 *  `budgetMs`. The first pass is timed alone and stops early for the very slow contenders. */
export function measureThroughput(
  countPage: (page: readonly string[]) => number,
  text: BenchText,
  options: ThroughputOptions,
): Throughput {
  warmUp(countPage, text, options.warmupMs);
  const first = timePass(countPage, text, options.budgetMs);
  if (!first.complete) {
    return { mbPerSecond: first.mbPerSecond, passes: 0, extrapolated: true, mentionsByPage: first.mentionsByPage };
  }
  const rates: number[] = [];
  let passes = 1;
  let spent = first.elapsed;
  while (rates.length < options.samples && spent < options.budgetMs) {
    const sample = timeSample(countPage, text, options.minSampleMs);
    rates.push(sample.mbPerSecond);
    passes += sample.passes;
    spent += sample.elapsed;
  }
  // A contender so slow that not one sample fit the budget is reported from its first pass.
  return {
    mbPerSecond: rates.length ? median(rates) : first.mbPerSecond,
    passes,
    extrapolated: false,
    mentionsByPage: first.mentionsByPage,
  };
}

/** Whole passes until at least `minMs` have gone into them; MB/s over all of them. */
function timeSample(countPage: (page: readonly string[]) => number, text: BenchText, minMs: number) {
  let passes = 0;
  let elapsed = 0;
  while (elapsed < minMs) {
    elapsed += timePass(countPage, text, Infinity).elapsed;
    passes++;
  }
  return { passes, elapsed, mbPerSecond: (text.bytes * passes) / 1e6 / (elapsed / 1000) };
}

/** Median wall time of `repeats` builds; returns the last built value for the search runs. */
export function measureBuild<T>(build: () => T, repeats: number): { ms: number; built: T } {
  const times: number[] = [];
  let built: T | undefined;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    built = build();
    times.push(performance.now() - start);
  }
  return { ms: median(times), built: built as T };
}
