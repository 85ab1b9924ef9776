// The reach figure as a check, on each gold set of test pages written for it: Russia, Belarus and
// their neighbours (test/reach/, twelve pages) and the world beyond them (test/reach-world/,
// fourteen): every mark is right (no wrong card, no collision lit) and at least 90% of the actor
// mentions get a right card. `npm run eval -- --misses` says what a failure missed or got wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtGlossary, evaluateReach, REACH_DIR, WORLD_DIR, type PageScore } from '../../reach/evaluate.ts';
import type { Glossary } from '../../../src/core/types.ts';

let glossary: Glossary;
beforeAll(() => {
  glossary = builtGlossary();
}, 60_000);

describe.each([
  { set: 'Russia, Belarus and their neighbours', dir: REACH_DIR, pages: 12 },
  { set: 'the world beyond them', dir: WORLD_DIR, pages: 14 },
])('reach on news beyond the corpus: $set', ({ dir, pages }) => {
  let scores: PageScore[];
  beforeAll(() => {
    scores = evaluateReach(glossary, dir);
  }, 60_000);

  it('reads every gold mention from the article text the extension chose', () => {
    expect(scores.length).toBeGreaterThanOrEqual(pages);
    for (const s of scores)
      expect(
        s.unplaced.map((m) => m.text),
        s.page,
      ).toEqual([]);
  });

  it('lights no wrong card and no trap on any page', () => {
    for (const s of scores) expect(s.wrong, s.page).toEqual([]);
  });

  it('gives a right card to at least 90% of the actor mentions', () => {
    const gold = scores.reduce((n, s) => n + s.gold, 0);
    const right = scores.reduce((n, s) => n + s.right, 0);
    expect(right / gold).toBeGreaterThanOrEqual(0.9);
  });
});
