// The glossary grows: with 100,000 actors the matcher must still find exactly the right names.
// How fast it builds and matches is measured by the benchmark (npm run bench), never asserted here.
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentionsInText } from '../../../src/core/matcher.ts';
import type { Actor } from '../../../src/core/types.ts';
import { TEST_ACTORS } from './actors.ts';

/** 100,000 synthetic actors with three aliases each (Latin, Vietnamese phonetic, initials). */
function manyActors(count: number): Actor[] {
  const actors: Actor[] = [];
  for (let n = 0; n < count; n++) {
    const code = n.toString(36);
    actors.push({
      id: `person-${code}`,
      type: 'person',
      name: `Ivan Petrov${code}`,
      aliases: [`Ivan Petrovich${code}`, `I.Pê-tơ-rốp${code}`, `Ông Petrov${code} Đệ Nhất`],
      shortNames: [`Petrov${code}`],
      description: { vi: '', en: '' },
    });
  }
  return actors;
}

describe('a large glossary', () => {
  it('still finds the right actors among 100,000 (300,000 aliases)', () => {
    const matcher = buildMatcher([...TEST_ACTORS, ...manyActors(100_000)]);
    const found = findMentionsInText(matcher, 'Tổng thống Nga Vladimir Putin gặp Ivan Petrov2s và I.Pê-tơ-rốp2s.');
    expect(found.map((m) => [m.actorId, m.surface])).toEqual([
      ['russia', 'Nga'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['person-2s', 'Ivan Petrov2s'],
      ['person-2s', 'I.Pê-tơ-rốp2s'],
    ]);
  });

  it('rejects an alias with nothing to match', () => {
    const bad: Actor = {
      id: 'nobody',
      type: 'person',
      name: 'Nobody',
      aliases: [' – '],
      description: { vi: '', en: '' },
    };
    expect(() => buildMatcher([bad])).toThrow('Actor "nobody": alias " – " has no words to match');
    expect(() => buildMatcher([{ ...bad, id: '' }])).toThrow('Actor at position 0 has no id');
  });
});
