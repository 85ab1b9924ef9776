// A phone in each test browser: a 360×800 screen that takes a finger's taps, presses and swipes,
// around the in-page Driver (drivers.ts) that reads our card.
//
// Chromium: CDP device emulation (Emulation.setDeviceMetricsOverride with `mobile`, so the page's
// meta viewport applies; Emulation.setTouchEmulationEnabled) and real touch input
// (Input.dispatchTouchEvent, a swipe as a drawn-out touch). The
// browser makes the tap's click itself, as a phone does. The CDP session stays attached for the
// page's life: emulation set through a session ends with it.
//
// Firefox: WebDriver BiDi input.performActions with pointerType "touch", through puppeteer-core's
// touchscreen. Firefox's driver synthesizes those touches in the page's process, past the part of
// Firefox that turns taps into clicks and swipes into scrolling on a phone (APZ), so: pointer events
// yes, a click perhaps not (`tapsMakeClicks` says), and a scroll is a wheel turn instead.

import type { CDPSession, Page } from 'puppeteer-core';
import {
  evaluateInShadowRootChromium,
  evaluateInShadowRootFirefox,
  launchChromium,
  launchFirefox,
  type FixtureServer,
} from '../../../tools/browsers/index.ts';
import { chromiumDriverFor, firefoxDriverFor, type Driver } from './drivers.ts';
import { sleep } from './page-helpers.ts';

export const PHONE = { width: 360, height: 800 } as const;
const CARD = '[data-boi-canh-card]';

export interface Phone {
  name: 'chromium' | 'firefox';
  /** Reads the card, opens pages as tabs. */
  driver: Driver;
  /** Opens `url` in a new tab of the phone's size, touch on. */
  open(url: string): Promise<Page>;
  tap(page: Page, x: number, y: number): Promise<void>;
  /** A finger held still on the glass for `ms`. */
  longPress(page: Page, x: number, y: number, ms: number): Promise<void>;
  /** A finger put down at (x, y) and drawn `dy` pixels down the screen (up when negative): the
   *  page scrolls the other way. In Firefox a wheel turn instead (see above). */
  scroll(page: Page, x: number, y: number, dy: number): Promise<void>;
  /** Runs `fn` inside our card's closed shadow root. */
  inCard<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R>;
  /** The extension page at `path` (e.g. panel.html?tabId=N) in a phone-sized tab; Chromium only. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export async function chromiumPhone(server: FixtureServer): Promise<Phone> {
  const session = await launchChromium({ hostnames: server.hostnames, viewport: PHONE });
  const sessions = new WeakMap<Page, CDPSession>();
  const cdp = (page: Page) => {
    const s = sessions.get(page);
    if (!s) throw new Error('not a page this phone opened');
    return s;
  };
  const phonePage = async (): Promise<Page> => {
    const page = await session.browser.newPage();
    const s = await asPhone(page);
    sessions.set(page, s);
    return page;
  };
  const touch = (page: Page, type: 'touchStart' | 'touchEnd', x: number, y: number) =>
    cdp(page).send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
    });
  return {
    name: 'chromium',
    driver: chromiumDriverFor(session),
    async open(url) {
      const page = await phonePage();
      await page.goto(url);
      return page;
    },
    async tap(page, x, y) {
      await touch(page, 'touchStart', x, y);
      await touch(page, 'touchEnd', x, y);
    },
    async longPress(page, x, y, ms) {
      await touch(page, 'touchStart', x, y);
      await sleep(ms);
      await touch(page, 'touchEnd', x, y);
    },
    async scroll(page, x, y, dy) {
      // A finger put down, drawn `dy` px in ten moves a frame apart, lifted: dy > 0 moves down and
      // the page scrolls up. (Input.synthesizeScrollGesture scrolls nothing in headless Chromium.)
      await cdp(page).send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: Math.round(x), y: Math.round(y) }],
      });
      for (let i = 1; i <= 10; i++) {
        await sleep(16);
        await cdp(page).send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: Math.round(x), y: Math.round(y + (dy * i) / 10) }],
        });
      }
      await cdp(page).send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
    inCard: (page, fn, arg) => evaluateInShadowRootChromium(page, CARD, fn, arg),
    async openExtensionPage(path, ready) {
      const page = await phonePage();
      await page.goto(session.extensionUrl(path));
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    },
    close: () => session.close(),
  };
}

/** Makes `page` a 360×800 touch phone for as long as the returned session stays attached. */
async function asPhone(page: Page): Promise<CDPSession> {
  const s = await page.createCDPSession();
  await s.send('Emulation.setDeviceMetricsOverride', {
    width: PHONE.width,
    height: PHONE.height,
    deviceScaleFactor: 1,
    mobile: true,
  });
  await s.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return s;
}

export async function firefoxPhone(): Promise<Phone> {
  const session = await launchFirefox({ viewport: PHONE });
  return {
    name: 'firefox',
    driver: firefoxDriverFor(session),
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      return page;
    },
    tap: (page, x, y) => page.touchscreen.tap(Math.round(x), Math.round(y)),
    async longPress(page, x, y, ms) {
      const finger = await page.touchscreen.touchStart(Math.round(x), Math.round(y));
      await sleep(ms);
      await finger.end();
    },
    async scroll(page, _x, y, dy) {
      // The mouse goes to the page's edge first: resting on a name would open a card of its own.
      await page.mouse.move(2, Math.round(y));
      await page.mouse.wheel({ deltaY: -dy });
    },
    inCard: (page, fn, arg) => evaluateInShadowRootFirefox(page, CARD, fn, arg),
    async openExtensionPage() {
      throw new Error(
        'the panel on a phone is checked in Chromium (Firefox: test/browser/panel.browser.test.ts at 320 px)',
      );
    },
    close: () => session.close(),
  };
}
