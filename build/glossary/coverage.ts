// The coverage check: names in the corpus that no actor covers. A glossary that silently
// misses "Politico" or "Lynne Tracy" would leave the reader's page half marked, so the build
// finds every name-like word the matcher did not claim and fails unless it is listed as not an
// actor (a journalist's byline, a currency, a caption credit).
import { OFFICE_TITLES, PORTFOLIOS } from '../../src/core/lexicon.ts';
import { normalizeForMatch } from '../../src/core/normalize.ts';
import { phraseKeys, phraseLengthAt } from '../../src/core/phrases.ts';
import { isVietnameseSyllable } from '../../src/core/syllable.ts';
import { tokenize, type Token } from '../../src/core/tokenize.ts';
import type { Mention } from '../../src/core/types.ts';

export interface Uncovered {
  /** The candidate name as written. */
  name: string;
  why: 'after a title' | 'Latin-script name' | 'acronym';
}

/** Office titles, and "ông"/"bà"/"ngài": a name follows them. Other honorifics ("anh", "cô") are
 *  pronouns too often to count. */
const titles = phraseKeys([...OFFICE_TITLES, 'ông', 'bà', 'ngài']);
const portfolios = phraseKeys(PORTFOLIOS);

/**
 * The name-like runs of one paragraph that neither a mention nor the not-actors list covers.
 * `mentions` are the matcher's mentions of `text` as one segment.
 */
export function findUncovered(text: string, mentions: readonly Mention[], notActors: ReadonlySet<string>): Uncovered[] {
  const tokens = tokenize(text);
  const covered = (t: Token) =>
    mentions.some((m) => t.start >= m.start.offset && t.end <= m.end.offset) ||
    notActors.has(normalizeForMatch(t.text));
  const found = new Map<string, Uncovered>();
  const report = (run: Token[], why: Uncovered['why']) => {
    // "Hungary Peter Szijjarto": the country is covered, the person is the news.
    while (run.length && covered(run[0]!)) run = run.slice(1);
    if (run.length === 0) return;
    const name = text.slice(run[0]!.start, run[run.length - 1]!.end);
    if (!notActors.has(normalizeForMatch(name)) && !found.has(name)) found.set(name, { name, why });
  };
  tokens.forEach((t, i) => {
    const after = nameStartAfterTitle(tokens, i);
    if (after !== null) report(capitalizedRun(tokens, after), 'after a title');
    if (isLatinName(t) && !isLatinName(tokens[i - 1])) report(latinRun(tokens, i), 'Latin-script name');
    if (isAcronym(tokens, i)) report([t], 'acronym');
  });
  return [...found.values()];
}

/** If an office title starts at `i`, where the name after it starts (past any portfolio:
 *  "Bộ trưởng Quốc phòng Belarus Viktor Khrenin"). */
function nameStartAfterTitle(tokens: readonly Token[], i: number): number | null {
  const length = phraseLengthAt(tokens, i, titles);
  if (length === 0) return null;
  const next = i + length;
  return next + phraseLengthAt(tokens, next, portfolios);
}

/** Capitalized words from `i` on, with the dashes and dots inside names ("Jean-Pierre", "V.Pu-tin"). */
function capitalizedRun(tokens: readonly Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word && t.capitalized) run.push(t);
    else if (run.length && isJoiner(t) && touches(tokens[k - 1]!, t) && touches(t, tokens[k + 1])) continue;
    else break;
  }
  return run;
}

/** A dash or dot written without spaces inside a name; "Lukashenko. Ông" is two sentences. */
function isJoiner(t: Token): boolean {
  return !t.word && (t.key === '-' || t.text === '.');
}

function touches(a: Token, b: Token | undefined): boolean {
  return !!b && b.word === !a.word && a.end === b.start;
}

function latinRun(tokens: readonly Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; isLatinName(tokens[k]); k++) run.push(tokens[k]!);
  return run;
}

/** A capitalized word that Vietnamese spelling cannot produce: "Politico", "Belavia". */
function isLatinName(t: Token | undefined): boolean {
  return !!t && t.word && t.capitalized && !t.allCaps && !isVietnameseSyllable(t.text);
}

/** "NATO", "CFE", "UAV": two or more capitals, not part of a headline or byline in capitals
 *  (where "MỸ VÀ TRUNG QUỐC" are ordinary words). */
function isAcronym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.word || !t.allCaps || t.letters < 2) return false;
  const capsNeighbour = [tokens[i - 1], tokens[i + 1]].some((n) => n?.word && n.allCaps && n.letters >= 1);
  return !(capsNeighbour && isVietnameseSyllable(t.text));
}
