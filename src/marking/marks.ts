// Draws the marks. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) the page's DOM is
// not touched at all: one Highlight per actor type, painted by ::highlight() rules. Without it,
// each piece of a mark is wrapped in a <boi-canh-mark> element; the text itself never changes.

import { isUserActorId } from '../shared/page-data.ts';
import type { MarkStyle } from '../keeping/settings.ts';
import type { PageMark } from './map-back.ts';
import {
  CURRENT_HIGHLIGHT,
  elementCss,
  highlightCss,
  highlightName,
  highlightRulesInForce,
  MARK_KINDS,
  MARK_TAG,
  markKind,
  type MarkKind,
} from './mark-looks.ts';
import { guarded, timeout } from './scheduler.ts';
import { OWN_STYLE_ATTR } from './own-elements.ts';
import { blockOf } from './reading-report.ts';

export interface MarkPainter {
  paint(marks: readonly PageMark[]): void;
  setCurrent(mark: PageMark | null): void;
  clear(): void;
  /** Draws the marks in the reader's newly chosen style ("off": not at all). */
  setStyle(style: MarkStyle): void;
  /** The mark drawn around `node`, where painting wraps elements (the fallback); null otherwise. */
  markAround(node: Node): PageMark | null;
  /** Whether painting rewrites the DOM (the fallback does); the observer then ignores our own changes. */
  readonly touchesDom: boolean;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (
  ...ranges: AbstractRange[]
) => { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; clear(): void };

export function highlightApi(
  win: typeof globalThis,
): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (win as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (win as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

/** How far beyond the viewport a private mark (below) is registered: half a screen above and
 *  below, so that it is painted before it scrolls into view and unregistered soon after. */
export const PRIVATE_MARGIN = '50% 0px';

/** A mark a page script should not read off the highlight registry wholesale: one of the reader's
 *  own glossary additions, or a person the reading history remembers. Each says something about
 *  the reader that the shipped glossary does not. */
export function isPrivateMark(mark: PageMark): boolean {
  return isUserActorId(mark.actorId) || mark.card.remembered === true;
}

/**
 * The Custom Highlight API painter. What costs the page is not how many ranges are registered but
 * how often the registry changes: Chromium revalidates every registered range and repaints the
 * text under them whenever any highlight changes (measured on a 16,500-word article: scrolling
 * with all 1,194 ranges registered once, 0.25 ms of paint per frame against 0.18 ms for the page
 * alone; with the registry following the screen paragraph by paragraph, 3 ms; with one range
 * toggled each frame, 12–16 ms). So every mark is registered at once, in one change (the first
 * marks arrive in one repaint), and the registry stays still while the reader scrolls.
 * The exception is private marks (isPrivateMark): a page script can read the registry, so those
 * are registered only while their paragraph is on or next to the screen; they are few, so the
 * registry changes rarely. Hit-testing for the card reads the mark index, not the registry.
 */
export class HighlightPainter implements MarkPainter {
  readonly touchesDom = false;
  private readonly byType = new Map<MarkKind, InstanceType<HighlightCtor>>();
  private readonly current: InstanceType<HighlightCtor>;
  private currentMark: PageMark | null = null;
  private readonly privateByBlock = new Map<Element, PageMark[]>();
  private readonly observer: IntersectionObserver | null;

  private style: MarkStyle;

  constructor(
    private readonly api: NonNullable<ReturnType<typeof highlightApi>>,
    style: MarkStyle,
    win?: Window,
  ) {
    for (const kind of MARK_KINDS) this.byType.set(kind, new api.Highlight());
    this.style = style;
    this.register(style);
    this.current = new api.Highlight();
    api.registry.set(CURRENT_HIGHLIGHT, this.current);
    const Observer = (win as { IntersectionObserver?: typeof IntersectionObserver } | undefined)?.IntersectionObserver;
    this.observer =
      typeof Observer === 'function'
        ? new Observer(
            guarded('marks', (entries: IntersectionObserverEntry[]) => this.shown(entries)),
            { rootMargin: PRIVATE_MARGIN },
          )
        : null;
  }

  /** Another style is other highlight names (mark-looks.ts): the marks move, the rules stay. */
  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    for (const kind of MARK_KINDS) {
      const name = highlightName(kind, this.style);
      if (name) this.api.registry.delete(name);
    }
    this.style = style;
    this.register(style);
  }

  private register(style: MarkStyle): void {
    for (const [kind, highlight] of this.byType) {
      const name = highlightName(kind, style);
      if (name) this.api.registry.set(name, highlight);
    }
  }

  paint(marks: readonly PageMark[]): void {
    this.clearMarks();
    for (const mark of marks) {
      // The paragraph, as the panel counts them: the unit a private mark is shown by. Without an
      // observer, or outside any element, a private mark is painted like the others.
      const block = this.observer && isPrivateMark(mark) ? blockOf(mark) : null;
      if (!block) {
        this.highlightOf(mark).add(mark.range);
        continue;
      }
      const list = this.privateByBlock.get(block);
      if (list) list.push(mark);
      else this.privateByBlock.set(block, [mark]);
    }
    for (const block of this.privateByBlock.keys()) this.observer!.observe(block);
  }

  /** Paragraphs with private marks coming on screen get them registered; those leaving, unregistered. */
  private shown(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      for (const mark of this.privateByBlock.get(entry.target) ?? []) {
        if (entry.isIntersecting) this.highlightOf(mark).add(mark.range);
        else this.highlightOf(mark).delete(mark.range);
      }
    }
  }

  private highlightOf(mark: PageMark): InstanceType<HighlightCtor> {
    return this.byType.get(markKind(mark.card))!;
  }

  /** Any change to any highlight costs a repaint of every mark (above): none when nothing changes. */
  setCurrent(mark: PageMark | null): void {
    if (mark === this.currentMark) return;
    this.currentMark = mark;
    this.current.clear();
    if (mark) this.current.add(mark.range);
  }

  private clearMarks(): void {
    this.observer?.disconnect();
    this.privateByBlock.clear();
    for (const h of this.byType.values()) h.clear();
  }

  clear(): void {
    this.clearMarks();
    this.setCurrent(null);
  }

  markAround(): PageMark | null {
    return null;
  }
}

/** Wraps the text of each mark, piece by piece (one piece per text node), in <boi-canh-mark>. */
export class ElementPainter implements MarkPainter {
  readonly touchesDom = true;
  private wrappers: Element[] = [];
  private readonly markOf = new Map<Element, PageMark>();
  private readonly restyle: (css: string) => void;

