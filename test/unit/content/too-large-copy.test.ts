// @vitest-environment happy-dom
// A page bigger than the copy's bounds is copied up to them; the copy says how far it got for the
// reading to report, and the report carrying it is accepted on the way to the panel. Small bounds
// stand in for the real ones, as in copy-bounds.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/content/page-reader.ts';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { messageProblem } from '../../../src/protocol/checks.ts';
import { readingProblem } from '../../../src/protocol/payload-checks.ts';
import type { PageReadingReport } from '../../../src/shared/page-data.ts';
import { htmlDocument } from '../helpers/page-fixtures.ts';

vi.mock('../../../src/shared/limits.ts', async (original) => ({
  ...(await original<object>()),
  PAGE_COPY_CHARS: 2_000,
  PAGE_ELEMENTS: 60,
  PAGE_TEXT_NODES: 40,
}));

const page = (paragraphs: number) =>
  htmlDocument(
    `<!DOCTYPE html><html><head><title>T</title></head><body><article>${Array.from({ length: paragraphs }, (_, i) => `<p>Tổng thống Nga Vladimir Putin ${i}</p>`).join('')}</article></body></html>`,
  );

const report = (over: Partial<PageReadingReport> = {}): PageReadingReport => ({
  url: 'https://vnexpress.net/the-gioi/bai-rat-dai.html',
  article: true,
  meta: { headline: '', lead: '', outlet: '', date: '', site: 'vnexpress.net' },
  actors: [],
  cards: [],
  pairs: [],
  ...over,
});

describe('how far the copy of a page got', () => {
  it('is nothing for a page not read as an article: it is not copied', async () => {
    const send = vi.fn();
    const reading = await readPage(
      htmlDocument('<!DOCTYPE html><html><head><title>T</title></head><body><ul><li>Nga</li></ul></body></html>'),
      send,
      false,
    );
    expect(reading.copy).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('is the whole page for a page within the bounds', () => {
    const live = snapshotPage(page(3));
    expect({ truncated: live.truncated, textChars: live.textChars }).toEqual({
      truncated: false,
      textChars: live.snapshot.texts.join('').length,
    });
  });

  it('is cut short for a page past them, with the characters of text the copy holds', () => {
    const live = snapshotPage(page(200));
    expect(live.truncated).toBe(true);
    expect(live.textChars).toBe(live.snapshot.texts.join('').length);
    expect(live.textChars).toBeGreaterThan(0);
  });
});

describe('the reading report’s word that the page was too large', () => {
  it('is accepted with a count of characters within the copy’s bound', () => {
    expect(readingProblem(report({ tooLarge: { readChars: 1_500 } }))).toBeNull();
    expect(messageProblem({ type: 'page/reading', reading: report({ tooLarge: { readChars: 0 } }) })).toBeNull();
    expect(readingProblem(report())).toBeNull();
  });

  it('is refused malformed or past the bound', () => {
    expect(readingProblem(report({ tooLarge: { readChars: -1 } }))).toBe(
      'reading.tooLarge is not { readChars: a count }',
    );
    expect(readingProblem(report({ tooLarge: true } as unknown as PageReadingReport))).toBe(
      'reading.tooLarge is not { readChars: a count }',
    );
    expect(readingProblem(report({ tooLarge: { readChars: 2_001 } }))).toBe(
      'reading.tooLarge.readChars is 2001, over the limit of 2000',
    );
  });
});
