// The outlets' fixture pages (test/fixtures/sites/<host>/<path>), one article page in each site's
// structure for every outlet with a site profile (src/analysis/site-profiles.ts), and the list and
// video pages of five outlets. The browser suite (outlets-suite.ts) opens each in Chromium and
// Firefox; the unit test (test/unit/fixture-pages/outlet-pages.test.ts) reads the same pages in Node
// with the worker's own code. Plain data: no browser, no vitest.

export interface OutletArticlePage {
  outlet: string;
  host: string;
  /** Path under the host, as a reader's address has it. */
  path: string;
  /** Selectors of the headline, the lead and the body: each must get at least one mark (all
   *  three name actors on every page here). */
  headline: string;
  lead: string;
  body: string;
  /** Boxes that must get no mark: related stories, navigation, sidebar, footer, tags. */
  none: string[];
}

export interface OutletQuietPage {
  outlet: string;
  host: string;
  path: string;
  kind: 'list' | 'video';
  /** What the content script's verdict says (article-page.ts). */
  why: string;
}

/** Boxes no page may mark: the generic ones every fixture page has. */
const CHROME = ['nav', 'aside', 'footer'];

export const OUTLET_ARTICLES: readonly OutletArticlePage[] = [
  // Outlets whose profile and page predate this table.
  {
    outlet: 'VnExpress',
    host: 'vnexpress.net',
    path: '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html',
    headline: 'h1.title-detail',
    lead: 'p.description',
    body: 'article.fck_detail',
    none: [...CHROME, '.box-tinlienquanv2', '.tags', '#box_comment'],
  },
  {
    outlet: 'Dân trí',
    host: 'dantri.com.vn',
    path: '/the-gioi/nga-belarus-nghien-cuu-chi-tiet-ve-cau-truc-an-ninh-a-au-moi.htm',
    headline: 'h1.title-page',
    lead: 'h2.singular-sapo',
    body: 'div.singular-content',
    none: [...CHROME, '.video-hot', '.article-related'],
  },
  {
    outlet: 'Tuổi Trẻ',
    host: 'tuoitre.vn',
    path: '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm',
    headline: 'h1.detail-title',
    lead: 'h2.detail-sapo',
    body: 'div.detail-content',
    none: [...CHROME, '[type=RelatedNewsBox]'],
  },
  {
    outlet: 'Thanh Niên',
    host: 'thanhnien.vn',
    path: '/eu-thong-qua-goi-trung-phat-thu-18-nham-vao-nga-ha-tran-gia-dau-185250719070512345.htm',
    headline: 'h1.detail-title',
    lead: 'h2.detail-sapo',
    body: 'div.detail-content',
    none: [...CHROME, '[type=RelatedNewsBox]'],
  },
  {
    outlet: 'VietnamPlus',
    host: 'vietnamplus.vn',
    path: '/thay-gi-tu-chuyen-tham-hiem-hoi-belarus-cua-tong-thong-nga-putin.html',
    headline: 'h1.article__title',
    lead: '.article__sapo',
    body: 'div.article__body',
    none: CHROME,
  },
  {
    outlet: 'Báo Quốc tế',
    host: 'baoquocte.vn',
    path: '/xung-dot-nga-ukraine-my-quan-ngai-truoc-vai-tro-cua-dong-minh-moscow.html',
    headline: '.article-detail-title',
    lead: '.article-detail-desc',
    body: '.article-detail',
    none: [...CHROME, '.article-related', '.related-item'],
  },
  {
    outlet: 'Znews',
    host: 'znews.vn',
    path: '/tong-thong-putin-ban-giai-doan-hai-cua-cuoc-tap-tran-hat-nhan-post1.html',
    headline: 'h1.the-article-title',
    lead: 'p.the-article-summary',
    body: 'div.the-article-body',
    none: CHROME,
  },
  {
    outlet: 'Quân đội Nhân dân',
    host: 'qdnd.vn',
    path: '/quoc-te/tin-tuc/dang-cam-quyen-moldova-gianh-da-so-trong-cuoc-bau-cu-quoc-hoi-845612.html',
    headline: 'h1.post-title',
    lead: '.post-summary',
    body: '.article-detail',
    none: [...CHROME, '.box-related-news'],
  },
  // Outlets given a profile with this table: one page each in the site's structure.
  {
    outlet: 'VietNamNet',
    host: 'vietnamnet.vn',
    path: '/ong-friedrich-merz-dac-cu-thu-tuong-duc-sau-vong-bo-phieu-thu-hai-2399112.html',
    headline: 'h1.content-detail-title',
    lead: 'h2.content-detail-sapo',
    body: '#maincontent',
    none: [...CHROME, '.ck-cms-insert-neww-group', '.tag-cotnent', '.hot-topic'],
  },
  {
    outlet: 'Soha',
    host: 'soha.vn',
    path: '/phan-lan-chinh-thuc-tro-thanh-thanh-vien-thu-31-cua-nato-198230404205512345.htm',
    headline: 'h1.detail-title',
    lead: 'h2.detail-sapo',
    body: 'div.detail-content',
    none: ['.menu', '.detail__sidebar', '.footer', '[type=RelatedNewsBox]'],
  },
  {
    outlet: '24h',
    host: '24h.com.vn',
    path: '/tin-tuc-quoc-te/hong-y-robert-prevost-tro-thanh-giao-hoang-leo-xiv-c415a1667812.html',
    headline: 'h1#article_title',
    lead: 'h2#article_sapo',
    body: 'article#article_body > p',
    none: ['.mnu-24h', '.cate-24h-foot-box-live-news', '.col-right', '#zone_footer', '.bv-lq', '.baiviet-lienquan'],
  },
  {
    outlet: 'VTC News',
    host: 'vtcnews.vn',
    path: '/toa-an-hien-phan-han-quoc-bai-nhiem-tong-thong-yoon-suk-yeol-ar935871.html',
    headline: 'article h1',
    lead: 'article h2.font18',
    body: 'div.edittor-content',
    none: ['.main-menu', 'aside', '.footer', '.related-news'],
  },
  {
    outlet: 'Người Lao Động',
    host: 'nld.com.vn',
    path: '/ong-mark-carney-dan-dat-dang-tu-do-canada-thang-cu-196250429101523456.htm',
    headline: 'h1.detail-title',
    lead: 'h2.detail-sapo',
    body: 'div.detail-content',
    none: ['.menu-nav', '.detail__sidebar', '.footer', '[type=RelatedNewsBox]'],
  },
  {
    outlet: 'Lao Động',
    host: 'laodong.vn',
    path: '/the-gioi/an-do-va-pakistan-nhat-tri-ngung-ban-sau-4-ngay-giao-tranh-1505318.ldo',
    headline: 'h1.title',
    lead: '.chappeau',
    body: 'div.art-body',
    none: ['.main-nav', '.sidebar', '.footer', '.box-tin-lien-quan'],
  },
  {
    outlet: 'Tiền Phong',
    host: 'tienphong.vn',
    path: '/cong-dang-thang-lon-ong-keir-starmer-tro-thanh-thu-tuong-anh-post1652108.tpo',
    headline: 'h1.article__title',
    lead: '.article__sapo',
    body: 'div.article__body',
    none: ['.main-menu', '.sub-column', 'footer', '.article__related'],
  },
  {
    outlet: 'Nhân Dân',
    host: 'nhandan.vn',
    path: '/timor-leste-tro-thanh-thanh-vien-thu-11-cua-asean-post918254.html',
    headline: 'h1.article__title',
    lead: '.article__sapo',
    body: 'div.article__body',
    none: ['.menu', '.sidebar', '.footer', '.box-related'],
  },
  {
    outlet: 'Báo Tin tức',
    host: 'baotintuc.vn',
    path: '/the-gioi/ong-muhammad-yunus-tuyen-the-dung-dau-chinh-phu-lam-thoi-bangladesh-20240808231512345.htm',
    headline: 'h1.detail-title',
    lead: 'h2.sapo',
    body: '.boxdetail .contents',
    none: ['.menu', '.colright', '.footer', '.box-lienquan'],
  },
  {
    outlet: 'VOV',
    host: 'vov.vn',
    path: '/the-gioi/ba-claudia-sheinbaum-nham-chuc-nu-tong-thong-dau-tien-cua-mexico-post1125734.vov',
    headline: 'h1.article-title',
    lead: '.article-summary',
    body: 'div.article-content',
    none: ['.main-menu', '.col-side', 'footer', '.article-related-news'],
  },
  {
    outlet: 'Công an Nhân dân',
    host: 'cand.com.vn',
    path: '/the-gioi/chinh-quyen-tong-thong-syria-bashar-al-assad-sup-do-i751862/',
    headline: 'h1.box-title-detail',
    lead: '.box-des-detail',
    body: 'div.detail-content-body',
    none: ['.menu', '.box-right', '.footer', '.box-tinlienquan'],
  },
  {
    outlet: 'Sài Gòn Giải Phóng',
    host: 'sggp.org.vn',
    path: '/cuu-tong-thong-philippines-rodrigo-duterte-bi-bat-theo-lenh-cua-icc-post786512.html',
    headline: 'h1.article__title',
    lead: '.article__sapo',
    body: 'div.article__body',
    none: ['.menu', '.sub-col', 'footer', '.article__related'],
  },
  {
    outlet: 'Pháp Luật TP.HCM',
    host: 'plo.vn',
    path: '/ong-anutin-charnvirakul-duoc-bau-lam-thu-tuong-thai-lan-post869431.html',
    headline: 'h1.article__title',
    lead: '.article__sapo',
    body: 'div.article__body',
    none: ['.menu', '.sub-col', 'footer', '.related-news'],
  },
];

