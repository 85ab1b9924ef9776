// The real side panel in Chromium, not the panel page opened as a tab: the toolbar button is
// pressed with CDP Extensions.triggerAction (over the launcher's pipe, see
// extension/action-chromium.ts), Chromium opens panel.html as a SIDE_PANEL context, and the panel
// there follows the window's active tab and shows its cast.
//
// Firefox's sidebar cannot be opened by automation (sidebarAction.open needs a real user gesture):
// its adapter path is tested in test/unit/background/panel-opener.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  saveScreenshot,
  startFixtureServer,
  type ChromiumSession,
  type FixtureServer,
} from '../../tools/browsers/index.ts';
import { pressButton } from './extension/action-chromium.ts';
import { allTexts, waitForMarks } from './extension/page-helpers.ts';

const BAOQUOCTE = '/xung-dot-nga-ukraine-my-quan-ngai-truoc-vai-tro-cua-dong-minh-moscow.html';

describe('the real side panel (Chromium)', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium({ hostnames: server.hostnames });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the toolbar button opens panel.html beside the page, showing that page’s cast', async () => {
    const article = await session.browser.newPage();
    await article.goto(server.url('baoquocte.vn', BAOQUOCTE));
    const marks = allTexts(await waitForMarks(article));
    const panelUrl = session.extensionUrl('panel.html');
    expect(session.browser.targets().some((t) => t.url().startsWith(panelUrl))).toBe(false);

    await pressButton(session, article);
    const target = await session.browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 10_000 });
    const contexts = await session.serviceWorker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl),
    );
    expect(contexts).toEqual([panelUrl]);

    const panel = await target.asPage();
    await panel.waitForSelector('#cast li.actor', { timeout: 10_000 });
    const shown = await panel.evaluate(() => ({
      headline: document.querySelector('h1')?.textContent,
      site: document.querySelector('.article-source')?.textContent,
      cast: [...document.querySelectorAll('li.actor')].map((li) => ({
        id: li.getAttribute('data-actor'),
        count: Number(li.querySelector('.actor-count [aria-hidden]')?.textContent),
      })),
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(shown.headline).toBe('Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow');
    expect(shown.site).toBe('baoquocte.vn');
    expect(shown.cast[0]).toEqual({ id: 'vladimir-putin', count: 5 });
    expect(shown.cast).toContainEqual({ id: 'alexander-lukashenko', count: 3 });
    // Every mention the page marks is counted in the panel.
    expect(shown.cast.reduce((n, a) => n + a.count, 0)).toBe(marks.length);
    // Chromium's side panel is narrow: nothing scrolls sideways in it.
    expect(shown.scrollWidth).toBeLessThanOrEqual(shown.width);
    await saveScreenshot(panel, 'side-panel-chromium');
  });
});

declare const chrome: {
  runtime: { getContexts(f: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
};
