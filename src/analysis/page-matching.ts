// Runs the matcher over a page's runs of article text and answers with mentions in the live page's
// coordinates (text node index, offset) plus the card of every actor present. Pure: no DOM, no
// browser API, so it runs in the offscreen document, in either background, and in Node tests.

import { findIntroductions, type IntroducedPerson } from '../core/introductions.ts';
import { findInstitutions, type Institution } from '../core/institutions.ts';
import { institutionCard, institutionNames } from './institution-cards.ts';
import { storyTitle } from '../shared/story-title.ts';
import type { Glossary, GlossaryActor, Mention, Story } from '../core/types.ts';
import type { ActorCard, ExtractReply, PageMention } from '../shared/page-data.ts';
import type { RememberedPerson } from '../keeping/history.ts';
import { normalizeForMatch } from '../core/normalize.ts';

/** The part of the core matcher we use. */
export interface MentionFinder {
  findMentions(segments: readonly string[]): Mention[];
}

/** The latest role: the newest dated one; undated roles only when nothing is dated. */
function latestRole(actor: GlossaryActor) {
  let best = actor.roles[0];
  for (const role of actor.roles) {
    if (best && role.asOf > best.asOf) best = role;
  }
  return best;
}

export function cardFor(actor: GlossaryActor, stories: ReadonlyMap<string, Story>): ActorCard {
  const card: ActorCard = {
    id: actor.id,
    type: actor.type,
    name: actor.name,
    description: { vi: actor.description.vi, en: actor.description.en },
    storyCount: actor.storyIds.length,
  };
  if (actor.latin) card.latin = actor.latin;
  if (actor.original) card.original = actor.original;
  const role = latestRole(actor);
  if (role) {
    const story = stories.get(role.storyId);
    card.role = { title: role.title, asOf: role.asOf };
    if (story) card.role.story = { headline: storyTitle(story.headline, story.lead), outlet: story.outlet };
    if (role.source === 'record') {
      card.role.record = true;
      if (role.en) card.role.en = role.en;
      if (role.since) card.role.since = role.since;
      if (role.until) card.role.until = role.until;
    }
  }
  return card;
}

/** The card of a person the article introduces and the glossary does not know: what the article
 *  says (its title for them), nothing more. The worker adds the article's outlet and date. */
export function introducedCard(person: IntroducedPerson): ActorCard {
  const card: ActorCard = {
    id: person.id,
    type: 'person',
    name: person.name,
    description: { vi: '', en: '' },
    storyCount: 0,
    introduced: true,
  };
  if (person.title) card.role = { title: person.title, asOf: '' };
  return card;
}

/** The card of a person this article names without introducing, whom an article the reader read
 *  before introduced: that article's title for them, its headline, outlet and date. */
export function rememberedCard(person: IntroducedPerson, from: RememberedPerson): ActorCard {
  const card = introducedCard(person);
  card.remembered = true;
  card.role = { title: from.title, asOf: from.date, story: { headline: from.headline, outlet: from.outlet } };
  return card;
}

/** What one article's text gives: the glossary's mentions, the people it introduces and the
 *  institutions it names by kind and state that the glossary does not know. */
interface ArticleFinding {
  mentions: Mention[];
  people: Map<string, IntroducedPerson>;
  institutions: Map<string, Institution>;
}

/** The separator between runs: the matcher reads one text and never runs a name over a line
 *  break, so a name cannot reach from one paragraph into the next. */
export const RUN_SEPARATOR = '\n';

/** One matcher and one card table per glossary. The whole article goes to the matcher in one call,
 *  runs separated by newlines, because short names ("ông Putin") resolve against full names
 *  earlier in the same call. Answers are cached by the article's text, so re-reading a page
 *  whose article did not change (a live ticker elsewhere, a re-render) costs no matching. */
export class PageMatcher {
  private readonly actors: ReadonlyMap<string, GlossaryActor>;
  private readonly stories: ReadonlyMap<string, Story>;
  private readonly cards = new Map<string, ActorCard>();
  private readonly cache = new Map<string, ArticleFinding>();
  /** What the glossary calls each composed institution: its own id, or null when it has none. */
  private readonly known = new Map<string, string | null>();
  /** The remembered people the cache was filled with: other people, other findings. */
  private knownKey = '';

  constructor(
    glossary: Glossary,
    private readonly finder: MentionFinder,
    private readonly cacheLimit = 32,
  ) {
    this.actors = new Map(glossary.actors.map((a) => [a.id, a]));
    this.stories = new Map(glossary.stories.map((s) => [s.id, s]));
  }

