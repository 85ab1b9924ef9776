import { describe, expect, it, vi } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Glossary, GlossaryActor, Story } from '../../../src/core/types.ts';
import { cardFor, PageMatcher } from '../../../src/analysis/page-matching.ts';

const story = (id: string, headline: string, outlet: string, date: string): Story => ({
  id,
  headline,
  outlet,
  date,
  asOf: '',
  lead: '',
  byline: '',
  url: '',
  actors: [],
  paragraphs: [],
});

const STORIES = [
  story(
    '001-chuyen-tham-hiem-hoi-belarus-cua-putin',
    'Thấy gì từ chuyến thăm ‘hiếm hoi’ Belarus của Tổng thống Nga Putin',
    'Một thế giới',
    '2022-12-20',
  ),
  story(
    '003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus',
    'Tổng thống Putin bàn giai đoạn hai của cuộc tập trận hạt nhân với Belarus',
    '',
    '',
  ),
];

const PUTIN: GlossaryActor = {
  id: 'vladimir-putin',
  type: 'person',
  name: 'Vladimir Putin',
  aliases: ['V.Pu-tin'],
  shortNames: ['Putin'],
  description: { vi: 'Tổng thống Nga', en: 'President of Russia' },
  roles: [
    { title: 'Tổng thống Nga', asOf: '', storyId: STORIES[1]!.id },
    { title: 'Tổng thống Nga', asOf: '2022-12-20', storyId: STORIES[0]!.id },
  ],
  contexts: [],
  storyIds: [STORIES[0]!.id, STORIES[1]!.id],
  coMentions: [],
  mentionCount: 9,
  source: 'corpus',
};
const RUSSIA: GlossaryActor = {
  id: 'russia',
  type: 'state',
  name: 'Nga',
  latin: 'Russia',
  aliases: ['Liên bang Nga'],
  description: { vi: 'Liên bang Nga', en: 'Russian Federation' },
  roles: [],
  contexts: [],
  storyIds: [STORIES[0]!.id],
  coMentions: [],
  mentionCount: 4,
  source: 'corpus',
};
const GLOSSARY: Glossary = { version: 1, actors: [PUTIN, RUSSIA], stories: STORIES };

describe('cardFor', () => {
  it('gives the newest dated role with its story, and the story count', () => {
    const card = cardFor(PUTIN, new Map(STORIES.map((s) => [s.id, s])));
    expect(card).toEqual({
      id: 'vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      description: { vi: 'Tổng thống Nga', en: 'President of Russia' },
      role: {
        title: 'Tổng thống Nga',
        asOf: '2022-12-20',
        story: { headline: STORIES[0]!.headline, outlet: 'Một thế giới' },
      },
      storyCount: 2,
    });
    expect(cardFor(RUSSIA, new Map())).toEqual({
      id: 'russia',
      type: 'state',
      name: 'Nga',
      latin: 'Russia',
      description: { vi: 'Liên bang Nga', en: 'Russian Federation' },
      storyCount: 1,
    });
  });
});

describe('cardFor, with roles from public record', () => {
  it('takes the newest role whatever its source, and marks a public-record one as such', () => {
    const putin: GlossaryActor = {
      ...PUTIN,
      roles: [
        ...PUTIN.roles,
        {
          title: 'Tổng thống Nga',
          en: 'President of Russia',
          asOf: '2025-06-01',
          since: '2012-05-07',
          storyId: '',
          source: 'record',
        },
      ],
    };
    expect(cardFor(putin, new Map(STORIES.map((s) => [s.id, s]))).role).toEqual({
      title: 'Tổng thống Nga',
      en: 'President of Russia',
      asOf: '2025-06-01',
      since: '2012-05-07',
      record: true,
    });
  });
});

describe('PageMatcher', () => {
  // Text nodes of two paragraphs: the full name in the first, "ông Putin" in the second.
  const texts = ['Tổng thống Nga ', 'Vladimir Putin', ' đã đến Minsk.', 'Theo Politico, ông Putin cho biết.'];
  const runs = [[0, 1, 2], [3]];

  it('answers in text-node coordinates, resolving a later "ông Putin" across paragraphs', () => {
    const reply = new PageMatcher(GLOSSARY, buildMatcher(GLOSSARY.actors)).match(texts, runs, true);
    if (!reply.ok) throw new Error(reply.reason);
    expect(reply.mentions).toEqual([
      { actorId: 'russia', start: { node: 0, offset: 11 }, end: { node: 0, offset: 14 } },
      { actorId: 'vladimir-putin', start: { node: 1, offset: 0 }, end: { node: 1, offset: 14 } },
      { actorId: 'vladimir-putin', start: { node: 3, offset: 19 }, end: { node: 3, offset: 24 } },
    ]);
    expect(reply.actors.map((a) => a.id)).toEqual(['russia', 'vladimir-putin']);
  });

  it('never lets a name run from one paragraph into the next', () => {
    const reply = new PageMatcher(GLOSSARY, buildMatcher(GLOSSARY.actors)).match(
      ['Tổng thống Vladimir', 'Putin phát biểu.'],
      [[0], [1]],
      true,
    );
    if (!reply.ok) throw new Error(reply.reason);
    expect(reply.mentions.some((m) => m.start.node !== m.end.node)).toBe(false);
  });

  it('matches an unchanged article once', () => {
    const finder = buildMatcher(GLOSSARY.actors);
    const spy = vi.spyOn(finder, 'findMentions');
    const matcher = new PageMatcher(GLOSSARY, finder);
    matcher.match(texts, runs, true);
    matcher.match(texts, runs, true);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
