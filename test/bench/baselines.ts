// What our matcher is compared with: a RegExp alternation of every alias (what one writes first)
// and two established npm Aho–Corasick packages. All three do the same job as ours, as far as a
// generic tool can: find the aliases in each segment, ignoring case where the packages need
// lower-casing, keep only matches at Unicode word boundaries, and keep the leftmost-longest
// non-overlapping ones. The boundary check and the selection are the same code for both packages,
// so the comparison is of their search, not of our glue.
import { createRequire } from 'node:module';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernAhoCorasickFast from 'modern-ahocorasick/fast';
import type { Actor } from '../../src/core/types.ts';

const require = createRequire(import.meta.url);
// `ahocorasick` is CommonJS without types: declare the one shape we use.
type EndMatch = [end: number, words: string[]];
const AhoCorasick = require('ahocorasick') as new (keywords: string[]) => { search(text: string): EndMatch[] };

/** A built baseline: counts the mentions it finds in one page (its paragraphs). */
export interface BuiltBaseline {
  countMentions(segments: readonly string[]): number;
}

export interface Baseline {
  name: string;
  build(aliases: readonly string[]): BuiltBaseline;
}

/** Every surface form the glossary gives an actor: the set every contender searches for. */
export function aliasSet(actors: readonly Actor[]): string[] {
  const all = new Set<string>();
  for (const actor of actors) {
    all.add(actor.name);
    if (actor.latin) all.add(actor.latin);
    for (const alias of actor.aliases) all.add(typeof alias === 'string' ? alias : alias.text);
    for (const short of actor.shortNames ?? []) all.add(short);
  }
  return [...all].filter((alias) => alias.length > 0);
}

// ---- word boundaries ----------------------------------------------------------------------

/** 1 where a BMP code unit is a letter, mark or digit. A table, built once, so the boundary
 *  check costs the same small constant for every contender. */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates: decided by code point below
    if (word.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
})();
const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

function isWordCodePoint(codePoint: number): boolean {
  return codePoint < 0x10000 ? WORD_UNIT[codePoint] === 1 : ASTRAL_WORD.test(String.fromCodePoint(codePoint));
}

/** The same test as `(?<![\p{L}\p{M}\p{N}])…(?![\p{L}\p{M}\p{N}])` around [start, end). */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = text.codePointAt(start - 1) as number;
    // A low surrogate before `start`: read the whole code point from its high surrogate.
    const codePoint =
      before >= 0xdc00 && before <= 0xdfff && start > 1 ? (text.codePointAt(start - 2) as number) : before;
    if (isWordCodePoint(codePoint)) return false;
  }
  return end >= text.length || !isWordCodePoint(text.codePointAt(end) as number);
}

// ---- leftmost-longest selection -------------------------------------------------------------

/** Flat [start, end, start, end, …] candidate ranges of one segment. */
type Ranges = number[];

/** How many non-overlapping matches a leftmost-longest reading keeps: what the RegExp does. */
function countLeftmostLongest(ranges: Ranges): number {
  const order: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) order.push(i);
  order.sort(
    (a, b) => (ranges[a] as number) - (ranges[b] as number) || (ranges[b + 1] as number) - (ranges[a + 1] as number),
  );
  let kept = 0;
  let lastEnd = -1;
  for (const i of order) {
    if ((ranges[i] as number) < lastEnd) continue;
    lastEnd = ranges[i + 1] as number;
    kept++;
  }
  return kept;
}

// ---- (a) one RegExp alternation -------------------------------------------------------------

/** Escapes only syntax characters: with the `u` flag an escaped `-` or letter is a SyntaxError. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest alias first, so the alternation prefers "Bộ Quốc phòng Nga" over "Nga". */
export function aliasAlternation(aliases: readonly string[]): RegExp {
  const sorted = [...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const body = sorted.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
}

export const regExpBaseline: Baseline = {
  name: 'regexp',
  build(aliases) {
    const pattern = aliasAlternation(aliases);
    // V8 compiles a RegExp lazily: to bytecode on the first exec, to native code on a later one,
    // per string representation. Run it a few times on two-byte Vietnamese text so that both
    // compilations count as build time, not search time.
    for (let i = 0; i < 3; i++) {
      pattern.lastIndex = 0;
      pattern.test('Việt Nam và Nga');
    }
    pattern.lastIndex = 0;
    return {
      countMentions(segments) {
        let count = 0;
        for (const segment of segments) {
          pattern.lastIndex = 0;
          while (pattern.exec(segment) !== null) count++;
        }
        return count;
      },
    };
  },
};

// ---- (b) npm Aho–Corasick packages ----------------------------------------------------------

/** Both packages are case-sensitive: fold patterns here, the text at search time (timed). */
function lowerCaseAliases(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map((alias) => alias.toLowerCase()))];
}

/** Both packages are run the same way: each segment lower-cased (timed, as ours folds case),
 *  its word-bounded hits collected, overlaps resolved leftmost-longest, mentions counted. */
function countPerSegment(collect: (text: string, ranges: Ranges) => void) {
  return {
    countMentions(segments: readonly string[]): number {
      let count = 0;
      for (const segment of segments) {
        const ranges: Ranges = [];
        collect(segment.toLowerCase(), ranges);
        count += countLeftmostLongest(ranges);
      }
      return count;
    },
  };
}

function modernBaseline(name: string, Matcher: typeof ModernAhoCorasick): Baseline {
  return {
    name,
    build(aliases) {
      const matcher = new Matcher(lowerCaseAliases(aliases));
      return countPerSegment((text, ranges) => {
        for (const hit of matcher.search(text)) {
          if (atWordBoundaries(text, hit.start, hit.end)) ranges.push(hit.start, hit.end);
        }
      });
    },
  };
}

/** modern-ahocorasick, default (compact) backend: grapheme units, UTF-16 ranges. */
export const modernAhoCorasickBaseline = modernBaseline('modern-ahocorasick', ModernAhoCorasick);
/** modern-ahocorasick's optional double-array backend ("/fast"). */
export const modernAhoCorasickFastBaseline = modernBaseline('modern-ahocorasick/fast', ModernAhoCorasickFast);

export const ahoCorasickBaseline: Baseline = {
  name: 'ahocorasick',
  build(aliases) {
    const matcher = new AhoCorasick(lowerCaseAliases(aliases));
    return countPerSegment((text, ranges) => {
      // The package reports the index of each match's last character.
      for (const [last, words] of matcher.search(text)) {
        for (const word of words) {
          const start = last + 1 - word.length;
          if (atWordBoundaries(text, start, last + 1)) ranges.push(start, last + 1);
        }
      }
    });
  },
};
