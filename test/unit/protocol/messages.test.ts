import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageProblem } from '../../../src/protocol/checks.ts';
import { extractReplyProblem } from '../../../src/protocol/payload-checks.ts';
import { receiver } from '../../../src/protocol/handlers.ts';
import type { PageSnapshot } from '../../../src/shared/page-data.ts';

const snapshot: PageSnapshot = {
  url: 'https://vnexpress.net/the-gioi/a.html',
  html: '<p data-bc0>Tổng thống Nga Vladimir Putin</p>',
  texts: ['Tổng thống Nga ', 'Vladimir Putin'],
  parents: [0, 1],
  runs: [1, 1],
  tags: ['p', 'strong'],
};

const card = {
  id: 'vladimir-putin',
  type: 'person',
  name: 'Vladimir Putin',
  description: { vi: 'Tổng thống Nga', en: 'President of Russia' },
  storyCount: 5,
};

describe('message guards', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts every well-formed message', () => {
    const good = [
      { type: 'page/extract', snapshot },
      { type: 'offscreen/extract', snapshot },
      { type: 'page/match-runs', url: snapshot.url, runs: [{ nodes: [0, 1], texts: snapshot.texts }] },
      { type: 'page/match-runs', url: snapshot.url, runs: [] },
      { type: 'page/actor-count', count: 12 },
      { type: 'card/open-panel', actorId: 'vladimir-putin' },
      { type: 'card/add-to-glossary', name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga' },
      {
        type: 'offscreen/extract',
        snapshot,
        people: [{ name: 'Sergei Ryabkov', title: '', headline: 'Tin', outlet: '', date: '2025-08-01' }],
      },
      { type: 'page/command', command: 'next-mention' },
      { type: 'page/command', command: 'toggle-marks' },
      { type: 'page/activate' },
    ];
    for (const m of good) expect(messageProblem(m), m.type).toBeNull();
  });

  it.each([
    ['null', null, 'not an object'],
    ['an array', [], 'not an object'],
    ['no type', { count: 1 }, 'no string "type"'],
    ['an unknown type', { type: 'page/explode' }, 'unknown type "page/explode"'],
    ['a prototype key as type', { type: 'toString' }, 'unknown type "toString"'],
    [
      'a snapshot with a number as text',
      { type: 'page/extract', snapshot: { ...snapshot, texts: ['a', 2] } },
      'snapshot.texts[1] is malformed',
    ],
    [
      'a snapshot without html',
      { type: 'page/extract', snapshot: { ...snapshot, html: undefined } },
      'snapshot.html is not a string',
    ],
    [
      'texts and parents of different lengths',
      { type: 'page/extract', snapshot: { ...snapshot, parents: [0] } },
      'snapshot.texts, parents and runs differ in length',
    ],
    [
      'a parent outside the numbered elements',
      { type: 'page/extract', snapshot: { ...snapshot, parents: [0, 7] } },
      'snapshot.parents names an unknown element',
    ],
    [
      'a negative run id',
      { type: 'offscreen/extract', snapshot: { ...snapshot, runs: [1, -1] } },
      'snapshot.runs[1] is malformed',
    ],
    [
      'a run with more nodes than texts',
      { type: 'page/match-runs', url: snapshot.url, runs: [{ nodes: [0, 1], texts: ['Nga'] }] },
      'runs[0] has 2 nodes but 1 texts',
    ],
    ['match-runs without url', { type: 'page/match-runs', runs: [] }, 'url is not a string'],
    ['a fractional count', { type: 'page/actor-count', count: 1.5 }, 'count is not a non-negative integer'],
    ['a negative count', { type: 'page/actor-count', count: -1 }, 'count is not a non-negative integer'],
    ['an empty actor id', { type: 'card/open-panel', actorId: '' }, 'actorId is not a non-empty string'],
    ['an add without a name', { type: 'card/add-to-glossary', name: ' ', title: '' }, 'name or title is not a string'],
    [
      'a remembered person without a name',
      { type: 'offscreen/extract', snapshot, people: [{ name: '', title: '', headline: '', outlet: '', date: '' }] },
      'people[0] is malformed',
    ],
    [
      'a remembered person with a bad date',
      {
        type: 'offscreen/extract',
        snapshot,
        people: [{ name: 'A B', title: '', headline: '', outlet: '', date: 'hôm qua' }],
      },
      'people[0] is malformed',
    ],
    ['an unknown command', { type: 'page/command', command: 'delete-page' }, 'unknown command "delete-page"'],
  ])('drops %s with its reason', (_, raw, reason) => {
    expect(messageProblem(raw)).toBe(reason);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = vi.fn();
    expect(receiver({ 'page/extract': handler, 'page/command': handler }, 'test', () => true)(raw, {})).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(`[Bối cảnh] test: dropped a malformed message: ${reason}`);
  });

  it('ignores valid messages meant for another part, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const extract = vi.fn(() => ({ ok: false as const, reason: 'not here' }));
    expect(
      receiver({ 'offscreen/extract': extract }, 'offscreen', () => true)({ type: 'page/extract', snapshot }, {}),
    ).toBeUndefined();
    expect(extract).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    const command = vi.fn();
    receiver({ 'page/command': command }, 'content', () => true)({ type: 'page/command', command: 'toggle-marks' }, {});
    expect(command).toHaveBeenCalledWith({ type: 'page/command', command: 'toggle-marks' }, {});
  });
});

describe('extract reply guard', () => {
  const mention = { actorId: 'vladimir-putin', start: { node: 1, offset: 0 }, end: { node: 1, offset: 14 } };

  it('accepts a reply whose mentions all have cards', () => {
    expect(extractReplyProblem({ ok: true, article: true, mentions: [mention], actors: [card] })).toBeNull();
    expect(extractReplyProblem({ ok: false, reason: 'no DOM parser in this context' })).toBeNull();
  });

  it.each([
    ['not an object', 'yes', 'reply is not an object'],
    ['failure without reason', { ok: false }, 'failure without a reason'],
    ['no ok', { article: true, mentions: [], actors: [] }, 'reply.ok is not a boolean'],
    ['no article flag', { ok: true, mentions: [], actors: [] }, 'reply.article is not a boolean'],
    [
      'a negative offset',
      { ok: true, article: true, mentions: [{ ...mention, end: { node: 1, offset: -2 } }], actors: [card] },
      'reply.mentions[0] is malformed',
    ],
    [
      'an unknown actor type',
      { ok: true, article: true, mentions: [], actors: [{ ...card, type: 'celebrity' }] },
      'reply.actors[0] is malformed',
    ],
    [
      'a role without date',
      { ok: true, article: true, mentions: [], actors: [{ ...card, role: { title: 'Tổng thống Nga' } }] },
      'reply.actors[0] is malformed',
    ],
    [
      'a mention without card',
      { ok: true, article: true, mentions: [mention], actors: [] },
      'mention of vladimir-putin has no card',
    ],
  ])('rejects %s', (_, raw, reason) => {
    expect(extractReplyProblem(raw)).toBe(reason);
  });
});
