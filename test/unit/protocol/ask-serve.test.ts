// The protocol's two ends over a stand-in for the browser: `ask`/`askTab` check every reply
// against the table and throw, naming the message, on a malformed one; `serve` checks messages,
// keeps the sender rule, answers only its own types, and turns a handler's error into a failure.
// And the table itself: every message type of the protocol has both its checks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

const fake = vi.hoisted(() => {
  const listeners: ((raw: unknown, sender: unknown) => unknown)[] = [];
  return {
    listeners,
    reply: undefined as unknown,
    browser: {
      runtime: {
        id: 'boi-canh@example',
        sendMessage: vi.fn(async (_m: unknown) => fake.reply),
        onMessage: {
          addListener: (l: (raw: unknown, sender: unknown) => unknown) => listeners.push(l),
          removeListener: (l: (raw: unknown, sender: unknown) => unknown) => listeners.splice(listeners.indexOf(l), 1),
        },
      },
      tabs: { sendMessage: vi.fn(async (_tabId: number, _m: unknown) => fake.reply) },
    },
  };
});

vi.mock('../../../src/shared/browser.ts', () => ({ browser: fake.browser }));

const { ask, askTab } = await import('../../../src/protocol/ask.ts');
const { MESSAGE_TYPES, messageProblem, replyProblem } = await import('../../../src/protocol/checks.ts');
import type { ProtocolChecks } from '../../../src/protocol/checks.ts';
const { serve } = await import('../../../src/protocol/serve.ts');
import type { MessageType } from '../../../src/protocol/messages.ts';

afterEach(() => {
  vi.restoreAllMocks();
  fake.reply = undefined;
});

describe('the table', () => {
  it('checks every message type of the protocol, and its reply', () => {
    // Typed over the protocol: this list does not compile when it misses or adds a type.
    const protocol: Record<MessageType, true> = {
      'page/extract': true,
      'page/copy-part': true,
      'page/extract-parts': true,
      'page/match-runs': true,
      'page/actor-count': true,
      'card/open-panel': true,
      'card/add-to-glossary': true,
      'page/reading': true,
      'page/context-actor': true,
      'panel/get-tab': true,
      'history/list': true,
      'history/clear': true,
      'history/import': true,
      'glossary/user-additions': true,
      'offscreen/extract': true,
      'offscreen/user-glossary': true,
      'page/command': true,
      'page/activate': true,
      'page/show-mention': true,
      'panel/tab-changed': true,
      'panel/focus-actor': true,
    };
    expect([...MESSAGE_TYPES].sort()).toEqual(Object.keys(protocol).sort());
    for (const type of MESSAGE_TYPES) expect(typeof replyProblem(type, undefined), type).not.toBe('undefined');
  });

  it('does not compile a message without its reply check', () => {
    // @ts-expect-error: the reply's check is missing
    const checks: ProtocolChecks['page/extract'] = { request: () => null };
    expect(checks.request({})).toBeNull();
  });

  it('no longer knows the message nobody sent', () => {
    expect(messageProblem({ type: 'offscreen/match-runs', runs: [] })).toBe('unknown type "offscreen/match-runs"');
  });

  it('checks the replies that had no check before', () => {
    expect(replyProblem('history/list', { ok: true, entries: [] })).toBeNull();
    expect(replyProblem('history/list', { ok: true, entries: {} })).toBe('reply.entries is not an array');
    expect(replyProblem('history/list', { ok: false, reason: 'storage is full' })).toBeNull();
    expect(replyProblem('history/import', { ok: true, added: 1, updated: 0, unchanged: 2, total: 3 })).toBeNull();
    expect(replyProblem('history/import', { ok: true, added: 1 })).toBe(
      'reply.added, updated, unchanged or total is not a count',
    );
    expect(replyProblem('history/clear', { ok: 'yes' })).toBe('reply.ok is not a boolean');
    expect(replyProblem('glossary/user-additions', { ok: true, glossary: { actors: [], aliases: [] } })).toBeNull();
    expect(replyProblem('glossary/user-additions', { ok: true, glossary: [] })).toBe(
      'glossary is not { actors: [], aliases: [] }',
    );
    expect(replyProblem('page/copy-part', { ok: false })).toBe('failure without a reason');
  });
});

