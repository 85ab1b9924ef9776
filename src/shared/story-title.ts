// How a story is named wherever it is cited (the card's source, the panel's roles and related
// stories): its headline, or, when the page gave none (corpus story 000 starts with its lead),
// the start of its lead — real text of the story, never a made-up title.

const LEAD_CHARS = 90;

export function storyTitle(headline: string, lead: string): string {
  if (headline) return headline;
  return lead.length > LEAD_CHARS ? `${lead.slice(0, LEAD_CHARS).trimEnd()}…` : lead;
}
