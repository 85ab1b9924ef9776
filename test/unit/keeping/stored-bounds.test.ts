// What is read back from storage is trimmed to its bounds (src/shared/limits.ts), never thrown on;
// what we write ourselves is within them already, so that nothing recorded is lost on the next
// read; and an oversize import is refused with nothing of what was kept lost.
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/background/history.ts';
import { withinBounds } from '../../../src/marking/reading-report.ts';
import {
  HISTORY_KEY,
  parseHistoryFile,
  historyFile,
  storedEntries,
  type HistoryEntry,
} from '../../../src/keeping/history.ts';
import {
  DISABLED_SITES,
  ENTRY_ACTORS,
  ENTRY_PEOPLE,
  HEADLINE_CHARS,
  HISTORY_ENTRIES,
  IMPORT_ENTRIES,
  IMPORT_FILE_BYTES,
  LEAD_CHARS,
  NAME_CHARS,
  PERSON_TITLE_CHARS,
  READING_ACTORS,
  READING_PAIRS,
  URL_CHARS,
} from '../../../src/shared/limits.ts';
import { readingProblem } from '../../../src/protocol/payload-checks.ts';
import type { ActorCard, PageReadingReport } from '../../../src/shared/page-data.ts';
import { entryFromReading } from '../../../src/keeping/page-facts.ts';
import { describeProblem, fileSizeProblem } from '../../../src/keeping/problems.ts';
import { readSettings } from '../../../src/keeping/settings.ts';
import { MemoryArea, ZAPAD, tEn, tVi } from '../helpers/history-fixtures.ts';

const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

/** The n-th of many reads, a minute apart, each of its own article. */
function read(n: number): HistoryEntry {
  return {
    ...ZAPAD,
    url: `https://vnexpress.net/bai-${n}.html`,
    readAt: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
  };
}

/** `n` actors, the i-th with salience i/n: the most salient last, so a cut must sort. */
const actors = (n: number) => many(n, (i) => ({ actorId: `actor-${i}`, count: 1, salience: i / n }));

describe('the stored history, read back', () => {
  it('keeps the newest HISTORY_ENTRIES of an oversize list', async () => {
    const area = new MemoryArea();
    await area.set({ [HISTORY_KEY]: many(HISTORY_ENTRIES + 100, read) });
    const listed = await new HistoryStore(area).list();
    expect(listed).toHaveLength(HISTORY_ENTRIES);
    expect(listed[0]).toEqual(read(HISTORY_ENTRIES + 99));
    // And the store works on from there: the next read is the newest, the list stays bounded.
    const store = new HistoryStore(area);
    await store.record(read(HISTORY_ENTRIES + 100));
    expect(await store.list()).toHaveLength(HISTORY_ENTRIES);
  });

  it('keeps an entry with too many actors or people, cut to the most salient actors and the first people', () => {
    const people = many(ENTRY_PEOPLE + 5, (i) => ({ name: `Người Số ${i}`, title: '' }));
    const [entry] = storedEntries([{ ...ZAPAD, actors: actors(ENTRY_ACTORS + 50), people }]);
    expect(entry!.actors).toHaveLength(ENTRY_ACTORS);
    expect(entry!.actors[0]!.actorId).toBe(`actor-${ENTRY_ACTORS + 49}`);
    expect(entry!.actors.every((a) => a.salience >= 50 / (ENTRY_ACTORS + 50))).toBe(true);
    expect(entry!.people).toEqual(people.slice(0, ENTRY_PEOPLE));
  });

  it('leaves out an entry whose texts are over their bounds, and keeps the rest', () => {
    const stored = [
      read(1),
      { ...read(2), headline: 'x'.repeat(HEADLINE_CHARS + 1) },
      { ...read(3), url: `https://a.vn/?${'x'.repeat(URL_CHARS)}` },
    ];
    expect(storedEntries(stored)).toEqual([read(1)]);
  });
});

describe('the entry made from a reading', () => {
  const card = (id: string, over: Partial<ActorCard> = {}): ActorCard => ({
    id,
    type: 'person',
    name: id,
    description: { vi: '', en: '' },
    storyCount: 0,
    ...over,
  });

  it('is within every bound of a stored entry, so the next read of the history keeps it', () => {
    const cast = actors(ENTRY_ACTORS + 20).reverse();
    const introduced = many(ENTRY_PEOPLE + 3, (i) =>
      card(`article:nguoi-${i}`, {
        name: `Người Số ${i}`,
        introduced: true,
        role: { title: 'T'.repeat(PERSON_TITLE_CHARS + 9), asOf: '' },
      }),
    );
    const tooLongName = card('article:ten-dai', { name: 'N'.repeat(NAME_CHARS + 1), introduced: true });
    const report: PageReadingReport = {
      url: 'https://vnexpress.net/a.html',
      article: true,
      meta: {
        headline: 'H'.repeat(HEADLINE_CHARS + 7),
        lead: '',
        outlet: 'VnExpress',
        date: '',
        site: 'vnexpress.net',
      },
      actors: cast,
      cards: [tooLongName, ...introduced],
      pairs: [],
    };
    const entry = entryFromReading(report, new Date('2025-09-16T07:30:00.000Z'))!;
    expect(entry.actors).toEqual(cast.slice(0, ENTRY_ACTORS));
    expect(entry.headline).toHaveLength(HEADLINE_CHARS);
    expect(entry.people).toHaveLength(ENTRY_PEOPLE);
    expect(entry.people!.every((p) => p.name.length <= NAME_CHARS && p.title.length === PERSON_TITLE_CHARS)).toBe(true);
    expect(storedEntries([entry])).toEqual([entry]);
  });
});

