// Sentences of Vietnamese news text, as offset ranges into the original string. Used for the
// glossary's context sentences and for headline/lead salience. Careful with what a dot means in
// this press: "TP." and "Mr." are abbreviations, "V.Pu-tin" an initial, "19.12" a date, and a
// quotation “…?” or "…." inside a sentence does not end the sentence around it.

export interface SentenceRange {
  start: number;
  /** Exclusive. */
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;
const SPACE_RE = /[\s\u00A0\u202F\u2007]/;
/** What may open the next sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START_RE = /[\p{Lu}\p{N}"“‘'([«]/u;
/** Dotted abbreviations that do not end a sentence (lower case). */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'tx', 'q', 'p', 'h', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gs', 'pgs',
  'ts', 'ths', 'bs', 'ks', 'ls', 'nxb', 'no', 'vs', 'tr', 'gen', 'col', 'lt', 'sgt',
]);

export function splitSentences(text: string): SentenceRange[] {
  const quotes = quotationSpans(text);
  const ranges: SentenceRange[] = [];
  let start = 0;
  let q = 0; // the first quotation that does not end before the current character
  const emit = (end: number) => {
    const range = trimRange(text, start, end);
    if (range) ranges.push(range);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (LINE_BREAK_RE.test(ch)) {
      emit(i);
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < text.length && TERMINATORS.has(text[end]!)) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    if (endsSentence(text, i, end, quotes[q])) emit(end);
    i = end - 1;
  }
  emit(text.length);
  return ranges;
}

function endsSentence(text: string, at: number, end: number, quote: SentenceRange | undefined): boolean {
  // Inside a quotation, only the quotation's own last terminator may end the sentence.
  if (quote && quote.start < at && end < quote.end) return false;
  if (text[at] === '.' && isAbbreviationOrInitial(text, at)) return false;
  let next = end;
  if (next < text.length && !SPACE_RE.test(text[next]!)) return false; // "19.12", "V.Pu-tin", "3.5"
  while (next < text.length && SPACE_RE.test(text[next]!) && !LINE_BREAK_RE.test(text[next]!)) next++;
  if (next >= text.length || LINE_BREAK_RE.test(text[next]!)) return true;
  return SENTENCE_START_RE.test(String.fromCodePoint(text.codePointAt(next)!));
}

/** "V. Putin", "TP. Hồ Chí Minh", "Mr. Biden": the word before the dot is an initial or an
 *  abbreviation. */
function isAbbreviationOrInitial(text: string, dot: number): boolean {
  let begin = dot;
  while (begin > 0 && /[\p{L}\p{M}]/u.test(text[begin - 1]!)) begin--;
  const word = text.slice(begin, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && word !== word.toLowerCase()) return true;
  return ABBREVIATIONS.has(word.normalize('NFC').toLowerCase());
}

/** Spans of closed quotations on one line: “…”, "…", or a mixed “…" as careless pages write. */
function quotationSpans(text: string): SentenceRange[] {
  const spans: SentenceRange[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (LINE_BREAK_RE.test(ch)) open = -1;
    else if (ch === '“' && open < 0) open = i;
    else if (ch === '”' && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '"') {
      if (open >= 0) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else open = i;
    }
  }
  return spans;
}

function trimRange(text: string, start: number, end: number): SentenceRange | null {
  while (start < end && SPACE_RE.test(text[start]!)) start++;
  while (end > start && SPACE_RE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
