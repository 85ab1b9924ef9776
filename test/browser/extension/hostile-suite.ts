// A page that works against the extension, in each real browser: it squats the element names an
// extension might use, replaces document.adoptedStyleSheets every second, and dispatches its own
// mousemove events over a marked name. The marks stay painted, only the reader's own pointer
// opens a card, that card opens, and no error of ours reaches the page. And a page that redraws
// its article every second, as single-page news apps do: the marks follow the new nodes, and every
// hover opens its card.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSource, rectOfText, startFixtureServer, type FixtureServer } from '../../../tools/browsers/index.ts';
import type { Driver } from './drivers.ts';
import { cardOn, highlightRulesInForce, marksNow, pointerAway, sleep, waitForMarks } from './page-helpers.ts';

const HOSTILE = '/the-gioi/trang-thu-thach-tien-ich.html';
const REDRAWN = '/the-gioi/trang-ve-lai-bai-viet.html';
const NAME = { text: 'Viktor Khrenin', within: 'article.fck_detail' };

/** How many times the page has redrawn its article. */
const redraws = (page: Page) =>
  evaluateSource(page, () => (window as unknown as { __redraws: number }).__redraws, null) as Promise<number>;

/** Waits for the page's next redraw of its article. */
async function nextRedraw(page: Page): Promise<void> {
  const start = await redraws(page);
  const deadline = Date.now() + 5000;
  while ((await redraws(page)) === start) {
    if (Date.now() > deadline) throw new Error('the page stopped redrawing');
    await sleep(20);
  }
}

/** Is a mark over `text` registered on a node the article holds now (not on one a redraw removed)? */
const markOnLiveNode = async (page: Page, text: string) =>
  (await marksNow(page, { within: NAME.within })).some((m) => m.text === text && m.node >= 0);

async function waitForMarkOnLiveNode(page: Page, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await markOnLiveNode(page, text))) {
    if (Date.now() > deadline)
      throw new Error(`no mark over "${text}" on the article's current nodes after ${timeoutMs} ms`);
    await sleep(20);
  }
}

export function defineHostileSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`a hostile page in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let page: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
      page = await driver.open(server.url('vnexpress.net', HOSTILE));
      await waitForMarks(page);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('opens no card for the page’s own synthetic pointer events', async () => {
      await pointerAway(driver, page);
      const box = await rectOfText(page, NAME.text, { within: NAME.within });
      await evaluateSource(
        page,
        ([x, y]: [number, number]) =>
          (window as unknown as { __synthetic(x: number, y: number): void }).__synthetic(x, y),
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      await sleep(1000);
      expect(await driver.card(page)).toBeNull();
    });

    it('still opens the card for the reader, though the page took the element names first', async () => {
      expect(
        await evaluateSource(page, () => (window as unknown as { __squatted?: number }).__squatted ?? 0, null),
      ).toBe(0);
      expect((await cardOn(driver, page, NAME.text, { within: NAME.within })).label).toBe('Viktor Khrenin');
      await pointerAway(driver, page);
    });

    it('keeps its highlight rules in force while the page replaces its style sheets', async () => {
      const resets = () =>
        evaluateSource(
          page,
          () => (window as unknown as { __styleResets: number }).__styleResets,
          null,
        ) as Promise<number>;
      // The rules come with the content script, beyond the page's reach (mark-looks.ts); were they
      // adopted by us, the page's resets would drop them. Checked right after each of two resets.
      for (let i = 0; i < 2; i++) {
        const start = await resets();
        while ((await resets()) === start) await sleep(20);
        expect(await highlightRulesInForce(page)).toBe(true);
      }
    });

    it('leaves no error of ours in the page', async () => {
      expect(await evaluateSource(page, () => (window as unknown as { __errors: string[] }).__errors, null)).toEqual(
        [],
      );
    });
  });

  describe(`a page that redraws its article every second, in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let page: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
      page = await driver.open(server.url('vnexpress.net', REDRAWN));
      // A reading the page redrew under is read again: wait for one that marked the article.
      await waitForMarkOnLiveNode(page, NAME.text, 20_000);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('hovering a name opens its card on a page that redraws its article every second', async () => {
      const first = await redraws(page);
      for (let i = 0; i < 5; i++) {
        await nextRedraw(page);
        expect((await cardOn(driver, page, NAME.text, { within: NAME.within })).label).toBe('Viktor Khrenin');
      }
      await pointerAway(driver, page);
      expect(await redraws(page)).toBeGreaterThanOrEqual(first + 5);
    });

    it('paints the marks on the new nodes soon after each redraw', async () => {
      for (let i = 0; i < 3; i++) {
        await nextRedraw(page);
        // The marks follow in the redraw's own microtask; the painter registers them at the next
        // frame's intersection report. The margin is for the test's own round trips.
        await waitForMarkOnLiveNode(page, NAME.text, 800);
      }
    });

    it('leaves no error of ours in the page', async () => {
      expect(await evaluateSource(page, () => (window as unknown as { __errors: string[] }).__errors, null)).toEqual(
        [],
      );
    });
  });
}
