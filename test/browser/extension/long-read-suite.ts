// A long read in each real browser: the highlight painter registers only the marks near the screen
// (the browser's paint cost grows with every registered range, issue 8), the window follows the
// reader down the page, and a name far down opens its card like any other.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSource, startFixtureServer, type AnyPage, type FixtureServer } from '../harness/index.ts';
import type { Driver } from './drivers.ts';
import { cardOn, pointerAway, registeredMarks, sleep, waitForMarks } from './page-helpers.ts';

const LONG_READ = '/the-gioi/bai-dai-thu-nghiem.html';
/** The painter's margin is two screens above and below; a paragraph counts whole, so allow one more. */
const SCREENS_ABOVE = 3;
const SCREENS_BELOW = 4;

interface Registered {
  text: string;
  /** The mark's top, in screens from the top of the viewport. */
  screens: number;
}

/** What is registered now, where it sits. */
function registeredNear(page: AnyPage): Promise<Registered[]> {
  return evaluateSource(
    page,
    () => {
      const out: { text: string; screens: number }[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
        if (!name.startsWith('boi-canh-') || name === 'boi-canh-current') return;
        h.forEach((r) => out.push({ text: r.toString(), screens: r.getBoundingClientRect().top / innerHeight }));
      });
      return out;
    },
    null,
  ) as Promise<Registered[]>;
}

/** Polls until every registered mark sits near the screen (the observer works after a frame or two). */
async function settledNear(page: AnyPage): Promise<Registered[]> {
  const near = (r: Registered) => r.screens > -SCREENS_ABOVE && r.screens < SCREENS_BELOW;
  const deadline = Date.now() + 3000;
  for (;;) {
    const now = await registeredNear(page);
    if ((now.length > 0 && now.every(near)) || Date.now() > deadline) return now;
    await sleep(100);
  }
}

export function defineLongReadSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`a long read in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let page: AnyPage;
    let all: number;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
      page = await driver.open(server.url('vnexpress.net', LONG_READ));
      await waitForMarks(page);
      all = (await registeredMarks(page, 'article.fck_detail')).length;
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('registers only the marks near the screen: a small part of the article’s', async () => {
      await evaluateSource(page, () => scrollTo({ top: 0, behavior: 'instant' }), null);
      const near = await settledNear(page);
      // Sixteen copies of an 11-paragraph body: every copy marks the same names.
      expect(all).toBeGreaterThan(16 * 20);
      expect(near.length).toBeGreaterThan(0);
      expect(near.length).toBeLessThan(all / 3);
      expect(near.filter((r) => r.screens <= -SCREENS_ABOVE || r.screens >= SCREENS_BELOW)).toEqual([]);
    });

    it('follows the reader to the end of the page, and a name there opens its card', async () => {
      await evaluateSource(page, () => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }), null);
      const near = await settledNear(page);
      expect(near.length).toBeGreaterThan(0);
      expect(near.filter((r) => r.screens <= -SCREENS_ABOVE || r.screens >= SCREENS_BELOW)).toEqual([]);
      await pointerAway(driver, page);
      // The last copy of the body (the original paragraphs) names Khrenin once in each copy.
      const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail', occurrence: 15 });
      expect(card.label).toBe('Viktor Khrenin');
    });
  });
}
