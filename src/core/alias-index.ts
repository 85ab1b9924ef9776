// The glossary as a trie of token keys: every actor's name, aliases and short names, plus the
// negative entries of the lexicon. Matching only reads it.
//
// Built lazily, node by node. buildIndex files each name under the trie node of its first key
// (reading only its first word); the first time a walk reaches a node, the names waiting there
// are moved one key further down (a name is tokenized when it first leaves the node of its first
// key). A page thus pays only for the paths it walks: with 100,000 actors the whole bench text
// walks into about one name in seven, and "Bộ" in a page unfolds "Bộ …" one level, not all
// 12,000 ministries. Building every path eagerly took about 2 s at 100,000 actors.
import type { Actor, ActorType, AliasSpec } from './types.ts';
import { NEGATIVE_ENTRIES } from './lexicon.ts';
import { isVietnameseSyllable } from './syllable.ts';
import {
  SHARED_SPELLINGS,
  SPELLING_CACHE_LIMIT,
  SpellingBook,
  createSpellingBook,
  firstToken,
  nameSpellings,
  type Spelling,
  type TokenRun,
} from './tokenize.ts';
import { childFor, childOf, createTrie, nodeFor, walkFrom, type Hits, type TrieNode } from './trie.ts';

/** What the text must show for one alias token: any case, a capital first letter ("Nhà Trắng"),
 *  or all capitals ("NATO", "RT"). */
