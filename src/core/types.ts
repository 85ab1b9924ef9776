// The reader's world, as types. Shared by the build (Node), the tests and every part of the
// extension; nothing here touches the DOM or a browser API.

/** What kind of thing an actor is. `media` is kept apart from `organization` on purpose:
 *  "theo Reuters" is a source, not a party to the story. */
export type ActorType = 'person' | 'state' | 'organization' | 'place' | 'event' | 'treaty' | 'weapon' | 'media';

export const ACTOR_TYPES: readonly ActorType[] = [
  'person',
  'state',
  'organization',
  'place',
  'event',
  'treaty',
  'weapon',
  'media',
];

/** An alias that must not match on its own: a one-syllable country name that is also a
 *  common Vietnamese word or given name ("Anh", "Đức"). It matches only next to a cue
 *  ("nước Anh", "Thủ tướng Anh", "Anh - Pháp"). */
export interface CueAlias {
  text: string;
  needsCue: true;
}

export type AliasSpec = string | CueAlias;

export type LinkRelation =
  | 'country' // a person's or institution's state
  | 'part-of' // a ministry of a government, a city of a state
  | 'member-of'
  | 'operated-by' // a weapon system and who fields it
  | 'located-in'
  | 'participant'; // an event and who takes part

export const LINK_RELATIONS: readonly LinkRelation[] = [
  'country',
  'part-of',
  'member-of',
  'operated-by',
  'located-in',
  'participant',
];

export interface ActorLink {
  rel: LinkRelation;
  to: string; // another actor's id
}

/** A role from well-known public record rather than from a corpus story: held on `asOf` for
 *  certain; `since` and `until` only where known ("YYYY-MM" when the day is not). */
export interface PublicRole {
  vi: string;
  en: string;
  asOf: string;
  since?: string;
  until?: string;
}

/** One entry of the reviewed actor list (src/corpus/actors.json), of the standing actors from
 *  public record (src/corpus/standing/), or made from data packages at build time. */
export interface Actor {
  /** Stable, lower-case ASCII, kebab-case: `vladimir-putin`, `russia`, `zapad-2025`. */
  id: string;
  type: ActorType;
  /** The display name as the Vietnamese press writes it: "Vladimir Putin", "Nga", "Điện Kremlin". */
  name: string;
  /** Latin name where different from `name` ("Russia" for Nga, "Kremlin" for Điện Kremlin). */
  latin?: string;
  /** Original-script name where it is not Latin ("Владимир Путин"). */
  original?: string;
  /** Every other full way the press writes it: Latin spelling variants, Vietnamese phonetic
   *  spellings, abbreviations, formal names. Capitalized syllables must be capitalized in the text. */
  aliases: AliasSpec[];
  /** Short forms used after the first mention, resolved only when unambiguous: a surname
   *  ("Lukashenko"), a Chinese family name ("Tập"). A given name never goes here. */
  shortNames?: string[];
  description: { vi: string; en: string };
  links?: ActorLink[];
  /** Only where known for certain. */
  wikidata?: string;
  /** Roles from public record (standing actors); the glossary ships them among `roles`. */
  record?: PublicRole[];
}

/** A place in a sequence of text segments (the page's text nodes, or a corpus paragraph). */
export interface TextPoint {
  segment: number;
  /** UTF-16 offset into the *original* segment string. */
  offset: number;
}

/** How the matcher reached an actor, from surest to least sure. */
export type MentionBasis =
  | 'alias' // a full name or alias
  | 'short-after-full' // a surname after the same text named the actor in full
  | 'short-unique' // a surname that only one actor in the glossary has
  | 'introduced' // a person the article introduces by title and full name (introductions.ts)
  | 'introduced-short' // that person's surname, later in the same article
  | 'institution' // a state institution named by kind and country ("Bộ Quốc phòng Ba Lan", institutions.ts)
  | 'institution-back'; // its bare kind ("Bộ Quốc phòng", "Bộ này"), later in the same article

export interface Mention {
  actorId: string;
  start: TextPoint;
  /** Exclusive. May lie in a later segment than `start`. */
  end: TextPoint;
  /** The matched text exactly as written (segments joined). */
  surface: string;
  basis: MentionBasis;
  /** 0..1; `alias` 1, `short-after-full` and `institution` 0.9, `introduced` 0.8, `short-unique`
   *  0.7, `introduced-short` and `institution-back` 0.6. */
  confidence: number;
}

/** A role or title the corpus gives an actor, as of a story's date; or one from public record
 *  (`source: 'record'`, no story), with its English title and its dates where known. */
export interface Role {
  title: string; // "Bộ trưởng Quốc phòng Belarus"
  asOf: string; // ISO date "2025-09-15", or "" when the story has no date
  storyId: string; // "" for a role from public record
  source?: 'record';
  en?: string;
  since?: string;
  until?: string;
}

/** Where an actor's entry comes from: the reviewed corpus list, the reviewed files of standing
 *  actors from public record, data packages (CLDR, world-countries) read at build time, or the
 *  reader's own additions. */
export type ActorSource = 'corpus' | 'record' | 'data' | 'reader';

export interface ContextSentence {
  text: string;
  storyId: string;
  date: string; // ISO date or ""
}

export interface ActorCount {
  actorId: string;
  count: number;
}

/** An actor as the glossary artifact ships it: the reviewed entry plus what the corpus says. */
export interface GlossaryActor extends Actor {
  roles: Role[];
  contexts: ContextSentence[];
  storyIds: string[];
  /** The actors it appears with most: paragraphs of the corpus naming both. */
  coMentions: ActorCount[];
  mentionCount: number;
  source: ActorSource;
}

export interface StoryActor extends ActorCount {
  /** Mentions weighted by where they stand: the headline and the lead count more. */
  salience: number;
}

/** A news article of the corpus, as the glossary describes it. */
export interface Story {
  id: string;
  headline: string;
  lead: string;
  outlet: string; // "" when the text does not name or imply it
  date: string; // ISO publication date, or "" when unknown
  /** When `date` is unknown: the latest date the text gives for what it reports, else "". */
  asOf: string;
  byline: string;
  url: string; // "" unless the text gives it
  actors: StoryActor[];
  /** The article text by paragraph, for the in-extension reader page. */
  paragraphs: { kind: 'headline' | 'lead' | 'body' | 'caption'; text: string }[];
}

export interface Glossary {
  version: 1;
  actors: GlossaryActor[];
  stories: Story[];
}