  /** `runs` are lists of indices into `texts`, one list per inline run. `known` are the people
   *  earlier articles introduced (the reader's history). */
  match(
    texts: readonly string[],
    runs: readonly (readonly number[])[],
    article: boolean,
    known: readonly RememberedPerson[] = [],
  ): ExtractReply {
    const segments: string[] = [];
    const nodeOf: number[] = []; // segment → text node index, -1 for separators
    for (const run of runs) {
      if (segments.length) {
        segments.push(RUN_SEPARATOR);
        nodeOf.push(-1);
      }
      for (const i of run) {
        segments.push(texts[i] ?? '');
        nodeOf.push(i);
      }
    }
    const mentions: PageMention[] = [];
    const { mentions: found, people, institutions } = this.findCached(segments, known);
    for (const m of found) {
      const startNode = nodeOf[m.start.segment] ?? -1;
      const endNode = nodeOf[m.end.segment] ?? -1;
      if (
        startNode < 0 ||
        endNode < 0 ||
        !(this.actors.has(m.actorId) || people.has(m.actorId) || institutions.has(m.actorId))
      )
        continue;
      mentions.push({
        actorId: m.actorId,
        start: { node: startNode, offset: m.start.offset },
        end: { node: endNode, offset: m.end.offset },
      });
    }
    const present = [...new Set(mentions.map((m) => m.actorId))];
    const knownByName = new Map(known.map((p) => [normalizeForMatch(p.name), p]));
    const cardOf = (id: string) => {
      const person = people.get(id);
      const from = person?.remembered ? knownByName.get(normalizeForMatch(person.name)) : undefined;
      if (person) return from ? rememberedCard(person, from) : introducedCard(person);
      const institution = institutions.get(id);
      if (institution) return this.institutionCard(institution);
      return this.card(id);
    };
    return { ok: true, article, mentions, actors: present.map(cardOf) };
  }

  private findCached(segments: string[], known: readonly RememberedPerson[]): ArticleFinding {
    const names = known.map((p) => p.name);
    const knownKey = names.join('\u0000');
    if (knownKey !== this.knownKey) {
      this.cache.clear();
      this.knownKey = knownKey;
    }
    const key = segments.join('\u0000');
    const hit = this.cache.get(key);
    if (hit) return hit;
    const typeOf = (id: string) => this.actors.get(id)?.type;
    const intro = findIntroductions(segments, this.finder.findMentions(segments), typeOf, names);
    const named = findInstitutions(segments, intro.mentions, typeOf);
    // The glossary's actor wins: an institution it knows takes the glossary's id and card.
    const rename = new Map(named.institutions.map((x) => [x.id, this.glossaryIdOf(x)]));
    const mentions = named.mentions.map((m) => {
      const id = rename.get(m.actorId);
      return id ? { ...m, actorId: id } : m;
    });
    const institutions = new Map(named.institutions.filter((x) => !rename.get(x.id)).map((x) => [x.id, x]));
    const found = { mentions, people: new Map(intro.people.map((p) => [p.id, p])), institutions };
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, found);
    return found;
  }

  /** The glossary's id for an institution read from its parts, or null: its composed id, or a
   *  name the kind and the state make ("Bộ Quốc phòng Mỹ") that the matcher reads as one
   *  organization. */
  private glossaryIdOf(institution: Institution): string | null {
    if (this.actors.has(institution.id)) return institution.id;
    const country = this.actors.get(institution.countryId);
    if (!country || institution.placeId) return null;
    let id = this.known.get(institution.id);
    if (id !== undefined) return id;
    id = null;
    for (const name of institutionNames(institution, country)) {
      const found = this.finder.findMentions([name]);
      const whole =
        found.length === 1 && found[0]!.start.offset === 0 && found[0]!.end.offset === name.length
          ? found[0]!.actorId
          : null;
      if (whole && this.actors.get(whole)?.type === 'organization') {
        id = whole;
        break;
      }
    }
    this.known.set(institution.id, id);
    return id;
  }

  private institutionCard(institution: Institution): ActorCard {
    const country = this.actors.get(institution.countryId)!;
    const place = institution.placeId ? this.actors.get(institution.placeId) : undefined;
    return institutionCard(institution, country, this.card(country.id), place);
  }

  private card(id: string): ActorCard {
    let card = this.cards.get(id);
    if (!card) {
      card = cardFor(this.actors.get(id)!, this.stories);
      this.cards.set(id, card);
    }
    return card;
  }
}
