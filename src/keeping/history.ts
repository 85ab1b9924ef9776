// The reader's reading history: which articles they read, and who was in them. It stays on the
// reader's machine (storage.local) and holds what related-story ranking needs, never the text.
// This file is the shape and the pure rules (record, bound, merge, the export file and its
// validation); the background (src/background/history.ts) owns the storage.

import { normalizeForMatch } from '../core/normalize.ts';
import {
  ACTOR_ID_CHARS,
  ENTRY_ACTORS,
  ENTRY_PEOPLE,
  HEADLINE_CHARS,
  HISTORY_ENTRIES,
  IMPORT_ENTRIES,
  NAME_CHARS,
  OUTLET_CHARS,
  PERSON_TITLE_CHARS,
  REMEMBERED_PEOPLE,
  URL_CHARS,
} from '../shared/limits.ts';
import { isRecord, oversize, problem, readExportedFile, type Problem, type ProblemCode } from './problems.ts';

/** One article the reader read, as remembered. */
export interface HistoryEntry {
  url: string;
  headline: string;
  /** The outlet as the page names itself (og:site_name, JSON-LD publisher); "" when it does not
   *  say (the URL's hostname then tells where). Never guessed. */
  outlet: string;
  /** ISO publication date, or "" when the page does not give one. */
  date: string;
  /** When the reader (last) read it: an ISO timestamp. */
  readAt: string;
  actors: { actorId: string; count: number; salience: number }[];
  /** People the glossary does not know, as this article introduced them (src/core/introductions.ts):
   *  the name and the title it gave, so that a later article naming them is understood. Absent in
   *  entries from before this was kept. */
  people?: HistoryPerson[];
}

/** A person read from an article: the name as it wrote it in full, and the title it gave ("" when
 *  it gave only "ông"/"bà"). Never the text around them. */
export interface HistoryPerson {
  name: string;
  title: string;
}

/** storage.local key of the entries (newest first). */
export const HISTORY_KEY = 'history';
export const HISTORY_FORMAT = 'boi-canh-history';
export const HISTORY_VERSION = 1;

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  exportedAt: string;
  entries: HistoryEntry[];
}

/** The address an article is remembered under: no fragment, no tracking parameters, so that the
 *  same article reached from a share link is one entry. */
export function historyUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|zarsrc$)/i.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0);

/** Adds (or refreshes) one read; the oldest reads fall off past `limit`. */
export function recordEntry(
  entries: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_ENTRIES,
): HistoryEntry[] {
  return [entry, ...entries.filter((e) => e.url !== entry.url)].sort(newestFirst).slice(0, limit);
}

export interface MergeReport {
  added: number;
  updated: number;
  /** Entries of the file older than what was already remembered for their URL. */
  unchanged: number;
  total: number;
}

/** Merges imported entries by URL, keeping the newer read of each; then bounds the list. */
export function mergeEntries(
  existing: readonly HistoryEntry[],
  incoming: readonly HistoryEntry[],
  limit = HISTORY_ENTRIES,
): { entries: HistoryEntry[]; report: Omit<MergeReport, 'total'> } {
  const byUrl = new Map(existing.map((e) => [e.url, e]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of incoming) {
    const old = byUrl.get(entry.url);
    if (!old) added++;
    else if (entry.readAt > old.readAt) updated++;
    else {
      unchanged++;
      continue;
    }
    byUrl.set(entry.url, entry);
  }
  return { entries: [...byUrl.values()].sort(newestFirst).slice(0, limit), report: { added, updated, unchanged } };
}

export function historyFile(entries: readonly HistoryEntry[], now: Date): HistoryFile {
  return { format: HISTORY_FORMAT, version: HISTORY_VERSION, exportedAt: now.toISOString(), entries: [...entries] };
}

export function historyFileName(now: Date): string {
  return `boi-canh-lich-su-${now.toISOString().slice(0, 10)}.json`;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ACTOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  // Date.parse rolls 30 February over into March: the day must survive the round trip.
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

export function isIsoTime(s: string): boolean {
  return ISO_TIME.test(s) && !Number.isNaN(Date.parse(s));
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function actorProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw)) return [problem('actorNotObject', path)];
  const found: Problem[] = [];
  if (typeof raw.actorId !== 'string' || !ACTOR_ID.test(raw.actorId) || raw.actorId.length > ACTOR_ID_CHARS) {
    found.push(problem('actorIdInvalid', `${path}.actorId`, String(raw.actorId)));
  }
  if (!Number.isInteger(raw.count) || (raw.count as number) < 1) {
    found.push(problem('countInvalid', `${path}.count`, String(raw.count)));
  }
  if (typeof raw.salience !== 'number' || !(raw.salience >= 0 && raw.salience <= 1)) {
    found.push(problem('salienceInvalid', `${path}.salience`, String(raw.salience)));
  }
  return found;
}

function personProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw) || typeof raw.name !== 'string' || !/\p{L}/u.test(raw.name) || typeof raw.title !== 'string') {
    return [problem('personInvalid', path)];
  }
  return [
    ...tooLong('nameTooLong', `${path}.name`, raw.name, NAME_CHARS),
    ...tooLong('titleTooLong', `${path}.title`, raw.title, PERSON_TITLE_CHARS),
  ];
}

/** [] when `text` is within `limit` characters; else the problem, with its length and the limit. */
function tooLong(code: ProblemCode, path: string, text: string, limit: number): Problem[] {
  return text.length > limit ? [oversize(code, path, text.length, limit)] : [];
}

/** [] when `list` has at most `limit` items; else the problem, with its count and the limit. */
function tooMany(code: ProblemCode, path: string, list: readonly unknown[], limit: number): Problem[] {
  return list.length > limit ? [oversize(code, path, list.length, limit)] : [];
}

/** Every problem of one entry, each with where it is (`path` prefixes the field names). */
export function entryProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw)) return [problem('entryNotObject', path)];
  const found: Problem[] = [];
  const at = (field: string) => `${path}.${field}`;
  if (typeof raw.url === 'string' && raw.url.length > URL_CHARS)
    found.push(...tooLong('urlTooLong', at('url'), raw.url, URL_CHARS));
  else if (typeof raw.url !== 'string' || !isWebUrl(raw.url))
    found.push(problem('urlInvalid', at('url'), String(raw.url)));
  if (typeof raw.headline !== 'string' || raw.headline.trim() === '')
    found.push(problem('headlineInvalid', at('headline')));
  else found.push(...tooLong('headlineTooLong', at('headline'), raw.headline, HEADLINE_CHARS));
  if (typeof raw.outlet !== 'string') found.push(problem('outletInvalid', at('outlet')));
  else found.push(...tooLong('outletTooLong', at('outlet'), raw.outlet, OUTLET_CHARS));
  if (typeof raw.date !== 'string' || (raw.date !== '' && !isIsoDate(raw.date))) {
    found.push(problem('dateInvalid', at('date'), String(raw.date)));
  }
  if (typeof raw.readAt !== 'string' || !isIsoTime(raw.readAt)) {
    found.push(problem('readAtInvalid', at('readAt'), String(raw.readAt)));
  }
  // A list over its bound is reported as such and not walked.
  if (!Array.isArray(raw.actors)) found.push(problem('actorsInvalid', at('actors')));
  else if (raw.actors.length > ENTRY_ACTORS)
    found.push(...tooMany('entryTooManyActors', at('actors'), raw.actors, ENTRY_ACTORS));
  else for (const [i, a] of raw.actors.entries()) found.push(...actorProblems(a, `${at('actors')}[${i}]`));
  if (raw.people !== undefined) {
    if (!Array.isArray(raw.people)) found.push(problem('peopleInvalid', at('people')));
    else if (raw.people.length > ENTRY_PEOPLE)
      found.push(...tooMany('entryTooManyPeople', at('people'), raw.people, ENTRY_PEOPLE));
    else for (const [i, p] of raw.people.entries()) found.push(...personProblems(p, `${at('people')}[${i}]`));
  }
  return found;
}

/** Only the fields we know: an imported file's extra fields are not carried into storage. */
function cleanEntry(raw: HistoryEntry): HistoryEntry {
  return {
    url: raw.url,
    headline: raw.headline.trim(),
    outlet: raw.outlet,
    date: raw.date,
    readAt: new Date(raw.readAt).toISOString(),
    actors: raw.actors.map((a) => ({ actorId: a.actorId, count: a.count, salience: a.salience })),
    ...(raw.people ? { people: raw.people.map((p) => ({ name: p.name, title: p.title })) } : {}),
  };
}

