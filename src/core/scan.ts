// The state of one left-to-right pass over a text, and the small questions the rules ask about
// a token's surroundings.
import type { ActorIndex, CaseRule } from './alias-index.ts';
import { capsRuns } from './caps.ts';
import { FUNCTION_WORDS, COUNTRY_CUES, HONORIFICS, PORTFOLIOS, TITLES } from './lexicon.ts';
import { PhraseSet } from './phrases.ts';
import { isVietnameseSyllable } from './syllable.ts';
import type { Token } from './tokenize.ts';
import type { MentionBasis } from './types.ts';

/** A mention as token indices; `end` exclusive. */
export interface Found {
  actorId: string;
  start: number;
  end: number;
  basis: MentionBasis;
}

export interface Scan {
  readonly tokens: readonly Token[];
  readonly capsRun: readonly boolean[];
  readonly index: ActorIndex;
  readonly found: Found[];
  /** Token index of each actor's latest full-name mention in this text. */
  readonly lastFull: Map<string, number>;
  /** isVietnameseSyllable by key, for this pass. */
  readonly syllables: Map<string, boolean>;
  /** The key of token `i`, undefined past the end: how the index walks the text. */
  readonly keyAt: (i: number) => string | undefined;
}

export function createScan(tokens: readonly Token[], index: ActorIndex): Scan {
  const keyAt = (i: number) => tokens[i]?.key;
  return { tokens, capsRun: capsRuns(tokens), index, found: [], lastFull: new Map(), syllables: new Map(), keyAt };
}

export const TITLE_PHRASES = new PhraseSet(TITLES);
export const HONORIFIC_PHRASES = new PhraseSet(HONORIFICS);
export const COUNTRY_CUE_PHRASES = new PhraseSet(COUNTRY_CUES);
export const PORTFOLIO_PHRASES = new PhraseSet(PORTFOLIOS);
export const FUNCTION_WORD_SET = new PhraseSet(FUNCTION_WORDS);
/** Punctuation after which a capital opens a sentence or a clause. */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '"', "'", '(', '[', '-', '|', '•']);

export function casesPass(scan: Scan, start: number, cases: readonly CaseRule[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const token = scan.tokens[start + k]!;
    if (cases[k] === 2 && !token.allCaps) return false;
    if (cases[k] === 1 && !token.capitalized) return false;
  }
  return true;
}

export function isSyllable(scan: Scan, token: Token): boolean {
  let known = scan.syllables.get(token.key);
  if (known === undefined) {
    known = isVietnameseSyllable(token.key);
    scan.syllables.set(token.key, known);
  }
  return known;
}

export function isSentenceInitial(scan: Scan, i: number): boolean {
  const token = scan.tokens[i]!;
  if (i === 0 || token.lineBreakBefore) return true;
  return OPENERS.has(scan.tokens[i - 1]!.key);
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
  const token = scan.tokens[j];
  if (!token?.word || !token.capitalized || scan.capsRun[j]) return false;
  if (!isSyllable(scan, token)) return false;
  if (isSentenceInitial(scan, j) && FUNCTION_WORD_SET.has(token.key)) return false;
  if (mentionEndingAt(scan, j + 1)) return false;
  return true;
}

/** Is a state named at token `j` (an alias of a state actor, cased as the alias demands)? */
export function stateAliasAt(scan: Scan, j: number): boolean {
  const token = scan.tokens[j];
  if (!token?.word) return false;
  for (const hit of scan.index.hitsAt(scan.keyAt, j)) {
    for (const entry of hit.entries) {
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
