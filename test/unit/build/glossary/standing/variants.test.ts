// Spellings made by rule at build time: romanization variants of Russian, Belarusian and Ukrainian
// names, and the joined (TTXVN) form of hyphenated phonetic place names; what the rules must
// never make; collisions with other actors left out; and, with the real glossary, that the
// matcher takes every spelling made as one mention of its own actor.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, describeVariants, loadAllActors } from '../../../../../build/glossary/main.ts';
import { joinedForm } from '../../../../../build/glossary/standing/joined-forms.ts';
import { romanizationVariants } from '../../../../../build/glossary/standing/romanization.ts';
import { addVariants, type Variants } from '../../../../../build/glossary/standing/variants.ts';
import { buildMatcher } from '../../../../../src/core/matcher.ts';
import { normalizeForMatch } from '../../../../../src/core/normalize.ts';
import type { Actor, ActorType, AliasSpec } from '../../../../../src/core/types.ts';

describe('romanization variants of Slavic names', () => {
  it('writes the final й of Russian given names every way the wires do', () => {
    expect(romanizationVariants('Dmitry Peskov', 'russian')).toEqual(['Dmitri Peskov', 'Dmitriy Peskov']);
    expect(romanizationVariants('Yuriy Ushakov', 'russian')).toEqual(['Yury Ushakov', 'Yuri Ushakov']);
    expect(romanizationVariants('Valery Gerasimov', 'russian')).toEqual(['Valeri Gerasimov', 'Valeriy Gerasimov']);
    expect(romanizationVariants('Sergei Lavrov', 'russian')).toEqual(['Sergey Lavrov']);
    expect(romanizationVariants('Nikolai Patrushev', 'russian')).toEqual(['Nikolay Patrushev']);
    expect(romanizationVariants('Uladzimir Makei', 'russian')).toEqual(['Uladzimir Makey']);
  });

  it('writes Russian adjectival surnames as -sky/-skiy and -ny/-nyy', () => {
    expect(romanizationVariants('Vladimir Medinsky', 'russian')).toEqual(['Vladimir Medinskiy']);
    expect(romanizationVariants('Alexei Navalny', 'russian')).toEqual([
      'Alexei Navalnyy',
      'Alexey Navalny',
      'Alexey Navalnyy',
    ]);
    expect(romanizationVariants('Dmitry Polyanskiy', 'russian')).toEqual(
      expect.arrayContaining(['Dmitry Polyansky', 'Dmitri Polyanskiy', 'Dmitriy Polyansky']),
    );
    expect(romanizationVariants('Dmitry Polyanskiy', 'russian').join()).not.toMatch(/Polyanskyy|Polyanskyi/);
  });

  it('follows Ukrainian conventions for Ukrainians: -ii/-iy given names, -skyi/-skyy/-sky/-skiy surnames', () => {
    expect(romanizationVariants('Volodymyr Zelensky', 'ukrainian')).toEqual([
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskyi',
      'Volodymyr Zelenskiy',
    ]);
    expect(romanizationVariants('Andrii Sybiha', 'ukrainian')).toEqual(['Andriy Sybiha']);
    expect(romanizationVariants('Serhiy Kyslytsya', 'ukrainian')).toEqual(['Serhii Kyslytsya']);
    expect(romanizationVariants('Valerii Zaluzhnyi', 'ukrainian')).toEqual(
      expect.arrayContaining(['Valeriy Zaluzhny', 'Valerii Zaluzhnyy', 'Valeriy Zaluzhnyi']),
    );
  });

  it('never makes what no system writes', () => {
    // A Ukrainian -ій keeps its i; -ний takes no -iy; a Russian given name no -yy.
    expect(romanizationVariants('Andrii Sybiha', 'ukrainian').join()).not.toMatch(/Andry|Andri /);
    expect(romanizationVariants('Serhiy Nayev', 'ukrainian').join()).not.toMatch(/Serhy|Serhi /);
    expect(romanizationVariants('Valerii Zaluzhnyi', 'ukrainian').join()).not.toMatch(/Zaluzhniy/);
    expect(romanizationVariants('Dmitry Peskov', 'russian').join()).not.toMatch(/Dmitryy|Dmitryi/);
    // No -enka, no Tz-, no letters inside the name.
    expect(romanizationVariants('Alexander Lukashenko', 'russian')).toEqual([]);
    expect(romanizationVariants('Sviatlana Tsikhanouskaya', 'russian')).toEqual([]);
    expect(romanizationVariants('Sergey Shoigu', 'russian')).toEqual(['Sergei Shoigu']);
    expect(romanizationVariants('Maria Zakharova', 'russian')).toEqual([]);
  });

  it('leaves alone one word, initials and Vietnamese phonetic spellings', () => {
    expect(romanizationVariants('Dmitry', 'russian')).toEqual([]);
    expect(romanizationVariants('V.Pu-tin', 'russian')).toEqual([]);
    expect(romanizationVariants('Vla-đi-mia Pu-tin', 'russian')).toEqual([]);
    expect(romanizationVariants('Xéc-gây La-vrốp', 'russian')).toEqual([]);
  });

  it('varies each part of a hyphenated surname', () => {
    expect(romanizationVariants('Sergei Ivanov-Polyansky', 'russian')).toContain('Sergey Ivanov-Polyanskiy');
  });
});

