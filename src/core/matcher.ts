// The matcher: one left-to-right pass over the tokens of a text, longest match first, against
// the trie of the glossary. What it finds is exactly what the glossary build counts and what
// the page highlights.
import { buildIndex, type ActorIndex, type AliasEntry, type IndexEntry, type ShortEntry } from './alias-index.ts';
import { oneSyllableAccepted } from './country-context.ts';
import { type Scan, casesPass, createScan } from './scan.ts';
import { endPoint, joinSegments, startPoint, type JoinedText } from './segments.ts';
import { resolveShortName } from './short-names.ts';
import { tokenize } from './tokenize.ts';
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
  const tokens = tokenize(joined.text);
  const scan = createScan(tokens, index);
  for (let i = 0; i < tokens.length; ) {
    i = matchAt(scan, i) ?? i + 1;
  }
  return scan.found.map((found) => {
    const start = tokens[found.start]!.start;
    const end = tokens[found.end - 1]!.end;
    return toMention(joined, found.actorId, start, end, found.basis);
  });
}

/** Tries every glossary entry that starts at token `i`, longest first. Returns the index after
 *  what was consumed (a mention or a negative entry), or null when nothing matched here. */
function matchAt(scan: Scan, i: number): number | null {
  if (!scan.tokens[i]!.word) return null;
  for (const hit of scan.index.hitsAt(scan.keyAt, i)) {
    const alias = acceptedAlias(scan, i, hit.entries);
    if (alias) {
      scan.found.push({ actorId: alias.actorId, start: i, end: hit.end, basis: 'alias' });
      scan.lastFull.set(alias.actorId, i);
      return hit.end;
    }
    // A known compound or place ("mỹ thuật", "Mỹ Tho") consumes its words and names no one.
    if (hit.entries.some((e) => e.kind === 'negative' && casesPass(scan, i, e.cases))) return hit.end;
    const shorts = hit.entries.filter((e): e is ShortEntry => e.kind === 'short');
    const resolved = resolveShortName(scan, i, shorts);
    if (resolved) {
      scan.found.push({ actorId: resolved.actorId, start: i, end: hit.end, basis: resolved.basis });
      return hit.end;
    }
  }
  return null;
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
