// Keeps the marks of a page that redraws its article (a framework putting the same text on new
// nodes): they follow the text onto the new nodes at once (re-anchor.ts), so that the next hover
// finds them, and the page is read again only when its text changed. The content script's wiring
// (main.ts) tells it when a reading begins, is shown and is replaced, and when the page redrew;
// it answers with marks moved, a re-read asked of the watcher, or a reading.

import type { PageMark } from '../marking/map-back.ts';
import type { PageMarking } from '../marking/page-marking.ts';
import { runInSlices } from '../marking/scheduler.ts';
import { MIN_NEW_TEXT, type PageWatcher } from './page-watcher.ts';
import {
  anchorMarks,
  followText,
  inPlace,
  PageTextWalk,
  regionOf,
  textChange,
  type MarkAnchor,
  type PageText,
  type Region,
} from './re-anchor.ts';

/** How many readings in a row may be set aside because a redraw during them dropped marks they
 *  would have had (the marks we have followed the redraw, and dropped those whose text went). A
 *  reading marks some text differently only when the text around it changed, which a later clean
 *  reading shows; past this many (some fifteen seconds of a page redrawing under every reading),
 *  the latest is shown as it is rather than the page's changes never being read. */
const SET_ASIDE_AT_MOST = 10;

/** What the follower asks of the content script. */
export interface FollowerHooks {
  /** Reads the page again. */
  read(): Promise<void>;
  /** Puts these marks on the page in place of the shown ones (hover, painter, badge). */
  setMarks(marks: PageMark[]): void;
}

export class RedrawFollower {
  /** Where each mark's text stands, to follow the page's redraws. */
  private anchors: MarkAnchor[] = [];
  /** The part of the page holding every mark (re-anchor.ts regionOf): the follow walk reads only it. */
  private region: Region | null = null;
  /** The page's texts as the reading that made the marks saw them, when the page did not change
   *  during it: a later change that leaves them as they were needs no re-read. */
  private readTexts: readonly string[] | null = null;
  /** Grows with each batch of changes in which the page took text out (a redraw, say). */
  private redraws = 0;
  /** Grows whenever the marks are replaced: a walk of the page started before is then moot. */
  private marksVersion = 0;
  private setAside = 0;

  constructor(
    private readonly doc: Document,
    private readonly marking: Pick<PageMarking, 'current' | 'touchesDom'>,
    private readonly watcher: Pick<PageWatcher, 'changes' | 'rereadSoon'>,
    private readonly hooks: FollowerHooks,
  ) {}

  /** The redraws so far: a reading notes them as it begins, for `setsAside`. */
  get redrawCount(): number {
    return this.redraws;
  }

  /** Whether a reading of `count` marks, begun when the redraws were `redrawsBefore`, is set aside
   *  (the caller asks for another): the page redrew during it and took marks from it, which ours
   *  followed. At most SET_ASIDE_AT_MOST in a row. */
  setsAside(redrawsBefore: number, count: number): boolean {
    if (this.redraws !== redrawsBefore && count < this.marking.current.length && this.setAside++ < SET_ASIDE_AT_MOST)
      return true;
    this.setAside = 0;
    return false;
  }

  /** New marks from a reading (or none): what was remembered of the old marks is forgotten. */
  forget(): void {
    this.anchors = [];
    this.readTexts = null;
    this.marksVersion++;
  }

  /** After a reading is shown: where each mark's text stands, and the text the reading saw. That
   *  text counts only if the page did not change since the reading began (`changes`): a paragraph
   *  added meanwhile would otherwise pass for read. */
  async remember(changes: number): Promise<void> {
    const version = this.marksVersion;
    const marks = this.marking.current;
    const redraws = this.redraws;
    this.region = regionOf(marks);
    const text = await this.pageText();
    if (version !== this.marksVersion) return;
    if (!text || redraws !== this.redraws) {
      // A redraw tore the walk or moved the marks before they were anchored: read again.
      this.watcher.rereadSoon();
      return;
    }
    this.anchors = anchorMarks(marks, text);
    const whole = this.anchors.length === marks.length;
    this.readTexts = whole && changes === this.watcher.changes ? text.texts : null;
  }

  /** The page took text out: if it was our marks' text (a redraw of the article), they follow it
   *  onto the new nodes now, in the same microtask, so that the next hover finds them. */
  followRedraw(): void {
    this.redraws++;
    // The fallback painter wraps marks in elements of ours: a redraw drops them; a re-read puts them back.
    if (this.marking.touchesDom || this.anchors.every(inPlace)) return;
    const version = this.marksVersion;
    this.pageText()
      .then((text) => {
        if (version !== this.marksVersion) return;
        if (text) this.follow(text);
        else this.watcher.rereadSoon();
      })
      .catch((e: unknown) => console.warn('[Bối cảnh]', 'following a redraw:', e));
  }

  /** The page changed: the marks follow its text where it was redrawn, and after redraws alone it
   *  is read again only when its text is not what the last reading saw. Any other change (text
   *  added, a "read more" box shown, whose text the walk below cannot tell was hidden) is read. */
  async rereadIfChanged(redrawsOnly: boolean): Promise<void> {
    if (!redrawsOnly) return this.hooks.read();
    const seen = this.readTexts;
    const now = seen ? await this.pageText() : null;
    // A reading shown meanwhile is newer than this change; marks lost meanwhile asked for a re-read.
    if (this.readTexts !== seen) return;
    if (now) this.follow(now);
    if (seen && now && textChange(seen, now.texts) < MIN_NEW_TEXT) return;
    await this.hooks.read();
  }

  /** The page's text nodes now, walked in slices; null when the page tore the walk apart. */
  private async pageText(): Promise<PageText | null> {
    // The marks' region (the whole page before any marks). A region the redraw took away leaves no
    // ranks to follow by: torn, like a walk the page tore apart, and the page is read again.
    if (this.region && !this.region.root.isConnected) return null;
    const walk = new PageTextWalk(this.region ?? this.doc.body ?? this.doc.documentElement);
    await runInSlices((deadline) => walk.step(deadline));
    return walk.result();
  }

  /** Puts the marks on the page's text as it is now. Marks whose text is gone are dropped, and the
   *  page is read again. */
  private follow(text: PageText): void {
    if (this.anchors.every(inPlace)) return;
    const { anchors } = followText(this.anchors, text);
    // Marks never anchored (the page changed before they could be) are lost too.
    const lost = this.marking.current.length - anchors.length;
    this.anchors = anchors;
    if (lost > 0) {
      this.readTexts = null;
      this.watcher.rereadSoon();
    }
    this.marksVersion++;
    this.hooks.setMarks(anchors.map((a) => a.mark));
  }
}
