// Spellings made by rule, added to the merged actor list as aliases: the romanization variants of
// Russian, Belarusian and Ukrainian people's names (romanization.ts) and the joined form of every
// hyphenated phonetic place name (joined-forms.ts). A rule knows nothing of the other actors, so a
// spelling it makes that any other actor already claims (name, alias or short name), that two
// actors' rules both make, or that the lexicon lists as not a name is dropped, never given to
// either: the build reports how many.
import { NEGATIVE_ENTRIES } from '../../../src/core/lexicon.ts';
import { normalizeForMatch } from '../../../src/core/normalize.ts';
import { isVietnameseSyllable } from '../../../src/core/syllable.ts';
import type { Actor, AliasSpec } from '../../../src/core/types.ts';
import { joinedForm } from './joined-forms.ts';
import { romanizationVariants, type SlavicLanguage } from './romanization.ts';

/** Whose names follow which romanization conventions, by the state a person is linked to. */
const LANGUAGE_OF_COUNTRY: ReadonlyMap<string, SlavicLanguage> = new Map([
  ['russia', 'russian'],
  ['belarus', 'russian'],
  ['ukraine', 'ukrainian'],
]);

export type VariantRule = 'romanized' | 'joined';

export interface Variants {
  actors: Actor[];
  /** Each spelling added, with its actor and the rule that made it, in order. */
  made: { actorId: string; text: string; rule: VariantRule }[];
  /** How many spellings each rule added. */
  added: Record<VariantRule, number>;
  /** Spellings a rule made that another actor claims or another rule also made: left out. */
  collisions: string[];
}

const aliasText = (spec: AliasSpec) => (typeof spec === 'string' ? spec : spec.text);

function spellingsOf(a: Actor): string[] {
  return [a.name, ...a.aliases.map(aliasText), ...(a.shortNames ?? [])];
}

/** The language a person's names are romanized from, if they are Russian, Belarusian or
 *  Ukrainian by their first country link. */
export function slavicLanguage(a: Actor): SlavicLanguage | undefined {
  if (a.type !== 'person') return undefined;
  const country = a.links?.find((l) => l.rel === 'country')?.to;
  return country ? LANGUAGE_OF_COUNTRY.get(country) : undefined;
}

/** What the rules make for one actor, before collisions are settled: [text, rule] pairs. */
function proposals(a: Actor): [string, VariantRule][] {
  const language = slavicLanguage(a);
  if (language) {
    // Full names only: a rule's surname alone ("Zelenskiy") would resolve by uniqueness, which
    // a made-up spelling should not be trusted with.
    return [a.name, ...a.aliases.filter((s): s is string => typeof s === 'string')].flatMap((n) =>
      romanizationVariants(n, language).map((v): [string, 'romanized'] => [v, 'romanized']),
    );
  }
  if (a.type === 'state' || a.type === 'place') {
    const spaced = new Set(spellingsOf(a).map(normalizeForMatch));
    return [a.name, ...a.aliases.map(aliasText)].flatMap((n) => {
      const joined = joinedForm(n, spaced, normalizeForMatch);
      // A joined form that is one Vietnamese syllable would need a cue like "Nga"; none is worth it.
      if (joined === null || (!joined.includes(' ') && isVietnameseSyllable(joined))) return [];
      return [[joined, 'joined'] satisfies [string, VariantRule]];
    });
  }
  return [];
}

/** The actors with the spellings the rules make, and what was left out. Deterministic: actors
 *  and their spellings keep their order, and new spellings follow the old. */
export function addVariants(actors: readonly Actor[]): Variants {
  const claims = new Map<string, Set<string>>(); // spelling key → ids of the actors that have it
  const claim = (key: string, id: string) => (claims.get(key) ?? claims.set(key, new Set()).get(key)!).add(id);
  for (const a of actors) for (const s of spellingsOf(a)) claim(normalizeForMatch(s), a.id);
  for (const negative of NEGATIVE_ENTRIES) claim(normalizeForMatch(negative), '(lexicon: not a name)');

  const made = new Map<string, { text: string; rule: VariantRule; ids: Set<string> }>();
  const order: { id: string; key: string }[] = [];
  for (const a of actors) {
    for (const [text, rule] of proposals(a)) {
      const key = normalizeForMatch(text);
      if (claims.get(key)?.has(a.id)) continue; // a spelling it already has
      const entry = made.get(key) ?? made.set(key, { text, rule, ids: new Set() }).get(key)!;
      if (!entry.ids.has(a.id)) order.push({ id: a.id, key });
      entry.ids.add(a.id);
    }
  }

  const collisions: string[] = [];
  const lost = new Set<string>();
  for (const [key, { text, ids }] of made) {
    const others = [...(claims.get(key) ?? [])].filter((id) => !ids.has(id));
    if (others.length === 0 && ids.size === 1) continue;
    lost.add(key);
    collisions.push(
      `"${text}" made for ${[...ids].join(' and ')}${others.length ? `, already ${others.join(', ')}'s` : ''}`,
    );
  }
  const kept: Variants['made'] = order
    .filter(({ key }) => !lost.has(key))
    .map(({ id, key }) => ({ actorId: id, text: made.get(key)!.text, rule: made.get(key)!.rule }));
  const newAliases = new Map<string, string[]>();
  for (const { actorId, text } of kept)
    (newAliases.get(actorId) ?? newAliases.set(actorId, []).get(actorId)!).push(text);
  return {
    actors: actors.map((a) => (newAliases.has(a.id) ? { ...a, aliases: [...a.aliases, ...newAliases.get(a.id)!] } : a)),
    made: kept,
    added: {
      romanized: kept.filter((m) => m.rule === 'romanized').length,
      joined: kept.filter((m) => m.rule === 'joined').length,
    },
    collisions,
  };
}
