// Every message that carries something of a size is refused past its bound (src/shared/limits.ts),
// with a reason naming the field, the size and the limit; at the bound it is accepted, so that the
// bound is exactly the number the limits file gives.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/keeping/history.ts';
import {
  ACTOR_ID_CHARS,
  CARD_TEXT_CHARS,
  HEADLINE_CHARS,
  IMPORT_ENTRIES,
  LEAD_CHARS,
  NAME_CHARS,
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
} from '../../../src/shared/limits.ts';
import { messageProblem } from '../../../src/protocol/checks.ts';
import { extractReplyProblem } from '../../../src/protocol/payload-checks.ts';
import type { PageReadingReport, PageSnapshot } from '../../../src/shared/page-data.ts';
import { ZAPAD } from '../helpers/history-fixtures.ts';

const URL = 'https://vnexpress.net/the-gioi/a.html';
const long = (n: number) => 'x'.repeat(n);
const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

function snapshot(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return { url: URL, html: '<p data-bc0>Nga</p>', texts: ['Nga'], parents: [0], runs: [0], tags: ['p'], ...over };
}

/** A snapshot of `n` text nodes, each in element 0. */
function nodes(n: number, text = 'a'): Partial<PageSnapshot> {
  return { texts: many(n, () => text), parents: many(n, () => 0), runs: many(n, () => 0) };
}

const extract = (over: Partial<PageSnapshot>) => messageProblem({ type: 'page/extract', snapshot: snapshot(over) });
const matchRuns = (runs: unknown) => messageProblem({ type: 'page/match-runs', url: URL, runs });

describe('the page copy', () => {
  it('is refused past its characters, elements and text nodes, each named with its limit', () => {
    expect(extract({ html: long(PAGE_COPY_CHARS) })).toBeNull();
    expect(extract({ html: long(PAGE_COPY_CHARS + 1) })).toBe(
      `snapshot.html has ${PAGE_COPY_CHARS + 1} characters, over the limit of ${PAGE_COPY_CHARS}`,
    );
    expect(extract({ tags: many(PAGE_ELEMENTS + 1, () => 'p') })).toBe(
      `snapshot.tags has ${PAGE_ELEMENTS + 1} items, over the limit of ${PAGE_ELEMENTS}`,
    );
    expect(extract(nodes(PAGE_TEXT_NODES))).toBeNull();
    expect(extract(nodes(PAGE_TEXT_NODES + 1))).toBe(
      `snapshot.texts has ${PAGE_TEXT_NODES + 1} items, over the limit of ${PAGE_TEXT_NODES}`,
    );
    expect(extract({ url: `${URL}?${long(URL_CHARS)}` })).toMatch(
      /^snapshot\.url has \d+ characters, over the limit of 8192$/,
    );
  });

  it('is refused when its text nodes hold more than the copy may, whatever its html says', () => {
    const half = long(PAGE_COPY_CHARS / 2 + 1);
    expect(extract({ html: '', ...nodes(2, half) })).toBe(
      `snapshot.texts hold ${PAGE_COPY_CHARS + 2} characters together, over the limit of ${PAGE_COPY_CHARS}`,
    );
  });

  it('bounds the in-page path’s runs by the same numbers: runs, text nodes, characters', () => {
    const run = (n: number, text = 'a') => ({ nodes: many(n, (i) => i), texts: many(n, () => text) });
    expect(matchRuns([run(PAGE_TEXT_NODES)])).toBeNull();
    expect(matchRuns(many(PAGE_TEXT_NODES + 1, () => run(0)))).toBe(
      `runs has ${PAGE_TEXT_NODES + 1} items, over the limit of ${PAGE_TEXT_NODES}`,
    );
    expect(matchRuns([run(PAGE_TEXT_NODES), run(1)])).toBe(
      `runs hold ${PAGE_TEXT_NODES + 1} text nodes together, over the limit of ${PAGE_TEXT_NODES}`,
    );
    expect(matchRuns([run(1, long(PAGE_COPY_CHARS)), run(1)])).toBe(
      `runs hold ${PAGE_COPY_CHARS + 1} characters together, over the limit of ${PAGE_COPY_CHARS}`,
    );
    expect(messageProblem({ type: 'page/match-runs', url: long(URL_CHARS + 1), runs: [] })).toBe(
      `url has ${URL_CHARS + 1} characters, over the limit of ${URL_CHARS}`,
    );
  });

  it('carries at most the remembered people the matcher is told about', () => {
    const person = { name: 'Sergei Ryabkov', title: '', headline: 'Tin', outlet: '', date: '' };
    const people = (n: number) =>
      messageProblem({ type: 'offscreen/extract', snapshot: snapshot(), people: many(n, () => person) });
    expect(people(REMEMBERED_PEOPLE)).toBeNull();
    expect(people(REMEMBERED_PEOPLE + 1)).toBe(
      `people has ${REMEMBERED_PEOPLE + 1} items, over the limit of ${REMEMBERED_PEOPLE}`,
    );
    const withHeadline = { ...person, headline: long(HEADLINE_CHARS + 1) };
    expect(messageProblem({ type: 'offscreen/extract', snapshot: snapshot(), people: [withHeadline] })).toBe(
      'people[0] is malformed',
    );
  });
});

