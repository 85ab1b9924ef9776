// Keeps the marks on a page that redraws its article. Single-page news apps (a React render, a live
// update) replace the article's nodes with new ones holding the same text: our ranges are then left
// on detached nodes, and the hover card finds nothing to open on. So each mark is remembered by
// where its text stands: the text of every node it touches, and that node's rank among the page's
// text nodes holding exactly the same text. After a redraw the mark is put back on the node now
// holding that text at that rank. Nothing is guessed across a change of text: a mark whose text is
// gone is dropped, and the page is read again.
//
// Pure over DOM nodes: no timers, no browser API beyond the DOM, so that it runs in a test DOM.

import type { PageMark } from '../marking/map-back.ts';
import { OPAQUE_TAGS } from './text-nodes.ts';

/** The page's text nodes in document order, and what each held when it was walked. */
export interface PageText {
  nodes: readonly Text[];
  texts: readonly string[];
}

/** Where a text node stands in the page: its text, and how many nodes with the same text come
 *  before it. */
export interface TextPlace {
  text: string;
  rank: number;
}

/** A mark and where its text stands: the place of each node it touches, and its offsets in the
 *  first and the last. The offsets are kept apart from the mark's range: when the page removes a
 *  node, the browser moves every range inside it out to the removed node's parent. */
export interface MarkAnchor {
  mark: PageMark;
  places: TextPlace[];
  start: number;
  end: number;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without needing the NodeFilter global

/** Text the reader cannot see as page text (a script's body, a style sheet) is left out: pages
 *  rewrite their inline data scripts on every render. The parent alone is checked, to keep the walk
 *  cheap; both walks that are compared use the same rule. */
function isPageText(node: Text): boolean {
  const parent = node.parentElement;
  return !parent || !OPAQUE_TAGS.has(parent.localName);
}

/** The part of the page the follow walk reads: the children of `root` but those in `without`
 *  (regionOf: those that held no mark when the marks were made, a comment section beside the
 *  article, say). Both walks compared skip the same nodes, so ranks agree between them. */
export interface Region {
  root: Element;
  without: ReadonlySet<Node>;
}

/** Walks the page's text nodes in slices (`step` stops at a deadline), so that a big page never
 *  holds the page's thread for long. A walk the page tears apart between two slices (the node it
 *  stood on was removed) is `torn`: what it saw is not the page as it is. */
export class PageTextWalk {
  private readonly root: Node;
  private readonly without: ReadonlySet<Node>;
  /** The root's child being walked, and the walker inside it (null before it starts). */
  private child: Node | null;
  private walker: TreeWalker | null = null;
  private readonly nodes: Text[] = [];
  private readonly texts: string[] = [];
  private done = false;
  private torn = false;

  constructor(
    region: Node | Region,
    private readonly now: () => number = () => performance.now(),
  ) {
    const whole = !('without' in region);
    this.root = whole ? region : region.root;
    this.without = whole ? new Set() : region.without;
    this.child = this.root.firstChild;
  }

  /** Walks until `deadline` (a `now()` value); returns true when the walk is over. */
  step(deadline: number): boolean {
    if (!this.done && this.tornApart()) {
      this.torn = true;
      this.done = true;
    }
    let count = 0;
    while (!this.done) {
      const node = this.next();
      if (!node) this.done = true;
      else if (isPageText(node)) {
        this.nodes.push(node);
        this.texts.push(node.data);
      }
      if ((++count & 255) === 0 && this.now() >= deadline) break;
    }
    return this.done;
  }

  /** The page removed the child we were in, or the node we stood on, since the last slice. */
  private tornApart(): boolean {
    if (this.child && this.child.parentNode !== this.root) return true;
    const at = this.walker?.currentNode;
    return at !== undefined && !at.isConnected;
  }

  /** The next text node in the region, in document order. */
  private next(): Text | null {
    for (;;) {
      if (this.walker) {
        const node = this.walker.nextNode();
        if (node) return node as Text;
        this.walker = null;
        this.child = this.child!.nextSibling;
      }
      const child = this.child;
      if (!child) return null;
      const walked = !this.without.has(child);
      if (walked && child.nodeType === 1) {
        this.walker = child.ownerDocument!.createTreeWalker(child, SHOW_TEXT);
        continue;
      }
      this.child = child.nextSibling;
      if (walked && child.nodeType === 3) return child as Text;
    }
  }

