// The content script's entry: wires reading, marking, the hover card, commands and re-reading
// after the page changes. Every entry point is wrapped: an error of ours is logged, never thrown
// into the page's event handlers, and the page keeps working whatever happens here.
//
// A page that redraws its article (re-anchor.ts) keeps its marks: they follow the text onto the new
// nodes at once, and the page is read again only when its text changed.

import { browser } from '../shared/browser.ts';
import { browserTranslate } from '../shared/i18n.ts';
import { ask } from '../protocol/ask.ts';
import type { Command, OpenPanelReply } from '../protocol/messages.ts';
import { onlyOursReachUs } from '../protocol/handlers.ts';
import { serve } from '../protocol/serve.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import type { PageMark } from './map-back.ts';
import { PageMarking } from './page-marking.ts';
import { readPage, type PageReading } from './page-reader.ts';
import { MIN_NEW_TEXT, PageWatcher } from './page-watcher.ts';
import { anchorMarks, followText, inPlace, PageTextWalk, regionOf, textChange, type MarkAnchor, type PageText, type Region } from './re-anchor.ts';
import { readingReport } from './reading-report.ts';
import { ReaderSettings } from './reader-settings.ts';
import { runInSlices } from './scheduler.ts';
import type { Settings } from '../keeping/settings.ts';

const INSTANCE = '__boiCanhContent';

const warn = (...args: unknown[]) => console.warn('[Bối cảnh]', ...args);

/** How many readings in a row may be set aside because a redraw during them dropped marks they
 *  would have had (the marks we have followed the redraw, and dropped those whose text went). A
 *  reading marks some text differently only when the text around it changed, which a later clean
 *  reading shows; past this many (some fifteen seconds of a page redrawing under every reading),
 *  the latest is shown as it is rather than the page's changes never being read. */
const SET_ASIDE_AT_MOST = 10;

/** The reading report's word that the page was too large to read whole (its copy stopped at the
 *  bounds of src/shared/limits.ts): the panel tells the reader, beside the marks that were found. */
function tooLarge(copy: PageReading['copy']): Pick<PageReadingReport, 'tooLarge'> {
  return copy?.truncated ? { tooLarge: { readChars: copy.textChars } } : {};
}

class ContentApp {
  private cursor = -1;
  private generation = 0;
  private lastCount = -1;
  private forced = false;
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
  /** The generation of the reading under way (0: none), and whether the page changed again while
   *  it ran. */
  private readingNow = 0;
  /** A change the page made while the reading ran: redraws alone, or something else. */
  private changeWhileReading: 'redraws' | 'other' | null = null;
  private readonly marking: PageMarking;
  private readonly watcher: PageWatcher;
  private readonly settings: ReaderSettings;

  constructor(private readonly doc: Document) {
    const t = browserTranslate((key, subs) => browser.i18n.getMessage(key, subs));
    const actions = {
      openPanel: (id: string) => this.openPanel(id),
      addToGlossary: (name: string, title: string) => void ask({ type: 'card/add-to-glossary', name, title }).catch(warn),
    };
    this.marking = new PageMarking({
      doc,
      t,
      actions,
      style: () => this.settings.current.markStyle,
      hoverDelayMs: () => this.settings.current.hoverDelayMs,
      // Our own painting is not a page change for the watcher.
      drawing: (draw) => this.watcher.ignoring(draw),
    });
    this.watcher = new PageWatcher(
      doc,
      (urlChanged, redrawsOnly) => this.reread(urlChanged, redrawsOnly),
      () => this.followRedraw(),
    );
    this.settings = new ReaderSettings(doc.location?.hostname ?? '');
  }

  start(): void {
    this.marking.start();
    serve(
      {
        'page/activate': () => {
          this.forced = true;
          void this.read(true);
          return undefined;
        },
        'page/command': (message) => this.command(message.command),
        'page/show-mention': (message) => this.marking.showMention(message.actorId, message.index),
      },
      'content script',
      onlyOursReachUs,
    );
    // The context menu's "open in the side panel" acts on the name under the pointer.
    this.doc.defaultView?.addEventListener(
      'contextmenu',
      (e) => {
        try {
          const mark = this.marking.markAt(e.clientX, e.clientY);
          ask({ type: 'page/context-actor', actorId: mark?.actorId ?? null }).catch((err: unknown) => warn('context menu:', err));
        } catch (error) {
          warn('context menu:', error);
        }
      },
      { capture: true, passive: true },
    );
    // The settings first: a site the reader switched off is never read.
    void this.settings.load().then(() => this.read(false));
    this.settings.follow((next, previous) => this.applySettings(next, previous));
    this.watcher.start();
  }

  /** The card's button. The reply says whether the panel shows the actor or the reader must open
   *  it (Firefox); a malformed or missing reply counts as the latter. */
  private async openPanel(actorId: string): Promise<OpenPanelReply> {
    try {
      return await ask({ type: 'card/open-panel', actorId });
    } catch (error) {
      warn('open panel:', error);
    }
    return { ok: true, shown: 'hint' };
  }

  /** Tells the background what this reading found. Every reading reports, even an unchanged one:
   *  the background forgets a tab's state when the tab starts loading, and readings are rare
   *  (the watcher debounces them). */
  private report(reading: PageReading): void {
    const report = { ...readingReport({ url: this.doc.URL, ...reading, marks: this.marking.current }), ...tooLarge(reading.copy) };
    ask({ type: 'page/reading', reading: report }).catch((e: unknown) => warn('reading report:', e));
  }

