// The one message protocol between the extension's parts. Every message that crosses a context
// boundary is a member of `Message`; every receiver runs `readMessage` first, because a message
// can come from an older build, another part's bug, or (through the page-visible parts of the
// runtime) from somewhere we do not control. Malformed messages are dropped with a logged reason.

import type { ActorType, StoryActor } from '../core/types.ts';
import { ACTOR_TYPES } from '../core/types.ts';
import { entryProblems, rememberedProblem, type HistoryEntry, type RememberedPerson } from './history.ts';
import type { MergeReport } from './history.ts';
import type { UserGlossary } from './user-glossary.ts';
import { isNotReadReason, type NotReadReason } from './not-read.ts';
import { overCount, overLength, overTotalLength } from './bounds.ts';
import { PART_CHARS, PART_ITEMS, type CopyPart } from './copy-parts.ts';
import {
  ACTOR_ID_CHARS,
  CARD_TEXT_CHARS,
  DATE_CHARS,
  HEADLINE_CHARS,
  HOSTNAME_CHARS,
  IMPORT_ENTRIES,
  LEAD_CHARS,
  NAME_CHARS,
  OUTLET_CHARS,
  PAGE_COPY_CHARS,
  PAGE_ELEMENTS,
  PAGE_TEXT_NODES,
  PERSON_TITLE_CHARS,
  READING_ACTORS,
  READING_PAIRS,
  REMEMBERED_PEOPLE,
  URL_CHARS,
  USER_ACTORS,
  USER_ALIASES,
} from './limits.ts';

/** A page's text node, as the content script numbered it, by its index in `PageSnapshot.texts`. */
export interface NodePoint {
  node: number;
  offset: number;
}

/** A mention in the live page: from (text node, offset) to (text node, offset), end exclusive. */
export interface PageMention {
  actorId: string;
  start: NodePoint;
  end: NodePoint;
}

/** What the hover card shows about one actor: picked from the glossary where the glossary lives,
 *  so that the glossary itself never enters the page. */
export interface ActorCard {
  id: string;
  type: ActorType;
  name: string;
  latin?: string;
  original?: string;
  description: { vi: string; en: string };
  /** The latest role the corpus gives, with the story it comes from; or one from public record
   *  (`record`), with its English title and its dates where known. */
  role?: {
    title: string;
    asOf: string; // ISO date or ""
    story?: { headline: string; outlet: string };
    record?: true;
    en?: string;
    since?: string;
    until?: string;
  };
  /** How many corpus stories mention the actor. */
  storyCount: number;
  /** A person the glossary does not know, read from this article (src/core/introductions.ts):
   *  the card says only what the article says, and the mark is lighter. */
  introduced?: true;
  /** An introduced person this article names without introducing, known from an article the
   *  reader read before: the role and its story are that article's. */
  remembered?: true;
  /** A state institution the glossary does not know, read from its name in the article: a kind and
   *  a state ("Bộ Quốc phòng Ba Lan", src/core/institutions.ts). The description says what it is. */
  composed?: true;
  /** The state a composed institution belongs to: its card, one click away. */
  country?: ActorCard;
}

/** Ids of people read from an article ("article:sergei-ryabkov") are never glossary ids. */
export function isArticleId(id: string): boolean {
  return id.startsWith('article:');
}

/** Ids of the reader's own glossary additions ("user-tong-cuc-tinh-bao"): never shipped ids. */
export const USER_ACTOR_PREFIX = 'user-';
export function isUserActorId(id: string): boolean {
  return id.startsWith(USER_ACTOR_PREFIX);
}

/** A serialized copy of the page plus its text nodes, read in one walk so that the worker's
 *  answer maps back to the live nodes exactly. `parents[i]` is the number the serialization gave
 *  the element holding `texts[i]`; `runs[i]` is the inline run (block, cut at <br>) it belongs to. */
export interface PageSnapshot {
  url: string;
  html: string;
  texts: string[];
  parents: number[];
  runs: number[];
  /** `tags[n]` is the lower-case tag of element number n: the worker checks the copy against it. */
  tags: string[];
}

/** A run of article text, already chosen (the in-page fallback path): node indices and texts. */
export interface TextRun {
  nodes: number[];
  texts: string[];
}

/** What a page says about itself: from Readability's metadata and the site's own markup. "" when
 *  the page does not say (never guessed). `site` is the page's hostname. */
