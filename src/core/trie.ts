// A trie over token keys: matching walks it token by token, so the cost of a lookup depends on
// the length of the longest alias, never on how many aliases the glossary has.
import type { Spelling, TokenRun } from './tokenize.ts';

export interface TrieNode<T, P = unknown> {
  /** The only child and its key, while a node has one: most nodes of a large glossary do (the
   *  rest of a name), and a Map for each would be most of the trie's memory and build time. */
  onlyKey: string | undefined;
  only: TrieNode<T, P> | undefined;
  /** The children, once there are two or more. */
  next: Map<string, TrieNode<T, P>> | undefined;
  /** What ends at this node (aliases, short names, negative entries). */
  entries: T[] | undefined;
  /** What is filed at this node but not yet laid out below it: the owner of the trie lays it
   *  out (`unfold`) the first time a walk reaches the node, so only paths a text walks are built. */
  pending: P[] | undefined;
}

export function createTrie<T, P>(): TrieNode<T, P> {
  return { onlyKey: undefined, only: undefined, next: undefined, entries: undefined, pending: undefined };
}

/** The child of `node` for `key`, if any. */
export function childOf<T, P>(node: TrieNode<T, P>, key: string): TrieNode<T, P> | undefined {
  if (node.onlyKey === key) return node.only;
  return node.next?.get(key);
}

/** The child of `node` for `key`, created if need be. */
export function childFor<T, P>(node: TrieNode<T, P>, key: string): TrieNode<T, P> {
  return childOf(node, key) ?? addChild(node, key);
}

function addChild<T, P>(node: TrieNode<T, P>, key: string): TrieNode<T, P> {
  const child = createTrie<T, P>();
  if (node.next !== undefined) node.next.set(key, child);
  else if (node.only === undefined) {
    node.onlyKey = key;
    node.only = child;
  } else {
    node.next = new Map([[node.onlyKey!, node.only]]);
    node.next.set(key, child);
    node.onlyKey = undefined;
    node.only = undefined;
  }
  return child;
}

/** The node for the keys of a sequence of tokens, created on the way. */
export function nodeFor<T, P>(root: TrieNode<T, P>, tokens: readonly Spelling[]): TrieNode<T, P> {
  let node = root;
  for (const { key } of tokens) node = childFor(node, key);
  return node;
}

/**
 * What a walk found, reused from walk to walk: the matcher walks at most once per word, so a
 * buffer per text beats an array per word. `ends[k]` is the index of the token after hit `k`,
 * `entries[k]` what ends there; hits are in walk order, shortest first.
 */
export class Hits<T> {
  count = 0;
  readonly ends: number[] = [];
  readonly entries: T[][] = [];
}

/**
 * Every node with entries on the path that goes on from `node` with token `next`'s key, into
 * `hits`. The caller passes the node of the first key (found with the token's spelling), so a
 * word that starts no entry (undefined) costs nothing here.
 */
export function walkFrom<T, P>(
  node: TrieNode<T, P> | undefined,
  run: TokenRun,
  next: number,
  hits: Hits<T>,
  unfold: (node: TrieNode<T, P>) => void,
): void {
  const { spellings, lineBreakBefore, count } = run;
  hits.count = 0;
  for (let i = next; node !== undefined; i++) {
    if (node.pending !== undefined) unfold(node);
    if (node.entries !== undefined) {
      hits.ends[hits.count] = i;
      hits.entries[hits.count] = node.entries;
      hits.count++;
    }
    // A name never runs over a line or paragraph break: "…Vladimir\nPutin…" is two lines.
    if (i >= count || lineBreakBefore[i]) break;
    node = childOf(node, spellings[i]!.key);
  }
}
