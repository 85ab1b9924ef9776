// @vitest-environment happy-dom
// What the history remembers of a page read through the real path: the content script reads the
// page (snapshot, the worker's extraction with the real matcher and the corpus's actors, marks),
// reports the reading as it does to the background, and the background makes the entry from that
// report. Pages: a fixture modelled on VnExpress, and a page with the meta tags news sites use.
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/content/page-reader.ts';
import { readingReport } from '../../../src/marking/reading-report.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { ExtractionService } from '../../../src/analysis/extraction-service.ts';
import { entryFromReading } from '../../../src/keeping/page-facts.ts';
import { entryProblems, rememberedPeople, type RememberedPerson } from '../../../src/keeping/history.ts';
import { htmlDocument, loadPage, PAGES, parser } from '../helpers/page-fixtures.ts';
import { answeredBy } from '../helpers/fake-receiver.ts';
import { CORPUS_ACTORS, glossaryActor, glossaryOf } from '../helpers/glossary-fixtures.ts';

const GLOSSARY = glossaryOf(CORPUS_ACTORS.map((a) => glossaryActor(a)));
const NOW = new Date('2025-09-16T07:30:00.000Z');

/** The background as the content script meets it: the worker answers, or (workerWorks false) the
 *  offscreen path fails and only the matching of the in-page fallback is answered. */
function background(workerWorks = true, people: RememberedPerson[] = []) {
  const service = new ExtractionService({
    parser: parser(),
    loadGlossary: async () => GLOSSARY,
    buildFinder: (g) => buildMatcher(g.actors),
  });
  return answeredBy({
    'page/extract': (m) =>
      workerWorks ? service.extract(m.snapshot, people) : { ok: false, reason: 'offscreen document missing' },
    'page/match-runs': (m) => service.matchRuns(m.runs, people),
  });
}

/** The report the content script sends after reading `document`, and the marks it drew. `people`:
 *  those the reader's history remembers, as the background passes them on. */
async function read(document: Document, workerWorks = true, people: RememberedPerson[] = []) {
  const reading = await readPage(document, background(workerWorks, people), false);
  return { reading, report: readingReport({ url: document.URL, ...reading }) };
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

const ryabkovPage = (
  headline: string,
  date: string,
  body: string,
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>${headline} - Tuổi Trẻ Online</title>
<meta property="og:site_name" content="Tuổi Trẻ Online">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${date}T09:00:00+07:00">
</head><body>
<h1 class="detail-title">${headline}</h1>
<div class="detail-content">${body}</div></body></html>`;
const RYABKOV_PAGE = ryabkovPage(
  'Nga nói sẵn sàng đối thoại với Mỹ về kiểm soát vũ khí',
  '2025-08-01',
  '<p>Phó Ngoại trưởng Nga Sergei Ryabkov cho biết Moskva để ngỏ khả năng đối thoại với Mỹ.</p><p>Ông Ryabkov nói rằng mọi cuộc đối thoại phải tính đến lợi ích của Nga.</p>',
);
const RYABKOV_LATER = ryabkovPage(
  'Nga và Mỹ trao đổi về an ninh chiến lược',
  '2025-09-10',
  '<p>Theo Sergei Ryabkov, Nga chưa nhận được đề xuất cụ thể nào từ Mỹ.</p><p>Ông Ryabkov cũng cho rằng các cuộc tiếp xúc sẽ còn kéo dài.</p>',
);

describe('the history entry of a page read', () => {
  it('VnExpress fixture: its headline, no outlet or date the page does not give, actors ranked by place', async () => {
    const { document } = loadPage(PAGES.vnexpress);
    const { reading, report } = await read(document);
    const entry = entryFromReading(report, NOW)!;
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
    for (const m of reading.marks) marked.set(m.actorId, (marked.get(m.actorId) ?? 0) + 1);
    for (const a of entry.actors) expect(a.count).toBe(marked.get(a.actorId));
  });

  it('takes outlet and date from the meta tags, and weighs the headline and the lead more', async () => {
    const document = htmlDocument(
      AUSTIN_PAGE,
      'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm?utm_source=zalo#comments',
    );
    const { report } = await read(document);
    const entry = entryFromReading(report, NOW)!;
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

  it('the same through the in-page fallback when the worker path fails', async () => {
    const url = 'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm';
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const worker = entryFromReading((await read(htmlDocument(AUSTIN_PAGE, url))).report, NOW)!;
    const inPage = entryFromReading((await read(htmlDocument(AUSTIN_PAGE, url), false)).report, NOW)!;
    expect(inPage.headline).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(inPage.outlet).toBe('Tuổi Trẻ Online');
    expect(inPage.date).toBe('2024-06-27');
    expect(inPage.actors[0]!.actorId).toBe(worker.actors[0]!.actorId);
  });

  it('remembers nothing of a page that is not an article or names no actor', async () => {
    const document = htmlDocument(AUSTIN_PAGE, 'https://tuoitre.vn/a.htm');
    const { report } = await read(document);
    expect(entryFromReading(report, NOW)).not.toBeNull();
    expect(entryFromReading({ ...report, article: false }, NOW)).toBeNull();
    expect(entryFromReading({ ...report, actors: [] }, NOW)).toBeNull();
    expect(entryFromReading({ ...report, meta: { ...report.meta, headline: '' } }, NOW)).toBeNull();
  });

  it("remembers nothing of the extension's own reader page", async () => {
    const { report } = await read(htmlDocument(AUSTIN_PAGE, 'https://tuoitre.vn/a.htm'));
    expect(
      entryFromReading({ ...report, url: 'chrome-extension://abcdefghijklmnop/reader.html?story=002' }, NOW),
    ).toBeNull();
  });

  it('remembers the people the article introduced by name and title, apart from the glossary actors', async () => {
    const { report } = await read(htmlDocument(RYABKOV_PAGE, 'https://tuoitre.vn/a.htm'));
    expect(report.actors.map((a) => a.actorId)).toContain('article:sergei-ryabkov');
    const entry = entryFromReading(report, NOW)!;
    expect(entry.people).toEqual([{ name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga' }]);
    expect(entry.actors.map((a) => a.actorId).sort()).toEqual(['moscow', 'russia', 'united-states']);
    // A valid entry: the store keeps it (it drops what fails these checks).
    expect(entryProblems(entry, 'entry')).toEqual([]);
  });

  it('knows a remembered person in a later article that names them without a title', async () => {
    const first = entryFromReading((await read(htmlDocument(RYABKOV_PAGE, 'https://tuoitre.vn/a.htm'))).report, NOW)!;
    const later = () => htmlDocument(RYABKOV_LATER, 'https://tuoitre.vn/b.htm');
    // Unknown without the history: nothing introduces him here.
    expect((await read(later())).report.cards.map((c) => c.name)).toEqual(['Nga', 'Mỹ']);
    const { report } = await read(later(), true, rememberedPeople([first]));
    const ryabkov = report.cards.find((c) => c.name === 'Sergei Ryabkov');
    expect(ryabkov).toMatchObject({
      introduced: true,
      remembered: true,
      role: { title: 'Phó Ngoại trưởng Nga', asOf: '2025-08-01' },
    });
    expect(ryabkov?.role?.story).toEqual({ headline: first.headline, outlet: 'Tuổi Trẻ Online' });
    // "ông Ryabkov" later in the article is him too.
    expect(report.actors.find((a) => a.actorId === ryabkov!.id)?.count).toBe(2);
    // This article's entry does not claim him as its own introduction.
    expect(entryFromReading(report, NOW)!.people).toBeUndefined();
  });
});
