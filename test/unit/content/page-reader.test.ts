// @vitest-environment happy-dom
// The whole in-page read, with the background faked: the worker path, and the in-page fallback
// when the worker path fails.
import { describe, expect, it, vi } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { readPage, type Send } from '../../../src/content/page-reader.ts';
import { ExtractionService } from '../../../src/analysis/extraction-service.ts';
import { IN_PAGE_COPY_CHARS } from '../../../src/shared/limits.ts';
import { htmlDocument, loadPage, PAGES, parser } from '../helpers/page-fixtures.ts';
import { answeredBy } from '../helpers/fake-receiver.ts';
import { glossaryOf, namedActor } from '../helpers/glossary-fixtures.ts';

const GLOSSARY = glossaryOf([
  namedActor('viktor-khrenin', 'person', 'Viktor Khrenin'),
  namedActor('minsk', 'place', 'Minsk'),
  namedActor('nato', 'organization', 'NATO'),
]);

function background(workerWorks: boolean) {
  const service = new ExtractionService({
    parser: parser(),
    loadGlossary: async () => GLOSSARY,
    buildFinder: (g) => buildMatcher(g.actors),
  });
  const seen: string[] = [];
  // Through the same checks the real background and content script use.
  const answer = answeredBy({
    'page/extract': (m) =>
      workerWorks ? service.extract(m.snapshot) : { ok: false, reason: 'offscreen document missing' },
    'page/match-runs': (m) => service.matchRuns(m.runs),
  });
  const send: Send = (message) => {
    seen.push(message.type);
    return answer(message);
  };
  return { send, seen };
}

describe('readPage', () => {
  it('reads an article through the worker and marks its names', async () => {
    const { document } = loadPage(PAGES.vnexpress);
    const { send, seen } = background(true);
    const reading = await readPage(document, send, false);
    expect(seen).toEqual(['page/extract']);
    expect(reading.via).toBe('worker');
    const marked = reading.marks.map((m) => m.range.toString());
    expect(marked.filter((t) => t === 'Viktor Khrenin').length).toBe(2); // a body paragraph and the caption
    expect(marked).toContain('Minsk');
    expect(marked).toContain('NATO');
  });

  it('falls back to Readability in the page and asks only for matching when the worker fails', async () => {
    const { document } = loadPage(PAGES.vnexpress);
    const { send, seen } = background(false);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const reading = await readPage(document, send, false);
    expect(seen).toEqual(['page/extract', 'page/match-runs']);
    expect(reading.via).toBe('in-page');
    const worker = await readPage(loadPage(PAGES.vnexpress).document, background(true).send, false);
    expect(reading.marks.map((m) => m.range.toString())).toEqual(worker.marks.map((m) => m.range.toString()));
  });

  it('does not read a page too large for it in the page when the worker fails', async () => {
    const paragraph = '<p>Tổng thống Nga nói với báo chí tại Minsk hôm nay, theo hãng tin quốc tế.</p>';
    const count = Math.ceil(IN_PAGE_COPY_CHARS / paragraph.length) + 100;
    const doc = htmlDocument(
      `<!DOCTYPE html><html><head><title>Nga</title></head><body><article>${paragraph.repeat(count)}</article></body></html>`,
    );
    const { send, seen } = background(false);
    await expect(readPage(doc, send, true)).rejects.toThrow(/too large to read in the page/);
    expect(seen).not.toContain('page/match-runs');
  });

  it('sends nothing for a home page', async () => {
    const { document } = loadPage(PAGES.vnexpressHome);
    const { send, seen } = background(true);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const reading = await readPage(document, send, false);
    expect(reading).toMatchObject({ article: false, marks: [], via: 'none' });
    expect(reading.meta).toEqual({ headline: '', lead: '', outlet: '', date: '', site: 'vnexpress.net' });
    expect(seen).toEqual([]);
  });
});
