// @vitest-environment happy-dom
// The panel application over a scripted PanelSource: which tab it describes, when it reloads, and
// when a focus request from the hover card or the context menu opens an actor.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FOCUS_FRESH_MS, PanelApp, type PanelSource } from '../../../src/panel/app.tsx';
import { fixedTabIdFrom } from '../../../src/panel/address.ts';
import type { PanelTabReply } from '../../../src/protocol/messages.ts';
import { readingOf, realGlossary, tVi } from './fixtures.ts';

const ALLY = '004-my-quan-ngai-vai-tro-dong-minh-moscow';
const CALL = '002-bo-truong-quoc-phong-nga-my-dien-dam';
const NOW = 1_750_000_000_000;

class ScriptedSource implements PanelSource {
  fixedTabId: number | null = null;
  active: number | null = 7;
  replies = new Map<number, PanelTabReply>();
  asked: number[] = [];
  private activeListeners: ((id: number) => void)[] = [];
  private changedListeners: ((id: number) => void)[] = [];
  private focusListeners: ((id: number, actorId: string) => void)[] = [];

  activeTabId = async () => this.active;
  onActiveTab(cb: (id: number) => void) {
    this.activeListeners.push(cb);
    return () => (this.activeListeners = this.activeListeners.filter((x) => x !== cb));
  }
  tab = async (id: number) => {
    this.asked.push(id);
    return this.replies.get(id) ?? { ok: true as const, reading: null, focus: null };
  };
  onTabChanged(cb: (id: number) => void) {
    this.changedListeners.push(cb);
    return () => (this.changedListeners = this.changedListeners.filter((x) => x !== cb));
  }
  onFocusActor(cb: (id: number, actorId: string) => void) {
    this.focusListeners.push(cb);
    return () => (this.focusListeners = this.focusListeners.filter((x) => x !== cb));
  }
  glossary = async () => realGlossary();
  history = async () => [];
  showMention = async (_tabId: number, _actorId: string, index: number) => ({ ok: true as const, index, total: 3 });
  readerUrl = (id: string) => `reader.html?story=${id}`;
  now = () => NOW;

  activate(id: number) {
    for (const cb of this.activeListeners) cb(id);
  }
  changed(id: number) {
    for (const cb of this.changedListeners) cb(id);
  }
  focus(id: number, actorId: string) {
    for (const cb of this.focusListeners) cb(id, actorId);
  }
}

let host: HTMLElement;
async function mount(source: PanelSource): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(<PanelApp source={source} t={tVi} locale="vi" />, host);
  });
  await settle();
  return host;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((ok) => setTimeout(ok, 0));
    });
  }
}

afterEach(() => {
  render(null, host);
  host.remove();
});

const headline = (root: HTMLElement) => root.querySelector('h1')?.textContent;
const openActor = (root: HTMLElement) => root.querySelector('li.actor.open')?.getAttribute('data-actor') ?? null;

describe('the panel app', () => {
  it('describes the active tab, follows the reader to another tab, and reloads when the tab changes', async () => {
    const source = new ScriptedSource();
    source.replies.set(7, { ok: true, reading: readingOf(ALLY), focus: null });
    const root = await mount(source);
    expect(headline(root)).toBe('Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow');
    source.replies.set(9, { ok: true, reading: readingOf(CALL), focus: null });
    source.activate(9);
    await settle();
    expect(headline(root)).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    // Another tab's change is not ours; ours reloads.
    source.changed(7);
    await settle();
    expect(source.asked).toEqual([7, 9]);
    source.replies.set(9, { ok: true, reading: null, focus: null });
    source.changed(9);
    await settle();
    expect(headline(root)).toBe('Bối cảnh chưa đọc trang này');
  });

  it('with ?tabId=N, describes tab N and ignores the active tab', async () => {
    expect(fixedTabIdFrom('?tabId=42')).toBe(42);
    expect(fixedTabIdFrom('?tabId=-1')).toBeNull();
    expect(fixedTabIdFrom('?tabId=4x')).toBeNull();
    const source = new ScriptedSource();
    source.fixedTabId = 42;
    source.replies.set(42, { ok: true, reading: readingOf(CALL), focus: null });
    const root = await mount(source);
    source.activate(7);
    await settle();
    expect(source.asked).toEqual([42]);
    expect(headline(root)).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
  });

  it('opens on the actor the reader just asked about, not on an old request', async () => {
    const fresh = new ScriptedSource();
    fresh.replies.set(7, { ok: true, reading: readingOf(ALLY), focus: { actorId: 'minsk', at: NOW - 2_000 } });
    expect(openActor(await mount(fresh))).toBe('minsk');
    render(null, host);
    host.remove();
    const stale = new ScriptedSource();
    stale.replies.set(7, {
      ok: true,
      reading: readingOf(ALLY),
      focus: { actorId: 'minsk', at: NOW - FOCUS_FRESH_MS - 1 },
    });
    expect(openActor(await mount(stale))).toBeNull();
  });

  it('focuses an actor when the background says so for its tab only', async () => {
    const source = new ScriptedSource();
    source.replies.set(7, { ok: true, reading: readingOf(ALLY), focus: null });
    const root = await mount(source);
    source.focus(8, 'belarus');
    await settle();
    expect(openActor(root)).toBeNull();
    source.focus(7, 'belarus');
    await settle();
    expect(openActor(root)).toBe('belarus');
  });

  it('shows an error when the background does not answer', async () => {
    const source = new ScriptedSource();
    source.tab = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const root = await mount(source);
    expect(root.querySelector('p')?.textContent).toBe('Could not establish connection. Receiving end does not exist.');
  });
});
