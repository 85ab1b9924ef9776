// Our work on the page's thread is cut into slices of a few milliseconds, each its own task, so
// that none of our tasks comes near the 50 ms that makes a page feel stuck. Timer functions are
// captured once at start: the page may replace its globals later (content scripts in Chrome and
// Firefox see their own copies, but fallback code in odd contexts might not).

const idle: ((cb: (d: { timeRemaining(): number }) => void, o?: { timeout: number }) => number) | undefined =
  typeof requestIdleCallback === 'function' ? requestIdleCallback.bind(globalThis) : undefined;
const rawTimeout = setTimeout.bind(globalThis);
const now = performance.now.bind(performance);

/** Our callbacks (timers, observers, listeners) go through this: one of ours that throws is logged
 *  in our console, never surfaced as an uncaught error in the page's context. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn(`[Bối cảnh] ${where}:`, error);
    }
  };
}

/** setTimeout, guarded. */
function timeout(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
  return rawTimeout(guarded('timer', fn), ms);
}

/** The longest slice we run in one task. */
export const SLICE_MS = 8;

/** Waits for the next slice: idle time when the browser offers it, a plain task otherwise. The
 *  idle timeout keeps a busy page from starving us forever. */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    if (idle) idle(() => resolve(), { timeout: 150 });
    else timeout(resolve, 0);
  });
}

/** Runs `step(deadline)` once per slice until it returns true. */
export async function runInSlices(step: (deadline: number) => boolean, sliceMs = SLICE_MS): Promise<void> {
  for (;;) {
    if (step(now() + sliceMs)) return;
    await nextSlice();
  }
}

/** Calls `work(item)` for each item, a slice at a time. */
export async function forEachInSlices<T>(items: readonly T[], work: (item: T) => void, sliceMs = SLICE_MS): Promise<void> {
  let i = 0;
  await runInSlices((deadline) => {
    while (i < items.length) {
      work(items[i++]!);
      if ((i & 15) === 0 && now() >= deadline) return false;
    }
    return true;
  }, sliceMs);
}

export { now, timeout };
