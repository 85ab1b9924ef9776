// In-page probes for the extension tests: they run in the page's main world, which shares the
// document's highlight registry with the content script.

import type { Page } from 'puppeteer-core';
import { evaluateSource, hoverText, type TextQuery } from '../../../tools/browsers/index.ts';
import type { Box, CardInfo, Driver } from './drivers.ts';

/** One registered mark: its highlight name (boi-canh-person...) and text. */
export interface RegisteredMark {
  name: string;
  text: string;
}

/**
 * Every mark of the page, in document order. The painter registers the reader's private marks
 * (their additions, remembered people) only while on screen, so this scrolls the page through, a
 * screen a step, gathering what is registered at each stop, then scrolls back: what a reader
 * scrolling the article sees.
 * The waiting is done here, not in the page: a hostile page may have broken its own timers.
 */
export async function registeredMarks(page: Page, within?: string): Promise<RegisteredMark[]> {
  const { height, screen, start } = (await evaluateSource(
    page,
    () => ({ height: document.documentElement.scrollHeight, screen: innerHeight, start: scrollY }),
    null,
  )) as { height: number; screen: number; start: number };
  const seen = new Map<string, PlacedMark>();
  const gather = async (top: number | null) => {
    for (const m of (await evaluateSource(page, placedMarks, {
      top,
      within: within ?? null,
      boxes: false,
    })) as PlacedMark[])
      seen.set(m.key, m);
  };
  await gather(null);
  for (let top = 0; top < height; top += screen) {
    await gather(top);
    // The observer reports after the next rendering update: a few frames.
    await sleep(60);
    await gather(null);
  }
  await gather(start);
  return [...seen.values()]
    .sort((a, b) => a.node - b.node || a.offset - b.offset)
    .map(({ name, text }) => ({ name, text }));
}

export interface PlacedMark extends RegisteredMark {
  /** The mark's text node, as its index in the document's text nodes (-1 when the page has taken
   *  the node out of the document), and its offset there. */
  node: number;
  offset: number;
  key: string;
  /** The mark's boxes on screen, when asked for. */
  boxes?: Box[];
}

interface PlacedMarksQuery {
  /** Where to scroll first; null stays put. */
  top: number | null;
  /** Only marks whose text starts under an element matching this selector. */
  within: string | null;
  boxes: boolean;
}

/** In the page: scrolls to `top` (when given), then lists the registered marks with their place.
 *  The one probe of the registry that the suites share: ours only, which leaves out the highlight
 *  names of the reader's current mark and the panel's flash. */
function placedMarks({ top, within, boxes }: PlacedMarksQuery): PlacedMark[] {
  if (top !== null) scrollTo({ top, behavior: 'instant' });
  const index = new Map<Node, number>();
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
  const out: PlacedMark[] = [];
  // forEach, not get(): in Firefox the page sees the content script's entries only this way.
  (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
    if (!name.startsWith('boi-canh-') || name === 'boi-canh-current' || name === 'boi-canh-flash') return;
    h.forEach((r) => {
      if (within && !r.startContainer.parentElement?.closest(within)) return;
      const node = index.get(r.startContainer) ?? -1;
      const mark: PlacedMark = {
        name,
        text: r.toString(),
        node,
        offset: r.startOffset,
        key: `${node}:${r.startOffset}:${name}`,
      };
      if (boxes)
        mark.boxes = [...r.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
      out.push(mark);
    });
  });
  return out;
}

/** Every highlighted text, by highlight name (boi-canh-person, boi-canh-state...). */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name, text } of await registeredMarks(page)) (out[name] ??= []).push(text);
  return out;
}

/** The marks registered right now, with no scrolling (private marks only near the screen), under
 *  `within` when given, with their boxes when asked. */
export function marksNow(
  page: Page,
  { within, boxes }: { within?: string; boxes?: boolean } = {},
): Promise<PlacedMark[]> {
  return evaluateSource(page, placedMarks, { top: null, within: within ?? null, boxes: boxes ?? false }) as Promise<
    PlacedMark[]
  >;
}

/** The highlighted texts registered right now, with no scrolling. */
export async function registeredNow(page: Page): Promise<string[]> {
  return (await marksNow(page)).map((m) => m.text);
}

/** Whether our highlight rules are in force in the page: the colour the page computes for a
 *  person's mark in the default style is ours (transparent when no rule paints the marks). */
export async function highlightRulesInForce(page: Page): Promise<boolean> {
  const colour = await evaluateSource(
    page,
    () => getComputedStyle(document.documentElement, '::highlight(boi-canh-person)').backgroundColor,
    null,
  );
  return /^rgba\(31, 111, 235, 0\.1\d*\)$/.test(String(colour));
}

export function allTexts(marks: Record<string, string[]>): string[] {
  return Object.values(marks).flat();
}

/** Waits until the page has marks (or `timeoutMs` passes) and returns them. */
export async function waitForMarks(page: Page, timeoutMs = 15_000): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await registeredNow(page)).length) return highlightTexts(page);
    if (Date.now() > deadline) throw new Error(`no marks after ${timeoutMs} ms`);
    await sleep(150);
  }
}

/** Highlighted texts inside elements matching `selector` (should be none for non-story boxes). */
export async function marksInside(page: Page, selector: string): Promise<string[]> {
  return (await registeredMarks(page, selector)).map((m) => m.text);
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Moves the pointer off every name, then waits for any card to close. */
export async function pointerAway(driver: Driver, page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await waitForCard(driver, page, false);
}

export async function waitForCard(driver: Driver, page: Page, open: true, timeoutMs?: number): Promise<CardInfo>;
export async function waitForCard(driver: Driver, page: Page, open: false, timeoutMs?: number): Promise<null>;
export async function waitForCard(
  driver: Driver,
  page: Page,
  open: boolean,
  timeoutMs = 4000,
): Promise<CardInfo | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await driver.card(page);
    if (open ? card : !card) return card;
    if (Date.now() > deadline) throw new Error(open ? 'no card opened' : `card still open: ${card?.label}`);
    await sleep(100);
  }
}

/** Rests the pointer on a piece of text and returns the card that opens. */
export async function cardOn(driver: Driver, page: Page, text: string, query: TextQuery = {}): Promise<CardInfo> {
  await pointerAway(driver, page);
  await hoverText(page, text, query);
  return waitForCard(driver, page, true);
}

/** Rests the pointer on a piece of text and checks that no card opens (waits past the delay). */
export async function noCardOn(driver: Driver, page: Page, text: string, query: TextQuery = {}): Promise<boolean> {
  await pointerAway(driver, page);
  await hoverText(page, text, query);
  await sleep(900);
  return (await driver.card(page)) === null;
}

/** Rests the pointer on the mark painted as `kind` over exactly `text` (the first such, in the
 *  highlight's order) and returns the card that opens: hovering the mark itself, not the first
 *  place the text occurs, which may be a menu or a box the extension rightly leaves alone. */
export async function cardOnMark(driver: Driver, page: Page, kind: string, text: string): Promise<CardInfo> {
  await pointerAway(driver, page);
  const rect = (await evaluateSource(
    page,
    ([name, needle]: [string, string]) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const range = [...(registry?.get(name) ?? [])].find((r) => r.toString() === needle);
      if (!range) return `no ${name} mark on "${needle}"`;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = range.getClientRects()[0];
      return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : `"${needle}" is not laid out`;
    },
    [`boi-canh-${kind}`, text],
  )) as { x: number; y: number; width: number; height: number } | string;
  if (typeof rect === 'string') throw new Error(rect);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return waitForCard(driver, page, true);
}
