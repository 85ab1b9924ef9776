// The worker's side of reading a page: parse the copy, choose the article text, match it. One
// instance lives wherever there is a DOM off the page's thread (Chrome's offscreen document,
// Firefox's background page). The glossary is loaded on the first article, not before: a reader
// who opens no article pays nothing.

import type { Glossary } from '../core/types.ts';
import { chooseArticleText, parseSnapshot } from './article-extract.ts';
import type { RememberedPerson } from '../keeping/history.ts';
import type { ExtractReply, PageSnapshot, TextRun } from '../shared/page-data.ts';
import { PageMatcher, type MentionFinder } from './page-matching.ts';
import { groupRuns } from './runs.ts';

export interface ExtractionDeps {
  loadGlossary: () => Promise<Glossary>;
  buildFinder: (glossary: Glossary) => MentionFinder;
  parser: DOMParser | null;
}

export class ExtractionService {
  private matcher: Promise<PageMatcher> | null = null;

  constructor(private readonly deps: ExtractionDeps) {}

  private pageMatcher(): Promise<PageMatcher> {
    this.matcher ??= this.deps.loadGlossary().then((g) => new PageMatcher(g, this.deps.buildFinder(g)));
    // A failed load must not stick: the next page tries again.
    this.matcher.catch(() => (this.matcher = null));
    return this.matcher;
  }

  /** `people`: those the reader's history remembers (page-matching.ts). */
  async extract(snapshot: PageSnapshot, people: readonly RememberedPerson[] = []): Promise<ExtractReply> {
    if (!this.deps.parser) return { ok: false, reason: 'no DOM parser in this context' };
    const copy = parseSnapshot(snapshot, this.deps.parser);
    const { article, chosen, meta, places } = chooseArticleText(copy, snapshot);
    if (!article && chosen.size === 0) return { ok: true, article: false, mentions: [], actors: [], meta, places };
    const runs = groupRuns(snapshot.texts, snapshot.runs, (i) => chosen.has(i));
    const reply = (await this.pageMatcher()).match(snapshot.texts, runs, article, people);
    if (!reply.ok) return reply;
    // A person read from this article is vouched for by this article alone: its card says so,
    // with the outlet and the date the page gives.
    for (const card of reply.actors) {
      if (card.introduced && !card.remembered && card.role)
        card.role = {
          ...card.role,
          asOf: meta.date,
          story: { headline: meta.headline, outlet: meta.outlet || meta.site },
        };
    }
    // The side panel shows the article's headline, outlet and date, and ranks its actors by place.
    return { ...reply, meta, places };
  }

  /** The fallback path: the page chose its article text itself (in-page Readability). */
  async matchRuns(runs: readonly TextRun[], people: readonly RememberedPerson[] = []): Promise<ExtractReply> {
    const texts: string[] = [];
    const sparse: number[][] = [];
    for (const run of runs) {
      sparse.push(run.nodes);
      for (const [j, node] of run.nodes.entries()) texts[node] = run.texts[j]!;
    }
    return (await this.pageMatcher()).match(texts, sparse, true, people);
  }
}
