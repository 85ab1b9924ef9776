// The reading history and the options page in real Firefox (puppeteer-core over WebDriver BiDi):
// a fixture article read is remembered with its actors, and is still there after Firefox restarts
// on the same profile; a site switched off in the options page is left unmarked; an alias added
// there is marked on the next load. The options page is driven by its own controls, from inside
// the page (puppeteer's selectors do not work in moz-extension pages).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/keeping/history.ts';
import {
  launchFirefox,
  openExtensionPageFirefox,
  saveScreenshot,
  startFixtureServer,
  type FirefoxSession,
  type FixtureServer,
} from '../../tools/browsers/index.ts';
import { allTexts, highlightTexts, sleep, waitForMarks } from './extension/page-helpers.ts';

const VNEXPRESS = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';

async function historyList(options: Page): Promise<HistoryEntry[]> {
  const reply = (await options.evaluate('browser.runtime.sendMessage({ type: "history/list" })')) as {
    ok: boolean;
    entries: HistoryEntry[];
  };
  expect(reply.ok).toBe(true);
  return reply.entries;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Sets a text field as a reader typing would (Preact listens to `input`). */
const fill = (page: Page, selector: string, value: string) =>
  page.evaluate(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`,
  );
const click = (page: Page, selector: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
const textOf = (page: Page, selector: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`) as Promise<string | null>;

describe('reading history and options page in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let profileDir: string;
  let options: Page;
  let articleUrl: string;

  const openArticle = async () => {
    const page = await session.browser.newPage();
    await page.goto(articleUrl);
    return page;
  };
  const openOptions = () => openExtensionPageFirefox(session, 'options.html', '#app[data-ready]');

  beforeAll(async () => {
    server = await startFixtureServer();
    profileDir = mkdtempSync(join(tmpdir(), 'boi-canh-firefox-restart-'));
    session = await launchFirefox({ profileDir });
    articleUrl = server.url('vnexpress.net', VNEXPRESS);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('remembers a fixture article read, with its actors', async () => {
    await waitForMarks(await openArticle());
    options = await openOptions();
    const entries = await until(
      () => historyList(options),
      (e) => e.some((x) => x.url === articleUrl),
      'the history entry',
    );
    const entry = entries.find((x) => x.url === articleUrl)!;
    expect(entry.headline).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    expect(entry.actors[0]!.actorId).toBe('belarus');
    expect(entry.actors.map((a) => a.actorId)).toEqual(
      expect.arrayContaining(['viktor-khrenin', 'zapad-2025', 'minsk']),
    );
    await saveScreenshot(options, 'options-firefox', true);
  });

  it('leaves a site switched off in the options unmarked on the next load', async () => {
    options = await openOptions();
    await click(options, '#site-vnexpress\\.net');
    await until(
      () => textOf(options, '#sites-status'),
      (t) => t === 'vnexpress.net switched off.',
      'the status',
    );
    const off = await openArticle();
    await sleep(2500);
    expect(allTexts(await highlightTexts(off))).toEqual([]);
    await click(options, '#site-vnexpress\\.net');
    expect(allTexts(await waitForMarks(off)).length).toBeGreaterThan(5);
  });

  it('marks an alias added in the options on the next page load', async () => {
    expect(allTexts(await waitForMarks(await openArticle()))).not.toContain('hãng hàng không quốc gia Belavia');
    await fill(options, '#actor-search', 'belavia');
    await until(() => textOf(options, 'label[for="pick-belavia"]'), Boolean, 'the search result');
    await click(options, '#pick-belavia');
    await fill(options, '#alias-input', 'hãng hàng không quốc gia Belavia');
    await click(options, '.card-form button[type="submit"]');
    await until(
      () => textOf(options, '#glossary-status'),
      (t) => t === 'Added “hãng hàng không quốc gia Belavia” for Belavia.',
      'the status',
    );
    expect(allTexts(await waitForMarks(await openArticle()))).toContain('hãng hàng không quốc gia Belavia');
  });

  it('keeps the history and the alias after Firefox restarts on the same profile', async () => {
    const before = await historyList(options);
    expect(before.map((e) => e.url)).toEqual([articleUrl]);
    await session.close();
    session = await launchFirefox({ profileDir });
    options = await openOptions();
    expect(await historyList(options)).toEqual(before);
    expect(await textOf(options, '.additions li span')).toBe('“hãng hàng không quốc gia Belavia” → Belavia');
  });
});
