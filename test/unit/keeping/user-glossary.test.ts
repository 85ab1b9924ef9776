// The reader's glossary additions (src/keeping/user-glossary.ts): a new alias for an actor the
// glossary has, a new actor, and removing, storing, exporting and importing them.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor } from '../../../src/core/types.ts';
import { describeProblem, type Problem } from '../../../src/keeping/problems.ts';
import {
  EMPTY_USER_GLOSSARY,
  actorProblems,
  aliasProblems,
  importUserGlossary,
  mergeActors,
  slug,
  storedUserGlossary,
  userGlossaryFile,
  withActor,
  withAlias,
  withUserAdditions,
  withoutActor,
  withoutAlias,
  type UserGlossary,
} from '../../../src/keeping/user-glossary.ts';
import { CORPUS_ACTORS as ACTORS, glossaryActor, glossaryOf } from '../helpers/glossary-fixtures.ts';
import { tEn, tVi } from '../helpers/history-fixtures.ts';

const none: UserGlossary = { aliases: [], actors: [] };
const vi = (ps: Problem[]) => ps.map((p) => describeProblem(tVi, { ...p, path: '' }));

/** A Reuters-style spelling the bundled glossary does not have. */
const SENTENCE = 'Tổng thống Ukraine Volodymyr Zelenskiy cho biết Kiev sẽ tiếp tục phối hợp chặt chẽ với Washington.';
const found = (actors: readonly Actor[], text: string) =>
  buildMatcher(actors)
    .findMentions([text])
    .map((m) => `${m.actorId}:${m.surface}`);

describe('a new alias for an existing actor', () => {
  it('makes the matcher find a name it did not find before', () => {
    expect(found(ACTORS, SENTENCE)).not.toContain('volodymyr-zelensky:Volodymyr Zelenskiy');
    expect(aliasProblems(ACTORS, none, 'volodymyr-zelensky', 'Volodymyr Zelenskiy')).toEqual([]);
    const user = withAlias(none, 'volodymyr-zelensky', ' Volodymyr Zelenskiy ');
    expect(user.aliases).toEqual([{ actorId: 'volodymyr-zelensky', alias: 'Volodymyr Zelenskiy' }]);
    const merged = mergeActors(ACTORS, user, () => {
      throw new Error('no new actor here');
    });
    expect(found(merged, SENTENCE)).toEqual([
      'ukraine:Ukraine',
      'volodymyr-zelensky:Volodymyr Zelenskiy',
      'kyiv:Kiev',
      'washington:Washington',
    ]);
    // The bundled list itself is untouched.
    expect(ACTORS.find((a) => a.id === 'volodymyr-zelensky')!.aliases).not.toContain('Volodymyr Zelenskiy');
  });

  it('is refused with a clear reason: empty, no actor chosen, unknown actor, another actor’s name, already there', () => {
    expect(vi(aliasProblems(ACTORS, none, 'vladimir-putin', '   '))).toEqual(['Cách gọi không được để trống.']);
    expect(vi(aliasProblems(ACTORS, none, '', 'Pu-tin'))).toEqual(['Hãy chọn một nhân vật trong danh sách.']);
    expect(vi(aliasProblems(ACTORS, none, 'boris-johnson', 'B.Giôn-xơn'))).toEqual([
      'Không có nhân vật “boris-johnson” trong từ điển.',
    ]);
    // "Lavrov" is Sergey Lavrov's short name: it cannot also be Putin's.
    const taken = aliasProblems(ACTORS, none, 'vladimir-putin', 'lavrov');
    expect(vi(taken)).toEqual(['Cách gọi này đã thuộc về Sergey Lavrov.']);
    expect(describeProblem(tEn, { ...taken[0]!, path: '' })).toBe('This name already belongs to Sergey Lavrov.');
    // Already Putin's, whatever the tone placement or case.
    expect(vi(aliasProblems(ACTORS, none, 'vladimir-putin', 'v.pu-tin'))).toEqual([
      'Nhân vật này đã có cách gọi “v.pu-tin”.',
    ]);
    expect(vi(aliasProblems(ACTORS, none, 'vladimir-putin', '---'))).toEqual(['“---” không có chữ cái nào.']);
    expect(vi(aliasProblems(ACTORS, none, 'vladimir-putin', 'P'.repeat(81)))).toEqual(['Tên dài 81 ký tự; tối đa 80.']);
    // An alias the reader added counts too.
    const user = withAlias(none, 'volodymyr-zelensky', 'Zelenskiy');
    expect(vi(aliasProblems(ACTORS, user, 'vladimir-putin', 'Zelenskiy'))).toEqual([
      'Cách gọi này đã thuộc về Volodymyr Zelensky.',
    ]);
  });
});

