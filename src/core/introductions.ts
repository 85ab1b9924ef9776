// People the glossary does not know, read from the article itself. The Vietnamese press
// introduces nearly everyone with a title, often a country or body, then the full name ("Phó
// Ngoại trưởng Nga Sergei Ryabkov", "người phát ngôn Bộ Ngoại giao Nga Maria Zakharova", "ông
// Mark Smith"), or with the title in apposition ("Yuri Ushakov, trợ lý Tổng thống Nga, cho
// biết"); later it writes the surname alone. Those people get a mention and a card built from the
// article only.
//
// Wrong is worse than missing: a name is taken only right after a title (or, for a foreign name,
// "ông"/"bà"/"ngài") with nothing unexplained in between, or right before an appositive title; it must look like a
// personal name (2–4 capitalized words: a foreign one has a word Vietnamese spelling cannot
// produce; a Vietnamese one starts with a common family name and has 3–4 syllables); a surname
// alone is resolved only after the full name, only when one introduced person has it, and a
// Vietnamese given name only right after a title or honorific.
import { LOCATION_WORDS } from './institution-kinds.ts';
import { kindLengthAt } from './institutions.ts';
import { HONORIFICS, NAME_PARTICLES, OFFICE_TITLES, PORTFOLIOS } from './lexicon.ts';
import { asciiSlug, normalizeForMatch } from './normalize.ts';
import { phraseKeys, phraseLengthAt } from './phrases.ts';
import { appositiveAfter } from './roles.ts';
import { SegmentCursor, joinSegments } from './segments.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { ActorType, Mention } from './types.ts';

/** A person named in the article, not in the glossary. */
export interface IntroducedPerson {
  /** "article:sergei-ryabkov": never a glossary id (those have no colon). */
  id: string;
  /** As the article first writes it in full. */
  name: string;
  /** The title the article gives ("Phó Ngoại trưởng Nga"), or "" after a bare "ông"/"bà". */
  title: string;
  /** The state the title names, where it names one. */
  countryId?: string;
  /** Named here without an introduction, known from an earlier article (`known` below). */
  remembered?: true;
}

export interface Introductions {
  people: IntroducedPerson[];
  /** Their mentions (basis "introduced" for a full name, "introduced-short" for a surname), and
   *  the glossary's mentions with any surname the article gives to one of them taken back. */
  mentions: Mention[];
}

/** Vietnamese family names common enough that a title + one of them + 2–3 syllables is a name. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const VIETNAMESE_FAMILY_NAMES = new Set(
  [
    'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ',
    'ngô', 'dương', 'lý', 'tô', 'lương', 'đinh', 'trịnh', 'mai', 'đào', 'đoàn', 'lâm', 'hà', 'cao',
    'chu', 'tạ', 'vương', 'triệu', 'thái', 'lưu', 'quách', 'kiều', 'khổng', 'nghiêm', 'văn', 'châu',
  ].map(normalizeForMatch),
);
/** "ông", "bà", "ngài" before a full name: a person, even with no office. Other honorifics
 *  ("anh", "chị") are pronouns too often. */
const PERSON_WORDS = phraseKeys(['ông', 'bà', 'ngài']);
const TITLE_OR_HONORIFIC = phraseKeys([...OFFICE_TITLES, ...HONORIFICS]);
const OFFICE_TITLE_WORDS = phraseKeys(OFFICE_TITLES);
const PORTFOLIO_WORDS = phraseKeys(PORTFOLIOS);
/** Words that may join a title to the name it introduces. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const LINK_WORDS = phraseKeys([
  'phe đối lập', 'đối lập', 'của', 'tại', 'cấp cao', 'thường trực', 'thứ nhất', 'đặc biệt', 'lâm thời',
  'quyền', 'mới', 'đương nhiệm', 'kiêm', 'liên bang', 'về', 'các vấn đề', 'chính sách', 'đối ngoại',
  'an ninh', 'và', 'quốc gia', 'quân đội', 'lực lượng', 'tổng', 'phòng vệ', 'hải quân', 'không quân',
]);
/** A place word names the capitalized word after it ("vùng Kursk", "tỉnh Donetsk"). */
const PLACE_WORDS = phraseKeys([
  'vùng',
  'tỉnh',
  'bang',
  'thành phố',
  'khu vực',
  'đảo',
  'quận',
  'hạt',
  'nước',
  'thủ đô',
]);
/** Relations, not offices: "người đồng cấp Belarus X" introduces X, but gives no role. */
const RELATIONS = new Set(['người đồng cấp', 'đồng cấp']);
const MAX_TITLE_WORDS = 12;
/** "tại", "ở": what follows is where ("Thủ tướng tại Rio de Janeiro"), never who. */
const PLACE_PREPOSITIONS = new Set(LOCATION_WORDS.map(normalizeForMatch));
const PARTICLES = new Set(NAME_PARTICLES);

