// Synthetic glossaries of 1,000 / 10,000 / 100,000 actors, to see how the matcher scales.
//
// Why synthetic names look the way they do: a real, bigger glossary is mostly foreign people in
// Latin script (with spelling variants), the same people in the party press's hyphenated
// Vietnamese phonetic spelling ("X.La-vrốp"), organizations named in Vietnamese ("Bộ Ngoại giao …",
// "Viện …") and places. Their aliases share prefixes and letters with the real text, which is what
// makes a trie or an alternation work hard. Names are built from invented roots, so they almost
// never occur in the seed articles: the mention count stays that of the seed actors, as it would
// with a real glossary where most actors are absent from any one article.
import type { Actor, ActorType } from '../../src/core/types.ts';
import { seededRandom, type Random } from './prng.ts';

/** [Latin spelling, Vietnamese phonetic spelling] of a name part. */
type Part = readonly [latin: string, phonetic: string];

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const ROOTS: readonly Part[] = [
  ['Bor', 'Bô-rô'], ['Vel', 'Ve-li'], ['Kast', 'Ca-xtơ'], ['Mir', 'Mi-rơ'], ['Dra', 'Đra'],
  ['Tol', 'Tô-lơ'], ['Sev', 'Xê-vơ'], ['Zan', 'Da-nơ'], ['Hal', 'Ha-lơ'], ['Kor', 'Cô-rơ'],
  ['Lun', 'Lu-nơ'], ['Per', 'Pê-rơ'], ['Ostr', 'Ô-xtơ-rơ'], ['Grem', 'Grê-mơ'], ['Fal', 'Pha-lơ'],
  ['Var', 'Va-rơ'], ['Nov', 'Nô-vơ'], ['Kal', 'Ca-lơ'], ['Rud', 'Ru-đơ'], ['Tar', 'Ta-rơ'],
  ['Sok', 'Xô-cơ'], ['Lis', 'Li-xơ'], ['Dub', 'Đu-bơ'], ['Vol', 'Vôn'], ['Kras', 'Cra-xơ'],
  ['Sten', 'Xten'], ['Hof', 'Hốp'], ['Brun', 'Bru-nơ'], ['Alv', 'An-vơ'], ['Mend', 'Men-đơ'],
  ['Ferr', 'Phe-rơ'], ['Tak', 'Ta-cơ'], ['Yam', 'Gia-mơ'], ['Nak', 'Na-cơ'], ['Grab', 'Gra-bơ'],
  ['Pol', 'Pô-lơ'], ['Zel', 'Giê-lơ'], ['Mak', 'Ma-cơ'], ['Dor', 'Đô-rơ'], ['Stav', 'Xta-vơ'],
];

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const SURNAME_ENDINGS: readonly Part[] = [
  ['ov', 'ốp'], ['ova', 'ô-va'], ['enko', 'en-cô'], ['ski', 'xki'], ['ska', 'xca'], ['ić', 'ích'],
  ['escu', 'ét-xcu'], ['sen', 'xen'], ['berg', 'bớc'], ['ani', 'a-ni'], ['ez', 'ét'], ['ard', 'a'],
  ['yuk', 'uých'], ['idis', 'i-đít'], ['oglu', 'ô-glu'], ['mann', 'man'], ['ström', 'xtơ-rôm'],
  ['ero', 'ê-rô'], ['elli', 'en-li'], ['ashi', 'a-si'], ['moto', 'mô-tô'], ['dze', 'dê'],
  ['yan', 'y-an'], ['ek', 'ếch'], ['as', 'át'], ['in', 'in'],
];

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const COUNTRY_ENDINGS: readonly Part[] = [
  ['ania', 'a-ni-a'], ['onia', 'ô-ni-a'], ['istan', 'xtan'], ['ary', 'a-ri'],
  ['ia', 'i-a'], ['land', 'len'], ['ador', 'a-đo'], ['ova', 'ô-va'],
];

// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const CITY_ENDINGS: readonly Part[] = [
  ['grad', 'grát'], ['burg', 'bua'], ['ovo', 'ô-vô'], ['ville', 'vin'], ['polis', 'pô-lít'],
  ['sk', 'xcơ'], ['abad', 'a-bát'], ['pur', 'pua'], ['ton', 'tơn'], ['heim', 'hai-mơ'],
  ['ica', 'i-ca'], ['ara', 'a-ra'],
];

