// A page that works against the extension, in each real browser: it squats the element names an
// extension might use, replaces document.adoptedStyleSheets every second, and dispatches its own
// mousemove events over a marked name. The marks stay painted, only the reader's own pointer
// opens a card, that card opens, and no error of ours reaches the page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSource, rectOfText, startFixtureServer, type AnyPage, type FixtureServer } from '../harness/index.ts';
import type { Driver } from './drivers.ts';
import { cardOn, pointerAway, sleep, waitForMarks } from './page-helpers.ts';

const HOSTILE = '/the-gioi/trang-thu-thach-tien-ich.html';
const NAME = { text: 'Viktor Khrenin', within: 'article.fck_detail' };

/** Does the document's list of adopted sheets hold ours (the one with the highlight rules)? */
const ourSheetAdopted = (page: AnyPage) =>
  evaluateSource(
    page,
    () =>
      [...document.adoptedStyleSheets].some((sheet) => {
        try {
          return [...sheet.cssRules].some((rule) => rule.cssText.includes('boi-canh-'));
        } catch {
          return true; // a sheet of another world, which the page may not read: not the page's own
        }
      }),
    null,
  ) as Promise<boolean>;

export function defineHostileSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`a hostile page in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let page: AnyPage;

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
      await evaluateSource(page, ([x, y]: [number, number]) => (window as unknown as { __synthetic(x: number, y: number): void }).__synthetic(x, y), [
        box.x + box.width / 2,
        box.y + box.height / 2,
      ]);
      await sleep(1000);
      expect(await driver.card(page)).toBeNull();
    });

    it('still opens the card for the reader, though the page took the element names first', async () => {
      expect(await evaluateSource(page, () => (window as unknown as { __squatted?: number }).__squatted ?? 0, null)).toBe(0);
      expect((await cardOn(driver, page, NAME.text, { within: NAME.within })).label).toBe('Viktor Khrenin');
      await pointerAway(driver, page);
    });

    it('puts its highlight rules back after the page replaces its style sheets', async () => {
      const resets = () => evaluateSource(page, () => (window as unknown as { __styleResets: number }).__styleResets, null) as Promise<number>;
      // Two resets by the page; after each, within our check period (a quarter second) and a
      // margin for the test's own round trips, the rules are back.
      for (let i = 0; i < 2; i++) {
        const start = await resets();
        while ((await resets()) === start) await sleep(20);
        const seen = Date.now();
        while (!(await ourSheetAdopted(page)) && Date.now() - seen < 700) await sleep(20);
        expect(Date.now() - seen).toBeLessThan(700);
      }
    });

    it('leaves no error of ours in the page', async () => {
      expect(await evaluateSource(page, () => (window as unknown as { __errors: string[] }).__errors, null)).toEqual([]);
    });
  });
}
