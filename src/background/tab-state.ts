// What the side panel knows about each tab: the last reading the tab's page reported (article
// metadata, ranked actors with their cards, paragraph pairs). Kept in storage.session, so that
// Chrome stopping and restarting the service worker loses nothing, and the browser forgets it when
// it closes. Every change is broadcast (panel/tab-changed) to whatever panels are open.

import { ask } from '../protocol/ask.ts';
import { browser } from '../shared/browser.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import { isNotReadReason, type NotReadReason } from '../shared/not-read.ts';

const PREFIX = 'tab:';
const NOT_READ_PREFIX = 'notread:';
const warn = (...args: unknown[]) => console.warn('[Bối cảnh] tab state:', ...args);

export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** Tells open panels that tab `tabId` changed. No panel open is normal, not an error. */
export function broadcastTabChanged(tabId: number): void {
  ask({ type: 'panel/tab-changed', tabId }).catch(() => {});
}

export async function saveReading(tabId: number, reading: PageReadingReport): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: reading });
  broadcastTabChanged(tabId);
}

export async function readingOf(tabId: number): Promise<PageReadingReport | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as PageReadingReport | undefined) ?? null;
}

/** The toolbar button could not read the tab: the panel says why (until the tab loads again). */
export async function saveNotRead(tabId: number, reason: NotReadReason): Promise<void> {
  await browser.storage.session.set({ [`${NOT_READ_PREFIX}${tabId}`]: reason });
  broadcastTabChanged(tabId);
}

export async function notReadOf(tabId: number): Promise<NotReadReason | null> {
  const key = `${NOT_READ_PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(key))[key];
  return isNotReadReason(stored) ? stored : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabKey(tabId), `${NOT_READ_PREFIX}${tabId}`]);
  broadcastTabChanged(tabId);
}

/** Keeps the state honest: a tab that starts loading another document has no reading until its
 *  page reports again (a page without our content script never will), and a closed tab has none. */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId).catch(warn);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    browser.storage.session.remove([tabKey(tabId), `${NOT_READ_PREFIX}${tabId}`]).catch(warn);
  });
}
