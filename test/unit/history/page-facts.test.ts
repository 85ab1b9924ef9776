// @vitest-environment node
// What the history remembers of a page read through the real path: the content script's snapshot,
// the worker's extraction with the real matcher and the corpus's actors, then the background's
// entry. Pages: a fixture modelled on VnExpress, and a page with the meta tags news sites use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor, Glossary, GlossaryActor } from '../../../src/core/types.ts';
import { ExtractionService } from '../../../src/shared/extraction-service.ts';
import { entryFromRuns, entryFromSnapshot, metaContent, publicationDate } from '../../../src/shared/page-facts.ts';
import { htmlDocument, loadPage, PAGES, parser } from '../extension/fixtures.ts';

const ACTORS = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'corpus', 'actors.json'), 'utf8')) as Actor[];
const GLOSSARY: Glossary = {
  version: 1,
  actors: ACTORS.map((a): GlossaryActor => ({ ...a, roles: [], contexts: [], storyIds: [], coMentions: [], mentionCount: 0 })),
  stories: [],
};
const NOW = new Date('2025-09-16T07:30:00.000Z');

function service() {
  return new ExtractionService({ parser: parser(), loadGlossary: async () => GLOSSARY, buildFinder: (g) => buildMatcher(g.actors) });
}

async function read(document: Document) {
  const live = snapshotPage(document);
  const reply = await service().extract(live.snapshot);
  if (!reply.ok) throw new Error(reply.reason);
  return { live, reply };
}

