// A corpus story as a page: its paragraphs from the glossary, written as text (never as HTML), then
// marked like any news page: the matcher over the paragraphs, the same marks and the same hover
// card as the content script. Each paragraph element holds exactly one text node, so the
// matcher's (paragraph, offset) is the page's (text node, offset).

import { formatDate, type Translate } from '../shared/i18n.ts';
import type { ArticleMeta } from '../shared/page-data.ts';
import type { Story } from '../core/types.ts';
import type { MentionFinder } from '../analysis/page-matching.ts';
import { PageMatcher } from '../analysis/page-matching.ts';
import type { Glossary } from '../core/types.ts';
import { marksFromReply, type PageMark } from '../marking/map-back.ts';

export interface StoryPage {
  /** The text node of every paragraph, in order. */
  texts: Text[];
  headlineNodes: Set<Text>;
  leadNodes: Set<Text>;
  meta: ArticleMeta;
}

const TAGS = { headline: 'h1', lead: 'p', body: 'p', caption: 'p' } as const;

function line(doc: Document, tag: string, cls: string, text: string): { element: HTMLElement; text: Text } {
  const element = doc.createElement(tag);
  element.className = cls;
  const node = doc.createTextNode(text);
  element.append(node);
  return { element, text: node };
}

/** Writes `story` into `root`: where it comes from, the headline, the lead, the body, captions. */
export function writeStory(root: HTMLElement, story: Story, t: Translate, locale: 'vi' | 'en'): StoryPage {
  const doc = root.ownerDocument;
  const page: StoryPage = {
    texts: [],
    headlineNodes: new Set(),
    leadNodes: new Set(),
    meta: { headline: story.headline, lead: story.lead, outlet: story.outlet, date: story.date, site: '' },
  };
  const source = [
    story.outlet,
    story.date ? formatDate(story.date, locale) : story.asOf ? t('cardAsOf', [formatDate(story.asOf, locale)]) : '',
    story.byline,
  ]
    .filter(Boolean)
    .join(' · ');
  if (source) root.append(line(doc, 'p', 'source', source).element);
  let hasHeadline = false;
  for (const paragraph of story.paragraphs) {
    if (!paragraph.text.trim()) continue;
    const { element, text } = line(doc, TAGS[paragraph.kind], paragraph.kind, paragraph.text);
    if (paragraph.kind === 'headline') {
      hasHeadline = true;
      page.headlineNodes.add(text);
    }
    if (paragraph.kind === 'lead') page.leadNodes.add(text);
    root.append(element);
    page.texts.push(text);
  }
  if (!hasHeadline) {
    // Every page has a title; a story without a headline says so rather than borrowing one.
    const untitled = line(doc, 'h1', 'headline untitled', t('panelUntitled')).element;
    root.insertBefore(untitled, root.querySelector('p.lead, p.body'));
  }
  root.append(line(doc, 'p', 'note', t('readerCorpusNote')).element);
  return page;
}

/** The page's marks: the matcher over the paragraphs, mapped onto their text nodes. */
export function markStory(page: StoryPage, glossary: Glossary, finder: MentionFinder): PageMark[] {
  const matcher = new PageMatcher(glossary, finder);
  const texts = page.texts.map((n) => n.data);
  const reply = matcher.match(
    texts,
    texts.map((_, i) => [i]),
    true,
  );
  if (!reply.ok) return [];
  const doc = page.texts[0]?.ownerDocument;
  return doc ? marksFromReply(reply, { nodes: page.texts, texts }, doc) : [];
}
