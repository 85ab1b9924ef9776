// Words and punctuation with their original offsets. White space only separates; it is never a
// token. A dash is its own token, so "Nga-Ukraine", "Nga – Ukraine" and "Nga - Ukraine" are the
// same three tokens, and "V.Pu-tin" is V . Pu - tin.
//
// Two shapes of the same tokens: `tokenize` gives one object per token (what the glossary build
// and the role finder read); `readTokens` gives parallel arrays, which is what the matcher's hot
// loop reads: no object per token, and the key and case of a spelling are computed once and
// shared by every token spelled that way.
import { punctuationKey, wordKey } from './normalize.ts';
import { HASH_START, HASH_STEP, SpellingTable, hashRange, lastTwo, twoBefore } from './spelling-table.ts';

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

/** The tokens of one text as parallel arrays; token `i` (i < count) is (starts[i], ends[i],
 *  spellings[i]). The arrays may be longer than `count`: a run is reused from text to text, so
 *  read only below `count`. Typed arrays where they can be: filling them allocates nothing. */
export interface TokenRun<S extends Spelling = Spelling> {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly spellings: readonly S[];
  /** 1 when a line break lies between token `i` and the one before. */
  readonly lineBreakBefore: Uint8Array;
}

/** Where the tokenizer gets the spelling of a word or a punctuation mark: a table of the raw
 *  spellings seen so far, and what to make of a new one (`learn`, called once per spelling).
 *  One class for every book, so the tokenizer's call to `spell` is monomorphic and inlined. */
export class SpellingBook<S extends Spelling> {
  private readonly table: SpellingTable<S>;

  constructor(
    limit: number,
    private readonly learn: (raw: string, word: boolean) => S,
  ) {
    this.table = new SpellingTable<S>(limit);
  }

  /** The spelling of text[start, end), described by its hashRange, lastTwo and twoBefore (see
   *  spelling-table.ts). A raw word and a raw punctuation mark never have the same text, so one
   *  table holds both. */
  spell(text: string, start: number, end: number, hash: number, last: number, before: number, word: boolean): S {
    const known = this.table.get(text, start, end, hash, last, before);
    return known !== undefined ? known : this.add(text.slice(start, end), hash, word);
  }

  /** The spelling of text[start, end), described here: for the tokenizer's rare paths. */
  spellRange(text: string, start: number, end: number, word: boolean): S {
    const hash = hashRange(text, start, end);
    return this.spell(text, start, end, hash, lastTwo(text, start, end), twoBefore(text, start, end), word);
  }

  /** The spelling of a whole string (a word, or one punctuation character). */
  spellingOf(raw: string, word: boolean): S {
    return this.spellRange(raw, 0, raw.length, word);
  }

  private add(raw: string, hash: number, word: boolean): S {
    const spelling = this.learn(raw, word);
    this.table.set(raw, hash, spelling);
    return spelling;
  }
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
/** The space is what the scanner pretends follows the text's last character: know it from the start. */
unitClass[0x20] = SPACE;

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

/** Class of the code point that starts at `i` (i < text.length), learning it if need be. */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  let kind = unitClass[unit]!;
  if (kind === UNKNOWN) kind = learnUnit(unit);
  if (kind !== SURROGATE) return kind;
  const code = text.codePointAt(i)!;
  if (code <= 0xffff) return PUNCTUATION; // a lone half
  let astral = astralClass.get(code);
  if (astral === undefined) {
    astral = classOf(code);
    if (astralClass.size < 4096) astralClass.set(code, astral);
  }
  return astral;
}

/** Code units of the code point at `i`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** Token buffers larger than this (in tokens, about 600 KB) shrink again after a huge text. */
const SHRINK_ABOVE = 1 << 16;

/** Room for the tokens of a text, reusable from text to text: a matcher reads page after page
 *  and a glossary build hundreds of thousands of short names; fresh arrays for each would cost
 *  more than the tokenizing itself. */
export class TokenBuffers<S extends Spelling> implements TokenRun<S> {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  lineBreakBefore = new Uint8Array(64);
  /** Never shortened: entries at `count` and beyond are left from earlier texts. */
  readonly spellings: S[] = [];

  /** Empties the buffers, with room for the tokens of a text of `length` code units (a text
   *  has at most one token per code unit). Room made for one huge page is given back at the
   *  next ordinary one, so a matcher does not hold it for the rest of its life. */
  reset(length: number): void {
    const capacity = this.starts.length;
    if (capacity < length) this.allocate(Math.max(length, capacity * 2));
    else if (capacity > SHRINK_ABOVE && capacity > 4 * length) this.allocate(Math.max(length, 64));
    this.count = 0;
  }

  private allocate(capacity: number): void {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lineBreakBefore = new Uint8Array(capacity);
    this.spellings.length = Math.min(this.spellings.length, capacity);
  }

  add(start: number, end: number, spelling: S, lineBreak: number): void {
    const n = this.count;
    this.starts[n] = start;
    this.ends[n] = end;
    this.lineBreakBefore[n] = lineBreak;
    this.spellings[n] = spelling;
    this.count = n + 1;
  }
}

/** Where a word that met an invisible, an unknown or an astral character ends: invisibles
 *  inside a word belong to it, its edges never include them. `end` is after its last word
 *  character so far. Rare (soft hyphens, emoji, first sight of a letter), so kept apart. */