export interface ArticleMeta {
  headline: string;
  /** The lead (sapo) as written: tells the panel which corpus story, if any, is this article. */
  lead: string;
  outlet: string;
  date: string; // ISO date "2025-09-15" or ""
  site: string;
}

/** Where the headline and the lead are, as text node indices of the snapshot: their mentions weigh
 *  more in the article's ranking (src/core/rank.ts). */
export interface ArticlePlaces {
  headline: number[];
  lead: number[];
}

/** Two actors named in one paragraph of the page, and in how many paragraphs. */
export interface PagePair {
  a: string;
  b: string;
  count: number;
}

/** What the content script (or the reader page) reports after each reading of a page: the side
 *  panel's picture of the tab. `actors` are ranked like a corpus story's (rank.ts), counted from
 *  the marks actually drawn, so the panel's cast matches the page. */
export interface PageReadingReport {
  url: string;
  article: boolean;
  meta: ArticleMeta;
  actors: StoryActor[];
  cards: ActorCard[];
  pairs: PagePair[];
  /** The page was too large to read whole: its copy stopped at the bounds of limits.ts, holding
   *  the first `readChars` characters of its text. Absent when the page was read whole (and from
   *  older builds). */
  tooLarge?: { readChars: number };
}

/** The answer to page/show-mention. */
export type ShowMentionReply = { ok: true; index: number; total: number } | { ok: false; reason: string };

/** The answer to panel/get-tab: the tab's last reading, and the actor the reader last asked the
 *  panel about in that tab (the card's button, the context menu), with when. */
export type PanelTabReply = {
  ok: true;
  reading: PageReadingReport | null;
  focus: { actorId: string; at: number } | null;
  /** Why the toolbar button could not read the tab, when it tried and failed (absent from older
   *  builds). */
  notRead?: NotReadReason | null;
};

/** The answer to card/open-panel: the panel opened (Chrome), the open sidebar now shows the actor
 *  (Firefox), or the reader must open it (Firefox opens its sidebar only from its own controls). */
export type OpenPanelReply = { ok: true; shown: 'panel' | 'sidebar' | 'hint' };

export type Command = 'next-mention' | 'toggle-marks';
export const COMMANDS: readonly Command[] = ['next-mention', 'toggle-marks'];

export type Message =
  // content script → background
  | { type: 'page/extract'; snapshot: PageSnapshot }
  // A copy too big for one message (copy-parts.ts): its parts in order from index 0, then the
  // request to read them, joined. Each part is answered with a CopyPartReply.
  | { type: 'page/copy-part'; copy: string; index: number; part: CopyPart }
  | { type: 'page/extract-parts'; url: string; copy: string; parts: number }
  | { type: 'page/match-runs'; url: string; runs: TextRun[] }
  | { type: 'page/actor-count'; count: number }
  | { type: 'card/open-panel'; actorId: string }
  // The card of a person read from an article: the options page, with the person filled in.
  | { type: 'card/add-to-glossary'; name: string; title: string }
  | { type: 'page/reading'; reading: PageReadingReport }
  | { type: 'page/context-actor'; actorId: string | null }
  // side panel → content script (through tabs.sendMessage): scroll to the actor's index-th mark.
  // The reader page is an extension page, which tabs.sendMessage does not reach: it hears the
  // runtime broadcast instead, with `tabId` saying which reader tab is meant.
  | { type: 'page/show-mention'; actorId: string; index: number; tabId?: number }
  // side panel → background
  | { type: 'panel/get-tab'; tabId: number }
  // background → side panels (broadcast)
  | { type: 'panel/tab-changed'; tabId: number }
  | { type: 'panel/focus-actor'; tabId: number; actorId: string }
  // options page, side panel → background: the reading history (src/background/history.ts)
  | { type: 'history/list' }
  | { type: 'history/clear' }
  | { type: 'history/import'; entries: HistoryEntry[] }
  // offscreen document → background: the reader's glossary additions (it has no storage access)
  | { type: 'glossary/user-additions' }
  // background → offscreen document (Chrome only)
  | { type: 'offscreen/user-glossary'; glossary: UserGlossary }
  // `people`: those the reader's history remembers, so the matcher knows them by name.
  | { type: 'offscreen/extract'; snapshot: PageSnapshot; people?: RememberedPerson[] }
  | { type: 'offscreen/match-runs'; runs: TextRun[] }
  // background → content script
  | { type: 'page/command'; command: Command }
  | { type: 'page/activate' };