  /** The page's text, or null when the walk was torn. */
  result(): PageText | null {
    if (!this.done) throw new Error('PageTextWalk.result() called before the walk finished');
    return this.torn ? null : { nodes: this.nodes, texts: this.texts };
  }
}

/** Walks the whole page at once: for tests and small pages. */
export function readPageText(root: Node): PageText | null {
  const walk = new PageTextWalk(root);
  walk.step(Number.POSITIVE_INFINITY);
  return walk.result();
}

/** Each node's place in `text`. */
function placesIn(text: PageText): Map<Text, TextPlace> {
  const seen = new Map<string, number>();
  const places = new Map<Text, TextPlace>();
  text.nodes.forEach((node, i) => {
    const t = text.texts[i]!;
    const rank = seen.get(t) ?? 0;
    seen.set(t, rank + 1);
    places.set(node, { text: t, rank });
  });
  return places;
}

/** The nodes of `text` by the text they hold, in document order: a place's node is `[text][rank]`. */
function nodesByText(text: PageText): Map<string, Text[]> {
  const byText = new Map<string, Text[]>();
  text.nodes.forEach((node, i) => {
    const t = text.texts[i]!;
    const list = byText.get(t);
    if (list) list.push(node);
    else byText.set(t, [node]);
  });
  return byText;
}

/** Remembers where each mark's text stands in `text`, the page as walked just after the marks were
 *  made (their ranges still on their nodes). A mark whose nodes the walk did not see (the page
 *  changed in between) gets no anchor: it cannot be followed. */
export function anchorMarks(marks: readonly PageMark[], text: PageText): MarkAnchor[] {
  const places = placesIn(text);
  const anchors: MarkAnchor[] = [];
  for (const mark of marks) {
    const found = mark.nodes.map((node) => places.get(node));
    if (found.length === 0 || found.some((p) => p === undefined)) continue;
    anchors.push({ mark, places: found as TextPlace[], start: mark.range.startOffset, end: mark.range.endOffset });
  }
  return anchors;
}

/** Is the mark still where it was: every node in the page, holding the text it held, and its range
 *  untouched? Cheap enough to ask of every mark on every batch of the page's changes. */
export function inPlace(anchor: MarkAnchor): boolean {
  const { mark } = anchor;
  const r = mark.range;
  const first = mark.nodes[0];
  const last = mark.nodes[mark.nodes.length - 1];
  if (
    r.startContainer !== first ||
    r.endContainer !== last ||
    r.startOffset !== anchor.start ||
    r.endOffset !== anchor.end
  )
    return false;
  return mark.nodes.every((node, i) => node.isConnected && node.data === anchor.places[i]!.text);
}

/** The mark over `nodes`: the same mark when nothing about it changed (the hover card compares
 *  marks by identity), a new one with a new range otherwise. */
function markOver(anchor: MarkAnchor, nodes: Text[]): PageMark {
  const { mark } = anchor;
  if (inPlace(anchor) && nodes.every((n, i) => n === mark.nodes[i])) return mark;
  const range = nodes[0]!.ownerDocument.createRange();
  range.setStart(nodes[0]!, anchor.start);
  range.setEnd(nodes[nodes.length - 1]!, anchor.end);
  return { actorId: mark.actorId, card: mark.card, range, nodes };
}

/** Strictly in document order, as a mark's nodes must be. */
function inOrder(nodes: readonly Text[], order: ReadonlyMap<Text, number>): boolean {
  let previous = -1;
  for (const node of nodes) {
    const at = order.get(node) ?? -1;
    if (at <= previous) return false;
    previous = at;
  }
  return true;
}

/** The nodes of `after` a mark now stands on: its own where the page left them, else those holding
 *  its texts at its ranks; null when the page no longer has them. */
function nodesNow(
  anchor: MarkAnchor,
  after: ReadonlyMap<Text, TextPlace>,
  byText: ReadonlyMap<string, Text[]>,
): Text[] | null {
  const own = anchor.mark.nodes;
  if (own.every((node, i) => after.get(node)?.text === anchor.places[i]!.text)) return own;
  const found = anchor.places.map((p) => byText.get(p.text)?.[p.rank]);
  return found.every((n) => n?.isConnected) ? (found as Text[]) : null;
}

export interface Followed {
  /** The marks that could be followed, anchored in the page as it is now. */
  anchors: MarkAnchor[];
  /** How many moved to new nodes. */
  moved: number;
  /** How many could not be followed: their text is gone or changed. */
  lost: number;
}

/** Puts each anchored mark on the page's text as it is now (`after`, a fresh walk): in place where
 *  the page left its nodes, on the new node holding the same text at the same rank where it
 *  replaced them. */
export function followText(anchors: readonly MarkAnchor[], after: PageText): Followed {
  const places = placesIn(after);
  const byText = nodesByText(after);
  const order = new Map(after.nodes.map((node, i) => [node, i]));
  const followed: MarkAnchor[] = [];
  let moved = 0;
  for (const anchor of anchors) {
    const nodes = nodesNow(anchor, places, byText);
    if (!nodes || !inOrder(nodes, order)) continue;
    const mark = markOver(anchor, nodes);
    if (mark !== anchor.mark) moved++;
    followed.push({ ...anchor, mark, places: nodes.map((n) => places.get(n)!) });
  }
  return { anchors: followed, moved, lost: anchors.length - followed.length };
}

/** How much the page's text differs between two walks: the characters of the texts one holds and
 *  the other does not, counted as multisets (paragraphs drawn in another order are no change), the
 *  spaces around each left out (nodes of whitespace alone, which renders add and drop, count for
 *  nothing). */
export function textChange(before: readonly string[], after: readonly string[]): number {
  const balance = new Map<string, number>();
  for (const t of before) balance.set(t, (balance.get(t) ?? 0) + 1);
  for (const t of after) balance.set(t, (balance.get(t) ?? 0) - 1);
  let changed = 0;
  for (const [t, n] of balance) if (n !== 0) changed += Math.abs(n) * t.trim().length;
  return changed;
}

/** The part of the page holding every mark's text: the region a redraw of the article replaces,
 *  and all the follow walk needs to read. It is the nearest element holding them all, less its
 *  children holding none: on a page with a huge comment section beside the article, the walk reads
 *  the article and its headline, not 200,000 elements. Null when there are no marks. */
export function regionOf(marks: readonly PageMark[]): Region | null {
  let root: Element | null = marks[0]?.nodes[0]?.parentElement ?? null;
  for (const mark of marks) {
    for (const node of mark.nodes) {
      while (root && !root.contains(node)) root = root.parentElement;
    }
  }
  if (!root) return null;
  const holding = new Set<Node>();
  for (const mark of marks) {
    for (const node of mark.nodes) {
      let child: Node = node;
      while (child.parentNode !== root) child = child.parentNode!;
      holding.add(child);
    }
  }
  return { root, without: new Set([...root.childNodes].filter((c) => !holding.has(c))) };
}