/** Real given names: [usual spelling, other spelling the press uses or null, phonetic]. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const GIVEN_NAMES: readonly (readonly [string, string | null, string])[] = [
  ['Sergey', 'Sergei', 'Xéc-gây'], ['Aleksandr', 'Alexander', 'A-lếch-xan-đrơ'],
  ['Dmitry', 'Dmitri', 'Đmi-tri'], ['Mikhail', null, 'Mi-khai-in'], ['Nikolai', 'Nikolay', 'Ni-cô-lai'],
  ['Andrzej', null, 'An-giây'], ['Marek', null, 'Ma-rếch'], ['Tomasz', null, 'Tô-mát'],
  ['Pieter', 'Peter', 'Pi-tơ'], ['Lars', null, 'Lác'], ['Henrik', 'Henrique', 'Hen-rích'],
  ['Ahmed', 'Ahmad', 'Ah-mét'], ['Omar', 'Umar', 'Ô-ma'], ['Yusuf', 'Youssef', 'Giu-xúp'],
  ['Mehmet', 'Mehmed', 'Mê-mét'], ['Carlos', null, 'Các-lốt'], ['Diego', null, 'Đi-ê-gô'],
  ['Luis', 'Luiz', 'Lu-ít'], ['Marco', 'Marko', 'Mác-cô'], ['Giulia', 'Julia', 'Giu-li-a'],
  ['Anna', null, 'An-na'], ['Elena', 'Yelena', 'Ê-lê-na'], ['Olga', null, 'Ôn-ga'],
  ['Maria', 'Mariya', 'Ma-ri-a'], ['Sofia', 'Sophia', 'Xô-phi-a'], ['Ingrid', null, 'In-grít'],
  ['Kenji', null, 'Ken-gi'], ['Hiroshi', null, 'Hi-rô-si'], ['Rahul', null, 'Ra-hun'],
  ['Priya', null, 'Pri-a'], ['Thomas', 'Tomas', 'Tô-mát'], ['James', null, 'Giêm'],
  ['Emily', null, 'Ê-mi-li'], ['Pierre', null, 'Pi-e'], ['Claire', 'Clare', 'Cle'],
  ['Hans', null, 'Han-xơ'], ['Klaus', 'Claus', 'Clau-xơ'], ['Fatima', 'Fatma', 'Pha-ti-ma'],
  ['Kwame', null, 'Qua-mê'], ['João', 'Joao', 'Giô-ao'], ['Yuri', 'Yury', 'I-u-ri'],
  ['Viktoria', 'Victoria', 'Vích-to-ri-a'], ['Oleksandr', 'Olexandr', 'Ô-lếch-xan-đrơ'],
  ['Natalia', 'Natalya', 'Na-ta-li-a'], ['Igor', null, 'I-go'], ['Pavel', 'Paweł', 'Pa-ven'],
];

/** Russian-style middle names, for the formal "Sergey Viktorovich Lavrov" form. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const PATRONYMICS: readonly string[] = [
  'Ivanovich', 'Petrovich', 'Sergeyevich', 'Mikhailovich', 'Nikolayevich', 'Vladimirovich',
  'Andreyevich', 'Olegovich', 'Viktorovna', 'Pavlovna', 'Yuryevna', 'Igorevna',
];

/** Latin surname endings that have a second romanization in use ("-sky" beside "-ski"). */
const ENDING_VARIANTS: Readonly<Record<string, string>> = {
  ski: 'sky',
  ov: 'off',
  yuk: 'iuk',
  ić: 'ic',
  enko: 'enco',
  ström: 'strom',
  dze: 'dse',
};

/** Organization templates: [Vietnamese, English]; {C} a country, {T} a city, {S} a surname. */
const ORG_TEMPLATES: readonly (readonly [string, string])[] = [
  ['Bộ Ngoại giao {C}', 'Ministry of Foreign Affairs of {C}'],
  ['Bộ Quốc phòng {C}', '{C} Ministry of Defence'],
  ['Bộ Kinh tế {C}', '{C} Ministry of Economy'],
  ['Bộ Tư pháp {C}', '{C} Ministry of Justice'],
  ['Bộ Tài chính {C}', '{C} Ministry of Finance'],
  ['Quốc hội {C}', 'Parliament of {C}'],
  ['Hội đồng An ninh Quốc gia {C}', '{C} National Security Council'],
  ['Ngân hàng Trung ương {C}', 'Central Bank of {C}'],
  ['Tòa án Tối cao {C}', 'Supreme Court of {C}'],
  ['Đảng Dân chủ {C}', 'Democratic Party of {C}'],
  ['Đảng Bảo thủ {C}', 'Conservative Party of {C}'],
  ['Học viện Ngoại giao {C}', 'Diplomatic Academy of {C}'],
  ['Viện Nghiên cứu Chiến lược {C}', '{C} Institute for Strategic Studies'],
  ['Viện Quan hệ Quốc tế {T}', '{T} Institute of International Relations'],
  ['Đại học Quốc gia {T}', '{T} State University'],
  ['Trung tâm Nghiên cứu Chính sách {T}', '{T} Policy Research Centre'],
  ['Quỹ {S}', '{S} Foundation'],
  ['Viện {S}', '{S} Institute'],
];

interface Name {
  latin: string;
  phonetic: string;
}

