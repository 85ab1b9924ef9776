// Latin spellings of one Russian, Belarusian or Ukrainian name differ by romanization system, and
// the Vietnamese press copies whichever its source wire used: Dmitry (AP), Dmitri (The New York
// Times), Dmitriy (BGN/PCGN, as on US and British government lists); Yuri, Yury, Yuriy; Sergey,
// Sergei; Zelensky, Zelenskyy (his own), Zelenskiy (Reuters), Zelenskyi (Ukraine's national
// system). What differs is the final "й" of -ий/-ій/-ый/-ей/-ай/-ой, which these systems write y,
// i, iy, ii, yy or yi. These rules rewrite that ending only, so the names they make are the ones
// those systems make.
//
// Left out on purpose: Ts-/Tz- (the press writes ц "ts": Tsikhanouskaya, Kyslytsya; "tz" is a
// German spelling, and Tsikhanouskaya/Tikhanovskaya are the Belarusian and Russian forms of the
// name, not a rule: listed by hand), -enko/-enka (-enka is the Belarusian-language form, e.g.
// "Lukashenka", used by Western governments and the opposition; the Vietnamese press writes
// -enko, and the rule would make hybrids such as "Golovchenka" that nobody writes), and letters
// inside the name (Shoigu/Shoygu, Aleynik/Aleinik: a per-name fact, listed in the reviewed files).

/** Which conventions a name follows: Russian ones for Russian and Belarusian officials (the
 *  press takes their names in the Russian form), Ukrainian ones for Ukrainians. */
export type SlavicLanguage = 'russian' | 'ukrainian';

const CONSONANT = '[bcdfghjklmnpqrstvwxz]';
/** -ей, -ай, -ой: Sergey/Sergei, Nikolay/Nikolai, Makey/Makei, Tolstoy/Tolstoi. */
const VOWEL_Y = /^(.*[aeo])([yi])$/;
/** -ий after a consonant (Russian): Dmitriy, Dmitry, Dmitri, Dmitrii. */
const RUSSIAN_IY = new RegExp(`^(.*${CONSONANT})(iy|ii|y|i)$`);
/** -ий/-ій after a consonant (Ukrainian given names): Andrii, Andriy. */
const UKRAINIAN_II = new RegExp(`^(.*${CONSONANT})(ii|iy)$`);
/** Adjectival surnames: -ский after a velar (Polyansky, Zelenskyy), -ный and the like after
 *  any other consonant (Navalny, Zaluzhnyi). */
const ADJECTIVE = new RegExp(`^(.*${CONSONANT})(yy|yi|iy|ii|y)$`);
const VELAR = /[kgh]$/;

/** The spellings of one word of a name, itself first; [word] when no rule applies. */
export function wordVariants(word: string, language: SlavicLanguage, isGivenName: boolean): string[] {
  if (!/^[A-Z][a-z]{2,}$/.test(word)) return [word];
  const endings = endingsOf(word, language, isGivenName);
  if (!endings) return [word];
  const { stem, forms } = endings;
  return unique([word, ...forms.map((ending) => stem + ending)]);
}

function endingsOf(
  word: string,
  language: SlavicLanguage,
  isGivenName: boolean,
): { stem: string; forms: string[] } | null {
  let m = VOWEL_Y.exec(word);
  if (m) return { stem: m[1]!, forms: ['y', 'i'] };
  if (!isGivenName) {
    m = ADJECTIVE.exec(word);
    if (!m) return null;
    const stem = m[1]!;
    const ending = m[2]!;
    const velar = VELAR.test(stem);
    if (language === 'russian') {
      // -ский: Polyansky, Polyanskiy; -ный: Navalny, Navalnyy. The scholarly -ii/-yi is not the press's.
      if (ending === 'ii' || ending === 'yi') return null;
      return { stem, forms: velar ? ['y', 'iy'] : ['y', 'yy'] };
    }
    // Ukrainian -ський: Zelensky, Zelenskyy, Zelenskyi, Zelenskiy; -ний: Zaluzhny, Zaluzhnyy, Zaluzhnyi.
    return { stem, forms: velar ? ['y', 'yy', 'yi', 'iy'] : ['y', 'yy', 'yi'] };
  }
  if (language === 'russian') {
    m = RUSSIAN_IY.exec(word);
    return m ? { stem: m[1]!, forms: ['y', 'i', 'iy'] } : null;
  }
  // Ukrainian -ій keeps its i: Andrii, Andriy, never "Andry".
  m = UKRAINIAN_II.exec(word);
  return m ? { stem: m[1]!, forms: ['ii', 'iy'] } : null;
}

/** At most this many spellings per name, itself included: three words with four endings each
 *  would be 64, none of them more real than the first few. */
const MAX_PER_NAME = 12;

/**
 * The other spellings of a Latin full name ("Dmitry Peskov" → "Dmitri Peskov", "Dmitriy Peskov"),
 * in a fixed order; [] for a name these rules do not read (one word, initials, Vietnamese
 * phonetic spelling such as "V.Pu-tin", letters outside plain Latin).
 */
export function romanizationVariants(name: string, language: SlavicLanguage): string[] {
  if (!/^[A-Za-z]+(?:[ -][A-Za-z]+)+$/.test(name)) return [];
  const words = name.split(' ');
  if (words.length < 2) return [];
  let spellings = [''];
  words.forEach((word, k) => {
    // A hyphenated surname ("Lvova-Belova") varies part by part.
    const parts = word.split('-').map((part) => wordVariants(part, language, k === 0));
    const forms = parts.reduce<string[]>(
      (acc, options) => acc.flatMap((a) => options.map((o) => (a ? `${a}-${o}` : o))),
      [''],
    );
    spellings = spellings.flatMap((s) => forms.map((f) => (s ? `${s} ${f}` : f)));
  });
  return spellings.slice(0, MAX_PER_NAME).filter((s) => s !== name);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
