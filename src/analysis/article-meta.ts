// What a page says about the article it carries: headline, outlet, publication date. Read from the
// site's own markup (Open Graph, schema.org JSON-LD, article:published_time) before Readability
// changes the copy; Readability's metadata fills what is left. Nothing is guessed: a page that does
// not say stays "" (the reader sees the hostname instead of an outlet, and no date).
//
// JSON-LD `author` is *not* an outlet: VnExpress names itself there as an Organization, and other
// sites put a person's name. Only `publisher.name` and og:site_name count.

import { clip } from '../shared/bounds.ts';
import { DATE_CHARS, HEADLINE_CHARS, HOSTNAME_CHARS, LEAD_CHARS, OUTLET_CHARS } from '../shared/limits.ts';
import type { ArticleMeta } from '../shared/page-data.ts';

const ARTICLE_TYPE = /Article|BlogPosting/;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function metaContent(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return '';
}

type Json = Record<string, unknown>;

/** The page's JSON-LD article objects (in @graph too); broken blocks are skipped. */
function jsonLdArticles(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Json;
    const type = record['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) found.push(record);
    if (record['@graph']) visit(record['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // The page's broken JSON-LD says nothing.
    }
  }
  return found;
}

function jsonString(v: unknown): string {
  return typeof v === 'string' ? clean(v) : '';
}

function publisherName(article: Json): string {
  const publisher = article.publisher;
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  return typeof first === 'object' && first !== null ? jsonString((first as Json).name) : '';
}

/** "2024-06-27T08:00:00+07:00" → "2024-06-27"; anything not starting with an ISO date → "". */
function dayOf(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The article's metadata from the page's own markup. `headlineText` is the headline element the
 *  extractor found (the site's own h1), which wins over og:title (often suffixed "- VnExpress"). */
export function readMeta(doc: Document, url: string, headlineText: string, leadText: string): ArticleMeta {
  const articles = jsonLdArticles(doc);
  const fromJson = (pick: (a: Json) => string) => articles.map(pick).find(Boolean) ?? '';
  const headline =
    clean(headlineText) || fromJson((a) => jsonString(a.headline)) || metaContent(doc, ['meta[property="og:title"]']);
  const outlet = metaContent(doc, ['meta[property="og:site_name"]']) || fromJson(publisherName);
  const published =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
    ]) ||
    fromJson((a) => jsonString(a.datePublished)) ||
    clean(doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'));
  return fitMeta({ headline, lead: clean(leadText), outlet, date: dayOf(published), site: hostnameOf(url) });
}

/** The metadata cut to the bounds every message carrying it is checked against (limits.ts): a page
 *  with a ten-thousand-character headline still gets its marks and its panel. */
export function fitMeta(meta: ArticleMeta): ArticleMeta {
  return {
    headline: clip(meta.headline, HEADLINE_CHARS),
    lead: clip(meta.lead, LEAD_CHARS),
    outlet: clip(meta.outlet, OUTLET_CHARS),
    date: clip(meta.date, DATE_CHARS),
    site: clip(meta.site, HOSTNAME_CHARS),
  };
}
