// States, territories, their capitals and the UN M49 regions as actors: names from the data
// packages (world-data.ts), corrected and completed by the reviewed press forms (press-forms.ts).
// No list here is typed by hand that a data package keeps.
//
// Precision first: a name the packages give that is a single Vietnamese syllable ("Áo", "Bỉ")
// names the state only beside a cue unless a reviewer listed it as a plain form; English names are
// used only where the Vietnamese name is itself a borrowed one (the press writes "Lithuania" for
// "Litva", never "Germany" for "Đức", and an English country name in a Vietnamese page is mostly
// part of another name: "China Daily", "Japan Times").
import { asciiSlug } from '../../../src/core/normalize.ts';
import { isVietnameseSyllable } from '../../../src/core/syllable.ts';
import type { Actor, AliasSpec } from '../../../src/core/types.ts';
import type { PressForms } from './press-forms.ts';
import type { Region, Territory, WorldData } from './world-data.ts';

/** "Myanmar (Miến Điện)" → "Myanmar", "Miến Điện". */
function splitParenthesis(name: string): string[] {
  const m = /^(.*?)\s*\((.+)\)$/.exec(name);
  return m ? [m[1]!, m[2]!] : [name];
}

/** "Áo", "Nga": one word that is a Vietnamese syllable. */
function isOneSyllable(name: string): boolean {
  return !/[\s\-–]/.test(name) && isVietnameseSyllable(name);
}

/** Every word of the name is a Vietnamese syllable and none is a hyphenated phonetic part:
 *  "Nhật Bản", "Thổ Nhĩ Kỳ", not "Litva", "Li-băng", "Ả Rập Xê-út". */
function isNativeVietnamese(name: string): boolean {
  return !name.includes('-') && name.split(/\s+/).every((w) => isVietnameseSyllable(w));
}

/** Region names in running text: "ở châu Âu", "ở miền Nam châu Phi". */
function inRunningText(name: string): string {
  return name.replace(/(^|\s)(Châu|Miền|Vùng)(?=\s)/g, (_, space: string, word: string) => space + word.toLowerCase());
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter(Boolean))];
}

interface Named {
  name: string;
  aliases: AliasSpec[];
}

/** The display name and aliases: reviewed forms as given, package forms screened. */
function names(press: PressForms | undefined, fromPackages: readonly string[]): Named | null {
  const skip = new Set(press?.skip ?? []);
  const reviewed = new Set([press?.name, ...(press?.aliases ?? [])].filter((n): n is string => Boolean(n)));
  const cued = new Set(press?.cued ?? []);
  const plain: string[] = [];
  for (const n of unique([...(press?.name ? [press.name] : []), ...fromPackages, ...(press?.aliases ?? [])])) {
    if (skip.has(n) || cued.has(n)) continue;
    if (isOneSyllable(n) && !reviewed.has(n)) cued.add(n);
    else plain.push(n);
  }
  const name = press?.name ?? plain[0] ?? [...cued][0];
  if (!name) return null;
  return {
    name,
    aliases: [...plain.filter((n) => n !== name), ...[...cued].map((text): AliasSpec => ({ text, needsCue: true }))],
  };
}

function territoryNames(t: Territory, press: PressForms | undefined): Named | null {
  const vietnamese = t.vietnamese.flatMap(splitParenthesis);
  const borrowed = vietnamese.length === 0 || !isNativeVietnamese(vietnamese[0]!);
  return names(press, [...vietnamese, ...(borrowed ? [t.english, t.englishOfficial] : [])]);
}

function territoryActor(
  t: Territory,
  press: PressForms | undefined,
  regions: ReadonlyMap<string, Region>,
): Actor | null {
  const named = territoryNames(t, press);
  if (!named) return null;
  const type = press?.type ?? (t.independent ? 'state' : 'place');
  const region = t.region ? regions.get(t.region) : undefined;
  const capital = capitalName(t, press);
  const actor: Actor = {
    id: press?.id ?? asciiSlug(t.english),
    type,
    ...named,
    description: press?.description ?? describeTerritory(type === 'state', region, capital),
  };
  if (t.english !== named.name) actor.latin = t.english;
  if (t.native && t.native !== named.name) actor.original = t.native;
  return actor;
}

function describeTerritory(
  state: boolean,
  region: Region | undefined,
  capital: { vi: string; en: string } | null,
): Actor['description'] {
  const vi = [`${state ? 'Quốc gia' : 'Vùng lãnh thổ'}${region ? ` ở ${inRunningText(region.vietnamese)}` : ''}`];
  const en = [`${state ? 'Country' : 'Territory'}${region ? ` in ${region.english}` : ''}`];
  if (capital) {
    vi.push(`thủ đô ${capital.vi}`);
    en.push(`capital ${capital.en}`);
  }
  return { vi: vi.join('; '), en: en.join('; ') };
}

/** The capital's names, when the state gets a capital actor at all. */
function capitalName(t: Territory, press: PressForms | undefined): { vi: string; en: string } | null {
  const english = t.capitals[0];
  if (press?.capital === false || !english || english === t.english) return null;
  if (!t.independent && press?.capital === undefined) return null;
  return { vi: press?.capital?.name ?? english, en: english };
}

function capitalActor(t: Territory, press: PressForms | undefined, state: Actor): Actor | null {
  const capital = capitalName(t, press);
  if (!capital) return null;
  const aliases = unique([capital.en, ...(press?.capital ? (press.capital.aliases ?? []) : [])]).filter(
    (n) => n !== capital.vi && !isOneSyllable(n),
  );
  return {
    id: (press?.capital ? press.capital.id : undefined) ?? asciiSlug(capital.en),
    type: 'place',
    name: capital.vi,
    ...(capital.en !== capital.vi ? { latin: capital.en } : {}),
    aliases,
    description: { vi: `Thủ đô của ${state.name}`, en: `Capital of ${t.english}` },
    links: [{ rel: 'located-in', to: state.id }],
  };
}

function regionActor(r: Region, press: PressForms | undefined): Actor | null {
  const named = names(press, unique([r.vietnamese, inRunningText(r.vietnamese)]));
  if (!named) return null;
  return {
    id: press?.id ?? asciiSlug(r.english),
    type: press?.type ?? 'place',
    ...named,
    latin: r.english,
    description: press?.description ?? {
      vi: 'Khu vực trong phân vùng địa lý M49 của Liên hợp quốc',
      en: 'A region of the United Nations M49 geoscheme',
    },
  };
}

/** Every state and territory, its capital, and every M49 region, as actors. */
export function worldActors(data: WorldData, press: ReadonlyMap<string, PressForms>): Actor[] {
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const actors: Actor[] = [];
  for (const t of data.territories) {
    const state = territoryActor(t, press.get(t.code), regions);
    if (!state) continue;
    actors.push(state);
    const capital = capitalActor(t, press.get(t.code), state);
    if (capital) actors.push(capital);
  }
  for (const r of data.regions) {
    const region = regionActor(r, press.get(r.code));
    if (region) actors.push(region);
  }
  return actors;
}
