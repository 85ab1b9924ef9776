// The background: routes page copies to where they are read, keeps the toolbar badge, turns
// keyboard commands into messages for the tab, and runs the content script where the reader asks.
// In Chrome a service worker (no DOM: copies go to the offscreen document); in Firefox an event
// page (reads copies itself).

import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { COMMANDS, readMessage, type Command, type ExtractReply } from '../shared/messages.ts';
import { showActorCount } from './badge.ts';
import { createExtractionHost } from './extraction-host.ts';
import { recordPanelRequest } from './panel-requests.ts';
import { installSiteMenu, runOnTab } from './sites.ts';

const host = createExtractionHost();
const warn = (...args: unknown[]) => console.warn('[Bối cảnh] background:', ...args);

async function reply(work: () => Promise<ExtractReply>): Promise<ExtractReply> {
  try {
    return await work();
  } catch (error) {
    warn(error);
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = readMessage(raw, ['page/extract', 'page/match-runs', 'page/actor-count', 'card/open-panel'], 'background');
  if (!message) return undefined;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page/extract':
      return reply(() => host.extract(message.snapshot));
    case 'page/match-runs':
      return reply(() => host.matchRuns(message.runs));
    case 'page/actor-count':
      if (tabId !== undefined) return showActorCount(tabId, message.count).catch(warn);
      return undefined;
    case 'card/open-panel':
      return recordPanelRequest(tabId, message.actorId).catch(warn);
  }
});

browser.commands.onCommand.addListener((name: string) => {
  if (!COMMANDS.includes(name as Command)) return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'page/command', command: name })))
    .catch((e: unknown) => warn(`command ${name}:`, e));
});

browser.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  runOnTab(tab.id).catch((e: unknown) => warn('toolbar button:', e));
});

installSiteMenu();
// Chrome: have the offscreen document ready before the first article arrives.
host.warmUp().catch((e: unknown) => warn('offscreen document:', e));
