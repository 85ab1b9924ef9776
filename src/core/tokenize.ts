// Words and punctuation with their original offsets. White space only separates; it is never a
// token. A dash is its own token, so "Nga-Ukraine", "Nga – Ukraine" and "Nga - Ukraine" are the
// same three tokens, and "V.Pu-tin" is V . Pu - tin.
//
// Two shapes of the same tokens: `tokenize` gives one object per token (what the glossary build
// and the role finder read); `readTokens` gives parallel arrays, which is what the matcher's hot
// loop reads: no object per token, and the key and case of a spelling are computed once and
// shared by every token spelled that way.
import { punctuationKey, wordKey } from './normalize.ts';
import { SpellingTable, hashRange } from './spelling-table.ts';

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

/** What a token's spelling says, the same for every token spelled alike: shared, never copied. */
export interface Spelling {
  readonly key: string;
  readonly word: boolean;
  readonly letters: number;
  readonly capitalized: boolean;
  readonly allCaps: boolean;
}

/** The tokens of one text as parallel arrays; token `i` is (starts[i], ends[i], spellings[i]).
 *  Typed arrays where they can be: filling them costs no allocation per token. */
export interface TokenRun<S extends Spelling = Spelling> {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly spellings: readonly S[];
  /** 1 when a line break lies between token `i` and the one before. */
  readonly lineBreakBefore: Uint8Array;
}

/** Where readTokens gets the spelling of a word or a punctuation character: the shared cache
 *  below, or a matcher's own, which adds what the matcher needs to know per spelling. */
export interface SpellingBook<S extends Spelling> {
  /** The spelling of the word text[start, end), whose hashRange is `hash`. */
  word(text: string, start: number, end: number, hash: number): S;
  punctuation(ch: string): S;
}

const WORD = 0;
const SPACE = 1;
const INVISIBLE = 2;
const PUNCTUATION = 3;
const LINE_BREAK = 4;
/** Half of a surrogate pair: the class belongs to the whole code point. */
const SURROGATE = 5;
const UNKNOWN = 255;
type CharClass = 0 | 1 | 2 | 3 | 4;

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
/** \s covers U+00A0, U+202F, U+2007 and the other spaces of the web. */
const SPACE_CHAR_RE = /^\s$/u;

/** The class of every UTF-16 code unit, learnt on first sight: the per-character cost of
 *  tokenizing is then one array read. 64 KB, filled only where text has been. */
const unitClass = new Uint8Array(0x10000).fill(UNKNOWN);
/** Code points beyond the BMP (emoji, rare CJK), which are few. */
const astralClass = new Map<number, CharClass>();

/** The class of a code point, by its Unicode properties. */
function classOf(code: number): CharClass {
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return INVISIBLE;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) return LINE_BREAK;
  const ch = String.fromCodePoint(code);
  if (WORD_CHAR_RE.test(ch)) return WORD;
  if (SPACE_CHAR_RE.test(ch)) return SPACE;
  return PUNCTUATION;
}

function learnUnit(unit: number): number {
  const known = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : classOf(unit);
  unitClass[unit] = known;
  return known;
}

/** 2 when a surrogate pair starts at `i`, 1 for a lone half (which is punctuation). */
function surrogateWidth(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** Class of the code point beyond the BMP that starts at `i`. */
function astralClassAt(text: string, i: number): CharClass {
  const code = text.codePointAt(i)!;
  let kind = astralClass.get(code);
  if (kind === undefined) {
    kind = classOf(code);
    if (astralClass.size < 4096) astralClass.set(code, kind);
  }
  return kind;
}

/** Room for the tokens of a text, reusable from text to text: a glossary build tokenizes
 *  hundreds of thousands of short names, and typed arrays per name would cost more than the
 *  tokenizing itself. */
class TokenBuffers<S extends Spelling> {
  count = 0;
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  lineBreakBefore = new Uint8Array(0);
  readonly spellings: S[] = [];

  /** Empties the buffers, with room for the tokens of a text of `length` code units (a text
   *  has at most one token per code unit). */
  reset(length: number): void {
    if (this.starts.length < length) {
      this.starts = new Int32Array(length);
      this.ends = new Int32Array(length);
      this.lineBreakBefore = new Uint8Array(length);
    }
    this.count = 0;
    this.spellings.length = 0;
  }

  add(start: number, end: number, spelling: S, lineBreak: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.lineBreakBefore[this.count] = lineBreak;
    this.spellings.push(spelling);
    this.count++;
  }
}

/**
 * Splits text into tokens, into `out`. Invisibles inside a word belong to it; a word's edges
 * never include them. Anything else that is neither a word nor a space, a lone surrogate
 * included, is a one-character punctuation token.
 */
function scanInto<S extends Spelling>(
  text: string,
  book: SpellingBook<S>,
  out: TokenBuffers<S>,
  stopAfterFirstWord = false,
): void {
  out.reset(text.length);
  let lineBreak = 0;
  let wordStart = -1; // first word character of the current word
  let wordEnd = -1; // after its last word character (invisibles after it are not part of it)
  for (let i = 0; i <= text.length; ) {
    let kind: number = LINE_BREAK; // past the end: closes the last word
    let width = 1;
    if (i < text.length) {
      const unit = text.charCodeAt(i);
      kind = unitClass[unit]!;
      if (kind === UNKNOWN) kind = learnUnit(unit);
      if (kind === SURROGATE) {
        width = surrogateWidth(text, i);
        kind = width === 2 ? astralClassAt(text, i) : PUNCTUATION;
      }
    }
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
      i += width;
      // Most of a word is letters whose class is known: take them without the checks above.
      while (i < text.length && unitClass[text.charCodeAt(i)] === WORD) i++;
      wordEnd = i;
      continue;
    }
    if (kind !== INVISIBLE) {
      if (wordStart >= 0) {
        out.add(wordStart, wordEnd, book.word(text, wordStart, wordEnd, hashRange(text, wordStart, wordEnd)), lineBreak);
        if (stopAfterFirstWord) return;
        lineBreak = 0;
        wordStart = -1;
      }
      if (kind === LINE_BREAK) lineBreak = 1;
      else if (kind === PUNCTUATION) {
        out.add(i, i + width, book.punctuation(text.slice(i, i + width)), lineBreak);
        lineBreak = 0;
      }
    }
    i += width;
  }
}