export type MessageType = Message['type'];

/** The answer to page/extract and page/match-runs (and their offscreen twins). */
export type ExtractReply =
  | {
      ok: true;
      article: boolean;
      mentions: PageMention[];
      actors: ActorCard[];
      /** The article's metadata and where its headline and lead are (absent from older builds). */
      meta?: ArticleMeta;
      places?: ArticlePlaces;
    }
  | { ok: false; reason: string };

/** The answer to page/copy-part: kept, or why not (the copy is then dropped whole). */
export type CopyPartReply = { ok: true } | { ok: false; reason: string };

/** The answer to history/list (newest read first). */
export type HistoryListReply = { ok: true; entries: HistoryEntry[] } | { ok: false; reason: string };
/** The answer to history/import: how the file merged into what was remembered. */
export type HistoryImportReply = ({ ok: true } & MergeReport) | { ok: false; reason: string };
/** The answer to history/clear. */
export type HistoryClearReply = { ok: true } | { ok: false; reason: string };
/** The answer to glossary/user-additions. */
export type UserAdditionsReply = { ok: true; glossary: UserGlossary } | { ok: false; reason: string };

/** Runs a message handler's work. An error becomes the `{ ok: false, reason }` reply every receiver
 *  of this protocol reads, logged once here, rather than a rejected promise the sender cannot read. */
