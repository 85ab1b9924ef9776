// @vitest-environment happy-dom
// The highlight painter registers every mark at once and then leaves the registry still (each
// change repaints every mark), except the reader's private marks (their own additions, people the
// history remembers), registered only while their paragraph is on screen, since page scripts can
// read the registry. The observer and the registry are stand-ins (happy-dom lays nothing out).
import { describe, expect, it } from 'vitest';
import { HighlightPainter, PRIVATE_MARGIN } from '../../../src/marking/marks.ts';
import type { PageMark } from '../../../src/marking/map-back.ts';
import type { ActorCard } from '../../../src/shared/page-data.ts';

/** A highlight that counts its changes, as the engine would repaint for each. */
class FakeHighlight extends Set<AbstractRange> {
  static changes = 0;
  override add(r: AbstractRange) {
    FakeHighlight.changes++;
    return super.add(r);
  }
  override delete(r: AbstractRange) {
    FakeHighlight.changes++;
    return super.delete(r);
  }
  override clear() {
    FakeHighlight.changes++;
    super.clear();
  }
}

class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  constructor(
    readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed.length = 0;
  }
  /** The browser says these paragraphs came on screen (true) or left it (false). */
  report(changes: [Element, boolean][]) {
    this.callback(changes.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

const card = (id: string, type: ActorCard['type'], name: string, extra: Partial<ActorCard> = {}): ActorCard => ({
  id,
  type,
  name,
  description: { vi: '', en: '' },
  storyCount: 0,
  ...extra,
});
const PUTIN = card('vladimir-putin', 'person', 'Vladimir Putin');
const RUSSIA = card('russia', 'state', 'Nga');
const OWN = card('user-tong-cuc', 'organization', 'Tổng cục');
const REMEMBERED = card('article:anna-k', 'person', 'Anna K', { introduced: true, remembered: true });

function setup(win: Window = { IntersectionObserver: FakeObserver } as unknown as Window) {
  document.body.innerHTML = '<p id="a">Putin và Nga.</p><p id="b">Nga nói.</p><p id="c">Tổng cục và Anna K.</p>';
  const mark = (id: string, c: ActorCard, start: number, end: number): PageMark => {
    const text = document.getElementById(id)!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return { actorId: c.id, card: c, range, nodes: [text] };
  };
  const marks = [
    mark('a', PUTIN, 0, 5),
    mark('a', RUSSIA, 9, 12),
    mark('b', RUSSIA, 0, 3),
    mark('c', OWN, 0, 8),
    mark('c', REMEMBERED, 12, 18),
  ];
  const registry = new Map<string, FakeHighlight>();
  FakeObserver.last = null;
  const painter = new HighlightPainter({ registry, Highlight: FakeHighlight as never }, 'tint-underline', win);
  const registered = () =>
    [...registry.entries()]
      .filter(([name]) => name !== 'boi-canh-current')
      .flatMap(([name, h]) => [...h].map((r) => `${name}: ${r.toString()}`))
      .sort();
  return { marks, painter, registry, registered, observer: FakeObserver.last as FakeObserver | null };
}

const PUBLIC = ['boi-canh-person: Putin', 'boi-canh-state: Nga', 'boi-canh-state: Nga'];

describe('the highlight painter', () => {
  it('registers every public mark at once, and watches only the paragraphs of private marks', () => {
    const { marks, painter, registered, observer } = setup();
    painter.paint(marks);
    expect(registered()).toEqual(PUBLIC);
    expect(observer!.options.rootMargin).toBe(PRIVATE_MARGIN);
    expect(observer!.observed.map((e) => e.id)).toEqual(['c']);
  });

  it('registers private marks while their paragraph is on screen, and drops them when it leaves', () => {
    const { marks, painter, registered, observer } = setup();
    painter.paint(marks);
    const [c] = observer!.observed;
    observer!.report([[c!, true]]);
    expect(registered()).toEqual([...PUBLIC, 'boi-canh-introduced: Anna K', 'boi-canh-organization: Tổng cục'].sort());
    observer!.report([[c!, false]]);
    expect(registered()).toEqual(PUBLIC);
    // A new reading starts over: the old marks gone, the new paragraphs watched.
    painter.paint(marks.slice(2));
    expect(registered()).toEqual(['boi-canh-state: Nga']);
    expect(observer!.observed.map((e) => e.id)).toEqual(['c']);
  });

  it('changes no highlight when the current mark stays the same', () => {
    const { marks, painter, registry } = setup();
    painter.paint(marks);
    const before = FakeHighlight.changes;
    painter.setCurrent(null);
    expect(FakeHighlight.changes).toBe(before);
    painter.setCurrent(marks[0]!);
    painter.setCurrent(marks[0]!);
    expect(FakeHighlight.changes).toBe(before + 2); // one clear, one add
    expect([...registry.get('boi-canh-current')!].map(String)).toEqual(['Putin']);
  });

  it('moves the marks to the names of another style, and unregisters them for "off"', () => {
    const { marks, painter, registered } = setup();
    painter.paint(marks);
    painter.setStyle('underline');
    expect(registered()).toEqual(['boi-canh-u-person: Putin', 'boi-canh-u-state: Nga', 'boi-canh-u-state: Nga']);
    painter.setStyle('off');
    expect(registered()).toEqual([]);
    painter.setStyle('tint-underline');
    expect(registered()).toEqual(PUBLIC);
  });

  it('paints private marks like the others where the browser has no IntersectionObserver', () => {
    const { marks, painter, registered } = setup({} as Window);
    painter.paint(marks);
    expect(registered()).toEqual([...PUBLIC, 'boi-canh-introduced: Anna K', 'boi-canh-organization: Tổng cục'].sort());
  });
});
