// The in-page marking kit, assembled: the painter that draws the marks, the index that finds the
// one under the pointer, the hover controller and the card it opens, and the focus that shows the
// side panel a mention. The content script and the reader page each make one, so that a change to
// how marks look or behave reaches both, and both follow the reader's mark style and hover delay.

import type { CardActions } from './card.tsx';
import type { ShowMentionReply } from '../protocol/messages.ts';
import type { Translate } from '../shared/i18n.ts';
import type { MarkStyle } from '../keeping/settings.ts';
import { CardHost } from './card-host.ts';
import { HoverController } from './hover.ts';
import { MarkIndex, type PageMark } from './map-back.ts';
import { createPainter, type MarkPainter } from './marks.ts';
import { MentionFocus } from './mention-focus.ts';

export interface MarkingOptions {
  doc: Document;
  t: Translate;
  actions: CardActions;
  /** The reader's mark style and hover delay, read when needed (they follow the options page). */
  style: () => MarkStyle;
  hoverDelayMs: () => number;
  /** Runs our own drawing: the content script's page watcher must not take it for the page's. */
  drawing?: (draw: () => void) => void;
}

export class PageMarking {
  private marks: readonly PageMark[] = [];
  private index: MarkIndex | null = null;
  private painter: MarkPainter | null = null;
  private shown = true;
  private readonly hover: HoverController;
  private readonly focus: MentionFocus;

  constructor(private readonly options: MarkingOptions) {
    const { doc, t, actions } = options;
    const cards = new CardHost(doc, t, actions, (inside) => this.hover.pointerInCard(inside));
    this.focus = new MentionFocus(doc);
    this.hover = new HoverController({
      doc,
      index: () => this.index,
      painter: {
        setCurrent: (m) => this.painter?.setCurrent(m),
        markAround: (n) => this.painter?.markAround(n) ?? null,
      },
      cards,
      enabled: () => this.shown && this.marks.length > 0 && options.style() !== 'off',
      openDelay: options.hoverDelayMs,
    });
  }

  start(): void {
    this.hover.start();
  }

  get current(): readonly PageMark[] {
    return this.marks;
  }

  /** Whether the marks are drawn (the reader's toggle). */
  get visible(): boolean {
    return this.shown;
  }

  /** Whether painting rewrites the page's DOM (the fallback painter does). */
  get touchesDom(): boolean {
    return this.painter?.touchesDom ?? false;
  }

  /** The marks now: hover finds them, the painter draws them. The painter is made with the first
   *  marks, so that a page with none gets nothing of ours. */
  set(marks: readonly PageMark[]): void {
    this.marks = marks;
    this.index = new MarkIndex(marks);
    if (marks.length && !this.painter) this.painter = createPainter(this.options.doc, this.options.style());
    this.draw();
  }

  /** Turns the marks off, or on again. */
  toggle(): void {
    this.shown = !this.shown;
    this.hover.close();
    this.draw();
  }

  setStyle(style: MarkStyle): void {
    this.hover.close();
    this.painter?.setStyle(style);
  }

  closeCard(): void {
    this.hover.close();
  }

  /** The mark under a point of the viewport (the context menu's), if any. */
  markAt(x: number, y: number): PageMark | null {
    return this.shown && this.marks.length ? this.hover.markAt(x, y) : null;
  }

  /** Scrolls to `mark` and opens its card, as if the reader had pointed at it (next mention). */
  openCard(mark: PageMark): void {
    this.hover.close();
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.hover.openNow(mark, true);
  }

  /** The side panel's "in this article": scroll to the mention, flash it, mark it current. */
  showMention(actorId: string, index: number): ShowMentionReply {
    if (!this.shown) return { ok: false, reason: 'marks are turned off' };
    this.hover.close();
    const { mark, ...reply } = this.focus.show(this.marks, actorId, index);
    if (mark) this.painter?.setCurrent(mark);
    return reply;
  }

  private draw(): void {
    const draw = () => (this.shown ? this.painter?.paint(this.marks) : this.painter?.clear());
    if (this.options.drawing) this.options.drawing(draw);
    else draw();
  }
}
