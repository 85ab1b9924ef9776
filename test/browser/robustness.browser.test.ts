// Chromium: a hostile page does not break us, and we do not break it; and the card stays in
// sight whatever the page's layout does: an element in fullscreen, names at the viewport's right
// and bottom edges, a page element fixed on top with the highest z-index.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hoverText,
  launchChromium,
  saveScreenshot,
  servePages,
  SITES_DIR,
  type ChromiumSession,
} from '../../tools/browsers/index.ts';
import { chromiumDriverFor, type Driver } from './extension/drivers.ts';
import { allTexts, cardOn, pointerAway, waitForCard, waitForMarks } from './extension/page-helpers.ts';

const ARTICLE = readFileSync(
  join(SITES_DIR, 'vnexpress.net', 'the-gioi', 'si-quan-my-quan-sat-tap-tran-zapad-2025.html'),
  'utf8',
);

/** Page scripts that break the globals and prototypes a careless extension would rely on. */
const HOSTILE = `<script>
window.__errors = [];
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + String(e.reason)));
Node.prototype.appendChild = function () { throw new Error('page: no appendChild'); };
Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };
window.__getClientRects = Range.prototype.getClientRects;
Range.prototype.getClientRects = function () { return []; };
Document.prototype.caretPositionFromPoint = undefined;
Document.prototype.caretRangeFromPoint = undefined;
window.requestIdleCallback = undefined;
window.setTimeout = function () { throw new Error('page: no timers'); };
window.chrome = { runtime: { sendMessage() { throw new Error('page: fake chrome'); } } };
window.browser = { i18n: null };
String.prototype.normalize = function () { throw new Error('page: no normalize'); };
Array.prototype.flatMap = function () { throw new Error('page: no flatMap'); };
window.MutationObserver = undefined;
window.CSSStyleSheet = undefined;
document.addEventListener('mousemove', (e) => e.stopPropagation(), true);
</script>`;

/** The same article laid out to crowd the card: the text runs to the right edge (no sidebar), and a
 *  fixed advertisement column with the highest z-index covers the right 200 px of the viewport. */
const AD_WIDTH = 200;
const CROWDED = ARTICLE.replace(
  '</head>',
  '<style>aside.sidebar { display: none; } .page { max-width: none; }</style></head>',
).replace(
  '</body>',
  `<div id="quang-cao" style="position: fixed; top: 0; right: 0; width: ${AD_WIDTH}px; height: 100vh; z-index: 2147483647; background: #f3e6c8;">Quảng cáo</div></body>`,
);
const CROWDED_URL = 'https://vnexpress.net/the-gioi/trang-chat-cho.html';
const HOSTILE_URL = 'https://vnexpress.net/the-gioi/trang-kho-tinh.html';

