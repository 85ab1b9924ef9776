// @vitest-environment happy-dom
// A big page copy travels in parts, each small enough to serialize in a few milliseconds on the
// page's thread: cut by the content script, checked part by part and joined by the background.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { readPage } from '../../../src/content/page-reader.ts';
import { CopyAssembly, PENDING_COPIES } from '../../../src/background/copy-assembly.ts';
import { joinParts, PART_CHARS, PART_ITEMS, splitCopy, type CopyPart } from '../../../src/shared/copy-parts.ts';
import { ExtractionService } from '../../../src/analysis/extraction-service.ts';
import { messageProblem } from '../../../src/protocol/checks.ts';
import type { Message } from '../../../src/protocol/messages.ts';
import { glossaryOf, namedActor } from '../helpers/glossary-fixtures.ts';
import type { PageSnapshot } from '../../../src/shared/page-data.ts';
import { answeredBy } from '../helpers/fake-receiver.ts';
import { htmlDocument, parser } from '../helpers/page-fixtures.ts';

const URL_ = 'https://vnexpress.net/the-gioi/bai-rat-dai.html';

/** A copy of `n` paragraphs, each with an emoji (a surrogate pair) to be cut through if we could. */
function bigCopy(n: number): PageSnapshot {
  const texts = Array.from({ length: n }, (_, i) => `Đoạn ${i}: Tổng thống Nga 🇷🇺 nói với báo chí tại Minsk hôm nay.`);
  const html = `<!DOCTYPE html><html data-bc0><body data-bc1>${texts.map((t, i) => `<p data-bc${i + 2}>${t}</p>`).join('')}</body></html>`;
  return {
    url: URL_,
    html,
    texts,
    parents: texts.map((_, i) => i + 2),
    runs: texts.map((_, i) => i + 1),
    tags: ['html', 'body', ...texts.map(() => 'p')],
  };
}

const partMessage = (part: CopyPart, index = 0): Message => ({ type: 'page/copy-part', copy: 'c1', index, part });

