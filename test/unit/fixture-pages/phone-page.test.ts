// The touch suite's page (test/fixtures/sites/vnexpress.net/the-gioi/doc-tren-dien-thoai.html) in
// Node, through the extension's own reading: what the browser tests tap on is marked, and what they
// tap as "no name" is not. The taps themselves are tested in the real browsers
// (test/browser/extension/touch-suite.ts).
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { articleVerdict } from '../../../src/content/article-page.ts';
import { marksFromReply, type PageMark } from '../../../src/marking/map-back.ts';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { ExtractionService } from '../../../src/analysis/extraction-service.ts';
import { builtGlossary } from '../../reach/evaluate.ts';
import { loadPage, parser } from '../helpers/page-fixtures.ts';

const PHONE_PAGE = ['vnexpress.net', '/the-gioi/doc-tren-dien-thoai.html'] as const;

async function marksOf(document: Document): Promise<PageMark[]> {
  const live = snapshotPage(document);
  const service = new ExtractionService({
    parser: parser(),
    loadGlossary: async () => builtGlossary(),
    buildFinder: (g) => buildMatcher(g.actors),
  });
  const reply = await service.extract(live.snapshot);
  if (!reply.ok) throw new Error(reply.reason);
  return marksFromReply(reply, { nodes: live.nodes, texts: live.snapshot.texts }, document);
}

const inside = (mark: PageMark, selector: string) =>
  mark.range.startContainer.parentElement?.closest(selector) !== null;

describe('the phone page of the touch suite', () => {
  it('is an article, with a marked name that is a whole link and a link with no name', async () => {
    const { document } = loadPage(PHONE_PAGE);
    expect(articleVerdict(document).article).toBe(true);
    const marks = await marksOf(document);
    const shown = (selector: string) =>
      marks.filter((m) => inside(m, selector)).map((m) => `${m.actorId}:${m.range.toString()}`);
    expect(shown('#mark-link')).toEqual(['russia:Nga']);
    expect(shown('#plain-link')).toEqual([]);
    expect(shown('#no-names')).toEqual([]);
    // What the suite taps on, on screen together: in #khrenin two names and words with none; in
    // #ally a name beside the linked one.
    expect(shown('#khrenin')).toEqual([
      'united-states:Mỹ',
      'belarus:Belarus',
      'viktor-khrenin:Viktor Khrenin',
      'zapad-2025:Zapad-2025',
    ]);
    expect(shown('#ally')).toContain('vladimir-putin:Vladimir Putin');
  }, 60_000);
});
