// Match keys: the one spelling both the glossary and the page are folded to before comparing.
// Folding only ever produces keys; the page text and its offsets are never changed.

/** Characters that may sit inside a word without being part of it (soft hyphen, zero-width
 *  space/joiners, word joiner, BOM). Pasted and CMS text puts them inside names. */
export const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Tone marks; everything else a Vietnamese vowel carries is a vowel-quality mark. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** Circumflex, breve, horn: change the vowel itself, so they must compose before the tone. */
const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const COMBINING_RE = /[\u0300-\u036F]/;
const DASHES_RE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES_RE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES_RE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** NFC that also repairs NFD text whose marks came in a non-canonical order. Circumflex and
 *  acute share a combining class, so NFC alone keeps "o + ́ + ̂" as "ó + ̂" instead of "ố";
 *  putting quality marks before tone marks fixes every order seen in the wild. */
export function composeVietnamese(s: string): string {
  if (!COMBINING_RE.test(s)) return s.normalize('NFC');
  const chars = Array.from(s.normalize('NFD'));
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const base = chars[i++]!;
    const marks: string[] = [];
    while (i < chars.length && COMBINING_RE.test(chars[i]!)) marks.push(chars[i++]!);
    marks.sort((a, b) => markRank(a) - markRank(b)); // stable: keeps the order within a rank
    out += base + marks.join('');
  }
  return out.normalize('NFC');
}

function markRank(mark: string): number {
  return QUALITY_MARKS.has(mark) ? 0 : TONE_MARKS.has(mark) ? 1 : 2;
}

/** Each toned lower-case vowel → its toneless vowel and its tone mark ("ộ" → "ô", U+0323). */
const TONED_VOWELS = buildTonedVowels();

function buildTonedVowels(): Map<string, { vowel: string; tone: string }> {
  const table = new Map<string, { vowel: string; tone: string }>();
  for (const vowel of 'aăâeêioôơuưy') {
    for (const tone of TONE_MARKS) {
      table.set((vowel + tone).normalize('NFC'), { vowel, tone });
    }
  }
  return table;
}

/** Splits a lower-case NFC letter into its toneless vowel and tone ("" when it has none). */
export function splitTone(ch: string): { vowel: string; tone: string } {
  return TONED_VOWELS.get(ch) ?? { vowel: ch, tone: '' };
}

const OPEN_PAIRS = new Set(['oa', 'oe', 'uy']);

/** One tone placement for the open syllables oa, oe, uy: both "hòa" and "hoà" become "hòa"
 *  (the mark on the first vowel). "quý" keeps its mark on y: there "u" belongs to "qu".
 *  Syllables with a final consonant (hoàn, thuyết) have a single spelling and are untouched. */
export function canonicalTone(word: string): string {
  const n = word.length;
  if (n < 2) return word;
  const first = splitTone(word[n - 2]!);
  const second = splitTone(word[n - 1]!);
  if (!OPEN_PAIRS.has(first.vowel + second.vowel)) return word;
  if (word[n - 3] === 'q') return word;
  const tone = first.tone || second.tone;
  if (!tone || (first.tone && second.tone)) return word;
  return word.slice(0, n - 2) + (first.vowel + tone).normalize('NFC') + second.vowel;
}

/** The key of one word token: no invisibles, composed, lower case, eth as đ, one tone style. */
export function wordKey(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase();
  const clean = word.replace(INVISIBLE_RE, '');
  const lower = composeVietnamese(clean).toLowerCase().replace(/ð/g, 'đ');
  return canonicalTone(lower);
}

/** Most Latin names need no folding beyond lower case; tell them apart without a regex. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** The key of one punctuation character: every dash is '-', curly quotes are straight. */
export function punctuationKey(ch: string): string {
  return ch.replace(DASHES_RE, '-').replace(SINGLE_QUOTES_RE, "'").replace(DOUBLE_QUOTES_RE, '"');
}

/** Any white space the web uses between words, including no-break and narrow spaces. */
export const SPACE_RE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * The match key of a whole string: invisibles gone, composed, lower case, eth folded, one tone
 * style per syllable, dashes and quotes unified, every run of spaces one ASCII space, trimmed.
 */
export function normalizeForMatch(s: string): string {
  const words = s.replace(INVISIBLE_RE, '').replace(SPACE_RE, ' ').trim();
  return punctuationKey(composeVietnamese(words).toLowerCase().replace(/ð/g, 'đ')).replace(
    /[\p{L}\p{M}]+/gu,
    canonicalTone,
  );
}

/** An id-safe ASCII form of a name: "Türkiye" → "turkiye", "Đỗ Hùng Việt" → "do-hung-viet". */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐð]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
