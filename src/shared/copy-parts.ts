// A page copy too big for one message goes in parts. Sending a message serializes it on the
// sender's thread, here the page's: a 2-million-character copy (the bound of limits.ts) took one
// task of 170-190 ms on the huge page, where a part of PART_CHARS takes a few. The content script
// cuts the copy (splitCopy), sends the parts one after another, then asks for the reading; the
// background joins them (joinParts) and checks the whole as it would a copy sent in one piece.

import type { PageSnapshot } from './page-data.ts';

/** Consecutive pieces of each of a copy's fields: the parts' pieces, joined in order, are the copy. */
export interface CopyPart {
  html: string;
  texts: string[];
  parents: number[];
  runs: number[];
  tags: string[];
}

/** Characters of HTML in one part, and of its texts (unless it holds a single text, which may be
 *  longer: a text node is never cut). Serialized in 2-3 ms. */
export const PART_CHARS = 128_000;
/** Items of each list in one part. */
export const PART_ITEMS = 8_192;

/** Where to end a piece of `html` starting at `start`: PART_CHARS on, or one less so as not to cut
 *  a surrogate pair in two (each half alone would not survive the message's serialization). */
function htmlEnd(html: string, start: number): number {
  const end = Math.min(html.length, start + PART_CHARS);
  const last = html.charCodeAt(end - 1);
  return end < html.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/** Where to end a run of texts starting at `start`: PART_ITEMS of them, or PART_CHARS characters. */
function textsEnd(texts: readonly string[], start: number): number {
  let end = start;
  let chars = 0;
  while (end < texts.length && end - start < PART_ITEMS) {
    chars += texts[end]!.length;
    if (chars > PART_CHARS && end > start) break;
    end++;
  }
  return end;
}

/** The copy in parts, each within PART_CHARS and PART_ITEMS; one part for a small copy. */
export function splitCopy(copy: PageSnapshot): CopyPart[] {
  const parts: CopyPart[] = [];
  let h = 0;
  let t = 0;
  let g = 0;
  do {
    const hEnd = htmlEnd(copy.html, h);
    const tEnd = textsEnd(copy.texts, t);
    const gEnd = Math.min(copy.tags.length, g + PART_ITEMS);
    parts.push({
      html: copy.html.slice(h, hEnd),
      texts: copy.texts.slice(t, tEnd),
      parents: copy.parents.slice(t, tEnd),
      runs: copy.runs.slice(t, tEnd),
      tags: copy.tags.slice(g, gEnd),
    });
    [h, t, g] = [hEnd, tEnd, gEnd];
  } while (h < copy.html.length || t < copy.texts.length || g < copy.tags.length);
  return parts;
}

/** The copy the parts were cut from. */
export function joinParts(url: string, parts: readonly CopyPart[]): PageSnapshot {
  const copy: PageSnapshot = { url, html: '', texts: [], parents: [], runs: [], tags: [] };
  const html: string[] = [];
  for (const part of parts) {
    html.push(part.html);
    // push(...list) would overflow the stack on a long list: one by one.
    for (const text of part.texts) copy.texts.push(text);
    for (const parent of part.parents) copy.parents.push(parent);
    for (const run of part.runs) copy.runs.push(run);
    for (const tag of part.tags) copy.tags.push(tag);
  }
  copy.html = html.join('');
  return copy;
}
