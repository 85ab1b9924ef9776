// The matcher: one left-to-right pass over the tokens of a text, longest match first, against
// the trie of the glossary. What it finds is exactly what the glossary build counts and what
// the page highlights.
import { buildIndex, type ActorIndex, type AliasEntry, type IndexEntry, type ShortEntry } from './alias-index.ts';
import { oneSyllableAccepted } from './country-context.ts';
import { type Scan, casesPass, createScan } from './scan.ts';
import { endPoint, joinSegments, startPoint, type JoinedText } from './segments.ts';
import { resolveShortName } from './short-names.ts';
import { readTokens } from './tokenize.ts';
import type { Actor, Mention, MentionBasis } from './types.ts';

export interface Matcher {
  /** Mentions in a sequence of text segments, read as one text: a name may run across
   *  segments. Segments are joined without separators, so a caller feeding separate blocks
   *  (paragraphs) in one call should put a "\n" segment between them. Short names resolve
   *  against full names earlier in the same call. */
  findMentions(segments: readonly string[]): Mention[];
}

const CONFIDENCE: Record<MentionBasis, number> = {
  alias: 1,
  'short-after-full': 0.9,
  'short-unique': 0.7,
};

export function buildMatcher(actors: readonly Actor[]): Matcher {
  const index = buildIndex(actors);
  return { findMentions: (segments) => findMentions(index, segments) };
}

/** Mentions in a single segment of text. */
export function findMentionsInText(matcher: Matcher, text: string): Mention[] {
  return matcher.findMentions([text]);
}

function findMentions(index: ActorIndex, segments: readonly string[]): Mention[] {
  const joined = joinSegments(segments);
  const run = readTokens(joined.text, index.spellings);
  const scan = createScan(run, index);
  const { spellings } = run;
  for (let i = 0; i < run.count; ) {
    // Four words in five start no glossary entry: step over them without a call.
    if (spellings[i]!.first === undefined) i++;
    else i = matchAt(scan, i) ?? i + 1;
  }
  return scan.found.map((found) => {
    const start = run.starts[found.start]!;
    const end = run.ends[found.end - 1]!;
    return toMention(joined, found.actorId, start, end, found.basis);
  });
}

/** Tries every glossary entry that starts at token `i`, longest first. Returns the index after
 *  what was consumed (a mention or a negative entry), or null when nothing matched here. */
function matchAt(scan: Scan, i: number): number | null {
  if (!scan.spellings[i]!.word) return null;
  const { hits } = scan;
  scan.index.hitsAt(scan.spellings, scan.run.lineBreakBefore, i, hits);
  for (let h = hits.count - 1; h >= 0; h--) {
    const end = hits.ends[h]!;
    const entries = hits.entries[h]!;
    const alias = acceptedAlias(scan, i, entries);
    if (alias) {
      scan.found.push({ actorId: alias.actorId, start: i, end, basis: 'alias' });
      scan.lastFull.set(alias.actorId, i);
      return end;
    }
    // A known compound or place ("mỹ thuật", "Mỹ Tho") consumes its words and names no one.
    if (negativeAccepted(scan, i, entries)) return end;
    const resolved = resolveShortName(scan, i, shortEntries(entries));
    if (resolved) {
      scan.found.push({ actorId: resolved.actorId, start: i, end, basis: resolved.basis });
      return end;
    }
  }
  return null;
}

function negativeAccepted(scan: Scan, i: number, entries: readonly IndexEntry[]): boolean {
  for (const entry of entries) if (entry.kind === 'negative' && casesPass(scan, i, entry.cases)) return true;
  return false;
}

const NO_SHORTS: readonly ShortEntry[] = [];

/** The short names among a node's entries; most nodes have none, and then nothing is allocated. */
function shortEntries(entries: readonly IndexEntry[]): readonly ShortEntry[] {
  let shorts: ShortEntry[] | undefined;
  for (const entry of entries) if (entry.kind === 'short') (shorts ??= []).push(entry);
  return shorts ?? NO_SHORTS;
}

function acceptedAlias(scan: Scan, i: number, entries: readonly IndexEntry[]): AliasEntry | null {
  for (const entry of entries) {
    if (entry.kind !== 'alias' || !casesPass(scan, i, entry.cases)) continue;
    if (entry.oneSyllable || entry.needsCue) {
      if (oneSyllableAccepted(scan, i, entry)) return entry;
      continue;
    }
    return entry;
  }
  return null;
}

function toMention(joined: JoinedText, actorId: string, start: number, end: number, basis: MentionBasis): Mention {
  return {
    actorId,
    start: startPoint(joined, start),
    end: endPoint(joined, end),
    surface: joined.text.slice(start, end),
    basis,
    confidence: CONFIDENCE[basis],
  };
}
