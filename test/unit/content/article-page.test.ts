import { describe, expect, it } from 'vitest';
import { articleVerdict, isTeaserText, jsonLdTypes, videoAddress } from '../../../src/content/article-page.ts';
import { fixtureHtml, htmlDocument, loadPage, PAGES } from '../helpers/page-fixtures.ts';

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
    // The Nhân Dân page without its JSON-LD, on a site with no profile: nothing left to say
    // "article" but the page's shape.
    const document = htmlDocument(fixtureHtml(PAGES.nhandan), 'https://tin.example.org/the-gioi/bai-viet.html');
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    expect(articleVerdict(document)).toEqual({ article: true, why: 'one h1 and long paragraphs' });
  });

  it('the same page on nhandan.vn without its JSON-LD: yes, by the site layout', () => {
    const { document } = loadPage(PAGES.nhandan);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    expect(articleVerdict(document)).toEqual({ article: true, why: 'site layout' });
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

  it('a video page: no, even when its metadata calls it an article', () => {
    const caption = `<h1>Tổng thống Zelensky tới Nhà Trắng</h1><div class="player"></div><p>${PARAGRAPH}</p>`;
    const newsArticle = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    const video = (head: string, url: string) =>
      htmlDocument(`<html><head>${head}</head><body>${caption}</body></html>`, url);
    expect(
      articleVerdict(
        video(`<meta property="og:type" content="video.other">${newsArticle}`, 'https://tin.example.org/a.html'),
      ),
    ).toEqual({
      article: false,
      why: 'og:type video.other',
    });
    expect(
      articleVerdict(video(newsArticle, 'https://video.vnexpress.net/zelensky-toi-nha-trang-4930166.html')),
    ).toEqual({
      article: false,
      why: 'video host video.vnexpress.net',
    });
    expect(
      articleVerdict(
        video('<meta property="og:type" content="article">', 'https://laodong.vn/video/kashmir-1505602.ldo'),
      ),
    ).toEqual({
      article: false,
      why: 'video section /video/',
    });
  });

  it('knows the outlets’ video addresses, and no others', () => {
    expect(videoAddress('https://video.vnexpress.net/tin-tuc/the-gioi/x-4930166.html')).toBe(
      'video host video.vnexpress.net',
    );
    expect(videoAddress('https://tv.tuoitre.vn/x.htm')).toBe('video host tv.tuoitre.vn');
    expect(videoAddress('https://tuoitre.vn/video/x-20250816093012345.htm')).toBe('video section /video/');
    expect(videoAddress('https://www.24h.com.vn/clip/x-c1.html')).toBe('video section /clip/');
    expect(videoAddress('https://znews.vn/video-ong-trump-gap-ong-putin-post1580001.html')).toBe('video page address');
    for (const url of [
      'https://vnexpress.net/the-gioi/thuong-dinh-nga-my-tai-alaska-4927815.html',
      'https://vtv.vn/the-gioi/x.htm', // "vtv.", not a "tv." host
      'https://tuoitre.vn/bai-ve-video-moi.htm', // "video" inside a slug
    ]) {
      expect(videoAddress(url), url).toBe('');
    }
    expect(videoAddress('not a url')).toBe('');
  });

  it('a list page whose long paragraphs are teaser summaries: no', () => {
    const teaser = (i: number) =>
      `<article class="item-news"><h3 class="title-news"><a href="/tin-${i}.html">Tin ${i}</a></h3><p class="description">${PARAGRAPH}</p></article>`;
    const doc = htmlDocument(
      `<html><body><h1>Thế giới</h1>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</body></html>`,
      'https://tin.example.org/the-gioi',
    );
    expect(articleVerdict(doc)).toEqual({ article: false, why: 'long paragraphs only in teasers' });
    const item = doc.querySelector('article.item-news')!;
    expect(isTeaserText(item)).toBe(true);
    expect(isTeaserText(item.querySelector('p')!)).toBe(true);
  });

  it('an article with no metadata and a list of teasers after it: still yes', () => {
    const related = [1, 2, 3, 4]
      .map((i) => `<div class="item"><h3><a href="/tin-${i}.html">Tin ${i}</a></h3><p>${PARAGRAPH}</p></div>`)
      .join('');
    const doc = htmlDocument(
      `<html><body><h1>Ngoại trưởng Nga thăm Belarus</h1><div class="body">${`<p>${PARAGRAPH}</p>`.repeat(5)}</div>` +
        `<h2>Tin liên quan</h2><div class="list">${related}</div></body></html>`,
      'https://tin.example.org/the-gioi/bai-viet.html',
    );
    expect(articleVerdict(doc)).toEqual({ article: true, why: 'one h1 and long paragraphs' });
    expect(isTeaserText(doc.querySelector('.body p')!)).toBe(false);
  });

  it('a page whose JSON-LD says it is a collection of stories: no', () => {
    const doc = htmlDocument(
      '<html><head><script type="application/ld+json">{"@type":"CollectionPage","mainEntity":{"@type":"ItemList"}}</script></head>' +
        `<body><h1>Thế giới</h1>${`<p>${PARAGRAPH}</p>`.repeat(8)}</body></html>`,
    );
    expect(articleVerdict(doc)).toEqual({ article: false, why: 'JSON-LD CollectionPage' });
  });
});
