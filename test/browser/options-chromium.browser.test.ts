// The reading history and the options page in real Chromium with the built extension: a fixture
// article read is remembered with its actors; the history survives a browser restart on the same
// profile; export then import gives the same history; a site switched off in the options is left
// unmarked on the next load; an alias added in the options is marked on the next load. Screenshots
// of the options page, light and dark, and axe (with colour contrast, which needs layout) on both.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, saveScreenshot, startFixtureServer, type AnyPage, type ChromiumSession, type FixtureServer } from './harness/index.ts';
import { allTexts, highlightRulesInForce, highlightTexts, sleep, waitForMarks } from './extension/page-helpers.ts';
import type { HistoryEntry } from '../../src/keeping/history.ts';

const VNEXPRESS = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function historyList(options: Page): Promise<HistoryEntry[]> {
  const reply = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'history/list' }))) as { ok: boolean; entries: HistoryEntry[] };
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

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('reading history and options page in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let profileDir: string;
  let options: Page;
  let articleUrl: string;

  const openOptions = async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html'));
    await page.waitForSelector('#app[data-ready]');
    return page;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    profileDir = mkdtempSync(join(tmpdir(), 'boi-canh-restart-'));
    session = await launchChromium({ hostnames: server.hostnames, profileDir });
    articleUrl = server.url('vnexpress.net', VNEXPRESS);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('remembers a fixture article read, with its actors, and shows it in the options page', async () => {
    const article = await session.context.newPage();
    await article.goto(articleUrl);
    await waitForMarks(article as unknown as AnyPage);
    options = await openOptions();
    const entry = await waitForHistory(options, articleUrl);
    expect(entry.headline).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    expect(entry.outlet).toBe('VnExpress'); // the page's og:site_name
    expect(entry.actors[0]!.actorId).toBe('belarus');
    expect(entry.actors.map((a) => a.actorId)).toEqual(expect.arrayContaining(['viktor-khrenin', 'zapad-2025', 'vladimir-putin', 'minsk']));
    await options.reload();
    await options.waitForSelector('#app[data-ready]');
    expect(await options.textContent('#history-count')).toBe('Articles remembered: 1.');
    expect(await options.textContent('.reads li a')).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    await article.close();
  });

  it('looks right light and dark, and axe finds nothing in either', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(options as unknown as AnyPage, `options-${scheme}`, true);
      expect(await axeViolations(options), scheme).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('works at 320 px wide: no sideways scrolling', async () => {
    await options.setViewportSize({ width: 320, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await saveScreenshot(options as unknown as AnyPage, 'options-320px', false);
    await options.setViewportSize({ width: 1280, height: 900 });
  });

  it('exports the history, and importing the file after clearing gives the same history', async () => {
    const before = await historyList(options);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export as JSON' }).first().click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; entries: HistoryEntry[] };
    expect(exported.format).toBe('boi-canh-history');
    expect(exported.entries).toEqual(before);

    await options.getByRole('button', { name: 'Clear the reading history…' }).click();
    await options.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => historyList(options)).toEqual([]);
    await expect.poll(() => options.textContent('#history-count')).toBe('Articles remembered: 0.');

    await options.setInputFiles('#history-import', file);
    await expect.poll(() => options.textContent('#history-status')).toBe('Imported: 1 new, 0 updated. Total: 1.');
    expect(await historyList(options)).toEqual(before);
  });

  it('leaves a site switched off unmarked on the next load, and marks it again once on', async () => {
    await options.uncheck('#site-vnexpress\\.net');
    const off = await session.context.newPage();
    await off.goto(articleUrl);
    await sleep(2500);
    expect(allTexts(await highlightTexts(off as unknown as AnyPage))).toEqual([]);
    // Applies to the open tab at once too: switching it on reads the page.
    await options.check('#site-vnexpress\\.net');
    expect(allTexts(await waitForMarks(off as unknown as AnyPage)).length).toBeGreaterThan(5);
    await off.close();
  });

  it('redraws an open page’s marks, and the reader page’s, in the style picked in the options', async () => {
    // A news page, and a corpus story in the extension's reader page: the same marking kit.
    const page = (await openArticle()) as unknown as AnyPage;
    const reader = await session.context.newPage();
    await reader.goto(session.extensionUrl('reader.html?story=001-chuyen-tham-hiem-hoi-belarus-cua-putin'));
    await reader.waitForSelector('#story[data-ready]');
    for (const p of [page, reader as unknown as AnyPage]) {
      await waitForMarks(p);
      const names = async () => Object.keys(await highlightTexts(p)).sort();
      const before = await names();
      expect(before).toContain('boi-canh-person');
      // Each style has names of its own (src/content/mark-looks.ts): the marks move to them at once.
      await options.check('#mark-underline');
      await expect.poll(names).toEqual(before.map((n) => n.replace('boi-canh-', 'boi-canh-u-')));
      expect(await highlightRulesInForce(p)).toBe(true);
      await options.check('#mark-off');
      await expect.poll(names).toEqual([]);
      await options.check('#mark-tint-underline');
      await expect.poll(names).toEqual(before);
    }
    await (page as unknown as Page).close();
    await reader.close();
  });

  it('marks an alias added in the options on the next page load', async () => {
    const before = allTexts(await waitForMarks((await openArticle()) as unknown as AnyPage));
    expect(before).toContain('Belavia');
    expect(before).not.toContain('hãng hàng không quốc gia Belavia');
    await options.fill('#actor-search', 'belavia');
    await options.check('#pick-belavia');
    await options.fill('#alias-input', 'hãng hàng không quốc gia Belavia');
    await options.getByRole('button', { name: 'Add name' }).click();
    await expect.poll(() => options.textContent('#glossary-status')).toBe('Added “hãng hàng không quốc gia Belavia” for Belavia.');
    const after = allTexts(await waitForMarks((await openArticle()) as unknown as AnyPage));
    expect(after).toContain('hãng hàng không quốc gia Belavia');
  });

  const openArticle = async () => {
    const page = await session.context.newPage();
    await page.goto(articleUrl);
    return page;
  };

  it('keeps the history and the alias across a browser restart on the same profile', async () => {
    const before = await historyList(options);
    expect(before.length).toBeGreaterThan(0);
    await session.context.close();
    session = await launchChromium({ hostnames: server.hostnames, profileDir });
    options = await openOptions();
    expect(await historyList(options)).toEqual(before);
    expect(await options.textContent('.additions li span')).toBe('“hãng hàng không quốc gia Belavia” → Belavia');
    expect(allTexts(await waitForMarks((await openArticle()) as unknown as AnyPage))).toContain('hãng hàng không quốc gia Belavia');
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
