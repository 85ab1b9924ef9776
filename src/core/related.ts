// Which stories are related to the one being read: those that share its actors, and share them
// where it matters. A shared actor counts by how central it is in both stories (salience, from
// rank.ts) and by how rare it is across everything the reader could be shown (IDF over the corpus
// and the reading history): "Nga" is in nearly every story and says little; "Viktor Khrenin" in
// two stories says they are about the same thing.
//
//   score(d) = Σ over actors a shared by the article A and the story d of
//              √(salience_A(a) · salience_d(a)) · idf(a),     idf(a) = ln(1 + N / df(a))
//
// where N counts the article and every candidate, and df(a) those that name a. Saliences are
// shares (they sum to 1 in a story), so a long story does not win by length. The geometric mean
// lets an actor central to both count most, one central to one and passing in the other count in
// between; with a plain product the two or three ubiquitous states dominate every score and
// each story's nearest neighbour is simply the one most about "Nga" and "Belarus". On the corpus,
// the two stories about Putin's December 2022 visit to Minsk (001, 004) are each other's first.
// Pure: no DOM, no browser API.

import { compareIds } from './rank.ts';

export interface WeightedActor {
  actorId: string;
  salience: number;
}

export interface RelatedCandidate {
  /** Stable and unique among the candidates: a corpus story id, a history URL. */
  key: string;
  actors: readonly WeightedActor[];
}

export interface SharedActor {
  actorId: string;
  /** This actor's part of the score. */
  weight: number;
}

export interface RelatedStory {
  key: string;
  score: number;
  /** Shared actors, heaviest first. */
  shared: SharedActor[];
}

/** Four decimals: stable output for tests and ties, finer than any difference a reader sees. */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function salienceMap(actors: readonly WeightedActor[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const a of actors) map.set(a.actorId, Math.max(map.get(a.actorId) ?? 0, a.salience));
  return map;
}

/** idf(a) for every actor of the article, over the article and the candidates. */
export function inverseFrequencies(
  article: readonly WeightedActor[],
  candidates: readonly RelatedCandidate[],
): Map<string, number> {
  const wanted = new Set(article.map((a) => a.actorId));
  const df = new Map<string, number>([...wanted].map((id) => [id, 1]));
  for (const c of candidates) {
    for (const id of new Set(c.actors.map((a) => a.actorId))) {
      if (wanted.has(id)) df.set(id, df.get(id)! + 1);
    }
  }
  const n = candidates.length + 1;
  return new Map([...df].map(([id, f]) => [id, Math.log(1 + n / f)]));
}

/**
 * The candidates that share at least one actor with the article, best first (score, then more
 * shared actors, then key), at most `limit`. Candidates must not include the article itself: the
 * caller knows what counts as the same story (same URL, same corpus id).
 */
export function rankRelated(
  article: readonly WeightedActor[],
  candidates: readonly RelatedCandidate[],
  limit = Infinity,
): RelatedStory[] {
  const mine = salienceMap(article);
  const idf = inverseFrequencies(article, candidates);
  const ranked: RelatedStory[] = [];
  for (const candidate of candidates) {
    const shared: SharedActor[] = [];
    for (const [actorId, salience] of salienceMap(candidate.actors)) {
      const own = mine.get(actorId);
      if (own === undefined) continue;
      shared.push({ actorId, weight: Math.sqrt(own * salience) * idf.get(actorId)! });
    }
    if (!shared.length) continue;
    const score = shared.reduce((sum, s) => sum + s.weight, 0);
    shared.sort((x, y) => y.weight - x.weight || compareIds(x.actorId, y.actorId));
    ranked.push({
      key: candidate.key,
      score: round4(score),
      shared: shared.map((s) => ({ actorId: s.actorId, weight: round4(s.weight) })),
    });
  }
  ranked.sort((x, y) => y.score - x.score || y.shared.length - x.shared.length || compareIds(x.key, y.key));
  return ranked.slice(0, limit);
}
