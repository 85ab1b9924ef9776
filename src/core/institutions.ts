// State institutions read from their parts: a kind from institution-kinds.ts right before a state the
// matcher found ("Bộ Quốc phòng" + "Ba Lan", "Quốc hội Cộng hòa" + "Moldova", "Đại sứ quán" + "Mỹ"
// + "tại" + "Kiev") is one institution, `<countryId>-<kind slug>`, marked as one mention over the
// whole name. Later in the article the bare kind ("Bộ Quốc phòng", "Hải cảnh") or "Bộ này" refers
// back to the one named before, when exactly one was. An acronym in parentheses right after the
// name, made of its English initials ("Lực lượng Vũ trang Philippines (AFP)"), is the institution
// too (acronyms.ts).
//
// Wrong is worse than missing: the kind must be written as a proper name (its capitals); the
// country must be a state mention right after it (so "quân đội hai nước", "Quốc hội" alone, "Bộ
// Ngoại giao" of Vietnam's own, given names like "Thúy Nga" give nothing); a pair ("Quân đội Nga -
// Belarus", "… Nga và Belarus") and a ship's name ("tàu Đô đốc Hải quân Liên Xô Kuznetsov") give
// nothing; a bare kind refers back only to a single candidate, and a kind Vietnam's own
// institutions share ("Bộ Ngoại giao", "Quốc hội") only in an article that does not name Vietnam.
import { acronymAfter, isAcronymOf } from './acronyms.ts';
import {
  COUNTRY_PREFIXES,
  INSTITUTION_KINDS,
  LOCATION_WORDS,
  SHIP_WORDS,
  type InstitutionKind,
  type KindForm,
} from './institution-kinds.ts';
import { normalizeForMatch } from './normalize.ts';
import { phraseKeys, phraseLengthAt } from './phrases.ts';
import { SegmentCursor, joinSegments } from './segments.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { ActorType, Mention } from './types.ts';

/** An institution the article names by kind and country, not (under that id) in the glossary. */
export interface Institution {
  /** `<countryId>-<slug>`, `<countryId>-<slug>-in-<placeId>` for a mission in a named place. */
  id: string;
  slug: string;
  /** The kind as the table spells the form the article used: "Bộ Quốc phòng", "Nội các". */
  form: string;
  countryId: string;
  placeId?: string;
}

export interface Institutions {
  institutions: Institution[];
  /** The mentions given, less the states (and places) now inside an institution's name, plus the
   *  institutions' mentions: basis "institution" for a full name, "institution-back" for a bare
   *  kind or "Bộ này" that refers back. */
  mentions: Mention[];
}

interface CompiledForm {
  kind: InstitutionKind;
  form: KindForm;
  key: string;
  words: string[];
  /** Whether each word must be capitalized in the text. */
  caps: boolean[];
  /** The kind's `between` words, as keys. */
  between: string[][];
}

const isCapital = (word: string) => word[0] !== word[0]!.toLowerCase();

function compile(kind: InstitutionKind, form: KindForm): CompiledForm {
  const words = form.text.split(' ');
  return {
    kind,
    form,
    key: normalizeForMatch(form.text),
    words: words.map(normalizeForMatch),
    caps: words.map(isCapital),
    between: phraseKeys(kind.between ?? []),
  };
}

/** Forms by their first word, longest first. */
const FORMS = new Map<string, CompiledForm[]>();
for (const kind of INSTITUTION_KINDS) {
  for (const form of kind.forms) {
    const c = compile(kind, form);
    const list = FORMS.get(c.words[0]!) ?? [];
    list.push(c);
    FORMS.set(c.words[0]!, list);
  }
}
for (const list of FORMS.values()) list.sort((a, b) => b.words.length - a.words.length);

const PREFIX_FORMS = COUNTRY_PREFIXES.map((p) => ({
  words: p.split(' ').map(normalizeForMatch),
  caps: p.split(' ').map(isCapital),
}));
const SHIP_PHRASES = phraseKeys(SHIP_WORDS);
const LOCATION_KEYS = new Set(LOCATION_WORDS.map(normalizeForMatch));
/** Vietnam and Hà Nội, as the glossary names them. */
const HOME: readonly string[] = ['vietnam', 'hanoi'];
/** Between two states, these make a pair: "Quân đội Nga - Belarus", "Nga và Belarus", "Nga/Belarus". */
const PAIR_KEYS = new Set(['-', '/', 'và', '&']);
/** Words that end a sentence or open a clause: a capital after them proves nothing. */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '"', "'", '(', '[', '-', '|', '•']);

