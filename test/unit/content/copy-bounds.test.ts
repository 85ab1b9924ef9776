// @vitest-environment happy-dom
// The page copy stops at its bounds (characters, elements, text nodes) and is still a copy the
// background accepts: page/extract is checked against the same numbers. Small bounds stand in for
// the real ones here (a page of fifty thousand elements is slow to build in a test DOM); the code
// under test reads them from the same module either way.
import { describe, expect, it, vi } from 'vitest';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { messageProblem } from '../../../src/protocol/checks.ts';
import { htmlDocument } from '../helpers/page-fixtures.ts';

vi.mock('../../../src/shared/limits.ts', async (original) => ({
  ...(await original<object>()),
  PAGE_COPY_CHARS: 2_000,
  PAGE_ELEMENTS: 60,
  PAGE_TEXT_NODES: 40,
}));

const paragraphs = (n: number, text = 'Tổng thống Nga Vladimir Putin') =>
  Array.from({ length: n }, (_, i) => `<p>${text} ${i}</p>`).join('');
const page = (body: string) =>
  htmlDocument(`<!DOCTYPE html><html><head><title>T</title></head><body><article>${body}</article></body></html>`);
const accepted = (doc: Document) => messageProblem({ type: 'page/extract', snapshot: snapshotPage(doc).snapshot });

describe('the page copy within its bounds', () => {
  it('copies a page within them whole', () => {
    const live = snapshotPage(page(paragraphs(5)));
    expect(live.truncated).toBe(false);
    expect(live.snapshot.texts).toHaveLength(5);
    expect(accepted(page(paragraphs(5)))).toBeNull();
  });

  it('stops at the element bound, closes what is open, and is accepted', () => {
    const doc = page(`<div><p>a${'<br>'.repeat(200)}</p></div>`);
    const live = snapshotPage(doc);
    expect(live.truncated).toBe(true);
    expect(live.snapshot.tags).toHaveLength(60);
    expect(live.snapshot.html.endsWith('</p></div></article></body></html>')).toBe(true);
    expect(accepted(doc)).toBeNull();
  });

  it('stops at the text node bound', () => {
    const doc = page(`<p>${Array.from({ length: 100 }, (_, i) => `<b>${i}</b> `).join('')}</p>`);
    const live = snapshotPage(doc);
    expect(live.truncated).toBe(true);
    expect(live.snapshot.texts).toHaveLength(40);
    expect(accepted(doc)).toBeNull();
  });

  it('stops at the character bound, end tags included, whatever the page puts in one text or attribute', () => {
    for (const doc of [
      page(`<p>${'x'.repeat(5_000)}</p>${paragraphs(3)}`),
      page(`<p title="${'y'.repeat(5_000)}">z</p>${paragraphs(3)}`),
      page(paragraphs(50)),
    ]) {
      const live = snapshotPage(doc);
      expect(live.truncated).toBe(true);
      expect(live.snapshot.html.length).toBeLessThanOrEqual(2_000);
      expect(live.snapshot.html.endsWith('</body></html>')).toBe(true);
      expect(accepted(doc)).toBeNull();
    }
  });

  it('keeps the live nodes matched to the copy’s texts when it stops', () => {
    const live = snapshotPage(page(paragraphs(200, 'a')));
    expect(live.nodes.map((n) => n.data)).toEqual(live.snapshot.texts);
    expect(live.elements).toHaveLength(live.snapshot.tags.length);
  });
});
