// The matchers under test, behind one shape: build from a glossary, count a page's mentions.
import { buildMatcher } from '../../src/core/matcher.ts';
import type { Actor } from '../../src/core/types.ts';
import {
  ahoCorasickBaseline,
  modernAhoCorasickBaseline,
  regExpBaseline,
  type Baseline,
  type BuiltBaseline,
} from './baselines.ts';

export interface Contender {
  name: string;
  build(actors: readonly Actor[], aliases: readonly string[]): BuiltBaseline;
  /** Builds timed per size: slow baseline builds at 100k are timed once to keep the bench short. */
  buildRepeats(actorCount: number): number;
}

/** Our matcher: a page is one findMentions call. */
export const OURS: Contender = {
  name: 'ours',
  build(actors) {
    const matcher = buildMatcher(actors);
    return { countMentions: (segments) => matcher.findMentions(segments).length };
  },
  buildRepeats: () => 3,
};

const slowAtLargeSizes = (actorCount: number): number => (actorCount >= 50_000 ? 1 : 3);

function fromBaseline(baseline: Baseline, buildRepeats = slowAtLargeSizes): Contender {
  return { name: baseline.name, build: (_actors, aliases) => baseline.build(aliases), buildRepeats };
}

export const BASELINES: readonly Contender[] = [
  // Once: V8 caches compiled RegExps by source and flags, so a second build of the same
  // alternation costs nothing and a median would hide the real compile time.
  fromBaseline(regExpBaseline, () => 1),
  fromBaseline(modernAhoCorasickBaseline),
  fromBaseline(ahoCorasickBaseline),
];
