// Loads the build helper's fixture pages (test/fixtures/sites/<host>/<path>) into happy-dom, under
// their real address, with page scripts off (they are not ours to run here).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const SITES = join(import.meta.dirname, '..', '..', 'fixtures', 'sites');

export const PAGES = {
  vnexpress: ['vnexpress.net', '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html'],
  vnexpressHome: ['vnexpress.net', '/index.html'],
  tuoitre: ['tuoitre.vn', '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm'],
  tuoitreNfd: ['tuoitre.vn', '/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang-nfd.htm'],
  baoquocte: ['baoquocte.vn', '/xung-dot-nga-ukraine-my-quan-ngai-truoc-vai-tro-cua-dong-minh-moscow.html'],
  dantri: ['dantri.com.vn', '/the-gioi/nga-belarus-nghien-cuu-chi-tiet-ve-cau-truc-an-ninh-a-au-moi.htm'],
  nhandan: ['nhandan.vn', '/the-gioi/chuyen-tham-belarus-cua-tong-thong-nga.html'],
  thanhnien: ['thanhnien.vn', '/van-hoa/trien-lam-my-thuat-duong-dai.htm'],
} as const satisfies Record<string, readonly [string, string]>;

export function fixtureHtml([host, path]: readonly [string, string]): string {
  return readFileSync(join(SITES, host, path), 'utf8');
}

export function loadPage(page: readonly [string, string]): { window: Window; document: Document } {
  const [host, path] = page;
  const window = new Window({ url: `https://${host}${path}`, settings: { disableCSSFileLoading: true } });
  window.document.write(fixtureHtml(page));
  return { window, document: window.document as unknown as Document };
}

export function htmlDocument(html: string, url = 'https://example.org/'): Document {
  const window = new Window({ url, settings: { disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The parser the worker uses, from a fresh happy-dom window. */
export function parser(): DOMParser {
  const window = new Window();
  return new window.DOMParser() as unknown as DOMParser;
}
