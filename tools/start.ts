// `npm start`: build, serve a demo article under its real hostname over HTTPS on loopback, and open
// Debian's Chromium with the extension loaded on it.
//   With a display ($DISPLAY): a normal window that stays open until you close it.
//   Without one: headless; saves screenshots of the page with its marks, of the hover card on the
//   first mark, and of the side panel (opened as a tab), prints their paths and exits; non-zero
//   when no mark or no card appeared, so `npm test` can run it as a check of the first command.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildExtension, outDirFor } from '../build/build.ts';
import { launchChromium, tabIdOf, type ChromiumSession } from './browsers/chromium.ts';
import { ensureBrowsers } from './browsers/install.ts';
import { evaluateSource, saveScreenshot } from './browsers/page.ts';
import { startFixtureServer } from './browsers/server.ts';

const DEMO = { hostname: 'vnexpress.net', path: '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html' };

async function main(): Promise<void> {
  ensureBrowsers();
  await buildExtension();
  const server = await startFixtureServer();
  const headless = !process.env.DISPLAY;
  const session = await launchChromium({
    extensionDir: outDirFor('chrome'),
    locale: 'vi', // the reader's language: the product speaks Vietnamese first
    hostnames: server.hostnames,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  const url = server.url(DEMO.hostname, DEMO.path);
  await page.goto(url);
  console.log(`extension ${session.extensionId} loaded; demo page ${url}`);

  if (!headless) {
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => session.browser.once('disconnected', () => done()));
    await server.close();
    return;
  }
  try {
    const { lines, shown } = await takeScreenshots(session, page);
    for (const line of lines) console.log(line);
    if (!shown) process.exitCode = 1;
  } finally {
    await session.close();
    await server.close();
  }
}

/** The screenshots' paths and what they show; `shown` when both the marks and a card appeared. */
async function takeScreenshots(session: ChromiumSession, page: Page): Promise<{ lines: string[]; shown: boolean }> {
  const lines: string[] = [];
  let shown = false;
  const marks = await waitForMarks(page);
  lines.push(marks ? `marks: ${marks} highlighted ranges` : 'marks: none appeared within 10 s');
  lines.push(`page: ${await saveScreenshot(page, 'start-page')}`);

  if (marks) {
    const before = await customElementCount(page);
    await hoverFirstMark(page);
    await sleep(1200); // the card opens after a short resting delay
    const after = await customElementCount(page);
    shown = after > before;
    lines.push(shown ? 'hover card: shown' : 'hover card: no new element appeared');
    lines.push(`hover card: ${await saveScreenshot(page, 'start-hover-card')}`);
  }

  if (existsSync(join(outDirFor('chrome'), 'panel.html'))) {
    const tabId = await tabIdOf(session, page);
    const panel = await session.browser.newPage();
    await panel.goto(session.extensionUrl(`panel.html?tabId=${String(tabId)}`));
    await sleep(1000);
    lines.push(`side panel (tab ${String(tabId)}): ${await saveScreenshot(panel, 'start-side-panel')}`);
  } else {
    lines.push('side panel: panel.html not built yet');
  }
  return { lines, shown };
}

/** Highlights live in the document's CSS highlight registry, visible from the page's own world. */
async function waitForMarks(page: Page): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const count = (await evaluateSource(
      page,
      () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      null,
    )) as number;
    if (count > 0) return count;
    await sleep(200);
  }
  return 0;
}

async function hoverFirstMark(page: Page): Promise<void> {
  const point = (await evaluateSource(
    page,
    () => {
      const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
      ranges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const first = ranges[0];
      if (!first) return null;
      first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = first.getClientRects()[0]!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    null,
  )) as { x: number; y: number } | null;
  if (point) await page.mouse.move(point.x, point.y, { steps: 4 });
}

async function customElementCount(page: Page): Promise<number> {
  return (await evaluateSource(
    page,
    // The card's host (a div marked data-boi-canh-card), or any custom element a page might add.
    () =>
      [...document.querySelectorAll('*')].filter(
        (e) => e.localName.includes('-') || e.hasAttribute('data-boi-canh-card'),
      ).length,
    null,
  )) as number;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