/** What a name known from an earlier article gets here: no title, the card gives the old one. */
const REMEMBERED = { title: '', remembered: true } as const;

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

interface Span {
  start: number;
  end: number;
  actorId: string;
  type: ActorType | undefined;
}

/**
 * People introduced in `segments` (read as one text, as the matcher reads them), given the
 * glossary's `mentions` of the same segments. `typeOf` says what kind each glossary actor is.
 * `known` are full names introduced by earlier articles: written out in full, exactly, they are
 * taken without an introduction here.
 */
export function findIntroductions(
  segments: readonly string[],
  mentions: readonly Mention[],
  typeOf: (actorId: string) => ActorType | undefined,
  known: readonly string[] = [],
): Introductions {
  const joined = joinSegments(segments);
  const text = joined.text;
  const tokens = tokenize(text);
  const at = (p: Mention['start']) => joined.starts[p.segment]! + p.offset;
  const spans: Span[] = mentions.map((m) => ({
    start: at(m.start),
    end: at(m.end),
    actorId: m.actorId,
    type: typeOf(m.actorId),
  }));
  const spanOf = (t: Token) => spans.find((s) => t.start >= s.start && t.end <= s.end);

  const knownNames = new Set(known.map(normalizeForMatch));
  const people = new Map<string, IntroducedPerson>();
  const found: { start: number; end: number; id: string; basis: 'introduced' | 'introduced-short' }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.capitalized || spanOf(t) || (i > 0 && continuesName(tokens, i))) continue;
    const run = nameRun(tokens, i, spanOf);
    if (!run) continue;
    const name = text.slice(t.start, tokens[run.end - 1]!.end);
    const intro =
      introduction(text, tokens, i, run.end, spanOf, spans) ??
      (knownNames.has(normalizeForMatch(name)) ? REMEMBERED : null);
    if (!intro) continue;
    const id = `article:${asciiSlug(normalizeForMatch(name))}`;
    // An introduction anywhere in the article beats knowing the name from before.
    const had = people.get(id);
    if (!had || (had.remembered && !intro.remembered)) people.set(id, { id, name: had?.name ?? name, ...intro });
    found.push({ start: t.start, end: tokens[run.end - 1]!.end, id, basis: 'introduced' });
    i = run.end - 1;
  }
  if (people.size === 0) return { people: [], mentions: [...mentions] };

  const shortForms = shortFormsOf([...people.values()]);
  const firstFull = new Map<string, number>();
  for (const f of found) if (!firstFull.has(f.id)) firstFull.set(f.id, f.start);
  const taken = (t: Token) => found.some((f) => t.start >= f.start && t.end <= f.end);
  const kept = spans.map(() => true);
  tokens.forEach((t, i) => {
    const short = t.word ? shortForms.get(t.key) : undefined;
    if (!short || taken(t) || t.start < (firstFull.get(short.id) ?? Infinity)) return;
    if (short.needsTitle && phraseLengthBefore(tokens, i) === 0) return;
    const k = spans.findIndex((s) => t.start >= s.start && t.end <= s.end);
    if (k >= 0) {
      const basis = mentions[k]!.basis;
      if (basis !== 'short-unique' && basis !== 'short-after-full') return;
      // A surname the glossary gave to someone by uniqueness alone ("Austin") belongs, in an
      // article that introduced its own Austin, to the article's; one the article also gave a
      // known person in full belongs to no one.
      kept[k] = false;
      if (basis === 'short-after-full') return;
    }
    found.push({ start: t.start, end: t.end, id: short.id, basis: 'introduced-short' });
  });

  found.sort((a, b) => a.start - b.start);
  const starts = new SegmentCursor(joined, false);
  const ends = new SegmentCursor(joined, true);
  const introduced: Mention[] = found.map((f) => ({
    actorId: f.id,
    start: starts.pointAt(f.start),
    end: ends.pointAt(f.end),
    surface: text.slice(f.start, f.end),
    basis: f.basis,
    confidence: f.basis === 'introduced' ? 0.8 : 0.6,
  }));
  const all = [...mentions.filter((_, k) => kept[k]), ...introduced].sort((a, b) => at(a.start) - at(b.start));
  return { people: [...people.values()], mentions: all };
}

