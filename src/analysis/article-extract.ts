// Finds the article in a parsed *copy* of the page and says which of the live page's text nodes
// are article text. Runs where there is a DOM off the page's thread (Chrome's offscreen document,
// Firefox's background page) and, as a fallback, in the page itself on a DOMParser copy.
//
// Article text = what Readability keeps, plus the headline and the lead (often outside the body
// container), minus boxes that are not the story (related stories, tag lists, comments), which
// are removed from the copy before Readability sees it.

import { Readability } from '@mozilla/readability';
import type { ArticleMeta, ArticlePlaces, PageSnapshot } from '../shared/page-data.ts';
import { GENERIC_EXCLUDE, profileFor, type SiteProfile } from './site-profiles.ts';
import { readMeta } from './article-meta.ts';

const NUMBER_ATTRIBUTE = /^data-bc(\d+)$/;

export interface ArticleText {
  /** Readability found an article. */
  article: boolean;
  /** Indices into snapshot.texts that are article text. */
  chosen: Set<number>;
  /** Headline, outlet, date as the page gives them ("" where it does not). */
  meta: ArticleMeta;
  /** The text nodes of the headline and of the lead (a subset of `chosen`). */
  places: ArticlePlaces;
}

/** Parses the snapshot's HTML into a copy with a base URL (Readability resolves links). */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser): Document {
  const doc = parser.parseFromString(snapshot.html, 'text/html');
  const base = doc.createElement('base');
  base.setAttribute('href', snapshot.url);
  doc.head.prepend(base);
  return doc;
}

/** The numbers an element of the copy carries (its own, plus any Readability copied onto it). */
export function elementNumbers(element: Element): number[] {
  const found: number[] = [];
  const attrs = element.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const m = NUMBER_ATTRIBUTE.exec(attrs[i]!.name);
    if (m) found.push(Number(m[1]));
  }
  return found;
}

/** Adds the numbers of `root` and of everything inside it. */
function addSubtree(root: Element, into: Set<number>): void {
  for (const n of elementNumbers(root)) into.add(n);
  for (const el of root.querySelectorAll('*')) for (const n of elementNumbers(el)) into.add(n);
}

/** Numbers whose element in the copy has the tag the live element had: the HTML parser can move
 *  or re-create elements (misnested tags, tables), and a number on the wrong element must not
 *  choose the wrong text. */
function faithfulNumbers(doc: Document, tags: readonly string[]): Set<number> {
  const ok = new Set<number>();
  for (const el of doc.querySelectorAll('*')) {
    for (const n of elementNumbers(el)) if (tags[n] === el.localName) ok.add(n);
  }
  return ok;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Removes the boxes that are not the story, but never one that holds the headline or the body. */
function removeNonStory(doc: Document, profile: SiteProfile | undefined, keep: Element[]): void {
  const selectors = [...(profile?.exclude ?? []), ...GENERIC_EXCLUDE];
  for (const selector of selectors) {
    for (const box of safeQueryAll(doc.body, selector)) {
      if (!box.isConnected || box === doc.body) continue;
      if (keep.some((k) => box.contains(k))) continue;
      box.remove();
    }
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** The headline: the site's selector, else the one h1, else the h1 the document title contains. */
export function findHeadline(doc: Document, profile: SiteProfile | undefined): Element | null {
  const bySite = profile?.headline ? doc.querySelector(profile.headline) : null;
  if (bySite) return bySite;
  const h1s = [...doc.body.querySelectorAll('h1')].filter((h) => textLength(h) > 0);
  if (h1s.length === 1) return h1s[0]!;
  const title = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title).trim();
  return h1s.find((h) => title.includes((h.textContent ?? '').trim())) ?? null;
}

const LEAD_CLASS = /sapo|lead|desc|summary|excerpt|intro|chapeau/i;
const PARAGRAPH_LIKE = new Set(['p', 'h2', 'div', 'section', 'strong']);

/** The lead (sapo): the site's selector, else the first paragraph-like element after the headline
 *  that reads like a lead: a lead-ish class, or a p / h2 of sentence length with no block inside. */
export function findLead(doc: Document, profile: SiteProfile | undefined, headline: Element | null): Element | null {
  const bySite = profile?.lead ? doc.querySelector(profile.lead) : null;
  if (bySite) return bySite;
  if (!headline) return null;
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let seen = 0;
  for (let el = nextAfter(walker, headline); el && seen < 40; el = walker.nextNode() as Element | null, seen++) {
    if (!PARAGRAPH_LIKE.has(el.localName)) continue;
    const length = textLength(el);
    if (length < 40 || length > 700) continue;
    if (el.querySelector('p, div, h1, h2, h3, ul, ol, table')) continue;
    if (LEAD_CLASS.test(`${el.className} ${el.id}`) || el.localName === 'p' || el.localName === 'h2') return el;
  }
  return null;
}

/** The first element after `el` in document order that is not inside it. */
function nextAfter(walker: TreeWalker, el: Element): Element | null {
  walker.currentNode = el;
  const next = walker.nextSibling();
  if (next) return next as Element;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    walker.currentNode = parent;
    const sibling = walker.nextSibling();
    if (sibling) return sibling as Element;
  }
  return null;
}

/** Chooses the article's text nodes. `copy` is consumed: Readability changes it. */
export function chooseArticleText(copy: Document, snapshot: PageSnapshot): ArticleText {
  const faithful = faithfulNumbers(copy, snapshot.tags);
  const profile = profileFor(new URL(snapshot.url).hostname);
  const headline = findHeadline(copy, profile);
  const body = profile?.body ? copy.querySelector(profile.body) : null;
  removeNonStory(
    copy,
    profile,
    [headline, body].filter((e): e is Element => e !== null),
  );
  const lead = findLead(copy, profile, headline);

  const kept = new Set<number>();
  const inHeadline = new Set<number>();
  const inLead = new Set<number>();
  if (headline?.isConnected) addSubtree(headline, inHeadline);
  if (lead?.isConnected) addSubtree(lead, inLead);
  for (const n of [...inHeadline, ...inLead]) kept.add(n);
  // Readability changes the copy: read the page's own markup first.
  const headlineText = headline?.isConnected ? (headline.textContent ?? '') : '';
  const leadText = lead?.isConnected ? (lead.textContent ?? '') : '';
  const pageMeta = readMeta(copy, snapshot.url, headlineText, leadText);

  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  if (content) addSubtree(content, kept);

  const chosen = new Set<number>();
  const places: ArticlePlaces = { headline: [], lead: [] };
  if (content || kept.size) {
    snapshot.parents.forEach((parent, i) => {
      if (!kept.has(parent) || !faithful.has(parent)) return;
      chosen.add(i);
      if (inHeadline.has(parent)) places.headline.push(i);
      else if (inLead.has(parent)) places.lead.push(i);
    });
  }
  const meta: ArticleMeta = {
    ...pageMeta,
    headline: pageMeta.headline || clean(parsed?.title),
    outlet: pageMeta.outlet || clean(parsed?.siteName),
    date: pageMeta.date || isoDate(parsed?.publishedTime),
  };
  return { article: Boolean(content), chosen, meta, places };
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The calendar date of an ISO-like timestamp as written ("2024-06-27T08:00:00+07:00" →
 *  "2024-06-27"): the page's own day, not converted to another time zone. */
export function isoDate(text: string | null | undefined): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}
