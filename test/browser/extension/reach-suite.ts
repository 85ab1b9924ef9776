// Reach in the real browsers: on the pages written for the reach figures (test/reach/, Russia,
// Belarus and their neighbours; test/reach-world/, the rest of the world), the built extension
// paints exactly the marks the Node evaluation scores (every one right, ≥ 90% of the gold
// mentions), and the cards of actors from public record and of people read from the article open
// with the right name. The Node evaluation says the marks are right; this says the browsers show
// those marks and no others.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateReach, WORLD_DIR, type PageMark, type PageScore } from '../../reach/evaluate.ts';
import type { FixtureServer } from '../../../tools/browsers/index.ts';
import { startFixtureServer } from '../../../tools/browsers/index.ts';
import type { Driver } from './drivers.ts';
import { cardOnMark, highlightTexts, sleep, waitForCard } from './page-helpers.ts';
import { waitForPage } from '../../../tools/browsers/index.ts';

/** A page naming, without introducing her, a person the Suwałki reach page introduces. */
const SUWALKI =
  'baoquocte.vn/ba-lan-dong-cua-bien-gioi-voi-belarus-hanh-lang-suwalki-thanh-tam-diem-lo-ngai-328145.html';
const LATER = '/suon-phia-dong-nato-tinh-chuyen-buc-tuong-chong-may-bay-khong-nguoi-lai-329010.html';

/** "kind: text", sorted: a page's marks as a comparable list. */
function markList(marks: Record<string, string[]>): string[] {
  return Object.entries(marks)
    .flatMap(([name, texts]) => texts.map((text) => `${name.replace(/^boi-canh-/, '')}: ${text}`))
    .sort();
}

/** Waits until the page shows `count` marks (the extension paints once per reading), or the
 *  timeout passes, and returns what it shows then. */
async function marksWhenSettled(page: Page, count: number, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const marks = markList(await highlightTexts(page));
    if (marks.length >= count || Date.now() > deadline) return marks;
    await sleep(150);
  }
}

/** The marks to hover on a page: the first person read from the article, and the first actor
 *  that only the standing actors (public record, data packages) know. */
function marksToHover(score: PageScore): PageMark[] {
  const introduced = score.marks.find((m) => m.kind === 'introduced');
  const standing = score.marks.find((m) => m.kind !== 'introduced' && m.card.storyCount === 0);
  return [introduced, standing].filter((m): m is PageMark => m !== undefined);
}

export function defineReachSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`reach in ${name}`, () => {
    const scores = evaluateReach();
    const open = aBrowser(makeDriver);
    pagesShowTheirScores(scores, open);

    // Runs after the pages above: the reader has read the Suwałki page, so the history knows the
    // people it introduced.
    it('knows a person in a later article from the article that introduced her, and offers to add her', async () => {
      expect(scores.some((s) => s.page === SUWALKI)).toBe(true);
      const { driver, server } = open();
      const page = await driver.open(server.url('baoquocte.vn', LATER));
      const marks = await marksWhenSettled(page, 5);
      expect(marks).toContain('introduced: Justyna Gotkowska');
      expect(marks).toContain('introduced: Gotkowska');
      const card = await cardOnMark(driver, page, 'introduced', 'Justyna Gotkowska');
      expect(card.lines).toContain('Read in an article you read before: not in the glossary');
      expect(card.lines.join(' ')).toContain('Ba Lan đóng cửa biên giới với Belarus');
      expect(card.buttons).toEqual(['Open side panel', 'Add to my glossary']);
      const options = await driver.tabOpenedBy(() => driver.clickCardButton(page, '.add-to-glossary'));
      // The options page's new-actor form, once it has rendered.
      const filled = await waitForPage(options, () => {
        const value = (sel: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value ?? null;
        const name = value('#actor-name');
        return name ? { type: value('#actor-type'), name, description: value('#actor-description') } : null;
      });
      expect(filled).toEqual({
        type: 'person',
        name: 'Justyna Gotkowska',
        description: 'Phó Giám đốc Trung tâm Nghiên cứu phương Đông',
      });
      await waitForCard(driver, page, true);
    });
  });
}

type OpenBrowser = () => { driver: Driver; server: FixtureServer };

/** One browser and fixture server for the enclosing describe block. */
function aBrowser(makeDriver: (server: FixtureServer) => Promise<Driver>): OpenBrowser {
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
  return () => ({ driver, server });
}

/** At least twelve pages, every mark right in the Node evaluation, and each page in the browser. */
function pagesShowTheirScores(scores: PageScore[], open: OpenBrowser): void {
  it('has at least twelve pages, every mark right in the Node evaluation', () => {
    expect(scores.length).toBeGreaterThanOrEqual(12);
    for (const s of scores) expect(s.wrong, s.page).toEqual([]);
  });
  for (const score of scores) pageShowsItsScore(score, open);
}

/** One page: the browser paints exactly the marks the Node evaluation scores, and the cards of a
 *  person read from the article and of a standing actor open with the right name. */
function pageShowsItsScore(score: PageScore, open: OpenBrowser): void {
  const [host, ...path] = score.page.split('/');
  it(`${host}: paints exactly the marks the evaluation scores, and opens their cards`, async () => {
    const { driver, server } = open();
    const page = await driver.open(server.url(host!, `/${path.join('/')}`));
    const expected = score.marks.map((m) => `${m.kind}: ${m.text}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await marksWhenSettled(page, expected.length)).toEqual(expected);
    for (const mark of marksToHover(score)) {
      const card = await cardOnMark(driver, page, mark.kind, mark.text);
      expect(card.label, `${mark.kind}: ${mark.text}`).toBe(mark.card.name);
      if (mark.kind === 'introduced') expect(card.lines).toContain('Read from this article: not in the glossary');
    }
  });
}

/** The world pages (issue 11): East and Southeast Asia, South Asia, the Middle East, Africa, the
 *  Americas, trade and Vietnam's own diplomacy. */
export function defineWorldReachSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`the world's reach in ${name}`, () => {
    pagesShowTheirScores(evaluateReach(undefined, WORLD_DIR), aBrowser(makeDriver));
  });
}