interface Span {
  first: number; // token indices, end exclusive
  end: number;
  actorId: string;
  type: ActorType | undefined;
}

/** One institution named in full, in reading order: what bare kinds refer back to. */
interface Named {
  token: number;
  formKey: string;
  id: string;
  ministry: boolean;
}

interface Found {
  first: number;
  end: number;
  id: string;
  back: boolean;
}

/**
 * Institutions named in `segments` (read as one text, as the matcher reads them), given the
 * mentions found there so far (the glossary's and the people introduced). `typeOf` says what kind
 * each actor is; `home` are the reader's own state and its capital: the press names that state's
 * institutions bare, so an article naming it gets no back reference that Vietnam's own could take.
 */
export function findInstitutions(
  segments: readonly string[],
  mentions: readonly Mention[],
  typeOf: (actorId: string) => ActorType | undefined,
  home: readonly string[] = HOME,
): Institutions {
  const joined = joinSegments(segments);
  const text = joined.text;
  const tokens = tokenize(text);
  const at = (p: Mention['start']) => joined.starts[p.segment]! + p.offset;
  const spanOf = new Int32Array(tokens.length).fill(-1);
  const spans: Span[] = mentions.map((m, k) => {
    const first = firstTokenAt(tokens, at(m.start));
    let end = first;
    while (end < tokens.length && tokens[end]!.end <= at(m.end)) spanOf[end++] = k;
    return { first, end, actorId: m.actorId, type: typeOf(m.actorId) };
  });
  const spanStarting = (j: number) =>
    j < tokens.length && spanOf[j]! >= 0 && spans[spanOf[j]!]!.first === j ? spans[spanOf[j]!] : undefined;

  const institutions = new Map<string, Institution>();
  const found: Found[] = [];
  const absorbed = new Set<number>(); // mentions now inside an institution's name
  const named: Named[] = [];
  const bare: { first: number; end: number; form: CompiledForm | null }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const span = spanStarting(i);
    if (span && span.type === 'organization') {
      // A glossary institution ("Bộ Quốc phòng Nga"): bare kinds may refer back to it.
      const form = formAt(tokens, span.first, span.end, () => false);
      if (form && span.first + form.words.length < span.end)
        named.push({ token: i, formKey: form.key, id: span.actorId, ministry: form.kind.ministry === true });
    }
    // A kind's words are free, or are themselves one glossary mention of the bare kind ("Quốc hội"
    // for Vietnam's own): the kind + a state after it is still the state's.
    const form = formAt(
      tokens,
      i,
      tokens.length,
      (j) => spanOf[j]! >= 0 && !(span && j < span.end && isBareKind(tokens, span)),
    );
    if (!form) {
      if (!span && isThisMinistry(tokens, i, spanOf)) bare.push({ first: i, end: i + 2, form: null });
      if (span) i = span.end - 1;
      continue;
    }
    const whole = composeAt(tokens, i, form, spanStarting);
    if (whole === 'pair') {
      i += form.words.length - 1;
      continue;
    }
    if (!whole) {
      // Alone: it may refer back, unless the glossary itself knows the bare kind (that stands).
      if (!span) bare.push({ first: i, end: i + form.words.length, form });
      i += form.words.length - 1;
      continue;
    }
    if (inShipName(tokens, i, spanOf)) {
      i = whole.end - 1;
      continue;
    }
    const { country, place, end } = whole;
    const id = `${country.actorId}-${form.kind.slug}${place ? `-in-${place.actorId}` : ''}`;
    if (!institutions.has(id)) {
      institutions.set(id, {
        id,
        slug: form.kind.slug,
        form: form.form.text,
        countryId: country.actorId,
        ...(place ? { placeId: place.actorId } : {}),
      });
    }
    for (let j = i; j < end; j++) if (spanOf[j]! >= 0) absorbed.add(spanOf[j]!);
    found.push({ first: i, end, id, back: false });
    // "Lực lượng Vũ trang Philippines (AFP)": the acronym it defines is it, not the glossary's AFP.
    const acronym = acronymAfter(tokens, end);
    if (acronym >= 0 && isAcronymOf(tokens[acronym]!.text, form.kind.en, country.actorId)) {
      if (spanOf[acronym]! >= 0) absorbed.add(spanOf[acronym]!);
      found.push({ first: acronym, end: acronym + 1, id, back: false });
    }
    named.push({ token: i, formKey: form.key, id, ministry: form.kind.ministry === true });
    i = end - 1;
  }

  const homeNamed =
    mentions.some((m) => home.includes(m.actorId)) ||
    [...institutions.values()].some((x) => home.includes(x.countryId));
  // In reading order: a bare kind that refers to no one known is one more candidate for the next.
  const candidates = [...named];
  for (const b of bare) {
    const id = referent(tokens, b, candidates, homeNamed, spanOf);
    if (id) found.push({ first: b.first, end: b.end, id, back: true });
    if (b.form?.form.bare === 'never') continue;
    candidates.push({
      token: b.first,
      formKey: b.form?.key ?? '',
      id: id ?? `?${b.first}`,
      ministry: b.form ? b.form.kind.ministry === true : true,
    });
  }

  found.sort((a, b) => a.first - b.first);
  const starts = new SegmentCursor(joined, false);
  const ends = new SegmentCursor(joined, true);
  const composed: Mention[] = found.map((f) => {
    const start = tokens[f.first]!.start;
    const end = tokens[f.end - 1]!.end;
    return {
      actorId: f.id,
      start: starts.pointAt(start),
      end: ends.pointAt(end),
      surface: text.slice(start, end),
      basis: f.back ? 'institution-back' : 'institution',
      confidence: f.back ? 0.6 : 0.9,
    };
  });
  const all = [...mentions.filter((_, k) => !absorbed.has(k)), ...composed].sort((a, b) => at(a.start) - at(b.start));
  const used = new Set(found.map((f) => f.id));
  return { institutions: [...institutions.values()].filter((x) => used.has(x.id)), mentions: all };
}

