// @vitest-environment happy-dom
// A page bigger than the copy's bounds is copied up to them; how far the copy got is kept for the
// reading to report, and the report carrying it is accepted on the way to the panel. Small bounds
// stand in for the real ones, as in copy-bounds.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { lastCopyOf, snapshotPage } from '../../../src/content/serialize.ts';
import { messageProblem, readingProblem, type PageReadingReport } from '../../../src/shared/messages.ts';
import { htmlDocument } from './fixtures.ts';

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
  it('is nothing before any copy', () => {
    expect(lastCopyOf(page(1))).toBeNull();
  });

  it('is the whole page for a page within the bounds', () => {
    const doc = page(3);
    const live = snapshotPage(doc);
    expect(lastCopyOf(doc)).toEqual({ truncated: false, textChars: live.snapshot.texts.join('').length });
  });

  it('is cut short for a page past them, with the characters of text the copy holds', () => {
    const doc = page(200);
    const live = snapshotPage(doc);
    const copy = lastCopyOf(doc);
    expect(copy?.truncated).toBe(true);
    expect(copy?.textChars).toBe(live.snapshot.texts.join('').length);
    expect(copy?.textChars).toBeGreaterThan(0);
  });

  it('is a new record for each copy, so that a reading can tell its own copy from an older one', () => {
    const doc = page(3);
    snapshotPage(doc);
    const first = lastCopyOf(doc);
    snapshotPage(doc);
    expect(lastCopyOf(doc)).not.toBe(first);
  });
});

describe('the reading report’s word that the page was too large', () => {
  it('is accepted with a count of characters within the copy’s bound', () => {
    expect(readingProblem(report({ tooLarge: { readChars: 1_500 } }))).toBeNull();
    expect(messageProblem({ type: 'page/reading', reading: report({ tooLarge: { readChars: 0 } }) })).toBeNull();
    expect(readingProblem(report())).toBeNull();
  });

  it('is refused malformed or past the bound', () => {
    expect(readingProblem(report({ tooLarge: { readChars: -1 } }))).toBe('reading.tooLarge is not { readChars: a count }');
    expect(readingProblem(report({ tooLarge: true } as unknown as PageReadingReport))).toBe('reading.tooLarge is not { readChars: a count }');
    expect(readingProblem(report({ tooLarge: { readChars: 2_001 } }))).toBe('reading.tooLarge.readChars is 2001, over the limit of 2000');
  });
});