describe('robustness (Chromium)', () => {
  let session: ChromiumSession;
  let driver: Driver;

  beforeAll(async () => {
    session = await launchChromium({ hostnames: ['vnexpress.net'] });
    // Both pages come from the test itself, in every tab the driver opens: no server, no network.
    const pages = new Map([
      [HOSTILE_URL, ARTICLE.replace('</head>', `${HOSTILE}</head>`)],
      [CROWDED_URL, CROWDED],
    ]);
    const chromium = chromiumDriverFor(session);
    driver = {
      ...chromium,
      async open(url) {
        const page = await session.browser.newPage();
        await servePages(page, (url) => pages.get(url.href));
        await page.goto(url);
        return page;
      },
    };
  });
  afterAll(async () => {
    await session?.close();
  });

  it('works on a page that breaks its own globals and prototypes, and throws nothing into it', async () => {
    const page = await driver.open(HOSTILE_URL);
    const marks = await waitForMarks(page);
    expect(allTexts(marks)).toContain('Viktor Khrenin');
    // The test's own probe (rectOfText) runs in the page's world and needs getClientRects back;
    // the content script never saw the page's patch (its world has its own prototypes).
    await page.evaluate('Range.prototype.getClientRects = window.__getClientRects');
    const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
    expect(card.label).toBe('Viktor Khrenin');
    expect(await page.evaluate('window.__errors')).toEqual([]);
  });

  it('opens the card inside an element in fullscreen, on top, and closes a card open when fullscreen starts', async () => {
    const page = await driver.open(CROWDED_URL);
    await waitForMarks(page);
    // A card open when fullscreen starts would be left behind the fullscreen element.
    await hoverText(page, 'Viktor Khrenin', { within: 'article.fck_detail' });
    await waitForCard(driver, page, true);
    // puppeteer evaluates with a user gesture, which requestFullscreen needs.
    expect(
      await page.evaluate(() =>
        document
          .querySelector('article.fck_detail')!
          .requestFullscreen()
          .then(() => document.fullscreenElement?.className),
      ),
    ).toBe('fck_detail');
    await waitForCard(driver, page, false, 1500);

    const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
    expect(card.label).toBe('Viktor Khrenin');
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
    const seen = await page.evaluate(
      ({ x, y }) => ({
        parent: document.querySelector('[data-boi-canh-card]')?.parentElement === document.fullscreenElement,
        atCentre: document.elementFromPoint(x, y)?.hasAttribute('data-boi-canh-card'),
      }),
      { x: (card.box.left + card.box.right) / 2, y: (card.box.top + card.box.bottom) / 2 },
    );
    expect(seen).toEqual({ parent: true, atCentre: true });
    await saveScreenshot(page, 'hover-card-fullscreen-chromium');
    await page.evaluate(() => document.exitFullscreen());
    await waitForCard(driver, page, false, 1500);
  });

  it('keeps the card inside the viewport at its right and bottom edges, above a fixed page element', async () => {
    const page = await driver.open(CROWDED_URL);
    await page.setViewport({ width: 800, height: 600 });
    await waitForMarks(page);
    await pointerAway(driver, page);
    // A name far enough right that a card at its left edge would overflow the viewport, clear of
    // the advertisement, scrolled to sit just above the bottom edge.
    const anchor = await page.evaluate(
      ({ cardWidth, adWidth }) => {
        const ranges: Range[] = [];
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
          if (name.startsWith('boi-canh-') && name !== 'boi-canh-current') ranges.push(...h);
        });
        const fits = (r: DOMRect) =>
          r.left > innerWidth - cardWidth + 8 && r.right < innerWidth - adWidth - 8 && r.bottom + scrollY > innerHeight;
        const range = ranges.find((r) => r.getClientRects().length === 1 && fits(r.getClientRects()[0]!));
        if (!range) return null;
        window.scrollBy({ top: range.getClientRects()[0]!.bottom - (innerHeight - 8), behavior: 'instant' });
        const box = range.getClientRects()[0]!;
        return { text: range.toString(), left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      },
      { cardWidth: 340, adWidth: AD_WIDTH },
    );
    expect(anchor, 'no marked name near the right edge').not.toBeNull();
    expect(anchor!.bottom).toBeGreaterThan(600 - 12);
    await page.mouse.move((anchor!.left + anchor!.right) / 2, (anchor!.top + anchor!.bottom) / 2, { steps: 3 });
    const card = await waitForCard(driver, page, true);
    expect(card.viewport).toEqual({ width: 800, height: 600 });
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(800);
    expect(card.box.bottom).toBeLessThanOrEqual(600);
    // Moved left of the name, and above it: there was no room to the right or below.
    expect(card.box.left).toBeLessThan(anchor!.left);
    expect(card.box.bottom).toBeLessThanOrEqual(anchor!.top);
    // The card's top right corner lies over the advertisement, and the card is what shows there.
    const corner = { x: card.box.right - 8, y: card.box.top + 8 };
    expect(corner.x).toBeGreaterThan(800 - AD_WIDTH);
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-boi-canh-card'), corner),
    ).toBe(true);
    await saveScreenshot(page, 'hover-card-edges-chromium');
  });
});