export async function failSafe<T>(work: () => Promise<T>, warn: (...args: unknown[]) => void): Promise<T | { ok: false; reason: string }> {
  try {
    return await work();
  } catch (error) {
    warn(error);
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

type Check = (m: Record<string, unknown>) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function everyIs(v: unknown, test: (x: unknown) => boolean, what: string): string | null {
  if (!Array.isArray(v)) return `${what} is not an array`;
  for (let i = 0; i < v.length; i++) {
    if (!test(v[i])) return `${what}[${i}] is malformed`;
  }
  return null;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Why `v` is not an address within URL_CHARS, or null. */
function urlProblem(v: unknown, what: string): string | null {
  return isString(v) ? overLength(what, v, URL_CHARS) : `${what} is not a string`;
}

/** Why `v` is not an actor id (a non-empty string within ACTOR_ID_CHARS), or null. */
function idProblem(v: unknown, what: string): string | null {
  return isString(v) && v !== '' ? overLength(what, v, ACTOR_ID_CHARS) : `${what} is not a non-empty string`;
}

function isActorId(v: unknown): boolean {
  return idProblem(v, '') === null;
}

/** The sizes first, each against its limit: an oversize copy is refused before it is walked. */
function snapshotSizeProblem(v: Record<string, unknown>): string | null {
  const lists = ['texts', 'parents', 'runs', 'tags'].find((k) => !Array.isArray(v[k]));
  if (lists) return `snapshot.${lists} is not an array`;
  return (
    overLength('snapshot.html', v.html as string, PAGE_COPY_CHARS) ??
    overCount('snapshot.texts', v.texts as unknown[], PAGE_TEXT_NODES) ??
    overCount('snapshot.tags', v.tags as unknown[], PAGE_ELEMENTS)
  );
}

/** Why `v` is not a page copy we read, or null: of page/extract, or joined from parts. */
export function snapshotProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'snapshot is not an object';
  const url = urlProblem(v.url, 'snapshot.url');
  if (url) return url;
  if (!isString(v.html)) return 'snapshot.html is not a string';
  const size = snapshotSizeProblem(v);
  if (size) return size;
  const problem =
    everyIs(v.texts, isString, 'snapshot.texts') ??
    everyIs(v.parents, isIndex, 'snapshot.parents') ??
    everyIs(v.runs, isIndex, 'snapshot.runs') ??
    everyIs(v.tags, isString, 'snapshot.tags') ??
    overTotalLength('snapshot.texts', v.texts as string[], PAGE_COPY_CHARS);
  if (problem) return problem;
  const n = (v.texts as unknown[]).length;
  if ((v.parents as unknown[]).length !== n || (v.runs as unknown[]).length !== n) {
    return 'snapshot.texts, parents and runs differ in length';
  }
  const elements = (v.tags as unknown[]).length;
  if ((v.parents as number[]).some((p) => p >= elements)) return 'snapshot.parents names an unknown element';
  return null;
}

/** Characters of a copy's id: the content script makes short ones. */
const COPY_ID_CHARS = 64;

function copyIdProblem(v: unknown): string | null {
  return isString(v) && v !== '' ? overLength('copy', v, COPY_ID_CHARS) : 'copy is not a non-empty string';
}

/** A part's sizes against copy-parts.ts's bounds, then its items; the whole copy is checked once
 *  joined (snapshotProblem), where parents can be checked against the elements. */
function copyPartProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'part is not an object';
  if (!isString(v.html)) return 'part.html is not a string';
  const lists = ['texts', 'parents', 'runs', 'tags'].find((k) => !Array.isArray(v[k]));
  if (lists) return `part.${lists} is not an array`;
  const texts = v.texts as unknown[];
  const size =
    overLength('part.html', v.html, PART_CHARS) ??
    overCount('part.texts', texts, PART_ITEMS) ??
    overCount('part.tags', v.tags as unknown[], PART_ITEMS);
  if (size) return size;
  const problem =
    everyIs(texts, isString, 'part.texts') ??
    everyIs(v.parents, isIndex, 'part.parents') ??
    everyIs(v.runs, isIndex, 'part.runs') ??
    everyIs(v.tags, isString, 'part.tags') ??
    // A single text may be longer: a text node is never cut.
    overTotalLength('part.texts', texts as string[], texts.length === 1 ? PAGE_COPY_CHARS : PART_CHARS);
  if (problem) return problem;
  if ((v.parents as unknown[]).length !== texts.length || (v.runs as unknown[]).length !== texts.length) {
    return 'part.texts, parents and runs differ in length';
  }
  return null;
}

/** The in-page path's runs are made of the copy's text nodes: the copy's limits bound them. */
function checkRuns(v: unknown): string | null {
  if (!Array.isArray(v)) return 'runs is not an array';
  const count = overCount('runs', v, PAGE_TEXT_NODES);
  if (count) return count;
  let nodes = 0;
  let chars = 0;
  for (let i = 0; i < v.length; i++) {
    const run: unknown = v[i];
    if (!isRecord(run)) return `runs[${i}] is not an object`;
    // Counted before the run is walked: one oversize run is refused unread.
    nodes += Array.isArray(run.nodes) ? run.nodes.length : 0;
    if (nodes > PAGE_TEXT_NODES) return `runs hold ${nodes} text nodes together, over the limit of ${PAGE_TEXT_NODES}`;
    const problem = everyIs(run.nodes, isIndex, `runs[${i}].nodes`) ?? everyIs(run.texts, isString, `runs[${i}].texts`);
    if (problem) return problem;
    if ((run.nodes as unknown[]).length !== (run.texts as unknown[]).length) {
      return `runs[${i}] has ${String((run.nodes as unknown[]).length)} nodes but ${String((run.texts as unknown[]).length)} texts`;
    }
    for (const text of run.texts as string[]) chars += text.length;
    if (chars > PAGE_COPY_CHARS) return `runs hold ${chars} characters together, over the limit of ${PAGE_COPY_CHARS}`;
  }
  return null;
}

function peopleProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'people is not an array';
  return overCount('people', v, REMEMBERED_PEOPLE) ?? everyIs(v, (p) => rememberedProblem(p) === null, 'people');
}

function addToGlossaryProblem(m: Record<string, unknown>): string | null {
  if (!isString(m.name) || m.name.trim() === '' || !isString(m.title)) return 'name or title is not a string';
  return overLength('name', m.name, NAME_CHARS) ?? overLength('title', m.title, PERSON_TITLE_CHARS);
}

function historyImportProblem(m: Record<string, unknown>): string | null {
  if (!Array.isArray(m.entries)) return 'entries is not an array';
  const count = overCount('entries', m.entries, IMPORT_ENTRIES);
  if (count) return count;
  const first = m.entries.flatMap((e, i) => entryProblems(e, `entries[${i}]`))[0];
  return first ? `${first.path}: ${first.code}` : null;
}

/** Shape and counts only: the receiver reads it with storedUserGlossary, which drops malformed
 *  entries. */