export type ParsedHistory = { ok: true; entries: HistoryEntry[] } | { ok: false; problems: Problem[] };

/** Reads an exported history file. Every problem is reported; one problem rejects the file, so that
 *  an import never half-happens. */
export function parseHistoryFile(text: string): ParsedHistory {
  const file = readExportedFile(text, HISTORY_FORMAT, HISTORY_VERSION);
  if (!file.ok) return file;
  const { raw } = file;
  if (!Array.isArray(raw.entries)) return { ok: false, problems: [problem('entriesNotArray', 'entries')] };
  const tooManyEntries = tooMany('tooManyEntries', 'entries', raw.entries, IMPORT_ENTRIES);
  if (tooManyEntries.length) return { ok: false, problems: tooManyEntries };
  const problems = raw.entries.flatMap((e, i) => entryProblems(e, `entries[${i}]`));
  if (problems.length) return { ok: false, problems };
  return { ok: true, entries: (raw.entries as HistoryEntry[]).map(cleanEntry) };
}

/** The stored list, as read back from storage: anything malformed (an older build, a bad write)
 *  is left out rather than breaking every reader of the history, and anything over its bound is
 *  trimmed: the newest HISTORY_ENTRIES, each with its most salient ENTRY_ACTORS and first
 *  ENTRY_PEOPLE. Only an entry with a text over its bound is left out (no cut headline is right). */
export function storedEntries(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const kept: HistoryEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = withinCounts(item);
    if (entryProblems(entry, '').length === 0) kept.push(entry as HistoryEntry);
  }
  return kept.sort(newestFirst).slice(0, HISTORY_ENTRIES);
}

/** A stored entry with its lists cut to their bounds (anything else returned as it is). */
function withinCounts(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const cut = { ...raw };
  if (Array.isArray(raw.actors) && raw.actors.length > ENTRY_ACTORS) cut.actors = mostSalient(raw.actors, ENTRY_ACTORS);
  if (Array.isArray(raw.people) && raw.people.length > ENTRY_PEOPLE) cut.people = raw.people.slice(0, ENTRY_PEOPLE);
  return cut;
}

/** The `limit` actors of highest salience (malformed ones last: they are dropped with the entry). */
export function mostSalient<T>(actors: readonly T[], limit: number): T[] {
  const salience = (a: T) => (isRecord(a) && typeof a.salience === 'number' ? a.salience : -1);
  return [...actors].sort((x, y) => salience(y) - salience(x)).slice(0, limit);
}

/** A person the history remembers, with the article that introduced them: what a later card
 *  shows ("read in an article you read before"), and what the matcher knows them by. */
export interface RememberedPerson extends HistoryPerson {
  headline: string;
  outlet: string;
  date: string;
}

/** The people of the history, once each (the newest article's title for them wins), newest first. */
export function rememberedPeople(entries: readonly HistoryEntry[], limit = REMEMBERED_PEOPLE): RememberedPerson[] {
  const seen = new Map<string, RememberedPerson>();
  for (const entry of [...entries].sort(newestFirst)) {
    for (const person of entry.people ?? []) {
      const key = normalizeForMatch(person.name);
      if (seen.has(key)) continue;
      seen.set(key, {
        name: person.name,
        title: person.title,
        headline: entry.headline,
        outlet: entry.outlet,
        date: entry.date,
      });
      if (seen.size >= limit) return [...seen.values()];
    }
  }
  return [...seen.values()];
}

/** Why `raw` is not a RememberedPerson (as a message carries it), or null. */
export function rememberedProblem(raw: unknown): string | null {
  if (!isRecord(raw) || personProblems(raw, '').length) return 'person without a name and a title within their bounds';
  const stringsOk = typeof raw.headline === 'string' && typeof raw.outlet === 'string' && typeof raw.date === 'string';
  if (!stringsOk || (raw.date !== '' && !isIsoDate(raw.date as string))) return 'person without its article';
  const sizes = [
    ...tooLong('headlineTooLong', '', raw.headline as string, HEADLINE_CHARS),
    ...tooLong('outletTooLong', '', raw.outlet as string, OUTLET_CHARS),
  ];
  return sizes.length ? 'person whose article has a headline or outlet over its bound' : null;
}