describe('actor ids and names in messages', () => {
  it('refuses an actor id past its bound in every message that names one', () => {
    const id = long(ACTOR_ID_CHARS + 1);
    const expected = `actorId has ${ACTOR_ID_CHARS + 1} characters, over the limit of ${ACTOR_ID_CHARS}`;
    for (const m of [
      { type: 'card/open-panel', actorId: id },
      { type: 'page/context-actor', actorId: id },
      { type: 'page/show-mention', actorId: id, index: 0 },
      { type: 'panel/focus-actor', tabId: 1, actorId: id },
    ]) {
      expect(messageProblem(m), m.type).toBe(expected);
    }
    expect(messageProblem({ type: 'card/open-panel', actorId: long(ACTOR_ID_CHARS) })).toBeNull();
  });

  it('refuses a name or a title to add to the glossary past what the form takes', () => {
    const add = (name: string, title: string) => messageProblem({ type: 'card/add-to-glossary', name, title });
    expect(add(long(NAME_CHARS), long(PERSON_TITLE_CHARS))).toBeNull();
    expect(add(long(NAME_CHARS + 1), '')).toBe(
      `name has ${NAME_CHARS + 1} characters, over the limit of ${NAME_CHARS}`,
    );
    expect(add('A B', long(PERSON_TITLE_CHARS + 1))).toBe(
      `title has ${PERSON_TITLE_CHARS + 1} characters, over the limit of ${PERSON_TITLE_CHARS}`,
    );
  });
});