/** One or two roots and an ending: ~1,640 stems × endings keeps collisions rare at 100k. */
function compoundName(random: Random, endings: readonly Part[]): Name & { ending: string; stem: string } {
  const first = random.pick(ROOTS);
  const second = random.chance(0.6) ? random.pick(ROOTS) : null;
  const ending = random.pick(endings);
  const stem = first[0] + (second ? second[0].toLowerCase() : '');
  const phoneticParts = [first[1], ...(second ? [second[1]] : []), ending[1]];
  return {
    latin: stem + ending[0],
    phonetic: capitalizeFirst(phoneticParts.join('-').toLowerCase()),
    ending: ending[0],
    stem,
  };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Pick `count` distinct items (2–4 aliases out of the candidates an actor has). */
function pickSome(random: Random, candidates: readonly string[], min: number, max: number): string[] {
  const pool = [...new Set(candidates)];
  const wanted = Math.min(pool.length, random.int(min, max));
  const picked: string[] = [];
  while (picked.length < wanted) picked.push(...pool.splice(random.int(0, pool.length - 1), 1));
  return picked;
}

interface Draft {
  type: ActorType;
  name: string;
  aliases: string[];
  shortNames?: string[];
}

function person(random: Random): Draft {
  const [given, givenVariant, givenPhonetic] = random.pick(GIVEN_NAMES);
  const surname = compoundName(random, SURNAME_ENDINGS);
  const patronymic = random.pick(PATRONYMICS);
  const endingVariant = ENDING_VARIANTS[surname.ending];
  const candidates = [
    `${givenPhonetic.charAt(0)}.${surname.phonetic}`, // "X.La-vrốp": party-press style
    `${givenPhonetic} ${surname.phonetic}`,
    `${given} ${patronymic} ${surname.latin}`,
    ...(givenVariant ? [`${givenVariant} ${surname.latin}`] : []),
    ...(endingVariant ? [`${given} ${surname.stem}${endingVariant}`] : []),
  ];
  return {
    type: 'person',
    name: `${given} ${surname.latin}`,
    aliases: pickSome(random, candidates, 2, 4),
    shortNames: [surname.latin],
  };
}

/** "VISS" from "Velania Institute for Strategic Studies": capitals of the English name. */
function abbreviation(english: string): string {
  return english
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

function organization(random: Random): Draft {
  const [vietnamese, english] = random.pick(ORG_TEMPLATES);
  const country = compoundName(random, COUNTRY_ENDINGS);
  const city = compoundName(random, CITY_ENDINGS);
  const surname = compoundName(random, SURNAME_ENDINGS);
  const fill = (template: string, phonetic: boolean): string =>
    template
      .replace('{C}', phonetic ? country.phonetic : country.latin)
      .replace('{T}', phonetic ? city.phonetic : city.latin)
      .replace('{S}', phonetic ? surname.phonetic : surname.latin);
  const englishName = fill(english, false);
  const abbr = abbreviation(englishName);
  const candidates = [englishName, fill(vietnamese, true), ...(abbr.length >= 3 ? [abbr] : [])];
  return { type: 'organization', name: fill(vietnamese, false), aliases: pickSome(random, candidates, 2, 3) };
}

function place(random: Random): Draft {
  const city = compoundName(random, CITY_ENDINGS);
  // The press adds the locality word, and local spellings differ from the English one.
  const local = city.latin.replace(/grad$/, 'hrad').replace(/burg$/, 'bourg').replace(/ovo$/, 'ovo Polje');
  const candidates = [city.phonetic, `thành phố ${city.latin}`, ...(local !== city.latin ? [local] : [])];
  return { type: 'place', name: city.latin, aliases: pickSome(random, candidates, 2, 3) };
}

function state(random: Random): Draft {
  const country = compoundName(random, COUNTRY_ENDINGS);
  const candidates = [country.phonetic, `Cộng hòa ${country.latin}`, `Republic of ${country.latin}`];
  return { type: 'state', name: country.latin, aliases: pickSome(random, candidates, 2, 3) };
}

/** The mix of a real foreign-affairs glossary: half people, then organizations, places, states. */
function draftActor(random: Random): Draft {
  const roll = random.next();
  if (roll < 0.5) return person(random);
  if (roll < 0.75) return organization(random);
  if (roll < 0.95) return place(random);
  return state(random);
}

/**
 * The seed actors followed by generated ones, `size` actors in all. The same `seed` gives the same
 * glossary. Generated display names are unique (a collision is redrawn).
 */
export function syntheticGlossary(seedActors: readonly Actor[], size: number, seed = 20250915): Actor[] {
  if (!Number.isInteger(size) || size < seedActors.length) {
    throw new RangeError(`syntheticGlossary: size ${size} is below the ${seedActors.length} seed actors`);
  }
  const random = seededRandom(seed);
  const names = new Set(seedActors.map((actor) => actor.name));
  const actors: Actor[] = [...seedActors];
  while (actors.length < size) {
    const draft = draftActor(random);
    if (names.has(draft.name)) continue;
    names.add(draft.name);
    actors.push({
      id: `synthetic-${draft.type}-${actors.length}`,
      ...draft,
      description: { vi: '', en: '' },
    });
  }
  return actors;
}
