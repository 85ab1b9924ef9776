// Headlines and bylines written in capitals ("MỸ VÀ TRUNG QUỐC ĐỐI THOẠI", "AN BÌNH"): there a
// capital says nothing about names, so neighbours in such a run are no evidence of a personal
// name. A lone acronym in ordinary text ("NATO", "ATACMS") is not a run.
//
// A run is a stretch of one line without a mixed-case word ("Nga", "Putin") that holds at least
// two ALL-CAPS words of two letters or more; its words are in the run, its punctuation is not.
// The matcher asks about a handful of tokens per text, so the question is answered locally, by
// looking along the token's stretch, rather than by marking every token of every text.
import type { Spelling, TokenRun } from './tokenize.ts';

/** A cased word that is not ALL CAPS: it ends a stretch and belongs to none. */
function isMixedCase(spelling: Spelling): boolean {
  return spelling.letters > 0 && !spelling.allCaps;
}

function isLongAllCaps(spelling: Spelling): boolean {
  return spelling.allCaps && spelling.letters >= 2;
}

/** Is token `i` a word in an ALL-CAPS run? False past either end of the text. */
export function inAllCapsRun(run: TokenRun, i: number): boolean {
  if (i < 0 || i >= run.count) return false;
  const spelling = run.spellings[i]!;
  if (!spelling.word || isMixedCase(spelling)) return false;
  let longWords = isLongAllCaps(spelling) ? 1 : 0;
  // Back to the stretch's first token: a line's first token, or the one after a mixed-case word.
  for (let k = i; longWords < 2 && run.lineBreakBefore[k] === 0 && k > 0; k--) {
    const before = run.spellings[k - 1]!;
    if (isMixedCase(before)) break;
    if (isLongAllCaps(before)) longWords++;
  }
  // On to its end: a line break or a mixed-case word.
  for (let k = i + 1; longWords < 2 && k < run.count && run.lineBreakBefore[k] === 0; k++) {
    const after = run.spellings[k]!;
    if (isMixedCase(after)) break;
    if (isLongAllCaps(after)) longWords++;
  }
  return longWords >= 2;
}