describe('cutting a copy into parts', () => {
  it('cuts a big copy into parts within the bounds, never through a surrogate pair, and joins back the same', () => {
    const copy = bigCopy(12_000);
    const parts = splitCopy(copy);
    expect(parts.length).toBeGreaterThan(copy.html.length / PART_CHARS);
    for (const part of parts) {
      expect(messageProblem(partMessage(part))).toBeNull();
      expect(part.html.length).toBeLessThanOrEqual(PART_CHARS);
      expect(part.texts.length).toBeLessThanOrEqual(PART_ITEMS);
      expect(part.html).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(joinParts(URL_, parts)).toEqual(copy);
  });

  it('leaves a small copy whole, and gives a text longer than a part a part of its own', () => {
    expect(splitCopy(bigCopy(3))).toHaveLength(1);
    const copy = bigCopy(3);
    copy.texts[1] = 'Nga '.repeat(PART_CHARS / 2);
    const parts = splitCopy(copy);
    expect(parts.map((p) => p.texts.length)).toEqual([1, 1, 1]);
    for (const part of parts) expect(messageProblem(partMessage(part))).toBeNull();
    expect(joinParts(URL_, parts)).toEqual(copy);
  });

  it('refuses a part over its bounds, or with lists of different lengths', () => {
    const [part] = splitCopy(bigCopy(3));
    expect(messageProblem(partMessage({ ...part!, html: 'x'.repeat(PART_CHARS + 1) }))).toMatch(/part\.html/);
    expect(messageProblem(partMessage({ ...part!, tags: Array(PART_ITEMS + 1).fill('p') }))).toMatch(/part\.tags/);
    expect(messageProblem(partMessage({ ...part!, runs: [] }))).toMatch(/differ in length/);
    expect(messageProblem({ type: 'page/extract-parts', url: URL_, copy: 'c1', parts: 0 })).toMatch(/parts/);
  });
});

describe('joining the parts in the background', () => {
  const parts = splitCopy(bigCopy(12_000));

  it('joins the parts of a copy sent in order, and checks the whole', () => {
    const assembly = new CopyAssembly();
    for (const [i, part] of parts.entries()) expect(assembly.add('7:0', 'c1', i, part)).toBeNull();
    expect(assembly.take('7:0', URL_, 'c1', parts.length)).toEqual(bigCopy(12_000));
    expect(() => assembly.take('7:0', URL_, 'c1', parts.length)).toThrow(/no such copy/);
  });

  it('drops a copy whose parts come out of order, or too few', () => {
    const assembly = new CopyAssembly();
    assembly.add('7:0', 'c1', 0, parts[0]!);
    expect(assembly.add('7:0', 'c1', 2, parts[2]!)).toMatch(/expected part 1/);
    expect(assembly.add('7:0', 'c1', 1, parts[1]!)).toMatch(/no such copy/);
    assembly.add('7:0', 'c2', 0, parts[0]!);
    expect(() => assembly.take('7:0', URL_, 'c2', parts.length)).toThrow(`1 parts received of ${parts.length}`);
  });

  it('drops a copy that grows past the bounds of one copy', () => {
    const assembly = new CopyAssembly();
    const html = 'x'.repeat(PART_CHARS);
    let problem: string | null = null;
    for (let i = 0; !problem && i < 100; i++)
      problem = assembly.add('7:0', 'c1', i, { html, texts: [], parents: [], runs: [], tags: [] });
    expect(problem).toMatch(/characters of HTML, over 2000000/);
  });

  it('keeps a copy per page, the newest few, and a new copy replaces the page’s old one', () => {
    const assembly = new CopyAssembly();
    for (let tab = 0; tab <= PENDING_COPIES; tab++) assembly.add(`${tab}:0`, 'c1', 0, parts[0]!);
    expect(() => assembly.take('0:0', URL_, 'c1', 1)).toThrow(/no such copy/);
    expect(assembly.take(`${PENDING_COPIES}:0`, URL_, 'c1', 1).html).toBe(parts[0]!.html);
    assembly.add('1:0', 'c2', 0, parts[1]!);
    expect(() => assembly.take('1:0', URL_, 'c1', 1)).toThrow(/no such copy/);
  });
});

describe('reading a big page', () => {
  const GLOSSARY = glossaryOf([namedActor('russia', 'state', 'Nga'), namedActor('minsk', 'place', 'Minsk')]);

  it('sends the copy in parts, and marks every name in it', async () => {
    const service = new ExtractionService({
      parser: parser(),
      loadGlossary: async () => GLOSSARY,
      buildFinder: (g) => buildMatcher(g.actors),
    });
    const assembly = new CopyAssembly();
    const seen: string[] = [];
    const send = answeredBy({
      'page/copy-part': (m) => {
        seen.push(m.type);
        const problem = assembly.add('1:0', m.copy, m.index, m.part);
        return problem ? { ok: false, reason: problem } : { ok: true };
      },
      'page/extract-parts': (m) => {
        seen.push(m.type);
        return service.extract(assembly.take('1:0', m.url, m.copy, m.parts));
      },
      'page/extract': (m) => {
        seen.push(m.type);
        return service.extract(m.snapshot);
      },
    });
    const paragraphs = Array.from(
      { length: 1_800 },
      (_, i) => `<p>Đoạn ${i}: Tổng thống Nga nói với báo chí tại Minsk hôm nay, theo hãng tin.</p>`,
    ).join('');
    const doc = htmlDocument(
      `<!DOCTYPE html><html><head><title>Nga</title></head><body><article><h1>Nga và Minsk</h1>${paragraphs}</article></body></html>`,
    );
    const reading = await readPage(doc, send, true);
    const parts = seen.filter((t) => t === 'page/copy-part').length;
    expect(parts).toBeGreaterThan(1);
    expect(seen).toEqual([...Array(parts).fill('page/copy-part'), 'page/extract-parts']);
    expect(reading.via).toBe('worker');
    expect(reading.marks.filter((m) => m.range.toString() === 'Minsk')).toHaveLength(1_801); // and the headline's
  }, 20_000); // 1,800 paragraphs copied, cut, joined and matched: ~4 s on two busy cores, over vitest's 5 s default at times
});
