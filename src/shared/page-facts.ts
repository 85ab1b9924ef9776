// What the reading history remembers of a page, worked out where the background sees it: from the
// page copy the content script sent (or the runs of the in-page fallback) and the matcher's reply.
// No DOM here: Chrome's service worker has none. The head of the copy is read with patterns for
// the few meta tags news sites use; the headline and the lead come from the numbered text nodes.

import { rankStoryActors, type ParagraphKind, type PlacedMention } from '../core/rank.ts';
import { historyUrl, isIsoDate, type HistoryEntry } from './history.ts';
import type { ArticlePlaces, ExtractReply, PageSnapshot, TextRun } from './messages.ts';

type Reply = Extract<ExtractReply, { ok: true }>;

const MAX_HEADLINE = 300;
/** A lead is a sentence or two: a run shorter than this after the headline is a byline or a date. */
const MIN_LEAD = 40;
/** Meta tags sit in the head; a page's head is rarely past this many characters. */
const HEAD_LIMIT = 200_000;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The content of the first <meta> whose property/name/itemprop is one of `keys`. */
export function metaContent(html: string, keys: readonly string[]): string {
  const head = html.slice(0, HEAD_LIMIT);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name|itemprop)="([^"]*)"/i.exec(tag)?.[1]?.toLowerCase();
    if (!key || !keys.includes(key)) continue;
    const content = /\bcontent="([^"]*)"/i.exec(tag)?.[1];
    if (content !== undefined) return clean(decodeEntities(content));
  }
  return '';
}

/** The publication date: meta tags first, then JSON-LD's datePublished. "" when the page gives none. */
export function publicationDate(html: string): string {
  const head = html.slice(0, HEAD_LIMIT);
  const candidates = [
    metaContent(head, ['article:published_time', 'datepublished', 'pubdate', 'og:article:published_time']),
    /"datePublished"\s*:\s*"([^"]+)"/.exec(head)?.[1] ?? '',
  ];
  for (const c of candidates) {
    const day = c.slice(0, 10);
    if (isIsoDate(day)) return day;
  }
  return '';
}

/** Where each text node stands in the story: headline (in an h1), lead (the first long run after
 *  the headline), caption (in a figcaption) or body. */
function kindsOf(snapshot: PageSnapshot): (node: number) => ParagraphKind {
  const { texts, parents, runs, tags } = snapshot;
  const tagOf = (node: number) => tags[parents[node]!] ?? '';
  const headlineRun = texts.findIndex((t, i) => tagOf(i) === 'h1' && t.trim() !== '');
  let leadRun = -1;
  if (headlineRun >= 0) {
    const runText = new Map<number, string>();
    for (let i = headlineRun; i < texts.length; i++) {
      const run = runs[i]!;
      if (run === runs[headlineRun]) continue;
      runText.set(run, (runText.get(run) ?? '') + texts[i]);
      if (leadRun < 0 && clean(runText.get(run)!).length >= MIN_LEAD) leadRun = run;
      if (leadRun >= 0 && run !== leadRun) break;
    }
  }
  return (node) => {
    const tag = tagOf(node);
    if (tag === 'h1') return 'headline';
    if (tag === 'figcaption') return 'caption';
    return runs[node] === leadRun ? 'lead' : 'body';
  };
}

/** The same from the places the worker found (src/shared/article-extract.ts), which are surer. */
function kindsFromPlaces(snapshot: PageSnapshot, places: ArticlePlaces): (node: number) => ParagraphKind {
  const headline = new Set(places.headline);
  const lead = new Set(places.lead);
  return (node) => {
    if (headline.has(node)) return 'headline';
    if (lead.has(node)) return 'lead';
    return snapshot.tags[snapshot.parents[node]!] === 'figcaption' ? 'caption' : 'body';
  };
}

function headlineOf(snapshot: PageSnapshot): string {
  const { texts, parents, tags, runs } = snapshot;
  const first = texts.findIndex((t, i) => tags[parents[i]!] === 'h1' && t.trim() !== '');
  if (first >= 0) {
    // The whole h1 (it may hold several text nodes: a link, a <span>).
    const run = runs[first];
    const parts = texts.filter((_, i) => runs[i] === run);
    const text = clean(parts.join(''));
    if (text) return text.slice(0, MAX_HEADLINE);
  }
  const og = metaContent(snapshot.html, ['og:title']);
  if (og) return og.slice(0, MAX_HEADLINE);
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(snapshot.html.slice(0, HEAD_LIMIT))?.[1] ?? '';
  return clean(decodeEntities(title)).slice(0, MAX_HEADLINE);
}

/** The history entry for a page the worker read, or null when it is not worth remembering: not an
 *  article, no actor, no headline, or an address that is not a web page. */
export function entryFromSnapshot(snapshot: PageSnapshot, reply: Reply, readAt: Date): HistoryEntry | null {
  if (!reply.article || reply.mentions.length === 0) return null;
  let url: string;
  try {
    url = historyUrl(snapshot.url);
  } catch {
    return null;
  }
  if (!/^https?:/.test(url)) return null;
  const headline = (reply.meta?.headline ?? '').slice(0, MAX_HEADLINE) || headlineOf(snapshot);
  if (!headline) return null;
  const kind = reply.places ? kindsFromPlaces(snapshot, reply.places) : kindsOf(snapshot);
  const placed: PlacedMention[] = reply.mentions.map((m) => ({ actorId: m.actorId, kind: kind(m.start.node) }));
  return {
    url,
    headline,
    outlet: reply.meta?.outlet || metaContent(snapshot.html, ['og:site_name']),
    date: reply.meta?.date || publicationDate(snapshot.html),
    readAt: readAt.toISOString(),
    actors: rankStoryActors(placed),
  };
}

/** The same for the in-page fallback, which sends only the article's runs: the first run is the
 *  headline (article text starts there), the next long one the lead. */
export function entryFromRuns(pageUrl: string, runs: readonly TextRun[], reply: Reply, readAt: Date): HistoryEntry | null {
  if (reply.mentions.length === 0 || runs.length === 0) return null;
  let url: string;
  try {
    url = historyUrl(pageUrl);
  } catch {
    return null;
  }
  if (!/^https?:/.test(url)) return null;
  const headline = clean(runs[0]!.texts.join('')).slice(0, MAX_HEADLINE);
  if (!headline) return null;
  const runOf = new Map<number, number>();
  runs.forEach((run, r) => run.nodes.forEach((n) => runOf.set(n, r)));
  const leadRun = runs.findIndex((run, r) => r > 0 && clean(run.texts.join('')).length >= MIN_LEAD);
  const kind = (node: number): ParagraphKind => {
    const r = runOf.get(node);
    return r === 0 ? 'headline' : r === leadRun ? 'lead' : 'body';
  };
  return {
    url,
    headline,
    outlet: '',
    date: '',
    readAt: readAt.toISOString(),
    actors: rankStoryActors(reply.mentions.map((m) => ({ actorId: m.actorId, kind: kind(m.start.node) }))),
  };
}
