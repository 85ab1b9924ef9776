// The world's states and territories, and the regions the press names, as maintained data
// packages give them: world-countries (ISO codes, English names, capitals, sovereignty; ODbL-1.0)
// and Unicode CLDR (territory and region names in Vietnamese and English, and which territory
// lies in which UN M49 region; Unicode-3.0). Read at build time only: nothing here is shipped
// but what the glossary keeps of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Territory {
  /** ISO 3166-1 alpha-2: "RU". */
  code: string;
  english: string;
  englishOfficial: string;
  /** CLDR's Vietnamese name, then its variants ("Cộng hòa Séc" beside "Séc"). */
  vietnamese: string[];
  /** The name in the first of its own languages, where it differs from the English one. */
  native?: string;
  capitals: string[];
  independent: boolean;
  unMember: boolean;
  /** The smallest UN M49 region holding it ("151", Eastern Europe), where CLDR gives one. */
  region?: string;
}

export interface Region {
  /** UN M49 code: "151". */
  code: string;
  english: string;
  vietnamese: string;
}

export interface WorldData {
  territories: Territory[];
  regions: Region[];
  /** The packages read, with their versions and licences, for the build's report. */
  packages: { name: string; version: string; license: string }[];
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string }> };
  capital?: string[];
  independent?: boolean | null;
  unMember?: boolean;
}

type Names = Record<string, string>;

function json<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;
}

function cldrTerritories(locale: string): Names {
  const data = json<{ main: Record<string, { localeDisplayNames: { territories: Names } }> }>(
    `cldr-localenames-full/main/${locale}/territories.json`,
  );
  return data.main[locale]!.localeDisplayNames.territories;
}

function packageInfo(name: string): { name: string; version: string; license: string } {
  const p = json<{ version: string; license?: string; licenses?: { type: string }[] }>(`${name}/package.json`);
  return { name, version: p.version, license: p.license ?? p.licenses?.map((l) => l.type).join(', ') ?? '' };
}

/** Region codes are three digits; "001" (the world) names nothing the press means by a place. */
function isRegionCode(code: string): boolean {
  return /^\d{3}$/.test(code) && code !== '001';
}

/** Each territory's smallest M49 region: the containment lists name regions before their parts,
 *  so the last three-digit group that lists a code directly is the smallest. */
function regionsByTerritory(): Map<string, string> {
  const containment = json<{ supplemental: { territoryContainment: Record<string, { _contains: string[] }> } }>(
    'cldr-core/supplemental/territoryContainment.json',
  ).supplemental.territoryContainment;
  const regionOf = new Map<string, string>();
  for (const [group, { _contains }] of Object.entries(containment)) {
    if (!isRegionCode(group)) continue;
    for (const code of _contains) if (/^[A-Z]{2}$/.test(code)) regionOf.set(code, group);
  }
  return regionOf;
}

export function readWorldData(): WorldData {
  const vi = cldrTerritories('vi');
  const en = cldrTerritories('en');
  const regionOf = regionsByTerritory();
  const countries = json<WorldCountry[]>('world-countries/countries.json');
  const territories = countries.map((c): Territory => {
    const variants = Object.keys(vi)
      .filter((k) => k.startsWith(`${c.cca2}-alt-`))
      .sort()
      .map((k) => vi[k]!);
    const native = Object.values(c.name.native ?? {})[0]?.common;
    const territory: Territory = {
      code: c.cca2,
      english: c.name.common,
      englishOfficial: c.name.official,
      vietnamese: [vi[c.cca2] ?? '', ...variants].filter(Boolean),
      capitals: c.capital ?? [],
      independent: c.independent === true,
      unMember: c.unMember === true,
    };
    if (native && native !== c.name.common) territory.native = native;
    const region = regionOf.get(c.cca2);
    if (region) territory.region = region;
    return territory;
  });
  const regions = Object.keys(vi)
    .filter((code) => isRegionCode(code) && en[code])
    .sort()
    .map((code) => ({ code, english: en[code]!, vietnamese: vi[code]! }));
  return {
    territories,
    regions,
    packages: ['world-countries', 'cldr-localenames-full', 'cldr-core'].map(packageInfo),
  };
}
