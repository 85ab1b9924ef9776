// Chrome's offscreen document: the one place in Chrome's extension with a DOM that is not the
// page's. The background forwards page copies here; Readability and the matcher read them.
// Every runtime message reaches this document (page messages included), so it answers only the
// offscreen/* types, and only when they come from our own background.

import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { ExtractionService } from '../shared/extraction-service.ts';
import { glossaryDeps } from '../shared/glossary-loader.ts';
import { readMessage, type ExtractReply } from '../shared/messages.ts';

const service = new ExtractionService(glossaryDeps(browser.runtime.getURL('glossary.json'), new DOMParser()));

async function answer(work: () => Promise<ExtractReply>): Promise<ExtractReply> {
  try {
    return await work();
  } catch (error) {
    console.warn('[Bối cảnh] offscreen:', error);
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const message = readMessage(raw, ['offscreen/extract', 'offscreen/match-runs'], 'offscreen');
  if (!message) return undefined;
  if (message.type === 'offscreen/extract') return answer(() => service.extract(message.snapshot));
  return answer(() => service.matchRuns(message.runs));
});
