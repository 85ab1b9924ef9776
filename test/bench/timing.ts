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
  /** At most this many timed passes… */
  passes: number;
  /** …and no more passes once this much time has gone into them. */
  budgetMs: number;
  /** Untimed warm-up before the first pass, so the JIT has compiled the hot paths. */
  warmupMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function warmUp(countPage: (page: readonly string[]) => number, text: BenchText, warmupMs: number): void {
  const start = performance.now();
  for (const page of text.pages) {
    countPage(page);
    if (performance.now() - start > warmupMs) return;
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
  return { mentionsByPage, mbPerSecond: bytes / 1e6 / (elapsed / 1000), complete: mentionsByPage.length === text.pages.length, elapsed };
}

/** Median throughput of up to `passes` passes over the whole text, within `budgetMs`. */
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
  const rates = [first.mbPerSecond];
  let spent = first.elapsed;
  while (rates.length < options.passes && spent < options.budgetMs) {
    const pass = timePass(countPage, text, Infinity);
    rates.push(pass.mbPerSecond);
    spent += pass.elapsed;
  }
  return { mbPerSecond: median(rates), passes: rates.length, extrapolated: false, mentionsByPage: first.mentionsByPage };
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
