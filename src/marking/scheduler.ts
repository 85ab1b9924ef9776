// Our work on the page's thread is cut into slices of a few milliseconds, each its own task, so
// that none of our tasks comes near the 50 ms that makes a page feel stuck. Timer functions are
// captured once at start: the page may replace its globals later (content scripts in Chrome and
// Firefox see their own copies, but fallback code in odd contexts might not).

const idle:
  | ((cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void, o?: { timeout: number }) => number)
  | undefined = typeof requestIdleCallback === 'function' ? requestIdleCallback.bind(globalThis) : undefined;
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

/** The longest slice we run in one task when the browser is busy (our idle callback timed out). */
export const SLICE_MS = 8;
/** The longest slice we run in the browser's idle time. Its idle periods last up to 50 ms, and it
 *  runs an idle callback posted during one only in the next: 8 ms slices would use a sixth of the
 *  idle time and take six times as long. The margin keeps the task under 50 ms when the slice ends
 *  late and what follows it in the same task runs (measured on the huge page: 42-54 ms at 40). */
export const IDLE_SLICE_MS = 30;

/** Waits for the next slice: idle time when the browser offers it, a plain task otherwise. The
 *  idle timeout keeps a busy page from starving us forever. Resolves with the slice's deadline. */
export function nextSlice(): Promise<number> {
  return new Promise((resolve) => {
    if (idle)
      idle((d) => resolve(now() + (d.didTimeout ? SLICE_MS : Math.min(d.timeRemaining(), IDLE_SLICE_MS))), {
        timeout: 150,
      });
    else timeout(() => resolve(now() + SLICE_MS), 0);
  });
}

/** Runs `step(deadline)` once per slice until it returns true: the first at once, for SLICE_MS. */
export async function runInSlices(step: (deadline: number) => boolean): Promise<void> {
  let deadline = now() + SLICE_MS;
  while (!step(deadline)) deadline = await nextSlice();
}

export { now, timeout };
