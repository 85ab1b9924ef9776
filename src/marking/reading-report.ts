// What the side panel learns about a page after each reading: the article's metadata, its actors
// ranked like a corpus story (rank.ts: the headline and the lead weigh more), each actor's card,
// and which actors share a paragraph. Counted from the marks actually drawn, so that the panel's
// cast is exactly what the reader sees marked; the state inside an institution's name ("Ba Lan" in
// "Bộ Quốc phòng Ba Lan") counts as named there. Used by the content script and the reader page.

import { compareIds, rankStoryActors, type ParagraphKind, type PlacedMention } from '../core/rank.ts';
import { fitMeta } from '../analysis/article-meta.ts';
import { READING_ACTORS, READING_PAIRS } from '../shared/limits.ts';
import type { ActorCard, ArticleMeta, PagePair, PageReadingReport } from '../shared/page-data.ts';
import { actorsOfMark, type PageMark } from './map-back.ts';

export interface ReadingFacts {
  url: string;
  article: boolean;
  meta: ArticleMeta;
  marks: readonly PageMark[];
  headlineNodes: ReadonlySet<Text>;
  leadNodes: ReadonlySet<Text>;
}

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dd, dt, td, th, pre';

/** The paragraph a mark stands in: its nearest block-level element (or its parent element). */
export function blockOf(mark: PageMark): Element | null {
  const parent = mark.nodes[0]?.parentElement ?? null;
  return parent?.closest(BLOCK) ?? parent;
}

function kindOf(mark: PageMark, facts: ReadingFacts): ParagraphKind {
  const first = mark.nodes[0];
  if (first && facts.headlineNodes.has(first)) return 'headline';
  if (first && facts.leadNodes.has(first)) return 'lead';
  return blockOf(mark)?.closest('figcaption') ? 'caption' : 'body';
}

/** Pairs of distinct actors named in one paragraph, with the number of such paragraphs. */
export function paragraphPairs(marks: readonly PageMark[]): PagePair[] {
  const byBlock = new Map<Element | null, Set<string>>();
  for (const mark of marks) {
    const block = blockOf(mark);
    const set = byBlock.get(block) ?? new Set<string>();
    for (const id of actorsOfMark(mark)) set.add(id);
    byBlock.set(block, set);
  }
  const counts = new Map<string, PagePair>();
  for (const ids of byBlock.values()) {
    const sorted = [...ids].sort(compareIds);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        const pair = counts.get(key) ?? { a: sorted[i]!, b: sorted[j]!, count: 0 };
        pair.count++;
        counts.set(key, pair);
      }
    }
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || compareIds(x.a, y.a) || compareIds(x.b, y.b));
}

export function readingReport(facts: ReadingFacts): PageReadingReport {
  const placed: PlacedMention[] = facts.marks.flatMap((mark) =>
    actorsOfMark(mark).map((actorId) => ({ actorId, kind: kindOf(mark, facts) })),
  );
  const cards = new Map<string, ActorCard>();
  for (const mark of facts.marks) {
    if (!cards.has(mark.actorId)) cards.set(mark.actorId, mark.card);
    const country = mark.card.country;
    if (country && !cards.has(country.id)) cards.set(country.id, country);
  }
  return withinBounds({
    url: facts.url,
    article: facts.article,
    meta: facts.meta,
    actors: rankStoryActors(placed),
    cards: [...cards.values()],
    pairs: paragraphPairs(facts.marks),
  });
}

/** The report within the bounds page/reading is checked against (limits.ts): the most salient
 *  READING_ACTORS (ranked first), their cards, and the strongest READING_PAIRS among them. A cast
 *  bigger than that is a page that is not one article; its panel shows the top of it. */
export function withinBounds(report: PageReadingReport): PageReadingReport {
  const actors = report.actors.slice(0, READING_ACTORS);
  const kept = new Set(actors.map((a) => a.actorId));
  return {
    ...report,
    meta: fitMeta(report.meta),
    actors,
    cards: report.cards.filter((c) => kept.has(c.id)),
    pairs: report.pairs.filter((p) => kept.has(p.a) && kept.has(p.b)).slice(0, READING_PAIRS),
  };
}
