// Every message that crosses a context boundary, with the reply its sender reads, one map per
// direction. A message's type is its key here: the check table (checks.ts) and each receiver's
// handlers (serve.ts) are keyed by the same names, so "find references" on a key below lists its
// checks, its handler, and (through `ask`) the places that send it.

import type { HistoryEntry, MergeReport, RememberedPerson } from '../keeping/history.ts';
import type { NotReadReason } from '../shared/not-read.ts';
import type { CopyPart } from '../shared/copy-parts.ts';
import type { ExtractReply, PageReadingReport, PageSnapshot, TextRun } from '../shared/page-data.ts';
import type { UserGlossary } from '../keeping/user-glossary.ts';

/** One message: what the sender sends (besides its `type`), and what it gets back. `void`: the
 *  sender waits for delivery only, and reads no reply. */
export interface Exchange<Request, Reply> {
  request: Request;
  reply: Reply;
}

/** A failure every receiver may answer instead of its reply (serve.ts, when its handler throws). */
export type Failure = { ok: false; reason: string };

/** The answer to page/copy-part: kept, or why not (the copy is then dropped whole). */
export type CopyPartReply = { ok: true } | Failure;

/** The answer to card/open-panel: the panel opened (Chrome), the open sidebar now shows the actor
 *  (Firefox), or the reader must open it (Firefox opens its sidebar only from its own controls). */
export type OpenPanelReply = { ok: true; shown: 'panel' | 'sidebar' | 'hint' };

/** The answer to page/show-mention. */
export type ShowMentionReply = { ok: true; index: number; total: number } | Failure;

/** The answer to panel/get-tab: the tab's last reading, and the actor the reader last asked the
 *  panel about in that tab (the card's button, the context menu), with when. */
export type PanelTabReply = {
  ok: true;
  reading: PageReadingReport | null;
  focus: { actorId: string; at: number } | null;
  /** Why the toolbar button could not read the tab, when it tried and failed (absent from older
   *  builds). */
  notRead?: NotReadReason | null;
};

/** The answer to history/list (newest read first). */
export type HistoryListReply = { ok: true; entries: HistoryEntry[] } | Failure;
/** The answer to history/import: how the file merged into what was remembered. */
export type HistoryImportReply = ({ ok: true } & MergeReport) | Failure;
/** The answer to history/clear. */
export type HistoryClearReply = { ok: true } | Failure;
/** The answer to glossary/user-additions. */
export type UserAdditionsReply = { ok: true; glossary: UserGlossary } | Failure;

export type Command = 'next-mention' | 'toggle-marks';
export const COMMANDS: readonly Command[] = ['next-mention', 'toggle-marks'];

/** Content script and reader page → background (runtime.sendMessage). */
export interface PageToBackground {
  'page/extract': Exchange<{ snapshot: PageSnapshot }, ExtractReply>;
  /** A copy too big for one message (src/shared/copy-parts.ts): its parts in order from index 0,
   *  then page/extract-parts to read them, joined. */
  'page/copy-part': Exchange<{ copy: string; index: number; part: CopyPart }, CopyPartReply>;
  'page/extract-parts': Exchange<{ url: string; copy: string; parts: number }, ExtractReply>;
  /** The in-page fallback (src/content/page-reader.ts): Readability ran in the page, the matching
   *  is asked of the background. */
  'page/match-runs': Exchange<{ url: string; runs: TextRun[] }, ExtractReply>;
  'page/actor-count': Exchange<{ count: number }, void>;
  'card/open-panel': Exchange<{ actorId: string }, OpenPanelReply>;
  /** The card of a person read from an article: the options page, with the person filled in. */
  'card/add-to-glossary': Exchange<{ name: string; title: string }, void>;
  'page/reading': Exchange<{ reading: PageReadingReport }, void>;
  /** Which marked name, if any, the reader right-clicked (the context menu acts on it). */
  'page/context-actor': Exchange<{ actorId: string | null }, void>;
}

/** Side panel, options page and offscreen document → background (runtime.sendMessage): what the
 *  reader keeps (src/background/history.ts) and the panel's picture of a tab. */
export interface ExtensionPagesToBackground {
  'panel/get-tab': Exchange<{ tabId: number }, PanelTabReply>;
  'history/list': Exchange<Record<never, never>, HistoryListReply>;
  'history/clear': Exchange<Record<never, never>, HistoryClearReply>;
  'history/import': Exchange<{ entries: HistoryEntry[] }, HistoryImportReply>;
  /** The offscreen document has no storage access: it asks for the reader's glossary additions. */
  'glossary/user-additions': Exchange<Record<never, never>, UserAdditionsReply>;
}

/** Background → Chrome's offscreen document (runtime.sendMessage). */
export interface BackgroundToOffscreen {
  /** `people`: those the reader's history remembers, so the matcher knows them by name. */
  'offscreen/extract': Exchange<{ snapshot: PageSnapshot; people?: RememberedPerson[] }, ExtractReply>;
  /** The reader's glossary additions changed: the matcher is rebuilt around them. */
  'offscreen/user-glossary': Exchange<{ glossary: UserGlossary }, { ok: true }>;
}

/** Background or side panel → one tab's content script (tabs.sendMessage). */
export interface ToTab {
  'page/command': Exchange<{ command: Command }, void>;
  /** The toolbar button ran the content script on a page it does not cover: read it anyway. */
  'page/activate': Exchange<Record<never, never>, void>;
  /** Scroll to the actor's index-th mark. The reader page is an extension page, which
   *  tabs.sendMessage does not reach: it hears the runtime broadcast instead, with `tabId` saying
   *  which reader tab is meant. */
  'page/show-mention': Exchange<{ actorId: string; index: number; tabId?: number }, ShowMentionReply>;
}

/** Runtime broadcasts, heard by every extension page: background → side panels, and the panel's
 *  page/show-mention → reader pages. No panel open is normal: nobody answers. */
export interface Broadcasts {
  'panel/tab-changed': Exchange<{ tabId: number }, void>;
  'panel/focus-actor': Exchange<{ tabId: number; actorId: string }, void>;
  'page/show-mention': ToTab['page/show-mention'];
}

export interface Protocol
  extends PageToBackground,
    ExtensionPagesToBackground,
    BackgroundToOffscreen,
    ToTab,
    Broadcasts {}

export type MessageType = keyof Protocol;
/** What runtime.sendMessage carries (`ask`); the rest goes to a tab (`askTab`). */
export type RuntimeMessageType = keyof (PageToBackground &
  ExtensionPagesToBackground &
  BackgroundToOffscreen &
  Broadcasts);
export type TabMessageType = keyof ToTab;

/** The message of type T, as it travels. */
export type Message<T extends MessageType = MessageType> = { [K in T]: { type: K } & Protocol[K]['request'] }[T];
/** What the receiver of a T answers. */
export type Reply<T extends MessageType> = Protocol[T]['reply'];
