// Where the background has page copies read: in Chrome, the offscreen document (the service worker
// has no DOM); in Firefox, right here (the event page has one). Matching alone (the in-page
// fallback's request) needs no DOM and runs here in both.

import { chromeApi, extractionPlace } from '../shared/browser.ts';
import { ExtractionService } from '../analysis/extraction-service.ts';
import { glossaryDeps } from '../analysis/glossary-loader.ts';
import { loadBundledGlossary } from '../analysis/bundled-glossary.ts';
import type { RememberedPerson } from '../keeping/history.ts';
import { ask } from '../protocol/ask.ts';
import type { ExtractReply, PageSnapshot, TextRun } from '../shared/page-data.ts';

/** `people`: those the reader's history remembers, known to the matcher by name. */
export interface ExtractionHost {
  extract(snapshot: PageSnapshot, people?: readonly RememberedPerson[]): Promise<ExtractReply>;
  matchRuns(runs: readonly TextRun[], people?: readonly RememberedPerson[]): Promise<ExtractReply>;
  /** Gets ready ahead of the first page (creates the offscreen document). */
  warmUp(): Promise<void>;
}

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | null = null;

async function offscreenExists(): Promise<boolean> {
  const chrome = chromeApi();
  const contexts = await chrome?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return Boolean(contexts?.length);
}

/** Creates the offscreen document unless it exists; concurrent callers share one creation. */
export async function ensureOffscreen(): Promise<void> {
  const offscreen = chromeApi()?.offscreen;
  if (!offscreen) throw new Error('chrome.offscreen is not available');
  if (await offscreenExists()) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Parse a copy of the article page with Readability, off the page’s main thread.',
    })
    .finally(() => (creating = null));
  await creating;
}

export function createExtractionHost(): ExtractionHost {
  if (extractionPlace() === 'here') {
    const service = new ExtractionService(glossaryDeps(loadBundledGlossary, new DOMParser()));
    return {
      extract: (snapshot, people) => service.extract(snapshot, people),
      matchRuns: (runs, people) => service.matchRuns(runs, people),
      warmUp: async () => {},
    };
  }
  const local = new ExtractionService(glossaryDeps(loadBundledGlossary, null));
  return {
    extract: async (snapshot, people = []) => {
      await ensureOffscreen();
      // A malformed reply throws, and the page's request is answered with the failure.
      return ask({ type: 'offscreen/extract', snapshot, people: [...people] });
    },
    matchRuns: (runs, people) => local.matchRuns(runs, people),
    warmUp: ensureOffscreen,
  };
}
