// The glossary as a trie of token keys: every actor's name, aliases and short names, plus the
// negative entries of the lexicon. Matching only reads it.
//
// Building is lazy per first word: buildIndex files each name under the key of its first token
// (cheap), and the names that start with a key are tokenized into the trie the first time a
// text contains that key. A glossary of 100,000 actors thus loads in a fraction of a second,
// and a page pays only for the names whose first word it contains.
import type { Actor, ActorType } from './types.ts';
import { NEGATIVE_ENTRIES } from './lexicon.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { firstTokenKey, tokenize, type Token } from './tokenize.ts';
import { createTrie, nodeFor, walk, type TrieHit, type TrieNode } from './trie.ts';

/** What the text must show for one alias token: any case, a capital first letter ("Nhà Trắng"),
 *  or all capitals ("NATO", "RT"). */
export const CaseRule = { Any: 0, Capitalized: 1, AllCaps: 2 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

export interface AliasEntry {
  kind: 'alias';
  actorId: string;
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
  cases: CaseRule[];
  /** A short name that is also a Vietnamese syllable ("Tập") needs a title before it. */
  needsTitle: boolean;
}

export interface NegativeEntry {
  kind: 'negative';
  cases: CaseRule[];
}

export type IndexEntry = AliasEntry | ShortEntry | NegativeEntry;

/** A name filed under its first key, waiting to be put into the trie. */
interface PendingName {
  actor: Actor;
  text: string;
  short: boolean;
  needsCue: boolean;
}

export class ActorIndex {
  readonly actorTypes = new Map<string, ActorType>();
  private readonly root = createTrie<IndexEntry>();
  private readonly pending = new Map<string, PendingName[]>();

  constructor(actors: readonly Actor[]) {
    if (!Array.isArray(actors)) throw new TypeError('buildMatcher expects an array of actors');
    for (const negative of NEGATIVE_ENTRIES) this.insertNegative(negative);
    actors.forEach((actor, position) => {
      checkActor(actor, position);
      this.actorTypes.set(actor.id, actor.type);
      this.file(actor, actor.name, false, false);
      for (const spec of actor.aliases) {
        if (typeof spec === 'string') this.file(actor, spec, false, false);
        else if (typeof spec?.text === 'string') this.file(actor, spec.text, false, spec.needsCue === true);
        else throw new TypeError(`Actor "${actor.id}": an alias is neither text nor { text, needsCue }`);
      }
      for (const short of actor.shortNames ?? []) {
        if (typeof short !== 'string') throw new TypeError(`Actor "${actor.id}": a short name is not text`);
        this.file(actor, short, true, false);
      }
    });
  }

  /** Every glossary entry that starts at token `start`, longest first. */
  hitsAt(keyAt: (i: number) => string | undefined, start: number): TrieHit<IndexEntry>[] {
    const first = keyAt(start);
    if (first === undefined) return [];
    const waiting = this.pending.get(first);
    if (waiting) {
      this.pending.delete(first);
      for (const name of waiting) this.insertName(name);
    }
    return walk(this.root, keyAt, start);
  }

  private file(actor: Actor, text: string, short: boolean, needsCue: boolean): void {
    const first = firstTokenKey(text);
    if (!first?.hasWord) throw new TypeError(`Actor "${actor.id}": alias "${text}" has no words to match`);
    let list = this.pending.get(first.key);
    if (!list) this.pending.set(first.key, (list = []));
    list.push({ actor, text, short, needsCue });
  }

  private insertName({ actor, text, short, needsCue }: PendingName): void {
    const tokens = tokenize(text);
    const cases = tokens.map(caseRule);
    const oneSyllable = tokens.length === 1 && isVietnameseSyllable(text);
    const entry: IndexEntry = short
      ? { kind: 'short', actorId: actor.id, cases, needsTitle: oneSyllable }
      : { kind: 'alias', actorId: actor.id, actorType: actor.type, cases, oneSyllable, needsCue };
    push(nodeFor(this.root, tokens.map((t) => t.key)), entry);
  }

  private insertNegative(text: string): void {
    const tokens = tokenize(text);
    push(nodeFor(this.root, tokens.map((t) => t.key)), { kind: 'negative', cases: tokens.map(caseRule) });
  }
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
function caseRule(token: Token): CaseRule {
  if (!token.word) return CaseRule.Any;
  if (token.allCaps && token.letters >= 2) return CaseRule.AllCaps;
  return token.capitalized ? CaseRule.Capitalized : CaseRule.Any;
}

/** Names often repeat across name, aliases and variants: index each spelling once per actor. */
function push(node: TrieNode<IndexEntry>, entry: IndexEntry): void {
  const entries = (node.entries ??= []);
  if (!entries.some((other) => sameEntry(other, entry))) entries.push(entry);
}

function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  if (a.kind !== b.kind || a.cases.join() !== b.cases.join()) return false;
  if (a.kind === 'negative' || b.kind === 'negative') return true;
  return a.actorId === b.actorId && (a.kind !== 'alias' || b.kind !== 'alias' || a.needsCue === b.needsCue);
}
