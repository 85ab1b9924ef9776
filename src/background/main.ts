// The background: routes page copies to where they are read, keeps the toolbar badge, turns
// keyboard commands into messages for the tab, and runs the content script where the reader asks.
// In Chrome a service worker (no DOM: copies go to the offscreen document); in Firefox an event
// page (reads copies itself).

import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { COMMANDS, failSafe, readMessage, type Command, type ExtractReply } from '../shared/messages.ts';
import { showActorCount } from './badge.ts';
import { CopyAssembly } from './copy-assembly.ts';
import { createExtractionHost } from './extraction-host.ts';
import { installPanelMenu, onActionClicked, onCardOpenPanel, panelTabState, rememberContextActor } from './panel.ts';
import { installSiteMenu } from './sites.ts';
import { saveReading, watchTabs } from './tab-state.ts';
import { followUserGlossary, installUserData, noteReading, openGlossaryDraft, rememberedNow } from './settings.ts';

// Rebuilt around the reader's glossary additions whenever they change.
const host = followUserGlossary(createExtractionHost);
const warn = (...args: unknown[]) => console.warn('[Bối cảnh] background:', ...args);

const reply = (work: () => Promise<ExtractReply>) => failSafe(work, warn);
const copies = new CopyAssembly();
/** Which page sent a copy's parts: its tab and frame (an extension page has no tab). */
const senderKey = (sender: Runtime.MessageSender) => `${sender.tab?.id ?? 'extension'}:${sender.frameId ?? 0}`;

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = readMessage(
    raw,
    [
      'page/extract',
      'page/copy-part',
      'page/extract-parts',
      'page/match-runs',
      'page/actor-count',
      'card/open-panel',
      'card/add-to-glossary',
      'page/reading',
      'page/context-actor',
      'panel/get-tab',
    ],
    'background',
  );
  if (!message) return undefined;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page/extract':
      return reply(async () => host.extract(message.snapshot, await rememberedNow()));
    case 'page/copy-part': {
      const problem = copies.add(senderKey(sender), message.copy, message.index, message.part);
      return Promise.resolve(problem ? { ok: false, reason: problem } : { ok: true });
    }
    case 'page/extract-parts':
      return reply(async () => host.extract(copies.take(senderKey(sender), message.url, message.copy, message.parts), await rememberedNow()));
    case 'page/match-runs':
      return reply(async () => host.matchRuns(message.runs, await rememberedNow()));
    case 'page/actor-count':
      if (tabId !== undefined) return showActorCount(tabId, message.count).catch(warn);
      return undefined;
    case 'card/open-panel':
      // Opens the panel before any await: the click's gesture is honoured only here.
      return onCardOpenPanel(sender, message.actorId).catch((e: unknown) => {
        warn(e);
        return { ok: true, shown: 'hint' };
      });
    case 'card/add-to-glossary':
      return openGlossaryDraft(message.name, message.title).catch(warn);
    case 'page/reading':
      noteReading(sender, message.reading);
      if (tabId !== undefined) return saveReading(tabId, message.reading).catch(warn);
      return undefined;
    case 'page/context-actor':
      return rememberContextActor(tabId, message.actorId).catch(warn);
    case 'panel/get-tab':
      return panelTabState(message.tabId);
  }
});

// Firefox for Android has no commands API (and no keyboard): without the `?.` this line would
// throw, and nothing below it (the toolbar button, the menus, the tab watch) would be installed.
browser.commands?.onCommand.addListener((name: string) => {
  if (!COMMANDS.includes(name as Command)) return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'page/command', command: name })))
    .catch((e: unknown) => warn(`command ${name}:`, e));
});

// The toolbar button and its shortcut (_execute_action): the side panel, and the content script
// on pages it does not cover.
browser.action.onClicked.addListener(onActionClicked);

installSiteMenu();
installPanelMenu();
watchTabs();
// The reading history and the glossary additions: answered by their own listener.
installUserData();
// Chrome: have the offscreen document ready before the first article arrives.
host.warmUp().catch((e: unknown) => warn('offscreen document:', e));
