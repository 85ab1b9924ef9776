import { describe, expect, it } from 'vitest';
import { rankStoryActors } from '../../../src/core/rank.ts';

describe('rankStoryActors', () => {
  it('weighs the headline and the lead above the body, and shares sum to one', () => {
    const ranked = rankStoryActors([
      { actorId: 'russia', kind: 'headline' }, // 3
      { actorId: 'belarus', kind: 'lead' }, // 2
      { actorId: 'ukraine', kind: 'body' }, // 1
      { actorId: 'ukraine', kind: 'body' }, // 1
      { actorId: 'ukraine', kind: 'caption' }, // 1
      { actorId: 'minsk', kind: 'body' }, // 1
    ]);
    expect(ranked).toEqual([
      { actorId: 'ukraine', count: 3, salience: 0.333 }, // equal share: more mentions first
      { actorId: 'russia', count: 1, salience: 0.333 },
      { actorId: 'belarus', count: 1, salience: 0.222 },
      { actorId: 'minsk', count: 1, salience: 0.111 },
    ]);
  });

  it('breaks ties by count, then by id, whatever the input order', () => {
    const a = rankStoryActors([
      { actorId: 'nato', kind: 'body' },
      { actorId: 'kremlin', kind: 'body' },
    ]);
    const b = rankStoryActors([
      { actorId: 'kremlin', kind: 'body' },
      { actorId: 'nato', kind: 'body' },
    ]);
    expect(a.map((x) => x.actorId)).toEqual(['kremlin', 'nato']);
    expect(b).toEqual(a);
  });

  it('has nothing to rank in a story without mentions', () => {
    expect(rankStoryActors([])).toEqual([]);
  });
});
