// Groups a page's text nodes into the runs the matcher reads: one inline run per call, so that a
// name may cross inline elements but never a block boundary or a line break.

/** Groups text node indices into runs: consecutive indices with the same run id. A text node that
 *  is not chosen (`chosen(i)` false) and is not blank cuts the run, so that text Readability dropped
 *  (an inline ad, a "related" link) never glues two article phrases into one false name. */
export function groupRuns(
  texts: readonly string[],
  runs: readonly number[],
  chosen: (index: number) => boolean,
): number[][] {
  const grouped: number[][] = [];
  let current: number[] = [];
  let currentRun = -1;
  const flush = () => {
    if (current.length) grouped.push(current);
    current = [];
  };
  for (let i = 0; i < texts.length; i++) {
    if (!chosen(i)) {
      if (!isBlank(texts[i]!)) flush();
      continue;
    }
    if (runs[i] !== currentRun) flush();
    currentRun = runs[i]!;
    current.push(i);
  }
  flush();
  return grouped;
}

const BLANK = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/u;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}
