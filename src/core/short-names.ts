// Short names ("Putin", "Lukashenko", "Tập") resolve to an actor only when the text already named
// that actor in full, or when no other actor of the glossary has the same short name.
import type { ShortEntry } from './alias-index.ts';
import {
  FUNCTION_WORD_SET,
  TITLE_PHRASES,
  type Scan,
  casesPass,
  inCapsRun,
  isSentenceInitial,
  mentionEndingAt,
} from './scan.ts';
import type { MentionBasis } from './types.ts';

export interface Resolution {
  actorId: string;
  basis: MentionBasis;
}

export function resolveShortName(scan: Scan, i: number, shorts: readonly ShortEntry[]): Resolution | null {
  if (shorts.length === 0 || followsOtherGivenName(scan, i)) return null;
  const hasTitle = TITLE_PHRASES.lengthEndingAt(scan.run, i) > 0;
  const usable = shorts.filter((s) => casesPass(scan, i, s.cases) && (!s.needsTitle || hasTitle));
  if (usable.length === 0) return null;
  const named = mostRecentlyNamed(scan, usable);
  if (named) return { actorId: named, basis: 'short-after-full' };
  const owners = new Set(shorts.map((s) => s.actorId));
  if (owners.size === 1) return { actorId: usable[0]!.actorId, basis: 'short-unique' };
  return null;
}

function mostRecentlyNamed(scan: Scan, shorts: readonly ShortEntry[]): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const short of shorts) {
    const at = scan.lastFull.get(short.actorId);
    if (at !== undefined && at > bestAt) {
      best = short.actorId;
      bestAt = at;
    }
  }
  return best;
}

/** "Melania Trump" is not "Trump": a capitalized word right before a surname is someone's given
 *  name, unless it is a title, a word that merely opens the sentence, or another mention
 *  ("Tổng thống Belarus Lukashenko"). */
function followsOtherGivenName(scan: Scan, i: number): boolean {
  const prev = scan.spellings[i - 1];
  if (!prev?.word || !prev.capitalized || scan.run.lineBreakBefore[i] || inCapsRun(scan, i - 1)) return false;
  if (TITLE_PHRASES.lengthEndingAt(scan.run, i) > 0 || mentionEndingAt(scan, i)) return false;
  if (isSentenceInitial(scan, i - 1) && FUNCTION_WORD_SET.has(prev.key)) return false;
  return true;
}
