// In-page probes for the extension tests: they run in the page's main world, which shares the
// document's highlight registry with the content script.

import { evaluateSource, hoverText, type AnyPage, type TextQuery } from '../harness/index.ts';
import type { CardInfo, Driver } from './drivers.ts';

/** Every highlighted text, by highlight name (boi-canh-person, boi-canh-state...). */
export async function highlightTexts(page: AnyPage): Promise<Record<string, string[]>> {
  return (await evaluateSource(
    page,
    () => {
      const out: Record<string, string[]> = {};
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      if (!registry) return out;
      registry.forEach((h, name) => {
        if (name.startsWith('boi-canh-') && name !== 'boi-canh-current') out[name] = [...h].map((r) => r.toString());
      });
      return out;
    },
    null,
  )) as Record<string, string[]>;
}

export function allTexts(marks: Record<string, string[]>): string[] {
  return Object.values(marks).flat();
}

/** Waits until the page has marks (or `timeoutMs` passes) and returns them. */
export async function waitForMarks(page: AnyPage, timeoutMs = 15_000): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const marks = await highlightTexts(page);
    if (allTexts(marks).length) return marks;
    if (Date.now() > deadline) throw new Error(`no marks after ${timeoutMs} ms`);
    await sleep(150);
  }
}

/** Highlighted texts inside elements matching `selector` (should be none for non-story boxes). */
export async function marksInside(page: AnyPage, selector: string): Promise<string[]> {
  return (await evaluateSource(
    page,
    (sel: string) => {
      const found: string[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      registry?.forEach((h) => {
        for (const r of h) {
          const el = r.startContainer.parentElement;
          if (el?.closest(sel)) found.push(r.toString());
        }
      });
      return found;
    },
    selector,
  )) as string[];
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Moves the pointer off every name, then waits for any card to close. */
export async function pointerAway(driver: Driver, page: AnyPage): Promise<void> {
  await page.mouse.move(2, 2);
  await waitForCard(driver, page, false);
}

export async function waitForCard(driver: Driver, page: AnyPage, open: true, timeoutMs?: number): Promise<CardInfo>;
export async function waitForCard(driver: Driver, page: AnyPage, open: false, timeoutMs?: number): Promise<null>;
export async function waitForCard(driver: Driver, page: AnyPage, open: boolean, timeoutMs = 4000): Promise<CardInfo | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await driver.card(page);
    if (open ? card : !card) return card;
    if (Date.now() > deadline) throw new Error(open ? 'no card opened' : `card still open: ${card?.label}`);
    await sleep(100);
  }
}

/** Rests the pointer on a piece of text and returns the card that opens. */
export async function cardOn(driver: Driver, page: AnyPage, text: string, query: TextQuery = {}): Promise<CardInfo> {
  await pointerAway(driver, page);
  await hoverText(page, text, query);
  return waitForCard(driver, page, true);
}

/** Rests the pointer on a piece of text and checks that no card opens (waits past the delay). */
export async function noCardOn(driver: Driver, page: AnyPage, text: string, query: TextQuery = {}): Promise<boolean> {
  await pointerAway(driver, page);
  await hoverText(page, text, query);
  await sleep(900);
  return (await driver.card(page)) === null;
}

/** Rests the pointer on the mark painted as `kind` over exactly `text` (the first such, in the
 *  highlight's order) and returns the card that opens: hovering the mark itself, not the first
 *  place the text occurs, which may be a menu or a box the extension rightly leaves alone. */
export async function cardOnMark(driver: Driver, page: AnyPage, kind: string, text: string): Promise<CardInfo> {
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