describe('joined forms of hyphenated phonetic place names', () => {
  const none = new Set<string>();
  it('joins the syllables as TTXVN writes them', () => {
    expect(joinedForm('Mát-xcơ-va', none, normalizeForMatch)).toBe('Mátxcơva');
    expect(joinedForm('Oa-sinh-tơn', none, normalizeForMatch)).toBe('Oasinhtơn');
    expect(joinedForm('Cộng hòa Bê-la-rút', none, normalizeForMatch)).toBe('Cộng hòa Bêlarút');
    expect(joinedForm('Xanh Pê-téc-bua', none, normalizeForMatch)).toBe('Xanh Pêtécbua');
  });

  it('leaves alone names in their own language, hyphened Sino-Vietnamese names and doubled letters', () => {
    expect(joinedForm('Port-au-Prince', none, normalizeForMatch)).toBeNull();
    expect(joinedForm('Guinea-Bissau', none, normalizeForMatch)).toBeNull();
    expect(joinedForm('Co-operative Republic of Guyana', none, normalizeForMatch)).toBeNull();
    expect(joinedForm('Luân-đôn', new Set(['luân đôn']), normalizeForMatch)).toBeNull();
    expect(joinedForm('Hung-ga-ri', none, normalizeForMatch)).toBeNull(); // "Hungari", not "Hunggari"
    expect(joinedForm('Moskva', none, normalizeForMatch)).toBeNull();
  });
});

function actor(
  id: string,
  type: ActorType,
  name: string,
  aliases: AliasSpec[] = [],
  country?: string,
  shortNames?: string[],
): Actor {
  return {
    id,
    type,
    name,
    aliases,
    ...(shortNames ? { shortNames } : {}),
    description: { vi: id, en: id },
    ...(country ? { links: [{ rel: 'country' as const, to: country }] } : {}),
  };
}

const texts = (a: Actor | undefined) => a!.aliases.map((s) => (typeof s === 'string' ? s : s.text));

