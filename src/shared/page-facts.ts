// What the reading history remembers of a page: taken from the reading report the content script
// sends after each reading (the same one the side panel shows), so the history holds exactly what
// the reader saw — the worker's headline, outlet and date, the actors ranked from the marks drawn —
// and never the text.

import { MAX_PEOPLE, historyUrl, type HistoryEntry } from './history.ts';
import { isArticleId, type PageReadingReport } from './messages.ts';

const MAX_HEADLINE = 300;

/** The history entry for a reading, or null when it is not worth remembering: not an article, no
 *  actor, no headline, or an address that is not a web page (the extension's own reader page). */
export function entryFromReading(report: PageReadingReport, readAt: Date): HistoryEntry | null {
  if (!report.article || report.actors.length === 0) return null;
  let url: string;
  try {
    url = historyUrl(report.url);
  } catch {
    return null;
  }
  if (!/^https?:/.test(url)) return null;
  const headline = report.meta.headline.slice(0, MAX_HEADLINE);
  if (!headline) return null;
  const people = report.cards
    .filter((card) => card.introduced && !card.remembered)
    .slice(0, MAX_PEOPLE)
    .map((card) => ({ name: card.name, title: card.role?.title ?? '' }));
  return {
    url,
    headline,
    outlet: report.meta.outlet,
    date: report.meta.date,
    readAt: readAt.toISOString(),
    // Glossary actors only: a person read from the article has no glossary id (theirs has a
    // colon) and is remembered by name and title instead.
    actors: report.actors.filter((a) => !isArticleId(a.actorId)).map(({ actorId, count, salience }) => ({ actorId, count, salience })),
    ...(people.length ? { people } : {}),
  };
}