  constructor(
    private readonly doc: Document,
    style: MarkStyle,
  ) {
    this.restyle = installSheet(doc, elementCss(style));
  }

  setStyle(style: MarkStyle): void {
    this.restyle(elementCss(style));
  }

  paint(marks: readonly PageMark[]): void {
    this.clear();
    // Last first: wrapping splits text nodes, which would shift the offsets of later marks in the
    // same node; ranges before the split point are unaffected.
    const pieces = marks.flatMap((mark) => piecesOf(mark));
    pieces.sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
    for (const { mark, range } of pieces) {
      const wrapper = this.doc.createElement(MARK_TAG);
      wrapper.setAttribute('data-type', markKind(mark.card));
      wrapper.setAttribute('data-actor', mark.actorId);
      range.surroundContents(wrapper);
      this.wrappers.push(wrapper);
      this.markOf.set(wrapper, mark);
    }
  }

  setCurrent(): void {
    // The fallback has no separate "current" paint; the card shows which one is current.
  }

  clear(): void {
    for (const w of this.wrappers) {
      const parent = w.parentNode;
      if (!parent) continue;
      while (w.firstChild) parent.insertBefore(w.firstChild, w);
      w.remove();
      parent.normalize();
    }
    this.wrappers = [];
    this.markOf.clear();
  }

  markAround(node: Node): PageMark | null {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const wrapper = element?.closest(MARK_TAG);
    return wrapper ? (this.markOf.get(wrapper) ?? null) : null;
  }
}

function piecesOf(mark: PageMark): { mark: PageMark; range: Range }[] {
  const r = mark.range;
  return mark.nodes.map((node) => {
    const piece = node.ownerDocument.createRange();
    piece.setStart(node, node === r.startContainer ? r.startOffset : 0);
    piece.setEnd(node, node === r.endContainer ? r.endOffset : node.data.length);
    return { mark, range: piece };
  });
}

/** The painter this browser allows, with the rules it paints by in force. */
export function createPainter(doc: Document, style: MarkStyle): MarkPainter {
  const api = highlightApi(doc.defaultView ?? globalThis);
  if (!api) return new ElementPainter(doc, style);
  // Injected by the toolbar button, the content script came without the static sheet: adding its
  // rules now restyles the page once, at the reader's request.
  if (!highlightRulesInForce(doc)) installSheet(doc, highlightCss());
  return new HighlightPainter(api, style, doc.defaultView ?? undefined);
}

/** How often we check that the page has not dropped a sheet of ours: a quarter second of unpainted
 *  marks at worst, for a check that costs a microsecond and never forces a frame. */
export const STYLE_CHECK_MS = 250;

/** Adds a stylesheet of ours to the page without adding an element when the browser allows it.
 *  Returns how to replace its rules. A page may drop the sheet (a framework assigning
 *  `document.adoptedStyleSheets = [...]`, a script emptying <head>): the marks would stay with
 *  nothing to paint them, so the sheet is put back. */
export function installSheet(doc: Document, css: string): (next: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const adopt = () => {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    };
    adopt();
    keepAlive(adopt);
    return (next) => sheet.replaceSync(next);
  } catch {
    // Older engines, or a content-script world that cannot adopt sheets: a <style> instead.
  }
  const style = doc.createElement('style');
  style.setAttribute(OWN_STYLE_ATTR, '');
  style.textContent = css;
  const attach = () => {
    if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  };
  attach();
  keepAlive(attach);
  return (next) => (style.textContent = next);
}

function keepAlive(check: () => void): void {
  const loop = () => {
    check();
    timeout(loop, STYLE_CHECK_MS);
  };
  timeout(loop, STYLE_CHECK_MS);
}
