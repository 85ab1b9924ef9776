// Notices pages that change without reloading: client-side navigation (the URL changes) and text
// loaded later (infinite scroll, live updates). Debounced, and blind to small edits (a ticking
// clock, a view counter), so that a busy page does not make us re-read it all the time.

import { isOwnElement } from './text-nodes.ts';
import { guarded, now, timeout } from './scheduler.ts';

const DEBOUNCE_MS = 700;
/** Less new text than this is not worth a re-read. */
const MIN_NEW_TEXT = 40;
const URL_POLL_MS = 1000;

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && isOwnElement(node as Element);
}

/** How much readable text a batch of mutations added or changed (ours excluded). */
export function changedTextLength(records: readonly MutationRecord[]): number {
  let length = 0;
  for (const r of records) {
    if (r.type === 'attributes') {
      // A box shown or hidden ("Xem tiếp" revealing the rest of the story).
      if (!isOwn(r.target)) length += (r.target.textContent ?? '').trim().length;
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
      if (!isOwn(node)) length += (node.textContent ?? '').trim().length;
    }
  }
  return length;
}

export class PageWatcher {
  private url: string;
  private changed = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;
  private lastRun = 0;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (urlChanged: boolean) => void,
  ) {
    this.url = doc.URL;
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
    win.addEventListener('popstate', guarded('watcher', () => this.schedule()));
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
    this.changed += changedTextLength(records);
    if (this.changed >= MIN_NEW_TEXT) this.schedule();
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
    try {
      this.onChange(urlChanged);
    } catch (error) {
      console.warn('[Bối cảnh] re-read:', error);
    }
  }
}
