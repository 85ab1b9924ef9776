// The page feeds text node by text node; a name may run across nodes ("Luka" + "shenko",
// "Tổng thống" + "&nbsp;" + "Nga"). Matching runs on the segments joined without separators;
// offsets are then mapped back to (segment, offset) in the original strings.
import type { TextPoint } from './types.ts';

export interface JoinedText {
  text: string;
  /** Offset in `text` where each segment begins. */
  starts: number[];
}

export function joinSegments(segments: readonly string[]): JoinedText {
  if (!Array.isArray(segments)) throw new TypeError('findMentions expects an array of text segments');
  const starts: number[] = [];
  let length = 0;
  segments.forEach((segment, i) => {
    if (typeof segment !== 'string') throw new TypeError(`findMentions: segment ${i} is not a string`);
    starts.push(length);
    length += segment.length;
  });
  return { text: segments.join(''), starts };
}

/**
 * Maps offsets of the joined text back to (segment, offset) points, for offsets that never
 * decrease (mentions come in text order): each is found by stepping on from the last, not by a
 * search. A start cursor puts an offset in the last segment starting at or before it: inside
 * the segment that holds the character, never at the end of the segment before or in an empty
 * segment. An end cursor (exclusive ends) uses the last segment starting strictly before it, so
 * a mention ending where a segment ends reads (that segment, its length), not (next segment, 0).
 */
export class SegmentCursor {
  private segment = 0;

  constructor(
    private readonly joined: JoinedText,
    private readonly forEnds: boolean,
  ) {}

  pointAt(pos: number): TextPoint {
    const { starts } = this.joined;
    let segment = this.segment;
    while (segment + 1 < starts.length && this.startsBy(starts[segment + 1]!, pos)) segment++;
    this.segment = segment;
    return { segment, offset: pos - starts[segment]! };
  }

  /** Does a segment starting at `start` hold `pos` or come before it? */
  private startsBy(start: number, pos: number): boolean {
    return this.forEnds ? start < pos : start <= pos;
  }
}
