// The phone's manners, decided apart from the DOM (src/marking/taps.ts): which pointer moves are a
// pointer resting on a name, which presses are taps, what a tap does, and which clicks are a tap's
// own (to be cancelled, or let through). The browsers' part is in test/browser/extension/touch-suite.ts.
import { describe, expect, it } from 'vitest';
import {
  CLICK_AFTER_TAP_MS,
  clickAction,
  clickOfTap,
  clickPointerType,
  hovers,
  isTap,
  LONG_PRESS_MS,
  pressAfterMove,
  pressOf,
  TAP_SLOP_PX,
  tapOutcome,
  tapsWith,
  type DecidedTap,
  type Press,
  type TapScene,
} from '../../../src/marking/taps.ts';

const down = (over: Partial<Parameters<typeof pressOf>[0]> = {}) =>
  pressOf({ pointerId: 7, pointerType: 'touch', isPrimary: true, x: 100, y: 200, at: 1000, ...over });

describe('which pointer does what', () => {
  it('a finger and a pen on the glass tap; a mouse clicks', () => {
    expect(tapsWith('touch')).toBe(true);
    expect(tapsWith('pen')).toBe(true);
    expect(tapsWith('mouse')).toBe(false);
    expect(tapsWith('')).toBe(false);
  });

  it('a mouse and a pen held above the screen rest on names; a finger on the glass drags', () => {
    expect(hovers('mouse', 0)).toBe(true);
    expect(hovers('mouse', 1)).toBe(true); // as before: a mouse selecting text still hovers
    expect(hovers('', 0)).toBe(true); // a browser that does not say is taken for a mouse
    expect(hovers('pen', 0)).toBe(true);
    expect(hovers('pen', 1)).toBe(false);
    expect(hovers('touch', 0)).toBe(false);
    expect(hovers('touch', 1)).toBe(false);
  });
});

describe('what counts as a tap', () => {
  it('the first finger down, lifted soon where it went down', () => {
    const press = down();
    expect(press).toMatchObject({ pointerId: 7, pointerType: 'touch', moved: false });
    expect(isTap(press, { pointerId: 7, x: 103, y: 198, at: 1120 })).toBe(true);
  });

  it('a second finger (a pinch) and a mouse press start no tap', () => {
    expect(down({ isPrimary: false })).toBeNull();
    expect(down({ pointerType: 'mouse' })).toBeNull();
    expect(isTap(null, { pointerId: 7, x: 100, y: 200, at: 1100 })).toBe(false);
  });

  it('a long press is the browser’s (text selection, the context menu)', () => {
    expect(isTap(down(), { pointerId: 7, x: 100, y: 200, at: 1000 + LONG_PRESS_MS })).toBe(true);
    expect(isTap(down(), { pointerId: 7, x: 100, y: 200, at: 1001 + LONG_PRESS_MS })).toBe(false);
  });

  it('a drag is no tap, even one that comes back to where it started', () => {
    let press: Press | null = down();
    press = pressAfterMove(press, { pointerId: 7, x: 100, y: 200 + TAP_SLOP_PX, at: 1050 });
    expect(press?.moved).toBe(false); // within the slop
    press = pressAfterMove(press, { pointerId: 7, x: 100, y: 260, at: 1100 });
    expect(press?.moved).toBe(true);
    press = pressAfterMove(press, { pointerId: 7, x: 100, y: 200, at: 1150 });
    expect(isTap(press, { pointerId: 7, x: 100, y: 200, at: 1200 })).toBe(false);
  });

  it('lifted far from where it went down, or another pointer lifted: no tap', () => {
    expect(isTap(down(), { pointerId: 7, x: 100 + TAP_SLOP_PX + 1, y: 200, at: 1100 })).toBe(false);
    expect(isTap(down(), { pointerId: 8, x: 100, y: 200, at: 1100 })).toBe(false);
    // Another pointer's moves do not spoil this one's tap.
    expect(pressAfterMove(down(), { pointerId: 8, x: 400, y: 400, at: 1050 })?.moved).toBe(false);
  });
});

describe('what a tap does', () => {
  const scene = (over: Partial<TapScene>): TapScene => ({
    enabled: true,
    inCard: false,
    onMark: false,
    markWasOpen: false,
    cardOpen: false,
    ...over,
  });

  it('on a name: opens its card, and the tap goes no further', () => {
    expect(tapOutcome(scene({ onMark: true }))).toBe('open');
    // Another name's card open: this one's opens instead.
    expect(tapOutcome(scene({ onMark: true, cardOpen: true }))).toBe('open');
  });

  it('on the name whose card is open: what the page would do (a link is followed)', () => {
    expect(tapOutcome(scene({ onMark: true, markWasOpen: true, cardOpen: true }))).toBe('leave');
  });

  it('elsewhere: closes an open card, and the page does what it does', () => {
    expect(tapOutcome(scene({ cardOpen: true }))).toBe('close');
    expect(tapOutcome(scene({}))).toBe('leave');
  });

  it('in the card: its buttons are the card’s business', () => {
    expect(tapOutcome(scene({ inCard: true, cardOpen: true }))).toBe('leave');
  });

  it('with marks off: names are plain text', () => {
    expect(tapOutcome(scene({ enabled: false, onMark: true }))).toBe('leave');
  });
});

describe('the click a tap makes', () => {
  const tap = (outcome: DecidedTap['outcome']): DecidedTap => ({ x: 100, y: 200, at: 1000, outcome });
  const click = (over: Partial<Parameters<typeof clickAction>[0]> = {}) => ({
    pointerType: 'touch',
    x: 101,
    y: 201,
    at: 1090,
    ...over,
  });

  it('the click of a tap that opened a card is cancelled: the link under the name is not followed', () => {
    expect(clickAction(click(), tap('open'))).toBe('cancel');
  });

  it('the click of any other tap goes through', () => {
    expect(clickAction(click(), tap('close'))).toBe('let');
    expect(clickAction(click(), tap('leave'))).toBe('let');
  });

  it('a click we saw no tap for (the browser’s slop is wider than ours) is decided as a tap', () => {
    expect(clickAction(click(), null)).toBe('decide');
    expect(clickAction(click({ at: 1001 + CLICK_AFTER_TAP_MS }), tap('open'))).toBe('decide');
    expect(clickAction(click({ x: 160 }), tap('open'))).toBe('decide');
    expect(clickOfTap(click(), tap('open'))).toBe(true);
  });

  it('which pointer clicked: the click says, or the press that just ended there', () => {
    const press = { pointerType: 'touch', x: 100, y: 200, at: 1000 };
    expect(clickPointerType(click({ pointerType: 'mouse' }), press)).toBe('mouse');
    expect(clickPointerType(click({ pointerType: undefined }), press)).toBe('touch');
    expect(clickPointerType(click({ pointerType: '' }), press)).toBe('touch');
    // A keyboard's click (Enter on a link) long after, or far from, the last press: no pointer.
    expect(clickPointerType(click({ pointerType: '', at: 9000 }), press)).toBe('');
    expect(clickPointerType(click({ pointerType: '', x: 0, y: 0 }), press)).toBe('');
    expect(clickPointerType(click({ pointerType: undefined }), null)).toBe('');
  });
});
