// The reader page (reader.html?story=ID): a corpus story read inside the extension, from the
// bundled glossary, with no network request. Marked and explained like a news page (the content
// script's marking kit, in the reader's mark style and hover delay), reported to the background
// like one, so that the side panel follows the reader here too and can scroll to a name.

import { buildMatcher } from '../core/matcher.ts';
import { PageMarking } from '../marking/page-marking.ts';
import { ReaderSettings } from '../marking/reader-settings.ts';
import { readingReport } from '../marking/reading-report.ts';
import { browser } from '../shared/browser.ts';
import { loadBundledGlossary } from '../analysis/bundled-glossary.ts';
import { extensionTranslate as t } from '../shared/extension-i18n.ts';
import { ask } from '../protocol/ask.ts';
import type { OpenPanelReply } from '../protocol/messages.ts';
import { serve } from '../protocol/serve.ts';
import { markStory, writeStory } from './story-page.ts';
import './reader.css';

const warn = (...args: unknown[]) => console.warn('[Bối cảnh] reader:', ...args);
const locale = t('cardLocale') === 'en' ? 'en' : 'vi';

async function openPanel(actorId: string): Promise<OpenPanelReply> {
  try {
    return await ask({ type: 'card/open-panel', actorId });
  } catch (error) {
    warn('open panel:', error);
  }
  return { ok: true, shown: 'hint' };
}

/** The panel's "in this article": its broadcast reaches every reader tab, and only the one it
 *  names answers. */
function listenForPanel(marking: PageMarking, ownTab: number | undefined): void {
  serve(
    {
      'page/show-mention': (message) =>
        message.tabId === undefined || message.tabId !== ownTab
          ? undefined
          : marking.showMention(message.actorId, message.index),
    },
    'reader',
  );
}

async function start(): Promise<void> {
  document.documentElement.lang = locale;
  const root = document.getElementById('story')!;
  const storyId = new URLSearchParams(location.search).get('story') ?? '';
  const glossary = await loadBundledGlossary();
  const story = glossary.stories.find((s) => s.id === storyId);
  if (!story) {
    document.title = t('extName');
    const h1 = document.createElement('h1');
    h1.textContent = t('readerNotFound');
    root.append(h1);
    return;
  }
  document.title = story.headline || t('extName');
  const page = writeStory(root, story, t, locale);
  const marks = markStory(page, glossary, buildMatcher(glossary.actors));
  const settings = new ReaderSettings(location.hostname);
  await settings.load();
  const actions = {
    openPanel,
    addToGlossary: (name: string, title: string) => void ask({ type: 'card/add-to-glossary', name, title }).catch(warn),
  };
  const marking = new PageMarking({
    doc: document,
    t,
    actions,
    style: () => settings.current.markStyle,
    hoverDelayMs: () => settings.current.hoverDelayMs,
  });
  marking.start();
  marking.set(marks);
  settings.follow((next, previous) => {
    if (next.markStyle !== previous.markStyle) marking.setStyle(next.markStyle);
  });
  const ownTab = (await browser.tabs.getCurrent())?.id;
  listenForPanel(marking, ownTab);
  const report = readingReport({ ...page, url: location.href, article: true, marks });
  await ask({ type: 'page/reading', reading: report });
  root.setAttribute('data-ready', String(marks.length));
}

start().catch((error: unknown) => warn(error));
