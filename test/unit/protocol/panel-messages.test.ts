// The panel's part of the message protocol: every new message and reply is checked on receipt,
// and a malformed one is dropped with its reason.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageProblem, replyProblem } from '../../../src/protocol/checks.ts';
import { readingProblem } from '../../../src/protocol/payload-checks.ts';
import { receiver } from '../../../src/protocol/handlers.ts';
import type { PageReadingReport } from '../../../src/shared/page-data.ts';

const panelTabReplyProblem = (raw: unknown) => replyProblem('panel/get-tab', raw);
const showMentionReplyProblem = (raw: unknown) => replyProblem('page/show-mention', raw);
const openPanelReplyProblem = (raw: unknown) => replyProblem('card/open-panel', raw);

const reading: PageReadingReport = {
  url: 'https://baoquocte.vn/xung-dot-nga-ukraine.html',
  article: true,
  meta: {
    headline: 'Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow',
    lead: '',
    outlet: 'Báo Quốc tế',
    date: '',
    site: 'baoquocte.vn',
  },
  actors: [{ actorId: 'alexander-lukashenko', count: 3, salience: 0.036 }],
  cards: [
    {
      id: 'alexander-lukashenko',
      type: 'person',
      name: 'Alexander Lukashenko',
      description: { vi: 'Tổng thống Belarus', en: 'President of Belarus' },
      storyCount: 5,
    },
  ],
  pairs: [{ a: 'alexander-lukashenko', b: 'belarus', count: 2 }],
};

describe('panel messages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts the well-formed ones', () => {
    for (const m of [
      { type: 'page/reading', reading },
      { type: 'page/context-actor', actorId: null },
      { type: 'page/context-actor', actorId: 'minsk' },
      { type: 'page/show-mention', actorId: 'minsk', index: 2 },
      { type: 'page/show-mention', actorId: 'minsk', index: 0, tabId: 12 },
      { type: 'panel/get-tab', tabId: 12 },
      { type: 'panel/tab-changed', tabId: 12 },
      { type: 'panel/focus-actor', tabId: 12, actorId: 'minsk' },
    ]) {
      expect(messageProblem(m), m.type).toBeNull();
    }
  });

  it.each([
    [{ type: 'page/show-mention', actorId: 'minsk', index: -1 }, 'index is not a non-negative integer'],
    [{ type: 'page/show-mention', actorId: '', index: 0 }, 'actorId is not a non-empty string'],
    [{ type: 'page/show-mention', actorId: 'minsk', index: 0, tabId: '12' }, 'tabId is not a non-negative integer'],
    [{ type: 'panel/get-tab', tabId: 1.5 }, 'tabId is not a non-negative integer'],
    [{ type: 'panel/focus-actor', tabId: 3 }, 'actorId is not a non-empty string'],
    [{ type: 'page/context-actor', actorId: 7 }, 'actorId is neither null nor a non-empty string'],
    [{ type: 'page/reading', reading: { ...reading, meta: { headline: 'x' } } }, 'reading.meta.lead is not a string'],
    [
      { type: 'page/reading', reading: { ...reading, actors: [{ actorId: 'minsk', count: 1, salience: 2 }] } },
      'reading.actors[0] is malformed',
    ],
    [{ type: 'page/reading', reading: { ...reading, cards: [] } }, 'actor alexander-lukashenko has no card'],
    [
      { type: 'page/reading', reading: { ...reading, pairs: [{ a: 'x', b: 'y', count: -1 }] } },
      'reading.pairs[0] is malformed',
    ],
  ])('rejects %j: %s', (message, why) => {
    expect(messageProblem(message)).toBe(why);
  });

  it('drops a malformed message with a logged reason', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const changed = vi.fn();
    expect(
      receiver(
        { 'panel/tab-changed': changed },
        'side panel',
        () => true,
      )({ type: 'panel/tab-changed', tabId: 'seven' }, {}),
    ).toBeUndefined();
    expect(changed).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(
      '[Bối cảnh] side panel: dropped a malformed message: tabId is not a non-negative integer',
    );
  });

  it('checks the replies the panel and the card read', () => {
    expect(panelTabReplyProblem({ ok: true, reading, focus: { actorId: 'minsk', at: 1 } })).toBeNull();
    expect(panelTabReplyProblem({ ok: true, reading: null, focus: null })).toBeNull();
    expect(panelTabReplyProblem({ ok: true, reading: null, focus: null, notRead: 'pdf' })).toBeNull();
    expect(panelTabReplyProblem({ ok: true, reading: null, focus: null, notRead: 'broken' })).toBe(
      'reply.notRead is not a known reason',
    );
    expect(panelTabReplyProblem({ ok: true, reading: { ...reading, url: 3 }, focus: null })).toBe(
      'reading.url is not a string',
    );
    expect(panelTabReplyProblem({ ok: true, reading: null, focus: { actorId: 'minsk' } })).toBe(
      'reply.focus is malformed',
    );
    expect(showMentionReplyProblem({ ok: true, index: 1, total: 3 })).toBeNull();
    expect(showMentionReplyProblem({ ok: false, reason: 'no mark of minsk in this page' })).toBeNull();
    expect(showMentionReplyProblem({ ok: true, index: 1 })).toBe('reply.index or reply.total is not a count');
    expect(openPanelReplyProblem({ ok: true, shown: 'hint' })).toBeNull();
    expect(openPanelReplyProblem({ ok: true, shown: 'popup' })).toBe('reply.shown is unknown');
    expect(readingProblem(reading)).toBeNull();
  });
});
