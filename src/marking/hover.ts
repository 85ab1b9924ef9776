// The pointer resting on a marked name opens its card; the pointer may travel into the card; the
// card closes on leaving, on Esc and on scroll. The manners are those readers know from Wikipedia's
// page previews: a short delay before opening, a grace period before closing, no stolen focus.
//
// A finger (or a pen on the glass) taps instead: a tap on a name opens its card at once, as a sheet
// at the bottom of the screen, and the tap goes no further (a link around the name is followed on a
// second tap); a tap elsewhere or a scroll closes it. The rules are in taps.ts. Pointer Events tell
// the two apart, so a laptop with a touch screen gets both.
//
// Hit-testing asks the browser which character is under the pointer (caretPositionFromPoint, or
// WebKit's caretRangeFromPoint) and then checks that the pointer is really over the mark's boxes:
// the caret APIs snap to the nearest character even when the pointer is in a margin.

import type { MarkIndex, PageMark } from './map-back.ts';
import type { MarkPainter } from './marks.ts';
import type { Box, CardHost } from './card-host.ts';
import { guarded, now, timeout } from './scheduler.ts';
import {
  clickAction,
  clickPointerType,
  hovers,
  isTap,
  pressAfterMove,
  pressOf,
  tapOutcome,
  tapsWith,
  type DecidedTap,
  type Opening,
  type Press,
} from './taps.ts';

export const OPEN_DELAY_MS = 350;
export const CLOSE_GRACE_MS = 300;
const MOVE_THROTTLE_MS = 40;
/** A finger is not a pixel: a tap this close to a name's box is on it. */
const TAP_REACH_PX = 6;
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

