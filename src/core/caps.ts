// Headlines and bylines written in capitals ("MỸ VÀ TRUNG QUỐC ĐỐI THOẠI", "AN BÌNH"): there a
// capital says nothing about names, so neighbours in such a run are no evidence of a personal
// name. A lone acronym in ordinary text ("NATO", "ATACMS") is not a run.
import type { Token } from './tokenize.ts';

export function capsRuns(tokens: readonly Token[]): boolean[] {
  const inRun = new Array<boolean>(tokens.length).fill(false);
  let groupStart = 0;
  let longWords = 0;
  const close = (end: number) => {
    if (longWords >= 2) for (let k = groupStart; k < end; k++) inRun[k] = tokens[k]!.word;
    longWords = 0;
  };
  tokens.forEach((token, i) => {
    const breaksRun = token.lineBreakBefore || (token.letters > 0 && !token.allCaps);
    if (breaksRun) {
      close(i);
      groupStart = token.letters > 0 && !token.allCaps ? i + 1 : i;
    }
    if (token.allCaps && token.letters >= 2) longWords++;
  });
  close(tokens.length);
  return inRun;
}