describe('ask', () => {
  it('returns a well-formed reply', async () => {
    fake.reply = { ok: true, shown: 'sidebar' };
    await expect(ask({ type: 'card/open-panel', actorId: 'minsk' })).resolves.toEqual({ ok: true, shown: 'sidebar' });
    expect(fake.browser.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'card/open-panel', actorId: 'minsk' });
  });

  it('throws on a malformed reply, naming the message and the problem', async () => {
    fake.reply = { ok: true, shown: 'popup' };
    await expect(ask({ type: 'card/open-panel', actorId: 'minsk' })).rejects.toThrow(
      'card/open-panel: malformed reply: reply.shown is unknown',
    );
    fake.reply = undefined;
    await expect(ask({ type: 'history/list' })).rejects.toThrow(
      'history/list: malformed reply: reply is not an object',
    );
  });

  it("says the receiver's reason when it failed where its reply has no failure", async () => {
    fake.reply = { ok: false, reason: 'storage.session is not available' };
    await expect(ask({ type: 'panel/get-tab', tabId: 3 })).rejects.toThrow(
      'panel/get-tab: storage.session is not available',
    );
  });

  it('reads no reply where the sender waits only for delivery', async () => {
    fake.reply = 'anything';
    await expect(ask({ type: 'panel/tab-changed', tabId: 3 })).resolves.toBe('anything');
  });

  it('asks a tab through tabs.sendMessage, with the same check', async () => {
    fake.reply = { ok: true, index: 1, total: 3 };
    await expect(askTab(7, { type: 'page/show-mention', actorId: 'minsk', index: 1 })).resolves.toEqual({
      ok: true,
      index: 1,
      total: 3,
    });
    expect(fake.browser.tabs.sendMessage).toHaveBeenLastCalledWith(7, {
      type: 'page/show-mention',
      actorId: 'minsk',
      index: 1,
    });
    fake.reply = { ok: true, index: 1 };
    await expect(askTab(7, { type: 'page/show-mention', actorId: 'minsk', index: 1 })).rejects.toThrow(
      'page/show-mention: malformed reply: reply.index or reply.total is not a count',
    );
  });
});

describe('serve', () => {
  const ours: Runtime.MessageSender = {
    id: 'boi-canh@example',
    tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };

  it('answers its own types, at once and synchronously, and stops when asked', async () => {
    const order: string[] = [];
    const stop = serve(
      {
        'page/copy-part': () => {
          order.push('handled');
          return { ok: true };
        },
      },
      'test',
    );
    const reply = fake.listeners[0]!(
      { type: 'page/copy-part', copy: 'c1', index: 0, part: { html: '', texts: [], parents: [], runs: [], tags: [] } },
      ours,
    );
    order.push('returned');
    // The browser sends back only what a promise resolves to.
    expect(reply).toBeInstanceOf(Promise);
    await expect(reply).resolves.toEqual({ ok: true });
    expect(order).toEqual(['handled', 'returned']);
    stop();
    expect(fake.listeners).toHaveLength(0);
  });

  it("leaves other parts' messages, other extensions' and malformed ones unanswered", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = vi.fn(() => ({ ok: true as const, shown: 'panel' as const }));
    const stop = serve({ 'card/open-panel': handler }, 'background');
    const listener = fake.listeners[0]!;
    expect(listener({ type: 'panel/get-tab', tabId: 1 }, ours)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(
      listener({ type: 'card/open-panel', actorId: 'minsk' }, { ...ours, id: 'another-extension' }),
    ).toBeUndefined();
    expect(listener({ type: 'card/open-panel', actorId: '' }, ours)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      '[Bối cảnh] background: dropped a malformed message: actorId is not a non-empty string',
    );
    expect(handler).not.toHaveBeenCalled();
    stop();
  });

  it("answers a handler's error with a failure the sender reads", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = serve(
      {
        'history/list': async () => {
          throw new Error('storage is gone');
        },
        'history/clear': () => {
          throw new Error('not now');
        },
      },
      'background',
    );
    const listener = fake.listeners[0]!;
    await expect(listener({ type: 'history/list' }, ours)).resolves.toEqual({ ok: false, reason: 'storage is gone' });
    await expect(listener({ type: 'history/clear' }, ours)).resolves.toEqual({ ok: false, reason: 'not now' });
    expect(warn).toHaveBeenCalledTimes(2);
    stop();
  });
});
