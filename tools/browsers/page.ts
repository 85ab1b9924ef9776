// Helpers on a page of either browser: puppeteer drives Chromium over CDP and Firefox over
// WebDriver BiDi, with one Page for both.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { SCREENSHOTS_DIR } from './paths.ts';

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextQuery {
  /** Which occurrence, counting from 0, in document order. */
  occurrence?: number;
  /** Search only inside the first element matching this selector. */
  within?: string;
}

/** The viewport box of the `occurrence`-th appearance of `text` in the page's visible text,
 *  even when it runs over several text nodes (`<span>Vla</span><span>dimir</span>`). The text is
 *  scrolled to the middle of the viewport first. */
export async function rectOfText(page: Page, text: string, query: TextQuery = {}): Promise<TextRect> {
  const rect = (await evaluateSource(
    page,
    ([needle, occurrence, within]: [string, number, string | null]) => {
      const root = within ? document.querySelector(within) : document.body;
      if (!root) return `no element matches ${within}`;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = whole.indexOf(needle, at + 1);
        if (at < 0) return `"${needle}" occurs ${i} times, wanted occurrence ${occurrence}`;
      }
      const locate = (offset: number, atEnd: boolean): [Text, number] => {
        let start = 0;
        for (const n of nodes) {
          const end = start + n.data.length;
          if (atEnd ? offset <= end : offset < end) return [n, offset - start];
          start = end;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + needle.length, true));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = range.getClientRects()[0];
      if (!box) return `"${needle}" is not laid out (hidden?)`;
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    [text, query.occurrence ?? 0, query.within ?? null],
  )) as TextRect | string;
  if (typeof rect === 'string') throw new Error(rect);
  return rect;
}

/** Runs `fn(arg)` in the page from its source text. Tools that compile these tests (tsx, vite)
 *  may wrap inner functions in a `__name(...)` helper that exists only in Node; the shim defines
 *  it in the page. `arg` must be JSON. */
export function evaluateSource(page: Page, fn: (arg: never) => unknown, arg: unknown): Promise<unknown> {
  return page.evaluate(`(() => { ${NAME_SHIM} return (${fn.toString()})(${JSON.stringify(arg)}); })()`);
}

/** See evaluateSource: defines the `__name` helper esbuild's keepNames emits. */
export const NAME_SHIM = 'var __name = (f) => f;';

/** Moves the mouse onto the middle of a piece of page text, as a reader resting on a name. */
export async function hoverText(page: Page, text: string, query: TextQuery = {}): Promise<TextRect> {
  const rect = await rectOfText(page, text, query);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}

/** Saves a screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Waits until `predicate` (run in the page) returns a truthy value, and returns it. */
export async function waitForPage<R>(page: Page, predicate: () => R, timeoutMs = 10_000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await evaluateSource(page, predicate, null)) as R;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate.toString()}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