/** The first token starting at or after `offset`. */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of the institution kind written at token `i` ("Bộ Ngoại giao", "Không quân"), ending by
 *  `limit`; 0 when none. Titles reach a name across one ("người phát ngôn Bộ Ngoại giao Qatar
 *  Majed al-Ansari", introductions.ts). */
export function kindLengthAt(tokens: readonly Token[], i: number, limit: number): number {
  return formAt(tokens, i, limit, () => false)?.words.length ?? 0;
}

/** Is the glossary mention exactly a kind form, with no country? */
function isBareKind(tokens: readonly Token[], span: Span): boolean {
  return (
    span.type === 'organization' &&
    formAt(tokens, span.first, span.end, () => false)?.words.length === span.end - span.first
  );
}

/** The longest kind form at token `i`, written as a proper name, on one line, ending by `limit`,
 *  none of its words `taken`. */
function formAt(
  tokens: readonly Token[],
  i: number,
  limit: number,
  taken: (j: number) => boolean,
): CompiledForm | null {
  const t = tokens[i]!;
  if (!t.word || !t.capitalized) return null;
  for (const c of FORMS.get(t.key) ?? []) {
    if (i + c.words.length > limit) continue;
    if (c.words.every((w, k) => fits(tokens[i + k], w, c.caps[k]!, k > 0) && !taken(i + k))) return c;
  }
  return null;
}

function fits(t: Token | undefined, key: string, cap: boolean, inside: boolean): boolean {
  return t?.word === true && t.key === key && (!cap || t.capitalized) && !(inside && t.lineBreakBefore);
}

type Composition = { country: Span; place?: Span; end: number } | 'pair' | null;

/** After the kind at `i`: (words between,) (a prefix of the long name,) a state, and for a mission
 *  "tại"/"ở" and its place. 'pair' when the state is one of two ("Nga - Belarus"). */
function composeAt(
  tokens: readonly Token[],
  i: number,
  form: CompiledForm,
  spanStarting: (j: number) => Span | undefined,
): Composition {
  const after = i + form.words.length;
  const starts = [after];
  const between = form.between.length ? phraseLengthAt(tokens, after, form.between) : 0;
  if (between) starts.unshift(after + between);
  for (const k of starts) {
    for (const j of [k, k + prefixLength(tokens, k)]) {
      if (tokens[j]?.lineBreakBefore) continue;
      const country = spanStarting(j);
      if (country?.type !== 'state') continue;
      const next = tokens[country.end];
      if (next && !next.lineBreakBefore && PAIR_KEYS.has(next.key) && spanStarting(country.end + 1)?.type === 'state')
        return 'pair';
      if (form.kind.located && next && LOCATION_KEYS.has(next.key) && !next.lineBreakBefore) {
        const place = spanStarting(country.end + 1);
        if (place && (place.type === 'place' || place.type === 'state') && !tokens[country.end + 1]!.lineBreakBefore)
          return { country, place, end: place.end };
      }
      return { country, end: country.end };
    }
  }
  return null;
}

/** "Cộng hòa", "Hoàng gia": words of the country's long name before the state, 0 when none. */
function prefixLength(tokens: readonly Token[], k: number): number {
  for (const p of PREFIX_FORMS)
    if (p.words.every((w, n) => fits(tokens[k + n], w, p.caps[n]!, true))) return p.words.length;
  return 0;
}

/** A ship's name: a ship word, then a name opening with a capital ("tàu sân bay Đô đốc …"), then
 *  the kind at `i`. "tàu Hải cảnh" (a ship of the coast guard) is not one. */
function inShipName(tokens: readonly Token[], i: number, spanOf: Int32Array): boolean {
  for (let j = i - 1; j >= Math.max(0, i - MAX_SHIP_NAME_WORDS); j--) {
    const t = tokens[j]!;
    if (!t.word || spanOf[j]! >= 0 || tokens[j + 1]!.lineBreakBefore) return false;
    if (
      t.capitalized &&
      SHIP_PHRASES.some((p) => p.length <= j && phraseLengthAt(tokens, j - p.length, [p], j) === p.length)
    )
      return true;
  }
  return false;
}
const MAX_SHIP_NAME_WORDS = 4;

/** "Bộ này" at `i`: "Bộ" capitalized, free, "này" after it. */
function isThisMinistry(tokens: readonly Token[], i: number, spanOf: Int32Array): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.key === 'bộ' &&
    t.capitalized &&
    !t.allCaps &&
    next !== undefined &&
    next.key === 'này' &&
    !next.lineBreakBefore &&
    spanOf[i + 1]! < 0
  );
}

