// Checks the reviewed actor list (src/corpus/actors.json) as data: the matcher, the glossary
// build and the panel all trust it, so a typo here would surface as a wrong card in a page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, LINK_RELATIONS as RELATIONS, type Actor, type AliasSpec } from '../../../src/core/types.ts';

const ACTORS_PATH = new URL('../../../src/corpus/actors.json', import.meta.url);
const actors = JSON.parse(readFileSync(ACTORS_PATH, 'utf8')) as Actor[];
const byId = new Map(actors.map((a) => [a.id, a]));

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const KEYS = new Set([
  'id', 'type', 'name', 'latin', 'original', 'aliases', 'shortNames', 'description', 'links', 'wikidata',
]);

/** Ids other parts of the project code against; renaming one breaks them silently. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const AGREED_IDS = [
  'russia', 'belarus', 'united-states', 'ukraine', 'hungary', 'turkey', 'poland', 'china', 'france',
  'uzbekistan', 'cuba', 'soviet-union', 'vietnam',
  'minsk', 'moscow', 'washington', 'kyiv', 'kharkiv', 'sevastopol', 'crimea', 'donbas', 'baltic-sea',
  'barents-sea', 'black-sea', 'minsk-national-airport',
  'nato', 'kremlin', 'white-house', 'pentagon', 'belarus-defence-ministry', 'russia-defence-ministry',
  'russia-foreign-ministry', 'belavia', 'boeing', 'institute-for-the-study-of-war',
  'russian-academy-of-sciences', 'imemo', 'southern-military-district', 'union-state',
  'reuters', 'politico', 'associated-press', 'afp', 'tass', 'rt', 'ria-novosti', 'vedomosti', 'belta',
  'nbc', 'abc-news',
  'vladimir-putin', 'alexander-lukashenko', 'donald-trump', 'john-coale', 'viktor-khrenin',
  'serhiy-nayev', 'dmitry-peskov', 'andrey-belousov', 'lloyd-austin', 'patrick-ryder', 'sergey-shoigu',
  'lynne-tracy', 'sergey-lavrov', 'sergey-aleynik', 'vladimir-bruter', 'xi-jinping', 'emmanuel-macron',
  'ilya-kramnik', 'dmitry-stefanovich', 'karine-jean-pierre', 'volodymyr-zelensky', 'joe-biden',
  'zapad-2025', 'cuban-missile-crisis', 'russian-invasion-of-ukraine', 'cfe-treaty',
  'iskander', 's-400', 'su-24', 'su-27', 'mq-9-reaper', 'atacms',
];

/** Surface forms that two actors may share on purpose, with the reason. Empty today: every
 *  name in the corpus points at exactly one actor. Add `'Text': 'why'` to allow a shared one. */
const KNOWN_SHARED_NAMES: Record<string, string> = {};

const aliasText = (alias: AliasSpec): string => (typeof alias === 'string' ? alias : alias.text);

/** Every form that the matcher will look for: name, aliases and short names. */
function surfaceForms(actor: Actor): string[] {
  return [actor.name, ...actor.aliases.map(aliasText), ...(actor.shortNames ?? [])];
}

/** Given names of a person, from the full names written with spaces ("Sergey Lavrov").
 *  Chinese names put the family name first, so there the given names are the later words. */
function givenNames(person: Actor): string[] {
  const familyFirst = /\p{Script=Han}/u.test(person.original ?? '');
  const fullNames = [person.name, ...person.aliases.map(aliasText)].filter((n) => /\s/.test(n));
  return fullNames.flatMap((full) => {
    // Initials such as "X. La-vrốp" are not given names.
    const words = full.split(/\s+/).filter((w) => !w.endsWith('.'));
    return familyFirst ? words.slice(1) : words.slice(0, -1);
  });
}

