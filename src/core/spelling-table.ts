// The spellings a tokenizer has seen, keyed by the raw word as it stands in the text.
//
// Why not a Map<string, …>: every word of every page would first be sliced out into a new string,
// which the Map then hashes and compares again; that was the largest single cost of matching.
// Here the tokenizer hashes the word's characters where they stand and the table compares them
// where they stand, so a word seen before costs no allocation at all.

/** FNV-1a over the UTF-16 units of text[start, end): cheap, and spreads short words well. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Does `stored` equal text[start, end)? */
function sameText(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let k = 0; k < stored.length; k++) if (stored.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Open addressing with linear probing, kept at most half full. Bounded: once `limit` entries
 *  are held it starts afresh, so a huge page of distinct words cannot grow it without end. */
export class SpellingTable<V> {
  private size = 0;
  private hashes: Int32Array;
  private texts: (string | undefined)[];
  private values: (V | undefined)[];

  constructor(private readonly limit: number) {
    this.hashes = new Int32Array(256);
    this.texts = new Array<string | undefined>(256).fill(undefined);
    this.values = new Array<V | undefined>(256).fill(undefined);
  }

  /** The value stored for text[start, end), whose hashRange is `hash`. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.texts[slot];
      if (stored === undefined) return undefined;
      if (this.hashes[slot] === hash && sameText(stored, text, start, end)) return this.values[slot];
    }
  }

  /** Stores the value of `word` (not stored yet), whose hashRange is `hash`. */
  set(word: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.clear();
    else if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    this.place(word, hash, value);
    this.size++;
  }

  private place(word: string, hash: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.texts[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.texts[slot] = word;
    this.values[slot] = value;
  }

  private clear(): void {
    this.texts.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { hashes, texts, values } = this;
    const capacity = hashes.length * 2;
    this.hashes = new Int32Array(capacity);
    this.texts = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    for (let slot = 0; slot < texts.length; slot++) {
      const word = texts[slot];
      if (word !== undefined) this.place(word, hashes[slot]!, values[slot]!);
    }
  }
}
