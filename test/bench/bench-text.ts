// The text every matcher reads: ~400 KB of real Vietnamese news paragraphs, built the same way on
// every run. The corpus is small (~36 KB), so its paragraphs are repeated, interleaved across
// articles so that consecutive "pages" are not copies of one article (which would flatter caches).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLES_DIR = 'src/corpus/articles';
/** Sections of a corpus article that are article text (see src/corpus/README.md). */
const TEXT_SECTIONS = new Set(['@headline', '@lead', '@body', '@caption']);

export interface BenchText {
  /** One entry per simulated page: its paragraphs as segments, a "\n" segment between two
   *  (the matcher joins segments without separators, so blocks need one). */
  pages: string[][];
  /** UTF-8 bytes of each page's segments, separators included. */
  pageBytes: number[];
  /** UTF-8 bytes of all pages: the MB/s numerator. */
  bytes: number;
  paragraphs: number;
  source: string;
  /** How the text is fed to the matchers, for the report. */
  feeding: string;
}

const SEPARATOR = '\n';

/** Non-blank lines of the text sections, front matter and marker lines dropped. */
function corpusArticleParagraphs(fileText: string): string[] {
  const lines = fileText.split(/\r?\n/);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let section = '';
  const paragraphs: string[] = [];
  for (const line of lines.slice(end + 1)) {
    if (/^@[a-z]+$/.test(line)) section = line;
    else if (line.trim() !== '' && TEXT_SECTIONS.has(section)) paragraphs.push(line);
  }
  return paragraphs;
}

/** The corpus articles, their text sections only. */
function loadArticles(root: string): { articles: string[][]; source: string } {
  const dir = join(root, ARTICLES_DIR);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`bench-text: no articles in ${dir}`);
  const articles = files.map((f) => corpusArticleParagraphs(readFileSync(join(dir, f), 'utf8')));
  return { articles, source: `${ARTICLES_DIR} (${files.length} articles)` };
}

/**
 * Pages of `pageParagraphs` paragraphs until `targetBytes` is reached. Paragraph k of page p is
 * taken from article (p + k) mod n, at a position that advances per article, so every paragraph of
 * the corpus is used about equally often.
 */
export function buildBenchText(root: string, targetBytes = 400_000, pageParagraphs = 30): BenchText {
  const { articles, source } = loadArticles(root);
  const cursors = articles.map(() => 0);
  const pages: string[][] = [];
  const pageBytes: number[] = [];
  let bytes = 0;
  let paragraphs = 0;
  for (let p = 0; bytes < targetBytes; p++) {
    const page: string[] = [];
    let size = 0;
    for (let k = 0; k < pageParagraphs && bytes + size < targetBytes; k++) {
      const a = (p + k) % articles.length;
      const article = articles[a] as string[];
      const paragraph = article[(cursors[a] as number) % article.length] as string;
      cursors[a] = (cursors[a] as number) + 1;
      if (k > 0) page.push(SEPARATOR);
      page.push(paragraph);
      size += Buffer.byteLength(paragraph, 'utf8') + (k > 0 ? 1 : 0);
      paragraphs++;
    }
    pages.push(page);
    pageBytes.push(size);
    bytes += size;
  }
  const feeding =
    `pages of ≤${pageParagraphs} paragraphs; ours: one findMentions call per page, its paragraphs as segments ` +
    `with a "\\n" segment between them; baselines: each segment searched on its own.`;
  return { pages, pageBytes, bytes, paragraphs, source, feeding };
}

/** A BenchText of pages given as they are (each page its segments, separators included). */
export function benchTextOf(pages: string[][], paragraphs: number, source: string, feeding: string): BenchText {
  const pageBytes = pages.map((page) => page.reduce((n, segment) => n + Buffer.byteLength(segment, 'utf8'), 0));
  return { pages, pageBytes, bytes: pageBytes.reduce((a, b) => a + b, 0), paragraphs, source, feeding };
}

/** The corpus articles once each, one page per article: its text sections' paragraphs as segments
 *  with a "\n" segment between two, as the glossary build reads an article. */
export function corpusArticlePages(root: string): BenchText {
  const { articles, source } = loadArticles(root);
  const pages = articles.map((paragraphs) => paragraphs.flatMap((p, k) => (k > 0 ? [SEPARATOR, p] : [p])));
  const feeding = 'one findMentions call per article, its paragraphs as segments with a "\\n" segment between them';
  return benchTextOf(
    pages,
    articles.reduce((n, a) => n + a.length, 0),
    source,
    feeding,
  );
}
