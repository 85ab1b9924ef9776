// Short names ("Putin", "Lukashenko", "Tập") resolve to an actor only when the text already named
// that actor in full, or when no other actor of the glossary has the same short name.
import type { IndexEntry, ShortEntry } from './alias-index.ts';
import { NAME_PARTICLES } from './lexicon.ts';
import {
  FUNCTION_WORD_SET,
  TITLE_PHRASES,
  type Scan,
  casesPass,
  inCapsRun,
  isSentenceInitial,
  keyAt,
  mentionEndingAt,
  spellingAt,
} from './scan.ts';
import type { MentionBasis } from './types.ts';

export interface Resolution {
  actorId: string;
  basis: MentionBasis;
}

/** Resolves the short names among a trie node's `entries` at token `i`. One pass over the
 *  entries and no array built: most nodes hold no short name at all. */
export function resolveShortName(scan: Scan, i: number, entries: readonly IndexEntry[]): Resolution | null {
  let firstUsable: ShortEntry | null = null;
  let owner: string | null = null; // the one actor owning every short name here, if only one does
  let sharedOwner = true;
  let latest: ShortEntry | null = null; // the usable one whose actor was named in full most recently
  let latestAt = -1;
  let hasTitle: boolean | undefined; // asked only of a short name that needs a title
  for (const entry of entries) {
    if (entry.kind !== 'short') continue;
    if (owner === null) {
      // Met a short name: a given name before the word rules them all out.
      if (followsOtherGivenName(scan, i)) return null;
      owner = entry.actorId;
    } else if (entry.actorId !== owner) sharedOwner = false;
    if (!casesPass(scan, i, entry.cases)) continue;
    if (entry.needsTitle && !(hasTitle ??= TITLE_PHRASES.lengthEndingAt(scan.run, i) > 0)) continue;
    firstUsable ??= entry;
    const at = scan.lastFull.get(entry.actorNumber);
    if (at > latestAt) {
      latest = entry;
      latestAt = at;
    }
  }
  if (firstUsable === null) return null;
  if (latest !== null) return { actorId: latest.actorId, basis: 'short-after-full' };
  return sharedOwner ? { actorId: firstUsable.actorId, basis: 'short-unique' } : null;
}

/** "Melania Trump" is not "Trump": a capitalized word right before a surname is someone's given
 *  name, unless it is a title, a word that merely opens the sentence, or another mention
 *  ("Tổng thống Belarus Lukashenko"). Behind a particle the question is the particle's: "Assad"
 *  in "Hafez al-Assad" is Hafez's, as "al-Assad" is. */
function followsOtherGivenName(scan: Scan, i: number): boolean {
  if (afterParticle(scan, i)) return followsOtherGivenName(scan, i - 2);
  const prev = spellingAt(scan, i - 1);
  if (!prev?.word || !prev.capitalized || scan.run.lineBreakBefore[i] || inCapsRun(scan, i - 1)) return false;
  if (TITLE_PHRASES.lengthEndingAt(scan.run, i) > 0 || mentionEndingAt(scan, i)) return false;
  if (isSentenceInitial(scan, i - 1) && FUNCTION_WORD_SET.has(prev.key)) return false;
  return true;
}

const PARTICLE_SET = new Set(NAME_PARTICLES);

/** Is token `i` written tight after a particle and a dash ("al-Assad", "el-Sisi")? */
function afterParticle(scan: Scan, i: number): boolean {
  if (i < 2 || keyAt(scan, i - 1) !== '-' || !PARTICLE_SET.has(keyAt(scan, i - 2)!)) return false;
  const { starts, ends } = scan.run;
  return ends[i - 2] === starts[i - 1] && ends[i - 1] === starts[i];
}