function userGlossaryProblem(v: unknown): string | null {
  if (!isRecord(v) || !Array.isArray(v.actors) || !Array.isArray(v.aliases)) return 'glossary is not { actors: [], aliases: [] }';
  return overCount('glossary.actors', v.actors, USER_ACTORS) ?? overCount('glossary.aliases', v.aliases, USER_ALIASES);
}

const CHECKS: Record<MessageType, Check> = {
  'page/extract': (m) => snapshotProblem(m.snapshot),
  'offscreen/extract': (m) => snapshotProblem(m.snapshot) ?? (m.people === undefined ? null : peopleProblem(m.people)),
  'page/copy-part': (m) => copyIdProblem(m.copy) ?? (isIndex(m.index) ? null : 'index is not a non-negative integer') ?? copyPartProblem(m.part),
  'page/extract-parts': (m) =>
    urlProblem(m.url, 'url') ?? copyIdProblem(m.copy) ?? (isIndex(m.parts) && m.parts > 0 ? null : 'parts is not a positive integer'),
  'page/match-runs': (m) => urlProblem(m.url, 'url') ?? checkRuns(m.runs),
  'offscreen/match-runs': (m) => checkRuns(m.runs),
  'page/actor-count': (m) => (isIndex(m.count) ? null : 'count is not a non-negative integer'),
  'card/open-panel': (m) => idProblem(m.actorId, 'actorId'),
  'card/add-to-glossary': addToGlossaryProblem,
  'page/reading': (m) => readingProblem(m.reading),
  'page/context-actor': (m) =>
    m.actorId === null ? null : isString(m.actorId) && m.actorId !== '' ? idProblem(m.actorId, 'actorId') : 'actorId is neither null nor a non-empty string',
  'page/show-mention': (m) =>
    idProblem(m.actorId, 'actorId') ??
    (!isIndex(m.index) ? 'index is not a non-negative integer' : m.tabId === undefined || isIndex(m.tabId) ? null : 'tabId is not a non-negative integer'),
  'panel/get-tab': (m) => (isIndex(m.tabId) ? null : 'tabId is not a non-negative integer'),
  'panel/tab-changed': (m) => (isIndex(m.tabId) ? null : 'tabId is not a non-negative integer'),
  'panel/focus-actor': (m) => (!isIndex(m.tabId) ? 'tabId is not a non-negative integer' : idProblem(m.actorId, 'actorId')),
  'history/list': () => null,
  'history/clear': () => null,
  'history/import': historyImportProblem,
  'glossary/user-additions': () => null,
  'offscreen/user-glossary': (m) => userGlossaryProblem(m.glossary),
  'page/command': (m) =>
    COMMANDS.includes(m.command as Command) ? null : `unknown command ${JSON.stringify(m.command)}`,
  'page/activate': () => null,
};

/** Why `raw` is not a valid Message, or null when it is. */
export function messageProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'not an object';
  const type = raw.type;
  if (!isString(type)) return 'no string "type"';
  if (!Object.hasOwn(CHECKS, type)) return `unknown type ${JSON.stringify(type)}`;
  return CHECKS[type as MessageType](raw);
}

/** Returns the message when valid and one of `accepted`; otherwise logs why and returns null.
 *  Messages of other (valid) types return null silently: in Chrome every extension page hears
 *  every runtime message, so hearing another part's mail is normal. */
export function readMessage<T extends MessageType>(
  raw: unknown,
  accepted: readonly T[],
  where: string,
): Extract<Message, { type: T }> | null {
  const problem = messageProblem(raw);
  if (problem) {
    console.warn(`[Bối cảnh] ${where}: dropped a malformed message: ${problem}`);
    return null;
  }
  const message = raw as Message;
  return (accepted as readonly string[]).includes(message.type) ? (message as Extract<Message, { type: T }>) : null;
}

function checkPoint(v: unknown): boolean {
  return isRecord(v) && isIndex(v.node) && isIndex(v.offset);
}

function checkMention(v: unknown): boolean {
  return isRecord(v) && isActorId(v.actorId) && checkPoint(v.start) && checkPoint(v.end);
}

