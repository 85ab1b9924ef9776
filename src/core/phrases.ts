// Looking backwards from a token for a known phrase ("Bộ trưởng", "người phát ngôn", "nước"):
// the cues around a one-syllable name are read right to left from the name.
import { normalizeForMatch } from './normalize.ts';
import type { Token } from './tokenize.ts';

export class PhraseSet {
  private readonly keys = new Set<string>();
  private readonly maxWords: number;

  constructor(phrases: readonly string[]) {
    let max = 0;
    for (const phrase of phrases) {
      const key = normalizeForMatch(phrase);
      if (!key) continue;
      this.keys.add(key);
      max = Math.max(max, key.split(' ').length);
    }
    this.maxWords = max;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Words in the longest phrase that ends right before `end` (exclusive), 0 when none. The
   *  phrase's words must be consecutive words on one line: punctuation breaks a phrase. */
  lengthEndingAt(tokens: readonly Token[], end: number): number {
    let key = '';
    let found = 0;
    for (let n = 1; n <= this.maxWords && end - n >= 0; n++) {
      const token = tokens[end - n]!;
      if (!token.word) break;
      key = n === 1 ? token.key : `${token.key} ${key}`;
      if (this.keys.has(key)) found = n;
      if (token.lineBreakBefore) break;
    }
    return found;
  }
}
