// The scroll benchmark's reading of a trace: frames are the page's stamps, work is counted on the
// stamped thread only, and nested events are not counted twice.
import { describe, expect, it } from 'vitest';
import { FRAME_STAMP, scrollCostOf, type TraceEvent } from '../../bench/scroll-cost.ts';

const MAIN = { pid: 7, tid: 1 };
const stamp = (ts: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ts,
  ...MAIN,
  args: { data: { message: FRAME_STAMP } },
});
const event = (name: string, ts: number, dur: number, where = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...where,
});

describe('scroll cost from a trace', () => {
  it('splits the stamped thread’s work into frames: paint, busy time and the worst frame', () => {
    const events = [
      stamp(0),
      stamp(16_000),
      stamp(32_000),
      event('ThreadControllerImpl::RunTask', 1_000, 5_000),
      event('Paint', 2_000, 3_000),
      event('Paint', 2_500, 1_000), // inside the first Paint: not counted again
      event('ThreadControllerImpl::RunTask', 17_000, 9_000),
      event('PrePaint', 18_000, 1_000),
      event('Paint', 19_000, 2_000),
      event('Paint', 20_000, 50_000, { pid: 8, tid: 1 }), // another renderer: not this page
      event('ThreadControllerImpl::RunTask', 40_000, 9_000), // after the last stamp
    ];
    expect(scrollCostOf(events)).toEqual({ frames: 2, paintMsPerFrame: 3, mainMsPerFrame: 7, worstFrameMs: 9 });
  });

  it('gives nothing when the page left fewer than two stamps', () => {
    expect(scrollCostOf([stamp(0), event('Paint', 10, 5)])).toBeNull();
  });
});
