// An acronym the article defines: the press writes an institution's name, then its English
// acronym in parentheses ("Lực lượng Vũ trang Philippines (AFP)"). There the acronym is that
// institution, even when the glossary knows the same letters as someone else (AFP, the news
// agency, everywhere else).
//
// Wrong is worse than missing: the letters must be the initials of the institution's English name,
// in either order the English writes it ("Armed Forces of the Philippines", "Philippine Coast
// Guard"), so "Bộ Quốc phòng Mỹ (AFP)", a photo credit, stays the agency's.
import type { Token } from './tokenize.ts';

/** Words an English name leaves out of its acronym. */
const SKIPPED = new Set(['of', 'the', 'and', 'for']);

/** "Armed Forces" → "AF", "united-states" → "US". */
function initials(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Is `acronym` the initials of an institution of kind `kindEn` ("Armed Forces") of the state
 *  `countryId` ("philippines")? */
export function isAcronymOf(acronym: string, kindEn: string, countryId: string): boolean {
  const kind = initials(kindEn);
  const country = initials(countryId);
  return acronym === kind + country || acronym === country + kind;
}

/** The acronym in parentheses right after token `end` ("(", "AFP", ")" on one line), as the index of
 *  its token; -1 when there is none. */
export function acronymAfter(tokens: readonly Token[], end: number): number {
  const [open, word, close] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (!open || !word || !close || open.key !== '(' || close.key !== ')') return -1;
  if (!word.word || !word.allCaps || word.letters < 2 || word.letters !== word.text.length) return -1;
  if (word.lineBreakBefore || close.lineBreakBefore) return -1;
  return end + 1;
}
