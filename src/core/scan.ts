// The state of one left-to-right pass over a text, and the small questions the rules ask about
// a token's surroundings.
import type { ActorIndex, CaseRule, IndexEntry, IndexedSpelling } from './alias-index.ts';
import { inAllCapsRun } from './caps.ts';
import { FUNCTION_WORDS, COUNTRY_CUES, HONORIFICS, PORTFOLIOS, TITLES } from './lexicon.ts';
import { PhraseSet } from './phrases.ts';
import { isVietnameseSyllable } from './syllable.ts';
import type { Spelling, TokenRun } from './tokenize.ts';
import { Hits } from './trie.ts';
import type { MentionBasis } from './types.ts';

/** A mention as token indices; `end` exclusive. */
export interface Found {
  actorId: string;
  start: number;
  end: number;
  basis: MentionBasis;
}

export interface Scan {
  readonly run: TokenRun<IndexedSpelling>;
  /** Each token's spelling (key and case): run.spellings, named for the many rules that read it. */
  readonly spellings: readonly IndexedSpelling[];
  readonly index: ActorIndex;
  readonly found: Found[];
  /** Token index of each actor's latest full-name mention in this text. */
  readonly lastFull: LatestFullNames;
  /** isVietnameseSyllable by key, for this pass. */
  readonly syllables: Map<string, boolean>;
  /** The glossary entries starting at the token being matched. */
  readonly hits: Hits<IndexEntry>;
  /** A second buffer for looking up a neighbour while `hits` is still being read. */
  readonly neighbourHits: Hits<IndexEntry>;
}

/** Where each actor was last named in full in the text being read, by actor number. Kept from
 *  text to text: a stamp per text tells this text's entries from older ones, so starting a text
 *  clears and allocates nothing, whatever the size of the glossary. */
export class LatestFullNames {
  private readonly stamps: Int32Array;
  private readonly tokens: Int32Array;
  private stamp = 0;

  constructor(actorCount: number) {
    this.stamps = new Int32Array(actorCount);
    this.tokens = new Int32Array(actorCount);
  }

  /** Forgets every earlier text. */
  startText(): void {
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  set(actorNumber: number, token: number): void {
    this.stamps[actorNumber] = this.stamp;
    this.tokens[actorNumber] = token;
  }

  /** The token index, or -1 when this text has not named the actor in full. */
  get(actorNumber: number): number {
    return this.stamps[actorNumber] === this.stamp ? this.tokens[actorNumber]! : -1;
  }
}

export function createScan(run: TokenRun<IndexedSpelling>, index: ActorIndex, lastFull: LatestFullNames): Scan {
  lastFull.startText();
  return {
    run,
    spellings: run.spellings,
    index,
    found: [],
    lastFull,
    syllables: new Map(),
    hits: new Hits(),
    neighbourHits: new Hits(),
  };
}

export const TITLE_PHRASES = new PhraseSet(TITLES);
export const HONORIFIC_PHRASES = new PhraseSet(HONORIFICS);
export const COUNTRY_CUE_PHRASES = new PhraseSet(COUNTRY_CUES);
export const PORTFOLIO_PHRASES = new PhraseSet(PORTFOLIOS);
export const FUNCTION_WORD_SET = new PhraseSet(FUNCTION_WORDS);
/** Punctuation after which a capital opens a sentence or a clause. */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '"', "'", '(', '[', '-', '|', '•']);

/** Is token `i` inside an ALL-CAPS run (a headline, a byline)? False past either end. */
export function inCapsRun(scan: Scan, i: number): boolean {
  return inAllCapsRun(scan.run, i);
}

export function casesPass(scan: Scan, start: number, cases: readonly CaseRule[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const spelling = scan.spellings[start + k]!;
    if (cases[k] === 2 && !spelling.allCaps) return false;
    if (cases[k] === 1 && !spelling.capitalized) return false;
  }
  return true;
}

export function isSyllable(scan: Scan, spelling: Spelling): boolean {
  let known = scan.syllables.get(spelling.key);
  if (known === undefined) {
    known = isVietnameseSyllable(spelling.key);
    scan.syllables.set(spelling.key, known);
  }
  return known;
}

/** The spelling of token `j`, undefined past either end (the run's arrays may be longer than
 *  its tokens: they are reused from text to text). */
export function spellingAt(scan: Scan, j: number): IndexedSpelling | undefined {
  return j >= 0 && j < scan.run.count ? scan.spellings[j] : undefined;
}

/** The key of token `j`, undefined past either end. */
export function keyAt(scan: Scan, j: number): string | undefined {
  return spellingAt(scan, j)?.key;
}

export function isSentenceInitial(scan: Scan, i: number): boolean {
  if (i === 0 || scan.run.lineBreakBefore[i]) return true;
  return OPENERS.has(scan.spellings[i - 1]!.key);
}

/** The last mention found so far, if it ends right before token `i`. */
export function mentionEndingAt(scan: Scan, i: number): Found | undefined {
  const last = scan.found[scan.found.length - 1];
  return last && last.end === i ? last : undefined;
}

/**
 * Is the word at `j` a capitalized Vietnamese syllable that reads as part of a personal or place
 * name next to a one-syllable name? Not when capitals mean nothing (an ALL-CAPS run), when it
 * only opens a sentence ("Theo", "Về"), or when it ends another mention.
 */
export function isNameLikeWord(scan: Scan, j: number): boolean {
  const spelling = spellingAt(scan, j);
  if (!spelling?.word || !spelling.capitalized || inCapsRun(scan, j)) return false;
  if (!isSyllable(scan, spelling)) return false;
  if (isSentenceInitial(scan, j) && FUNCTION_WORD_SET.has(spelling.key)) return false;
  if (mentionEndingAt(scan, j + 1)) return false;
  return true;
}

/** Is a state named at token `j` (an alias of a state actor, cased as the alias demands)? */
export function stateAliasAt(scan: Scan, j: number): boolean {
  const spelling = spellingAt(scan, j);
  if (!spelling?.word) return false;
  const hits = scan.neighbourHits;
  scan.index.hitsAt(scan.run, j, hits);
  for (let h = 0; h < hits.count; h++) {
    for (const entry of hits.entries[h]!) {
      if (entry.kind === 'alias' && entry.actorType === 'state' && casesPass(scan, j, entry.cases)) return true;
    }
  }
  return false;
}

/** Does a state mention found so far end right before token `j`? */
export function stateEndsAt(scan: Scan, j: number): boolean {
  const last = mentionEndingAt(scan, j);
  return last !== undefined && scan.index.actorTypes.get(last.actorId) === 'state';
}