const AUSTIN_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng - Tuổi Trẻ Online</title>
<meta property="og:site_name" content="Tuổi Trẻ Online">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-27T10:00:00+07:00">
</head><body>
<h1 class="detail-title">Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng</h1>
<h2 class="detail-sapo">Ngày 25-6, Bộ trưởng Quốc phòng Mỹ đã có cuộc điện đàm hiếm hoi với người đồng cấp Nga trong bối cảnh căng thẳng gia tăng.</h2>
<div class="detail-content">
<p>Thiếu tướng Patrick Ryder, phát ngôn viên Lầu Năm Góc, cho biết Bộ trưởng Quốc phòng Mỹ Lloyd Austin khởi xướng cuộc điện đàm với Bộ trưởng Quốc phòng Nga Andrey Belousov.</p>
<p>"Bộ trưởng Austin nhấn mạnh rất cần duy trì các kênh liên lạc trong bối cảnh xung đột Nga - Ukraine đang diễn ra", tướng Ryder nói.</p>
<p>Bộ Quốc phòng Nga cùng ngày xác nhận cuộc điện đàm là "sáng kiến của phía Mỹ", trong đó hai bộ trưởng trao đổi quan điểm về tình hình Ukraine và các vấn đề khác.</p>
</div></body></html>`;

describe('the history entry of a page read', () => {
  it('VnExpress fixture: its headline, no outlet or date the page does not give, actors ranked by place', async () => {
    const { document } = loadPage(PAGES.vnexpress);
    const { live, reply } = await read(document);
    const entry = entryFromSnapshot(live.snapshot, reply, NOW)!;
    expect(entry.url).toBe('https://vnexpress.net/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html');
    expect(entry.headline).toBe('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga');
    // The outlet is the site's own og:site_name (the JSON-LD author is an organization, not an
    // outlet); the page gives no date.
    expect(entry.outlet).toBe('VnExpress');
    expect(entry.date).toBe('');
    expect(entry.readAt).toBe('2025-09-16T07:30:00.000Z');
    const ids = entry.actors.map((a) => a.actorId);
    // Belarus is in the headline, the lead and most paragraphs: the most salient.
    expect(ids[0]).toBe('belarus');
    expect(ids).toContain('viktor-khrenin');
    expect(ids).toContain('zapad-2025');
    const total = entry.actors.reduce((s, a) => s + a.salience, 0);
    expect(total).toBeGreaterThan(0.99);
    expect(total).toBeLessThan(1.01);
    // Counts are the mentions marked in the page.
    const marked = new Map<string, number>();
    for (const m of reply.mentions) marked.set(m.actorId, (marked.get(m.actorId) ?? 0) + 1);
    for (const a of entry.actors) expect(a.count).toBe(marked.get(a.actorId));
  });

  it('takes outlet and date from the meta tags, and weighs the headline and the lead more', async () => {
    const document = htmlDocument(AUSTIN_PAGE, 'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm?utm_source=zalo#comments');
    const { live, reply } = await read(document);
    const entry = entryFromSnapshot(live.snapshot, reply, NOW)!;
    expect(entry).toMatchObject({
      url: 'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm',
      headline: 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng',
      outlet: 'Tuổi Trẻ Online',
      date: '2024-06-27',
    });
    // Nga: headline, lead, and the body; Lloyd Austin only in the body (twice).
    const russia = entry.actors.find((a) => a.actorId === 'russia')!;
    const austin = entry.actors.find((a) => a.actorId === 'lloyd-austin')!;
    expect(austin.count).toBe(2);
    expect(russia.salience).toBeGreaterThan(austin.salience);
  });

  it('the same from the page copy alone when the worker sends no metadata (an older build)', async () => {
    const document = htmlDocument(AUSTIN_PAGE, 'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm');
    const { live, reply } = await read(document);
    const { meta: _meta, places: _places, ...bare } = reply;
    const entry = entryFromSnapshot(live.snapshot, bare, NOW)!;
    expect(entry.headline).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(entry.outlet).toBe('Tuổi Trẻ Online');
    expect(entry.date).toBe('2024-06-27');
    expect(entry.actors[0]!.actorId).toBe(entryFromSnapshot(live.snapshot, reply, NOW)!.actors[0]!.actorId);
  });

  it('remembers nothing of a page that is not an article or names no actor', async () => {
    const document = htmlDocument(AUSTIN_PAGE, 'https://tuoitre.vn/a.htm');
    const { live, reply } = await read(document);
    expect(entryFromSnapshot(live.snapshot, { ...reply, article: false }, NOW)).toBeNull();
    expect(entryFromSnapshot(live.snapshot, { ...reply, mentions: [], actors: [] }, NOW)).toBeNull();
  });

  it('reads meta tags and JSON-LD dates as the serializer writes them', () => {
    const html = '<html data-bc0><head data-bc1><meta data-bc2 property="og:site_name" content="Báo Quốc tế &amp; Thế giới">' +
      '<script data-bc3 type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-12-20T13:09:00+07:00"}</script></head></html>';
    expect(metaContent(html, ['og:site_name'])).toBe('Báo Quốc tế & Thế giới');
    expect(publicationDate(html)).toBe('2022-12-20');
    expect(publicationDate('<meta property="article:published_time" content="20/12/2022">')).toBe('');
  });

  it('the in-page fallback: the first run is the headline', () => {
    const runs = [
      { nodes: [0], texts: ['Thư ký báo chí Nhà Trắng quan ngại về vai trò của Belarus'] },
      { nodes: [1], texts: ['Người phát ngôn Nhà Trắng Karine Jean-Pierre cho biết nước này quan ngại về vai trò của Belarus.'] },
    ];
    const reply = {
      ok: true as const,
      article: true,
      actors: [],
      mentions: [
        { actorId: 'white-house', start: { node: 0, offset: 14 }, end: { node: 0, offset: 23 } },
        { actorId: 'belarus', start: { node: 0, offset: 50 }, end: { node: 0, offset: 57 } },
        { actorId: 'karine-jean-pierre', start: { node: 1, offset: 27 }, end: { node: 1, offset: 46 } },
      ],
    };
    const entry = entryFromRuns('https://baoquocte.vn/bai.html', runs, reply, NOW)!;
    expect(entry.headline).toBe('Thư ký báo chí Nhà Trắng quan ngại về vai trò của Belarus');
    expect(entry.actors).toEqual([
      { actorId: 'belarus', count: 1, salience: 0.375 },
      { actorId: 'white-house', count: 1, salience: 0.375 },
      { actorId: 'karine-jean-pierre', count: 1, salience: 0.25 },
    ]);
  });
});
