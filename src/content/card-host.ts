// Hosts the hover card in the page: a plain <div data-boi-canh-card> with a closed shadow root, so
// the page's styles and scripts cannot reach in and ours cannot leak out. Not a custom element: a
// page that defines the name first would take the host over (its constructor runs, and our
// attachShadow throws). Every style the host has is inline and !important, from `all: initial`
// up, so no rule of the page's reaches it. The host exists only while a card is shown: with no
// card open, the page's DOM holds nothing of ours.

import { h, render } from 'preact';
import { Card, type CardActions } from '../ui/card.tsx';
import { CARD_CSS } from '../ui/card-styles.ts';
import type { ActorCard } from '../shared/messages.ts';
import type { Translate } from '../shared/i18n.ts';
import { CARD_HOST_ATTR } from './text-nodes.ts';

const GAP = 6;
const MARGIN = 4;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes: below the name, or above when there is no room below; always inside the
 *  viewport. Pure, so the rule is tested without layout. */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  let top = anchor.bottom + GAP;
  if (top + card.height > viewport.height - MARGIN && anchor.top - GAP - card.height >= MARGIN) {
    top = anchor.top - GAP - card.height;
  }
  top = Math.max(MARGIN, Math.min(top, viewport.height - card.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private shownId: string | null = null;

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

  show(card: ActorCard, anchor: Box): void {
    const host = this.ensureHost();
    // Keyed by actor: a hint shown on one card does not carry over to the next.
    render(h(Card, { key: card.id, card, t: this.t, actions: this.actions }), this.root!);
    this.shownId = card.id;
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    setImportant(host, { visibility: 'hidden', left: '0px', top: '0px' });
    const size = host.getBoundingClientRect();
    const view = this.doc.defaultView!;
    const at = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
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
    setImportant(host, { all: 'initial', position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0' });
    const root = host.attachShadow({ mode: 'closed' });
    adoptCss(root, CARD_CSS);
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
