// Chromium: a hostile page does not break us, and we do not break it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SITES_DIR, type AnyPage, type ChromiumSession } from './harness/index.ts';
import { chromiumDriverFor, type Driver } from './extension/drivers.ts';
import { allTexts, cardOn, waitForMarks } from './extension/page-helpers.ts';

const ARTICLE = readFileSync(join(SITES_DIR, 'vnexpress.net', 'the-gioi', 'si-quan-my-quan-sat-tap-tran-zapad-2025.html'), 'utf8');

/** Page scripts that break the globals and prototypes a careless extension would rely on. */
const HOSTILE = `<script>
window.__errors = [];
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + String(e.reason)));
Node.prototype.appendChild = function () { throw new Error('page: no appendChild'); };
Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };
window.__getClientRects = Range.prototype.getClientRects;
Range.prototype.getClientRects = function () { return []; };
Document.prototype.caretPositionFromPoint = undefined;
Document.prototype.caretRangeFromPoint = undefined;
window.requestIdleCallback = undefined;
window.setTimeout = function () { throw new Error('page: no timers'); };
window.chrome = { runtime: { sendMessage() { throw new Error('page: fake chrome'); } } };
window.browser = { i18n: null };
String.prototype.normalize = function () { throw new Error('page: no normalize'); };
Array.prototype.flatMap = function () { throw new Error('page: no flatMap'); };
window.MutationObserver = undefined;
window.CSSStyleSheet = undefined;
document.addEventListener('mousemove', (e) => e.stopPropagation(), true);
</script>`;

describe('robustness (Chromium)', () => {
  let session: ChromiumSession;
  let driver: Driver;

  beforeAll(async () => {
    session = await launchChromium({ hostnames: ['vnexpress.net'] });
    driver = chromiumDriverFor(session);
    await session.context.route('https://vnexpress.net/the-gioi/trang-kho-tinh.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE.replace('</head>', `${HOSTILE}</head>`) }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('works on a page that breaks its own globals and prototypes, and throws nothing into it', async () => {
    const page = (await driver.open('https://vnexpress.net/the-gioi/trang-kho-tinh.html')) as unknown as Page;
    const marks = await waitForMarks(page as unknown as AnyPage);
    expect(allTexts(marks)).toContain('Viktor Khrenin');
    // The test's own probe (rectOfText) runs in the page's world and needs getClientRects back;
    // the content script never saw the page's patch (its world has its own prototypes).
    await page.evaluate('Range.prototype.getClientRects = window.__getClientRects');
    const card = await cardOn(driver, page as unknown as AnyPage, 'Viktor Khrenin', { within: 'article.fck_detail' });
    expect(card.label).toBe('Viktor Khrenin');
    expect(await page.evaluate('window.__errors')).toEqual([]);
  });
});
