// The in-page behaviour, run in each real browser with the built extension on the fixture pages
// served under the real news hostnames.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';
import {
  distDir,
  evaluateSource,
  hoverText,
  PROJECT_ROOT,
  rectOfText,
  saveScreenshot,
  startFixtureServer,
  waitForPage,
  type FixtureServer,
} from '../../../tools/browsers/index.ts';
import type { Box, Driver } from './drivers.ts';
import {
  allTexts,
  cardOn,
  highlightTexts,
  marksInside,
  noCardOn,
  pointerAway,
  marksNow,
  registeredMarks,
  sleep,
  waitForCard,
  waitForMarks,
} from './page-helpers.ts';

const VNEXPRESS = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const TUOITRE_NFD = '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang-nfd.htm';
const NHANDAN = '/the-gioi/chuyen-tham-belarus-cua-tong-thong-nga.html';
const THANHNIEN = '/van-hoa/trien-lam-my-thuat-duong-dai.htm';
const ZNEWS = '/tong-thong-putin-ban-giai-doan-hai-cua-cuoc-tap-tran-hat-nhan-post1.html';
const VIETNAMPLUS = '/thay-gi-tu-chuyen-tham-hiem-hoi-belarus-cua-tong-thong-nga-putin.html';
const EN_MESSAGES = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'src', '_locales', 'en', 'messages.json'), 'utf8'),
) as MessagesFile;

