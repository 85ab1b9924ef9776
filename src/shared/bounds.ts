// How a bound (src/shared/limits.ts) is checked on a message and said when it is broken: one
// sentence naming the field, its size and the limit, so that a dropped message's log line says
// exactly what was too big. Counts are checked before anything is iterated: an oversize list is
// refused without being walked.

/** "snapshot.html has 2500001 characters, over the limit of 2000000", or null when within it. */
export function overLength(what: string, text: string, limit: number): string | null {
  return text.length > limit ? `${what} has ${text.length} characters, over the limit of ${limit}` : null;
}

/** "snapshot.texts has 50001 items, over the limit of 50000", or null when within it. */
export function overCount(what: string, list: readonly unknown[], limit: number): string | null {
  return list.length > limit ? `${what} has ${list.length} items, over the limit of ${limit}` : null;
}

/** The same for a total of characters over several strings (a page's text nodes). */
export function overTotalLength(what: string, texts: readonly string[], limit: number): string | null {
  let total = 0;
  for (const text of texts) total += text.length;
  return total > limit ? `${what} hold ${total} characters together, over the limit of ${limit}` : null;
}

/** `text` cut to `limit` characters, never in the middle of a surrogate pair. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
