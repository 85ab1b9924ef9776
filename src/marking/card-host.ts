// Hosts the hover card in the page: a plain <div data-boi-canh-card> with a closed shadow root, so
// the page's styles and scripts cannot reach in and ours cannot leak out. Not a custom element: a
// page that defines the name first would take the host over (its constructor runs, and our
// attachShadow throws). Every style the host has is inline and !important, from `all: initial`
// up, so no rule of the page's reaches it. The host exists only while a card is shown: with no
// card open, the page's DOM holds nothing of ours.
//
// Two layouts: beside the name (a mouse's card), or a sheet along the bottom of the screen, full
// width, for a card a finger opened (and the next-mention card on a narrow screen).
//
// The host also outlines the mention the card is about, with boxes over its text. Not with a
// highlight: any change to the page's highlight registry makes Chromium repaint every mark (15 ms
// at 2,000 marks) and re-walk the whole layout tree (100 ms on a 200,000-element page), on every
// hover. The card closes when the page scrolls, so the boxes never fall out of place.

import { Fragment, h, render } from 'preact';
import { Card, type CardActions } from './card.tsx';
import { CARD_CSS } from './card-styles.ts';
import { SHEET_CSS, SHEET_MAX_HEIGHT_VAR, type CardLayout } from './sheet-styles.ts';
import type { ActorCard } from '../shared/page-data.ts';
import type { Translate } from '../shared/i18n.ts';
import { CARD_HOST_ATTR } from './own-elements.ts';
import type { Opening } from './taps.ts';

const GAP = 6;
const MARGIN = 4;
/** A phone held upright is narrower than this; a tablet or a desktop window is not. */
export const NARROW_VIEWPORT_PX = 480;
/** On a wide touch screen the sheet keeps a readable line length, centred. */
export const SHEET_MAX_WIDTH_PX = 640;
/** The sheet leaves most of the page in view; its own content scrolls beyond this. */
const SHEET_MAX_SHARE = 0.6;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes: below the name, or above when there is no room below; always inside the
 *  viewport. Pure, so the rule is tested without layout. */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
) {
  let top = anchor.bottom + GAP;
  if (top + card.height > viewport.height - MARGIN && anchor.top - GAP - card.height >= MARGIN) {
    top = anchor.top - GAP - card.height;
  }
  top = Math.max(MARGIN, Math.min(top, viewport.height - card.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}

/** A card a finger opened is a sheet: within a thumb's reach and not under the finger. So is the
 *  next-mention card on a narrow screen. A mouse's card stays beside the name even in a narrow
 *  window: a sheet far from the pointer could not be reached within the close grace (hover.ts). */
export function cardLayout(how: Opening, viewportWidth: number): CardLayout {
  if (how === 'tap') return 'sheet';
  if (how === 'keyboard' && viewportWidth <= NARROW_VIEWPORT_PX) return 'sheet';
  return 'beside';
}

/** The part of the page on screen, in the coordinates of a fixed-position element: the visual
 *  viewport (pinch zoom, a phone's toolbars) where the browser reports it. */
export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The sheet: the width of the visible area (up to SHEET_MAX_WIDTH_PX, centred) on its bottom
 *  edge, never taller than the area. Pure, like placeCard. */
export function placeSheet(area: Area, cardHeight: number): { left: number; top: number; width: number } {
  const width = sheetWidth(area);
  const height = Math.min(cardHeight, area.height);
  return {
    left: Math.round(area.left + (area.width - width) / 2),
    top: Math.round(area.top + area.height - height),
    width: Math.round(width),
  };
}

function sheetWidth(area: Area): number {
  return Math.min(area.width, SHEET_MAX_WIDTH_PX);
}

export function sheetMaxHeight(area: Area): number {
  return Math.round(area.height * SHEET_MAX_SHARE);
}

function visibleArea(view: Window): Area {
  const v = view.visualViewport;
  if (v && v.width > 0 && v.height > 0)
    return { left: v.offsetLeft, top: v.offsetTop, width: v.width, height: v.height };
  return { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private shownId: string | null = null;
  private closer: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly actions: CardActions,
    private readonly onPointer: (inside: boolean) => void,
  ) {}

  get openActorId(): string | null {
    return this.shownId;
  }

  /** True when the event happened inside the card (events from a shadow root are retargeted to
   *  the host, so the host is what the page and we see). */
  isInside(target: EventTarget | null): boolean {
    return this.host !== null && target instanceof Node && this.host.contains(target);
  }

  /** How the sheet's close button closes the card: through whoever opened it (the hover
   *  controller), so its state follows. */
  closeWith(close: () => void): void {
    this.closer = close;
  }

  /** Shows the card, and outlines the mention it is about (`outline`: its boxes on screen). */
  show(card: ActorCard, anchor: Box, how: Opening = 'hover', outline: readonly Box[] = []): void {
    const host = this.ensureHost();
    const view = this.doc.defaultView!;
    const layout = cardLayout(how, view.innerWidth);
    const onClose = layout === 'sheet' ? (this.closer ?? undefined) : undefined;
    const boxes = outline.map((b, i) =>
      h('div', {
        key: i,
        class: 'current-mark',
        style: {
          left: `${b.left}px`,
          top: `${b.top}px`,
          width: `${b.right - b.left}px`,
          height: `${b.bottom - b.top}px`,
        },
      }),
    );
    // Keyed by actor: a hint shown on one card does not carry over to the next.
    render(
      h(Fragment, null, ...boxes, h(Card, { key: card.id, card, t: this.t, actions: this.actions, layout, onClose })),
      this.root!,
    );
    this.shownId = card.id;
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    if (layout === 'sheet') this.placeAsSheet(host, visibleArea(view));
    else this.placeBeside(host, anchor, view);
  }

  private placeBeside(host: HTMLElement, anchor: Box, view: Window): void {
    host.style.removeProperty('width');
    host.style.removeProperty(SHEET_MAX_HEIGHT_VAR);
    setImportant(host, { visibility: 'hidden', left: '0px', top: '0px' });
    const size = host.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
    setImportant(host, { left: `${at.left}px`, top: `${at.top}px`, visibility: 'visible' });
  }

  private placeAsSheet(host: HTMLElement, area: Area): void {
    // Sized first, hidden, so that its height (what the width lets the text wrap to) can be read.
    setImportant(host, {
      visibility: 'hidden',
      left: '0px',
      top: '0px',
      width: `${Math.round(sheetWidth(area))}px`,
      [SHEET_MAX_HEIGHT_VAR]: `${sheetMaxHeight(area)}px`,
    });
    const at = placeSheet(area, host.getBoundingClientRect().height);
    setImportant(host, { left: `${at.left}px`, top: `${at.top}px`, visibility: 'visible' });
  }

  hide(): void {
    if (!this.host) return;
    if (this.root) render(null, this.root);
    this.host.remove();
    this.shownId = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host) return this.host;
    const host = this.doc.createElement('div');
    host.setAttribute(CARD_HOST_ATTR, '');
    // `all` first: the longhands after it override what it reset.
    setImportant(host, {
      all: 'initial',
      position: 'fixed',
      'z-index': '2147483647',
      display: 'block',
      margin: '0',
      padding: '0',
    });
    const root = host.attachShadow({ mode: 'closed' });
    adoptCss(root, CARD_CSS + SHEET_CSS);
    host.addEventListener('mouseenter', () => this.onPointer(true));
    host.addEventListener('mouseleave', () => this.onPointer(false));
    this.host = host;
    this.root = root;
    return host;
  }
}

/** A constructed stylesheet is not subject to the page's CSP style-src; <style> is the fallback. */
function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
