// Related stories for the panel: the corpus stories (bundled glossary) and the reader's history
// that share the most actors with the article, ranked by src/core/related.ts, and the timeline of
// them. A history entry that is a corpus story (same headline) is shown once, as the corpus story
// (it opens in the reader page), marked as read.

import { rankRelated, type RelatedCandidate } from '../core/related.ts';
import type { Glossary, Story } from '../core/types.ts';
import { historyUrl, type HistoryEntry } from '../keeping/history.ts';
import type { PageReadingReport } from '../shared/page-data.ts';

export interface RelatedItem {
  key: string;
  source: 'corpus' | 'history';
  /** The corpus story id (opens in the reader page). */
  storyId?: string;
  /** The web address of a history entry (opens as an ordinary link). */
  url?: string;
  headline: string;
  /** The start of the lead, for a corpus story without a headline. */
  lead: string;
  outlet: string;
  /** ISO date: the publication date, or for an undated corpus story the date it reports as of. */
  date: string;
  dateIsAsOf: boolean;
  /** When the reader read it (ISO timestamp), if they did. */
  readAt: string;
  score: number;
  shared: { actorId: string; name: string }[];
}

export const RELATED_LIMIT = 8;

/** Compares headlines as a reader would: case, spacing and Unicode form aside. */
export function sameHeadline(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return fold(a) !== '' && fold(a) === fold(b);
}

/** An address as the history keys it (no fragment, no tracking parameters), so a page reached by
 *  a share link is recognised as the article its history entry remembers. */
function articleAddress(url: string): string {
  try {
    return historyUrl(url);
  } catch {
    return url;
  }
}

/** The corpus story the panel is describing, when the tab is the extension's reader page. */
export function readerStoryId(url: string): string | null {
  try {
    const u = new URL(url);
    return /\/reader\.html$/.test(u.pathname) ? u.searchParams.get('story') : null;
  } catch {
    return null;
  }
}

/** Is this story the article itself? The same address, headline or lead: a corpus story without
 *  a headline (the seed lost it) is still recognised by its lead. */
function isSelf(reading: PageReadingReport, story: { headline: string; url: string; lead?: string }): boolean {
  if (story.url && articleAddress(story.url) === articleAddress(reading.url)) return true;
  return sameHeadline(story.headline, reading.meta.headline) || sameHeadline(story.lead ?? '', reading.meta.lead);
}

function storyItem(story: Story): Omit<RelatedItem, 'score' | 'shared'> {
  return {
    key: `story:${story.id}`,
    source: 'corpus',
    storyId: story.id,
    headline: story.headline,
    lead: story.lead,
    outlet: story.outlet,
    date: story.date || story.asOf,
    dateIsAsOf: !story.date && Boolean(story.asOf),
    readAt: '',
  };
}

function historyItem(entry: HistoryEntry): Omit<RelatedItem, 'score' | 'shared'> {
  return {
    key: `history:${entry.url}`,
    source: 'history',
    url: entry.url,
    headline: entry.headline,
    lead: '',
    outlet: entry.outlet,
    date: entry.date,
    dateIsAsOf: false,
    readAt: entry.readAt,
  };
}

/** The related stories, best first. */
export function relatedItems(
  reading: PageReadingReport,
  glossary: Glossary,
  history: readonly HistoryEntry[],
  limit = RELATED_LIMIT,
): RelatedItem[] {
  const own = readerStoryId(reading.url);
  const items = new Map<string, Omit<RelatedItem, 'score' | 'shared'>>();
  const candidates: RelatedCandidate[] = [];
  const stories = glossary.stories.filter((s) => s.id !== own && !isSelf(reading, s));
  for (const story of stories) {
    const item = storyItem(story);
    items.set(item.key, item);
    candidates.push({ key: item.key, actors: story.actors });
  }
  for (const entry of history) {
    if (isSelf(reading, entry)) continue;
    if (own && sameHeadline(entry.headline, glossary.stories.find((s) => s.id === own)?.headline ?? '')) continue;
    const twin = stories.find((s) => sameHeadline(s.headline, entry.headline));
    if (twin) {
      const item = items.get(`story:${twin.id}`)!;
      if (entry.readAt > item.readAt) item.readAt = entry.readAt;
      continue;
    }
    const item = historyItem(entry);
    if (items.has(item.key)) continue;
    items.set(item.key, item);
    candidates.push({ key: item.key, actors: entry.actors });
  }
  const names = new Map(reading.cards.map((c) => [c.id, c.name]));
  return rankRelated(reading.actors, candidates, limit).map((r) => ({
    ...items.get(r.key)!,
    score: r.score,
    shared: r.shared.map((s) => ({ actorId: s.actorId, name: names.get(s.actorId) ?? s.actorId })),
  }));
}

export interface TimelinePoint {
  key: string;
  date: string;
  dateIsAsOf: boolean;
  headline: string;
  lead: string;
  /** The article being read. */
  current: boolean;
}

/** The related stories and the article itself, oldest first; the undated are counted apart. */
export function timelineOf(
  reading: PageReadingReport,
  items: readonly RelatedItem[],
): { points: TimelinePoint[]; undated: number } {
  const points: TimelinePoint[] = items
    .filter((i) => i.date)
    .map((i) => ({
      key: i.key,
      date: i.date,
      dateIsAsOf: i.dateIsAsOf,
      headline: i.headline,
      lead: i.lead,
      current: false,
    }));
  if (reading.meta.date) {
    points.push({
      key: 'current',
      date: reading.meta.date,
      dateIsAsOf: false,
      headline: reading.meta.headline,
      lead: '',
      current: true,
    });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.current ? 1 : b.current ? -1 : 0));
  return { points, undated: items.filter((i) => !i.date).length };
}