  /** A change in the options page, applied at once: site switched off or on, another mark style. */
  private applySettings(next: Settings, previous: Settings): void {
    if (next.markStyle !== previous.markStyle) this.marking.setStyle(next.markStyle);
    const isOff = this.settings.siteOff;
    // The toolbar button (page/activate) is the reader asking for this page: it outranks the setting.
    if (this.forced || isOff === this.settings.offIn(previous)) return;
    if (isOff) {
      this.generation++; // a reading under way must not paint after this
      this.show([]);
    } else void this.read(false);
  }

  private async read(force: boolean): Promise<void> {
    const generation = ++this.generation;
    if (!force && !this.forced && this.settings.siteOff) {
      console.info('[Bối cảnh] this site is switched off in the options: nothing to do');
      return;
    }
    const changes = this.watcher.changes;
    const redraws = this.redraws;
    this.readingNow = generation;
    try {
      const reading = await readPage(this.doc, ask, force || this.forced);
      if (generation !== this.generation) return; // a newer read started meanwhile
      if (this.redraws !== redraws && reading.marks.length < this.marking.current.length && this.setAside++ < SET_ASIDE_AT_MOST) {
        // The page redrew during the reading and took marks from it; ours followed the redraw.
        this.watcher.rereadSoon();
        return;
      }
      this.setAside = 0;
      this.show(reading.marks);
      this.report(reading);
      this.remember(changes).catch((e: unknown) => warn('remembering the marks:', e));
    } catch (error) {
      warn('reading the page failed:', error);
    } finally {
      if (this.readingNow === generation) this.readingDone();
    }
  }

  /** A change the page made while a reading ran is looked at once the reading is over: starting
   *  another would discard the one under way, and a page that changes often would never be read. */
  private readingDone(): void {
    this.readingNow = 0;
    const change = this.changeWhileReading;
    this.changeWhileReading = null;
    if (change) this.rereadIfChanged(change === 'redraws').catch((e: unknown) => warn('re-read:', e));
  }

  private reread(urlChanged: boolean, redrawsOnly: boolean): void {
    if (urlChanged) {
      this.forced = false;
      this.show([]);
      void this.read(false);
      return;
    }
    if (!this.readingNow) this.rereadIfChanged(redrawsOnly).catch((e: unknown) => warn('re-read:', e));
    else if (!redrawsOnly || !this.changeWhileReading) this.changeWhileReading = redrawsOnly ? 'redraws' : 'other';
  }

  /** The page changed: the marks follow its text where it was redrawn, and after redraws alone it
   *  is read again only when its text is not what the last reading saw. Any other change (text
   *  added, a "read more" box shown, whose text the walk below cannot tell was hidden) is read. */
  private async rereadIfChanged(redrawsOnly: boolean): Promise<void> {
    if (!redrawsOnly) return this.read(false);
    const seen = this.readTexts;
    const now = seen ? await this.pageText() : null;
    // A reading shown meanwhile is newer than this change; marks lost meanwhile asked for a re-read.
    if (this.readTexts !== seen) return;
    if (now) this.follow(now);
    if (seen && now && textChange(seen, now.texts) < MIN_NEW_TEXT) return;
    await this.read(false);
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

  /** After a reading is shown: where each mark's text stands, and the text the reading saw. That
   *  text counts only if the page did not change since the reading began (`changes`): a paragraph
   *  added meanwhile would otherwise pass for read. */
  private async remember(changes: number): Promise<void> {
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
  private followRedraw(): void {
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
      .catch((e: unknown) => warn('following a redraw:', e));
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
    this.setMarks(anchors.map((a) => a.mark));
  }

  /** New marks from a reading (or none): the card closes, the next-mention cursor starts over, and
   *  what was remembered of the old marks is forgotten. */
  private show(marks: PageMark[]): void {
    this.marking.closeCard();
    this.cursor = -1;
    this.anchors = [];
    this.readTexts = null;
    this.marksVersion++;
    this.setMarks(marks);
  }

  /** The marks hover finds, the painter draws, and the badge counts. */
  private setMarks(marks: PageMark[]): void {
    this.marking.set(marks);
    const count = new Set(marks.map((m) => m.actorId)).size;
    if (count !== this.lastCount) {
      this.lastCount = count;
      ask({ type: 'page/actor-count', count }).catch((e: unknown) => warn('badge:', e));
    }
  }

  private command(command: Command): void {
    if (command === 'toggle-marks') return this.marking.toggle();
    const marks = this.marking.current;
    if (!this.marking.visible || !marks.length) return;
    this.cursor = (this.cursor + 1) % marks.length;
    this.marking.openCard(marks[this.cursor]!);
  }
}

function main(): void {
  const scope = globalThis as Record<string, unknown>;
  // The toolbar button injects this script again into pages that already have it; the message
  // that follows (page/activate) reaches the first instance.
  if (scope[INSTANCE]) return;
  scope[INSTANCE] = true;
  if (!document.documentElement || document.contentType !== 'text/html') return;
  new ContentApp(document).start();
}

try {
  main();
} catch (error) {
  warn('failed to start:', error);
}
