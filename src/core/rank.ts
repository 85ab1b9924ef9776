// How central an actor is to a story. A name in the headline or the lead is what the story is
// about; the same name in the tenth paragraph may be background. Shared by the glossary build
// and the extension (an article read in the page is ranked the same way as a corpus story).
import type { StoryActor } from './types.ts';

export type ParagraphKind = 'headline' | 'lead' | 'body' | 'caption';

/** Weights of one mention by where it stands. */
export const SALIENCE_WEIGHTS: Readonly<Record<ParagraphKind, number>> = {
  headline: 3,
  lead: 2,
  body: 1,
  caption: 1,
};

export interface PlacedMention {
  actorId: string;
  kind: ParagraphKind;
}

/**
 * The story's actors with their mention counts and salience: each actor's share of the story's
 * weighted mentions (0..1, three decimals so the build's output is stable), most salient first,
 * ties by count then id.
 */
export function rankStoryActors(mentions: readonly PlacedMention[]): StoryActor[] {
  const counts = new Map<string, { count: number; weight: number }>();
  let total = 0;
  for (const m of mentions) {
    const weight = SALIENCE_WEIGHTS[m.kind];
    const entry = counts.get(m.actorId) ?? { count: 0, weight: 0 };
    entry.count++;
    entry.weight += weight;
    counts.set(m.actorId, entry);
    total += weight;
  }
  return [...counts]
    .map(([actorId, { count, weight }]) => ({ actorId, count, salience: round3(weight / total) }))
    .sort((a, b) => b.salience - a.salience || b.count - a.count || compareIds(a.actorId, b.actorId));
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Code-unit order, the same in every locale and runtime: the build's output must not depend
 *  on the machine's language settings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
