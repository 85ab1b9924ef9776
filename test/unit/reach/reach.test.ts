// The reach figure as a check: on the twelve test pages written for it (test/reach/), every mark
// is right (no wrong card, no collision lit) and at least 90% of the actor mentions get a right
// card. `npm run eval -- --misses` says what a failure missed or got wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateReach, type PageScore } from '../../reach/evaluate.ts';

let scores: PageScore[];
beforeAll(() => {
  scores = evaluateReach();
}, 60_000);

describe('reach on news beyond the corpus', () => {
  it('reads every gold mention from the article text the extension chose', () => {
    expect(scores.length).toBeGreaterThanOrEqual(12);
    for (const s of scores) expect(s.unplaced.map((m) => m.text), s.page).toEqual([]);
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
