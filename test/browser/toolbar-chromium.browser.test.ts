// Chromium: the toolbar button runs the extension on a page outside the bundled news list
// (activeTab + scripting) and opens the side panel. The button is pressed for real, with CDP
// Extensions.triggerAction over the launcher's pipe (see extension/action-chromium.ts).
//
// The same VnExpress fixture is served twice: under vnexpress.net, where the content script runs
// by itself, and under tin.example, a hostname no match pattern covers (.example is reserved, so it
// names no real site).

import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hoverText,
  launchChromium,
  SITES_DIR,
  startFixtureServer,
  tabIdOf,
  type ChromiumSession,
  type FixtureServer,
} from '../../tools/browsers/index.ts';
import { pressButton } from './extension/action-chromium.ts';
import { allTexts, highlightRulesInForce, highlightTexts, sleep, waitForMarks } from './extension/page-helpers.ts';

const ARTICLE = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const ELSEWHERE = 'tin.example';

describe('toolbar button (Chromium)', () => {
  let sites: string;
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    sites = mkdtempSync(join(tmpdir(), 'boi-canh-sites-'));
    for (const host of ['vnexpress.net', ELSEWHERE]) symlinkSync(join(SITES_DIR, 'vnexpress.net'), join(sites, host));
    server = await startFixtureServer(sites);
    session = await launchChromium({ hostnames: server.hostnames });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (sites) rmSync(sites, { recursive: true, force: true });
  });

  const open = (url: string) => openTab(session, url);
  const badge = async (page: Page) => {
    const tabId = await tabIdOf(session, page);
    return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  };
  const sidePanels = () =>
    session.serviceWorker.evaluate(
      async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
    );
  const cardsInPage = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-boi-canh-card]').length);

  it('runs on a page outside the news list only when pressed, marks what the news site gets, and opens the panel', async () => {
    // The article where the content script runs by itself: how long it takes, what it marks.
    const started = Date.now();
    const onNewsSite = await open(server.url('vnexpress.net', ARTICLE));
    const expected = allTexts(await waitForMarks(onNewsSite)).sort();
    const took = Date.now() - started;
    const expectedBadge = await badge(onNewsSite);
    expect(expected).toContain('Viktor Khrenin');
    expect(await highlightRulesInForce(onNewsSite)).toBe(true);
    expect(expectedBadge).toMatch(/^[1-9]\d*$/);

    // The same page elsewhere: nothing, for well past the time the news site needed.
    const page = await open(server.url(ELSEWHERE, ARTICLE));
    await sleep(Math.max(1500, 2 * took));
    expect(allTexts(await highlightTexts(page))).toEqual([]);
    expect(await badge(page)).toBe('');
    expect(await sidePanels()).toBe(0);

    await pressButton(session, page);
    const marked = allTexts(await waitForMarks(page)).sort();
    expect(marked).toEqual(expected);
    // Injected by the button, the script came without the static rules: it added them itself.
    expect(await highlightRulesInForce(page)).toBe(true);
    await waitUntil(async () => (await badge(page)) === expectedBadge, 'the badge of the page outside the list');
    expect(await sidePanels()).toBe(1);
    // What the open panel describes: this tab's reading, with as many actors as the badge says.
    const tabId = await tabIdOf(session, page);
    const reading = await session.serviceWorker.evaluate(
      async (key) =>
        ((await chrome.storage.session.get(key))[key] ?? null) as { url: string; actors: unknown[] } | null,
      `tab:${tabId}`,
    );
    expect(reading?.url).toBe(server.url(ELSEWHERE, ARTICLE));
    expect(String(reading?.actors.length)).toBe(expectedBadge);
  });

  it('a second press does not start a second copy of the script: one card per hovered name', async () => {
    const page = await open(server.url(ELSEWHERE, ARTICLE));
    await pressButton(session, page);
    const before = allTexts(await waitForMarks(page)).sort();
    await pressButton(session, page);
    await sleep(800);
    expect(allTexts(await highlightTexts(page)).sort()).toEqual(before);
    await hoverText(page, 'Viktor Khrenin', { within: 'article.fck_detail' });
    await waitUntil(async () => (await cardsInPage(page)) > 0, 'a card on Viktor Khrenin');
    await sleep(600);
    expect(await cardsInPage(page)).toBe(1);
  });
});

describe('toolbar button where it cannot act (Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says why on the badge and in the side panel, instead of failing silently', async () => {
    const page = await openTab(session, 'chrome://version/');
    await pressButton(session, page);
    const tabId = await tabIdOf(session, page);
    await waitUntil(
      async () =>
        (await session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === '!',
      'the badge "!"',
    );
    expect(await session.serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      "Bối cảnh cannot read the browser's own pages",
    );
    const panelUrl = session.extensionUrl('panel.html');
    const target = await session.browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 10_000 });
    const panel = await target.asPage();
    await panel.waitForSelector('.message[data-state="not-read"] h1', { timeout: 10_000 });
    const said = await panel.evaluate(() => [
      document.querySelector('.message[data-state="not-read"] h1')?.textContent,
      document.querySelector('.message p')?.textContent,
    ]);
    expect(said).toEqual([
      "Bối cảnh cannot read the browser's own pages",
      'This is a page of the browser or of an extension store: the browser lets no extension read such pages. Open a news article and press the Bối cảnh button.',
    ]);
  });
});

async function openTab(session: ChromiumSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url);
  return page;
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  runtime: { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};
