// Related-story ranking (src/core/related.ts) on the real corpus, and the panel's use of it
// (src/panel/related-model.ts): corpus and history together, the article itself left out.
import { describe, expect, it } from 'vitest';
import { inverseFrequencies, rankRelated } from '../../../src/core/related.ts';
import type { HistoryEntry } from '../../../src/keeping/history.ts';
import { readerStoryId, relatedItems, sameHeadline, timelineOf } from '../../../src/panel/related-model.ts';
import { readingOf, realGlossary, story } from './fixtures.ts';

const ZAPAD = '000-si-quan-my-quan-sat-zapad-2025';
const MINSK_VISIT = '001-chuyen-tham-hiem-hoi-belarus-cua-putin';
const CALL = '002-bo-truong-quoc-phong-nga-my-dien-dam';
const EURASIA = '003a-nga-belarus-cau-truc-an-ninh-a-au';
const DRILLS = '003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus';
const ALLY = '004-my-quan-ngai-vai-tro-dong-minh-moscow';

function rankAgainstCorpus(id: string) {
  const g = realGlossary();
  const others = g.stories.filter((s) => s.id !== id).map((s) => ({ key: s.id, actors: s.actors }));
  return rankRelated(story(id).actors, others);
}

describe('rankRelated on the corpus', () => {
  it('puts the two stories of Putin’s December 2022 visit to Minsk first for each other', () => {
    expect(rankAgainstCorpus(MINSK_VISIT).map((r) => [r.key, r.score, r.shared.length])).toEqual([
      [ALLY, 0.6316, 10],
      [DRILLS, 0.6087, 9],
      [EURASIA, 0.5156, 6],
      [ZAPAD, 0.457, 7],
      [CALL, 0.3099, 5],
    ]);
    expect(rankAgainstCorpus(ALLY).map((r) => [r.key, r.score])).toEqual([
      [MINSK_VISIT, 0.6316],
      [DRILLS, 0.5461],
      [ZAPAD, 0.5152],
      [EURASIA, 0.4713],
      [CALL, 0.4421],
    ]);
  });

  it('weighs each shared actor by both saliences and by rarity: Nga is everywhere, so it weighs by salience alone', () => {
    const top = rankAgainstCorpus(MINSK_VISIT)[0]!;
    // Nga: salience 0.196 in 001, 0.226 in 004, in all 6 stories: √(0.196·0.226)·ln(1 + 6/6).
    expect(top.shared[0]).toEqual({ actorId: 'russia', weight: 0.1459 });
    expect(Math.round(Math.sqrt(0.196 * 0.226) * Math.log(2) * 10_000) / 10_000).toBe(0.1459);
    expect(top.shared.map((s) => s.actorId).slice(0, 3)).toEqual(['russia', 'belarus', 'ukraine']);
  });

  it('pairs the two stories of the Dân trí page, and the US–Russia call with the US-concern story', () => {
    expect(rankAgainstCorpus(EURASIA)[0]!.key).toBe(DRILLS);
    expect(
      rankAgainstCorpus(CALL)
        .slice(0, 2)
        .map((r) => r.key),
    ).toEqual([ALLY, ZAPAD]);
  });

  it('leaves out stories that share nothing, and cuts to the limit', () => {
    const article = [
      { actorId: 'viktor-khrenin', salience: 0.5 },
      { actorId: 'zapad-2025', salience: 0.5 },
    ];
    const candidates = [
      { key: 'a', actors: [{ actorId: 'viktor-khrenin', salience: 0.2 }] },
      { key: 'b', actors: [{ actorId: 'lloyd-austin', salience: 0.9 }] },
      {
        key: 'c',
        actors: [
          { actorId: 'viktor-khrenin', salience: 0.2 },
          { actorId: 'zapad-2025', salience: 0.1 },
        ],
      },
    ];
    const ranked = rankRelated(article, candidates);
    expect(ranked.map((r) => r.key)).toEqual(['c', 'a']);
    // N = 4 (article + 3), khrenin in 3 of them: ln(1 + 4/3); zapad in 2: ln(3).
    expect(ranked[1]!.score).toBe(Math.round(Math.sqrt(0.5 * 0.2) * Math.log(1 + 4 / 3) * 10_000) / 10_000);
    expect(rankRelated(article, candidates, 1).map((r) => r.key)).toEqual(['c']);
    expect(inverseFrequencies(article, candidates).get('zapad-2025')).toBeCloseTo(Math.log(3), 12);
  });
});

const HISTORY: HistoryEntry[] = [
  {
    url: 'https://vnexpress.net/the-gioi/lukashenko-tiep-dac-phai-vien-my-4939000.html',
    headline: 'Ông Lukashenko tiếp đặc phái viên Mỹ ở Minsk',
    outlet: 'VnExpress',
    date: '2025-09-11',
    readAt: '2025-09-12T08:30:00.000Z',
    actors: [
      { actorId: 'alexander-lukashenko', count: 6, salience: 0.4 },
      { actorId: 'minsk', count: 2, salience: 0.2 },
      { actorId: 'united-states', count: 3, salience: 0.25 },
      { actorId: 'john-coale', count: 2, salience: 0.15 },
    ],
  },
  {
    // The same story as corpus 001, read on the web: shown once, as the corpus story.
    url: 'https://motthegioi.vn/thay-gi-tu-chuyen-tham-hiem-hoi-belarus-cua-tong-thong-nga-putin.html',
    headline: 'Thấy gì từ chuyến thăm ‘hiếm hoi’ Belarus của Tổng thống Nga Putin',
    outlet: 'Một thế giới',
    date: '2022-12-20',
    readAt: '2025-01-05T10:00:00.000Z',
    actors: [{ actorId: 'vladimir-putin', count: 11, salience: 0.152 }],
  },
  {
    url: 'https://tuoitre.vn/trien-lam-tranh.htm',
    headline: 'Triển lãm tranh đương đại ở Hà Nội',
    outlet: 'Tuổi Trẻ',
    date: '',
    readAt: '2025-02-01T09:00:00.000Z',
    actors: [{ actorId: 'vietnam', count: 1, salience: 1 }],
  },
];

