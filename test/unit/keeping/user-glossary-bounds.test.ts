// The reader's glossary additions within their bounds (src/shared/limits.ts) on every path: the
// form refuses one more past the bound, an import over them is refused whole with nothing of the
// current additions lost, and storage is read back trimmed.
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../../src/core/types.ts';
import { ACTOR_ALIASES, DESCRIPTION_CHARS, NAME_CHARS, USER_ACTORS, USER_ALIASES } from '../../../src/shared/limits.ts';
import { describeProblem } from '../../../src/keeping/problems.ts';
import {
  actorProblems,
  aliasProblems,
  importUserGlossary,
  storedUserGlossary,
  userGlossaryFile,
  type UserActor,
  type UserGlossary,
} from '../../../src/keeping/user-glossary.ts';
import { CORPUS_ACTORS as ACTORS } from '../helpers/glossary-fixtures.ts';
import { tEn, tVi } from '../helpers/history-fixtures.ts';

const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

/** The i-th actor of the reader's: a name no other actor has. */
const userActor = (i: number): UserActor => ({
  id: `user-nhan-vat-${i}`,
  type: 'organization' as ActorType,
  name: `Tổ chức Thử Nghiệm ${i}`,
  aliases: [],
  description: '',
});
const full: UserGlossary = { actors: many(USER_ACTORS, userActor), aliases: [] };
const draft = { type: 'person', name: 'Người Mới Hoàn Toàn', aliases: [], description: '' };

describe('the form', () => {
  it('refuses one actor more than USER_ACTORS, saying how many and the limit', () => {
    expect(actorProblems(ACTORS, { ...full, actors: full.actors.slice(1) }, draft)).toEqual([]);
    const problems = actorProblems(ACTORS, full, draft);
    expect(problems.map((p) => describeProblem(tEn, p))).toEqual([
      `name: That would make ${USER_ACTORS + 1} actors of your own; at most ${USER_ACTORS} can be kept.`,
    ]);
    expect(describeProblem(tVi, { ...problems[0]!, path: '' })).toBe(
      `Như vậy sẽ có ${USER_ACTORS + 1} nhân vật bạn thêm; chỉ giữ được tối đa ${USER_ACTORS}.`,
    );
  });

  it('refuses one alias more than USER_ALIASES', () => {
    const aliases = many(USER_ALIASES, (i) => ({ actorId: 'vladimir-putin', alias: `Tên Khác ${i}` }));
    expect(aliasProblems(ACTORS, { actors: [], aliases: aliases.slice(1) }, 'vladimir-putin', 'Ông Putin Mới')).toEqual(
      [],
    );
    expect(
      aliasProblems(ACTORS, { actors: [], aliases }, 'vladimir-putin', 'Ông Putin Mới').map((p) => p.code),
    ).toEqual(['tooManyUserAliases']);
  });

  it('says a name, a description and a list of other names past their bounds with their sizes', () => {
    const problems = actorProblems(
      ACTORS,
      { actors: [], aliases: [] },
      {
        type: 'person',
        name: 'N'.repeat(NAME_CHARS + 1),
        aliases: many(ACTOR_ALIASES + 1, (i) => `Tên Gọi Khác ${i}`),
        description: 'd'.repeat(DESCRIPTION_CHARS + 2),
      },
    );
    expect(problems.map((p) => describeProblem(tEn, p))).toEqual([
      `name: The name has ${NAME_CHARS + 1} characters; at most ${NAME_CHARS}.`,
      `aliases: ${ACTOR_ALIASES + 1} other names; at most ${ACTOR_ALIASES}.`,
      `description: The description has ${DESCRIPTION_CHARS + 2} characters; at most ${DESCRIPTION_CHARS}.`,
    ]);
  });
});

describe('an import', () => {
  const file = (user: UserGlossary) => JSON.stringify(userGlossaryFile(user, new Date('2025-09-19T10:00:00.000Z')));

  it('is refused whole when the file holds more than the store keeps, before any item is checked', () => {
    const result = importUserGlossary(file({ actors: many(USER_ACTORS + 1, userActor), aliases: [] }), ACTORS, {
      actors: [],
      aliases: [],
    });
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(tEn, p))).toEqual([
      `actors: That would make ${USER_ACTORS + 1} actors of your own; at most ${USER_ACTORS} can be kept.`,
    ]);
    const aliases = many(USER_ALIASES + 1, () => ({ actorId: 'x', alias: 'y' }));
    const tooMany = importUserGlossary(file({ actors: [], aliases }), ACTORS, { actors: [], aliases: [] });
    expect(tooMany.ok ? [] : tooMany.problems.map((p) => p.code)).toEqual(['tooManyUserAliases']);
  });

  it('is refused when merging it would pass the bound, and what the reader had is untouched', () => {
    const current: UserGlossary = { actors: full.actors.slice(0, USER_ACTORS - 1), aliases: [] };
    const before = structuredClone(current);
    const result = importUserGlossary(
      file({ actors: [userActor(USER_ACTORS + 5), userActor(USER_ACTORS + 6)], aliases: [] }),
      ACTORS,
      current,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'actors[1].name tooManyUserActors',
    ]);
    expect(current).toEqual(before);
  });

  it('is refused when an actor’s texts are over their bounds, naming where', () => {
    const result = importUserGlossary(
      file({ actors: [{ ...userActor(1), aliases: ['A'.repeat(NAME_CHARS + 3)] }], aliases: [] }),
      ACTORS,
      { actors: [], aliases: [] },
    );
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(tEn, p))).toEqual([
      `actors[0].aliases[0]: The name has ${NAME_CHARS + 3} characters; at most ${NAME_CHARS}.`,
    ]);
  });
});

describe('storage, read back', () => {
  it('keeps the first USER_ACTORS actors with their first ACTOR_ALIASES names, and the first USER_ALIASES aliases', () => {
    const actors = many(USER_ACTORS + 3, (i) => ({
      ...userActor(i),
      aliases: many(ACTOR_ALIASES + 2, (j) => `Tên ${i}-${j}`),
    }));
    const aliases = many(USER_ALIASES + 3, (i) => ({ actorId: 'russia', alias: `Nga ${i}` }));
    const stored = storedUserGlossary({ actors, aliases });
    expect(stored.actors).toHaveLength(USER_ACTORS);
    expect(stored.actors[0]!.aliases).toEqual(actors[0]!.aliases.slice(0, ACTOR_ALIASES));
    expect(stored.aliases).toEqual(aliases.slice(0, USER_ALIASES));
  });

  it('leaves out an item whose texts are over their bounds, and keeps the rest', () => {
    const stored = storedUserGlossary({
      actors: [
        userActor(1),
        { ...userActor(2), description: 'd'.repeat(DESCRIPTION_CHARS + 1) },
        { ...userActor(3), name: 'N'.repeat(NAME_CHARS + 1) },
      ],
      aliases: [
        { actorId: 'russia', alias: 'LB Nga' },
        { actorId: 'russia', alias: 'x'.repeat(10_000_000) },
      ],
    });
    expect(stored).toEqual({ actors: [userActor(1)], aliases: [{ actorId: 'russia', alias: 'LB Nga' }] });
  });
});
