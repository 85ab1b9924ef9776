// Words and punctuation with their original offsets. White space only separates; it is never a
// token. A dash is its own token, so "Nga-Ukraine", "Nga – Ukraine" and "Nga - Ukraine" are the
// same three tokens, and "V.Pu-tin" is V . Pu - tin.
import { punctuationKey, wordKey } from './normalize.ts';

export interface Token {
  /** UTF-16 offsets into the tokenized string; end exclusive. */
  start: number;
  end: number;
  /** The original text, invisibles included. */
  text: string;
  /** The match key (see normalize.ts). */
  key: string;
  /** A run of letters, marks and digits; otherwise one punctuation character. */
  word: boolean;
  /** Cased letters in the word (0 for numbers and punctuation). */
  letters: number;
  /** First cased letter upper case ("Nga", "NATO", "V"). */
  capitalized: boolean;
  /** Every cased letter upper case, at least one ("NATO", "MỸ", "V"). */
  allCaps: boolean;
  /** A line break lies between this token and the one before: a paragraph or line ends there. */
  lineBreakBefore: boolean;
}

const WORD = 0;
const SPACE = 1;
const INVISIBLE = 2;
const PUNCTUATION = 3;
const LINE_BREAK = 4;
type CharClass = 0 | 1 | 2 | 3 | 4;

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
/** \s covers U+00A0, U+202F, U+2007 and the other spaces of the web. */
const SPACE_CHAR_RE = /^\s$/u;
const classCache = new Map<number, CharClass>();

/** Class of the code point at `i`. Called per character, so ASCII is answered without a regex
 *  and other characters once per distinct code point. */
function classify(code: number, text: string, i: number, width: number): CharClass {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return WORD;
    if (code === 10 || code === 13) return LINE_BREAK;
    if (code === 32 || code === 9 || code === 11 || code === 12) return SPACE;
    return PUNCTUATION;
  }
  let known = classCache.get(code);
  if (known === undefined) {
    const ch = text.slice(i, i + width);
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) known = INVISIBLE;
    else if (code === 0x2028 || code === 0x2029 || code === 0x85) known = LINE_BREAK;
    else if (width === 1 && code >= 0xd800 && code <= 0xdfff) known = PUNCTUATION; // a lone surrogate
    else if (WORD_CHAR_RE.test(ch)) known = WORD;
    else if (SPACE_CHAR_RE.test(ch)) known = SPACE;
    else known = PUNCTUATION;
    if (classCache.size < 4096) classCache.set(code, known);
  }
  return known;
}

/** Splits text into tokens. Invisibles inside a word belong to it; a word's edges never
 *  include them. Anything else that is neither a word nor a space, a lone surrogate included,
 *  is a one-character punctuation token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lineBreak = false;
  let wordStart = -1; // first word character of the current word
  let wordEnd = -1; // after its last word character (invisibles after it are not part of it)
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = classify(code, text, i, width);
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
      wordEnd = i + width;
    } else if (kind !== INVISIBLE) {
      if (wordStart >= 0) {
        tokens.push(wordToken(text.slice(wordStart, wordEnd), wordStart, lineBreak));
        lineBreak = false;
        wordStart = -1;
      }
      if (kind === LINE_BREAK) lineBreak = true;
      else if (kind === PUNCTUATION) {
        tokens.push(punctuationToken(text.slice(i, i + width), i, lineBreak));
        lineBreak = false;
      }
    }
    i += width;
  }
  if (wordStart >= 0) tokens.push(wordToken(text.slice(wordStart, wordEnd), wordStart, lineBreak));
  return tokens;
}

interface WordInfo {
  key: string;
  letters: number;
  capitalized: boolean;
  allCaps: boolean;
}

/** The same words come back again and again (syllables, titles, country names), in a page and
 *  in a glossary of 100,000 actors: fold each distinct spelling once. Bounded, so a huge page
 *  of distinct words cannot grow it without limit. */
const wordInfoCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordInfo(text: string): WordInfo {
  let info = wordInfoCache.get(text);
  if (info === undefined) {
    const { letters, capitalized, allCaps } = letterCase(text);
    info = { key: wordKey(text), letters, capitalized, allCaps };
    if (wordInfoCache.size >= WORD_CACHE_LIMIT) wordInfoCache.clear();
    wordInfoCache.set(text, info);
  }
  return info;
}

function wordToken(text: string, start: number, lineBreakBefore: boolean): Token {
  const { key, letters, capitalized, allCaps } = wordInfo(text);
  return { start, end: start + text.length, text, key, word: true, letters, capitalized, allCaps, lineBreakBefore };
}

function punctuationToken(ch: string, start: number, lineBreakBefore: boolean): Token {
  return {
    start,
    end: start + ch.length,
    text: ch,
    key: punctuationKey(ch),
    word: false,
    letters: 0,
    capitalized: false,
    allCaps: false,
    lineBreakBefore,
  };
}

/** Case of a word's cased letters; marks, digits and uncased scripts do not count. */
export function letterCase(word: string): { letters: number; capitalized: boolean; allCaps: boolean } {
  let letters = 0;
  let upper = 0;
  let capitalized = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let isUpper: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) isUpper = true;
      else if (code >= 97 && code <= 122) isUpper = false;
      else continue;
    } else {
      const ch = word[i]!;
      const lower = ch.toLowerCase();
      if (lower !== ch) isUpper = true;
      else if (ch.toUpperCase() !== ch) isUpper = false;
      else continue;
    }
    if (letters === 0) capitalized = isUpper;
    letters++;
    if (isUpper) upper++;
  }
  return { letters, capitalized, allCaps: letters > 0 && upper === letters };
}

/** The key of the first token of `text` and whether `text` has a word at all, without
 *  tokenizing the rest: the index files each name under its first key cheaply. */
export function firstTokenKey(text: string): { key: string; hasWord: boolean } | null {
  let wordStart = -1;
  let wordEnd = -1;
  let key: string | null = null;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = classify(code, text, i, width);
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
      wordEnd = i + width;
    } else if (kind !== INVISIBLE) {
      if (wordStart >= 0) break;
      if (kind === PUNCTUATION && key === null) key = punctuationKey(text.slice(i, i + width));
    }
    i += width;
  }
  if (wordStart < 0) return key === null ? null : { key, hasWord: false };
  return { key: key ?? wordKey(text.slice(wordStart, wordEnd)), hasWord: true };
}
