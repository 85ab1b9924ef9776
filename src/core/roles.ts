// The roles a text gives a person: the title standing before a name ("Bộ trưởng Quốc phòng
// Belarus Viktor Khrenin") or the appositive after it ("Patrick Ryder, phát ngôn viên Lầu Năm
// Góc, cho biết"). Pure: the build uses it on the corpus, so the glossary can say who was what,
// as of the story's date.
import { OFFICE_TITLES, PORTFOLIOS, TITLES } from './lexicon.ts';
import { wordKey } from './normalize.ts';
import { phraseKeys, phraseLengthAt } from './phrases.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { Mention } from './types.ts';

export interface RoleFinding {
  actorId: string;
  /** As written in the text, first letter upper-cased: "Bộ trưởng Quốc phòng Belarus". */
  title: string;
}

/** Titles are compared word by word by match key. Honorifics ("ông", "bà") are not roles. */
const officeTitles = phraseKeys(OFFICE_TITLES);
/** Lower-case words that may sit inside a title: portfolios and the links of "đại sứ Mỹ tại
 *  Moscow", "Chỉ huy lực lượng chung Ukraine". Anything else lower-case ends the title. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const titleWords = new Set(
  [
    ...PORTFOLIOS.flatMap((p) => p.split(' ').map(wordKey)),
    ...TITLES.flatMap((t) => t.split(' ').map(wordKey)),
    'tại', 'lực', 'lượng', 'chung', 'vũ', 'trang', 'báo', 'chí', 'liên', 'minh',
  ].filter((w) => w !== 'và'), // "Tổng thống Lukashenko và Tổng thống Putin": two people, two titles
);
/** Relations, not roles: "người đồng cấp Belarus Sergey Aleynik" says nothing of his office. */
const notRoles = new Set(['người đồng cấp', 'đồng cấp', 'lãnh đạo', 'quan chức', 'nhà lãnh đạo']);
const MAX_TITLE_WORDS = 10;
const MAX_APPOSITIVE_WORDS = 24;

/**
 * Roles given in one paragraph. `mentions` are the matcher's mentions of this paragraph as one
 * segment; `isPerson` says which actors are people (only people hold titles here).
 * A surname alone gets a role only when the title names a state or body ("Tổng thống Belarus
 * Lukashenko"): "Bộ trưởng Khrenin" says less than the full-name mention already did.
 */
export function findRoles(
  text: string,
  mentions: readonly Mention[],
  isPerson: (actorId: string) => boolean,
): RoleFinding[] {
  const tokens = tokenize(text);
  const spans = mentions.map((m) => ({ start: m.start.offset, end: m.end.offset, person: isPerson(m.actorId) }));
  // A title may name a state or a body ("Người phát ngôn Điện Kremlin"), never another person.
  const inMention = (t: Token) => spans.some((s) => !s.person && t.start >= s.start && t.end <= s.end);
  const inPerson = (t: Token) => spans.some((s) => s.person && t.start >= s.start && t.end <= s.end);
  const found: RoleFinding[] = [];
  for (const m of mentions) {
    if (!isPerson(m.actorId)) continue;
    const first = tokens.findIndex((t) => t.start >= m.start.offset);
    const last = tokens.findIndex((t) => t.start >= m.end.offset);
    const before = titleBefore(text, tokens, first, inMention, inPerson);
    if (before && (m.basis === 'alias' || before.namesBody)) found.push({ actorId: m.actorId, title: before.title });
    const after = appositiveAfter(text, tokens, last === -1 ? tokens.length : last);
    if (after && m.basis === 'alias') found.push({ actorId: m.actorId, title: after });
  }
  return found;
}

/** Walks back from the name over words that may belong to a title, then takes the span from the
 *  earliest office title found in it. */
function titleBefore(
  text: string,
  tokens: readonly Token[],
  nameIndex: number,
  inMention: (t: Token) => boolean,
  inPerson: (t: Token) => boolean,
): { title: string; namesBody: boolean } | null {
  let from = nameIndex;
  while (from > 0 && nameIndex - from < MAX_TITLE_WORDS) {
    const t = tokens[from - 1]!;
    if (!t.word || inPerson(t)) break;
    const belongs = t.capitalized || inMention(t) || titleWords.has(t.key);
    if (!belongs) break;
    from--;
  }
  for (let i = from; i < nameIndex; i++) {
    const length = officeTitleAt(tokens, i, nameIndex);
    if (length === 0) continue;
    const words = tokens.slice(i, nameIndex);
    const phrase = words
      .slice(0, length)
      .map((t) => t.key)
      .join(' ');
    if (notRoles.has(phrase)) return null;
    const title = capitalize(text.slice(words[0]!.start, words[words.length - 1]!.end));
    return { title, namesBody: words.slice(length).some(inMention) };
  }
  return null;
}

/** ", phát ngôn viên Lầu Năm Góc," — an office title right after a comma, up to the next
 *  comma, full stop or bracket (closing or opening). */
export function appositiveAfter(text: string, tokens: readonly Token[], afterName: number): string | null {
  if (tokens[afterName]?.text !== ',') return null;
  const start = afterName + 1;
  if (officeTitleAt(tokens, start, tokens.length) === 0) return null;
  let end = start;
  // Words, and dashes inside a name ("chính trị-nhân đạo"), up to the closing punctuation.
  while (tokens[end]?.word || (tokens[end]?.key === '-' && tokens[end + 1]?.word)) end++;
  const closing = tokens[end]?.text;
  // An opening bracket ends it too: "Phó Giám đốc Trung tâm Nghiên cứu phương Đông (OSW)".
  if (end - start > MAX_APPOSITIVE_WORDS || !closing || !',.()'.includes(closing)) return null;
  const phrase = tokens.slice(start, end);
  const head = phrase
    .slice(0, officeTitleAt(tokens, start, end))
    .map((t) => t.key)
    .join(' ');
  if (notRoles.has(head)) return null;
  return capitalize(text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end));
}

/** The length in words of the longest office title starting at `i` (0 if none). */
function officeTitleAt(tokens: readonly Token[], i: number, limit: number): number {
  return phraseLengthAt(tokens, i, officeTitles, limit);
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
