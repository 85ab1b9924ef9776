// What the reading history remembers of a page: taken from the reading report the content script
// sends after each reading (the same one the side panel shows), so the history holds exactly what
// the reader saw — the worker's headline, outlet and date, the actors ranked from the marks drawn —
// and never the text.

import { clip } from '../shared/bounds.ts';
import { historyUrl, type HistoryEntry } from './history.ts';
import {
  ENTRY_ACTORS,
  ENTRY_PEOPLE,
  HEADLINE_CHARS,
  NAME_CHARS,
  OUTLET_CHARS,
  PERSON_TITLE_CHARS,
  URL_CHARS,
} from '../shared/limits.ts';
import { isArticleId, type PageReadingReport } from '../shared/page-data.ts';

/** The history entry for a reading, or null when it is not worth remembering: not an article, no
 *  actor, no headline, or an address that is not a web page (the extension's own reader page).
 *  Within every bound of a stored entry (limits.ts), so that what is recorded is never dropped
 *  when the history is read back: the most salient actors, the first people, texts cut. */
export function entryFromReading(report: PageReadingReport, readAt: Date): HistoryEntry | null {
  if (!report.article || report.actors.length === 0) return null;
  let url: string;
  try {
    url = historyUrl(report.url);
  } catch {
    return null;
  }
  if (!/^https?:/.test(url) || url.length > URL_CHARS) return null;
  const headline = clip(report.meta.headline.trim(), HEADLINE_CHARS);
  if (!headline) return null;
  const people = report.cards
    // A name cut short would be someone else's: a longer one is not remembered.
    .filter((card) => card.introduced && !card.remembered && card.name.length <= NAME_CHARS)
    .slice(0, ENTRY_PEOPLE)
    .map((card) => ({ name: card.name, title: clip(card.role?.title ?? '', PERSON_TITLE_CHARS) }));
  return {
    url,
    headline,
    outlet: clip(report.meta.outlet, OUTLET_CHARS),
    date: report.meta.date,
    readAt: readAt.toISOString(),
    // Glossary actors only: a person read from the article has no glossary id (theirs has a
    // colon) and is remembered by name and title instead.
    // The report ranks its actors, most salient first: the bound keeps the top of the cast.
    actors: report.actors
      .filter((a) => !isArticleId(a.actorId))
      .slice(0, ENTRY_ACTORS)
      .map(({ actorId, count, salience }) => ({ actorId, count, salience })),
    ...(people.length ? { people } : {}),
  };
}