export const OUTLET_QUIET_PAGES: readonly OutletQuietPage[] = [
  {
    outlet: 'VnExpress',
    host: 'vnexpress.net',
    path: '/the-gioi',
    kind: 'list',
    why: 'long paragraphs only in teasers',
  },
  {
    outlet: 'VnExpress',
    host: 'video.vnexpress.net',
    path: '/tong-thong-zelensky-den-nha-trang-gap-ong-trump-4930166.html',
    kind: 'video',
    why: 'video host video.vnexpress.net',
  },
  { outlet: 'Tuổi Trẻ', host: 'tuoitre.vn', path: '/the-gioi.htm', kind: 'list', why: 'og:type website' },
  {
    outlet: 'Tuổi Trẻ',
    host: 'tuoitre.vn',
    path: '/video/tong-thong-trump-va-tong-thong-putin-gap-nhau-o-alaska-20250816093012345.htm',
    kind: 'video',
    why: 'og:type video.other',
  },
  { outlet: 'VietNamNet', host: 'vietnamnet.vn', path: '/the-gioi', kind: 'list', why: 'JSON-LD CollectionPage' },
  {
    outlet: 'VietNamNet',
    host: 'vietnamnet.vn',
    path: '/video/thu-tuong-duc-friedrich-merz-tuyen-the-nham-chuc-2399201.html',
    kind: 'video',
    why: 'og:type video.other',
  },
  { outlet: 'Lao Động', host: 'laodong.vn', path: '/the-gioi', kind: 'list', why: '0 h1 elements' },
  {
    outlet: 'Lao Động',
    host: 'laodong.vn',
    path: '/video/nguoi-dan-kashmir-tro-ve-nha-sau-lenh-ngung-ban-1505602.ldo',
    kind: 'video',
    why: 'video section /video/',
  },
  { outlet: 'VOV', host: 'vov.vn', path: '/the-gioi', kind: 'list', why: 'og:type website' },
  {
    outlet: 'VOV',
    host: 'vov.vn',
    path: '/video/le-nham-chuc-cua-tong-thong-mexico-claudia-sheinbaum-post1125790.vov',
    kind: 'video',
    why: 'og:type video.other',
  },
];

/** The fixture file a page's path is served from (the server's own rule: a path ending in "/"
 *  or naming a directory serves its index.html). */
export function fixtureFile(path: string, isDirectory: (relative: string) => boolean): string {
  const relative = path.replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return isDirectory(relative) ? `${relative}/index.html` : relative;
}
