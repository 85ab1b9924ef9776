// Reads the page once: is it an article, what is its text, who does it mention. The heavy parts
// run elsewhere (the background's worker); here we only walk the page in slices, send the copy,
// and map the answer back. If the worker path fails, Readability runs on a copy in the page as a
// fallback and only the matching is asked of the background.

import { chooseArticleText } from '../analysis/article-extract.ts';
import { succeeded, type Ask } from '../protocol/reply.ts';
import type { PageToBackground } from '../protocol/messages.ts';
import type { ArticleMeta, ExtractReply, PageSnapshot, TextRun } from '../shared/page-data.ts';
import { splitCopy } from '../shared/copy-parts.ts';
import { IN_PAGE_COPY_CHARS } from '../shared/limits.ts';
import { groupRuns } from '../analysis/runs.ts';
import { articleVerdict } from './article-page.ts';
import { marksFromReply, type PageMark } from '../marking/map-back.ts';
import { nextSlice, runInSlices } from '../marking/scheduler.ts';
import { SnapshotWalk, type LiveSnapshot } from './serialize.ts';

/** How the page asks the background: `ask` in the content script, a fake background in tests. */
export type Send = Ask<keyof PageToBackground>;

export interface PageReading {
  article: boolean;
  marks: PageMark[];
  /** Which path answered: the worker, the in-page fallback, or nobody (not an article). */
  via: 'worker' | 'in-page' | 'none';
  /** What the page says about its article ("" fields when nothing). */
  meta: ArticleMeta;
  /** The live text nodes of the headline and the lead: their marks weigh more in the ranking. */
  headlineNodes: Set<Text>;
  leadNodes: Set<Text>;
  /** How far this reading's copy of the page got; null when the page was not copied (no article). */
  copy: { truncated: boolean; textChars: number } | null;
}

function emptyMeta(url: string): ArticleMeta {
  let site = '';
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // about:blank and the like: no site.
  }
  return { headline: '', lead: '', outlet: '', date: '', site };
}

const log = (...args: unknown[]) => console.info('[Bối cảnh]', ...args);

async function snapshot(doc: Document): Promise<LiveSnapshot> {
  const walk = new SnapshotWalk(doc);
  await runInSlices((deadline) => walk.step(deadline));
  // The copy is joined in a task of its own: after the walk's last slice, in the same task, it
  // made one of 80 ms on the huge page.
  await nextSlice();
  return walk.result();
}

let copies = 0;

/** Sends the copy for reading: in one message, or in parts when it is big (copy-parts.ts), each
 *  serialized in its own task. */
async function sendCopy(copy: PageSnapshot, send: Send): Promise<ExtractReply> {
  const parts = splitCopy(copy);
  if (parts.length === 1) return send({ type: 'page/extract', snapshot: copy });
  const id = `${++copies}-${Math.random().toString(36).slice(2, 10)}`;
  for (let index = 0; index < parts.length; index++) {
    succeeded('page/copy-part', await send({ type: 'page/copy-part', copy: id, index, part: parts[index]! }));
  }
  return send({ type: 'page/extract-parts', url: copy.url, copy: id, parts: parts.length });
}

/** The fallback: Readability on a copy, in the page (one long task, accepted only when the worker
 *  path failed), then matching in the background. */
async function readInPage(live: LiveSnapshot, send: Send): Promise<Extract<ExtractReply, { ok: true }>> {
  const copy = new DOMParser().parseFromString(live.snapshot.html, 'text/html');
  const { chosen, meta, places } = chooseArticleText(copy, live.snapshot);
  const texts = live.snapshot.texts;
  const runs: TextRun[] = groupRuns(texts, live.snapshot.runs, (i) => chosen.has(i)).map((nodes) => ({
    nodes,
    texts: nodes.map((i) => texts[i]!),
  }));
  const reply = succeeded('page/match-runs', await send({ type: 'page/match-runs', url: live.snapshot.url, runs }));
  return { ...reply, meta, places };
}

export async function readPage(doc: Document, send: Send, force: boolean): Promise<PageReading> {
  if (!force) {
    const verdict = articleVerdict(doc);
    if (!verdict.article) {
      log(`not an article page (${verdict.why}): nothing to do`);
      return {
        article: false,
        marks: [],
        via: 'none',
        meta: emptyMeta(doc.URL),
        headlineNodes: new Set(),
        leadNodes: new Set(),
        copy: null,
      };
    }
  }
  const live = await snapshot(doc);
  let reply: Extract<ExtractReply, { ok: true }>;
  let via: PageReading['via'] = 'worker';
  try {
    reply = succeeded('page/extract', await sendCopy(live.snapshot, send));
  } catch (error) {
    if (live.snapshot.html.length > IN_PAGE_COPY_CHARS)
      throw new Error(`the worker path failed, and the page is too large to read in the page: ${String(error)}`);
    log('worker path failed, reading in the page instead:', error);
    reply = await readInPage(live, send);
    via = 'in-page';
  }
  const marks = marksFromReply(reply, { nodes: live.nodes, texts: live.snapshot.texts }, doc);
  const nodesAt = (indices: readonly number[] | undefined) =>
    new Set((indices ?? []).map((i) => live.nodes[i]).filter((n): n is Text => n !== undefined));
  return {
    article: reply.article,
    marks,
    via,
    meta: reply.meta ?? emptyMeta(live.snapshot.url),
    headlineNodes: nodesAt(reply.places?.headline),
    leadNodes: nodesAt(reply.places?.lead),
    copy: { truncated: live.truncated, textChars: live.textChars },
  };
}
