// What a finger or a pen does to the marks, decided apart from the DOM so every rule is tested in
// Node (test/unit/marking/taps.test.ts). The hover controller (hover.ts) feeds it the pointer
// events and acts on the answers.
//
// The manners are a phone's: a tap on a marked name opens its card and does nothing else (a link
// around the name is not followed); a second tap on the same name, its card open, does what the page
// would do; a tap anywhere else closes the card and does what the page would do; a long press, a
// drag or a scroll is no tap and is left to the browser. A mouse, and a pen held above the screen,
// keep the hover manners: resting on a name opens its card.

/** How a card came to open: resting a pointer on a name, tapping it, or the next-mention command. */
export type Opening = 'hover' | 'tap' | 'keyboard';

/** A finger or a pen touching the screen taps; a mouse clicks. */
export function tapsWith(pointerType: string): boolean {
  return pointerType === 'touch' || pointerType === 'pen';
}

/** Whether a pointer move is a pointer resting on the page: a mouse (or a browser that does not
 *  say: '' ), or a pen held above the screen. A finger on the glass is dragging or scrolling. */
export function hovers(pointerType: string, buttons: number): boolean {
  if (pointerType === 'touch') return false;
  if (pointerType === 'pen') return buttons === 0;
  return true;
}

/** Beyond this distance a press is a drag, not a tap. Phones use about this much (Android's touch
 *  slop is 8 dp). */
export const TAP_SLOP_PX = 10;
/** Longer than this is a long press: the browser's (text selection, the context menu). */
export const LONG_PRESS_MS = 500;
/** A click this soon after a tap, this close to it, is the browser's click for that tap. */
export const CLICK_AFTER_TAP_MS = 800;
export const CLICK_NEAR_TAP_PX = 30;

export interface Press {
  pointerId: number;
  pointerType: string;
  x: number;
  y: number;
  at: number;
  /** Moved beyond TAP_SLOP_PX since it went down. */
  moved: boolean;
}

export interface PointerPoint {
  pointerId: number;
  x: number;
  y: number;
  at: number;
}

/** A press starts a possible tap: only the first finger, or a pen, touching the screen. */
export function pressOf(e: {
  pointerId: number;
  pointerType: string;
  isPrimary: boolean;
  x: number;
  y: number;
  at: number;
}): Press | null {
  if (!tapsWith(e.pointerType) || !e.isPrimary) return null;
  return { pointerId: e.pointerId, pointerType: e.pointerType, x: e.x, y: e.y, at: e.at, moved: false };
}

const far = (a: { x: number; y: number }, b: { x: number; y: number }, px: number) =>
  Math.hypot(a.x - b.x, a.y - b.y) > px;

/** The press after a move of its pointer: marked as moved once it strays beyond the slop. */
export function pressAfterMove(press: Press | null, move: PointerPoint): Press | null {
  if (!press || press.pointerId !== move.pointerId || press.moved) return press;
  return far(press, move, TAP_SLOP_PX) ? { ...press, moved: true } : press;
}

/** Whether lifting the pointer at `up` ends `press` as a tap: the same pointer, short, not moved. */
export function isTap(press: Press | null, up: PointerPoint): boolean {
  return (
    press !== null &&
    press.pointerId === up.pointerId &&
    !press.moved &&
    !far(press, up, TAP_SLOP_PX) &&
    up.at - press.at <= LONG_PRESS_MS
  );
}

/** What a tap does. Only 'open' keeps the page from acting on the tap (its click is cancelled). */
export type TapOutcome = 'open' | 'close' | 'leave';

export interface TapScene {
  /** Marks are on and shown (not switched off for the site or the page). */
  enabled: boolean;
  /** The tap landed in our card (its buttons are the card's business). */
  inCard: boolean;
  /** The tap landed on a marked name. */
  onMark: boolean;
  /** That name's card was already open when the finger came down. */
  markWasOpen: boolean;
  /** Some card is open. */
  cardOpen: boolean;
}

export function tapOutcome(s: TapScene): TapOutcome {
  if (s.inCard) return 'leave';
  if (s.enabled && s.onMark) return s.markWasOpen ? 'leave' : 'open';
  return s.cardOpen ? 'close' : 'leave';
}

/** The last tap we acted on, to recognise the click the browser makes of it. */
export interface DecidedTap {
  x: number;
  y: number;
  at: number;
  outcome: TapOutcome;
}

export interface ClickPoint {
  /** The click's own pointerType (a click is a PointerEvent in current browsers); '' or undefined
   *  where the browser does not say (a keyboard's click, an older browser). */
  pointerType: string | undefined;
  x: number;
  y: number;
  at: number;
}

/** Whether `click` is the browser's click for `tap`. */
export function clickOfTap(click: ClickPoint, tap: DecidedTap | null): boolean {
  return tap !== null && click.at - tap.at <= CLICK_AFTER_TAP_MS && !far(click, tap, CLICK_NEAR_TAP_PX);
}

/** Which pointer made a click: its own pointerType where the browser gives one, else the press
 *  that just ended at the same place (a browser whose clicks are plain MouseEvents). */
export function clickPointerType(
  click: ClickPoint,
  lastPress: { pointerType: string; x: number; y: number; at: number } | null,
): string {
  if (click.pointerType) return click.pointerType;
  if (
    lastPress &&
    click.at - lastPress.at <= CLICK_AFTER_TAP_MS + LONG_PRESS_MS &&
    !far(click, lastPress, CLICK_NEAR_TAP_PX)
  ) {
    return lastPress.pointerType;
  }
  return '';
}

/** What to do with a click made by a finger or a pen: the answer for its tap when we saw the tap
 *  (we acted at pointerup; the click only needs cancelling or not), or 'decide' when the browser
 *  saw a tap we did not (its slop is wider than ours): then the click is the tap. */
export function clickAction(click: ClickPoint, tap: DecidedTap | null): 'cancel' | 'let' | 'decide' {
  if (!clickOfTap(click, tap)) return 'decide';
  return tap!.outcome === 'open' ? 'cancel' : 'let';
}
