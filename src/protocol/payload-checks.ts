// The checks of what messages carry: a page copy, a reading, cards, the worker's answer. Each says
// why a value is malformed or over its bound (src/shared/limits.ts, said by src/shared/bounds.ts),
// naming the field, or null. The table that applies them to each message and reply is checks.ts.

import type { ActorType, StoryActor } from '../core/types.ts';
import { ACTOR_TYPES } from '../core/types.ts';
import { overCount, overLength, overTotalLength } from '../shared/bounds.ts';
import type { ActorCard, ArticleMeta, PageMention } from '../shared/page-data.ts';
import {
  ACTOR_ID_CHARS,
  CARD_TEXT_CHARS,
  DATE_CHARS,
  HEADLINE_CHARS,
  HOSTNAME_CHARS,
  LEAD_CHARS,
  OUTLET_CHARS,
  PAGE_COPY_CHARS,
  PAGE_ELEMENTS,
  PAGE_TEXT_NODES,
  READING_ACTORS,
  READING_PAIRS,
  URL_CHARS,
} from '../shared/limits.ts';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function everyIs(v: unknown, test: (x: unknown) => boolean, what: string): string | null {
  if (!Array.isArray(v)) return `${what} is not an array`;
  for (let i = 0; i < v.length; i++) {
    if (!test(v[i])) return `${what}[${i}] is malformed`;
  }
  return null;
}

export const isString = (v: unknown): v is string => typeof v === 'string';

/** Why `v` is not an address within URL_CHARS, or null. */
export function urlProblem(v: unknown, what: string): string | null {
  return isString(v) ? overLength(what, v, URL_CHARS) : `${what} is not a string`;
}

/** Why `v` is not an actor id (a non-empty string within ACTOR_ID_CHARS), or null. */
export function idProblem(v: unknown, what: string): string | null {
  return isString(v) && v !== '' ? overLength(what, v, ACTOR_ID_CHARS) : `${what} is not a non-empty string`;
}

export function isActorId(v: unknown): boolean {
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
export function listProblem(v: unknown, what: string, limit: number): string | null {
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
  if (
    v.country !== undefined &&
    (!checkCard(v.country) || (v.country as Record<string, unknown>).country !== undefined)
  )
    return false;
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
  const problem =
    everyIs(raw.mentions, checkMention, 'reply.mentions') ?? everyIs(raw.actors, checkCard, 'reply.actors');
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
    const problem =
      everyIs(places.headline, isIndex, 'reply.places.headline') ?? everyIs(places.lead, isIndex, 'reply.places.lead');
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

export function metaProblem(v: unknown, what: string): string | null {
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
  return v.readChars > PAGE_COPY_CHARS
    ? `reading.tooLarge.readChars is ${v.readChars}, over the limit of ${PAGE_COPY_CHARS}`
    : null;
}