/** Is token `i` capitalized only because it opens a sentence or a line? */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i]!.lineBreakBefore || OPENERS.has(tokens[i - 1]!.key);
}

/** What a bare kind (or "Bộ này") refers back to: the one institution of that form (of any
 *  ministry) named before it; null when none, several, or it may be Vietnam's own. */
function referent(
  tokens: readonly Token[],
  b: { first: number; end: number; form: CompiledForm | null },
  named: readonly Named[],
  homeNamed: boolean,
  spanOf: Int32Array,
): string | null {
  const before = named.filter((n) => n.token < b.first);
  if (!b.form) {
    // "Bộ này": ministries are Vietnam's own too.
    if (homeNamed) return null;
    return only(before.filter((n) => n.ministry).map((n) => n.id));
  }
  const { form } = b;
  if (form.form.bare === 'never' || (form.form.bare === 'own' && homeNamed)) return null;
  // "Quân đội hai nước …" opens a sentence as a common noun: only a second capital proves a name.
  if (form.caps.filter(Boolean).length < 2 && opensSentence(tokens, b.first)) return null;
  // "Quốc hội Lập hiến", "Chính phủ Đoàn kết": a longer name the grammar does not know; "người
  // phát ngôn Bộ Ngoại giao Phạm Thu Hằng": a title whose person says whose ministry, not we.
  const next = tokens[b.end];
  if (next?.word && !next.lineBreakBefore && (next.capitalized || spanOf[b.end]! >= 0)) return null;
  if (inShipName(tokens, b.first, spanOf)) return null;
  return only(before.filter((n) => n.formKey === form.key).map((n) => n.id));
}

function only(ids: readonly string[]): string | null {
  const distinct = new Set(ids);
  return distinct.size === 1 ? [...distinct][0]! : null;
}
