// Chrome's offscreen document: the one place in Chrome's extension with a DOM that is not the
// page's. The background forwards page copies here; Readability and the matcher read them.
// Every runtime message reaches this document (page messages included), so it answers only the
// offscreen/* types, and only when they come from our own background.
//
// The reader's glossary additions: this document has no storage access, so it asks the background
// for them when it first builds the matcher, and the background sends them again on every change
// (offscreen/user-glossary), when the matcher is rebuilt around them.

import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { ExtractionService } from '../shared/extraction-service.ts';
import { glossaryDeps } from '../shared/glossary-loader.ts';
import { failSafe, readMessage, type ExtractReply } from '../shared/messages.ts';
import { isRecord } from '../shared/problems.ts';
import { storedUserGlossary, type UserGlossary } from '../shared/user-glossary.ts';

const GLOSSARY_URL = browser.runtime.getURL('glossary.json');

async function askBackground(): Promise<UserGlossary> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'glossary/user-additions' });
  if (!isRecord(reply) || reply.ok !== true) throw new Error(`glossary/user-additions: unexpected reply ${JSON.stringify(reply)}`);
  return storedUserGlossary(reply.glossary);
}

const serviceWith = (additions: () => Promise<UserGlossary>) =>
  new ExtractionService(glossaryDeps(GLOSSARY_URL, new DOMParser(), additions));

let service = serviceWith(askBackground);

const answer = (work: () => Promise<ExtractReply>) => failSafe(work, (...args) => console.warn('[Bối cảnh] offscreen:', ...args));

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const message = readMessage(raw, ['offscreen/extract', 'offscreen/match-runs', 'offscreen/user-glossary'], 'offscreen');
  if (!message) return undefined;
  if (message.type === 'offscreen/user-glossary') {
    const additions = storedUserGlossary(message.glossary);
    service = serviceWith(async () => additions);
    return Promise.resolve({ ok: true });
  }
  const current = service;
  if (message.type === 'offscreen/extract') return answer(() => current.extract(message.snapshot, message.people));
  return answer(() => current.matchRuns(message.runs));
});
