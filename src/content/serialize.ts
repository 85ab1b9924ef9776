// Serializes the live page into an HTML copy for the worker, and in the same walk lists the page's
// text nodes. Each element of the copy carries a number in a unique attribute name (`data-bc17`):
// Readability copies attributes when it re-tags or unwraps an element, and a unique *name* means
// a copied number adds to the element's own instead of overwriting it. The worker then says which
// numbers survived, and text nodes map back by their parent's number: no guessing by text.
//
// The walk is resumable: `step` stops at a deadline so that no task of ours on the page's thread
// runs long. The page never changes: we only read it.
//
// The copy is bounded (src/shared/limits.ts: characters, elements, text nodes), the same bounds
// page/extract is checked against: a bigger page is copied up to them, its open elements closed,
// and the rest left out, so that its copy is still read rather than refused. The copy says how far
// it got, so that the reading can tell the panel the page was too large to read whole, rather than
// let a short cast pass for the whole article.

import { PAGE_COPY_CHARS, PAGE_ELEMENTS, PAGE_TEXT_NODES } from '../shared/limits.ts';
import type { PageSnapshot } from '../shared/page-data.ts';
import { isOwnElement } from '../marking/own-elements.ts';
import { BLOCK_TAGS, OPAQUE_TAGS } from './text-nodes.ts';

export const NUMBER_ATTRIBUTE_PREFIX = 'data-bc';

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);
/** Bodies left out entirely (script bodies, SVG drawings): the worker does not need them, and on a
 *  big page they are most of the bytes. */
const EMPTY_BODY_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
/** A JSON-LD block bigger than this is not article metadata worth carrying. */
const MAX_JSON_LD = 64 * 1024;

/** Structured data (schema.org JSON-LD) is the one script body the worker needs: the article's
 *  publisher and publication date are often only there (Nhân Dân, for one). */
