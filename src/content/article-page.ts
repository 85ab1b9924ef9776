// Is this page one article? Cheap signals first, so that home and list pages cost the reader
// nothing (no copy of the page, no glossary). Checked on the live page before anything else.

import { isProbablyReaderable } from '@mozilla/readability';
import { profileFor } from '../shared/site-profiles.ts';

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'OpinionNewsArticle']);

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

export type ArticleVerdict = { article: boolean; why: string };

export function articleVerdict(doc: Document): ArticleVerdict {
  if (jsonLdTypes(doc).some((t) => ARTICLE_TYPES.has(t))) return { article: true, why: 'JSON-LD article' };
  const og = ogType(doc);
  if (og === 'article') return { article: true, why: 'og:type article' };
  const profile = profileFor(doc.location?.hostname ?? '');
  if (profile?.headline && profile.body && doc.querySelector(profile.headline) && doc.querySelector(profile.body)) {
    return { article: true, why: 'site layout' };
  }
  if (og === 'website') return { article: false, why: 'og:type website' };
  const h1s = doc.body ? doc.body.querySelectorAll('h1').length : 0;
  if (h1s !== 1) return { article: false, why: `${h1s} h1 elements` };
  return isProbablyReaderable(doc)
    ? { article: true, why: 'one h1 and long paragraphs' }
    : { article: false, why: 'not readerable' };
}
