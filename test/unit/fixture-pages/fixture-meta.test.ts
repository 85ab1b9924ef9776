// What the panel's header says about each fixture page: outlet and publication date read from the
// page's own markup by the same path the extension takes (snapshot, copy, chooseArticleText). Only
// the pages that carry them (as the real sites do: og:site_name, a JSON-LD NewsArticle's
// publisher and datePublished, article:published_time) get them; nothing is made up for the others.
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { chooseArticleText, parseSnapshot } from '../../../src/analysis/article-extract.ts';
import { loadPage, parser } from '../helpers/page-fixtures.ts';

function metaOf(host: string, path: string) {
  const { document } = loadPage([host, path]);
  const live = snapshotPage(document);
  const { meta } = chooseArticleText(parseSnapshot(live.snapshot, parser()), live.snapshot);
  return { outlet: meta.outlet, date: meta.date, site: meta.site };
}

describe('outlet and date of the fixture pages', () => {
  it('VnExpress names itself in og:site_name and gives no date (seed 000 has none)', () => {
    expect(metaOf('vnexpress.net', '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html')).toEqual({
      outlet: 'VnExpress',
      date: '',
      site: 'vnexpress.net',
    });
  });

  it('Nhân Dân: JSON-LD publisher and datePublished (+0700), the page’s own day', () => {
    expect(metaOf('nhandan.vn', '/the-gioi/chuyen-tham-belarus-cua-tong-thong-nga.html')).toEqual({
      outlet: 'Báo Nhân Dân điện tử',
      date: '2022-12-20',
      site: 'nhandan.vn',
    });
  });

  it('Tuổi Trẻ (both copies) and VietnamPlus: article:published_time, no outlet', () => {
    for (const path of [
      '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm',
      '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang-nfd.htm',
    ]) {
      expect(metaOf('tuoitre.vn', path), path).toEqual({ outlet: '', date: '2024-06-27', site: 'tuoitre.vn' });
    }
    expect(metaOf('vietnamplus.vn', '/thay-gi-tu-chuyen-tham-hiem-hoi-belarus-cua-tong-thong-nga-putin.html')).toEqual({
      outlet: '',
      date: '2022-12-20',
      site: 'vietnamplus.vn',
    });
  });

  it('the others say neither: nothing is invented (Dân trí’s "(Dân trí)" in the sapo is not an outlet)', () => {
    const pages: [string, string][] = [
      ['baoquocte.vn', '/xung-dot-nga-ukraine-my-quan-ngai-truoc-vai-tro-cua-dong-minh-moscow.html'],
      ['dantri.com.vn', '/the-gioi/nga-belarus-nghien-cuu-chi-tiet-ve-cau-truc-an-ninh-a-au-moi.htm'],
      ['thanhnien.vn', '/van-hoa/trien-lam-my-thuat-duong-dai.htm'],
      ['znews.vn', '/tong-thong-putin-ban-giai-doan-hai-cua-cuoc-tap-tran-hat-nhan-post1.html'],
    ];
    for (const [host, path] of pages) {
      expect(metaOf(host, path), host).toEqual({ outlet: '', date: '', site: host });
    }
  });
});
