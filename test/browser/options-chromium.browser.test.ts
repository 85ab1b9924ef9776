// The reading history and the options page in real Chromium with the built extension: a fixture
// article read is remembered with its actors; the history survives a browser restart on the same
// profile; export then import gives the same history; a site switched off in the options is left
// unmarked on the next load; an alias added in the options is marked on the next load. Screenshots
// of the options page, light and dark, and axe (with colour contrast, which needs layout) on both.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  saveScreenshot,
  startFixtureServer,
  type ChromiumSession,
  type FixtureServer,
} from '../../tools/browsers/index.ts';
import { clickButton, fill, setChecked } from './extension/controls.ts';
import { allTexts, highlightRulesInForce, highlightTexts, sleep, waitForMarks } from './extension/page-helpers.ts';
import type { HistoryEntry } from '../../src/keeping/history.ts';

const VNEXPRESS = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function historyList(options: Page): Promise<HistoryEntry[]> {
  const reply = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'history/list' }))) as {
    ok: boolean;
    entries: HistoryEntry[];
  };
  expect(reply.ok).toBe(true);
  return reply.entries;
}

async function waitForHistory(options: Page, url: string, timeoutMs = 10_000): Promise<HistoryEntry> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await historyList(options)).find((e) => e.url === url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${url} is not in the history after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** The text of the first element matching `selector`, once there is one. */
async function textOf(page: Page, selector: string): Promise<string | null> {
  const element = await page.waitForSelector(selector);
  return element!.evaluate((e) => e.textContent);
}

/** The file the browser downloads while `start` runs, once written: Chromium saves it in `dir`
 *  under the download's guid, and says when it is complete. */
async function download(session: ChromiumSession, dir: string, start: () => Promise<void>): Promise<string> {
  const cdp = await session.browser.target().createCDPSession();
  try {
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
    const written = new Promise<string>((ok, fail) =>
      cdp.on('Browser.downloadProgress', (e) => {
        if (e.state === 'completed') ok(join(dir, e.guid));
        else if (e.state === 'canceled') fail(new Error('the download was canceled'));
      }),
    );
    await start();
    return await written;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('reading history and options page in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let profileDir: string;
  let downloads: string;
  let options: Page;
  let articleUrl: string;

  const openOptions = async () => {
    const page = await session.browser.newPage();
    await page.goto(session.extensionUrl('options.html'));
    await page.waitForSelector('#app[data-ready]');
    return page;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    profileDir = mkdtempSync(join(tmpdir(), 'boi-canh-restart-'));
    downloads = mkdtempSync(join(tmpdir(), 'boi-canh-downloads-'));
    session = await launchChromium({ hostnames: server.hostnames, profileDir });
    articleUrl = server.url('vnexpress.net', VNEXPRESS);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('remembers a fixture article read, with its actors, and shows it in the options page', async () => {
    const article = await session.browser.newPage();
    await article.goto(articleUrl);
    await waitForMarks(article);
    options = await openOptions();
    const entry = await waitForHistory(options, articleUrl);
    expect(entry.headline).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    expect(entry.outlet).toBe('VnExpress'); // the page's og:site_name
    expect(entry.actors[0]!.actorId).toBe('belarus');
    expect(entry.actors.map((a) => a.actorId)).toEqual(
      expect.arrayContaining(['viktor-khrenin', 'zapad-2025', 'vladimir-putin', 'minsk']),
    );
    await options.reload();
    await options.waitForSelector('#app[data-ready]');
    expect(await textOf(options, '#history-count')).toBe('Articles remembered: 1.');
    expect(await textOf(options, '.reads li a')).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    await article.close();
  });

  it('looks right light and dark, and axe finds nothing in either', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await saveScreenshot(options, `options-${scheme}`, true);
      expect(await axeViolations(options), scheme).toEqual([]);
    }
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('works at 320 px wide: no sideways scrolling', async () => {
    await options.setViewport({ width: 320, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await saveScreenshot(options, 'options-320px', false);
    await options.setViewport({ width: 1280, height: 900 });
  });

  it('exports the history, and importing the file after clearing gives the same history', async () => {
    const before = await historyList(options);
    const file = await download(session, downloads, () => clickButton(options, 'Export as JSON'));
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      version: number;
      entries: HistoryEntry[];
    };
    expect(exported.format).toBe('boi-canh-history');
    expect(exported.entries).toEqual(before);

    await clickButton(options, 'Clear the reading history…');
    await clickButton(options, 'Delete');
    await expect.poll(() => historyList(options)).toEqual([]);
    await expect.poll(() => textOf(options, '#history-count')).toBe('Articles remembered: 0.');

    await (await options.waitForSelector('input#history-import'))!.uploadFile(file);
    await expect.poll(() => textOf(options, '#history-status')).toBe('Imported: 1 new, 0 updated. Total: 1.');
    expect(await historyList(options)).toEqual(before);
  });

  it('leaves a site switched off unmarked on the next load, and marks it again once on', async () => {
    await setChecked(options, '#site-vnexpress\\.net', false);
    const off = await session.browser.newPage();
    await off.goto(articleUrl);
    await sleep(2500);
    expect(allTexts(await highlightTexts(off))).toEqual([]);
    // Applies to the open tab at once too: switching it on reads the page.
    await setChecked(options, '#site-vnexpress\\.net');
    expect(allTexts(await waitForMarks(off)).length).toBeGreaterThan(5);
    await off.close();
  });

  it('redraws an open page’s marks, and the reader page’s, in the style picked in the options', async () => {
    // A news page, and a corpus story in the extension's reader page: the same marking kit.
    const page = await openArticle();
    const reader = await session.browser.newPage();
    await reader.goto(session.extensionUrl('reader.html?story=001-chuyen-tham-hiem-hoi-belarus-cua-putin'));
    await reader.waitForSelector('#story[data-ready]');
    for (const p of [page, reader]) {
      await waitForMarks(p);
      const names = async () => Object.keys(await highlightTexts(p)).sort();
      const before = await names();
      expect(before).toContain('boi-canh-person');
      // Each style has names of its own (src/marking/mark-looks.ts): the marks move to them at once.
      await setChecked(options, '#mark-underline');
      await expect.poll(names).toEqual(before.map((n) => n.replace('boi-canh-', 'boi-canh-u-')));
      expect(await highlightRulesInForce(p)).toBe(true);
      await setChecked(options, '#mark-off');
      await expect.poll(names).toEqual([]);
      await setChecked(options, '#mark-tint-underline');
      await expect.poll(names).toEqual(before);
    }
    await page.close();
    await reader.close();
  });

  it('marks an alias added in the options on the next page load', async () => {
    const before = allTexts(await waitForMarks(await openArticle()));
    expect(before).toContain('Belavia');
    expect(before).not.toContain('hãng hàng không quốc gia Belavia');
    await fill(options, '#actor-search', 'belavia');
    await setChecked(options, '#pick-belavia');
    await fill(options, '#alias-input', 'hãng hàng không quốc gia Belavia');
    await clickButton(options, 'Add name');
    await expect
      .poll(() => textOf(options, '#glossary-status'))
      .toBe('Added “hãng hàng không quốc gia Belavia” for Belavia.');
    const after = allTexts(await waitForMarks(await openArticle()));
    expect(after).toContain('hãng hàng không quốc gia Belavia');
  });

  const openArticle = async () => {
    const page = await session.browser.newPage();
    await page.goto(articleUrl);
    return page;
  };

  it('keeps the history and the alias across a browser restart on the same profile', async () => {
    const before = await historyList(options);
    expect(before.length).toBeGreaterThan(0);
    await session.close();
    session = await launchChromium({ hostnames: server.hostnames, profileDir });
    options = await openOptions();
    expect(await historyList(options)).toEqual(before);
    expect(await textOf(options, '.additions li span')).toBe('“hãng hàng không quốc gia Belavia” → Belavia');
    expect(allTexts(await waitForMarks(await openArticle()))).toContain('hãng hàng không quốc gia Belavia');
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
