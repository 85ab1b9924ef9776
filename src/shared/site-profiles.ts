// What we know about the news sites' page layout (from public scrapers of these sites; see
// shared/notes/vietnamese.md). Used first; the heuristics in article-extract.ts cover the rest.

export interface SiteProfile {
  /** Hostname suffixes: "vnexpress.net" covers "e.vnexpress.net". */
  hosts: string[];
  headline?: string;
  lead?: string;
  body?: string;
  /** Boxes inside the article container that are not the article. */
  exclude?: string[];
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    hosts: ['vnexpress.net'],
    headline: 'h1.title-detail',
    lead: 'p.description',
    body: 'article.fck_detail',
    exclude: ['.box-tinlienquanv2', '.box-tinlienquan', '.box_category', '.footer-content', '.box-tag'],
  },
  { hosts: ['dantri.com.vn'], headline: 'h1.title-page', lead: 'h2.singular-sapo', body: 'div.singular-content' },
  {
    hosts: ['tuoitre.vn', 'thanhnien.vn'],
    headline: 'h1.detail-title',
    lead: 'h2.detail-sapo',
    body: 'div.detail-content',
    exclude: ['[type=RelatedNewsBox]', '[type="RelatedOneNews"]', '.detail-tab', '.detail-tags'],
  },
  { hosts: ['vietnamplus.vn'], headline: 'h1.article__title', lead: '.article__sapo', body: 'div.article__body' },
  {
    hosts: ['baoquocte.vn'],
    headline: '.article-detail-title',
    lead: '.article-detail-desc',
    body: '.article-detail',
  },
  { hosts: ['znews.vn'], headline: 'h1.the-article-title', lead: 'p.the-article-summary', body: 'div.the-article-body' },
  { hosts: ['qdnd.vn'], headline: 'h1.post-title', body: '.article-detail' },
];

/** Boxes that are never article text on any site: related stories, tag lists, comments, shares. */
export const GENERIC_EXCLUDE: readonly string[] = [
  'nav',
  'aside',
  'footer',
  '[role=navigation]',
  '[role=complementary]',
  '[class~=related]',
  '[class*=related-]',
  '[class*=-related]', // "article-related", "box-related"
  '[class*=tinlienquan]',
  '[class*=comment]',
  '[id*=comment]',
  '[class~=tags]',
  '[class*=tag-list]',
  '[class*=social]',
  '[class*=share]',
];

export function profileFor(hostname: string): SiteProfile | undefined {
  const host = hostname.toLowerCase();
  return SITE_PROFILES.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
