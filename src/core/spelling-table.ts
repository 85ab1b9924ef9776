// The spellings a tokenizer has seen, keyed by the raw word as it stands in the text.
//
// Why not a Map<string, …>: every word of every page would first be sliced out into a new string,
// which the Map then hashes and compares again; that was the largest single cost of matching.
// Here the tokenizer describes a word as it reads it (a hash, and its last four characters packed
// into two ints) and the table compares that description, so a word seen before costs no
// allocation, and a word of four characters or fewer (most Vietnamese syllables) is never read
// a second time.

/** FNV-1a's start and step: hashRange below, and the tokenizer, which hashes as it reads. */
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_STEP = 0x01000193;

/** FNV-1a over the UTF-16 units of text[start, end): cheap, and spreads short words well. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_STEP);
  return hash;
}

/** The unit at `i`, or 0 before `start`: a word shorter than four characters packs zeros. */
function unitFrom(text: string, i: number, start: number): number {
  return i >= start ? text.charCodeAt(i) : 0;
}

/** The last two units of text[start, end) packed into one int, the second-to-last in the high
 *  half: what the tokenizer's rolling `(tail << 16) | unit` holds at the end of a word. */
export function lastTwo(text: string, start: number, end: number): number {
  return (unitFrom(text, end - 2, start) << 16) | unitFrom(text, end - 1, start);
}

/** The two units before those (see lastTwo). */
export function twoBefore(text: string, start: number, end: number): number {
  return (unitFrom(text, end - 4, start) << 16) | unitFrom(text, end - 3, start);
}

/** Ints per slot of SpellingTable.slots: hash, length (0 for an empty slot), lastTwo, twoBefore. */
const SLOT = 4;
/** Units of a word that the packed ints hold. */
const PACKED = 4;

/** Open addressing with linear probing, kept at most half full. Bounded: once `limit` entries
 *  are held it starts afresh, so a huge page of distinct words cannot grow it without end.
 *  A slot's description sits in four adjacent ints, so a probe reads one cache line; the units
 *  before a long word's last four sit in one Uint16Array, compared only when all else agrees. */
export class SpellingTable<V> {
  private size = 0;
  private slots: Int32Array;
  /** Where a slot's word starts in `chars`. */
  private offsets: Int32Array;
  private values: (V | undefined)[];
  private chars = new Uint16Array(1024);
  private used = 0;

  constructor(private readonly limit: number) {
    this.slots = new Int32Array(256 * SLOT);
    this.offsets = new Int32Array(256);
    this.values = new Array<V | undefined>(256).fill(undefined);
  }

  /** The value stored for text[start, end), described by its hashRange, lastTwo and twoBefore. */
  get(text: string, start: number, end: number, hash: number, last: number, before: number): V | undefined {
    const { slots } = this;
    const mask = this.values.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const stored = slots[at + 1]!;
      if (stored === 0) return undefined;
      if (slots[at] === hash && stored === length && slots[at + 2] === last && slots[at + 3] === before) {
        if (length <= PACKED || this.sameHead(this.offsets[slot]!, text, start, length - PACKED))
          return this.values[slot];
      }
    }
  }

  /** Are the first `count` units stored at `offset` those of text at `start`? */
  private sameHead(offset: number, text: string, start: number, count: number): boolean {
    const { chars } = this;
    for (let k = 0; k < count; k++) if (chars[offset + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** Stores the value of `word` (not empty, not stored yet), whose hashRange is `hash`. */
  set(word: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.clear();
    else if ((this.size + 1) * 2 > this.values.length) this.grow();
    const n = word.length;
    this.place(hash, n, lastTwo(word, 0, n), twoBefore(word, 0, n), this.store(word), value);
    this.size++;
  }

  /** Copies the units of a word before its last four into `chars`; returns where they start. */
  private store(word: string): number {
    const count = Math.max(0, word.length - PACKED);
    if (this.used + count > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + count));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    const offset = this.used;
    for (let k = 0; k < count; k++) this.chars[offset + k] = word.charCodeAt(k);
    this.used += count;
    return offset;
  }

  private place(hash: number, length: number, last: number, before: number, offset: number, value: V): void {
    const { slots } = this;
    const mask = this.values.length - 1;
    let slot = hash & mask;
    while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * SLOT] = hash;
    slots[slot * SLOT + 1] = length;
    slots[slot * SLOT + 2] = last;
    slots[slot * SLOT + 3] = before;
    this.offsets[slot] = offset;
    this.values[slot] = value;
  }

  private clear(): void {
    this.slots.fill(0);
    this.values.fill(undefined);
    this.size = 0;
    this.used = 0;
  }

  private grow(): void {
    const { slots, offsets, values } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.offsets = new Int32Array(offsets.length * 2);
    this.values = new Array<V | undefined>(values.length * 2).fill(undefined);
    for (let slot = 0; slot < values.length; slot++) {
      const at = slot * SLOT;
      if (slots[at + 1] !== 0)
        this.place(slots[at]!, slots[at + 1]!, slots[at + 2]!, slots[at + 3]!, offsets[slot]!, values[slot]!);
    }
  }
}
