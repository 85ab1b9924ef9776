// The outlets in the real browsers: on an article page of each outlet with a site profile (its
// structure, our text; test/fixtures/sites/), the built extension marks the page on opening, with
// no button pressed, with marks in the headline, the lead and the body, and none in the related
// boxes, navigation, sidebars and footers; on the list and video pages of five outlets it marks
// nothing. The pages are listed in outlet-pages.ts, which the Node test of the same pages
// (test/unit/fixture-pages/outlet-pages.test.ts) reads too.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../tools/browsers/index.ts';
import type { Driver } from './drivers.ts';
import { OUTLET_ARTICLES, OUTLET_QUIET_PAGES, type OutletArticlePage } from './outlet-pages.ts';
import { allTexts, highlightTexts, marksInside, sleep } from './page-helpers.ts';

/** How long a page that is not an article is watched for marks. An article page of these shows
 *  its first marks well within this once the glossary is loaded (the article pages run first). */
const QUIET_MS = 2000;

/** Waits until the headline, the lead and the body each show a mark (or the timeout passes) and
 *  returns the marks in each. */
async function marksInPlaces(page: Page, outlet: OutletArticlePage, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [headline, lead, body] = [
      await marksInside(page, outlet.headline),
      await marksInside(page, outlet.lead),
      await marksInside(page, outlet.body),
    ];
    if ((headline.length && lead.length && body.length) || Date.now() > deadline) return { headline, lead, body };
    await sleep(100);
  }
}

async function closePage(page: Page | undefined): Promise<void> {
  await page?.close().catch(() => {});
}

export function defineOutletsSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`the outlets in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    for (const outlet of OUTLET_ARTICLES) {
      it(`${outlet.outlet} (${outlet.host}): marks the headline, the lead and the body on opening, and no box around them`, async () => {
        const page = await driver.open(server.url(outlet.host, outlet.path));
        try {
          const marks = await marksInPlaces(page, outlet);
          expect(marks.headline, `no mark in the headline ${outlet.headline}`).not.toEqual([]);
          expect(marks.lead, `no mark in the lead ${outlet.lead}`).not.toEqual([]);
          expect(marks.body, `no mark in the body ${outlet.body}`).not.toEqual([]);
          for (const box of outlet.none) expect(await marksInside(page, box), box).toEqual([]);
        } finally {
          await closePage(page);
        }
      });
    }

    for (const quiet of OUTLET_QUIET_PAGES) {
      it(`${quiet.outlet}: a ${quiet.kind} page (${quiet.host}${quiet.path}) stays untouched`, async () => {
        const page = await driver.open(server.url(quiet.host, quiet.path));
        try {
          await sleep(QUIET_MS);
          expect(allTexts(await highlightTexts(page))).toEqual([]);
          expect(await page.evaluate('document.querySelector("h1, h2")?.textContent?.length ?? 0')).toBeGreaterThan(0);
        } finally {
          await closePage(page);
        }
      });
    }
  });
}
