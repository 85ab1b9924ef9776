// Joins the parts of page copies sent in pieces (src/shared/copy-parts.ts), one copy at a time per
// sending page. A part whose copy would pass the copy's bounds (limits.ts) drops the copy at once,
// so that no page can make the background hold more than a few copies' worth of memory.

import { joinParts, type CopyPart } from '../shared/copy-parts.ts';
import { PAGE_COPY_CHARS, PAGE_ELEMENTS, PAGE_TEXT_NODES } from '../shared/limits.ts';
import { snapshotProblem } from '../protocol/payload-checks.ts';
import type { PageSnapshot } from '../shared/page-data.ts';

/** Copies being received at once, from as many pages: the oldest is dropped for a new one. */
export const PENDING_COPIES = 4;

interface Pending {
  copy: string;
  parts: CopyPart[];
  html: number;
  texts: number;
  textChars: number;
  tags: number;
}

export class CopyAssembly {
  /** By sender (a tab's frame): insertion order is age. */
  private readonly pending = new Map<string, Pending>();

  /** Keeps a part; why not when it cannot (the copy is then dropped). Part 0 starts a copy, and
   *  drops any other copy the same page had under way. */
  add(sender: string, copy: string, index: number, part: CopyPart): string | null {
    let p = this.pending.get(sender);
    if (index === 0) {
      this.pending.delete(sender);
      p = { copy, parts: [], html: 0, texts: 0, textChars: 0, tags: 0 };
      this.pending.set(sender, p);
      this.evict();
    }
    if (!p || p.copy !== copy) return `part ${index} of copy ${copy}: no such copy under way`;
    if (index !== p.parts.length)
      return this.drop(sender, `part ${index} of copy ${copy}: expected part ${p.parts.length}`);
    p.html += part.html.length;
    p.texts += part.texts.length;
    p.textChars += part.texts.reduce((n, t) => n + t.length, 0);
    p.tags += part.tags.length;
    const over =
      p.html > PAGE_COPY_CHARS
        ? `${p.html} characters of HTML, over ${PAGE_COPY_CHARS}`
        : p.textChars > PAGE_COPY_CHARS
          ? `${p.textChars} characters of text, over ${PAGE_COPY_CHARS}`
          : p.texts > PAGE_TEXT_NODES
            ? `${p.texts} text nodes, over ${PAGE_TEXT_NODES}`
            : p.tags > PAGE_ELEMENTS
              ? `${p.tags} elements, over ${PAGE_ELEMENTS}`
              : null;
    if (over) return this.drop(sender, `copy ${copy} holds ${over}`);
    p.parts.push(part);
    return null;
  }

  /** The whole copy, checked as a copy sent in one message would be; throws why not. */
  take(sender: string, url: string, copy: string, parts: number): PageSnapshot {
    const p = this.pending.get(sender);
    if (!p || p.copy !== copy) throw new Error(`copy ${copy}: no such copy under way`);
    this.pending.delete(sender);
    if (p.parts.length !== parts) throw new Error(`copy ${copy}: ${p.parts.length} parts received of ${parts}`);
    const joined = joinParts(url, p.parts);
    const problem = snapshotProblem(joined);
    if (problem) throw new Error(`copy ${copy}: ${problem}`);
    return joined;
  }

  private drop(sender: string, why: string): string {
    this.pending.delete(sender);
    return why;
  }

  private evict(): void {
    for (const sender of this.pending.keys()) {
      if (this.pending.size <= PENDING_COPIES) return;
      this.pending.delete(sender);
    }
  }
}