/** A card's texts by field: each is bounded by CARD_TEXT_CHARS. */
function cardTexts(card: ActorCard): [string, string | undefined][] {
  const role = card.role;
  return [
    ['name', card.name],
    ['latin', card.latin],
    ['original', card.original],
    ['description.vi', card.description.vi],
    ['description.en', card.description.en],
    ['role.title', role?.title],
    ['role.asOf', role?.asOf],
    ['role.en', role?.en],
    ['role.since', role?.since],
    ['role.until', role?.until],
    ['role.story.headline', role?.story?.headline],
    ['role.story.outlet', role?.story?.outlet],
  ];
}

/** Why a well-formed card is too big, naming the field, or null. */
function cardSizeProblem(card: ActorCard, what: string): string | null {
  const id = idProblem(card.id, `${what}.id`);
  if (id) return id;
  for (const [field, text] of cardTexts(card)) {
    const problem = text === undefined ? null : overLength(`${what}.${field}`, text, CARD_TEXT_CHARS);
    if (problem) return problem;
  }
  return card.country ? cardSizeProblem(card.country, `${what}.country`) : null;
}

/** The first problem of a list of well-formed cards: too many, or one too big. */
function cardsSizeProblem(cards: readonly ActorCard[], what: string, limit: number): string | null {
  const count = overCount(what, cards, limit);
  if (count) return count;
  for (let i = 0; i < cards.length; i++) {
    const problem = cardSizeProblem(cards[i]!, `${what}[${i}]`);
    if (problem) return problem;
  }
  return null;
}

/** A list that must be an array of at most `limit` items; checked before its items are. */
function listProblem(v: unknown, what: string, limit: number): string | null {
  return Array.isArray(v) ? overCount(what, v, limit) : `${what} is not an array`;
}

function checkCard(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (!isString(v.id) || !isString(v.name) || !ACTOR_TYPES.includes(v.type as ActorType)) return false;
  if (v.latin !== undefined && !isString(v.latin)) return false;
  if (v.original !== undefined && !isString(v.original)) return false;
  const d = v.description;
  if (!isRecord(d) || !isString(d.vi) || !isString(d.en)) return false;
  if (!isIndex(v.storyCount)) return false;
  if (v.introduced !== undefined && v.introduced !== true) return false;
  if (v.remembered !== undefined && v.remembered !== true) return false;
  if (v.composed !== undefined && v.composed !== true) return false;
  // One level only: a country's card names no country of its own.
  if (v.country !== undefined && (!checkCard(v.country) || (v.country as Record<string, unknown>).country !== undefined)) return false;
  if (v.role === undefined) return true;
  const role = v.role;
  if (!isRecord(role) || !isString(role.title) || !isString(role.asOf)) return false;
  if (role.record !== undefined && role.record !== true) return false;
  if (!['en', 'since', 'until'].every((k) => role[k] === undefined || isString(role[k]))) return false;
  const story = role.story;
  return story === undefined || (isRecord(story) && isString(story.headline) && isString(story.outlet));
}

/** Why `raw` is not a valid ExtractReply, or null when it is. Mentions must name actors the
 *  reply describes: the card is looked up by id. */
export function extractReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'reply is not an object';
  if (raw.ok === false) return isString(raw.reason) ? null : 'failure without a reason';
  if (raw.ok !== true) return 'reply.ok is not a boolean';
  if (typeof raw.article !== 'boolean') return 'reply.article is not a boolean';
  const problem = everyIs(raw.mentions, checkMention, 'reply.mentions') ?? everyIs(raw.actors, checkCard, 'reply.actors');
  if (problem) return problem;
  // The worker's cards are the glossary's: bounded, but no longer than what the panel accepts.
  const size = cardsSizeProblem(raw.actors as ActorCard[], 'reply.actors', Number.POSITIVE_INFINITY);
  if (size) return size;
  if (raw.meta !== undefined) {
    const problem = metaProblem(raw.meta, 'reply.meta');
    if (problem) return problem;
  }
  if (raw.places !== undefined) {
    const places = raw.places;
    if (!isRecord(places)) return 'reply.places is not an object';
    const problem = everyIs(places.headline, isIndex, 'reply.places.headline') ?? everyIs(places.lead, isIndex, 'reply.places.lead');
    if (problem) return problem;
  }
  const known = new Set((raw.actors as ActorCard[]).map((a) => a.id));
  const stray = (raw.mentions as PageMention[]).find((m) => !known.has(m.actorId));
  return stray ? `mention of ${stray.actorId} has no card` : null;
}