describe('actors.json', () => {
  it('lists every actor the project has agreed on, and each id once', () => {
    const ids = actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of AGREED_IDS) expect(ids, id).toContain(id);
    expect(actors.length).toBeGreaterThanOrEqual(AGREED_IDS.length);
  });

  it('has well-formed ids, types and keys', () => {
    for (const a of actors) {
      expect(a.id, a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ACTOR_TYPES, a.id).toContain(a.type);
      for (const key of Object.keys(a)) expect(KEYS.has(key), `${a.id}.${key}`).toBe(true);
    }
  });

  it('is sorted by type (in ACTOR_TYPES order), then by id', () => {
    const key = (a: Actor) => [ACTOR_TYPES.indexOf(a.type), a.id] as const;
    for (let i = 1; i < actors.length; i++) {
      const [t0, id0] = key(actors[i - 1]!);
      const [t1, id1] = key(actors[i]!);
      expect(t0 < t1 || (t0 === t1 && id0 < id1), `${id0} before ${id1}`).toBe(true);
    }
  });

  it('writes every name cleanly: NFC, trimmed, no doubled spaces', () => {
    for (const a of actors) {
      const texts = [...surfaceForms(a), a.latin, a.original].filter((t): t is string => t !== undefined);
      for (const t of texts) {
        expect(t, a.id).toBe(t.normalize('NFC'));
        expect(t, a.id).toBe(t.trim());
        expect(t, a.id).not.toMatch(/\s{2}|[\u00a0\u200b-\u200d\u00ad]/);
        expect(t.length, a.id).toBeGreaterThan(0);
      }
    }
  });

  it('keeps latin and original meaningful', () => {
    for (const a of actors) {
      if (a.latin !== undefined) expect(a.latin, a.id).not.toBe(a.name);
      // `original` is for scripts other than Latin (Cyrillic, Chinese characters).
      if (a.original !== undefined) expect(a.original, a.id).toMatch(/[\p{Script=Cyrillic}\p{Script=Han}]/u);
    }
    expect(byId.get('moscow')?.latin).toBe('Moscow');
    expect(byId.get('xi-jinping')?.original).toBe('习近平');
  });

  it('gives cue-only aliases as one capitalized syllable', () => {
    for (const a of actors) {
      for (const alias of a.aliases) {
        if (typeof alias === 'string') continue;
        expect(alias.needsCue, a.id).toBe(true);
        expect(alias.text, a.id).toMatch(/^\p{Lu}\p{Ll}*$/u);
      }
    }
  });

  it('repeats no form within one actor', () => {
    for (const a of actors) {
      const forms = surfaceForms(a);
      expect(new Set(forms).size, `${a.id}: ${forms.join(' | ')}`).toBe(forms.length);
    }
  });

  it('gives no name, alias or short name to two actors unless listed as shared', () => {
    const owners = new Map<string, string[]>();
    for (const a of actors) {
      for (const form of surfaceForms(a)) owners.set(form, [...(owners.get(form) ?? []), a.id]);
    }
    const shared = [...owners].filter(([form, ids]) => ids.length > 1 && !(form in KNOWN_SHARED_NAMES));
    expect(shared).toEqual([]);
  });

  it('gives short names to people only, and never a given name', () => {
    const people = actors.filter((a) => a.type === 'person');
    const given = new Set(people.flatMap(givenNames));
    // The corpus itself shares these given names between different people.
    for (const name of ['Sergey', 'Vladimir', 'Dmitry', 'Alexander']) expect(given).toContain(name);
    for (const a of actors) {
      if (a.type !== 'person') expect(a.shortNames, a.id).toBeUndefined();
      for (const short of a.shortNames ?? []) {
        expect(given.has(short), `${a.id}: ${short}`).toBe(false);
        expect(short, a.id).not.toMatch(/\s/);
      }
    }
    expect(byId.get('xi-jinping')?.shortNames).toEqual(['Tập']);
  });

  it('describes every actor in Vietnamese and English', () => {
    for (const a of actors) {
      expect(a.description.vi.trim().length, a.id).toBeGreaterThan(5);
      expect(a.description.en.trim().length, a.id).toBeGreaterThan(5);
      expect(a.description.vi, a.id).not.toBe(a.description.en);
    }
  });

  it('links only to existing actors, with relations that fit the actor type', () => {
    for (const a of actors) {
      for (const link of a.links ?? []) {
        expect(RELATIONS, a.id).toContain(link.rel);
        expect(byId.has(link.to), `${a.id} -> ${link.to}`).toBe(true);
        expect(link.to, a.id).not.toBe(a.id);
        if (link.rel === 'operated-by') expect(a.type, a.id).toBe('weapon');
        if (link.rel === 'participant') expect(a.type, a.id).toBe('event');
        if (link.rel === 'country') expect(byId.get(link.to)?.type, a.id).toBe('state');
      }
      const targets = (a.links ?? []).map((l) => `${l.rel}:${l.to}`);
      expect(new Set(targets).size, a.id).toBe(targets.length);
    }
    expect(byId.get('iskander')?.links).toEqual([
      { rel: 'operated-by', to: 'russia' },
      { rel: 'operated-by', to: 'belarus' },
    ]);
  });

  it('uses well-formed Wikidata ids, each for one actor', () => {
    const qids = actors.flatMap((a) => (a.wikidata === undefined ? [] : [a.wikidata]));
    for (const q of qids) expect(q).toMatch(/^Q[1-9]\d*$/);
    expect(new Set(qids).size).toBe(qids.length);
    expect(byId.get('vladimir-putin')?.wikidata).toBe('Q7747');
  });
});