describe('adding the spellings to the actor list', () => {
  const input: Actor[] = [
    actor('russia', 'state', 'Nga'),
    actor('dmitry-peskov', 'person', 'Dmitry Peskov', [], 'russia', ['Peskov']),
    // Two people whose rules meet: each claims the other's spelling, and both make "Dmitri Ivanov".
    actor('dmitry-ivanov', 'person', 'Dmitry Ivanov', [], 'russia'),
    actor('dmitriy-ivanov', 'person', 'Dmitriy Ivanov', [], 'belarus'),
    // Not Russian, Belarusian or Ukrainian: no rule applies.
    actor('dmitry-kazakh', 'person', 'Dmitry Kazakh', [], 'kazakhstan'),
    actor('moscow', 'place', 'Moskva', ['Mát-xcơ-va', 'Mátxcơva']),
    actor('washington', 'place', 'Washington', ['Oa-sinh-tơn']),
    actor('latin-america', 'place', 'Mỹ La-tinh'),
    actor('vladimir-putin', 'person', 'Vladimir Putin', ['V.Pu-tin'], 'russia'),
  ];
  let result: Variants;
  beforeAll(() => {
    result = addVariants(input);
  });
  const get = (id: string) => result.actors.find((a) => a.id === id);

  it('adds the variants of Slavic names and the joined place names', () => {
    expect(texts(get('dmitry-peskov'))).toEqual(['Dmitri Peskov', 'Dmitriy Peskov']);
    expect(get('dmitry-peskov')!.shortNames).toEqual(['Peskov']); // full names only
    expect(texts(get('washington'))).toEqual(['Oa-sinh-tơn', 'Oasinhtơn']);
    expect(texts(get('moscow'))).toEqual(['Mát-xcơ-va', 'Mátxcơva']); // had it already
    expect(texts(get('vladimir-putin'))).toEqual(['V.Pu-tin']); // no joined forms of people
    expect(texts(get('dmitry-kazakh'))).toEqual([]);
    expect(result.added).toEqual({ romanized: 2, joined: 1 });
    expect(result.made).toEqual([
      { actorId: 'dmitry-peskov', text: 'Dmitri Peskov', rule: 'romanized' },
      { actorId: 'dmitry-peskov', text: 'Dmitriy Peskov', rule: 'romanized' },
      { actorId: 'washington', text: 'Oasinhtơn', rule: 'joined' },
    ]);
  });

  it('drops a spelling another actor claims, two rules make, or the lexicon says is no name', () => {
    expect(texts(get('dmitry-ivanov'))).toEqual([]);
    expect(texts(get('dmitriy-ivanov'))).toEqual([]);
    expect(texts(get('latin-america'))).toEqual([]); // "Mỹ Latinh" is a negative entry
    expect(result.collisions).toEqual([
      '"Dmitri Ivanov" made for dmitry-ivanov and dmitriy-ivanov',
      '"Dmitriy Ivanov" made for dmitry-ivanov, already dmitriy-ivanov\'s',
      '"Dmitry Ivanov" made for dmitriy-ivanov, already dmitry-ivanov\'s',
      '"Mỹ Latinh" made for latin-america, already (lexicon: not a name)\'s',
    ]);
    expect(describeVariants(result)).toContain('4 left out');
  });

  it('leaves its input alone and gives the same output every time', () => {
    expect(texts(input.find((a) => a.id === 'washington'))).toEqual(['Oa-sinh-tơn']);
    expect(addVariants(input)).toEqual(result);
  });
});

describe('the spellings made for the real glossary', () => {
  let actors: Actor[];
  let made: Variants['made'];
  let collisions: string[];
  beforeAll(() => {
    const all = loadAllActors(DEFAULT_PATHS);
    ({ actors } = all);
    ({ made, collisions } = all.variants);
  });

  it('makes the variants the press meets', () => {
    const of = (id: string) => made.filter((m) => m.actorId === id).map((m) => m.text);
    expect(of('volodymyr-zelensky')).toEqual(expect.arrayContaining(['Volodymyr Zelenskiy', 'Volodymyr Zelenskyi']));
    expect(of('dmitry-stefanovich')).toContain('Dmitriy Stefanovich');
    expect(of('anatoly-antonov')).toContain('Anatoli Antonov');
    expect(of('washington')).toContain('Oasinhtơn');
    expect(of('belarus')).toEqual(expect.arrayContaining(['Bêlarút', 'Cộng hòa Bêlarút']));
    expect(made.filter((m) => m.rule === 'romanized').length).toBeGreaterThanOrEqual(40);
    expect(made.filter((m) => m.rule === 'joined').length).toBeGreaterThanOrEqual(80);
    expect(collisions).toEqual([]);
  });

  it('has the matcher take every spelling made as one mention of its own actor', () => {
    const matcher = buildMatcher(actors);
    for (const { actorId, text } of made) {
      const sentence = `Tại hội nghị, ${text} được nhắc tới nhiều lần.`;
      const found = matcher.findMentions([sentence]).map((m) => `${m.surface}→${m.actorId}`);
      expect(found, text).toEqual([`${text}→${actorId}`]);
    }
  });

  it('marks the Sino-Vietnamese name of Washington, and the joined names in running text', () => {
    const matcher = buildMatcher(actors);
    const marks = (s: string) => matcher.findMentions([s]).map((m) => `${m.surface}→${m.actorId}`);
    expect(marks('Phái đoàn rời Hoa Thịnh Đốn tới Mátxcơva rồi Minxcơ.')).toEqual([
      'Hoa Thịnh Đốn→washington',
      'Mátxcơva→moscow',
      'Minxcơ→minsk',
    ]);
    expect(marks('Tổng thống Bêlarút tiếp Đại sứ Ucraina tại Oasinhtơn.')).toEqual([
      'Bêlarút→belarus',
      'Ucraina→ukraine',
      'Oasinhtơn→washington',
    ]);
    expect(marks('Ông Volodymyr Zelenskiy gặp ông Dmitriy Peskov.')).toEqual([
      'Volodymyr Zelenskiy→volodymyr-zelensky',
      'Dmitriy Peskov→dmitry-peskov',
    ]);
  });
});
