// The card of a state institution read from its parts (src/core/institutions.ts): nothing is known
// of it but its kind and its state, so the card says exactly that, in one line in each language
// ("Bộ Quốc phòng của Ba Lan" / "Ministry of Defence of Poland"), and carries the state's own card,
// one click away. When the glossary knows the institution, under the composed id or under the
// name the kind and the state make ("Bộ Quốc phòng Mỹ" is the Pentagon), the glossary's actor wins.

import { INSTITUTION_KINDS } from '../core/institution-kinds.ts';
import type { Institution } from '../core/institutions.ts';
import type { GlossaryActor } from '../core/types.ts';
import type { ActorCard } from '../shared/page-data.ts';

const KINDS = new Map(INSTITUTION_KINDS.map((k) => [k.slug, k]));

/** The English name of a state or place: `latin` where the display name is Vietnamese. */
function english(actor: GlossaryActor): string {
  return actor.latin ?? actor.name;
}

/** "the United States", "the Netherlands", "Poland": the article English puts before some names. */
export function withArticle(name: string): string {
  return /^(United |Central African |Dominican |Czech Republic|Soviet |Republic |DR )|(Islands|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** The display name as the glossary would write it: the kind as the article wrote it, then the
 *  state's (and the place's) display name. */
export function institutionName(institution: Institution, country: GlossaryActor, place?: GlossaryActor): string {
  return `${institution.form} ${country.name}${place ? ` tại ${place.name}` : ''}`;
}

/** Every name the kind and the state make, for asking the glossary whether it knows one. */
export function institutionNames(institution: Institution, country: GlossaryActor): string[] {
  const kind = KINDS.get(institution.slug);
  const forms = new Set([institution.form, ...(kind?.forms.map((f) => f.text) ?? [])]);
  return [...forms].map((form) => `${form} ${country.name}`);
}

export function institutionCard(
  institution: Institution,
  country: GlossaryActor,
  countryCard: ActorCard,
  place?: GlossaryActor,
): ActorCard {
  const kind = KINDS.get(institution.slug);
  const where = place ? { vi: ` tại ${place.name}`, en: ` in ${withArticle(english(place))}` } : { vi: '', en: '' };
  return {
    id: institution.id,
    type: 'organization',
    name: institutionName(institution, country, place),
    description: {
      vi: `${institution.form} của ${country.name}${where.vi}`,
      en: kind ? `${kind.en} of ${withArticle(english(country))}${where.en}` : '',
    },
    storyCount: 0,
    composed: true,
    country: countryCard,
  };
}
