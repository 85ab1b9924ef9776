// The pointer resting on a marked name opens its card; the pointer may travel into the card; the
// card closes on leaving, on Esc and on scroll. The manners are those readers know from Wikipedia's
// page previews: a short delay before opening, a grace period before closing, no stolen focus.
//
// Hit-testing asks the browser which character is under the pointer (caretPositionFromPoint, or
// WebKit's caretRangeFromPoint) and then checks that the pointer is really over the mark's boxes:
// the caret APIs snap to the nearest character even when the pointer is in a margin.

import type { MarkIndex, PageMark } from './map-back.ts';
import type { MarkPainter } from './marks.ts';
import type { Box, CardHost } from './card-host.ts';
import { guarded, now, timeout } from './scheduler.ts';

export const OPEN_DELAY_MS = 350;
export const CLOSE_GRACE_MS = 300;
const MOVE_THROTTLE_MS = 40;
/** Our own scrolling (next-mention) must not close the card it is about to open. */
const OWN_SCROLL_MS = 600;

const clear = clearTimeout.bind(globalThis);

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The box of `range` under (x, y), if any. */
export function boxUnder(range: Range, x: number, y: number): Box | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

export interface HoverDeps {
  doc: Document;
  index: () => MarkIndex | null;
  painter: Pick<MarkPainter, 'setCurrent' | 'markAround'>;
  cards: CardHost;
  enabled: () => boolean;
  /** The reader's hover delay (options page); OPEN_DELAY_MS when not given. */
  openDelay?: () => number;
}

export class HoverController {
  private x = 0;
  private y = 0;
  private target: EventTarget | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private pending: { mark: PageMark; timer: ReturnType<typeof setTimeout> } | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private openMark: PageMark | null = null;
  private ownScrollUntil = 0;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  constructor(private readonly deps: HoverDeps) {}

  start(): void {
    const win = this.deps.doc.defaultView!;
    this.listen(win, 'mousemove', (e) => this.onMove(e as MouseEvent), { capture: true, passive: true });
    this.listen(win, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    this.listen(win, 'scroll', () => this.onScroll(), { capture: true, passive: true });
    this.listen(this.deps.doc.documentElement, 'mouseleave', () => this.scheduleClose(), { passive: true });
    // A card open when an element enters or leaves fullscreen would stay behind the fullscreen
    // element (the top layer), invisible but open, placed for a layout that is gone. Closed; the
    // next hover opens it inside the fullscreen element (card-host.ts).
    this.listen(this.deps.doc, 'fullscreenchange', () => this.close(), { passive: true });
  }

  stop(): void {
    for (const [t, type, fn, o] of this.listeners) t.removeEventListener(type, fn, o);
    this.listeners.length = 0;
    this.close();
  }

  /** The card's host reports the pointer entering or leaving the card. */
  pointerInCard(inside: boolean): void {
    if (inside) this.cancelClose();
    else this.scheduleClose();
  }

  /** Opens `mark`'s card at once (keyboard: next-mention). */
  openNow(mark: PageMark, ownScroll: boolean): void {
    if (ownScroll) this.ownScrollUntil = now() + OWN_SCROLL_MS;
    const box = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.open(mark, box);
  }

  /** The mark under the viewport point (x, y), if any: the context menu asks which name it is on. */
  markAt(x: number, y: number): PageMark | null {
    this.x = x;
    this.y = y;
    return this.markUnderPointer()?.mark ?? null;
  }

  get openActorId(): string | null {
    return this.openMark?.actorId ?? null;
  }

  close(): void {
    this.cancelPending();
    this.cancelClose();
    if (!this.openMark) return;
    this.openMark = null;
    this.deps.cards.hide();
    this.deps.painter.setCurrent(null);
  }

  private listen(t: EventTarget, type: string, fn: EventListener, o: AddEventListenerOptions): void {
    // Our handlers never throw into the page's event dispatch, and only the reader's own input
    // counts: an event the page dispatches itself (isTrusted false) opens and closes nothing.
    const safe: EventListener = guarded('hover', (e: Event) => {
      if (e.isTrusted) fn(e);
    });
    t.addEventListener(type, safe, o);
    this.listeners.push([t, type, safe, o]);
  }

  private onMove(e: MouseEvent): void {
    this.x = e.clientX;
    this.y = e.clientY;
    this.target = e.target;
    this.checkTimer ??= timeout(() => {
      this.checkTimer = null;
      this.check();
    }, MOVE_THROTTLE_MS);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.openMark) this.close();
  }

  private onScroll(): void {
    if (now() < this.ownScrollUntil) return;
    this.close();
  }

  private markUnderPointer(): { mark: PageMark; box: Box } | null {
    const index = this.deps.index();
    if (!index) return null;
    const caret = caretAt(this.deps.doc, this.x, this.y);
    if (!caret) return null;
    const candidates = [
      index.at(caret.node, caret.offset),
      caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : null,
      this.deps.painter.markAround(caret.node),
    ];
    for (const mark of candidates) {
      const box = mark && boxUnder(mark.range, this.x, this.y);
      if (mark && box) return { mark, box };
    }
    return null;
  }

  private check(): void {
    if (!this.deps.enabled()) return;
    if (this.deps.cards.isInside(this.target)) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    const hit = this.markUnderPointer();
    if (!hit) {
      this.cancelPending();
      this.scheduleClose();
      return;
    }
    this.cancelClose();
    if (hit.mark === this.openMark || hit.mark === this.pending?.mark) return;
    this.cancelPending();
    const { mark, box } = hit;
    this.pending = { mark, timer: timeout(() => this.open(mark, box), this.deps.openDelay?.() ?? OPEN_DELAY_MS) };
  }

  private open(mark: PageMark, box: Box): void {
    this.pending = null;
    this.cancelClose();
    this.openMark = mark;
    this.deps.cards.show(mark.card, box);
    this.deps.painter.setCurrent(mark);
  }

  private scheduleClose(): void {
    if (!this.openMark || this.closeTimer) return;
    this.closeTimer = timeout(() => {
      this.closeTimer = null;
      this.close();
    }, CLOSE_GRACE_MS);
  }

  private cancelPending(): void {
    if (this.pending) clear(this.pending.timer);
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer) clear(this.closeTimer);
    this.closeTimer = null;
  }
}
