// The article's cast, as the panel lists it, and one actor in full. Pure: the views render these.

import { ACTOR_TYPES, type ActorType, type Glossary, type GlossaryActor } from '../core/types.ts';
import type { ActorCard, PageReadingReport } from '../shared/page-data.ts';

export interface CastEntry {
  card: ActorCard;
  count: number;
  salience: number;
  /** Salience relative to the article's most salient actor, 0..1: the bar beside the name. */
  share: number;
}

export interface CastGroup {
  type: ActorType;
  entries: CastEntry[];
}

/** The article's actors grouped by type (in the glossary's type order), each group ranked by
 *  salience as the reading ranked them. */
export function castGroups(reading: PageReadingReport): CastGroup[] {
  const cards = new Map(reading.cards.map((c) => [c.id, c]));
  const most = reading.actors[0]?.salience || 1;
  const groups = new Map<ActorType, CastEntry[]>();
  for (const a of reading.actors) {
    const card = cards.get(a.actorId);
    if (!card) continue;
    const list = groups.get(card.type) ?? [];
    list.push({ card, count: a.count, salience: a.salience, share: Math.min(1, a.salience / most) });
    groups.set(card.type, list);
  }
  return ACTOR_TYPES.filter((t) => groups.has(t)).map((type) => ({ type, entries: groups.get(type)! }));
}

export interface StoryRef {
  storyId: string;
  headline: string;
  /** For a story without a headline, its lead names it. */
  lead: string;
  outlet: string;
}

export interface ActorDetail {
  id: string;
  type: ActorType;
  name: string;
  /** Latin and original-script names that differ from the display name. */
  otherNames: string[];
  description: string;
  roles: { title: string; asOf: string; since?: string; until?: string; record?: boolean; story: StoryRef | null }[];
  contexts: { text: string; date: string; story: StoryRef | null }[];
  /** The actors it appears with most in the corpus; `inArticle` ones can be focused. */
  partners: { actorId: string; name: string; count: number; inArticle: boolean }[];
  storyCount: number;
}

export const CONTEXT_LIMIT = 4;
export const PARTNER_LIMIT = 6;

function storyRef(glossary: Glossary, storyId: string): StoryRef | null {
  const story = glossary.stories.find((s) => s.id === storyId);
  return story ? { storyId, headline: story.headline, lead: story.lead, outlet: story.outlet } : null;
}

/** Everything the panel says about one actor: the glossary's entry where there is one, else what
 *  the page's card carries (an actor the reader added to their own glossary, say). */
export function actorDetail(
  card: ActorCard,
  glossary: Glossary | null,
  locale: 'vi' | 'en',
  inArticle: ReadonlySet<string>,
): ActorDetail {
  const actor: GlossaryActor | undefined = glossary?.actors.find((a) => a.id === card.id);
  const names = [card.latin, card.original].filter((n): n is string => Boolean(n) && n !== card.name);
  const description = locale === 'en' ? card.description.en || card.description.vi : card.description.vi;
  const base = {
    id: card.id,
    type: card.type,
    name: card.name,
    otherNames: [...new Set(names)],
    description,
    storyCount: card.storyCount,
  };
  if (!actor || !glossary) {
    const role = card.role;
    return {
      ...base,
      roles: role?.title
        ? [
            {
              ...role,
              title: locale === 'en' && role.en ? role.en : role.title,
              story: role.story ? { storyId: '', lead: '', ...role.story } : null,
            },
          ]
        : [],
      contexts: [],
      partners: [],
    };
  }
  const roles = [...actor.roles]
    .sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0))
    .map((r) => ({
      title: locale === 'en' && r.en ? r.en : r.title,
      asOf: r.asOf,
      ...(r.since ? { since: r.since } : {}),
      ...(r.until ? { until: r.until } : {}),
      ...(r.source === 'record' ? { record: true } : {}),
      story: storyRef(glossary, r.storyId),
    }));
  const contexts = [...actor.contexts]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, CONTEXT_LIMIT)
    .map((c) => ({ text: c.text, date: c.date, story: storyRef(glossary, c.storyId) }));
  const partners = actor.coMentions.slice(0, PARTNER_LIMIT).map((c) => ({
    actorId: c.actorId,
    name: glossary.actors.find((a) => a.id === c.actorId)?.name ?? c.actorId,
    count: c.count,
    inArticle: inArticle.has(c.actorId),
  }));
  return { ...base, roles, contexts, partners };
}
