// The background: routes page copies to where they are read, keeps the toolbar badge, turns
// keyboard commands into messages for the tab, and runs the content script where the reader asks.
// In Chrome a service worker (no DOM: copies go to the offscreen document); in Firefox an event
// page (reads copies itself).

import type { Runtime } from 'webextension-polyfill';
import {
  COMMANDS,
  type Command,
  type ExtensionPagesToBackground,
  type PageToBackground,
} from '../protocol/messages.ts';
import { askTab } from '../protocol/ask.ts';
import { serve } from '../protocol/serve.ts';
import { browser } from '../shared/browser.ts';
import { showActorCount } from './badge.ts';
import { CopyAssembly } from './copy-assembly.ts';
import { createExtractionHost } from './extraction-host.ts';
import { installPanelMenu, onActionClicked, onCardOpenPanel, panelTabState, rememberContextActor } from './panel.ts';
import { installSiteMenu } from './sites.ts';
import { saveReading, watchTabs } from './tab-state.ts';
import {
  followUserGlossary,
  installUserData,
  noteReading,
  openGlossaryDraft,
  rememberedNow,
  userDataHandlers,
} from './user-data.ts';

// Rebuilt around the reader's glossary additions whenever they change.
const host = followUserGlossary(createExtractionHost);
const warn = (...args: unknown[]) => console.warn('[Bối cảnh] background:', ...args);

const copies = new CopyAssembly();
/** Which page sent a copy's parts: its tab and frame (an extension page has no tab). */
const senderKey = (sender: Runtime.MessageSender) => `${sender.tab?.id ?? 'extension'}:${sender.frameId ?? 0}`;

// Only our own content scripts and pages talk to us (serve's default sender rule).
serve<keyof PageToBackground | keyof ExtensionPagesToBackground>(
  {
    'page/extract': async (message) => host.extract(message.snapshot, await rememberedNow()),
    'page/copy-part': (message, sender) => {
      const problem = copies.add(senderKey(sender), message.copy, message.index, message.part);
      return problem ? { ok: false, reason: problem } : { ok: true };
    },
    'page/extract-parts': async (message, sender) =>
      host.extract(copies.take(senderKey(sender), message.url, message.copy, message.parts), await rememberedNow()),
    'page/match-runs': async (message) => host.matchRuns(message.runs, await rememberedNow()),
    'page/actor-count': (message, sender) => {
      const tabId = sender.tab?.id;
      return tabId === undefined ? undefined : showActorCount(tabId, message.count).catch(warn);
    },
    // Opens the panel before any await: the click's gesture is honoured only here.
    'card/open-panel': (message, sender) =>
      onCardOpenPanel(sender, message.actorId).catch((e: unknown) => {
        warn(e);
        return { ok: true, shown: 'hint' } as const;
      }),
    'card/add-to-glossary': (message) => openGlossaryDraft(message.name, message.title).catch(warn),
    'page/reading': (message, sender) => {
      noteReading(sender, message.reading);
      const tabId = sender.tab?.id;
      return tabId === undefined ? undefined : saveReading(tabId, message.reading).catch(warn);
    },
    'page/context-actor': (message, sender) => rememberContextActor(sender.tab?.id, message.actorId).catch(warn),
    'panel/get-tab': (message) => panelTabState(message.tabId),
    // The reading history and the glossary additions: extension pages only.
    ...userDataHandlers,
  },
  'background',
);

// Firefox for Android has no commands API (and no keyboard): without the `?.` this line would
// throw, and nothing below it (the toolbar button, the menus, the tab watch) would be installed.
browser.commands?.onCommand.addListener((name: string) => {
  if (!COMMANDS.includes(name as Command)) return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) =>
      tab?.id === undefined ? undefined : askTab(tab.id, { type: 'page/command', command: name as Command }),
    )
    .catch((e: unknown) => warn(`command ${name}:`, e));
});

// The toolbar button and its shortcut (_execute_action): the side panel, and the content script
// on pages it does not cover.
browser.action.onClicked.addListener(onActionClicked);

installSiteMenu();
installPanelMenu();
watchTabs();
// The reading history's cache of remembered people follows its changes.
installUserData();
// Chrome: have the offscreen document ready before the first article arrives.
host.warmUp().catch((e: unknown) => warn('offscreen document:', e));
