// Chromium's toolbar button, pressed for real: CDP Extensions.triggerAction (puppeteer's
// page.triggerExtensionAction), which Chromium allows only over the launcher's pipe.

import type { Page } from 'puppeteer-core';
import { tabIdOf, type ChromiumSession } from '../../../tools/browsers/index.ts';

/** Presses the extension's toolbar button with `page` as the current tab. */
export async function pressButton(session: ChromiumSession, page: Page): Promise<void> {
  // puppeteer's goto resolves on the page's load event, which can come before the browser sees the
  // tab finish loading; a press in between grants activeTab to the navigation's previous
  // document, and the commit takes it back. A reader presses a page that is there.
  const tabId = await tabIdOf(session, page);
  const deadline = Date.now() + 10_000;
  while (
    (await session.serviceWorker.evaluate(async (id) => (await chrome.tabs.get(id)).status, tabId)) !== 'complete'
  ) {
    if (Date.now() > deadline) throw new Error(`tab ${tabId} did not finish loading`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error(`Chromium does not list the extension ${session.extensionId}`);
  await page.triggerExtensionAction(extension);
}

declare const chrome: {
  tabs: { get(id: number): Promise<{ status?: string }> };
};
