// The reach test pages (test/reach/*.json name them, test/fixtures/sites/ holds them) as the
// matcher gets them in the extension: the page copied as the content script copies it, its article
// text chosen as the worker chooses it, its runs joined with "\n" as PageMatcher joins them. News
// beyond the corpus, so names the corpus never saw.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { snapshotPage } from '../../src/content/serialize.ts';
import { chooseArticleText, parseSnapshot } from '../../src/analysis/article-extract.ts';
import { RUN_SEPARATOR } from '../../src/analysis/page-matching.ts';
import { groupRuns } from '../../src/analysis/runs.ts';
import { benchTextOf, type BenchText } from './bench-text.ts';

const REACH_DIR = 'test/reach';
const SITES_DIR = 'test/fixtures/sites';

/** "host/path…" of every gold-labelled page, in file order. */
function reachPages(root: string): string[] {
  return readdirSync(join(root, REACH_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(root, REACH_DIR, f), 'utf8')) as { page: string }).page);
}

/** One page's segments as PageMatcher.match builds them; also how many runs. */
async function pageSegments(root: string, page: string): Promise<{ segments: string[]; runs: number }> {
  const [host, ...rest] = page.split('/');
  const window = new Window({ url: `https://${host}/${rest.join('/')}`, settings: { disableCSSFileLoading: true } });
  try {
    window.document.write(readFileSync(join(root, SITES_DIR, page), 'utf8'));
    const { snapshot } = snapshotPage(window.document as unknown as Document);
    const parser = new window.DOMParser() as unknown as DOMParser;
    const { chosen } = chooseArticleText(parseSnapshot(snapshot, parser), snapshot);
    const runs = groupRuns(snapshot.texts, snapshot.runs, (i) => chosen.has(i));
    const segments: string[] = [];
    for (const run of runs) {
      if (segments.length) segments.push(RUN_SEPARATOR);
      for (const i of run) segments.push(snapshot.texts[i] ?? '');
    }
    return { segments, runs: runs.length };
  } finally {
    await window.happyDOM.close();
  }
}

export async function reachPagesText(root: string): Promise<BenchText> {
  const pages = reachPages(root);
  if (pages.length === 0) throw new Error(`reach-text: no pages listed in ${REACH_DIR}/*.json`);
  const read: { segments: string[]; runs: number }[] = [];
  for (const page of pages) read.push(await pageSegments(root, page));
  const empty = pages.filter((_, k) => read[k]!.segments.length === 0);
  if (empty.length) throw new Error(`reach-text: no article text chosen on ${empty.join(', ')}`);
  const feeding =
    'one findMentions call per page: the article text the worker chooses, its text nodes as segments, ' +
    'a "\\n" segment between runs (as PageMatcher.match)';
  return benchTextOf(
    read.map((r) => r.segments),
    read.reduce((n, r) => n + r.runs, 0),
    `${SITES_DIR} (${pages.length} pages listed in ${REACH_DIR}/*.json)`,
    feeding,
  );
}
