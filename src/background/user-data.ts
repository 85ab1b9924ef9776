// The background's side of what the reader keeps on their machine: the reading history (recorded
// from every reading a content script reports, answered to the options page and the side panel) and the reader's
// glossary additions (the matcher is rebuilt around them as soon as they change).

import type { Runtime } from 'webextension-polyfill';
import { ask } from '../protocol/ask.ts';
import type { Handler, Handlers } from '../protocol/handlers.ts';
import type { ExtensionPagesToBackground } from '../protocol/messages.ts';
import { browser, extractionPlace } from '../shared/browser.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import { HISTORY_KEY, rememberedPeople, type RememberedPerson } from '../keeping/history.ts';
import { draftAddress } from '../keeping/glossary-draft.ts';
import { entryFromReading } from '../keeping/page-facts.ts';
import { USER_GLOSSARY_KEY, storedUserGlossary } from '../keeping/user-glossary.ts';
import type { ExtractionHost } from './extraction-host.ts';
import { HistoryStore } from './history.ts';

const warn = (...args: unknown[]) => console.warn('[Bối cảnh] background:', ...args);

export const history = new HistoryStore(browser.storage.local);

/** Remembers the article a tab just reported reading, when it is one with at least one actor.
 *  Private windows are never remembered. Never throws: the report's other uses must not wait on it. */
export function noteReading(sender: Runtime.MessageSender, reading: PageReadingReport): void {
  try {
    if (!sender.tab || sender.tab.incognito) return;
    const entry = entryFromReading(reading, new Date());
    if (entry) history.record(entry).catch((e: unknown) => warn('reading history:', e));
  } catch (error) {
    warn('reading history:', error);
  }
}

async function userGlossary() {
  return storedUserGlossary((await browser.storage.local.get(USER_GLOSSARY_KEY))[USER_GLOSSARY_KEY]);
}

type UserDataType = Exclude<keyof ExtensionPagesToBackground, 'panel/get-tab'>;

/** Extension pages (options, side panel, offscreen document) only: a content script has no
 *  business with the history, and its ask goes unanswered. serve has already checked that the
 *  sender is our extension. */
function extensionPagesOnly<T extends UserDataType>(handler: Handler<T>): Handler<T> {
  return (message, sender) =>
    (sender.url ?? '').startsWith(browser.runtime.getURL('')) ? handler(message, sender) : undefined;
}

/** The background's answers to history/* and glossary/user-additions (served with the others in
 *  main.ts); a failure is answered `{ ok: false, reason }` by serve. */
export const userDataHandlers: Handlers<UserDataType> = {
  'history/list': extensionPagesOnly(async () => ({ ok: true as const, entries: await history.list() })),
  'history/clear': extensionPagesOnly(async () => {
    await history.clear();
    return { ok: true as const };
  }),
  'history/import': extensionPagesOnly(async (message) => ({
    ok: true as const,
    ...(await history.import(message.entries)),
  })),
  'glossary/user-additions': extensionPagesOnly(async () => ({ ok: true as const, glossary: await userGlossary() })),
};

/** An extraction host that follows the reader's glossary additions: on every change a new host is
 *  made (its matcher loads the additions), and Chrome's offscreen document is told the news. */
export function followUserGlossary(make: () => ExtractionHost): ExtractionHost {
  let current = make();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(USER_GLOSSARY_KEY in changes)) return;
    current = make();
    if (extractionPlace() === 'offscreen') {
      const glossary = storedUserGlossary(changes[USER_GLOSSARY_KEY]!.newValue);
      // No offscreen document yet is fine: the first one asks for the additions itself.
      ask({ type: 'offscreen/user-glossary', glossary }).catch(() => undefined);
    }
  });
  return {
    extract: (snapshot, people) => current.extract(snapshot, people),
    matchRuns: (runs, people) => current.matchRuns(runs, people),
    warmUp: () => current.warmUp(),
  };
}

let remembered: Promise<RememberedPerson[]> | null = null;

/** The people the reading history remembers, read once and again only after the history changes
 *  (every article read changes it, but most readings add no one: the list is cheap to rebuild). */
export function rememberedNow(): Promise<RememberedPerson[]> {
  remembered ??= history.list().then((entries) => rememberedPeople(entries));
  remembered.catch(() => (remembered = null));
  return remembered;
}

/** The card's "add to my glossary" on a person read from an article: the options page in a new
 *  tab, its new-actor form filled with the name and the title the article gave. */
export async function openGlossaryDraft(name: string, title: string): Promise<void> {
  await browser.tabs.create({
    url: draftAddress(browser.runtime.getURL('options.html'), { type: 'person', name, description: title }),
  });
}

export function installUserData(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && HISTORY_KEY in changes) remembered = null;
  });
}
