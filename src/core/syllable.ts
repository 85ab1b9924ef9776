// Is a word a possible Vietnamese syllable? Used to tell a Vietnamese personal or place name
// next to "Nga" ("Thúy Nga", "Mỹ Tho") from a foreign name ("Nga Vladimir Putin"), which is
// no evidence of a personal name at all. Spelling rules, not a dictionary: good enough to
// reject "Vladimir", "Lloyd", "Putin", "Lukashenko", "Kiev", "Trump".
import { splitTone, wordKey } from './normalize.ts';

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
/** Nuclei that may stand open or take a final consonant. */
const NUCLEUS_FREE = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy', 'uơ'];
/** Nuclei that need a final consonant ("ăn", "tiến", "muốn", "người", "khuyên", "boong"). */
const NUCLEUS_CLOSED = ['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê'];
/** Nuclei ending in a semivowel, which take no final consonant ("hai", "hoài", "người"). */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const NUCLEUS_GLIDED = [
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa',
  'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu',
];
const CODA = '(?:ng|nh|ch|[cmnpt])';

const alternation = (list: string[]) => list.sort((a, b) => b.length - a.length).join('|');
const SYLLABLE_RE = new RegExp(
  `^${ONSET}(?:(?:${alternation(NUCLEUS_FREE)})${CODA}?|(?:${alternation(NUCLEUS_CLOSED)})${CODA}` +
    `|(?:oo)(?:ng|c)|(?:${alternation(NUCLEUS_GLIDED)}))$`,
);
const STOP_CODA_RE = /(?:c|ch|p|t)$/;
/** "k" spells /k/ only before front vowels, "c" only before the others. */
const BAD_ONSET_RE = /^(?:k[^hiyeê]|c[iyeê]|gh[^ieê]|ngh[^ieê]|q[^u])/;

/** The toneless spelling of a key and the one tone it carries ("" for level tone, null when a
 *  word carries two tones, which no Vietnamese syllable does). */
function stripTone(key: string): { bare: string; tone: string } | null {
  let bare = '';
  let tone = '';
  for (const ch of key) {
    const split = splitTone(ch);
    if (split.tone) {
      if (tone) return null;
      tone = split.tone;
    }
    bare += split.vowel;
  }
  return { bare, tone };
}

export function isVietnameseSyllable(word: string): boolean {
  const key = wordKey(word);
  if (key.length === 0 || key.length > 7) return false;
  const stripped = stripTone(key);
  if (!stripped) return false;
  const { bare, tone } = stripped;
  if (!SYLLABLE_RE.test(bare) || BAD_ONSET_RE.test(bare)) return false;
  // A syllable closed by a stop (c, ch, p, t) only takes the sắc or nặng tone: "bát", "bạt", never "bat".
  if (STOP_CODA_RE.test(bare) && tone !== '\u0301' && tone !== '\u0323') return false;
  return true;
}
