// Readers on phones (issue 15), in each real browser with the built extension, on a 360×800 touch
// screen (touch-drivers.ts), on a phone-shaped article page served under its real hostname
// (test/fixtures/sites/vnexpress.net/the-gioi/doc-tren-dien-thoai.html):
// - a tap on a name opens its card at once, as a sheet across the bottom of the screen, inside it,
//   with thumb-sized buttons; a tap on another name opens that one's; a tap on text with no name,
//   a scroll, or the sheet's close button closes it;
// - a tap on a name that is a link opens the card and stays on the page, a second tap follows the
//   link; a tap on a link with no name follows it, even with a card open;
// - a long press is left to the browser; a mouse (a laptop with a touch screen) still opens the
//   card beside the name;
// - the panel for the tab, as a phone-sized tab (Chromium).
// Screenshots: test-results/screenshots/touch-*.png.
//
// The taps hit names without scrolling first: a scroll closes the card (as it should), so each
// test scrolls its paragraph to the top once, then taps what is on screen above the sheet.

import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateSource,
  saveScreenshot,
  startFixtureServer,
  type FixtureServer,
} from '../../../tools/browsers/index.ts';
import { sleep, waitForCard, waitForMarks } from './page-helpers.ts';
import { PHONE, type Phone } from './touch-drivers.ts';

const PHONE_PAGE = '/the-gioi/doc-tren-dien-thoai.html';
/** The buttons a thumb can hit reliably (Apple's and Google's guidelines: 44 px, 48 dp). */
const THUMB_PX = 44;
/** Long enough for the page's own scroll events (a frame or two) to have come and gone. */
const SETTLE_MS = 300;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In the page: the box of `needle` in the first text node under `selector` that has it, as it is
 *  now on screen (no scrolling, unlike tools/browsers/page.ts's rectOfText). */
function textBox([selector, needle]: [string, string]): Box | string {
  const root = document.querySelector(selector);
  if (!root) return `no element matches ${selector}`;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    const r = range.getClientRects()[0];
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : `"${needle}" is not laid out`;
  }
  return `no "${needle}" in ${selector}`;
}

interface Sheet {
  layout: string | null;
  label: string | null;
  host: { left: number; top: number; right: number; bottom: number };
  screen: { width: number; height: number };
  buttons: { text: string; x: number; y: number; width: number; height: number }[];
  nameFontPx: number;
}

