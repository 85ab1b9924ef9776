// Turns the worker's answer (text node index, offset) into ranges over the live page's text nodes.
// The page may have changed while the worker read its copy: a mention whose text nodes changed,
// moved out of the document or no longer hold the offsets is dropped, never guessed.

import type { ActorCard, ExtractReply, NodePoint, PageMention } from '../shared/page-data.ts';

export interface PageMark {
  actorId: string;
  card: ActorCard;
  range: Range;
  /** Every text node the mark touches, first to last. */
  nodes: Text[];
}

/** The actors a mark names: its own, and for an institution read from its parts ("Bộ Quốc phòng Ba
 *  Lan") the state inside its name, which has no mark of its own there. */
export function actorsOfMark(mark: PageMark): string[] {
  const country = mark.card.country;
  return country && country.id !== mark.actorId ? [mark.actorId, country.id] : [mark.actorId];
}

export interface LiveText {
  /** The live text nodes by index. */
  nodes: readonly Text[];
  /** What each node held when it was read. */
  texts: readonly string[];
}

function pointOk(p: NodePoint, live: LiveText): boolean {
  const node = live.nodes[p.node];
  return node?.isConnected === true && node.data === live.texts[p.node] && p.offset <= node.data.length;
}

/** Why a mention cannot be marked, or null. */
export function mentionProblem(m: PageMention, live: LiveText): string | null {
  if (!pointOk(m.start, live) || !pointOk(m.end, live)) return 'text node changed or missing';
  if (m.end.node < m.start.node || (m.end.node === m.start.node && m.end.offset <= m.start.offset)) {
    return 'empty or reversed';
  }
  return null;
}

export function marksFromReply(reply: Extract<ExtractReply, { ok: true }>, live: LiveText, doc: Document): PageMark[] {
  const cards = new Map(reply.actors.map((a) => [a.id, a]));
  const marks: PageMark[] = [];
  for (const m of reply.mentions) {
    const card = cards.get(m.actorId);
    if (!card || mentionProblem(m, live)) continue;
    const range = doc.createRange();
    range.setStart(live.nodes[m.start.node]!, m.start.offset);
    range.setEnd(live.nodes[m.end.node]!, m.end.offset);
    marks.push({ actorId: m.actorId, card, range, nodes: live.nodes.slice(m.start.node, m.end.node + 1) });
  }
  return marks;
}

/** Finds the mark under a caret position. */
export class MarkIndex {
  private readonly byNode = new Map<Node, PageMark[]>();

  constructor(readonly marks: readonly PageMark[]) {
    for (const mark of marks) {
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
    }
  }

  /** The mark whose text contains the character after (node, offset). */
  at(node: Node, offset: number): PageMark | null {
    const candidates = this.byNode.get(node);
    if (!candidates) return null;
    for (const mark of candidates) {
      const r = mark.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      if (afterStart && beforeEnd) return mark;
    }
    return null;
  }

  get size(): number {
    return this.marks.length;
  }
}