export function defineContentSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`content script in ${name}`, () => {
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

    describe('VnExpress article', () => {
      let page: Page;
      let servedBefore = 0;
      beforeAll(async () => {
        servedBefore = server.requests.length;
        page = await driver.open(server.url('vnexpress.net', VNEXPRESS));
        await waitForMarks(page);
      });

      it('makes no network request of its own while it reads, marks and explains the page', async () => {
        await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
        await pointerAway(driver, page);
        // The page is self-contained, so anything else the server saw would be ours. The browser's
        // own favicon request is not the extension's. (In Firefox every hostname resolves to this
        // server, so a request to any host would show here.)
        const seen = server.requests.slice(servedBefore).filter((r) => r.path !== '/favicon.ico');
        expect(seen).toEqual([{ host: 'vnexpress.net', path: VNEXPRESS, status: 200 }]);
      });

      it('opens the card of a name in the body, with every field, and takes no focus', async () => {
        const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
        expect(card.label).toBe('Viktor Khrenin');
        expect(card.role).toBe('dialog');
        expect(card.type).toBe('person');
        // The test browsers run with an English UI, so the card speaks English (the Vietnamese
        // rendering is checked in test/unit/marking/card.test.tsx).
        expect(card.lines[0]).toBe('Person');
        expect(card.lines[1]).toBe('Viktor Khrenin');
        expect(card.lines.some((l) => /as of \d{1,2} [A-Z][a-z]{2} \d{4}/.test(l))).toBe(true);
        expect(card.lines.some((l) => /^Appears in (1 story|\d+ stories)$/.test(l))).toBe(true);
        expect(card.buttons).toEqual(['Open side panel']);
        expect(card.focusedInside).toBe(false);
        expect(await page.evaluate('document.activeElement === document.body')).toBe(true);
        // Inside the viewport.
        expect(card.box.left).toBeGreaterThanOrEqual(0);
        expect(card.box.top).toBeGreaterThanOrEqual(0);
        expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
        expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
        await saveScreenshot(page, `hover-card-${driver.name}`);
      });

      it('outlines the mention a card is about without changing the page’s highlights', async () => {
        await pointerAway(driver, page);
        const before = await wholeRegistry(page);
        const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
        expect(card.outline.length).toBeGreaterThan(0);
        expect(await outlinedMark(driver, page)).toBe('Viktor Khrenin');
        // Each change to the registry repaints every mark (card-host.ts): a hover makes none.
        expect(await wholeRegistry(page)).toEqual(before);
        await pointerAway(driver, page);
        expect(await wholeRegistry(page)).toEqual(before);
      });

      it('marks the headline and the lead, which sit outside the body container', async () => {
        expect((await cardOn(driver, page, 'Belarus', { within: 'h1.title-detail' })).label).toBe('Belarus');
        expect((await cardOn(driver, page, 'Minsk', { within: 'p.description' })).label).toBe('Minsk');
      });

      it('marks names in a photo caption', async () => {
        expect((await cardOn(driver, page, 'Viktor Khrenin', { within: 'figcaption' })).label).toBe('Viktor Khrenin');
      });

      it('reads a name split over several inline elements, and one after &nbsp;', async () => {
        expect((await cardOn(driver, page, 'Vladimir Putin')).label).toBe('Vladimir Putin');
        expect((await cardOn(driver, page, 'Nga', { within: 'a[href="/chu-de/nga-1234"]' })).label).toBe('Nga');
        expect(
          (await cardOn(driver, page, 'Alexander Lukashenko', { within: 'article.fck_detail strong' })).label,
        ).toBe('Alexander Lukashenko');
      });

      it('marks nothing in the related-story box, tags, comments, navigation or sidebar', async () => {
        for (const box of ['.box-tinlienquanv2', '.tags', '#box_comment', 'nav', 'aside.sidebar', 'footer']) {
          expect(await marksInside(page, box), box).toEqual([]);
        }
        expect(await noCardOn(driver, page, 'Nga', { within: '.box-tinlienquanv2' })).toBe(true);
        expect(await noCardOn(driver, page, 'Lukashenko', { within: 'aside.sidebar' })).toBe(true);
        expect(await noCardOn(driver, page, 'Thúy Nga', { within: '#box_comment' })).toBe(true);
      });

      it('keeps the card open while the pointer travels into it, closes it on Esc and on scroll', async () => {
        const rect = await hoverText(page, 'Viktor Khrenin', { within: 'article.fck_detail' });
        const card = await waitForCard(driver, page, true);
        // Travel from the name into the card.
        await page.mouse.move((card.box.left + card.box.right) / 2, card.box.top + 12, { steps: 6 });
        await sleep(700);
        expect((await driver.card(page))?.label).toBe('Viktor Khrenin');
        await page.keyboard.press('Escape');
        await waitForCard(driver, page, false);
        await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
        await waitForCard(driver, page, true);
        await page.evaluate('window.scrollBy(0, 40)');
        await waitForCard(driver, page, false);
      });

      it('leaves the page text unchanged: no element of ours in the body, the text as served', async () => {
        await pointerAway(driver, page);
        const html = (await page.evaluate('document.body.innerHTML')) as string;
        expect(html).not.toMatch(/boi-canh/);
        expect((await page.evaluate('document.querySelector("p.description").textContent')) as string).toBe(
          'Các sĩ quan Mỹ đến Belarus để quan sát cuộc tập trận chung giữa quân đội Belarus và Nga, dấu hiệu về quan hệ ấm lên giữa Minsk với Washington.',
        );
      });
    });

    it('marks nothing on a home page', async () => {
      const page = await driver.open(server.url('vnexpress.net', '/'));
      await sleep(2500);
      expect(allTexts(await highlightTexts(page))).toEqual([]);
    });

    it('reads a decomposed (NFD) page and skips Tuổi Trẻ’s related box', async () => {
      const page = await driver.open(server.url('tuoitre.vn', TUOITRE_NFD));
      await waitForMarks(page);
      expect((await cardOn(driver, page, 'Lloyd Austin', { within: 'div.detail-content' })).label).toBe('Lloyd Austin');
      expect((await cardOn(driver, page, 'Belousov', { within: 'div.detail-content' })).label).toBe('Andrey Belousov');
      expect(await marksInside(page, '[type=RelatedNewsBox]')).toEqual([]);
    });

    it('reads the party-press spelling with the other tone style', async () => {
      const page = await driver.open(server.url('nhandan.vn', NHANDAN));
      await waitForMarks(page);
      // In "Tổng thống Cộng hoà Bê-la-rút A.Lu-ca-sen-cô (trái) và người đồng cấp Nga V.Pu-tin".
      expect((await cardOn(driver, page, 'Bê-la-rút', { within: 'figcaption' })).label).toBe('Belarus');
      expect((await cardOn(driver, page, 'A.Lu-ca-sen-cô', { within: 'figcaption' })).label).toBe(
        'Alexander Lukashenko',
      );
      expect((await cardOn(driver, page, 'V.Pu-tin', { within: 'figcaption' })).label).toBe('Vladimir Putin');
      expect(await marksInside(page, 'aside')).toEqual([]);
    });

    it('does not mark ordinary words that contain country names', async () => {
      const page = await driver.open(server.url('thanhnien.vn', THANHNIEN));
      const marks = await waitForMarks(page);
      // "nước Nga" in the lead, and the country in "mỹ thuật Việt Nam": nothing else.
      expect(allTexts(marks).sort()).toEqual(['Nga', 'Việt Nam']);
      expect(await noCardOn(driver, page, 'Thúy Nga')).toBe(true);
      expect(await noCardOn(driver, page, 'mỹ thuật')).toBe(true);
    });

    it('re-reads the page after a client-side navigation', async () => {
      const page = await driver.open(server.url('znews.vn', ZNEWS));
      const before = allTexts(await waitForMarks(page));
      expect(before).toContain('Vladimir Putin');
      expect(before).not.toContain('Lloyd Austin');
      await evaluateSource(page, () => (document.getElementById('next-link') as HTMLElement).click(), null);
      const deadline = Date.now() + 10_000;
      let after = before;
      while (!after.includes('Lloyd Austin') && Date.now() < deadline) {
        await sleep(200);
        after = allTexts(await highlightTexts(page));
      }
      expect(after).toContain('Lloyd Austin');
      expect(after).not.toContain('Vladimir Putin');
      expect((await cardOn(driver, page, 'Lloyd Austin')).label).toBe('Lloyd Austin');
    });

    it('leaves the page’s own scripts working, and reads text they reveal', async () => {
      const page = await driver.open(server.url('vietnamplus.vn', VIETNAMPLUS));
      await waitForMarks(page);
      for (const id of ['like-button', 'font-bigger', 'read-more']) {
        const box = await rectOfText(
          page,
          (await page.evaluate(`document.getElementById('${id}').textContent`)) as string,
          {
            within: `#${id}`,
          },
        );
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      }
      expect(await page.evaluate('window.__pageEvents')).toEqual(['like:1', 'font:20px', 'expand']);
      expect(await page.evaluate('document.getElementById("like-button").textContent')).toBe('Thích (1)');
      // The revealed paragraphs get marks after the re-read.
      const deadline = Date.now() + 10_000;
      let inside: string[] = [];
      while (!inside.length && Date.now() < deadline) {
        await sleep(200);
        inside = await marksInside(page, '#article-more');
      }
      expect(inside.length).toBeGreaterThan(0);
    });

    if (name === 'Chromium') defineChromiumCommands(() => ({ driver, server }));
  });
}

