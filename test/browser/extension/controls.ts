// A page's own controls, worked as a reader works them: the mouse pressed on a control's middle,
// text typed into a field. By raw input events, which reach a tab in the background too:
// puppeteer's element clicks first wait for a frame to see the element in view, and a background
// tab draws none.

import type { ElementHandle, Page } from 'puppeteer-core';
import { sleep } from './page-helpers.ts';

/** The first element `find` gives, once it gives one. */
async function present(
  find: () => Promise<ElementHandle | null>,
  what: string,
  timeoutMs = 10_000,
): Promise<ElementHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Scrolls `element` into the middle of the view and presses the mouse on its middle. */
async function press(page: Page, element: ElementHandle): Promise<void> {
  await element.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const box = await element.boundingBox();
  if (!box) throw new Error('the control is not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Ticks a checkbox, or picks a radio button, by a click when it is not so already. */
export async function setChecked(page: Page, selector: string, checked = true): Promise<void> {
  const input = await present(() => page.$(selector), selector);
  const state = () => input.evaluate((e) => (e as HTMLInputElement).checked);
  if ((await state()) === checked) return;
  await press(page, input);
  if ((await state()) !== checked) throw new Error(`${selector} did not become ${checked ? 'checked' : 'unchecked'}`);
}

/** Clicks the first button named `name` (its aria-label, or else its text), once there is one and
 *  it is enabled. (puppeteer's ARIA selectors wait on the accessibility tree, which a background
 *  tab does not update.) */
export async function clickButton(page: Page, name: string): Promise<void> {
  const button = await present(async () => {
    const found = await page.evaluateHandle((wanted: string) => {
      const named = (e: Element) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ');
      return (
        [...document.querySelectorAll<HTMLButtonElement>('button, [role="button"]')].find(
          (b) => named(b) === wanted && !b.disabled,
        ) ?? null
      );
    }, name);
    return found.asElement() as ElementHandle<Element> | null;
  }, `enabled button "${name}"`);
  await press(page, button);
}

/** Replaces a text field's value as typing would: the field focused, its text selected, the new
 *  text typed over it (the page sees `input` events). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  const field = await present(() => page.$(selector), selector);
  await field.evaluate((e) => {
    (e as HTMLInputElement).focus();
    (e as HTMLInputElement).select();
  });
  await page.keyboard.sendCharacter(value);
}
