// One-syllable names ("Nga", "Mỹ", "Pháp", "Nhật", "Anh") are everyday Vietnamese words and
// given names too. They count as the country only when capitalized, and their neighbours decide:
// a cue ("Tổng thống Nga", "nước Mỹ", "Nga - Ukraine") says country; an honorific ("chị Nga") or
// a capitalized Vietnamese syllable beside it ("Nguyễn Thị Nga", "Mỹ Tho") says a person or place.
import type { AliasEntry } from './alias-index.ts';
import {
  COUNTRY_CUE_PHRASES,
  HONORIFIC_PHRASES,
  PORTFOLIO_PHRASES,
  type Scan,
  isNameLikeWord,
  isSyllable,
  stateAliasAt,
  stateEndsAt,
} from './scan.ts';

export function oneSyllableAccepted(scan: Scan, i: number, entry: AliasEntry): boolean {
  const { tokens, capsRun } = scan;
  if (!tokens[i]!.capitalized && !capsRun[i]) return false;
  if (HONORIFIC_PHRASES.lengthEndingAt(tokens, i) > 0) return false;
  if (hasCueBefore(scan, i) || isInDashPair(scan, i, entry.needsCue)) return true;
  if (entry.needsCue) return isInListOfStates(scan, i);
  const lineBreakAfter = tokens[i + 1]?.lineBreakBefore ?? true;
  const before = !tokens[i]!.lineBreakBefore && isNameLikeWord(scan, i - 1);
  const after = !lineBreakAfter && isNameLikeWord(scan, i + 1);
  return !before && !after;
}

/** "Tổng thống Nga", "quân đội Nga", "Bộ trưởng Quốc phòng Nga", "Bộ Ngoại giao Mỹ". */
function hasCueBefore(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  if (tokens[i]!.lineBreakBefore) return false;
  if (COUNTRY_CUE_PHRASES.lengthEndingAt(tokens, i) > 0) return true;
  const portfolio = PORTFOLIO_PHRASES.lengthEndingAt(tokens, i);
  if (portfolio === 0) return false;
  const before = i - portfolio;
  return COUNTRY_CUE_PHRASES.lengthEndingAt(tokens, before) > 0 || tokens[before - 1]?.key === 'bộ';
}

/** "Nga - Ukraine", "Belarus - Nga", "Việt Nam – Mỹ": a dash between two countries. A name that
 *  needs a cue ("Anh") wants a known state on the other side; others also accept a foreign
 *  (non-Vietnamese) capitalized word, such as a country the glossary lacks ("Mekong - Mỹ"). */
function isInDashPair(scan: Scan, i: number, needsState: boolean): boolean {
  const { tokens } = scan;
  const partner = (j: number) => {
    const token = tokens[j];
    if (!token?.word || !token.capitalized) return false;
    return !needsState && !isSyllable(scan, token);
  };
  if (tokens[i - 1]?.key === '-' && (stateEndsAt(scan, i - 1) || partner(i - 2))) return true;
  if (tokens[i + 1]?.key === '-' && (stateAliasAt(scan, i + 2) || partner(i + 2))) return true;
  return false;
}

/** "Mỹ, Anh và Pháp": a list that names another state right beside it. */
function isInListOfStates(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const joins = (j: number) => tokens[j]?.key === ',' || tokens[j]?.key === 'và';
  return (joins(i - 1) && stateEndsAt(scan, i - 1)) || (joins(i + 1) && stateAliasAt(scan, i + 2));
}