/** Chromium only: the keyboard commands pressed for real, the next-mention cursor over the whole
 *  page, and the toolbar badge against the actors the cards show. */
function defineChromiumCommands(get: () => { driver: Driver; server: FixtureServer }): void {
  describe('VnExpress article: commands and badge', () => {
    let driver: Driver;
    let server: FixtureServer;
    let page: Page;
    let marks: string[];
    const shortcuts = async (): Promise<Record<string, string>> =>
      (await driver.inBackground(
        'chrome.commands.getAll().then((all) => Object.fromEntries(all.map((c) => [c.name, c.shortcut])))',
      )) as Record<string, string>;

    beforeAll(async () => {
      ({ driver, server } = get());
      page = await driver.open(server.url('vnexpress.net', VNEXPRESS));
      marks = allTexts(await waitForMarks(page));
      await pointerAway(driver, page);
    });

    it('gives every command the shortcut the manifest suggests', async () => {
      const manifest = JSON.parse(readFileSync(join(distDir('chrome'), 'manifest.json'), 'utf8')) as {
        commands: Record<string, { suggested_key?: { default?: string } }>;
      };
      const suggested = Object.fromEntries(
        Object.entries(manifest.commands).map(([command, c]) => [command, c.suggested_key?.default ?? '']),
      );
      expect(Object.keys(suggested).sort()).toEqual(['_execute_action', 'next-mention', 'toggle-marks']);
      // Chromium leaves a command without a shortcut when it refuses the suggested key.
      expect(await shortcuts()).toEqual(suggested);
    });

    it('the toggle shortcut pressed on the page turns the marks off, and on again', async () => {
      const key = (await shortcuts())['toggle-marks'];
      expect(key, 'toggle-marks has no shortcut').toBeTruthy();
      await driver.pressShortcut(page, key!);
      await waitForPage(
        page,
        () =>
          ![...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()].some(
            ([name, h]) => name.startsWith('boi-canh-') && h.size > 0,
          ),
        3000,
      );
      await driver.pressShortcut(page, key!);
      const deadline = Date.now() + 3000;
      while (allTexts(await highlightTexts(page)).length !== marks.length && Date.now() < deadline) await sleep(100);
      expect(allTexts(await highlightTexts(page)).sort()).toEqual([...marks].sort());
    });

    it('the next-mention shortcut pressed on the page opens the first name’s card', async () => {
      const key = (await shortcuts())['next-mention'];
      expect(key, 'next-mention has no shortcut: Chromium refused the suggested key').toBeTruthy();
      await pointerAway(driver, page);
      await driver.pressShortcut(page, key!);
      // The headline: "Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga".
      expect((await waitForCard(driver, page, true)).label).toBe('Mỹ');
    });

    it('next mention visits every mark once, in page order, then wraps; the badge counts the actors met', async () => {
      // A fresh page: its cursor starts before the first mark.
      const fresh = await driver.open(server.url('vnexpress.net', VNEXPRESS));
      await waitForMarks(fresh);
      await pointerAway(driver, fresh);
      const inOrder = await marksInPageOrder(fresh);
      expect(inOrder.length).toBe(marks.length);
      const tabId = await driver.tabId(fresh);
      const next = `chrome.tabs.sendMessage(${tabId}, { type: 'page/command', command: 'next-mention' })`;
      const visited: string[] = [];
      const actors = new Set<string>();
      for (let i = 0; i <= inOrder.length; i++) {
        await driver.inBackground(next);
        const card = await driver.card(fresh);
        expect(card, `no card after next-mention ${i + 1}`).not.toBeNull();
        actors.add(card!.label!);
        visited.push(await outlinedMark(driver, fresh));
      }
      expect(visited).toEqual([...inOrder, inOrder[0]]);
      const count = String(actors.size);
      expect(await driver.badge(fresh)).toBe(count);
      const title = await driver.inBackground(`chrome.action.getTitle({ tabId: ${tabId} })`);
      expect(title).toBe(translateFrom(EN_MESSAGES)('actionTitleCount', [count]));
      const home = await driver.open(server.url('vnexpress.net', '/'));
      await sleep(2000);
      expect(await driver.badge(home)).toBe('');
    });

    it('reads the copy in the offscreen document, and the card’s button reaches the background', async () => {
      expect(
        await driver.inBackground(
          "chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length)",
        ),
      ).toBe(1);
      await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
      await driver.clickCardButton(page);
      await sleep(300);
      expect(
        await driver.inBackground("chrome.storage.session.get('panelRequest').then((r) => r.panelRequest.actorId)"),
      ).toBe('viktor-khrenin');
    });
  });
}

/** The texts of every mark, in document order. */
async function marksInPageOrder(page: Page): Promise<string[]> {
  return (await registeredMarks(page)).map((m) => m.text);
}

/** The texts of the marks whose boxes the open card outlines ("" when none): the mention the
 *  card is about, as the reader sees it picked out. */
async function outlinedMark(driver: Driver, page: Page): Promise<string> {
  const outline = (await driver.card(page))?.outline ?? [];
  if (!outline.length) return '';
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const same = (a: Box, b: Box) =>
    near(a.left, b.left) && near(a.top, b.top) && near(a.right, b.right) && near(a.bottom, b.bottom);
  return (await marksNow(page, { boxes: true }))
    .filter(({ boxes = [] }) => boxes.length === outline.length && boxes.every((b, i) => same(b, outline[i]!)))
    .map((m) => m.text)
    .join('|');
}

/** Every highlight's name and texts, current and flash included: what a change to the registry
 *  (a repaint of every mark) would change. */
function wholeRegistry(page: Page): Promise<string[]> {
  return evaluateSource(
    page,
    () => {
      const out: string[] = [];
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
        for (const r of h) out.push(`${name}:${r.toString()}`);
      }
      return out.sort();
    },
    null,
  ) as Promise<string[]>;
}