/** Is token `i` a capitalized word joined to the capitalized word before it ("Jean-Noël")? Then
 *  it was read with it. */
function continuesName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  return (
    !before.word &&
    (before.key === '-' || before.text === '.') &&
    before.start === tokens[i - 2]?.end &&
    before.end === tokens[i]!.start
  );
}

/**
 * The personal name starting at token `i`: capitalized words (and particles) with the dashes
 * inside names, none of them part of a glossary mention, on one line. Null when it does not
 * look like a personal name. A name is read whole or not at all: a word joined by a dash is part
 * of it whatever its case ("Kim Dae-jung", "Park Geun-hye"), so "Kim Dae" is never someone.
 */
function nameRun(tokens: readonly Token[], i: number, spanOf: (t: Token) => Span | undefined): { end: number } | null {
  const words: Token[] = [];
  const joined = new Set<Token>(); // the words after a dash inside the name
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > i && t.lineBreakBefore) break;
    const afterDash = k > i && isTightDash(tokens, k - 1);
    if (t.word && !spanOf(t) && (t.capitalized || afterDash || opensNameAfterParticle(tokens, k))) {
      words.push(t);
      if (afterDash) joined.add(t);
      continue;
    }
    // "Jean-Noël", "al-Sudani": a dash written tight between two words of the name.
    if (isTightDash(tokens, k) && tokens[k + 1]?.word) continue;
    // A glossary mention inside the name ("Hafez al-Assad" with "al-Assad" another's): no name.
    if (t.word && spanOf(t) && (afterDash || (words.length > 0 && !words[words.length - 1]!.capitalized))) return null;
    break;
  }
  while (words.length && !words[words.length - 1]!.capitalized && !joined.has(words[words.length - 1]!)) words.pop();
  // "Dae-jung": a lower-case tail is part of the word before it ("Willem-Alexander" is two).
  const heads = words.filter((w) => w.capitalized || !joined.has(w));
  if (heads.length < MIN_NAME_WORDS || heads.length > MAX_NAME_WORDS) return null;
  if (words.some((w) => w.allCaps && w.letters > 1)) return null; // "NATO", a headline in capitals
  if (!looksLikeName(heads)) return null;
  return { end: tokens.indexOf(words[words.length - 1]!) + 1 };
}

/** Is token `k` a dash written tight between two tokens ("Dae-jung", "al-Assad")? */
function isTightDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined && !t.word && t.key === '-' && t.start === tokens[k - 1]?.end && tokens[k + 1]?.start === t.end
  );
}

/** Is token `k` a particle that opens the rest of a name: "bin Salman", "al-Assad", "von der Leyen"? */
function opensNameAfterParticle(tokens: readonly Token[], k: number): boolean {
  if (!PARTICLES.has(tokens[k]!.key)) return false;
  const next = isTightDash(tokens, k + 1) ? tokens[k + 2] : tokens[k + 1];
  return next?.word === true && (next.capitalized || PARTICLES.has(next.key));
}

function looksLikeName(words: readonly Token[]): boolean {
  const vietnamese = words.map((w) => isVietnameseSyllable(w.text));
  if (vietnamese.every(Boolean)) return words.length >= 3 && VIETNAMESE_FAMILY_NAMES.has(words[0]!.key); // "Đỗ Hùng Việt"
  // "Mỹ Donald Trump" with a country the glossary lacks, "Kim Yo Jong": a Vietnamese-looking word
  // before a foreign name may be a place or a name part; when unsure, no name.
  if (words.length >= 3 && vietnamese[0] && !vietnamese[1]) return false;
  return true; // "Sergei Ryabkov", "Kaja Kallas"
}

/** What introduces the name between tokens `start` and `end`: a title before it, "ông"/"bà"
 *  right before it, or a title in apposition after it. */
