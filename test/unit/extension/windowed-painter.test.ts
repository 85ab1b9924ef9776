// @vitest-environment happy-dom
// The highlight painter registers only the marks of paragraphs near the screen: what the browser
// paints each frame stays bounded however long the article is. The observer and the highlight
// registry are stand-ins here (happy-dom lays nothing out); the browsers run the real ones.
import { describe, expect, it } from 'vitest';
import { HighlightPainter, PAINT_MARGIN } from '../../../src/content/marks.ts';
import type { PageMark } from '../../../src/content/map-back.ts';
import type { ActorCard } from '../../../src/shared/messages.ts';

class FakeHighlight extends Set<AbstractRange> {}

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
  /** The browser says these paragraphs came near the screen (true) or left it (false). */
  report(changes: [Element, boolean][]) {
    this.callback(changes.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

const PUTIN: ActorCard = { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', description: { vi: '', en: '' }, storyCount: 5 };
const RUSSIA: ActorCard = { id: 'russia', type: 'state', name: 'Nga', description: { vi: '', en: '' }, storyCount: 6 };

function setup() {
  document.body.innerHTML = '<p id="a">Putin và Nga.</p><p id="b">Nga nói.</p><p id="c">Không ai.</p>';
  const mark = (id: string, card: ActorCard, start: number, end: number): PageMark => {
    const text = document.getElementById(id)!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return { actorId: card.id, card, range, nodes: [text] };
  };
  const marks = [mark('a', PUTIN, 0, 5), mark('a', RUSSIA, 9, 12), mark('b', RUSSIA, 0, 3)];
  const registry = new Map<string, FakeHighlight>();
  const win = { IntersectionObserver: FakeObserver } as unknown as Window;
  const painter = new HighlightPainter({ registry, Highlight: FakeHighlight as never }, win);
  const registered = () => [...registry.entries()].filter(([name]) => name !== 'boi-canh-current').flatMap(([name, h]) => [...h].map((r) => `${name}: ${r.toString()}`));
  return { marks, painter, registered, observer: FakeObserver.last! };
}

describe('the windowed highlight painter', () => {
  it('watches the paragraphs that hold marks, and registers nothing before the browser says where they are', () => {
    const { marks, painter, registered, observer } = setup();
    painter.paint(marks);
    expect(observer.options.rootMargin).toBe(PAINT_MARGIN);
    expect(observer.observed.map((e) => e.id)).toEqual(['a', 'b']);
    expect(registered()).toEqual([]);
  });

  it('registers a paragraph’s marks when it comes near the screen and drops them when it leaves', () => {
    const { marks, painter, registered, observer } = setup();
    painter.paint(marks);
    const [a, b] = observer.observed;
    observer.report([[a!, true]]);
    expect(registered().sort()).toEqual(['boi-canh-person: Putin', 'boi-canh-state: Nga']);
    observer.report([[a!, false], [b!, true]]);
    expect(registered()).toEqual(['boi-canh-state: Nga']);
    // A new reading starts over: nothing registered, the new paragraphs watched.
    painter.paint(marks.slice(2));
    expect(registered()).toEqual([]);
    expect(observer.observed.map((e) => e.id)).toEqual(['b']);
  });

  it('registers every mark at once where the browser has no IntersectionObserver', () => {
    const { marks } = setup();
    const registry = new Map<string, FakeHighlight>();
    const painter = new HighlightPainter({ registry, Highlight: FakeHighlight as never }, {} as Window);
    painter.paint(marks);
    expect([...registry.get('boi-canh-state')!].map(String)).toEqual(['Nga', 'Nga']);
  });
});
