// The text core's public face: pure functions over strings, the same in Node and the browser.
export type * from './types.ts';
export { ACTOR_TYPES } from './types.ts';
export { buildMatcher, findMentionsInText, type Matcher } from './matcher.ts';
export { TITLES, NEGATIVE_ENTRIES, normalizeForMatch, isVietnameseSyllable } from './lexicon.ts';
export { tokenize, type Token } from './tokenize.ts';
export { splitSentences, type SentenceRange } from './sentences.ts';