describe('a new actor', () => {
  const SVR = {
    type: 'organization',
    name: 'Cục Tình báo Đối ngoại Nga',
    aliases: ['SVR', '', 'Cơ quan Tình báo Đối ngoại Nga'],
    description: 'Cơ quan tình báo đối ngoại của Liên bang Nga',
  };

  it('gets an id of its own, is matched, and keeps type and description', () => {
    expect(actorProblems(ACTORS, none, SVR)).toEqual([]);
    const { user, actor } = withActor(ACTORS, none, SVR);
    expect(actor).toEqual({
      id: 'user-cuc-tinh-bao-doi-ngoai-nga',
      type: 'organization',
      name: 'Cục Tình báo Đối ngoại Nga',
      aliases: ['SVR', 'Cơ quan Tình báo Đối ngoại Nga'],
      description: 'Cơ quan tình báo đối ngoại của Liên bang Nga',
    });
    const glossary = glossaryOf(ACTORS.map((a) => glossaryActor(a)));
    const merged = withUserAdditions(glossary, user);
    const added = merged.actors.at(-1)!;
    expect(added).toMatchObject({
      id: actor.id,
      type: 'organization',
      description: { vi: SVR.description, en: SVR.description },
      storyIds: [],
    });
    expect(found(merged.actors, 'Theo SVR, Cục Tình báo Đối ngoại Nga đã cảnh báo Washington.')).toEqual([
      'user-cuc-tinh-bao-doi-ngoai-nga:SVR',
      'user-cuc-tinh-bao-doi-ngoai-nga:Cục Tình báo Đối ngoại Nga',
      'washington:Washington',
    ]);
    // A second actor of the same name gets another id.
    expect(withActor(ACTORS, user, { ...SVR, name: 'Cục tình báo đối ngoại Nga!' }).actor.id).toBe(
      'user-cuc-tinh-bao-doi-ngoai-nga-2',
    );
  });

  it('is refused with every reason at once', () => {
    const problems = actorProblems(ACTORS, none, {
      type: 'country',
      name: 'Điện Kremlin',
      aliases: ['Kreml', 'kreml', 'Moskva'],
      description: 'x'.repeat(301),
    });
    expect(problems.map((p) => p.path)).toEqual(['type', 'name', 'aliases[1]', 'aliases[2]', 'description']);
    expect(vi(problems)).toEqual([
      'Loại “country” không hợp lệ.',
      'Cách gọi này đã thuộc về Điện Kremlin.',
      'Cách gọi “kreml” bị lặp.',
      'Cách gọi này đã thuộc về Moskva.',
      'Mô tả dài 301 ký tự; tối đa 300.',
    ]);
    expect(vi(actorProblems(ACTORS, none, { type: 'person', name: ' ', aliases: [], description: '' }))).toEqual([
      'Tên không được để trống.',
    ]);
  });

  it('slugs Vietnamese names to ASCII ids', () => {
    expect(slug('Đặng Thị Ngọc Thịnh')).toBe('dang-thi-ngoc-thinh');
    expect(slug('???')).toBe('actor');
  });
});

