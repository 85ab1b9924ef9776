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

/** Largest segment index whose start is <= pos (strict: < pos). */
function lastSegmentStartingBefore(starts: readonly number[], pos: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (strict ? s < pos : s <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The point of a character that starts a mention: inside the segment that holds it, never at
 *  the end of the segment before or in an empty segment. */
export function startPoint(joined: JoinedText, pos: number): TextPoint {
  const segment = lastSegmentStartingBefore(joined.starts, pos, false);
  return { segment, offset: pos - joined.starts[segment]! };
}

/** The exclusive end of a mention: in the segment that holds its last character, so a mention
 *  ending where a segment ends reads (that segment, its length), not (next segment, 0). */
export function endPoint(joined: JoinedText, pos: number): TextPoint {
  const segment = lastSegmentStartingBefore(joined.starts, pos, true);
  return { segment, offset: pos - joined.starts[segment]! };
}
