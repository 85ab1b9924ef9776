// Is this page one article? Cheap signals first, so that home, list and video pages cost the
// reader nothing (no copy of the page, no glossary). Checked on the live page before anything else.

import { isProbablyReaderable } from '@mozilla/readability';
import { profileFor } from '../analysis/site-profiles.ts';

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
]);

function typesOf(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) typesOf(n, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') into.push(type);
  else if (Array.isArray(type)) into.push(...type.filter((t): t is string => typeof t === 'string'));
  if (record['@graph']) typesOf(record['@graph'], into);
}

/** The schema.org types the page's JSON-LD declares (malformed blocks are skipped). */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      typesOf(JSON.parse(script.textContent ?? ''), types);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return types;
}

function ogType(doc: Document): string {
  return (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase();
}

/** JSON-LD types that make a page a list of stories. */
const LIST_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage']);

/** Address parts that mark a video page on the Vietnamese news sites: a "video." or "tv." host
 *  (video.vnexpress.net, tv.tuoitre.vn), a video section (/video/…, /clip/…), or a video slug
 *  (znews.vn/video-…-post….html). */
const VIDEO_HOST = /^(video|videos|tv)\./i;
const VIDEO_SECTION = new Set(['video', 'videos', 'clip', 'clips', 'video-clip']);

/** Why the address is a video page's, or "" when it is not. */
export function videoAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (VIDEO_HOST.test(parsed.hostname)) return `video host ${parsed.hostname}`;
  const segments = parsed.pathname.toLowerCase().split('/').filter(Boolean);
  const section = segments.find((s) => VIDEO_SECTION.has(s));
  if (section) return `video section /${section}/`;
  const last = segments[segments.length - 1] ?? '';
  if (last.startsWith('video-') && last.includes('.')) return 'video page address';
  return '';
}

const HEADING = /^h[2-6]$/;

/** A heading that links elsewhere: a teaser's title (`<h3><a>…</a></h3>` or `<a><h3>…</h3></a>`). */
function isLinkedHeading(el: Element): boolean {
  if (HEADING.test(el.localName)) return el.querySelector('a[href]') !== null;
  return el.localName === 'a' && el.hasAttribute('href') && el.querySelector('h2, h3, h4, h5, h6') !== null;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Is this paragraph (or <article>) part of a teaser, not of a story? A list page's items are a
 *  linked title with a summary beside it, and an item may be an <article> of its own; a paragraph
 *  that is mostly link text is navigation. Readability's readerable check counts all of them as
 *  "long paragraphs", which makes a section page with long summaries look like one article. */
export function isTeaserText(node: Element): boolean {
  const length = textLength(node);
  if (node.localName === 'article') {
    return length < 600 && [...node.querySelectorAll('h2, h3, h4, h5, h6, a[href]')].some(isLinkedHeading);
  }
  let links = 0;
  for (const a of node.querySelectorAll('a[href]')) links += textLength(a);
  if (length > 0 && links / length > 0.8) return true;
  // Climb the wrappers this paragraph is the only child of, then look at its siblings.
  let el: Element = node;
  for (let i = 0; i < 3 && el.parentElement && el.parentElement.children.length === 1; i++) el = el.parentElement;
  const parent = el.parentElement;
  if (!parent || parent === node.ownerDocument.body) return false;
  return [...parent.children].some((sibling) => sibling !== el && isLinkedHeading(sibling));
}

/** Readability's own visibility test (not exported by it), which a custom checker replaces. */
function isVisible(node: Element): boolean {
  const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && style.display === 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  return !(node.getAttribute('aria-hidden') === 'true' && !String(node.className).includes('fallback-image'));
}

export type ArticleVerdict = { article: boolean; why: string };

export function articleVerdict(doc: Document): ArticleVerdict {
  const og = ogType(doc);
  // A video page (a player and a caption) is not an article, whatever else its metadata says: a
  // video page may call itself og:type article or carry a NewsArticle beside its VideoObject.
  if (og.startsWith('video')) return { article: false, why: `og:type ${og}` };
  const video = videoAddress(doc.URL);
  if (video) return { article: false, why: video };
  const types = jsonLdTypes(doc);
  if (types.some((t) => ARTICLE_TYPES.has(t))) return { article: true, why: 'JSON-LD article' };
  const list = types.find((t) => LIST_TYPES.has(t));
  if (list) return { article: false, why: `JSON-LD ${list}` };
  if (og === 'article') return { article: true, why: 'og:type article' };
  const profile = profileFor(doc.location?.hostname ?? '');
  if (profile?.headline && profile.body && doc.querySelector(profile.headline) && doc.querySelector(profile.body)) {
    return { article: true, why: 'site layout' };
  }
  if (og === 'website') return { article: false, why: 'og:type website' };
  const h1s = doc.body ? doc.body.querySelectorAll('h1').length : 0;
  if (h1s !== 1) return { article: false, why: `${h1s} h1 elements` };
  if (
    isProbablyReaderable(doc, {
      visibilityChecker: (node) => isVisible(node as Element) && !isTeaserText(node as Element),
    })
  ) {
    return { article: true, why: 'one h1 and long paragraphs' };
  }
  return isProbablyReaderable(doc)
    ? { article: false, why: 'long paragraphs only in teasers' }
    : { article: false, why: 'not readerable' };
}
