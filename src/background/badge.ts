// The toolbar badge: how many distinct actors the tab's article mentions.

import { browser } from '../shared/browser.ts';
import { extensionTranslate as t } from '../shared/extension-i18n.ts';
import { notReadKey, type NotReadReason } from '../shared/not-read.ts';

export async function showActorCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b4a1f' });
  const title = count > 0 ? t('actionTitleCount', [String(count)]) : t('actionTitle');
  await browser.action.setTitle({ tabId, title });
}

/** The toolbar button could not read the tab: a "!" and, on hover, why. */
export async function showNotRead(tabId: number, reason: NotReadReason): Promise<void> {
  // The "!" last: once it shows, the title that explains it is already there.
  await browser.action.setTitle({ tabId, title: t(notReadKey(reason, 'Title')) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#9a3412' });
  await browser.action.setBadgeText({ tabId, text: '!' });
}
