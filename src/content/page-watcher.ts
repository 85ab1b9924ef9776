// Notices pages that change without reloading: client-side navigation (the URL changes) and text
// loaded later (infinite scroll, live updates). Debounced, and blind to small edits (a ticking
// clock, a view counter), so that a busy page does not make us re-read it all the time. A page that
// takes text out of the document (a framework redrawing its article) is reported at once, not
// debounced: the marks on the removed nodes must follow the text before the reader's next hover.

import { isOwnElement } from '../marking/own-elements.ts';
import { guarded, now, timeout } from '../marking/scheduler.ts';

const DEBOUNCE_MS = 700;
/** Less new text than this is not worth a re-read. */
export const MIN_NEW_TEXT = 40;
const URL_POLL_MS = 1000;

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && isOwnElement(node as Element);
}

/** What a batch of mutations did to the page's readable text (ours excluded): how much it added,
 *  removed or changed, and whether it took any out of the document. */
export interface TextChange {
  length: number;
  removed: boolean;
  /** A box was shown or hidden: text may have come into view that no node change reveals. */
  shown: boolean;
}

export function measureChange(records: readonly MutationRecord[]): TextChange {
  let length = 0;
  let removed = false;
  let shown = false;
  for (const r of records) {
    if (r.type === 'attributes') {
      // A box shown or hidden ("Xem tiếp" revealing the rest of the story).
      if (isOwn(r.target)) continue;
      length += (r.target.textContent ?? '').trim().length;
      shown = true;
      continue;
    }
    if (r.type === 'characterData') {
      length += Math.abs((r.target.textContent ?? '').length - (r.oldValue ?? '').length) || 1;
      continue;
    }
    for (const node of r.addedNodes) {
      if (!isOwn(node)) length += (node.textContent ?? '').trim().length;
    }
    for (const node of r.removedNodes) {
      if (isOwn(node)) continue;
      const text = (node.textContent ?? '').trim().length;
      length += text;
      if (text > 0) removed = true;
    }
  }
  return { length, removed, shown };
}

/** How much readable text a batch of mutations added or changed (ours excluded). */
export function changedTextLength(records: readonly MutationRecord[]): number {
  return measureChange(records).length;
}

export class PageWatcher {
  private url: string;
  private changed = 0;
  /** Since the last re-read, the page changed in a way other than taking text out (a redraw). */
  private beyondRedraws = false;
  /** Characters of text changed since the watcher started: a reader of the page compares it before
   *  and after to learn whether the page changed meanwhile. */
  private total = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;
  private lastRun = 0;

  constructor(
    private readonly doc: Document,
    /** `redrawsOnly`: every change since the last call took text out and showed nothing new, as a
     *  redraw does; the caller may then find the text as it was and skip the re-read. */
    private readonly onChange: (urlChanged: boolean, redrawsOnly: boolean) => void,
    /** Called at once (in the same microtask as the page's change) when the page took text out. */
    private readonly onTextRemoved: () => void = () => {},
  ) {
    this.url = doc.URL;
  }

  /** Grows with every change of the page's text; unchanged means the text is as it was. */
  get changes(): number {
    return this.total;
  }

  start(): void {
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver(guarded('watcher', (records: MutationRecord[]) => this.noticed(records)));
    this.observer.observe(this.doc.body ?? this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
      attributes: true,
      attributeFilter: ['hidden', 'open'],
    });
    // pushState does not fire an event a content script can hear; popstate covers back/forward.
    win.addEventListener(
      'popstate',
      guarded('watcher', () => this.schedule()),
    );
    const poll = () => {
      if (this.doc.URL !== this.url) this.schedule();
      timeout(poll, URL_POLL_MS);
    };
    timeout(poll, URL_POLL_MS);
  }

  /** Runs `change` (our own DOM writes) without noticing the mutations it makes. */
  ignoring(change: () => void): void {
    change();
    this.observer?.takeRecords();
  }

  private noticed(records: MutationRecord[]): void {
    const { length, removed, shown } = measureChange(records);
    this.total += length;
    this.changed += length;
    // A batch that took text out and showed nothing may be a redraw putting the same text back;
    // anything else (text only added, a box shown) surely needs reading.
    if (length > 0 && (!removed || shown)) this.beyondRedraws = true;
    if (this.changed >= MIN_NEW_TEXT) this.schedule();
    if (removed) this.onTextRemoved();
  }

  /** Asks for a re-read at the next debounce turn, whatever the page did. */
  rereadSoon(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    // At most one re-read per debounce period, even under a stream of changes.
    const wait = Math.max(DEBOUNCE_MS, this.lastRun + 2 * DEBOUNCE_MS - now());
    this.timer = timeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.timer = null;
    this.lastRun = now();
    const urlChanged = this.doc.URL !== this.url;
    this.url = this.doc.URL;
    this.changed = 0;
    const redrawsOnly = !this.beyondRedraws;
    this.beyondRedraws = false;
    try {
      this.onChange(urlChanged, redrawsOnly);
    } catch (error) {
      console.warn('[Bối cảnh] re-read:', error);
    }
  }
}
