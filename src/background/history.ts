// The reading history's store, in storage.local (on the reader's machine, kept across restarts).
// Only the background writes it, one change at a time: a page read and an import arriving together
// must not overwrite each other's work. Takes the storage area as a parameter, so that the
// unit tests run it on an in-memory area, with no browser.

import {
  HISTORY_KEY,
  mergeEntries,
  recordEntry,
  storedEntries,
  type HistoryEntry,
  type MergeReport,
} from '../keeping/history.ts';
import { HISTORY_ENTRIES } from '../shared/limits.ts';
import { SETTINGS_KEY, readSettings } from '../keeping/settings.ts';

/** The part of browser.storage.local we use. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class HistoryStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageArea,
    private readonly limit = HISTORY_ENTRIES,
  ) {}

  /** Runs `work` after every change asked for before it. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<HistoryEntry[]> {
    return storedEntries((await this.area.get(HISTORY_KEY))[HISTORY_KEY]);
  }

  private write(entries: HistoryEntry[]): Promise<void> {
    return this.area.set({ [HISTORY_KEY]: entries });
  }

  /** Newest read first. */
  list(): Promise<HistoryEntry[]> {
    return this.serial(() => this.read());
  }

  /** Remembers one read, unless the reader paused the history. Returns whether it was recorded. */
  record(entry: HistoryEntry): Promise<boolean> {
    return this.serial(async () => {
      const settings = readSettings((await this.area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      if (settings.historyPaused) return false;
      await this.write(recordEntry(await this.read(), entry, this.limit));
      return true;
    });
  }

  clear(): Promise<void> {
    return this.serial(() => this.write([]));
  }

  /** Merges already validated entries (history.ts parseHistoryFile; src/protocol/checks.ts checks again). */
  import(entries: readonly HistoryEntry[]): Promise<MergeReport> {
    return this.serial(async () => {
      const merged = mergeEntries(await this.read(), entries, this.limit);
      await this.write(merged.entries);
      return { ...merged.report, total: merged.entries.length };
    });
  }
}