describe('the reading report', () => {
  const card = (id: string) => ({ id, type: 'person', name: id, description: { vi: '', en: '' }, storyCount: 0 });
  const ids = (n: number) => many(n, (i) => `actor-${i}`);
  function report(over: Partial<PageReadingReport> = {}): PageReadingReport {
    const cast = ids(3);
    return {
      url: URL,
      article: true,
      meta: { headline: 'Tin', lead: '', outlet: '', date: '', site: 'vnexpress.net' },
      actors: cast.map((actorId) => ({ actorId, count: 1, salience: 0.1 })),
      cards: cast.map(card) as PageReadingReport['cards'],
      pairs: [],
      ...over,
    };
  }
  const reading = (over: Partial<PageReadingReport>) => messageProblem({ type: 'page/reading', reading: report(over) });

  it('is refused past its cast, cards and pairs', () => {
    const cast = ids(READING_ACTORS + 1);
    const actors = cast.map((actorId) => ({ actorId, count: 1, salience: 0.1 }));
    const cards = cast.map(card) as PageReadingReport['cards'];
    expect(reading({ actors: actors.slice(1), cards: cards.slice(1) })).toBeNull();
    expect(reading({ actors, cards })).toBe(
      `reading.actors has ${READING_ACTORS + 1} items, over the limit of ${READING_ACTORS}`,
    );
    expect(reading({ cards })).toBe(
      `reading.cards has ${READING_ACTORS + 1} items, over the limit of ${READING_ACTORS}`,
    );
    const pairs = many(READING_PAIRS + 1, () => ({ a: 'actor-0', b: 'actor-1', count: 1 }));
    expect(reading({ pairs: pairs.slice(1) })).toBeNull();
    expect(reading({ pairs })).toBe(`reading.pairs has ${READING_PAIRS + 1} items, over the limit of ${READING_PAIRS}`);
  });

  it('is refused with any text past its bound: the address, the metadata, a card’s text', () => {
    expect(reading({ url: long(URL_CHARS + 1) })).toBe(
      `reading.url has ${URL_CHARS + 1} characters, over the limit of ${URL_CHARS}`,
    );
    const meta = report().meta;
    expect(reading({ meta: { ...meta, lead: long(LEAD_CHARS) } })).toBeNull();
    expect(reading({ meta: { ...meta, lead: long(LEAD_CHARS + 1) } })).toBe(
      `reading.meta.lead has ${LEAD_CHARS + 1} characters, over the limit of ${LEAD_CHARS}`,
    );
    expect(reading({ meta: { ...meta, headline: long(10_000_000) } })).toBe(
      `reading.meta.headline has 10000000 characters, over the limit of ${HEADLINE_CHARS}`,
    );
    const cards = report().cards.map((c, i) =>
      i === 2 ? { ...c, description: { vi: long(CARD_TEXT_CHARS + 1), en: '' } } : c,
    );
    expect(reading({ cards })).toBe(
      `reading.cards[2].description.vi has ${CARD_TEXT_CHARS + 1} characters, over the limit of ${CARD_TEXT_CHARS}`,
    );
    const country = { ...card('belarus'), role: { title: long(CARD_TEXT_CHARS + 1), asOf: '' } };
    const withCountry = report().cards.map((c, i) => (i === 0 ? { ...c, country } : c)) as PageReadingReport['cards'];
    expect(reading({ cards: withCountry })).toBe(
      `reading.cards[0].country.role.title has ${CARD_TEXT_CHARS + 1} characters, over the limit of ${CARD_TEXT_CHARS}`,
    );
  });

  it('bounds the worker’s cards the same way in its reply', () => {
    const reply = {
      ok: true,
      article: true,
      mentions: [],
      actors: [{ ...card('a'), name: long(CARD_TEXT_CHARS + 1) }],
    };
    expect(extractReplyProblem(reply)).toBe(
      `reply.actors[0].name has ${CARD_TEXT_CHARS + 1} characters, over the limit of ${CARD_TEXT_CHARS}`,
    );
  });
});

describe('the reader’s data in messages', () => {
  it('imports by message no more articles than by file', () => {
    const entries = (n: number): HistoryEntry[] => many(n, (i) => ({ ...ZAPAD, url: `${URL}?bai=${i}` }));
    expect(messageProblem({ type: 'history/import', entries: entries(IMPORT_ENTRIES) })).toBeNull();
    expect(messageProblem({ type: 'history/import', entries: entries(IMPORT_ENTRIES + 1) })).toBe(
      `entries has ${IMPORT_ENTRIES + 1} items, over the limit of ${IMPORT_ENTRIES}`,
    );
    expect(messageProblem({ type: 'history/import', entries: [{ ...ZAPAD, url: `${URL}?${long(URL_CHARS)}` }] })).toBe(
      'entries[0].url: urlTooLong',
    );
  });

  it('sends the offscreen document no more additions than the store keeps', () => {
    const glossary = (actors: number, aliases: number) => ({
      actors: many(actors, () => ({})),
      aliases: many(aliases, () => ({})),
    });
    const send = (g: unknown) => messageProblem({ type: 'offscreen/user-glossary', glossary: g });
    expect(send(glossary(USER_ACTORS, USER_ALIASES))).toBeNull();
    expect(send(glossary(USER_ACTORS + 1, 0))).toBe(
      `glossary.actors has ${USER_ACTORS + 1} items, over the limit of ${USER_ACTORS}`,
    );
    expect(send(glossary(0, USER_ALIASES + 1))).toBe(
      `glossary.aliases has ${USER_ALIASES + 1} items, over the limit of ${USER_ALIASES}`,
    );
  });
});
