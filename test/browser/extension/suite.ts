// The in-page behaviour, run in each real browser with the built extension on the fixture pages
// served under the real news hostnames.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSource, hoverText, rectOfText, saveScreenshot, startFixtureServer, type AnyPage, type FixtureServer } from '../harness/index.ts';
import type { Driver } from './drivers.ts';
import { allTexts, cardOn, highlightTexts, marksInside, noCardOn, pointerAway, sleep, waitForCard, waitForMarks } from './page-helpers.ts';

const VNEXPRESS = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const TUOITRE_NFD = '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang-nfd.htm';
const NHANDAN = '/the-gioi/chuyen-tham-belarus-cua-tong-thong-nga.html';
const THANHNIEN = '/van-hoa/trien-lam-my-thuat-duong-dai.htm';
const ZNEWS = '/tong-thong-putin-ban-giai-doan-hai-cua-cuoc-tap-tran-hat-nhan-post1.html';
const VIETNAMPLUS = '/thay-gi-tu-chuyen-tham-hiem-hoi-belarus-cua-tong-thong-nga-putin.html';

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
      let page: AnyPage;
      beforeAll(async () => {
        page = await driver.open(server.url('vnexpress.net', VNEXPRESS));
        await waitForMarks(page);
      });

      it('opens the card of a name in the body, with every field, and takes no focus', async () => {
        const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
        expect(card.label).toBe('Viktor Khrenin');
        expect(card.role).toBe('dialog');
        expect(card.type).toBe('person');
        // The test browsers run with an English UI, so the card speaks English (the Vietnamese
        // rendering is checked in test/unit/extension/card.test.tsx).
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
        expect((await cardOn(driver, page, 'Alexander Lukashenko', { within: 'article.fck_detail strong' })).label).toBe(
          'Alexander Lukashenko',
        );
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
        await (page as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard.press('Escape');
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
      expect((await cardOn(driver, page, 'A.Lu-ca-sen-cô', { within: 'figcaption' })).label).toBe('Alexander Lukashenko');
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
        const box = await rectOfText(page, (await page.evaluate(`document.getElementById('${id}').textContent`)) as string, {
          within: `#${id}`,
        });
        await (page as unknown as { mouse: { click(x: number, y: number): Promise<void> } }).mouse.click(
          box.x + box.width / 2,
          box.y + box.height / 2,
        );
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

    if (name === 'Chromium') {
      it('follows the commands: next mention opens its card, toggle turns marks off and on; badge counts actors', async () => {
        const page = await driver.open(server.url('vnexpress.net', VNEXPRESS));
        const marks = await waitForMarks(page);
        await pointerAway(driver, page);
        await driver.toTab(page, { type: 'page/command', command: 'next-mention' });
        // The headline: "Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga".
        expect((await waitForCard(driver, page, true)).label).toBe('Mỹ');
        await driver.toTab(page, { type: 'page/command', command: 'next-mention' });
        await sleep(300);
        expect((await waitForCard(driver, page, true)).label).toBe('Belarus');
        await driver.toTab(page, { type: 'page/command', command: 'next-mention' });
        await sleep(300);
        expect((await waitForCard(driver, page, true)).label).toBe('Nga');
        await driver.toTab(page, { type: 'page/command', command: 'toggle-marks' });
        await sleep(200);
        expect(allTexts(await highlightTexts(page))).toEqual([]);
        expect(await driver.card(page)).toBeNull();
        await driver.toTab(page, { type: 'page/command', command: 'toggle-marks' });
        await sleep(200);
        expect(allTexts(await highlightTexts(page)).length).toBe(allTexts(marks).length);
        // The copy was read in the offscreen document, not in the page.
        expect(await driver.inBackground("chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length)")).toBe(1);
        // "Open side panel" reaches the background, which records the request (no panel yet).
        await driver.toTab(page, { type: 'page/command', command: 'next-mention' });
        expect((await waitForCard(driver, page, true)).label).toBe('Mỹ');
        await driver.clickCardButton(page);
        await sleep(300);
        expect(await driver.inBackground("chrome.storage.session.get('panelRequest').then((r) => r.panelRequest.actorId)")).toBe('united-states');
        const badge = await driver.badge(page);
        expect(Number(badge)).toBeGreaterThanOrEqual(15);
        const home = await driver.open(server.url('vnexpress.net', '/'));
        await sleep(2000);
        expect(await driver.badge(home)).toBe('');
      });
    }
  });
}
