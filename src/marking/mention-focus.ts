// "In this article": the side panel asks the page to show an actor's n-th mention. The page
// scrolls it to the middle of the view and flashes it briefly (a stronger highlight that fades out
// by being removed), so the reader's eye finds it. Shared by the content script and the reader page.

import type { ShowMentionReply } from '../protocol/messages.ts';
import { actorsOfMark, type PageMark } from './map-back.ts';
import { FLASH_HIGHLIGHT } from './mark-looks.ts';
import { highlightApi } from './marks.ts';
import { timeout } from './scheduler.ts';

export const FLASH_MS = 1600;

export class MentionFocus {
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly doc: Document) {}

  /** Scrolls to mark `index` (wrapping) of `actorId` among `marks` and flashes it. A state named
   *  inside an institution's name is shown by that name's mark. */
  show(marks: readonly PageMark[], actorId: string, index: number): ShowMentionReply & { mark?: PageMark } {
    const own = marks.filter((m) => actorsOfMark(m).includes(actorId));
    if (!own.length) return { ok: false, reason: `no mark of ${actorId} in this page` };
    const at = index % own.length;
    const mark = own[at]!;
    const win = this.doc.defaultView;
    const reduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // A hidden tab (the panel opened as a tab in front of it) does not animate: jump, so the page
    // is there when the reader comes back to it.
    const smooth = !reduced && this.doc.visibilityState !== 'hidden';
    mark.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: smooth ? 'smooth' : 'instant',
    });
    this.flash(mark);
    return { ok: true, index: at, total: own.length, mark };
  }

  private flash(mark: PageMark): void {
    const api = highlightApi(this.doc.defaultView ?? globalThis);
    if (!api) return; // The element fallback has no separate paint; the scroll alone shows it.
    if (this.flashTimer) clearTimeout(this.flashTimer);
    // Built empty, then filled: Firefox's content-script world does not pass a page Range
    // through the constructor's variadic argument.
    const highlight = new api.Highlight();
    highlight.add(mark.range);
    api.registry.set(FLASH_HIGHLIGHT, highlight);
    this.flashTimer = timeout(() => {
      this.flashTimer = null;
      api.registry.delete(FLASH_HIGHLIGHT);
    }, FLASH_MS);
  }
}
