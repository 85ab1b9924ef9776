// The panel's PanelSource over the browser: runtime messages to the background, tabs.sendMessage
// to the described tab's page, the bundled glossary read from the extension itself. Every message
// and reply is checked on receipt; a malformed one is dropped with its reason logged.

import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { checkGlossary } from '../shared/glossary-loader.ts';
import { storedEntries, type HistoryEntry } from '../shared/history.ts';
import {
  panelTabReplyProblem,
  readMessage,
  showMentionReplyProblem,
  type PanelTabReply,
  type ShowMentionReply,
} from '../shared/messages.ts';
import { fixedTabIdFrom } from './address.ts';
import type { PanelSource } from './app.tsx';

const WHERE = 'side panel';


function listen(handler: (raw: unknown, sender: Runtime.MessageSender) => void): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Only our own background speaks to the panel.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    handler(raw, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function checked<T>(raw: unknown, problemOf: (raw: unknown) => string | null, what: string): T {
  const problem = problemOf(raw);
  if (problem) throw new Error(`${what}: malformed reply: ${problem}`);
  return raw as T;
}

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
      browser.windows.getCurrent().then((w) => (windowId = w.id), () => {});
      const listener = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) callback(info.tabId);
      };
      browser.tabs.onActivated.addListener(listener);
      return () => browser.tabs.onActivated.removeListener(listener);
    },
    async tab(tabId) {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'panel/get-tab', tabId });
      return checked<PanelTabReply>(reply, panelTabReplyProblem, 'panel/get-tab');
    },
    onTabChanged(callback) {
      return listen((raw) => {
        const m = readMessage(raw, ['panel/tab-changed'], WHERE);
        if (m) callback(m.tabId);
      });
    },
    onFocusActor(callback) {
      return listen((raw) => {
        const m = readMessage(raw, ['panel/focus-actor'], WHERE);
        if (m) callback(m.tabId, m.actorId);
      });
    },
    glossary() {
      // An extension-local read of the bundled file, not a network request.
      glossary ??= fetch(browser.runtime.getURL('glossary.json'))
        .then((r) => {
          if (!r.ok) throw new Error(`glossary.json: HTTP ${r.status}`);
          return r.json();
        })
        .then(checkGlossary);
      glossary.catch(() => (glossary = null));
      return glossary;
    },
    async history(): Promise<HistoryEntry[]> {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'history/list' });
      const r = reply as { ok?: unknown; entries?: unknown } | undefined;
      if (!r || r.ok !== true || !Array.isArray(r.entries)) {
        console.warn(`[Bối cảnh] ${WHERE}: history/list: dropped a malformed or failed reply`);
        return [];
      }
      const entries = storedEntries(r.entries);
      if (entries.length < r.entries.length) {
        console.warn(`[Bối cảnh] ${WHERE}: history/list: dropped ${r.entries.length - entries.length} malformed entries`);
      }
      return entries;
    },
    async showMention(tabId, actorId, index) {
      let reply: unknown;
      try {
        reply = await browser.tabs.sendMessage(tabId, { type: 'page/show-mention', actorId, index });
      } catch {
        // No content script there: the tab may be our reader page, which hears runtime messages.
        reply = await browser.runtime.sendMessage({ type: 'page/show-mention', actorId, index, tabId });
      }
      return checked<ShowMentionReply>(reply, showMentionReplyProblem, 'page/show-mention');
    },
    readerUrl: (storyId) => browser.runtime.getURL(`reader.html?story=${encodeURIComponent(storyId)}`),
    now: () => Date.now(),
  };
}
