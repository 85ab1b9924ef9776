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
  inCapsRun,
  isNameLikeWord,
  isSyllable,
  keyAt,
  spellingAt,
  stateAliasAt,
  stateEndsAt,
} from './scan.ts';

export function oneSyllableAccepted(scan: Scan, i: number, entry: AliasEntry): boolean {
  const { run } = scan;
  if (!scan.spellings[i]!.capitalized && !inCapsRun(scan, i)) return false;
  if (HONORIFIC_PHRASES.lengthEndingAt(run, i) > 0) return false;
  if (hasCueBefore(scan, i) || isInDashPair(scan, i, entry.needsCue)) return true;
  if (entry.needsCue) return isInListOfStates(scan, i);
  const lineBreakAfter = i + 1 < run.count ? run.lineBreakBefore[i + 1]! : true;
  const before = !run.lineBreakBefore[i] && isNameLikeWord(scan, i - 1);
  const after = !lineBreakAfter && isNameLikeWord(scan, i + 1);
  return !before && !after;
}

/** "Tổng thống Nga", "quân đội Nga", "Bộ trưởng Quốc phòng Nga", "Bộ Ngoại giao Mỹ". */
function hasCueBefore(scan: Scan, i: number): boolean {
  const { run } = scan;
  if (run.lineBreakBefore[i]) return false;
  if (COUNTRY_CUE_PHRASES.lengthEndingAt(run, i) > 0) return true;
  const portfolio = PORTFOLIO_PHRASES.lengthEndingAt(run, i);
  if (portfolio === 0) return false;
  const before = i - portfolio;
  return COUNTRY_CUE_PHRASES.lengthEndingAt(run, before) > 0 || keyAt(scan, before - 1) === 'bộ';
}

/** "Nga - Ukraine", "Belarus - Nga", "Việt Nam – Mỹ": a dash between two countries. A name that
 *  needs a cue ("Anh") wants a known state on the other side; others also accept a foreign
 *  (non-Vietnamese) capitalized word, such as a country the glossary lacks ("Mekong - Mỹ"). */
function isInDashPair(scan: Scan, i: number, needsState: boolean): boolean {
  if (keyAt(scan, i - 1) === '-' && (stateEndsAt(scan, i - 1) || isForeignPartner(scan, i - 2, needsState)))
    return true;
  if (keyAt(scan, i + 1) === '-' && (stateAliasAt(scan, i + 2) || isForeignPartner(scan, i + 2, needsState)))
    return true;
  return false;
}

/** A capitalized non-Vietnamese word across the dash, when a state is not required there. */
function isForeignPartner(scan: Scan, j: number, needsState: boolean): boolean {
  const spelling = spellingAt(scan, j);
  if (!spelling?.word || !spelling.capitalized) return false;
  return !needsState && !isSyllable(scan, spelling);
}

/** "Mỹ, Anh và Pháp": a list that names another state right beside it. */
function isInListOfStates(scan: Scan, i: number): boolean {
  return (joinsList(scan, i - 1) && stateEndsAt(scan, i - 1)) || (joinsList(scan, i + 1) && stateAliasAt(scan, i + 2));
}

function joinsList(scan: Scan, j: number): boolean {
  const key = keyAt(scan, j);
  return key === ',' || key === 'và';
}
