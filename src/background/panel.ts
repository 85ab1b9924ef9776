// The background's side of the side panel: opening it from the reader's gestures (toolbar button,
// its shortcut, the context menu on a marked name, the hover card's button), remembering which
// actor the reader asked about, and answering the panel's questions about a tab.
//
// Every opening calls the browser *first*, before any await: sidePanel.open and sidebarAction.open
// are honoured only inside the gesture's handler.
//
// Where the browser has neither (Firefox for Android), the panel opens as a tab next to the
// article (panel-tab.ts), from the card's button and from the toolbar button.

import type { Runtime, Tabs } from 'webextension-polyfill';
import { ask } from '../protocol/ask.ts';
import { browser } from '../shared/browser.ts';
import { extensionTranslate } from '../shared/extension-i18n.ts';
import type { OpenPanelReply, PanelTabReply } from '../protocol/messages.ts';
import { panelOpener, type TabRef } from './panel-opener.ts';
import { PANEL_REQUEST_KEY, recordPanelRequest, type PanelRequest } from './panel-requests.ts';
import { openPanelTab } from './panel-tab.ts';
import { runOnTab } from './sites.ts';
import { patternCovers } from '../sites/outlets.ts';
import { notReadOf, readingOf, saveNotRead } from './tab-state.ts';
import { showNotRead } from './badge.ts';
import { reasonOfError, unreadableAddress } from '../shared/not-read.ts';

const opener = panelOpener();
const MENU_ID = 'boi-canh-open-panel';
const warn = (...args: unknown[]) => console.warn('[Bối cảnh] panel:', ...args);

/** The news sites the content script runs on by itself (the manifest's content_scripts). */
function siteMatches(): string[] {
  const scripts =
    (browser.runtime.getManifest() as { content_scripts?: { matches?: string[] }[] }).content_scripts ?? [];
  return scripts.flatMap((s) => s.matches ?? []);
}

export function isSupportedPage(url: string | undefined): boolean {
  return url !== undefined && siteMatches().some((p) => patternCovers(p, url));
}

/** Tells open panels to show `actorId` for tab `tabId`. */
function broadcastFocus(tabId: number, actorId: string): void {
  ask({ type: 'panel/focus-actor', tabId, actorId }).catch(() => {});
}

async function askedFor(tabId: number | undefined, actorId: string): Promise<void> {
  await recordPanelRequest(tabId, actorId);
  if (tabId !== undefined) broadcastFocus(tabId, actorId);
}

/** The toolbar button (and its shortcut): open (Chrome) or toggle (Firefox) the panel; on pages
 *  the content script does not cover, also run it there, as the button always did (activeTab). */
export function onActionClicked(tab: Tabs.Tab): void {
  const opening = opener.kind === 'none' ? panelTabFromAction(tab) : opener.fromAction(tab);
  if (tab.id !== undefined && !isSupportedPage(tab.url)) tryToRead(tab.id, tab.url).catch(warn);
  opening.catch(warn);
}

/** No side panel: the toolbar button opens the panel tab for the page, unless the page is one of
 *  ours (the panel tab itself, the reader's options). */
async function panelTabFromAction(tab: Tabs.Tab): Promise<boolean> {
  if (tab.url?.startsWith(browser.runtime.getURL(''))) return false;
  return openPanelTab(tab);
}

/** Runs the content script on a tab the reader pressed the button on; when it cannot, the badge
 *  and the panel say why, instead of one line in this console. */
async function tryToRead(tabId: number, url: string | undefined): Promise<void> {
  let reason = unreadableAddress(url);
  if (!reason) {
    try {
      await runOnTab(tabId);
      return;
    } catch (error) {
      warn('toolbar button:', error);
      reason = reasonOfError(error);
    }
  }
  await Promise.all([saveNotRead(tabId, reason), showNotRead(tabId, reason)]);
}

/** "Mở bảng bên" on the hover card. Chrome carries the click's gesture through the message; Firefox
 *  does not, so there an open sidebar is told to focus the actor, and a closed one gets a hint. */
export async function onCardOpenPanel(sender: Runtime.MessageSender, actorId: string): Promise<OpenPanelReply> {
  if (opener.kind === 'none') {
    // No gesture needed for a tab. The request is recorded first: the new panel reads it on loading.
    await askedFor(sender.tab?.id, actorId);
    return { ok: true, shown: (await openPanelTab(sender.tab ?? {})) ? 'panel' : 'hint' };
  }
  const tab: TabRef = sender.tab ?? {};
  const opening = opener.open(tab); // first, inside the gesture
  await askedFor(tab.id, actorId);
  if (await opening) return { ok: true, shown: opener.kind === 'sidebar' ? 'sidebar' : 'panel' };
  if (opener.kind === 'sidebar' && (await opener.isOpen(tab))) return { ok: true, shown: 'sidebar' };
  return { ok: true, shown: 'hint' };
}

const contextKey = (tabId: number) => `ctx:${tabId}`;

/** The content script says which marked name (if any) the reader right-clicked. */
export async function rememberContextActor(tabId: number | undefined, actorId: string | null): Promise<void> {
  if (tabId === undefined) return;
  await browser.storage.session.set({ [contextKey(tabId)]: actorId });
}

/** The page's context menu: "show in the side panel", on the news sites. */
export function installPanelMenu(): void {
  // Firefox for Android has no context menus for extensions.
  if (!browser.contextMenus) return;
  // Called after installSiteMenu(): the browser runs menu calls in order, so its removeAll()
  // comes before this create.
  browser.contextMenus.create(
    {
      id: MENU_ID,
      title: extensionTranslate('menuOpenPanel'),
      contexts: ['page', 'selection', 'link'],
      documentUrlPatterns: siteMatches(),
    },
    () => void browser.runtime.lastError,
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    const opening = opener.open(tab); // first, inside the gesture
    const tabId = tab.id;
    if (tabId === undefined) return;
    browser.storage.session
      .get(contextKey(tabId))
      .then(async (stored) => {
        const actorId = stored[contextKey(tabId)];
        if (typeof actorId === 'string' && actorId) await askedFor(tabId, actorId);
        await opening;
      })
      .catch(warn);
  });
}

/** The panel asks what it should show for tab `tabId`. */
export async function panelTabState(tabId: number): Promise<PanelTabReply> {
  const [reading, notRead, stored] = await Promise.all([
    readingOf(tabId),
    notReadOf(tabId),
    browser.storage.session.get(PANEL_REQUEST_KEY),
  ]);
  const request = stored[PANEL_REQUEST_KEY] as PanelRequest | undefined;
  const focus = request && request.tabId === tabId ? { actorId: request.actorId, at: request.at } : null;
  return { ok: true, reading, focus, notRead };
}
