// A long read in each real browser: the highlight painter registers every mark of the article at
// once and leaves the registry still while the reader scrolls (each change to it repaints every
// mark, issue 8), and a name far down opens its card like any other. The page's copy, with its
// 3,000 comments, is too big for one message and for the in-page fallback: its marks show that
// the copy's parts reached the worker.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSource, startFixtureServer, type FixtureServer } from '../../../tools/browsers/index.ts';
import type { Driver } from './drivers.ts';
import { cardOn, pointerAway, registeredMarks, registeredNow, sleep, waitForMarks } from './page-helpers.ts';

const LONG_READ = '/the-gioi/bai-dai-thu-nghiem.html';

const scrollToFraction = (page: Page, fraction: number) =>
  evaluateSource(
    page,
    (f: number) => scrollTo({ top: f * document.documentElement.scrollHeight, behavior: 'instant' }),
    fraction,
  );

export function defineLongReadSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`a long read in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let page: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
      page = await driver.open(server.url('vnexpress.net', LONG_READ));
      await waitForMarks(page);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('registers every mark of the article at once, and nothing changes while the reader scrolls', async () => {
      await scrollToFraction(page, 0);
      const atTop = (await registeredNow(page)).sort();
      // Sixteen copies of an 11-paragraph body: every copy marks the same names.
      expect(atTop.length).toBeGreaterThan(16 * 20);
      expect((await registeredMarks(page, '#box_comment')).map((m) => m.text)).toEqual([]);
      expect(await evaluateSource(page, () => document.documentElement.outerHTML.length, null)).toBeGreaterThan(
        500_000,
      );
      for (const fraction of [0.5, 1]) {
        await scrollToFraction(page, fraction);
        await sleep(200);
        expect((await registeredNow(page)).sort()).toEqual(atTop);
      }
      // What a reader scrolling through sees is what was registered at the top.
      expect((await registeredMarks(page)).length).toBe(atTop.length);
    });

    it('opens the card of a name at the end of the page', async () => {
      await scrollToFraction(page, 1);
      await pointerAway(driver, page);
      // The last copy of the body (the original paragraphs) names Khrenin once in each copy.
      const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail', occurrence: 15 });
      expect(card.label).toBe('Viktor Khrenin');
    });
  });
}
