// Corpus + reviewed actors → the glossary the extension ships. Pure: the same input gives the
// same object, and main.ts serializes it byte for byte the same. Mentions come from the very
// matcher the extension runs, so what the glossary counts is what the page will mark.
import type { Matcher } from '../../src/core/matcher.ts';
import { compareIds, rankStoryActors, type ParagraphKind, type PlacedMention } from '../../src/core/rank.ts';
import { findRoles } from '../../src/core/roles.ts';
import { splitSentences } from '../../src/core/sentences.ts';
import type {
  Actor,
  ActorSource,
  ContextSentence,
  Glossary,
  GlossaryActor,
  Mention,
  PublicRole,
  Role,
  Story,
} from '../../src/core/types.ts';
import { ARTICLE_TEXT_KINDS, type CorpusArticle, type CorpusParagraph } from './corpus.ts';
import { findUncovered, type Uncovered } from './coverage.ts';

/** Enough context for the side panel without shipping the corpus twice. */
const MAX_CONTEXTS = 6;
const MAX_CO_MENTIONS = 12;

export interface UncoveredName extends Uncovered {
  file: string;
  line: number;
}

export interface GlossaryBuild {
  glossary: Glossary;
  uncovered: UncoveredName[];
  mentionTotal: number;
}

/** What the corpus says about each actor, gathered story by story. */
interface Facts {
  roles: Map<string, Role>; // by title key: the latest date wins
  contexts: ContextSentence[];
  storyIds: Set<string>;
  coMentions: Map<string, number>;
  mentionCount: number;
}

export function buildGlossary(
  articles: readonly CorpusArticle[],
  actors: readonly Actor[],
  matcher: Matcher,
  notActors: ReadonlySet<string>,
  sources: ReadonlyMap<string, ActorSource> = new Map(),
): GlossaryBuild {
  const facts = new Map(actors.map((a) => [a.id, emptyFacts()]));
  const people = new Set(actors.filter((a) => a.type === 'person').map((a) => a.id));
  const isPerson = (id: string) => people.has(id);
  const stories: Story[] = [];
  const uncovered: UncoveredName[] = [];
  let mentionTotal = 0;
  for (const article of articles) {
    const date = article.date || article.asOf;
    const placed: PlacedMention[] = [];
    const paragraphs = articleParagraphs(article);
    const byParagraph = mentionsByParagraph(matcher, paragraphs);
    paragraphs.forEach((p, i) => {
      const mentions = byParagraph[i]!;
      mentionTotal += mentions.length;
      placed.push(...mentions.map((m) => ({ actorId: m.actorId, kind: p.kind as ParagraphKind })));
      recordParagraph(facts, article.id, date, p, mentions, isPerson);
      for (const u of findUncovered(p.text, mentions, notActors))
        uncovered.push({ ...u, file: article.file, line: p.line });
    });
    stories.push(toStory(article, rankStoryActors(placed)));
  }
  const storyDate = new Map(stories.map((s) => [s.id, s.date || s.asOf]));
  return {
    glossary: {
      version: 1,
      actors: [...actors]
        .sort((a, b) => compareIds(a.id, b.id))
        .map((a) => toGlossaryActor(a, facts.get(a.id)!, storyDate, sources.get(a.id) ?? 'corpus')),
      stories: stories.sort((a, b) => compareIds(a.id, b.id)),
    },
    uncovered,
    mentionTotal,
  };
}

function emptyFacts(): Facts {
  return { roles: new Map(), contexts: [], storyIds: new Set(), coMentions: new Map(), mentionCount: 0 };
}

/**
 * The whole article in one matcher call, so a surname later in the story resolves to the actor
 * the story named in full earlier; a "\n" segment between paragraphs keeps names from running
 * across them. Mentions come back grouped by paragraph, offsets within it.
 */
function mentionsByParagraph(matcher: Matcher, paragraphs: readonly CorpusParagraph[]): Mention[][] {
  const segments = paragraphs.flatMap((p) => [p.text, '\n']);
  const grouped: Mention[][] = paragraphs.map(() => []);
  for (const m of matcher.findMentions(segments)) {
    if (m.start.segment % 2 === 0 && m.end.segment === m.start.segment) grouped[m.start.segment / 2]!.push(m);
  }
  return grouped;
}

