// The side panel in real Chromium and Firefox, with the built extension, on a fixture article
// served under its real hostname. The panel is opened as a tab with ?tabId=N (Firefox's sidebar
// cannot be opened by automation; Chrome's panel is the same page). One browser at a time: each
// describe launches its own and closes it before the next starts.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateSource,
  launchChromium,
  launchFirefox,
  openExtensionPageFirefox,
  saveScreenshot,
  startFixtureServer,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from './harness/index.ts';
import { allTexts, highlightTexts, sleep, waitForMarks } from './extension/page-helpers.ts';

const BAOQUOCTE = '/xung-dot-nga-ukraine-my-quan-ngai-truoc-vai-tro-cua-dong-minh-moscow.html';
const MINSK_VISIT = '001-chuyen-tham-hiem-hoi-belarus-cua-putin';
const ALLY = '004-my-quan-ngai-vai-tro-dong-minh-moscow';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What each browser does differently for these tests. */
interface PanelBrowser {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<AnyPage>;
  /** Opens an extension page in a new tab and waits for `ready` in it. */
  openExtensionPage(path: string, ready: string): Promise<AnyPage>;
  setViewport(page: AnyPage, width: number, height: number): Promise<void>;
  /** Emulates the reader's light/dark preference; null where the driver cannot (puppeteer
   *  emulates media features over CDP only, and drives Firefox over WebDriver BiDi). */
  colorScheme: ((page: AnyPage, scheme: 'light' | 'dark') => Promise<void>) | null;
  close(): Promise<void>;
}

async function chromium(server: FixtureServer): Promise<PanelBrowser> {
  const session: ChromiumSession = await launchChromium({ hostnames: server.hostnames, viewport: { width: 1000, height: 600 } });
  const context: BrowserContext = session.context;
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page as unknown as AnyPage;
    },
    async openExtensionPage(path, ready) {
      const page = await context.newPage();
      await page.goto(session.extensionUrl(path));
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page as unknown as AnyPage;
    },
    setViewport: (page, width, height) => (page as unknown as PwPage).setViewportSize({ width, height }),
    colorScheme: (page, scheme) => (page as unknown as PwPage).emulateMedia({ colorScheme: scheme }),
    close: () => session.close(),
  };
}

async function firefox(): Promise<PanelBrowser> {
  const session: FirefoxSession = await launchFirefox({ viewport: { width: 1000, height: 600 } });
  return {
    name: 'firefox',
    async openPage(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      return page as unknown as AnyPage;
    },
    openExtensionPage: async (path, ready) => (await openExtensionPageFirefox(session, path, ready)) as unknown as AnyPage,
    setViewport: (page, width, height) => (page as unknown as PpPage).setViewport({ width, height }),
    colorScheme: null,
    close: () => session.close(),
  };
}

/** The tab whose page reported `urlPart`, from the background's per-tab state (storage.session),
 *  read from an extension page: neither browser gives tests the tab id of a page directly. */
async function tabIdOf(extensionPage: AnyPage, urlPart: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const id = (await evaluateSource(
      extensionPage,
      async (part: string) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        const all = (await api.storage.session.get(null)) as Record<string, { url?: string }>;
        const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v.url ?? '').includes(part));
        return hit ? Number(hit[0].slice(4)) : -1;
      },
      urlPart,
    )) as number;
    if (id >= 0) return id;
    if (Date.now() > deadline) throw new Error(`no tab state for ${urlPart}`);
    await sleep(150);
  }
}

interface CastEntry {
  id: string;
  type: string;
  name: string;
  count: number;
}

function readCast(page: AnyPage): Promise<CastEntry[]> {
  return evaluateSource(page, () =>
    [...document.querySelectorAll('li.actor')].map((li) => ({
      id: li.getAttribute('data-actor') ?? '',
      type: li.getAttribute('data-type') ?? '',
      name: li.querySelector('.actor-name')?.textContent ?? '',
      count: Number(li.querySelector('.actor-count [aria-hidden]')?.textContent),
    })),
  null) as Promise<CastEntry[]>;
}

interface FlashInfo {
  text: string;
  top: number;
  bottom: number;
  viewport: number;
  pageTop: number;
}

/** The mention the page flashed last, with its box; null when there is none. */
function flashed(page: AnyPage): Promise<FlashInfo | null> {
  return evaluateSource(page, () => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    // forEach, not get(): in Firefox the page sees the content script's entries only this way.
    let range: Range | undefined;
    registry?.forEach((h, name) => {
      if (name === 'boi-canh-flash') range = [...h][0];
    });
    if (!range) return null;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), top: box.top, bottom: box.bottom, viewport: innerHeight, pageTop: box.top + scrollY };
  }, null) as Promise<FlashInfo | null>;
}

/** Polls until the flashed mention is inside the viewport (smooth scrolling takes a moment). */
async function flashInView(page: AnyPage, notAt?: number): Promise<FlashInfo> {
  const deadline = Date.now() + 6_000;
  for (;;) {
    const f = await flashed(page);
    if (f && f.top >= 0 && f.bottom <= f.viewport && f.pageTop !== notAt) {
      await sleep(250);
      const settled = await flashed(page);
      if (settled && settled.top >= 0 && settled.bottom <= settled.viewport) return settled;
    }
    if (Date.now() > deadline) throw new Error(`the mention did not come into view: ${JSON.stringify(f)}`);
    await sleep(100);
  }
}

async function click(page: AnyPage, selector: string): Promise<void> {
  const found = await evaluateSource(
    page,
    (sel: string) => {
      const el = document.querySelector(sel) as HTMLElement | SVGElement | null;
      if (!el) return false;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return true;
    },
    selector,
  );
  if (!found) throw new Error(`nothing matches ${selector}`);
}

