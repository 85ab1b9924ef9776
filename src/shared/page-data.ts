// What the extension's parts tell each other about a page: its copy, the mentions found in it, the
// cards that explain them, what the page says about itself and the reading the panel shows. The
// messages that carry these, and their checks, are src/protocol/; these shapes live here because
// the worker's page analysis (src/analysis/page-matching.ts and its neighbours) makes them too.

import type { ActorType, StoryActor } from '../core/types.ts';

/** A page's text node, as the content script numbered it, by its index in `PageSnapshot.texts`. */
export interface NodePoint {
  node: number;
  offset: number;
}

/** A mention in the live page: from (text node, offset) to (text node, offset), end exclusive. */
export interface PageMention {
  actorId: string;
  start: NodePoint;
  end: NodePoint;
}

/** What the hover card shows about one actor: picked from the glossary where the glossary lives,
 *  so that the glossary itself never enters the page. */
export interface ActorCard {
  id: string;
  type: ActorType;
  name: string;
  latin?: string;
  original?: string;
  description: { vi: string; en: string };
  /** The latest role the corpus gives, with the story it comes from; or one from public record
   *  (`record`), with its English title and its dates where known. */
  role?: {
    title: string;
    asOf: string; // ISO date or ""
    story?: { headline: string; outlet: string };
    record?: true;
    en?: string;
    since?: string;
    until?: string;
  };
  /** How many corpus stories mention the actor. */
  storyCount: number;
  /** A person the glossary does not know, read from this article (src/core/introductions.ts):
   *  the card says only what the article says, and the mark is lighter. */
  introduced?: true;
  /** An introduced person this article names without introducing, known from an article the
   *  reader read before: the role and its story are that article's. */
  remembered?: true;
  /** A state institution the glossary does not know, read from its name in the article: a kind and
   *  a state ("Bộ Quốc phòng Ba Lan", src/core/institutions.ts). The description says what it is. */
  composed?: true;
  /** The state a composed institution belongs to: its card, one click away. */
  country?: ActorCard;
}

/** Ids of people read from an article ("article:sergei-ryabkov") are never glossary ids. */
export function isArticleId(id: string): boolean {
  return id.startsWith('article:');
}

/** Ids of the reader's own glossary additions ("user-tong-cuc-tinh-bao"): never shipped ids. */
export const USER_ACTOR_PREFIX = 'user-';
export function isUserActorId(id: string): boolean {
  return id.startsWith(USER_ACTOR_PREFIX);
}

/** A serialized copy of the page plus its text nodes, read in one walk so that the worker's
 *  answer maps back to the live nodes exactly. `parents[i]` is the number the serialization gave
 *  the element holding `texts[i]`; `runs[i]` is the inline run (block, cut at <br>) it belongs to. */
export interface PageSnapshot {
  url: string;
  html: string;
  texts: string[];
  parents: number[];
  runs: number[];
  /** `tags[n]` is the lower-case tag of element number n: the worker checks the copy against it. */
  tags: string[];
}

/** A run of article text, already chosen (the in-page fallback path): node indices and texts. */
export interface TextRun {
  nodes: number[];
  texts: string[];
}

/** What a page says about itself: from Readability's metadata and the site's own markup. "" when
 *  the page does not say (never guessed). `site` is the page's hostname. */
export interface ArticleMeta {
  headline: string;
  /** The lead (sapo) as written: tells the panel which corpus story, if any, is this article. */
  lead: string;
  outlet: string;
  date: string; // ISO date "2025-09-15" or ""
  site: string;
}

/** Where the headline and the lead are, as text node indices of the snapshot: their mentions weigh
 *  more in the article's ranking (src/core/rank.ts). */
export interface ArticlePlaces {
  headline: number[];
  lead: number[];
}

/** Two actors named in one paragraph of the page, and in how many paragraphs. */
export interface PagePair {
  a: string;
  b: string;
  count: number;
}

/** What the content script (or the reader page) reports after each reading of a page: the side
 *  panel's picture of the tab. `actors` are ranked like a corpus story's (rank.ts), counted from
 *  the marks actually drawn, so the panel's cast matches the page. */
export interface PageReadingReport {
  url: string;
  article: boolean;
  meta: ArticleMeta;
  actors: StoryActor[];
  cards: ActorCard[];
  pairs: PagePair[];
  /** The page was too large to read whole: its copy stopped at the bounds of limits.ts, holding
   *  the first `readChars` characters of its text. Absent when the page was read whole (and from
   *  older builds). */
  tooLarge?: { readChars: number };
}

/** What the worker found in a page copy (or in runs of its text): the answer to page/extract,
 *  page/extract-parts, page/match-runs and offscreen/extract. */
export type ExtractReply =
  | {
      ok: true;
      article: boolean;
      mentions: PageMention[];
      actors: ActorCard[];
      /** The article's metadata and where its headline and lead are (absent from older builds). */
      meta?: ArticleMeta;
      places?: ArticlePlaces;
    }
  | { ok: false; reason: string };
