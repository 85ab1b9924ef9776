// @vitest-environment happy-dom
// The card on a phone: when it is a sheet, where the sheet goes, and what the sheet shows (a close
// button; every button a thumb's size is checked in the real browsers, which lay out:
// test/browser/extension/touch-suite.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cardLayout,
  NARROW_VIEWPORT_PX,
  placeSheet,
  SHEET_MAX_WIDTH_PX,
  sheetMaxHeight,
} from '../../../src/marking/card-host.ts';
import { Card } from '../../../src/marking/card.tsx';
import { SHEET_CSS } from '../../../src/marking/sheet-styles.ts';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';
import type { ActorCard } from '../../../src/shared/page-data.ts';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;
const tVi = translateFrom(messages('vi'));
const tEn = translateFrom(messages('en'));

const PHONE = { left: 0, top: 0, width: 360, height: 800 };

describe('which layout a card gets', () => {
  it('a tap opens a sheet, on a phone and on a wide touch screen', () => {
    expect(cardLayout('tap', 360)).toBe('sheet');
    expect(cardLayout('tap', 1280)).toBe('sheet');
  });

  it('next-mention opens a sheet on a narrow screen only', () => {
    expect(cardLayout('keyboard', NARROW_VIEWPORT_PX)).toBe('sheet');
    expect(cardLayout('keyboard', NARROW_VIEWPORT_PX + 1)).toBe('beside');
  });

  it('a mouse’s card stays beside the name, even in a narrow window (the pointer must reach it)', () => {
    expect(cardLayout('hover', 360)).toBe('beside');
    expect(cardLayout('hover', 1280)).toBe('beside');
  });
});

describe('where the sheet goes', () => {
  it('the full width of a phone, on the bottom edge', () => {
    expect(placeSheet(PHONE, 300)).toEqual({ left: 0, top: 500, width: 360 });
  });

  it('never taller than the screen, never above its top', () => {
    expect(placeSheet(PHONE, 2000)).toEqual({ left: 0, top: 0, width: 360 });
    expect(sheetMaxHeight(PHONE)).toBe(480);
  });

  it('centred at a readable width on a wide touch screen', () => {
    expect(placeSheet({ left: 0, top: 0, width: 1280, height: 800 }, 300)).toEqual({
      left: (1280 - SHEET_MAX_WIDTH_PX) / 2,
      top: 500,
      width: SHEET_MAX_WIDTH_PX,
    });
  });

  it('inside the part of the page on screen when the reader has zoomed in', () => {
    // Pinch-zoomed: the visible area is a smaller box inside the layout viewport.
    expect(placeSheet({ left: 40.4, top: 300.2, width: 180, height: 400 }, 150)).toEqual({
      left: 40,
      top: 550,
      width: 180,
    });
  });
});

const NGA: ActorCard = {
  id: 'russia',
  type: 'state',
  name: 'Nga',
  latin: 'Russia',
  description: { vi: 'Liên bang Nga', en: 'Russian Federation' },
  storyCount: 6,
};

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(props: Partial<Parameters<typeof Card>[0]> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(<Card card={NGA} t={tVi} actions={{ openPanel: vi.fn() }} {...props} />, host);
  const root = host.querySelector('.card')!;
  return { root, buttons: [...root.querySelectorAll('button')] };
}

describe('the card as a sheet', () => {
  it('says it is a sheet and has a close button, in Vietnamese first', () => {
    const onClose = vi.fn();
    const { root, buttons } = show({ layout: 'sheet', onClose });
    expect(root.getAttribute('data-layout')).toBe('sheet');
    expect(buttons.map((b) => b.textContent)).toEqual(['Mở bảng bên', 'Đóng']);
    buttons[1]!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('in English', () => {
    const { buttons } = show({ layout: 'sheet', onClose: vi.fn(), t: tEn });
    expect(buttons.map((b) => b.textContent)).toEqual(['Open side panel', 'Close']);
  });

  it('beside the name, as before: no close button (moving away closes it)', () => {
    const { root, buttons } = show();
    expect(root.getAttribute('data-layout')).toBe('beside');
    expect(buttons.map((b) => b.textContent)).toEqual(['Mở bảng bên']);
  });

  it('the sheet’s style sheet gives every button a thumb’s height', () => {
    expect(SHEET_CSS).toMatch(/\.card\[data-layout="sheet"\] button \{[^}]*min-height: 44px/);
    expect(SHEET_CSS).toMatch(/button\.country-link \{[^}]*min-height: 44px/);
  });
});