describe('removing, storing, exporting and importing the additions', () => {
  const base = withAlias(
    withActor(ACTORS, none, {
      type: 'person',
      name: 'Mikhail Mishustin',
      aliases: ['Mishustin'],
      description: 'Thủ tướng Nga',
    }).user,
    'vladimir-putin',
    'Vla-đi-mia V. Pu-tin',
  );
  const withActorAlias = withAlias(base, 'user-mikhail-mishustin', 'M.Mi-su-xtin');

  it('removes an alias, or an actor with the aliases given to it', () => {
    expect(withoutAlias(withActorAlias, 0).aliases).toEqual([
      { actorId: 'user-mikhail-mishustin', alias: 'M.Mi-su-xtin' },
    ]);
    expect(withoutActor(withActorAlias, 'user-mikhail-mishustin')).toEqual({
      actors: [],
      aliases: [{ actorId: 'vladimir-putin', alias: 'Vla-đi-mia V. Pu-tin' }],
    });
  });

  it('reads storage leniently, leaving out malformed entries', () => {
    expect(storedUserGlossary(undefined)).toEqual(EMPTY_USER_GLOSSARY);
    expect(
      storedUserGlossary({
        actors: [{ id: 'putin', type: 'person', name: 'x', aliases: [], description: '' }],
        aliases: [{ actorId: 'russia', alias: 'LB Nga' }, { alias: 1 }],
      }),
    ).toEqual({
      actors: [],
      aliases: [{ actorId: 'russia', alias: 'LB Nga' }],
    });
  });

  it('exports a versioned file that imports back into an empty glossary as the same additions', () => {
    const text = JSON.stringify(userGlossaryFile(withActorAlias, new Date('2025-09-19T00:00:00Z')));
    expect(JSON.parse(text)).toMatchObject({
      format: 'boi-canh-user-glossary',
      version: 1,
      exportedAt: '2025-09-19T00:00:00.000Z',
    });
    expect(importUserGlossary(text, ACTORS, none)).toEqual({ ok: true, user: withActorAlias, added: 3 });
    // Importing again adds nothing new and duplicates nothing.
    expect(importUserGlossary(text, ACTORS, withActorAlias)).toEqual({ ok: true, user: withActorAlias, added: 1 });
  });

  it('rejects a file with problems, each said where it is', () => {
    const file = {
      format: 'boi-canh-user-glossary',
      version: 1,
      actors: [{ id: 'russia', type: 'state', name: 'Nga', aliases: [], description: '' }],
      aliases: [
        { actorId: 'vladimir-putin', alias: 'Lukashenko' },
        { actorId: 'nobody', alias: 'Ai đó' },
      ],
    };
    const result = importUserGlossary(JSON.stringify(file), ACTORS, none);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => describeProblem(tVi, p))).toEqual([
      'actors[0].id: Mã “russia” không phải mã nhân vật do bạn thêm (user-…).',
      'aliases[0].alias: Cách gọi này đã thuộc về Alexander Lukashenko.',
      'aliases[1].actorId: Không có nhân vật “nobody” trong từ điển.',
    ]);
    const shape = importUserGlossary(
      JSON.stringify({ ...file, actors: [{ id: 'user-x', type: 'state', name: '', aliases: 'A' }] }),
      ACTORS,
      none,
    );
    expect(shape.ok ? [] : shape.problems.map((p) => describeProblem(tEn, p))).toEqual([
      'actors[0].name: The name must not be empty.',
      'actors[0].aliases: The list of names is not valid.',
      'actors[0].description: The description is not text.',
      'aliases[0].alias: This name already belongs to Alexander Lukashenko.',
      'aliases[1].actorId: There is no actor “nobody” in the glossary.',
    ]);
    const notOurs = importUserGlossary('{"format":"boi-canh-history","version":1}', ACTORS, none);
    expect(notOurs.ok ? '' : describeProblem(tEn, notOurs.problems[0]!)).toBe(
      'format: This is not a Bối cảnh file (format is “boi-canh-history”).',
    );
  });
});