/** In the card's shadow root: its layout, where it is, and its buttons' boxes. */
function sheetOf(root: ShadowRoot): Sheet | null {
  const card = root.querySelector('.card');
  if (!card) return null;
  const h = (root.host as HTMLElement).getBoundingClientRect();
  const v = window.visualViewport;
  return {
    layout: card.getAttribute('data-layout'),
    label: card.getAttribute('aria-label'),
    host: { left: h.left, top: h.top, right: h.right, bottom: h.bottom },
    screen: { width: v ? v.width : innerWidth, height: v ? v.height : innerHeight },
    buttons: [...card.querySelectorAll('button')].map((b) => {
      const r = b.getBoundingClientRect();
      return { text: (b.textContent ?? '').trim(), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
    nameFontPx: parseFloat(getComputedStyle(card.querySelector('.name')!).fontSize),
  };
}

/** Clicks the page sees (at the document, after ours): whether the browser made one of a tap, and
 *  whether it arrived cancelled. */
function recordClicks(): void {
  const w = window as unknown as { __clicks: { on: string; trusted: boolean; cancelled: boolean }[] };
  w.__clicks = [];
  document.addEventListener('click', (e) => {
    const el = e.target as Element;
    w.__clicks.push({ on: el.id || el.localName, trusted: e.isTrusted, cancelled: e.defaultPrevented });
  });
}

const clicks = (page: Page) =>
  evaluateSource(page, () => (window as unknown as { __clicks?: unknown[] }).__clicks ?? [], null) as Promise<
    { on: string; trusted: boolean; cancelled: boolean }[]
  >;

/** Waits until the tab shows the page at `path` (a followed link). */
async function waitForPath(page: Page, path: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: unknown = null;
  for (;;) {
    // Mid-navigation the old document may be gone: try again.
    seen = await page.evaluate('location.pathname').catch(() => seen);
    if (seen === path) return;
    if (Date.now() > deadline) throw new Error(`still at ${String(seen)}, not ${path}`);
    await sleep(150);
  }
}

const pathOf = (page: Page) => page.evaluate('location.pathname') as Promise<string>;

export function defineTouchSuite(name: string, makePhone: (server: FixtureServer) => Promise<Phone>): void {
  describe(`readers on phones in ${name}`, () => {
    let server: FixtureServer;
    let phone: Phone;
    /** Whether this browser makes a click of a test's tap (Chromium does, as a phone; Firefox's
     *  driver touches past the part that does: touch-drivers.ts). */
    let tapsMakeClicks = false;
    /** Closed after each test: a tab per test, and two cores. */
    const opened: Page[] = [];

    /** The phone page afresh, its marks read, the paragraph `selector` at the top of the screen. */
    async function pageAt(selector: string): Promise<Page> {
      const page = await phone.open(server.url('vnexpress.net', PHONE_PAGE));
      opened.push(page);
      await waitForMarks(page);
      await evaluateSource(page, recordClicks, null);
      await evaluateSource(
        page,
        (s: string) => document.querySelector(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
        selector,
      );
      await sleep(SETTLE_MS);
      return page;
    }

    async function boxOf(page: Page, selector: string, text: string): Promise<Box> {
      const box = (await evaluateSource(page, textBox, [selector, text])) as Box | string;
      if (typeof box === 'string') throw new Error(box);
      return box;
    }

    /** Taps the middle of `text` in `selector`; returns where. */
    async function tapText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
      const box = await boxOf(page, selector, text);
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await phone.tap(page, at.x, at.y);
      return at;
    }

    const sheet = async (page: Page) => phone.inCard(page, sheetOf).catch(() => null);

    beforeAll(async () => {
      server = await startFixtureServer();
      phone = await makePhone(server);
      const page = await pageAt('#no-names');
      await tapText(page, '#no-names', 'bảo dưỡng');
      await sleep(500);
      tapsMakeClicks = (await clicks(page)).some((c) => c.trusted);
    });
    afterEach(async () => {
      for (const page of opened.splice(0)) await page.close().catch(() => {});
    });
    afterAll(async () => {
      await phone?.close();
      await server?.close();
    });

    it('this browser makes a click of a tap (a phone does)', (ctx) => {
      if (phone.name === 'chromium') expect(tapsMakeClicks).toBe(true);
      else if (!tapsMakeClicks)
        ctx.skip('Firefox’s driver touches bypass its tap-to-click: the link tests below are skipped here');
    });

    it('a tap on a name opens its card at once, as a sheet across the bottom of the screen, with thumb-sized buttons', async () => {
      const page = await pageAt('#khrenin');
      await tapText(page, '#khrenin', 'Viktor Khrenin');
      expect((await waitForCard(phone.driver, page, true, 1500)).label).toBe('Viktor Khrenin');
      const s = (await sheet(page))!;
      expect(s.layout).toBe('sheet');
      // The visible area: the phone's screen, less a classic scrollbar where the browser draws one.
      expect(s.screen.width).toBeGreaterThan(PHONE.width - 20);
      expect(s.screen.width).toBeLessThanOrEqual(PHONE.width);
      expect(s.screen.height).toBeLessThanOrEqual(PHONE.height);
      // Full width, on the bottom edge, inside the screen.
      expect(s.host.left).toBe(0);
      expect(Math.abs(s.host.right - s.screen.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(s.host.bottom - s.screen.height)).toBeLessThanOrEqual(1);
      expect(s.host.top).toBeGreaterThan(0);
      expect(s.buttons.map((b) => b.text)).toEqual(['Open side panel', 'Close']);
      for (const b of s.buttons) expect(b.height, b.text).toBeGreaterThanOrEqual(THUMB_PX);
      for (const b of s.buttons) expect(b.x + b.width, b.text).toBeLessThanOrEqual(s.screen.width);
      expect(s.nameFontPx).toBeGreaterThanOrEqual(18);
      await saveScreenshot(page, `touch-sheet-${phone.name}`);
    });

    it('a tap on another name opens that one’s card; a tap on text with no name closes it', async () => {
      const page = await pageAt('#khrenin');
      await tapText(page, '#khrenin', 'Viktor Khrenin');
      await waitForCard(phone.driver, page, true);
      await sleep(SETTLE_MS);
      await tapText(page, '#khrenin', 'Zapad-2025');
      const deadline = Date.now() + 3000;
      while ((await phone.driver.card(page))?.label !== 'Zapad-2025' && Date.now() < deadline) await sleep(100);
      expect((await phone.driver.card(page))?.label).toBe('Zapad-2025');
      await sleep(SETTLE_MS);
      await tapText(page, '#khrenin', 'bắt tay ông');
      await waitForCard(phone.driver, page, false);
      // The page's text was not selected or changed by our taps.
      expect(await page.evaluate('String(getSelection())')).toBe('');
    });

    it('a scroll closes the card', async () => {
      const page = await pageAt('#khrenin');
      await tapText(page, '#khrenin', 'Viktor Khrenin');
      await waitForCard(phone.driver, page, true);
      const before = (await page.evaluate('scrollY')) as number;
      // The finger moves down from the paragraph's first line: the page scrolls back up.
      const from = await boxOf(page, '#khrenin', 'Video');
      await phone.scroll(page, PHONE.width / 2, from.y + from.height / 2, 250);
      await waitForCard(phone.driver, page, false);
      expect(await page.evaluate('scrollY')).not.toBe(before);
    });

    it('the sheet’s close button closes it', async (ctx) => {
      if (!tapsMakeClicks) ctx.skip('needs the browser’s click of a tap');
      const page = await pageAt('#khrenin');
      await tapText(page, '#khrenin', 'Viktor Khrenin');
      await waitForCard(phone.driver, page, true);
      const close = (await sheet(page))!.buttons.find((b) => b.text === 'Close')!;
      await sleep(SETTLE_MS);
      await phone.tap(page, close.x + close.width / 2, close.y + close.height / 2);
      await waitForCard(phone.driver, page, false);
    });

    it('a tap on a name that is a link opens its card and stays on the page', async () => {
      const page = await pageAt('#ally');
      await tapText(page, '#mark-link', 'Nga');
      expect((await waitForCard(phone.driver, page, true)).label).toBe('Nga');
      await sleep(1000);
      expect(await pathOf(page)).toBe(PHONE_PAGE);
      // Where the browser made a click of the tap, it reached the page cancelled.
      if (tapsMakeClicks) expect(await clicks(page)).toEqual([{ on: 'mark-link', trusted: true, cancelled: true }]);
      await saveScreenshot(page, `touch-sheet-link-${phone.name}`);
    });

    it('a second tap on that name, its card open, follows the link', async (ctx) => {
      if (!tapsMakeClicks) ctx.skip('needs the browser’s click of a tap');
      const page = await pageAt('#ally');
      const at = await tapText(page, '#mark-link', 'Nga');
      await waitForCard(phone.driver, page, true);
      await sleep(600);
      expect(await pathOf(page)).toBe(PHONE_PAGE);
      await phone.tap(page, at.x, at.y);
      await waitForPath(page, '/the-gioi/');
    });

    it('a tap on a link with no name in it follows the link, even with a card open', async (ctx) => {
      if (!tapsMakeClicks) ctx.skip('needs the browser’s click of a tap');
      const page = await pageAt('#ally');
      await tapText(page, '#ally', 'Vladimir Putin');
      await waitForCard(phone.driver, page, true);
      await sleep(SETTLE_MS);
      await tapText(page, '#plain-link', 'trang chủ');
      await waitForPath(page, '/');
    });

    it('a long press on a name is the browser’s: no card', async () => {
      const page = await pageAt('#khrenin');
      const box = await boxOf(page, '#khrenin', 'Viktor Khrenin');
      await phone.longPress(page, box.x + box.width / 2, box.y + box.height / 2, 900);
      await sleep(800);
      expect(await phone.driver.card(page)).toBeNull();
      expect(await pathOf(page)).toBe(PHONE_PAGE);
    });

    it('a laptop with a touch screen: the mouse still opens the card beside the name, inside the screen', async () => {
      const page = await pageAt('#khrenin');
      const box = await boxOf(page, '#khrenin', 'Viktor Khrenin');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      const card = await waitForCard(phone.driver, page, true);
      expect(card.label).toBe('Viktor Khrenin');
      expect((await sheet(page))?.layout).toBe('beside');
      expect(card.box.left).toBeGreaterThanOrEqual(0);
      expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
      expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
      await saveScreenshot(page, `touch-hover-beside-${phone.name}`);
    });

    if (name === 'Chromium') {
      it('the panel for the tab fits a phone, its way back a thumb’s size', async () => {
        const page = await pageAt('#khrenin');
        const tabId = await phone.driver.tabId(page);
        const panel = await phone.openExtensionPage(`panel.html?tabId=${tabId}&back=1`, '#cast li.actor');
        opened.push(panel);
        const fit = (await evaluateSource(
          panel,
          () => {
            const back = document.querySelector('[data-way-back] button');
            return {
              scrollWidth: document.documentElement.scrollWidth,
              width: innerWidth,
              wayBack: back ? back.getBoundingClientRect().height : null,
            };
          },
          null,
        )) as { scrollWidth: number; width: number; wayBack: number | null };
        expect(fit.width).toBe(PHONE.width);
        expect(fit.scrollWidth).toBeLessThanOrEqual(PHONE.width);
        // The panel's entry mounts the way back when its address asks for one (&back=1).
        expect(fit.wayBack).toBeGreaterThanOrEqual(THUMB_PX);
        await saveScreenshot(panel, 'touch-panel-chromium');
      });
    }
  });
}
