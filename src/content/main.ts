// The content script's entry: wires reading, marking, the hover card, commands and re-reading
// after the page changes. Every entry point is wrapped: an error of ours is logged, never thrown
// into the page's event handlers, and the page keeps working whatever happens here.
//
// A page that redraws its article keeps its marks (redraw-follower.ts): they follow the text onto
// the new nodes at once, and the page is read again only when its text changed.

import { extensionTranslate } from '../shared/extension-i18n.ts';
import { ask } from '../protocol/ask.ts';
import type { Command, OpenPanelReply } from '../protocol/messages.ts';
import { onlyOursReachUs } from '../protocol/handlers.ts';
import { serve } from '../protocol/serve.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import type { PageMark } from '../marking/map-back.ts';
import { PageMarking } from '../marking/page-marking.ts';
import { readingReport } from '../marking/reading-report.ts';
import { ReaderSettings } from '../marking/reader-settings.ts';
import { readPage, type PageReading } from './page-reader.ts';
import { PageWatcher } from './page-watcher.ts';
import { RedrawFollower } from './redraw-follower.ts';
import type { Settings } from '../keeping/settings.ts';

const INSTANCE = '__boiCanhContent';

const warn = (...args: unknown[]) => console.warn('[Bối cảnh]', ...args);

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
  /** The generation of the reading under way (0: none), and whether the page changed again while
   *  it ran. */
  private readingNow = 0;
  /** A change the page made while the reading ran: redraws alone, or something else. */
  private changeWhileReading: 'redraws' | 'other' | null = null;
  private readonly marking: PageMarking;
  private readonly watcher: PageWatcher;
  private readonly settings: ReaderSettings;
  private readonly follower: RedrawFollower;

  constructor(private readonly doc: Document) {
    const t = extensionTranslate;
    const actions = {
      openPanel: (id: string) => this.openPanel(id),
      addToGlossary: (name: string, title: string) =>
        void ask({ type: 'card/add-to-glossary', name, title }).catch(warn),
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
      () => this.follower.followRedraw(),
    );
    this.settings = new ReaderSettings(doc.location?.hostname ?? '');
    this.follower = new RedrawFollower(doc, this.marking, this.watcher, {
      read: () => this.read(false),
      setMarks: (marks) => this.setMarks(marks),
    });
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
          ask({ type: 'page/context-actor', actorId: mark?.actorId ?? null }).catch((err: unknown) =>
            warn('context menu:', err),
          );
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
    const report = {
      ...readingReport({ url: this.doc.URL, ...reading, marks: this.marking.current }),
      ...tooLarge(reading.copy),
    };
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
    const redraws = this.follower.redrawCount;
    this.readingNow = generation;
    try {
      const reading = await readPage(this.doc, ask, force || this.forced);
      if (generation !== this.generation) return; // a newer read started meanwhile
      if (this.follower.setsAside(redraws, reading.marks.length)) {
        // The page redrew during the reading and took marks from it; ours followed the redraw.
        this.watcher.rereadSoon();
        return;
      }
      this.show(reading.marks);
      this.report(reading);
      this.follower.remember(changes).catch((e: unknown) => warn('remembering the marks:', e));
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
    if (change) this.follower.rereadIfChanged(change === 'redraws').catch((e: unknown) => warn('re-read:', e));
  }

  private reread(urlChanged: boolean, redrawsOnly: boolean): void {
    if (urlChanged) {
      this.forced = false;
      this.show([]);
      void this.read(false);
      return;
    }
    if (!this.readingNow) this.follower.rereadIfChanged(redrawsOnly).catch((e: unknown) => warn('re-read:', e));
    else if (!redrawsOnly || !this.changeWhileReading) this.changeWhileReading = redrawsOnly ? 'redraws' : 'other';
  }

  /** New marks from a reading (or none): the card closes, the next-mention cursor starts over, and
   *  what was remembered of the old marks is forgotten. */
  private show(marks: PageMark[]): void {
    this.marking.closeCard();
    this.cursor = -1;
    this.follower.forget();
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
    if (command === 'toggle-marks') {
      this.marking.toggle();
      return;
    }
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