function isJsonLd(element: Element): boolean {
  return (element.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** The block's text, safe inside <script>: "</" only occurs in JSON strings, where "<\/" reads the same. */
function jsonLdBody(element: Element): string {
  const text = element.textContent ?? '';
  return text.length > MAX_JSON_LD ? '' : text.replace(/<\//g, '<\\/');
}

/** An attribute name the HTML parser would read back the same way. */
const SAFE_ATTRIBUTE = /^[^\s"'>/=]+$/;

export interface LiveSnapshot {
  snapshot: PageSnapshot;
  /** The live text nodes, `nodes[i]` holding `snapshot.texts[i]`. */
  nodes: Text[];
  /** The live elements, `elements[n]` numbered n in the copy. */
  elements: Element[];
  /** The page was bigger than the copy's bounds: the copy holds its beginning. */
  truncated: boolean;
  /** Characters of page text the copy holds (its text nodes together). */
  textChars: number;
}

interface Frame {
  element: Element;
  next: Node | null;
  /** Inside an element whose text is not page text (head, textarea, a button...). */
  opaque: boolean;
}

export class SnapshotWalk {
  private readonly out: string[] = [];
  private readonly stack: Frame[] = [];
  private readonly texts: string[] = [];
  private readonly parents: number[] = [];
  private readonly runs: number[] = [];
  private readonly tags: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly elements: Element[] = [];
  private readonly numbers = new Map<Element, number>();
  private run = 0;
  private done = false;
  private truncated = false;
  private textChars = 0;
  /** Characters in `out`, and those the open elements' end tags will add: the copy's size. */
  private chars = 0;
  private closing = 0;

  constructor(
    private readonly doc: Document,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.emit('<!DOCTYPE html>');
    this.enter(doc.documentElement, false);
  }

  /** Walks until `deadline` (a `now()` value); returns true when the whole page is read. */
  step(deadline: number): boolean {
    let count = 0;
    while (!this.done) {
      this.advance();
      if ((++count & 63) === 0 && this.now() >= deadline) break;
    }
    return this.done;
  }

  result(): LiveSnapshot {
    if (!this.done) throw new Error('SnapshotWalk.result() called before the walk finished');
    return {
      snapshot: {
        url: this.doc.URL,
        html: this.out.join(''),
        texts: this.texts,
        parents: this.parents,
        runs: this.runs,
        tags: this.tags,
      },
      nodes: this.nodes,
      elements: this.elements,
      truncated: this.truncated,
      textChars: this.textChars,
    };
  }

  private emit(piece: string): void {
    this.out.push(piece);
    this.chars += piece.length;
  }

  /** Whether `more` characters (and the end tags still owed) stay within the copy's bound. */
  private fits(more: number): boolean {
    return this.chars + this.closing + more <= PAGE_COPY_CHARS;
  }

  /** Ends the copy here: the open elements are closed, the rest of the page left out. */
  private stop(): void {
    for (let i = this.stack.length - 1; i >= 0; i--) this.leave(this.stack[i]!.element);
    this.stack.length = 0;
    this.truncated = true;
    this.done = true;
  }

  private advance(): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      this.done = true;
      return;
    }
    const node = frame.next;
    if (!node) {
      this.leave(frame.element);
      this.stack.pop();
      return;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 1) this.enter(node as Element, frame.opaque);
    else if (node.nodeType === 3) this.text(node as Text, frame);
  }

  private enter(element: Element, parentOpaque: boolean): void {
    if (isOwnElement(element)) return;
    const tag = element.localName;
    const number = this.elements.length;
    const open = `<${tag} ${NUMBER_ATTRIBUTE_PREFIX}${number}${this.attributes(element)}>`;
    const end = `</${tag}>`;
    const leaf =
      VOID_TAGS.has(tag) || EMPTY_BODY_TAGS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    const body = !VOID_TAGS.has(tag) && tag === 'script' && isJsonLd(element) ? jsonLdBody(element) : '';
    if (number >= PAGE_ELEMENTS || !this.fits(open.length + body.length + end.length)) {
      this.stop();
      return;
    }
    this.elements.push(element);
    this.tags.push(tag);
    this.numbers.set(element, number);
    this.emit(open);
    if (BLOCK_TAGS.has(tag)) this.run++;
    if (VOID_TAGS.has(tag)) return;
    if (leaf) {
      this.emit(body + end);
      return;
    }
    const opaque = parentOpaque || OPAQUE_TAGS.has(tag) || element.getAttribute('contenteditable') === 'true';
    this.stack.push({ element, next: element.firstChild, opaque });
    this.closing += end.length;
  }

  private leave(element: Element): void {
    const tag = element.localName;
    this.closing -= tag.length + 3;
    this.emit(`</${tag}>`);
    if (BLOCK_TAGS.has(tag)) this.run++;
  }

  private text(node: Text, frame: Frame): void {
    const data = node.data;
    const escaped = escapeText(data);
    if (!this.fits(escaped.length) || (!frame.opaque && this.texts.length >= PAGE_TEXT_NODES)) {
      this.stop();
      return;
    }
    this.emit(escaped);
    if (frame.opaque) return;
    this.nodes.push(node);
    this.texts.push(data);
    this.textChars += data.length;
    this.parents.push(this.numbers.get(frame.element)!);
    this.runs.push(this.run);
  }

  private attributes(element: Element): string {
    const attrs = element.attributes;
    let s = '';
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      const name = a.name;
      // Event handlers are useless to the worker; odd names would not parse back the same.
      if (name.startsWith('on') || name.startsWith(NUMBER_ATTRIBUTE_PREFIX) || !SAFE_ATTRIBUTE.test(name)) continue;
      s += ` ${name}="${escapeAttribute(a.value)}"`;
    }
    return s;
  }
}

const TEXT_SPECIALS = /[&<>]/;
const ATTRIBUTE_SPECIALS = /[&"]/;

export function escapeText(s: string): string {
  if (!TEXT_SPECIALS.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(s: string): string {
  if (!ATTRIBUTE_SPECIALS.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Reads the whole page at once: for tests and small pages. */
export function snapshotPage(doc: Document): LiveSnapshot {
  const walk = new SnapshotWalk(doc);
  walk.step(Number.POSITIVE_INFINITY);
  return walk.result();
}
