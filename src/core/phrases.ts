// Looking backwards from a token for a known phrase ("Bộ trưởng", "người phát ngôn", "nước"):
// the cues around a one-syllable name are read right to left from the name.
//
// The phrases are kept as a trie of word keys read last word first, so looking back from a
// token walks the words before it one map lookup each, and stops at the first word no phrase
// ends with: no phrase text is built while matching.
import { normalizeForMatch } from './normalize.ts';
import type { TokenRun } from './tokenize.ts';

interface BackNode {
  /** The word before, by key. */
  before?: Map<string, BackNode>;
  /** A whole phrase ends here (read backwards: begins here). */
  complete: boolean;
}

export class PhraseSet {
  private readonly keys = new Set<string>();
  private readonly lastWords: BackNode = { before: undefined, complete: false };

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const key = normalizeForMatch(phrase);
      if (!key) continue;
      this.keys.add(key);
      this.addBackwards(key.split(' '));
    }
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  private addBackwards(words: readonly string[]): void {
    let node = this.lastWords;
    for (let k = words.length - 1; k >= 0; k--) {
      node.before ??= new Map();
      let next = node.before.get(words[k]!);
      if (!next) node.before.set(words[k]!, (next = { before: undefined, complete: false }));
      node = next;
    }
    node.complete = true;
  }

  /** Words in the longest phrase that ends right before `end` (exclusive), 0 when none. The
   *  phrase's words must be consecutive words on one line: punctuation breaks a phrase. */
  lengthEndingAt(run: TokenRun, end: number): number {
    let node: BackNode | undefined = this.lastWords;
    let found = 0;
    for (let n = 1; end - n >= 0; n++) {
      const spelling = run.spellings[end - n]!;
      if (!spelling.word) break;
      node = node.before?.get(spelling.key);
      if (node === undefined) break;
      if (node.complete) found = n;
      if (run.lineBreakBefore[end - n]) break;
    }
    return found;
  }
}

/** Phrases as lists of word keys, for phraseLengthAt. */
export function phraseKeys(phrases: readonly string[]): string[][] {
  return phrases.map((p) => normalizeForMatch(p).split(' ')).filter((words) => words[0] !== '');
}

/** Reading forwards, for the build's and the roles' slower passes over one paragraph: the length
 *  in words of the longest of `phrases` that starts at token `i` and ends by `limit` (0 if none). */
export function phraseLengthAt(
  tokens: readonly { word: boolean; key: string }[],
  i: number,
  phrases: readonly (readonly string[])[],
  limit = tokens.length,
): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length <= best || i + phrase.length > limit) continue;
    if (phrase.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.key === w)) best = phrase.length;
  }
  return best;
}
