// The long article the main-thread benchmark loads: the VnExpress fixture with its body paragraphs
// repeated until it passes 16,500 words, a long read such as a feature or a full speech transcript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LONG_ARTICLE_MIN_WORDS = 16_500;
/** The article the benchmarks' pages are made from: the VnExpress fixture, a typical news page. */
export const ARTICLE_FIXTURE = join(
  'test',
  'fixtures',
  'sites',
  'vnexpress.net',
  'the-gioi',
  'si-quan-my-quan-sat-tap-tran-zapad-2025.html',
);

export interface LongArticle {
  html: string;
  /** Words of the article body (whitespace-separated, tags left out). */
  words: number;
  paragraphs: number;
  source: string;
}

function countWords(html: string): number {
  return html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

export function buildLongArticle(root: string, minWords = LONG_ARTICLE_MIN_WORDS): LongArticle {
  const page = readFileSync(join(root, ARTICLE_FIXTURE), 'utf8');
  const paragraphs = [...page.matchAll(/<p class="Normal">[\s\S]*?<\/p>/g)].map((m) => m[0]);
  if (paragraphs.length === 0) throw new Error(`${ARTICLE_FIXTURE}: no <p class="Normal"> body paragraphs to repeat`);
  const body = paragraphs.join('\n');
  const copies = Math.ceil(minWords / countWords(body));
  const long = Array.from({ length: copies }, () => body).join('\n');
  const marker = '<article class="fck_detail">';
  if (!page.includes(marker)) throw new Error(`${ARTICLE_FIXTURE}: no ${marker} to put the long body into`);
  // The original paragraphs stay, the copies go before them: the article is copies + 1 bodies long.
  const html = page.replace(marker, `${marker}\n${long}\n`);
  return {
    html,
    words: countWords(long) + countWords(body),
    paragraphs: paragraphs.length * (copies + 1),
    source: ARTICLE_FIXTURE,
  };
}
