// One interface over the two browsers for the in-page tests: open a fixture page, move the mouse,
// read our card inside its closed shadow root, read the page's highlights, talk to the background.

import type { Page } from 'puppeteer-core';
import {
  evaluateInShadowRootChromium,
  evaluateInShadowRootFirefox,
  launchChromium,
  launchFirefox,
  tabIdOf,
  type ChromiumSession,
  type FirefoxOptions,
  type FirefoxSession,
  type FixtureServer,
} from '../../../tools/browsers/index.ts';

/** A box on screen, in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardInfo {
  role: string | null;
  label: string | null;
  type: string | null;
  lines: string[];
  buttons: string[];
  box: Box;
  viewport: { width: number; height: number };
  focusedInside: boolean;
  /** The boxes outlining the mention the card is about, in viewport coordinates. */
  outline: Box[];
}

/** Runs inside the card's shadow root: what a reader (and a screen reader) gets. */
function describeCard(root: ShadowRoot): CardInfo | null {
  const card = root.querySelector('.card');
  if (!card) return null;
  const r = (root.host as HTMLElement).getBoundingClientRect();
  const lines = [...card.children].filter((el) => el.localName !== 'button').map((el) => (el.textContent ?? '').trim());
  return {
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    type: card.getAttribute('data-type'),
    lines,
    buttons: [...card.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    viewport: { width: innerWidth, height: innerHeight },
    focusedInside: root.activeElement !== null,
    outline: [...root.querySelectorAll('.current-mark')].map((el) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    }),
  };
}

/** Runs inside the card's shadow root: clicks its button matching `selector`. */
function clickIn(root: ShadowRoot, selector: string): boolean {
  (root.querySelector(selector) as HTMLButtonElement).click();
  return true;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<Page>;
  /** The open card, or null when none is shown. */
  card(page: Page): Promise<CardInfo | null>;
  /** Sends a message to the tab's content script from the background, as a command would. */
  toTab(page: Page, message: object): Promise<void>;
  /** The id the background knows the page's tab by (the page is brought to the front). */
  tabId(page: Page): Promise<number>;
  /** Presses a key combination ("Alt+Shift+H") on the page as raw input, which reaches the
   *  browser's shortcut handling, extension commands included. */
  pressShortcut(page: Page, shortcut: string): Promise<void>;
  badge(page: Page): Promise<string>;
  /** Evaluates an expression in the background (Chromium's service worker). */
  inBackground(expression: string): Promise<unknown>;
  /** Clicks the card's button (the first, or the one matching `selector`), inside the closed
   *  shadow root. */
  clickCardButton(page: Page, selector?: string): Promise<void>;
  /** The tab that `action` opens. */
  tabOpenedBy(action: () => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

const CARD = '[data-boi-canh-card]';

const CDP_MODIFIERS: Record<string, number> = { Alt: 1, Ctrl: 2, Control: 2, Command: 4, MacCtrl: 2, Shift: 8 };

/** "Alt+Shift+H" → the fields of CDP Input.dispatchKeyEvent. Letters and digits only: the keys
 *  the manifest suggests. */
export function cdpShortcut(shortcut: string): {
  modifiers: number;
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
} {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (!/^[A-Z0-9]$/.test(key))
    throw new Error(`cannot press "${shortcut}": only a letter or a digit after the modifiers`);
  let modifiers = 0;
  for (const m of parts) {
    const bit = CDP_MODIFIERS[m];
    if (bit === undefined) throw new Error(`cannot press "${shortcut}": unknown modifier ${m}`);
    modifiers |= bit;
  }
  const code = /\d/.test(key) ? `Digit${key}` : `Key${key}`;
  return { modifiers, key, code, windowsVirtualKeyCode: key.charCodeAt(0) };
}

async function hasCard(page: Page): Promise<boolean> {
  return (await page.evaluate(`document.querySelector('${CARD}') !== null`)) as boolean;
}

export async function chromiumDriver(server: FixtureServer): Promise<Driver> {
  return chromiumDriverFor(await launchChromium({ hostnames: server.hostnames }));
}

export function chromiumDriverFor(session: ChromiumSession): Driver {
  return {
    name: 'chromium',
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      return page;
    },
    async card(page) {
      if (!(await hasCard(page))) return null;
      // The card may close between the two calls.
      return evaluateInShadowRootChromium(page, CARD, describeCard).catch(() => null);
    },
    async toTab(page, message) {
      const tabId = await tabIdOf(session, page);
      await session.serviceWorker.evaluate((id, m) => chrome.tabs.sendMessage(id, m), tabId, message);
    },
    tabId: (page) => tabIdOf(session, page),
    async pressShortcut(page, shortcut) {
      await page.bringToFront();
      const key = cdpShortcut(shortcut);
      const cdp = await page.createCDPSession();
      try {
        // rawKeyDown, as a keyboard sends it: the browser matches accelerators before the page.
        await cdp.send('Input.dispatchKeyEvent', {
          type: 'rawKeyDown',
          ...key,
          nativeVirtualKeyCode: key.windowsVirtualKeyCode,
        });
        await cdp.send('Input.dispatchKeyEvent', {
          type: 'keyUp',
          ...key,
          nativeVirtualKeyCode: key.windowsVirtualKeyCode,
        });
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    async badge(page) {
      const tabId = await tabIdOf(session, page);
      return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    inBackground: (expression) => session.serviceWorker.evaluate(expression),
    clickCardButton: (page, selector = 'button') =>
      evaluateInShadowRootChromium(page, CARD, clickIn, selector).then(() => {}),
    async tabOpenedBy(action) {
      const before = new Set(session.browser.targets());
      const [target] = await Promise.all([
        // A new tab starts on about:blank: the one wanted is the tab at its own address.
        session.browser.waitForTarget(
          (t) => t.type() === 'page' && !before.has(t) && !/^(about:blank)?$/.test(t.url()),
        ),
        action(),
      ]);
      const tab = await target.page();
      if (!tab) throw new Error(`${target.url()} opened, but is no page`);
      await tab.waitForFunction(() => document.readyState === 'complete');
      return tab;
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(options: FirefoxOptions = {}): Promise<Driver> {
  return firefoxDriverFor(await launchFirefox(options));
}

export function firefoxDriverFor(session: FirefoxSession): Driver {
  return {
    name: 'firefox',
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      return page;
    },
    async card(page) {
      if (!(await hasCard(page))) return null;
      return evaluateInShadowRootFirefox(page, CARD, describeCard).catch(() => null);
    },
    async toTab() {
      throw new Error('background → tab messages are tested in Chromium only');
    },
    async tabId() {
      throw new Error('tab ids are read in Chromium only');
    },
    async pressShortcut() {
      throw new Error('extension shortcuts are pressed in Chromium only');
    },
    async badge() {
      throw new Error('the badge is read in Chromium only');
    },
    async inBackground() {
      throw new Error('the background is probed in Chromium only');
    },
    clickCardButton: (page, selector = 'button') =>
      evaluateInShadowRootFirefox(page, CARD, clickIn, selector).then(() => {}),
    async tabOpenedBy(action) {
      const before = new Set(await session.browser.pages());
      await action();
      const deadline = Date.now() + 10_000;
      for (;;) {
        const pages = await session.browser.pages();
        const opened = pages.find((p) => !before.has(p));
        if (opened) return opened;
        if (Date.now() > deadline) throw new Error(`no tab opened; tabs: ${pages.map((p) => p.url()).join(', ')}`);
        await new Promise((ok) => setTimeout(ok, 150));
      }
    },
    close: () => session.close(),
  };
}

declare const chrome: {
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