export const CaseRule = { Any: 0, Capitalized: 1, AllCaps: 2 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

export interface AliasEntry {
  kind: 'alias';
  actorId: string;
  /** The actor's number in this index (see ActorIndex.actorCount). */
  actorNumber: number;
  actorType: ActorType;
  cases: CaseRule[];
  /** A single Vietnamese syllable ("Nga", "Mỹ"): decided by its neighbours. */
  oneSyllable: boolean;
  /** Matches only next to an explicit cue ("Anh"). */
  needsCue: boolean;
}

export interface ShortEntry {
  kind: 'short';
  actorId: string;
  actorNumber: number;
  cases: CaseRule[];
  /** A short name that is also a Vietnamese syllable ("Tập") needs a title before it. */
  needsTitle: boolean;
}

export interface NegativeEntry {
  kind: 'negative';
  cases: CaseRule[];
}

export type IndexEntry = AliasEntry | ShortEntry | NegativeEntry;

/** A name waiting at a node of the trie to be laid further down. */
interface PendingName {
  actor: Actor;
  actorNumber: number;
  text: string;
  short: boolean;
  needsCue: boolean;
  /** Read when the name first leaves the node of its first key; undefined until then. */
  tokens: Spelling[] | undefined;
  /** Tokens of the name on the path down to the node it waits at. */
  depth: number;
}

type IndexNode = TrieNode<IndexEntry, PendingName>;

/** A spelling as this index sees it: also where its key enters the trie (undefined for
 *  punctuation and for the four words in five that start no glossary entry), so matching a
 *  word that starts nothing costs no lookup beyond the one that gave the word its spelling. */
export interface IndexedSpelling extends Spelling {
  readonly first: IndexNode | undefined;
}

export class ActorIndex {
  readonly actorTypes = new Map<string, ActorType>();
  /** Each distinct actor id numbered 0, 1, 2…: per-text state about actors then lives in typed
   *  arrays indexed by number instead of maps keyed by id. */
  private readonly actorNumbers = new Map<string, number>();
  private readonly root: IndexNode = createTrie();
  /** How texts are tokenized for this index (see IndexedSpelling). */
  readonly spellings: SpellingBook<IndexedSpelling> = indexedSpellings(this.root);
  /** How names are tokenized: the index's own cache, since a glossary of 100,000 actors has
   *  more distinct words than the shared cache keeps. It grows only with the names unfolded. */
  private readonly nameBook = createSpellingBook(Infinity);
  /** Lays out a node's waiting names; one function for every walk, not a closure per walk. */
  private readonly unfold = (node: IndexNode) => this.unfoldNode(node);

  constructor(actors: readonly Actor[]) {
    if (!Array.isArray(actors)) throw new TypeError('buildMatcher expects an array of actors');
    for (const negative of NEGATIVE_ENTRIES) this.insertNegative(negative);
    actors.forEach((actor, position) => {
      checkActor(actor, position);
      this.actorTypes.set(actor.id, actor.type);
      const number = this.numberOf(actor.id);
      // A display name that is also listed as needing a cue ("Áo" for Austria) is filed as cued
      // only: filing it plain too would let it match anywhere.
      if (!actor.aliases.some((spec: AliasSpec) => typeof spec !== 'string' && spec?.text === actor.name)) {
        this.file(actor, number, actor.name, false, false);
      }
      for (const spec of actor.aliases) {
        if (typeof spec === 'string') this.file(actor, number, spec, false, false);
        else if (typeof spec?.text === 'string') this.file(actor, number, spec.text, false, spec.needsCue === true);
        else throw new TypeError(`Actor "${actor.id}": an alias is neither text nor { text, needsCue }`);
      }
      for (const short of actor.shortNames ?? []) {
        if (typeof short !== 'string') throw new TypeError(`Actor "${actor.id}": a short name is not text`);
        this.file(actor, number, short, true, false);
      }
    });
  }

  /** How many distinct actor ids the index numbers. */
  get actorCount(): number {
    return this.actorNumbers.size;
  }

  private numberOf(id: string): number {
    let number = this.actorNumbers.get(id);
    if (number === undefined) this.actorNumbers.set(id, (number = this.actorNumbers.size));
    return number;
  }

  /** Every glossary entry that starts at token `start` of `spellings`, into `hits`, shortest
   *  first (the matcher reads them backwards: longest first). */
  hitsAt(run: TokenRun<IndexedSpelling>, start: number, hits: Hits<IndexEntry>): void {
    walkFrom(run.spellings[start]!.first, run, start + 1, hits, this.unfold);
  }

  /** Files a name at the node of its first key. The node is made now, so that the spellings
   *  of this index can point at it (IndexedSpelling.first) before anything is unfolded. */
  private file(actor: Actor, actorNumber: number, name: string, short: boolean, needsCue: boolean): void {
    const text = flatText(name);
    const first = firstToken(text, this.nameBook);
    if (!first?.hasWord) throw new TypeError(`Actor "${actor.id}": alias "${text}" has no words to match`);
    const node = childFor(this.root, first.spelling.key);
    (node.pending ??= []).push({ actor, actorNumber, text, short, needsCue, tokens: undefined, depth: 1 });
  }

  /** Moves each name waiting at `node` one key down, or into the node's entries where it ends.
   *  Names keep their filing order, so a node's entries are in the order an eager build gives. */
  private unfoldNode(node: IndexNode): void {
    const waiting = node.pending!;
    node.pending = undefined;
    for (const name of waiting) {
      const tokens = (name.tokens ??= nameSpellings(name.text, this.nameBook));
      if (name.depth === tokens.length) {
        push(node, entryOf(name, tokens));
        continue;
      }
      const child = childFor(node, tokens[name.depth]!.key);
      name.depth++;
      (child.pending ??= []).push(name);
    }
  }

  private insertNegative(text: string): void {
    const tokens = nameSpellings(text, this.nameBook);
    push(nodeFor(this.root, tokens), { kind: 'negative', cases: caseRules(tokens) });
  }
}

/**
 * The same text as a flat string. A name built by concatenation (a glossary made in code) is a
 * rope inside V8; once the tokenizer has read ropes, its compiled code reads every text, pages
 * included, about a third slower. normalize() returns a flat string; it is kept when it is the
 * same text (nearly always: names come composed), else the name is read as it is.
 */
function flatText(text: string): string {
  const flat = text.normalize('NFC');
  return flat === text ? flat : text;
}

function entryOf({ actor, actorNumber, text, short, needsCue }: PendingName, tokens: readonly Spelling[]): IndexEntry {
  const cases = caseRules(tokens);
  const oneSyllable = tokens.length === 1 && isVietnameseSyllable(text);
  return short
    ? { kind: 'short', actorId: actor.id, actorNumber, cases, needsTitle: oneSyllable }
    : { kind: 'alias', actorId: actor.id, actorNumber, actorType: actor.type, cases, oneSyllable, needsCue };
}

/** Case rules repeat across names ("Capitalized Capitalized" is most of a glossary): one shared
 *  array per distinct sequence, keyed by its rules read as base-3 digits after a leading 1. */
const sharedCaseRules = new Map<number, CaseRule[]>();
const MAX_SHARED_RULES = 30; // 3^31 still fits a double exactly

function caseRules(tokens: readonly Spelling[]): CaseRule[] {
  if (tokens.length > MAX_SHARED_RULES) return tokens.map(caseRule);
  let code = 1;
  for (const token of tokens) code = code * 3 + caseRule(token);
  let rules = sharedCaseRules.get(code);
  if (rules === undefined) sharedCaseRules.set(code, (rules = tokens.map(caseRule)));
  return rules;
}

/** The index's own spelling cache: the shared spellings, each with its entry into the trie.
 *  Built as pages are read, bounded like the shared cache. Valid because the trie's first level
 *  never changes once the index is built (names are filed under their first key at once). */
function indexedSpellings(root: IndexNode): SpellingBook<IndexedSpelling> {
  return new SpellingBook<IndexedSpelling>(SPELLING_CACHE_LIMIT, (raw, word) => {
    const { key, letters, capitalized, allCaps } = SHARED_SPELLINGS.spellingOf(raw, word);
    // Only a word starts a match (the matcher never starts at punctuation).
    return { key, word, letters, capitalized, allCaps, first: word ? childOf(root, key) : undefined };
  });
}

export function buildIndex(actors: readonly Actor[]): ActorIndex {
  return new ActorIndex(actors);
}

function checkActor(actor: Actor, position: number): void {
  if (!actor || typeof actor.id !== 'string' || actor.id === '') {
    throw new TypeError(`Actor at position ${position} has no id`);
  }
  if (typeof actor.name !== 'string') throw new TypeError(`Actor "${actor.id}" has no name`);
  if (!Array.isArray(actor.aliases)) throw new TypeError(`Actor "${actor.id}": aliases must be an array`);
  if (actor.shortNames !== undefined && !Array.isArray(actor.shortNames)) {
    throw new TypeError(`Actor "${actor.id}": shortNames must be an array`);
  }
}

/** An alias token written in capitals demands capitals ("NATO"); one written with a capital
 *  first letter demands that ("Nhà Trắng"); a lower-case one accepts either ("Quốc phòng"). */
function caseRule(token: Spelling): CaseRule {
  if (!token.word) return CaseRule.Any;
  if (token.allCaps && token.letters >= 2) return CaseRule.AllCaps;
  return token.capitalized ? CaseRule.Capitalized : CaseRule.Any;
}

/** Names often repeat across name, aliases and variants: index each spelling once per actor. */
function push(node: IndexNode, entry: IndexEntry): void {
  const entries = (node.entries ??= []);
  if (!entries.some((other) => sameEntry(other, entry))) entries.push(entry);
}

function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  if (a.kind !== b.kind || !sameCases(a.cases, b.cases)) return false;
  if (a.kind === 'negative' || b.kind === 'negative') return true;
  return a.actorId === b.actorId && (a.kind !== 'alias' || b.kind !== 'alias' || a.needsCue === b.needsCue);
}

function sameCases(a: readonly CaseRule[], b: readonly CaseRule[]): boolean {
  if (a === b) return true; // shared arrays (see caseRules)
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
