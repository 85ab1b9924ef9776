import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/background/history.ts';
import {
  historyFile,
  historyFileName,
  historyUrl,
  mergeEntries,
  parseHistoryFile,
  recordEntry,
  rememberedPeople,
  storedEntries,
  type HistoryEntry,
} from '../../../src/keeping/history.ts';
import { HISTORY_ENTRIES, IMPORT_ENTRIES } from '../../../src/shared/limits.ts';
import { describeProblem } from '../../../src/keeping/problems.ts';
import { AUSTIN, LAVROV, MemoryArea, ZAPAD, tEn, tVi } from '../helpers/history-fixtures.ts';

/** The n-th of many reads, a minute apart, each of its own article. */
function read(n: number): HistoryEntry {
  const at = new Date(Date.UTC(2025, 8, 1, 0, n)).toISOString();
  return { ...ZAPAD, url: `https://vnexpress.net/the-gioi/bai-${n}.html`, headline: `Bài số ${n}`, readAt: at };
}

describe('recording reads', () => {
  it('puts the newest read first', () => {
    const entries = recordEntry(recordEntry([], ZAPAD), AUSTIN);
    expect(entries.map((e) => e.url)).toEqual([AUSTIN.url, ZAPAD.url]);
  });

  it('updates the entry of a URL read again instead of adding a second one', () => {
    const again: HistoryEntry = {
      ...ZAPAD,
      readAt: '2025-09-20T09:00:00.000Z',
      actors: [{ actorId: 'viktor-khrenin', count: 2, salience: 0.1 }],
    };
    const entries = recordEntry(recordEntry(recordEntry([], ZAPAD), AUSTIN), again);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual(again);
  });

  it('forgets the oldest reads past the bound', () => {
    let entries: HistoryEntry[] = [];
    for (let n = 0; n < 7; n++) entries = recordEntry(entries, read(n), 5);
    expect(entries.map((e) => e.headline)).toEqual(['Bài số 6', 'Bài số 5', 'Bài số 4', 'Bài số 3', 'Bài số 2']);
  });

  it('bounds at 500 by default', () => {
    let entries: HistoryEntry[] = [];
    for (let n = 0; n < HISTORY_ENTRIES + 3; n++) entries = recordEntry(entries, read(n));
    expect(entries).toHaveLength(500);
    expect(entries[499]!.headline).toBe('Bài số 3');
  });

  it('remembers an article under its address without fragment or tracking parameters', () => {
    expect(historyUrl('https://vnexpress.net/a.html?utm_source=facebook&fbclid=x&id=7#box_comment')).toBe(
      'https://vnexpress.net/a.html?id=7',
    );
  });
});

