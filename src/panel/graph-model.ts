// The connections picture: the article's most salient actors and the links between them. A link
// is how often two actors are named together: in paragraphs of the corpus (the glossary's
// co-mentions) and in paragraphs of this article. The layout is fixed, not simulated: the most
// salient actor in the middle, the others on an ellipse around it in salience order from the top,
// clockwise; so the same article always draws the same picture, and the eye finds the centre first.
//
// Ten actors of one story are nearly all linked to each other (30-odd links of 45): drawn all at
// once they are a hairball. So the picture draws each actor's LINKS_PER_ACTOR strongest links (a
// link stays when it is among the strongest of either end: about 17 of 33), and the rest of an
// actor's links only while it is selected.

import type { ActorType, Glossary } from '../core/types.ts';
import type { PageReadingReport } from '../shared/page-data.ts';

export const GRAPH_LIMIT = 10;
export const GRAPH_WIDTH = 360;
export const GRAPH_HEIGHT = 320;
export const LINKS_PER_ACTOR = 2;

export interface GraphNode {
  actorId: string;
  name: string;
  type: ActorType;
  salience: number;
  x: number;
  y: number;
  r: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  /** Paragraphs of the corpus naming both. */
  corpus: number;
  /** Paragraphs of this article naming both. */
  article: number;
  /** Stroke width, 1..6, by corpus + article relative to the strongest link. */
  width: number;
}

export interface ConnectionGraph {
  nodes: GraphNode[];
  /** The links drawn: each actor's strongest, strongest first. */
  edges: GraphEdge[];
  /** The weaker links, drawn only beside a selected actor. */
  weaker: GraphEdge[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Where node `i` of `n` goes. */
export function nodePosition(i: number, n: number): { x: number; y: number } {
  const cx = GRAPH_WIDTH / 2;
  const cy = GRAPH_HEIGHT / 2 - 8;
  if (i === 0) return { x: cx, y: cy };
  const around = n - 1;
  const angle = -Math.PI / 2 + ((i - 1) * 2 * Math.PI) / around;
  return { x: round1(cx + 125 * Math.cos(angle)), y: round1(cy + 112 * Math.sin(angle)) };
}

function corpusCount(glossary: Glossary, a: string, b: string): number {
  const find = (from: string, to: string) =>
    glossary.actors.find((x) => x.id === from)?.coMentions.find((c) => c.actorId === to)?.count ?? 0;
  // A co-mention list may be cut to an actor's top partners: read both sides.
  return Math.max(find(a, b), find(b, a));
}

export function connectionGraph(reading: PageReadingReport, glossary: Glossary, limit = GRAPH_LIMIT): ConnectionGraph {
  const cards = new Map(reading.cards.map((c) => [c.id, c]));
  const top = reading.actors.slice(0, limit);
  const most = top[0]?.salience || 1;
  const nodes: GraphNode[] = top.map((a, i) => {
    const card = cards.get(a.actorId)!;
    return {
      actorId: a.actorId,
      name: card.name,
      type: card.type,
      salience: a.salience,
      ...nodePosition(i, top.length),
      r: round1(7 + 11 * Math.sqrt(a.salience / most)),
    };
  });
  const inArticle = new Map(reading.pairs.map((p) => [`${p.a}\u0000${p.b}`, p.count]));
  const raw: Omit<GraphEdge, 'width'>[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!.actorId;
      const b = nodes[j]!.actorId;
      const article = inArticle.get(`${a}\u0000${b}`) ?? inArticle.get(`${b}\u0000${a}`) ?? 0;
      const corpus = corpusCount(glossary, a, b);
      if (article + corpus > 0) raw.push({ a, b, corpus, article });
    }
  }
  const strongest = Math.max(1, ...raw.map((e) => e.corpus + e.article));
  const all = raw
    .map((e) => ({ ...e, width: round1(1 + (5 * (e.corpus + e.article)) / strongest) }))
    .sort(strongerFirst);
  const kept = strongestPerActor(
    all,
    nodes.map((n) => n.actorId),
    LINKS_PER_ACTOR,
  );
  return { nodes, edges: all.filter((e) => kept.has(e)), weaker: all.filter((e) => !kept.has(e)) };
}

const pairKey = (e: GraphEdge) => `${e.a}\u0000${e.b}`;

/** Stronger first; between equals, the one named in this article, then by the actors' ids, so the
 *  order (and which links are kept) never depends on the input's order. */
function strongerFirst(x: GraphEdge, y: GraphEdge): number {
  return (
    y.corpus + y.article - (x.corpus + x.article) ||
    y.article - x.article ||
    (pairKey(x) < pairKey(y) ? -1 : pairKey(x) > pairKey(y) ? 1 : 0)
  );
}

/** The links among the `perActor` strongest of at least one of their two actors. `edges` must be
 *  sorted strongest first. */
export function strongestPerActor(
  edges: readonly GraphEdge[],
  actorIds: readonly string[],
  perActor: number,
): Set<GraphEdge> {
  const kept = new Set<GraphEdge>();
  for (const id of actorIds) {
    for (const e of edges.filter((e) => e.a === id || e.b === id).slice(0, perActor)) kept.add(e);
  }
  return kept;
}

/** The name under a node, wrapped at spaces into lines of about `width` characters. Not cut:
 *  the visible label must be the accessible name (WCAG 2.5.3), and names are rarely longer than
 *  three short lines. A single word longer than a line keeps its line. */
export function labelLines(name: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