function wordEndFrom(text: string, end: number): number {
  for (let i = end; i < text.length; ) {
    const kind = classAt(text, i);
    if (kind === WORD) end = i += widthAt(text, i);
    else if (kind === INVISIBLE) i++;
    else break;
  }
  return end;
}

/**
 * Splits text into tokens, into `out`. Invisibles inside a word belong to it; a word's edges
 * never include them. Anything else that is neither a word nor a space, a lone surrogate
 * included, is a one-character punctuation token.
 *
 * Written for the common case: characters whose class is already known, read once each. A word
 * is described as it is read (its hash and its last four units, see spelling-table.ts), so its
 * spelling is found without reading it again.
 */
function scanInto<S extends Spelling>(
  text: string,
  book: SpellingBook<S>,
  out: TokenBuffers<S>,
  stopAfterFirstWord = false,
): void {
  out.reset(text.length);
  const length = text.length;
  let lineBreak = 0;
  for (let i = 0; i < length; ) {
    let unit = text.charCodeAt(i);
    const kind = unitClass[unit];
    if (kind === SPACE) {
      i++;
    } else if (kind === WORD) {
      const start = i;
      let hash = HASH_START;
      let last = 0; // the last two units read, packed
      let before = 0; // the two before them
      do {
        hash = Math.imul(hash ^ unit, HASH_STEP);
        before = (before << 16) | (last >>> 16);
        last = (last << 16) | unit;
        unit = ++i < length ? text.charCodeAt(i) : 0x20; // past the end reads as a space
      } while (unitClass[unit] === WORD);
      const after = unitClass[unit];
      if (after === SPACE || after === PUNCTUATION || after === LINE_BREAK) {
        out.add(start, i, book.spell(text, start, i, hash, last, before, true), lineBreak);
        if (after === SPACE) i++; // the space that ends a word: no need to read it twice
      } else {
        i = wordEndFrom(text, i); // the word may go on past an invisible or an odd character
        out.add(start, i, book.spellRange(text, start, i, true), lineBreak);
      }
      if (stopAfterFirstWord) return;
      lineBreak = 0;
    } else if (kind === PUNCTUATION) {
      out.add(i, i + 1, book.spell(text, i, i + 1, Math.imul(HASH_START ^ unit, HASH_STEP), unit, 0, false), lineBreak);
      lineBreak = 0;
      i++;
    } else if (kind === LINE_BREAK) {
      lineBreak = 1;
      i++;
    } else if (kind === UNKNOWN) {
      learnUnit(unit); // known from now on: read it again
    } else if (kind === INVISIBLE) {
      i++; // between words an invisible is nothing
    } else {
      // Half of a surrogate pair: the pair's code point decides. Nothing beyond the BMP is a
      // space or a line break, so it is a word (rare letters) or one punctuation token.
      const width = widthAt(text, i);
      const word = classAt(text, i) === WORD;
      const end = word ? wordEndFrom(text, i) : i + width;
      out.add(i, end, book.spellRange(text, i, end, word), lineBreak);
      if (word && stopAfterFirstWord) return;
      lineBreak = 0;
      i = end;
    }
  }
}

/** Splits text into tokens, as parallel arrays of their own (see scanInto). */
export function readTokens<S extends Spelling>(text: string, book: SpellingBook<S>): TokenRun<S> {
  const out = new TokenBuffers<S>();
  scanInto(text, book, out);
  return out;
}

/** Splits text into tokens, into buffers reused from call to call (see scanInto). */
export function readTokensInto<S extends Spelling>(
  text: string,
  book: SpellingBook<S>,
  out: TokenBuffers<S>,
): TokenRun<S> {
  scanInto(text, book, out);
  return out;
}

const nameBuffers = new TokenBuffers<Spelling>();

/** The spelling of a name's first token, and whether the name has a word at all, without
 *  reading the rest of it: a glossary build files each name under its first key cheaply. */
export function firstToken(
  name: string,
  book: SpellingBook<Spelling>,
): { spelling: Spelling; hasWord: boolean } | null {
  scanInto(name, book, nameBuffers, true);
  if (nameBuffers.count === 0) return null;
  let hasWord = false;
  for (let k = 0; k < nameBuffers.count; k++) if (nameBuffers.spellings[k]!.word) hasWord = true;
  return { spelling: nameBuffers.spellings[0]!, hasWord };
}

/** The spellings of a name's tokens, in order: all a glossary build needs of a name. A build
 *  passes its own book: a glossary of 100,000 actors has more distinct words than the shared
 *  cache keeps, and would otherwise fold most of them again and again. */
export function nameSpellings(name: string, book: SpellingBook<Spelling>): Spelling[] {
  scanInto(name, book, nameBuffers);
  return nameBuffers.spellings.slice(0, nameBuffers.count);
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
 *  Bounded by `limit` distinct spellings, after which it starts afresh. */
export function createSpellingBook(limit: number): SpellingBook<Spelling> {
  return new SpellingBook<Spelling>(limit, foldSpelling);
}

/** What a raw word or punctuation mark says: its match key and its case. */
function foldSpelling(raw: string, word: boolean): Spelling {
  if (!word) return { key: punctuationKey(raw), word: false, letters: 0, capitalized: false, allCaps: false };
  const { letters, capitalized, allCaps } = letterCase(raw);
  return { key: wordKey(raw), word: true, letters, capitalized, allCaps };
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
