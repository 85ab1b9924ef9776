// The content script's entry: wires reading, marking, the hover card, commands and re-reading
// after the page changes. Every entry point is wrapped: an error of ours is logged, never thrown
// into the page's event handlers, and the page keeps working whatever happens here.

import { browser } from '../shared/browser.ts';
import { browserTranslate } from '../shared/i18n.ts';
import { openPanelReplyProblem, readMessage, type Command, type Message, type OpenPanelReply, type ShowMentionReply } from '../shared/messages.ts';
import { CardHost } from './card-host.ts';
import { HoverController } from './hover.ts';
import { MarkIndex, type PageMark } from './map-back.ts';
import { createPainter, installMarksStyle, type MarkPainter } from './marks.ts';
import { MentionFocus } from './mention-focus.ts';
import { readPage, type PageReading } from './page-reader.ts';
import { PageWatcher } from './page-watcher.ts';
import { readingReport } from './reading-report.ts';
import { ReaderSettings } from './reader-settings.ts';
import type { MarkStyle, Settings } from '../shared/settings.ts';

const INSTANCE = '__boiCanhContent';

const warn = (...args: unknown[]) => console.warn('[Bối cảnh]', ...args);

class ContentApp {
  private marks: PageMark[] = [];
  private index: MarkIndex | null = null;
  private painter: MarkPainter | null = null;
  private marksOn = true;
  private cursor = -1;
  private generation = 0;
  private lastCount = -1;
  private forced = false;
  private readonly cards: CardHost;
  private readonly hover: HoverController;
  private readonly watcher: PageWatcher;
  private readonly focus: MentionFocus;
  private readonly settings: ReaderSettings;
  private restyle: ((style: MarkStyle) => void) | null = null;

  constructor(private readonly doc: Document) {
    const t = browserTranslate((key, subs) => browser.i18n.getMessage(key, subs));
    const actions = {
      openPanel: (id: string) => this.openPanel(id),
      addToGlossary: (name: string, title: string) => void this.send({ type: 'card/add-to-glossary', name, title }).catch(warn),
    };
    this.cards = new CardHost(doc, t, actions, (inside) => this.hover.pointerInCard(inside));
    this.focus = new MentionFocus(doc);
    this.hover = new HoverController({
      doc,
      index: () => this.index,
      painter: {
        setCurrent: (m) => this.painter?.setCurrent(m),
        markAround: (n) => this.painter?.markAround(n) ?? null,
      },
      cards: this.cards,
      enabled: () => this.marksOn && this.marks.length > 0 && this.settings.current.markStyle !== 'off',
      openDelay: () => this.settings.current.hoverDelayMs,
    });
    this.watcher = new PageWatcher(doc, (urlChanged) => this.reread(urlChanged));
    this.settings = new ReaderSettings(doc.location?.hostname ?? '');
  }

  start(): void {
    this.hover.start();
    browser.runtime.onMessage.addListener((raw: unknown) => {
      try {
        return this.onMessage(raw);
      } catch (error) {
        warn('message handler:', error);
        return undefined;
      }
    });
    // The context menu's "open in the side panel" acts on the name under the pointer.
    this.doc.defaultView?.addEventListener(
      'contextmenu',
      (e) => {
        try {
          const mark = this.marksOn && this.marks.length ? this.hover.markAt(e.clientX, e.clientY) : null;
          this.send({ type: 'page/context-actor', actorId: mark?.actorId ?? null }).catch((err: unknown) => warn('context menu:', err));
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

  private send(message: Message): Promise<unknown> {
    return browser.runtime.sendMessage(message);
  }

  private onMessage(raw: unknown): Promise<ShowMentionReply> | undefined {
    const message = readMessage(raw, ['page/command', 'page/activate', 'page/show-mention'], 'content script');
    if (!message) return undefined;
    if (message.type === 'page/activate') {
      this.forced = true;
      void this.read(true);
    } else if (message.type === 'page/show-mention') {
      return Promise.resolve(this.showMention(message.actorId, message.index));
    } else this.command(message.command);
    return undefined;
  }

  /** The side panel's "in this article": scroll to the mention, flash it, mark it current. */
  private showMention(actorId: string, index: number): ShowMentionReply {
    if (!this.marksOn) return { ok: false, reason: 'marks are turned off' };
    this.hover.close();
    const { mark, ...reply } = this.focus.show(this.marks, actorId, index);
    if (mark) this.painter?.setCurrent(mark);
    return reply;
  }

  /** The card's button. The reply says whether the panel shows the actor or the reader must open
   *  it (Firefox); a malformed or missing reply counts as the latter. */
  private async openPanel(actorId: string): Promise<OpenPanelReply> {
    try {
      const reply: unknown = await this.send({ type: 'card/open-panel', actorId });
      const problem = openPanelReplyProblem(reply);
      if (!problem) return reply as OpenPanelReply;
      warn('open panel: dropped a malformed reply:', problem);
    } catch (error) {
      warn('open panel:', error);
    }
    return { ok: true, shown: 'hint' };
  }

  /** Tells the background what this reading found. Every reading reports, even an unchanged one:
   *  the background forgets a tab's state when the tab starts loading, and readings are rare
   *  (the watcher debounces them). */
  private report(reading: PageReading): void {
    const report = readingReport({ url: this.doc.URL, ...reading, marks: this.marks });
    this.send({ type: 'page/reading', reading: report }).catch((e: unknown) => warn('reading report:', e));
  }

  /** A change in the options page, applied at once: site switched off or on, another mark style. */
  private applySettings(next: Settings, previous: Settings): void {
    if (next.markStyle !== previous.markStyle) {
      this.hover.close();
      this.restyle?.(next.markStyle);
    }
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
    try {
      const reading = await readPage(this.doc, (m) => this.send(m), force || this.forced);
      if (generation !== this.generation) return; // a newer read started meanwhile
      this.show(reading.marks);
      this.report(reading);
    } catch (error) {
      warn('reading the page failed:', error);
    }
  }

  private reread(urlChanged: boolean): void {
    if (urlChanged) {
      this.forced = false;
      this.show([]);
    }
    void this.read(false);
  }

  private show(marks: PageMark[]): void {
    this.hover.close();
    this.marks = marks;
    this.index = new MarkIndex(marks);
    this.cursor = -1;
    if (marks.length && !this.painter) {
      this.restyle = installMarksStyle(this.doc, this.settings.current.markStyle);
      this.painter = createPainter(this.doc);
    }
    this.repaint();
    const count = new Set(marks.map((m) => m.actorId)).size;
    if (count !== this.lastCount) {
      this.lastCount = count;
      this.send({ type: 'page/actor-count', count }).catch((e: unknown) => warn('badge:', e));
    }
  }

  /** Paints the current marks, or clears them while the reader has turned marks off. Our own
   *  painting is not a page change for the watcher. */
  private repaint(): void {
    this.watcher.ignoring(() => (this.marksOn ? this.painter?.paint(this.marks) : this.painter?.clear()));
  }

  private command(command: Command): void {
    if (command === 'toggle-marks') {
      this.marksOn = !this.marksOn;
      this.hover.close();
      this.repaint();
      return;
    }
    if (!this.marksOn || !this.marks.length) return;
    this.cursor = (this.cursor + 1) % this.marks.length;
    const mark = this.marks[this.cursor]!;
    const element = mark.range.startContainer.parentElement;
    this.hover.close();
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.hover.openNow(mark, true);
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
