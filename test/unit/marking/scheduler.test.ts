// Our work on the page's thread runs in slices: in the browser's idle time as much of each idle
// period as it offers (up to IDLE_SLICE_MS), a short slice when the page is too busy to be idle.
import { afterAll, describe, expect, it, vi } from 'vitest';

type IdleCallback = (d: { timeRemaining(): number; didTimeout: boolean }) => void;
const pending: IdleCallback[] = [];
vi.stubGlobal('requestIdleCallback', (cb: IdleCallback) => pending.push(cb));
afterAll(() => vi.unstubAllGlobals());

const { IDLE_SLICE_MS, SLICE_MS, now, runInSlices } = await import('../../../src/marking/scheduler.ts');

/** Lets the browser run the next idle callback, with this much idle time left (or timed out). */
async function idle(remaining: number, didTimeout = false): Promise<void> {
  await vi.waitFor(() => expect(pending.length).toBe(1));
  pending.shift()!({ timeRemaining: () => remaining, didTimeout });
}

describe('runInSlices', () => {
  it('runs the first slice at once, then one per idle period, as long as the period allows', async () => {
    const budgets: number[] = [];
    const done = runInSlices((deadline) => {
      budgets.push(deadline - now());
      return budgets.length === 4;
    });
    expect(budgets).toHaveLength(1);
    await idle(49.9);
    await idle(12);
    await idle(45, true); // the page was too busy: a short slice all the same
    await done;
    const [first, long, short, busy] = budgets;
    expect(first).toBeLessThanOrEqual(SLICE_MS);
    expect(first).toBeGreaterThan(SLICE_MS - 2);
    expect(long).toBeLessThanOrEqual(IDLE_SLICE_MS);
    expect(long).toBeGreaterThan(IDLE_SLICE_MS - 2);
    expect(short).toBeLessThanOrEqual(12);
    expect(short).toBeGreaterThan(10);
    expect(busy).toBeLessThanOrEqual(SLICE_MS);
    expect(pending).toEqual([]);
  });
});