function articleParagraphs(article: CorpusArticle): CorpusParagraph[] {
  return article.paragraphs.filter((p) => ARTICLE_TEXT_KINDS.includes(p.kind));
}

function recordParagraph(
  facts: Map<string, Facts>,
  storyId: string,
  date: string,
  p: CorpusParagraph,
  mentions: readonly Mention[],
  isPerson: (id: string) => boolean,
): void {
  const sentences = splitSentences(p.text);
  for (const m of mentions) {
    const f = facts.get(m.actorId)!;
    f.mentionCount++;
    f.storyIds.add(storyId);
    const s = sentences.find((s) => m.start.offset >= s.start && m.start.offset < s.end);
    const text = s ? p.text.slice(s.start, s.end).trim() : p.text;
    if (!f.contexts.some((c) => c.text === text)) f.contexts.push({ text, storyId, date });
  }
  const present = [...new Set(mentions.map((m) => m.actorId))];
  for (const a of present) {
    for (const b of present) if (a !== b) bump(facts.get(a)!.coMentions, b);
  }
  for (const { actorId, title } of findRoles(p.text, mentions, isPerson)) {
    const roles = facts.get(actorId)!.roles;
    const key = title.toLocaleLowerCase('vi');
    const known = roles.get(key);
    if (!known || date > known.asOf) roles.set(key, { title, asOf: date, storyId });
  }
}

function bump(counts: Map<string, number>, id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

function toStory(article: CorpusArticle, actors: Story['actors']): Story {
  const text = articleParagraphs(article);
  return {
    id: article.id,
    headline: text.find((p) => p.kind === 'headline')?.text ?? '',
    lead: text
      .filter((p) => p.kind === 'lead')
      .map((p) => p.text)
      .join(' '),
    outlet: article.outlet,
    date: article.date,
    asOf: article.asOf,
    byline: article.byline,
    url: article.url,
    actors,
    paragraphs: text.map((p) => ({ kind: p.kind as ParagraphKind, text: p.text })),
  };
}

/** Newest first, then by id: the order the side panel shows. */
function byDateDesc<T>(dateOf: (x: T) => string, idOf: (x: T) => string) {
  return (a: T, b: T) => compareIds(dateOf(b), dateOf(a)) || compareIds(idOf(a), idOf(b));
}

/** "Tổng thống" says nothing "Tổng thống Belarus" does not: drop a title that another role of
 *  the same actor extends word for word. */
function specificRoles(roles: readonly Role[]): Role[] {
  const key = (r: Role) => r.title.toLocaleLowerCase('vi');
  return roles.filter((r) => !roles.some((o) => o !== r && key(o).startsWith(`${key(r)} `)));
}

/** Roles from public record, beside the corpus's: no story, their English title and dates. */
function recordRoles(record: readonly PublicRole[]): Role[] {
  return record.map((r) => ({
    title: r.vi,
    asOf: r.asOf,
    storyId: '',
    source: 'record' as const,
    en: r.en,
    ...(r.since ? { since: r.since } : {}),
    ...(r.until ? { until: r.until } : {}),
  }));
}

function toGlossaryActor(actor: Actor, f: Facts, storyDate: Map<string, string>, source: ActorSource): GlossaryActor {
  const dateOfStory = (id: string) => storyDate.get(id) ?? '';
  const { record, ...entry } = actor;
  return {
    ...entry,
    roles: [...specificRoles([...f.roles.values()]), ...recordRoles(record ?? [])].sort(
      byDateDesc(
        (r) => r.asOf,
        (r) => r.title,
      ),
    ),
    // Stable sort: within a story, contexts keep the article's order.
    contexts: [...f.contexts]
      .sort(
        byDateDesc(
          (c) => c.date,
          (c) => c.storyId,
        ),
      )
      .slice(0, MAX_CONTEXTS),
    storyIds: [...f.storyIds].sort(byDateDesc(dateOfStory, (id) => id)),
    coMentions: [...f.coMentions]
      .map(([actorId, count]) => ({ actorId, count }))
      .sort((a, b) => b.count - a.count || compareIds(a.actorId, b.actorId))
      .slice(0, MAX_CO_MENTIONS),
    mentionCount: f.mentionCount,
    source,
  };
}