describe('the history store (storage.local)', () => {
  it('records, lists, and is there again for a new store on the same storage (a restart)', async () => {
    const area = new MemoryArea();
    const store = new HistoryStore(area);
    expect(await store.record(ZAPAD)).toBe(true);
    expect(await store.record(AUSTIN)).toBe(true);
    expect(await new HistoryStore(area).list()).toEqual([AUSTIN, ZAPAD]);
  });

  it('records nothing while the reader has paused the history', async () => {
    const area = new MemoryArea();
    await area.set({ settings: { historyPaused: true } });
    const store = new HistoryStore(area);
    expect(await store.record(ZAPAD)).toBe(false);
    expect(await store.list()).toEqual([]);
    await area.set({ settings: { historyPaused: false } });
    expect(await store.record(ZAPAD)).toBe(true);
    expect(await store.list()).toEqual([ZAPAD]);
  });

  it('clears', async () => {
    const store = new HistoryStore(new MemoryArea());
    await store.record(ZAPAD);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('applies reads arriving together one after the other, losing none', async () => {
    const store = new HistoryStore(new MemoryArea());
    await Promise.all([store.record(ZAPAD), store.record(AUSTIN), store.record(LAVROV), store.import([read(1)])]);
    expect((await store.list()).map((e) => e.url).sort()).toEqual(
      [ZAPAD.url, AUSTIN.url, LAVROV.url, read(1).url].sort(),
    );
  });

  it('imports by merging: new URLs added, a newer read replaces an older one, an older one is ignored', async () => {
    const store = new HistoryStore(new MemoryArea());
    await store.record(ZAPAD);
    await store.record(AUSTIN);
    const newerZapad = { ...ZAPAD, readAt: '2025-10-01T00:00:00.000Z' };
    const olderAustin = { ...AUSTIN, readAt: '2024-01-01T00:00:00.000Z', headline: 'cũ' };
    const report = await store.import([newerZapad, olderAustin, LAVROV]);
    expect(report).toEqual({ added: 1, updated: 1, unchanged: 1, total: 3 });
    expect(await store.list()).toEqual([newerZapad, LAVROV, AUSTIN]);
  });

  it('leaves malformed stored entries out instead of failing', () => {
    expect(storedEntries([ZAPAD, { url: 'x' }, null])).toEqual([ZAPAD]);
    expect(storedEntries('nonsense')).toEqual([]);
  });
});

describe('export and import files', () => {
  const now = new Date('2025-09-19T10:00:00.000Z');

  it('exports a versioned file with every entry', () => {
    const file = historyFile([AUSTIN, ZAPAD], now);
    expect(file).toEqual({
      format: 'boi-canh-history',
      version: 1,
      exportedAt: '2025-09-19T10:00:00.000Z',
      entries: [AUSTIN, ZAPAD],
    });
    expect(historyFileName(now)).toBe('boi-canh-lich-su-2025-09-19.json');
  });

  it('reads its own export back to the same entries', () => {
    const parsed = parseHistoryFile(JSON.stringify(historyFile([AUSTIN, ZAPAD], now)));
    expect(parsed).toEqual({ ok: true, entries: [AUSTIN, ZAPAD] });
  });

  it('merge keeps the newest read of each URL', () => {
    const { entries } = mergeEntries([ZAPAD], [{ ...ZAPAD, readAt: '2025-09-10T00:00:00.000Z', headline: 'cũ hơn' }]);
    expect(entries).toEqual([ZAPAD]);
  });

  const file = (entries: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'boi-canh-history', version: 1, exportedAt: now.toISOString(), entries, ...extra });

  function problemsOf(text: string) {
    const parsed = parseHistoryFile(text);
    if (parsed.ok) throw new Error('expected problems');
    return parsed.problems;
  }

  it('rejects what is not one of its files, saying why, in Vietnamese and English', () => {
    const cases: [string, string, string][] = [
      ['{ "format": ', 'Tệp không phải JSON hợp lệ.', 'The file is not valid JSON.'],
      ['[1, 2]', 'Tệp không chứa một đối tượng JSON.', 'The file does not hold a JSON object.'],
      [
        JSON.stringify({ format: 'pocket-export', version: 1, entries: [] }),
        'format: Đây không phải tệp của Bối cảnh (format là “pocket-export”).',
        'format: This is not a Bối cảnh file (format is “pocket-export”).',
      ],
      [
        file([], { version: 2 }),
        'version: Phiên bản tệp “2” không được hỗ trợ (chỉ phiên bản 1).',
        'version: File version “2” is not supported (only version 1).',
      ],
      [
        file([], { entries: {} }),
        'entries: Thiếu danh sách bài (entries).',
        'entries: The list of articles (entries) is missing.',
      ],
    ];
    for (const [text, vi, en] of cases) {
      const [p, ...rest] = problemsOf(text);
      expect(rest).toEqual([]);
      expect(describeProblem(tVi, p!)).toBe(vi);
      expect(describeProblem(tEn, p!)).toBe(en);
    }
  });

  it('checks every field of every entry and reports each problem where it is', () => {
    const bad = {
      url: 'javascript:alert(1)',
      headline: '   ',
      outlet: 42,
      date: '15/9/2025',
      readAt: 'hôm qua',
      actors: [{ actorId: 'Vladimir Putin', count: 0, salience: 1.5 }, 'belarus'],
    };
    const problems = problemsOf(file([ZAPAD, bad, 7, { ...AUSTIN, actors: 'nhiều' }]));
    expect(problems.map((p) => describeProblem(tVi, p))).toEqual([
      'entries[1].url: Địa chỉ “javascript:alert(1)” không phải địa chỉ web http(s).',
      'entries[1].headline: Tiêu đề trống hoặc không phải chữ.',
      'entries[1].outlet: Tên báo không phải chữ.',
      'entries[1].date: Ngày “15/9/2025” không đúng dạng NNNN-TT-NN.',
      'entries[1].readAt: Thời điểm đọc “hôm qua” không phải thời gian ISO.',
      'entries[1].actors[0].actorId: Mã nhân vật “Vladimir Putin” không hợp lệ.',
      'entries[1].actors[0].count: Số lần nhắc “0” phải là số nguyên dương.',
      'entries[1].actors[0].salience: Độ nổi bật “1.5” phải là số từ 0 đến 1.',
      'entries[1].actors[1]: Nhân vật này không phải một đối tượng.',
      'entries[2]: Mục này không phải một đối tượng.',
      'entries[3].actors: Danh sách nhân vật không hợp lệ.',
    ]);
    expect(describeProblem(tEn, problems[3]!)).toBe('entries[1].date: The date “15/9/2025” is not a YYYY-MM-DD date.');
  });

  it('rejects an impossible calendar date and a file far bigger than any export', () => {
    expect(problemsOf(file([{ ...ZAPAD, date: '2025-02-30' }])).map((p) => p.code)).toEqual(['dateInvalid']);
    const many = Array.from({ length: IMPORT_ENTRIES + 1 }, () => ZAPAD);
    expect(describeProblem(tEn, problemsOf(file(many))[0]!)).toBe(
      'entries: The file has 2001 articles; at most 2000 can be imported.',
    );
  });

  it('reads the people an entry remembers, and refuses malformed ones where they are', () => {
    const withPeople = {
      ...ZAPAD,
      people: [{ name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga', quote: 'không lưu' }],
    };
    expect(parseHistoryFile(file([withPeople]))).toEqual({
      ok: true,
      entries: [{ ...ZAPAD, people: [{ name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga' }] }],
    });
    const problems = problemsOf(
      file([
        { ...ZAPAD, people: [{ name: '', title: '' }, { name: 'A B' }] },
        { ...AUSTIN, people: 'ai đó' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual(['entries[0].people[0]', 'entries[0].people[1]', 'entries[1].people']);
    expect(describeProblem(tEn, problems[2]!)).toBe(
      'entries[1].people: The list of people read from the article is not valid.',
    );
  });

  it('remembers each person once, with the newest article that introduced them', () => {
    const older = {
      ...AUSTIN,
      readAt: '2025-09-01T00:00:00.000Z',
      people: [{ name: 'Sergei Ryabkov', title: 'Thứ trưởng Ngoại giao Nga' }],
    };
    const newer = {
      ...ZAPAD,
      readAt: '2025-09-16T00:00:00.000Z',
      people: [
        { name: 'Sergei  Ryabkov', title: 'Phó Ngoại trưởng Nga' },
        { name: 'Yuri Ushakov', title: '' },
      ],
    };
    expect(rememberedPeople([older, newer])).toEqual([
      {
        name: 'Sergei  Ryabkov',
        title: 'Phó Ngoại trưởng Nga',
        headline: ZAPAD.headline,
        outlet: 'VnExpress',
        date: '2025-09-15',
      },
      { name: 'Yuri Ushakov', title: '', headline: ZAPAD.headline, outlet: 'VnExpress', date: '2025-09-15' },
    ]);
    expect(rememberedPeople([older, newer], 1)).toHaveLength(1);
  });

  it('keeps only the known fields of an imported entry', () => {
    const parsed = parseHistoryFile(
      file([{ ...ZAPAD, text: 'toàn văn bài báo', actors: [{ ...ZAPAD.actors[0], extra: 1 }] }]),
    );
    expect(parsed).toEqual({ ok: true, entries: [{ ...ZAPAD, actors: [ZAPAD.actors[0]] }] });
  });
});
