// The panel's PanelSource over the browser: runtime messages to the background, tabs.sendMessage
// to the described tab's page, the bundled glossary read from the extension itself. Every message
// and reply is checked on receipt; a malformed one is dropped with its reason logged.

import { ask } from '../protocol/ask.ts';
import { checkedReply } from '../protocol/reply.ts';
import type { HistoryListReply, Message } from '../protocol/messages.ts';
import { fromOurBackground, serve } from '../protocol/serve.ts';
import { browser } from '../shared/browser.ts';
import { loadBundledGlossary } from '../analysis/bundled-glossary.ts';
import { storedEntries, type HistoryEntry } from '../keeping/history.ts';
import { fixedTabIdFrom } from './address.ts';
import type { PanelSource } from './app.tsx';

const WHERE = 'side panel';

export function browserSource(search: string): PanelSource {
  let glossary: ReturnType<PanelSource['glossary']> | null = null;
  return {
    fixedTabId: fixedTabIdFrom(search),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    onActiveTab(callback) {
      let windowId: number | undefined;
      browser.windows.getCurrent().then(
        (w) => (windowId = w.id),
        () => {},
      );
      const listener = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) callback(info.tabId);
      };
      browser.tabs.onActivated.addListener(listener);
      return () => browser.tabs.onActivated.removeListener(listener);
    },
    async tab(tabId) {
      return ask({ type: 'panel/get-tab', tabId });
    },
    onTabChanged(callback) {
      // Only our own background speaks to the panel.
      return serve({ 'panel/tab-changed': (m) => callback(m.tabId) }, WHERE, fromOurBackground);
    },
    onFocusActor(callback) {
      return serve({ 'panel/focus-actor': (m) => callback(m.tabId, m.actorId) }, WHERE, fromOurBackground);
    },
    glossary() {
      // Read once; a failed read is tried again on the next ask.
      glossary ??= loadBundledGlossary();
      glossary.catch(() => (glossary = null));
      return glossary;
    },
    async history(): Promise<HistoryEntry[]> {
      let reply: HistoryListReply;
      try {
        reply = await ask({ type: 'history/list' });
      } catch (error) {
        console.warn(`[Bối cảnh] ${WHERE}: history/list: dropped a malformed reply:`, error);
        return [];
      }
      if (!reply.ok) {
        console.warn(`[Bối cảnh] ${WHERE}: history/list: ${reply.reason}`);
        return [];
      }
      // The reply's shape is checked; each entry is checked here, and a malformed one dropped alone.
      const entries = storedEntries(reply.entries);
      if (entries.length < reply.entries.length) {
        console.warn(
          `[Bối cảnh] ${WHERE}: history/list: dropped ${reply.entries.length - entries.length} malformed entries`,
        );
      }
      return entries;
    },
    async showMention(tabId, actorId, index) {
      // Not askTab: only a failed delivery, not a malformed reply, falls back to the broadcast.
      let delivered: unknown;
      try {
        delivered = await browser.tabs.sendMessage(tabId, {
          type: 'page/show-mention',
          actorId,
          index,
        } satisfies Message<'page/show-mention'>);
      } catch {
        // No content script there: the tab may be our reader page, which hears runtime messages.
        return ask({ type: 'page/show-mention', actorId, index, tabId });
      }
      return checkedReply('page/show-mention', delivered);
    },
    readerUrl: (storyId) => browser.runtime.getURL(`reader.html?story=${encodeURIComponent(storyId)}`),
    now: () => Date.now(),
  };
}
