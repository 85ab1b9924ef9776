// @vitest-environment happy-dom
// The page watcher tells a redraw (the page took text out of the document) at once, in the same
// microtask as the page's change, so that the marks follow the text before the reader's next hover;
// and it counts every change of text, so that a reading can tell whether the page changed under it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureChange, PageWatcher } from '../../../src/content/page-watcher.ts';

const ARTICLE =
  '<p>Bộ trưởng Quốc phòng Belarus Viktor Khrenin mời các sĩ quan Mỹ tới quan sát.</p><p>Tổng thống Nga Vladimir Putin.</p>';

function watched(): { article: HTMLElement; watcher: PageWatcher; removed: ReturnType<typeof vi.fn> } {
  document.body.innerHTML = `<h1>Sĩ quan Mỹ tới quan sát tập trận</h1><article>${ARTICLE}</article>`;
  const removed = vi.fn();
  const watcher = new PageWatcher(document, () => {}, removed);
  watcher.start();
  return { article: document.querySelector('article')!, watcher, removed };
}

/** Mutation observers report in a microtask after the change. */
const observed = () => new Promise<void>((ok) => queueMicrotask(ok));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageWatcher', () => {
  it('reports at once a redraw that replaced the article’s nodes', async () => {
    const { article, removed } = watched();
    const fresh = document.createElement('template');
    fresh.innerHTML = ARTICLE;
    article.replaceChildren(fresh.content);
    await observed();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('does not take text added to the page for a redraw, but counts it as a change', async () => {
    const { article, watcher, removed } = watched();
    const before = watcher.changes;
    article.insertAdjacentHTML('beforeend', '<p>Đoạn tin cập nhật thêm về cuộc tập trận.</p>');
    await observed();
    expect(removed).not.toHaveBeenCalled();
    expect(watcher.changes).toBeGreaterThan(before);
  });

  it('does not count our own elements, added or removed', async () => {
    const { watcher, removed } = watched();
    const before = watcher.changes;
    const card = document.createElement('div');
    card.setAttribute('data-boi-canh-card', '');
    card.textContent = 'Viktor Khrenin';
    document.body.append(card);
    await observed();
    card.remove();
    await observed();
    expect(removed).not.toHaveBeenCalled();
    expect(watcher.changes).toBe(before);
  });
});

describe('measureChange', () => {
  it('says whether page text was taken out, not emptied elements', () => {
    const p = document.createElement('p');
    p.textContent = 'Tổng thống Nga Vladimir Putin.';
    const empty = document.createElement('div');
    const record = (removed: Node[]) =>
      [
        { type: 'childList', addedNodes: [], removedNodes: removed, target: document.body },
      ] as unknown as MutationRecord[];
    expect(measureChange(record([p]))).toEqual({ length: p.textContent.length, removed: true, shown: false });
    expect(measureChange(record([empty]))).toEqual({ length: 0, removed: false, shown: false });
  });
});
