// Vietnamese phonetic names of foreign places come in two house styles: syllables joined by
// hyphens, the style of the 1984 spelling rules that Nhân Dân and the army press keep ("Mát-xcơ-va",
// "Oa-sinh-tơn", "Bê-la-rút"), and written as one word, the style of TTXVN and the outlets that
// take its copy ("Mátxcơva", "Oasinhtơn", "Bêlarút"). The matcher reads a hyphen as a token of its
// own, so one style does not find the other; this rule writes the joined form of every hyphenated
// one. The way back cannot be ruled (where would "Mátxcơva" break?), so joined forms that have no
// hyphenated twin stay listed by hand in states.json.

/** A syllable of a phonetic spelling: letters only, at most six ("xtrây", "Pê", "téc"). */
const SYLLABLE = /^\p{L}{1,6}$/u;

/**
 * The joined form of a name written in hyphenated phonetic syllables ("Xanh Pê-téc-bua" → "Xanh
 * Pêtécbua"), or null when it has none: no hyphenated word, a part that is not a phonetic
 * syllable, a capital after a hyphen ("Port-au-Prince", "Guinea-Bissau" are names in their own
 * language), or a name that is the same words with spaces ("Luân-đôn" is "Luân Đôn", a
 * Sino-Vietnamese name hyphened, whose joined form nobody writes).
 */
export function joinedForm(name: string, spacedNames: ReadonlySet<string>, key: (s: string) => string): string | null {
  const words = name.split(' ');
  let changed = false;
  const joined = words.map((word) => {
    if (!word.includes('-')) return word;
    const parts = word.split('-');
    const phonetic = parts.every((p) => SYLLABLE.test(p)) && parts.slice(1).every((p) => p === p.toLowerCase());
    if (!phonetic) return null;
    changed = true;
    return parts.join('');
  });
  if (!changed || joined.includes(null)) return null;
  // "Hung-ga-ri" writes the g twice across the hyphen; the joined style writes it once
  // ("Hungari"), so the plain join ("Hunggari") is a spelling nobody uses.
  if (joined.some((w) => w!.toLowerCase().includes('ngg'))) return null;
  if (spacedNames.has(key(name.replace(/-/g, ' ')))) return null;
  return joined.join(' ');
}