describe('related stories in the panel', () => {
  it('ranks corpus stories and history entries together, and never lists the article itself', () => {
    const items = relatedItems(readingOf(ALLY), realGlossary(), HISTORY);
    expect(items.map((i) => i.key)).not.toContain(`story:${ALLY}`);
    expect(items[0]).toMatchObject({
      key: `story:${MINSK_VISIT}`,
      source: 'corpus',
      storyId: MINSK_VISIT,
      outlet: 'Một thế giới',
      date: '2022-12-20',
      readAt: '2025-01-05T10:00:00.000Z',
    });
    const fromHistory = items.find((i) => i.source === 'history')!;
    expect(fromHistory).toMatchObject({
      url: HISTORY[0]!.url,
      headline: 'Ông Lukashenko tiếp đặc phái viên Mỹ ở Minsk',
      readAt: '2025-09-12T08:30:00.000Z',
    });
    // Mỹ is central to both; Lukashenko is rarer than Minsk and heavier in the entry.
    expect(fromHistory.shared.map((s) => s.name)).toEqual(['Mỹ', 'Alexander Lukashenko', 'Minsk']);
    // The culture story shares nothing; the twin of 001 is folded into it.
    expect(items.filter((i) => i.source === 'history')).toHaveLength(1);
  });

  it('recognises the article by its lead when the corpus lost the headline (story 000)', () => {
    const reading = readingOf(ZAPAD, {
      meta: {
        headline: 'Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga',
        lead: story(ZAPAD).lead,
        outlet: '',
        date: '',
        site: 'vnexpress.net',
      },
    });
    const keys = relatedItems(reading, realGlossary(), []).map((i) => i.key);
    expect(keys).not.toContain(`story:${ZAPAD}`);
    expect(keys).toHaveLength(5);
  });

  it('knows the article by its address even reached through a share link, whatever its headline now', () => {
    // The reader read this page before; the site has since edited the headline, and now the page
    // is open again from a link with tracking parameters and a fragment.
    const entry = HISTORY[0]!;
    const reading = readingOf(ALLY, {
      url: `${entry.url}?utm_source=zalo&fbclid=x#binh-luan`,
      meta: {
        headline: 'Ông Lukashenko tiếp đặc phái viên của Tổng thống Trump',
        lead: '',
        outlet: 'VnExpress',
        date: '',
        site: 'vnexpress.net',
      },
    });
    expect(relatedItems(reading, realGlossary(), HISTORY).filter((i) => i.source === 'history')).toEqual([]);
  });

  it('on the reader page, leaves out the story being read', () => {
    const reading = readingOf(ZAPAD, {
      url: 'chrome-extension://abc/reader.html?story=000-si-quan-my-quan-sat-zapad-2025',
      meta: { headline: '', lead: '', outlet: '', date: '', site: '' },
    });
    expect(readerStoryId(reading.url)).toBe(ZAPAD);
    expect(relatedItems(reading, realGlossary(), []).map((i) => i.key)).not.toContain(`story:${ZAPAD}`);
  });

  it('lays the related stories on a timeline, oldest first; an undated article stays off it', () => {
    // Story 004 gives no publication date (only "as of" 19 Dec 2022): the page says none.
    const reading = readingOf(ALLY);
    const items = relatedItems(reading, realGlossary(), HISTORY);
    const { points, undated } = timelineOf(reading, items);
    expect(points.map((p) => [p.date, p.current])).toEqual([
      ['2022-12-20', false],
      ['2024-05-23', false],
      ['2024-06-25', false],
      ['2024-06-27', false],
      ['2025-09-11', false],
      ['2025-09-15', false],
    ]);
    expect(points.find((p) => p.date === '2025-09-15')).toMatchObject({ dateIsAsOf: true, headline: '' });
    expect(undated).toBe(0);
  });

  it('puts a dated article among them, and counts undated history entries apart', () => {
    const reading = readingOf(CALL); // Bộ trưởng Quốc phòng Nga - Mỹ điện đàm: 27 Jun 2024
    const undatedEntry: HistoryEntry = {
      ...HISTORY[0]!,
      url: 'https://dantri.com.vn/a.htm',
      headline: 'Mỹ và Belarus',
      date: '',
    };
    const items = relatedItems(reading, realGlossary(), [undatedEntry]);
    const { points, undated } = timelineOf(reading, items);
    expect(points.map((p) => [p.date, p.current])).toEqual([
      ['2022-12-19', false],
      ['2022-12-20', false],
      ['2024-05-23', false],
      ['2024-06-25', false],
      ['2024-06-27', true],
      ['2025-09-15', false],
    ]);
    expect(undated).toBe(1);
  });

  it('compares headlines across case, spacing and Unicode form', () => {
    expect(sameHeadline('Nga, Belarus nghiên cứu', '  nga,  belarus nghie\u0302n cứu ')).toBe(true);
    expect(sameHeadline('', '')).toBe(false);
  });
});
