// A trie over token keys: matching walks it token by token, so the cost of a lookup depends on
// the length of the longest alias, never on how many aliases the glossary has.

export interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  /** What ends at this node (aliases, short names, negative entries). */
  entries?: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: undefined, entries: undefined };
}

/** The node for a key sequence, created on the way. */
export function nodeFor<T>(root: TrieNode<T>, keys: readonly string[]): TrieNode<T> {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = { next: undefined, entries: undefined }; // one object shape for every node
      node.next.set(key, child);
    }
    node = child;
  }
  return node;
}

export interface TrieHit<T> {
  /** Index of the first token after the match. */
  end: number;
  entries: T[];
}

/** Every node with entries along the path that starts at `keys[start]`, longest first. */
export function walk<T>(root: TrieNode<T>, keyAt: (i: number) => string | undefined, start: number): TrieHit<T>[] {
  const hits: TrieHit<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let i = start; node?.next; i++) {
    const key = keyAt(i);
    if (key === undefined) break;
    node = node.next.get(key);
    if (node?.entries) hits.push({ end: i + 1, entries: node.entries });
  }
  return hits.reverse();
}