/** Each field of an article's metadata with its bound. */
const META_LIMITS: Record<keyof ArticleMeta, number> = {
  headline: HEADLINE_CHARS,
  lead: LEAD_CHARS,
  outlet: OUTLET_CHARS,
  date: DATE_CHARS,
  site: HOSTNAME_CHARS,
};

function metaProblem(v: unknown, what: string): string | null {
  if (!isRecord(v)) return `${what} is not an object`;
  for (const [key, limit] of Object.entries(META_LIMITS)) {
    const text = v[key];
    if (!isString(text)) return `${what}.${key} is not a string`;
    const problem = overLength(`${what}.${key}`, text, limit);
    if (problem) return problem;
  }
  return null;
}

function checkStoryActor(v: unknown): boolean {
  return (
    isRecord(v) &&
    isActorId(v.actorId) &&
    isIndex(v.count) &&
    typeof v.salience === 'number' &&
    v.salience >= 0 &&
    v.salience <= 1
  );
}

function checkPair(v: unknown): boolean {
  return isRecord(v) && isActorId(v.a) && isActorId(v.b) && isIndex(v.count);
}

/** Why `raw` is not a valid PageReadingReport, or null. Every ranked actor must have its card. The
 *  report is kept in session storage and shown by the panel: each list and text has its bound. */
export function readingProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'reading is not an object';
  const url = urlProblem(raw.url, 'reading.url');
  if (url) return url;
  if (typeof raw.article !== 'boolean') return 'reading.article is not a boolean';
  const problem =
    metaProblem(raw.meta, 'reading.meta') ??
    listProblem(raw.actors, 'reading.actors', READING_ACTORS) ??
    listProblem(raw.cards, 'reading.cards', READING_ACTORS) ??
    listProblem(raw.pairs, 'reading.pairs', READING_PAIRS) ??
    everyIs(raw.actors, checkStoryActor, 'reading.actors') ??
    everyIs(raw.cards, checkCard, 'reading.cards') ??
    everyIs(raw.pairs, checkPair, 'reading.pairs') ??
    cardsSizeProblem(raw.cards as ActorCard[], 'reading.cards', READING_ACTORS);
  if (problem) return problem;
  const tooLarge = tooLargeProblem(raw.tooLarge);
  if (tooLarge) return tooLarge;
  const known = new Set((raw.cards as ActorCard[]).map((c) => c.id));
  const stray = (raw.actors as StoryActor[]).find((a) => !known.has(a.actorId));
  return stray ? `actor ${stray.actorId} has no card` : null;
}

/** A copy holds at most PAGE_COPY_CHARS characters of text: no more can have been read. */
function tooLargeProblem(v: unknown): string | null {
  if (v === undefined) return null;
  if (!isRecord(v) || !isIndex(v.readChars)) return 'reading.tooLarge is not { readChars: a count }';
  return v.readChars > PAGE_COPY_CHARS ? `reading.tooLarge.readChars is ${v.readChars}, over the limit of ${PAGE_COPY_CHARS}` : null;
}

/** Why `raw` is not a valid PanelTabReply, or null. */
export function panelTabReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw) || raw.ok !== true) return 'reply is not { ok: true }';
  if (raw.reading !== null) {
    const problem = readingProblem(raw.reading);
    if (problem) return problem;
  }
  if (raw.notRead !== undefined && raw.notRead !== null && !isNotReadReason(raw.notRead)) return 'reply.notRead is not a known reason';
  const focus = raw.focus;
  if (focus === null) return null;
  if (!isRecord(focus) || !isActorId(focus.actorId) || typeof focus.at !== 'number') return 'reply.focus is malformed';
  return null;
}

/** Why `raw` is not a valid ShowMentionReply, or null. */
export function showMentionReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'reply is not an object';
  if (raw.ok === false) return isString(raw.reason) ? null : 'failure without a reason';
  if (raw.ok !== true) return 'reply.ok is not a boolean';
  return isIndex(raw.index) && isIndex(raw.total) ? null : 'reply.index or reply.total is not a count';
}

/** Why `raw` is not a valid OpenPanelReply, or null. */
export function openPanelReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw) || raw.ok !== true) return 'reply is not { ok: true }';
  return raw.shown === 'panel' || raw.shown === 'sidebar' || raw.shown === 'hint' ? null : 'reply.shown is unknown';
}