/** The box of `range` under (x, y), give or take `reach` pixels, if any. */
export function boxUnder(range: Range, x: number, y: number, reach = 1): Box | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - reach && x <= r.right + reach && y >= r.top - reach && y <= r.bottom + reach) return r;
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
  private openedBy: Opening | null = null;
  private ownScrollUntil = 0;
  /** The finger or pen on the screen, while it may still be a tap. */
  private press: Press | null = null;
  /** The card open when that finger came down: a tap on its name is the second tap. */
  private openAtPress: PageMark | null = null;
  /** Every pointer's last press, to tell which one a click came from. */
  private lastPress: { pointerType: string; x: number; y: number; at: number } | null = null;
  private lastTap: DecidedTap | null = null;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  constructor(private readonly deps: HoverDeps) {}

  start(): void {
    const win = this.deps.doc.defaultView!;
    // Pointer events, not mouse events: a tap also sends mouse events (mousemove, click), which
    // must not count as a pointer resting on a name.
    this.listen(win, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), { capture: true, passive: true });
    this.listen(win, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent), { capture: true, passive: true });
    this.listen(win, 'pointerup', (e) => this.onPointerUp(e as PointerEvent), { capture: true, passive: true });
    this.listen(win, 'pointercancel', () => (this.press = null), { capture: true, passive: true });
    // Not passive: the click of a tap that opened a card is cancelled, so a link is not followed.
    this.listen(win, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.listen(win, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    this.listen(win, 'scroll', () => this.onScroll(), { capture: true, passive: true });
    // A phone turned on its side: the card was placed for a screen that is gone.
    this.listen(win, 'resize', () => this.close(), { passive: true });
    this.listen(this.deps.doc.documentElement, 'mouseleave', () => this.scheduleClose(), { passive: true });
    this.deps.cards.closeWith(() => this.close());
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

  /** The card's host reports the pointer entering or leaving the card. A card a finger opened
   *  stays until a tap elsewhere: the mouse events a tap also sends say nothing of a pointer
   *  travelling. */
  pointerInCard(inside: boolean): void {
    if (this.openedBy === 'tap') return;
    if (inside) this.cancelClose();
    else this.scheduleClose();
  }

  /** Opens `mark`'s card at once (keyboard: next-mention). */
  openNow(mark: PageMark, ownScroll: boolean): void {
    if (ownScroll) this.ownScrollUntil = now() + OWN_SCROLL_MS;
    const box = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.open(mark, box, 'keyboard');
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
    this.openedBy = null;
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

  private onPointerMove(e: PointerEvent): void {
    if (hovers(e.pointerType, e.buttons)) this.onMove(e);
    else this.press = pressAfterMove(this.press, { pointerId: e.pointerId, x: e.clientX, y: e.clientY, at: now() });
  }

  private onPointerDown(e: PointerEvent): void {
    const at = now();
    this.lastPress = { pointerType: e.pointerType, x: e.clientX, y: e.clientY, at };
    this.press = pressOf({
      pointerId: e.pointerId,
      pointerType: e.pointerType,
      isPrimary: e.isPrimary,
      x: e.clientX,
      y: e.clientY,
      at,
    });
    this.openAtPress = this.openMark;
  }

  /** A finger or a pen lifted: if it was a tap, act now, not at the click that follows. A browser
   *  may make no click of it (a page that cancels touchend, a test driver's touches), and the card
   *  should open all the same. */
  private onPointerUp(e: PointerEvent): void {
    const press = this.press;
    this.press = null;
    if (!press) return;
    // A long press or a drag is the browser's ('leave'): a click it makes on lifting (Chromium
    // does, after a long press) must not be taken for a tap we missed.
    const tapped = isTap(press, { pointerId: e.pointerId, x: e.clientX, y: e.clientY, at: now() });
    this.lastTap = {
      x: e.clientX,
      y: e.clientY,
      at: now(),
      outcome: tapped ? this.tap(e.clientX, e.clientY, e.target) : 'leave',
    };
  }

  private onClick(e: MouseEvent): void {
    const click = { pointerType: (e as Partial<PointerEvent>).pointerType, x: e.clientX, y: e.clientY, at: now() };
    if (!tapsWith(clickPointerType(click, this.lastPress))) return;
    const action = clickAction(click, this.lastTap);
    this.lastTap = null;
    if (action === 'cancel') e.preventDefault();
    // The browser saw a tap where we saw none (its slop is wider than ours): the click is the tap.
    else if (action === 'decide' && this.tap(e.clientX, e.clientY, e.target) === 'open') e.preventDefault();
  }

  /** Acts on a tap at (x, y) and says what it did. */
  private tap(x: number, y: number, target: EventTarget | null): 'open' | 'close' | 'leave' {
    this.x = x;
    this.y = y;
    const inCard = this.deps.cards.isInside(target);
    const enabled = this.deps.enabled();
    const hit = inCard || !enabled ? null : this.markUnderPointer(TAP_REACH_PX);
    const outcome = tapOutcome({
      enabled,
      inCard,
      onMark: hit !== null,
      markWasOpen: hit !== null && hit.mark === this.openAtPress && hit.mark === this.openMark,
      cardOpen: this.openMark !== null,
    });
    if (outcome === 'open') {
      this.cancelPending();
      this.open(hit!.mark, hit!.box, 'tap');
    } else if (outcome === 'close') this.close();
    return outcome;
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

  private markUnderPointer(reach = 1): { mark: PageMark; box: Box } | null {
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
      const box = mark && boxUnder(mark.range, this.x, this.y, reach);
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
    this.pending = {
      mark,
      timer: timeout(() => this.open(mark, box, 'hover'), this.deps.openDelay?.() ?? OPEN_DELAY_MS),
    };
  }

  private open(mark: PageMark, box: Box, how: Opening): void {
    this.pending = null;
    this.cancelClose();
    this.openMark = mark;
    this.openedBy = how;
    // The card host outlines the mention: the highlight registry stays still (card-host.ts).
    this.deps.cards.show(mark.card, box, how, [...mark.range.getClientRects()]);
  }

  private scheduleClose(): void {
    // A card a finger opened is closed by a tap elsewhere, a scroll or Esc, not by a pointer
    // wandering off (a hybrid laptop's mouse, the mouse events of the tap itself).
    if (!this.openMark || this.closeTimer || this.openedBy === 'tap') return;
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
