import { describe, expect, it } from 'vitest';
import { articleVerdict, jsonLdTypes } from '../../../src/content/article-page.ts';
import { htmlDocument, loadPage, PAGES } from './fixtures.ts';

const PARAGRAPH =
  'Ngoại trưởng Nga Sergey Lavrov đã có chuyến thăm chính thức tới Belarus từ ngày 24-25/6 và có cuộc hội đàm với người đồng cấp Belarus Sergey Aleynik, gặp Tổng thống Alexander Lukashenko cùng các lãnh đạo quốc hội nước chủ nhà.';

describe('is this an article page?', () => {
  it.each([
    ['vnexpress', 'JSON-LD article'],
    ['tuoitre', 'site layout'],
    ['tuoitreNfd', 'site layout'],
    ['baoquocte', 'site layout'],
    ['dantri', 'site layout'],
    ['thanhnien', 'site layout'],
    ['nhandan', 'JSON-LD article'],
  ] as const)('%s: yes (%s)', (key, why) => {
    const { document } = loadPage(PAGES[key]);
    expect(articleVerdict(document)).toEqual({ article: true, why });
  });

  it('a page with no metadata and no known layout: yes, by its one h1 and long paragraphs', () => {
    // The Nhân Dân page without its JSON-LD: nothing left to say "article" but the page's shape.
    const { document } = loadPage(PAGES.nhandan);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    expect(articleVerdict(document)).toEqual({ article: true, why: 'one h1 and long paragraphs' });
  });

  it('the VnExpress home page: no', () => {
    const { document } = loadPage(PAGES.vnexpressHome);
    expect(articleVerdict(document).article).toBe(false);
  });

  it('a page that calls itself a website: no, however long its paragraphs', () => {
    const doc = htmlDocument(
      `<html><head><meta property="og:type" content="website"></head><body><h1>Thế giới</h1>${`<p>${PARAGRAPH}</p>`.repeat(8)}</body></html>`,
    );
    expect(articleVerdict(doc)).toEqual({ article: false, why: 'og:type website' });
  });

  it('a list page with several headlines: no', () => {
    const doc = htmlDocument(`<html><body>${`<h1>Tin nóng</h1><p>${PARAGRAPH}</p>`.repeat(4)}</body></html>`);
    expect(articleVerdict(doc)).toEqual({ article: false, why: '4 h1 elements' });
  });

  it('a plain page with one headline and short text: no', () => {
    const doc = htmlDocument('<html><body><h1>Liên hệ</h1><p>Email: toasoan@example.org</p></body></html>');
    expect(articleVerdict(doc)).toEqual({ article: false, why: 'not readerable' });
  });

  it('reads JSON-LD types in arrays and @graph, and survives broken JSON-LD', () => {
    const doc = htmlDocument(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":["WebPage"]},{"@type":"NewsArticle"}]}</script>' +
        '<script type="application/ld+json">{broken</script></head><body></body></html>',
    );
    expect(jsonLdTypes(doc)).toEqual(['WebPage', 'NewsArticle']);
    expect(articleVerdict(doc)).toEqual({ article: true, why: 'JSON-LD article' });
  });
});