/** Splits text into tokens, as parallel arrays of its own (see scanInto). */
export function readTokens<S extends Spelling>(text: string, book: SpellingBook<S>): TokenRun<S> {
  const out = new TokenBuffers<S>();
  scanInto(text, book, out);
  return {
    count: out.count,
    starts: out.starts.subarray(0, out.count),
    ends: out.ends.subarray(0, out.count),
    spellings: out.spellings,
    lineBreakBefore: out.lineBreakBefore.subarray(0, out.count),
  };
}

const nameBuffers = new TokenBuffers<Spelling>();

/** The spelling of a name's first token, and whether the name has a word at all, without
 *  reading the rest of it: a glossary build files each name under its first key cheaply. */
export function firstToken(name: string, book: SpellingBook<Spelling>): { spelling: Spelling; hasWord: boolean } | null {
  scanInto(name, book, nameBuffers, true);
  if (nameBuffers.count === 0) return null;
  return { spelling: nameBuffers.spellings[0]!, hasWord: nameBuffers.spellings.some((s) => s.word) };
}

/** The spellings of a name's tokens, in order: all a glossary build needs of a name. A build
 *  passes its own book: a glossary of 100,000 actors has more distinct words than the shared
 *  cache keeps, and would otherwise fold most of them again and again. */
export function nameSpellings(name: string, book: SpellingBook<Spelling>): Spelling[] {
  scanInto(name, book, nameBuffers);
  return nameBuffers.spellings.slice();
}

/** Splits text into tokens, one object each (see readTokens). */
export function tokenize(text: string): Token[] {
  const run = readTokens(text, SHARED_SPELLINGS);
  const tokens: Token[] = new Array(run.count);
  for (let i = 0; i < run.count; i++) {
    const { key, word, letters, capitalized, allCaps } = run.spellings[i]!;
    const start = run.starts[i]!;
    const end = run.ends[i]!;
    const lineBreakBefore = run.lineBreakBefore[i] === 1;
    tokens[i] = { start, end, text: text.slice(start, end), key, word, letters, capitalized, allCaps, lineBreakBefore };
  }
  return tokens;
}

/** The same words come back again and again (syllables, titles, country names), in a page and
 *  in a glossary of 100,000 actors: fold each distinct spelling once. Bounded, so a huge page
 *  of distinct words cannot grow it without limit. */
export const SPELLING_CACHE_LIMIT = 50_000;

/** A cache of spellings: each distinct word is folded once (key and case), punctuation too.
 *  Bounded by `limit` distinct words, after which it starts afresh. */
export function createSpellingBook(limit: number): SpellingBook<Spelling> {
  const words = new SpellingTable<Spelling>(limit);
  const marks = new Map<string, Spelling>();
  return {
    word(text, start, end, hash) {
      let spelling = words.get(text, start, end, hash);
      if (spelling === undefined) {
        const word = text.slice(start, end);
        const { letters, capitalized, allCaps } = letterCase(word);
        spelling = { key: wordKey(word), word: true, letters, capitalized, allCaps };
        words.set(word, hash, spelling);
      }
      return spelling;
    },
    punctuation(ch) {
      let spelling = marks.get(ch);
      if (spelling === undefined) {
        spelling = { key: punctuationKey(ch), word: false, letters: 0, capitalized: false, allCaps: false };
        if (marks.size >= limit) marks.clear();
        marks.set(ch, spelling);
      }
      return spelling;
    },
  };
}

/** The same words come back again and again (syllables, titles, country names): the cache
 *  every page shares. Bounded, so a huge page of distinct words cannot grow it without limit. */
export const SHARED_SPELLINGS = createSpellingBook(SPELLING_CACHE_LIMIT);

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