async function axeViolations(page: AnyPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
}

function definePanelSuite(label: string, make: (server: FixtureServer) => Promise<PanelBrowser>): void {
  describe(`side panel in ${label}`, () => {
    let server: FixtureServer;
    let browser: PanelBrowser;
    let article: AnyPage;
    let panel: AnyPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await make(server);
      article = await browser.openPage(server.url('baoquocte.vn', BAOQUOCTE));
      await waitForMarks(article);
      const probe = await browser.openExtensionPage('panel.html', '#app[data-ready]');
      const tabId = await tabIdOf(probe, 'baoquocte.vn');
      panel = await browser.openExtensionPage(`panel.html?tabId=${tabId}`, '#cast li.actor');
      await browser.setViewport(panel, 360, 900);
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('lists the cast the page marks: the same mentions, type by type', async () => {
      const cast = await readCast(panel);
      const marks = await highlightTexts(article);
      const perType = (type: string) => cast.filter((c) => c.type === type).reduce((n, c) => n + c.count, 0);
      for (const [name, texts] of Object.entries(marks)) {
        expect(perType(name.replace('boi-canh-', '')), name).toBe(texts.length);
      }
      expect(cast.reduce((n, c) => n + c.count, 0)).toBe(allTexts(marks).length);
      expect(cast.slice(0, 1).map((c) => c.name)).toEqual(['Vladimir Putin']);
      expect(cast.find((c) => c.id === 'alexander-lukashenko')).toMatchObject({ type: 'person', name: 'Alexander Lukashenko', count: 3 });
      expect(await evaluateSource(panel, () => document.querySelector('h1')?.textContent, null)).toBe(
        'Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow',
      );
    });

    it('"in this article" scrolls the page to the actor’s mentions and steps through them', async () => {
      await article.evaluate('window.scrollTo(0, 0)');
      const before = (await evaluateSource(
        article,
        () => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = (n as Text).data.indexOf('Lukashenko');
            if (at < 0) continue;
            const r = document.createRange();
            r.setStart(n, at);
            r.setEnd(n, at + 10);
            return r.getBoundingClientRect().top > innerHeight;
          }
          return null;
        },
        null,
      )) as boolean | null;
      // Meaningful only if the name starts out of view.
      expect(before).toBe(true);
      await click(panel, 'li[data-actor="alexander-lukashenko"] button.actor-toggle');
      await click(panel, 'li[data-actor="alexander-lukashenko"] .step.next');
      const first = await flashInView(article).catch(async (error: unknown) => {
        const status = await evaluateSource(panel, () => document.querySelector('.step-status')?.textContent, null);
        throw new Error(`${String(error)}; the panel says: ${String(status)}`);
      });
      expect(first.text).toMatch(/Lukashenko$/);
      expect(await evaluateSource(panel, () => document.querySelector('.step-status')?.textContent, null)).toBe('Mention 1 of 3');
      await sleep(300);
      await click(panel, 'li[data-actor="alexander-lukashenko"] .step.next');
      const second = await flashInView(article, first.pageTop);
      expect(second.text).toMatch(/Lukashenko$/);
      expect(second.pageTop).toBeGreaterThan(first.pageTop);
      expect(await evaluateSource(panel, () => document.querySelector('.step-status')?.textContent, null)).toBe('Mention 2 of 3');
    });

    it('relates the article to corpus stories, itself left out; axe finds nothing in light or dark', async () => {
      const keys = (await evaluateSource(
        panel,
        () => [...document.querySelectorAll('.stories .story')].map((s) => s.getAttribute('data-key')),
        null,
      )) as string[];
      expect(keys[0]).toBe(`story:${MINSK_VISIT}`);
      expect(keys).not.toContain(`story:${ALLY}`);
      expect(keys.length).toBe(5);
      const href = (await evaluateSource(panel, () => document.querySelector('.stories a')?.getAttribute('href'), null)) as string;
      expect(href).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/reader\.html\?story=001-chuyen-tham-hiem-hoi-belarus-cua-putin$/);
      const emulate = browser.colorScheme;
      for (const scheme of emulate ? (['light', 'dark'] as const) : (['light'] as const)) {
        await emulate?.(panel, scheme);
        await sleep(150);
        expect(await axeViolations(panel), scheme).toEqual([]);
        await saveScreenshot(panel, `panel-${scheme}-${browser.name}`);
        await saveScreenshot(panel, `panel-${scheme}-${browser.name}-full`, true);
      }
      await emulate?.(panel, 'light');
    });

    it('opens a corpus story in the reader page, marked like a news page', async () => {
      const reader = await browser.openExtensionPage(`reader.html?story=${MINSK_VISIT}`, '#story[data-ready]');
      expect(await evaluateSource(reader, () => document.querySelector('h1')?.textContent, null)).toBe(
        'Thấy gì từ chuyến thăm ‘hiếm hoi’ Belarus của Tổng thống Nga Putin',
      );
      const marks = allTexts(await waitForMarks(reader));
      expect(marks).toContain('Vladimir Putin');
      expect(marks).toContain('Alexander Lukashenko');
      // Nothing was fetched from the network for it: the fixture server saw only the article.
      expect(server.requests.map((r) => r.host)).toEqual(['baoquocte.vn']);
      await browser.setViewport(reader, 360, 900);
      await saveScreenshot(reader, `reader-${browser.name}`);
    });
  });
}

definePanelSuite('Chromium', chromium);
definePanelSuite('Firefox', () => firefox());

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
