// Chromium driven by puppeteer-core over --remote-debugging-pipe, for what only a browser-level
// CDP connection may do: press the extension's toolbar button (CDP Extensions.triggerAction, as
// page.triggerExtensionAction). Playwright's persistent context gives no browser-level session,
// and from a page session Chromium answers "Method not allowed".

import puppeteer, { type Browser, type Extension, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumEnv, chromiumFlags, distDir } from '../harness/index.ts';

export interface ActionSession {
  browser: Browser;
  extension: Extension;
  /** The extension's service worker, for chrome.* probes. */
  worker: WebWorker;
  open(url: string): Promise<Page>;
  /** The tab id the background knows `page` by (the page is brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Presses the toolbar button with `page` as the current tab. */
  pressButton(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromiumForActions(hostnames: readonly string[], extensionDir = distDir('chrome')): Promise<ActionSession> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    // Loaded over the pipe (Extensions.loadUnpacked), which also allows triggerAction.
    enableExtensions: [extensionDir],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: chromiumFlags(hostnames),
    env: chromiumEnv(),
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
      timeout: 15_000,
    });
    const worker = await target.worker();
    const extension = [...(await browser.extensions()).values()][0];
    if (!worker || !extension) throw new Error('no service worker or no extension');
    // Right after the worker starts, puppeteer may evaluate before the extension APIs are bound.
    const deadline = Date.now() + 10_000;
    while (!(await worker.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.tabs)).catch(() => false))) {
      if (Date.now() > deadline) throw new Error('the service worker has no chrome.tabs');
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const tabIdOf = async (page: Page) => {
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('no active tab');
      return id;
    };
    return {
      browser,
      extension,
      worker,
      async open(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      tabIdOf,
      async pressButton(page) {
        // puppeteer's goto resolves on the page's load event, which can come before the browser
        // sees the tab finish loading; a press in between grants activeTab to the navigation's
        // previous document, and the commit takes it back. A reader presses a page that is there.
        const tabId = await tabIdOf(page);
        const deadline = Date.now() + 10_000;
        while ((await worker.evaluate(async (id) => (await chrome.tabs.get(id)).status, tabId)) !== 'complete') {
          if (Date.now() > deadline) throw new Error(`tab ${tabId} did not finish loading`);
          await new Promise((ok) => setTimeout(ok, 50));
        }
        await page.triggerExtensionAction(extension);
      },
      close: () => browser.close().catch(() => {}),
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`the extension in ${extensionDir} did not start in Chromium (puppeteer): ${String(error)}`);
  }
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; get(id: number): Promise<{ status?: string }> };
};