describe('the reading report the content script sends', () => {
  it('is cut to the most salient READING_ACTORS, their cards and the strongest READING_PAIRS, and passes its check', () => {
    const n = READING_ACTORS + 40;
    const ids = many(n, (i) => `actor-${i}`);
    const report: PageReadingReport = {
      url: 'https://vnexpress.net/a.html',
      article: true,
      meta: { headline: 'Tin', lead: 'L'.repeat(LEAD_CHARS + 1), outlet: '', date: '', site: 'vnexpress.net' },
      actors: ids.map((actorId, i) => ({ actorId, count: 1, salience: 1 - i / n })),
      cards: ids.map((id) => ({ id, type: 'person', name: id, description: { vi: '', en: '' }, storyCount: 0 })),
      pairs: many(READING_PAIRS + 100, (i) => ({ a: ids[i % 50]!, b: ids[n - 1 - (i % 30)]!, count: 1 })).concat(
        many(READING_PAIRS, (i) => ({ a: ids[i % 60]!, b: ids[100 + (i % 70)]!, count: 1 })),
      ),
    };
    expect(readingProblem(report)).not.toBeNull();
    const sent = withinBounds(report);
    expect(readingProblem(sent)).toBeNull();
    expect(sent.actors.map((a) => a.actorId)).toEqual(ids.slice(0, READING_ACTORS));
    expect(sent.cards.map((c) => c.id)).toEqual(ids.slice(0, READING_ACTORS));
    // Pairs with an actor left out go first; then the strongest of the rest.
    expect(sent.pairs).toHaveLength(READING_PAIRS);
    expect(sent.pairs.every((p) => ids.indexOf(p.b) < READING_ACTORS)).toBe(true);
    expect(sent.meta.lead).toHaveLength(LEAD_CHARS);
  });
});

describe('imports over their bounds', () => {
  it('refuses a history file of more than IMPORT_ENTRIES articles, and one over IMPORT_FILE_BYTES, and the store keeps what it had', async () => {
    const area = new MemoryArea();
    const store = new HistoryStore(area);
    await store.record(ZAPAD);
    const tooMany = parseHistoryFile(JSON.stringify(historyFile(many(IMPORT_ENTRIES + 1, read), new Date())));
    expect(tooMany.ok).toBe(false);
    if (tooMany.ok) return;
    expect(describeProblem(tVi, tooMany.problems[0]!)).toBe(
      `entries: Tệp có ${IMPORT_ENTRIES + 1} bài; chỉ nhập được tối đa ${IMPORT_ENTRIES} bài.`,
    );
    expect(parseHistoryFile(JSON.stringify(historyFile(many(IMPORT_ENTRIES, read), new Date()))).ok).toBe(true);
    const padded = JSON.stringify({ ...historyFile([ZAPAD], new Date()), padding: 'x'.repeat(IMPORT_FILE_BYTES) });
    const tooBig = parseHistoryFile(padded);
    expect(tooBig.ok ? [] : tooBig.problems.map((p) => describeProblem(tEn, p))).toEqual([
      'The file is 32.0 MB; at most 32 MB can be imported.',
    ]);
    expect(await store.list()).toEqual([ZAPAD]);
  });

  it('says a file’s size in megabytes against the limit, in both languages', () => {
    expect(fileSizeProblem(IMPORT_FILE_BYTES)).toBeNull();
    const problem = fileSizeProblem(40 * 1024 * 1024)!;
    expect(describeProblem(tEn, problem)).toBe('The file is 40.0 MB; at most 32 MB can be imported.');
    expect(describeProblem(tVi, problem)).toBe('Tệp nặng 40.0 MB; chỉ nhập được tệp tối đa 32 MB.');
  });

  it('fits the largest history the store can hold, exported, under the file bound', () => {
    // Ids as long as the glossary's longest ("international-institute-for-humanitarian-political-studies").
    const id = (j: number) => `${'a'.repeat(55)}-${String(j).padStart(3, '0')}`;
    const full = many(HISTORY_ENTRIES, (i) => ({
      ...read(i),
      headline: 'H'.repeat(HEADLINE_CHARS),
      actors: many(ENTRY_ACTORS, (j) => ({ actorId: id(j), count: 999, salience: 0.123 })),
    }));
    const bytes = new Blob([JSON.stringify(historyFile(full, new Date()), null, 2)]).size;
    expect(bytes).toBeLessThan(IMPORT_FILE_BYTES);
  });
});

describe('settings read back', () => {
  it('keeps at most DISABLED_SITES sites switched off', () => {
    const sites = many(DISABLED_SITES + 10, (i) => `site-${i}.vn`);
    expect(readSettings({ disabledSites: sites }).disabledSites).toEqual(sites.slice(0, DISABLED_SITES));
  });
});
