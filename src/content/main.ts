// The content script's entry: wires reading, marking, the hover card, commands and re-reading
// after the page changes. Every entry point is wrapped: an error of ours is logged, never thrown
// into the page's event handlers, and the page keeps working whatever happens here.

import { browser } from '../shared/browser.ts';
import { browserTranslate } from '../shared/i18n.ts';
import { readMessage, type Command, type Message } from '../shared/messages.ts';
import { CardHost } from './card-host.ts';
import { HoverController } from './hover.ts';
import { MarkIndex, type PageMark } from './map-back.ts';
import { createPainter, installMarksStyle, type MarkPainter } from './marks.ts';
import { readPage } from './page-reader.ts';
import { PageWatcher } from './page-watcher.ts';

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

  constructor(private readonly doc: Document) {
    const t = browserTranslate((key, subs) => browser.i18n.getMessage(key, subs));
    this.cards = new CardHost(doc, t, (id) => void this.send({ type: 'card/open-panel', actorId: id }), (inside) =>
      this.hover.pointerInCard(inside),
    );
    this.hover = new HoverController({
      doc,
      index: () => this.index,
      painter: {
        setCurrent: (m) => this.painter?.setCurrent(m),
        markAround: (n) => this.painter?.markAround(n) ?? null,
      },
      cards: this.cards,
      enabled: () => this.marksOn && this.marks.length > 0,
    });
    this.watcher = new PageWatcher(doc, (urlChanged) => this.reread(urlChanged));
  }

  start(): void {
    this.hover.start();
    browser.runtime.onMessage.addListener((raw: unknown) => {
      try {
        this.onMessage(raw);
      } catch (error) {
        warn('message handler:', error);
      }
      return undefined;
    });
    void this.read(false);
    this.watcher.start();
  }

  private send(message: Message): Promise<unknown> {
    return browser.runtime.sendMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message = readMessage(raw, ['page/command', 'page/activate'], 'content script');
    if (!message) return;
    if (message.type === 'page/activate') {
      this.forced = true;
      void this.read(true);
    } else this.command(message.command);
  }

  private async read(force: boolean): Promise<void> {
    const generation = ++this.generation;
    try {
      const reading = await readPage(this.doc, (m) => this.send(m), force || this.forced);
      if (generation !== this.generation) return; // a newer read started meanwhile
      this.show(reading.marks);
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
      installMarksStyle(this.doc);
      this.painter = createPainter(this.doc);
    }
    if (this.painter) {
      this.watcher.ignoring(() => {
        if (this.marksOn) this.painter!.paint(marks);
        else this.painter!.clear();
      });
    }
    const count = new Set(marks.map((m) => m.actorId)).size;
    if (count !== this.lastCount) {
      this.lastCount = count;
      this.send({ type: 'page/actor-count', count }).catch((e: unknown) => warn('badge:', e));
    }
  }

  private command(command: Command): void {
    if (command === 'toggle-marks') {
      this.marksOn = !this.marksOn;
      this.hover.close();
      this.watcher.ignoring(() => (this.marksOn ? this.painter?.paint(this.marks) : this.painter?.clear()));
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