function introduction(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  spanAt: (t: Token) => Span | undefined,
  spans: readonly Span[],
): Omit<IntroducedPerson, 'id' | 'name'> | null {
  if (start > 0 && PLACE_PREPOSITIONS.has(tokens[start - 1]!.key)) return null;
  const from = titleStart(tokens, start, spanAt);
  if (from !== null) {
    const phrase = tokens
      .slice(from, from + phraseLengthAt(tokens, from, OFFICE_TITLE_WORDS, start))
      .map((t) => t.key)
      .join(' ');
    const title = RELATIONS.has(phrase) ? '' : capitalize(text.slice(tokens[from]!.start, tokens[start - 1]!.end));
    return withCountry(title, tokens[from]!.start, tokens[start]!.start, spans);
  }
  // A Vietnamese name needs an office: "ông Trần Minh Đức" is anyone, a curator in a culture story.
  if (isVietnameseSyllable(tokens[start]!.text)) return null;
  // "Bà Justyna Gotkowska, Phó Giám đốc …,": the title in apposition says more than "bà".
  const after = appositiveAfter(text, tokens, end);
  if (after) {
    const from = tokens[end + 1]!.start;
    return withCountry(after, from, from + after.length, spans);
  }
  if (phraseLengthBefore(tokens, start, PERSON_WORDS) > 0) return { title: '' };
  return null;
}

/**
 * Where the title before the name at token `name` starts, or null when none stands right before
 * it. Read forwards from each office title within reach: what lies between it and the name must be
 * made only of portfolios ("Quốc phòng"), other titles ("trợ lý Tổng thống"), glossary mentions
 * of states and bodies ("Bộ Ngoại giao Nga", "NATO"), the kinds of institution a state has ("Bộ
 * Ngoại giao" Qatar, institutions.ts), a few linking words ("phe đối lập", "của"),
 * or a place word and the one capitalized word it names ("vùng Kursk"). The earliest title that
 * reaches the name wins: the longest title.
 */
function titleStart(tokens: readonly Token[], name: number, spanAt: (t: Token) => Span | undefined): number | null {
  for (let j = Math.max(0, name - MAX_TITLE_WORDS); j < name; j++) {
    const length = phraseLengthAt(tokens, j, OFFICE_TITLE_WORDS, name);
    if (length > 0 && reaches(tokens, j + length, name, spanAt)) return j;
  }
  return null;
}

function reaches(tokens: readonly Token[], k: number, name: number, spanAt: (t: Token) => Span | undefined): boolean {
  while (k < name) {
    const t = tokens[k]!;
    if (!t.word || t.lineBreakBefore) return false;
    const span = spanAt(t);
    if (span) {
      if (span.type === 'person') return false;
      while (k < name && tokens[k]!.start < span.end) k++;
      continue;
    }
    const step =
      phraseLengthAt(tokens, k, PORTFOLIO_WORDS, name) ||
      phraseLengthAt(tokens, k, OFFICE_TITLE_WORDS, name) ||
      phraseLengthAt(tokens, k, LINK_WORDS, name) ||
      kindLengthAt(tokens, k, name) ||
      (phraseLengthAt(tokens, k, PLACE_WORDS, name) && tokens[k + 1]?.capitalized && k + 2 <= name ? 2 : 0);
    if (step === 0) return false;
    k += step;
  }
  return k === name;
}

/** The state a title names: the last state mention inside it. */
function withCountry(
  title: string,
  from: number,
  to: number,
  spans: readonly Span[],
): Omit<IntroducedPerson, 'id' | 'name'> {
  const state = spans.filter((s) => s.type === 'state' && s.start >= from && s.end <= to).pop();
  return state ? { title, countryId: state.actorId } : { title };
}

/** Words of the longest phrase of `phrases` ending right before token `i` (titles and
 *  honorifics by default), 0 when none. */
function phraseLengthBefore(tokens: readonly Token[], i: number, phrases = TITLE_OR_HONORIFIC): number {
  for (let length = Math.min(6, i); length > 0; length--) {
    if (phraseLengthAt(tokens, i - length, phrases, i) === length) return length;
  }
  return 0;
}

/** Each introduced person's short form: the last word of a foreign name ("Ryabkov"), the given
 *  name of a Vietnamese one ("Việt", only after a title). Shared by two people: nobody's. A name
 *  ending in a hyphenated given name ("Kim Dae-jung") has none: its tail is no one alone. */
function shortFormsOf(people: readonly IntroducedPerson[]): Map<string, { id: string; needsTitle: boolean }> {
  const forms = new Map<string, { id: string; needsTitle: boolean } | null>();
  for (const p of people) {
    const words = tokenize(p.name).filter((t) => t.word);
    const last = words[words.length - 1]!;
    if (!last.capitalized) continue;
    const needsTitle = isVietnameseSyllable(last.text);
    const key = last.key;
    forms.set(key, forms.has(key) && forms.get(key)?.id !== p.id ? null : { id: p.id, needsTitle });
  }
  return new Map([...forms].filter((e): e is [string, { id: string; needsTitle: boolean }] => e[1] !== null));
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
