// The matcher: one left-to-right pass over the tokens of a text, longest match first, against
// the trie of the glossary. What it finds is exactly what the glossary build counts and what
// the page highlights.
import { buildIndex, type ActorIndex, type AliasEntry, type IndexEntry, type IndexedSpelling } from './alias-index.ts';
import { oneSyllableAccepted } from './country-context.ts';
import { isOutletTag } from './outlet-tags.ts';
import { LatestFullNames, type Found, type Scan, casesPass, createScan } from './scan.ts';
import { SegmentCursor, joinSegments, type JoinedText } from './segments.ts';
import { resolveShortName } from './short-names.ts';
import { TokenBuffers, readTokensInto, type TokenRun } from './tokenize.ts';
import type { Actor, Mention, MentionBasis } from './types.ts';

export interface Matcher {
  /** Mentions in a sequence of text segments, read as one text: a name may run across
   *  segments. Segments are joined without separators, so a caller feeding separate blocks
   *  (paragraphs) in one call should put a "\n" segment between them. Short names resolve
   *  against full names earlier in the same call. */
  findMentions(segments: readonly string[]): Mention[];
}

/** A switch, not a lookup table: a property read keyed by a variable string is a slow path. */
function confidenceOf(basis: MentionBasis): number {
  switch (basis) {
    case 'alias':
      return 1;
    case 'short-after-full':
    case 'institution':
      return 0.9;
    case 'short-unique':
      return 0.7;
    case 'introduced':
      return 0.8;
    case 'introduced-short':
    case 'institution-back':
      return 0.6;
  }
}

export function buildMatcher(actors: readonly Actor[]): Matcher {
  const index = buildIndex(actors);
  // One matcher reads page after page, one at a time (findMentions runs to the end before it
  // returns): it keeps one set of token buffers for all of them.
  const tokens = new TokenBuffers<IndexedSpelling>();
  const lastFull = new LatestFullNames(index.actorCount);
  return { findMentions: (segments) => findMentions(index, tokens, lastFull, segments) };
}

/** Mentions in a single segment of text. */
export function findMentionsInText(matcher: Matcher, text: string): Mention[] {
  return matcher.findMentions([text]);
}

function findMentions(
  index: ActorIndex,
  tokens: TokenBuffers<IndexedSpelling>,
  lastFull: LatestFullNames,
  segments: readonly string[],
): Mention[] {
  const joined = joinSegments(segments);
  const run = readTokensInto(joined.text, index.spellings, tokens);
  const scan = createScan(run, index, lastFull);
  const { spellings } = run;
  for (let i = 0; i < run.count; ) {
    // Four words in five, and all punctuation, start no glossary entry: step over them without a call.
    if (spellings[i]!.first === undefined) i++;
    else i = matchAt(scan, i) ?? i + 1;
  }
  return toMentions(joined, run, scan.found);
}

/** Mentions found in text order: their starts, and their ends, only ever move forward, so the
 *  segment of each is found by stepping on from the previous one rather than searching. */
function toMentions(joined: JoinedText, run: TokenRun, found: readonly Found[]): Mention[] {
  const mentions: Mention[] = new Array(found.length);
  const starts = new SegmentCursor(joined, false);
  const ends = new SegmentCursor(joined, true);
  for (let k = 0; k < found.length; k++) {
    const { actorId, basis, start: first, end: after } = found[k]!;
    const start = run.starts[first]!;
    const end = run.ends[after - 1]!;
    mentions[k] = {
      actorId,
      start: starts.pointAt(start),
      end: ends.pointAt(end),
      surface: joined.text.slice(start, end),
      basis,
      confidence: confidenceOf(basis),
    };
  }
  return mentions;
}

/** Tries every glossary entry that starts at token `i`, longest first. Returns the index after
 *  what was consumed (a mention or a negative entry), or null when nothing matched here. */
function matchAt(scan: Scan, i: number): number | null {
  const { hits } = scan; // token i is a word: only words have a first trie node
  scan.index.hitsAt(scan.run, i, hits);
  for (let h = hits.count - 1; h >= 0; h--) {
    const end = hits.ends[h]!;
    const entries = hits.entries[h]!;
    const alias = acceptedAlias(scan, i, entries);
    if (alias) {
      // "(PLO)- …", "VOV.VN - …": the outlet's tag opening a lead names no one.
      if (isOutletTag(scan, i, end)) return end;
      scan.found.push({ actorId: alias.actorId, start: i, end, basis: 'alias' });
      scan.lastFull.set(alias.actorNumber, i);
      return end;
    }
    // A known compound or place ("mỹ thuật", "Mỹ Tho") consumes its words and names no one.
    if (negativeAccepted(scan, i, entries)) return end;
    const resolved = resolveShortName(scan, i, entries);
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
