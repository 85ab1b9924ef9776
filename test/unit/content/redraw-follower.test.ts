// @vitest-environment happy-dom
// The content script's part in a page that redraws its article: after a reading is shown, the
// marks follow the text onto the redrawn nodes, and the page is read again only when its text
// changed (re-anchor.test.ts tests the following itself); a reading a redraw took marks from is
// set aside for a later one, but not forever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { marksFromReply, type PageMark } from '../../../src/marking/map-back.ts';
import { readPageText } from '../../../src/content/re-anchor.ts';
import { RedrawFollower } from '../../../src/content/redraw-follower.ts';
import type { ActorCard, ExtractReply, PageMention } from '../../../src/shared/page-data.ts';

const CARDS: ActorCard[] = [
  { id: 'russia', type: 'state', name: 'Nga', latin: 'Russia', description: { vi: '', en: '' }, storyCount: 6 },
  { id: 'viktor-khrenin', type: 'person', name: 'Viktor Khrenin', description: { vi: '', en: '' }, storyCount: 1 },
];

const ARTICLE = [
  '<p>Bộ trưởng Quốc phòng Belarus Viktor Khrenin mời các sĩ quan tới quan sát.</p>',
  '<p>Quan hệ với <a href="/chu-de/nga">Nga</a> vẫn là trọng tâm.</p>',
].join('');
const LATER = '<p>Đoạn tin mới được trang thêm vào sau khi bài đã được đọc xong, dài hơn bốn mươi ký tự.</p>';

function page(): HTMLElement {
  document.body.innerHTML = `<h1>Sĩ quan Mỹ tới quan sát tập trận</h1><article>${ARTICLE}</article>`;
  return document.querySelector('article')!;
}

/** What a React render does: the article's children replaced by freshly built ones. */
function redraw(article: HTMLElement, html = ARTICLE): void {
  const fresh = document.createElement('template');
  fresh.innerHTML = html;
  article.replaceChildren(fresh.content);
}

/** The marks a reading of the page would show: each needle's first appearance. */
function marksOn(wanted: [actorId: string, needle: string][]): PageMark[] {
  const { nodes, texts } = readPageText(document.body)!;
  const mentions: PageMention[] = wanted.map(([actorId, needle]) => {
    const node = texts.findIndex((t) => t.includes(needle));
    const offset = texts[node]!.indexOf(needle);
    return { actorId, start: { node, offset }, end: { node, offset: offset + needle.length } };
  });
  const reply: Extract<ExtractReply, { ok: true }> = { ok: true, article: true, mentions, actors: CARDS };
  return marksFromReply(reply, { nodes, texts }, document);
}

/** A follower over a page showing `marks`, with the content script's side recorded. */
function follower(marks: PageMark[]) {
  const marking = { current: marks as readonly PageMark[], touchesDom: false };
  const watcher = { changes: 0, rereadSoon: vi.fn() };
  const read = vi.fn(async () => {});
  const setMarks = vi.fn((next: PageMark[]) => void (marking.current = next));
  return {
    marking,
    watcher,
    read,
    setMarks,
    follower: new RedrawFollower(document, marking, watcher, { read, setMarks }),
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RedrawFollower', () => {
  it('moves the marks onto the redrawn article, and reads nothing again when its text is as read', async () => {
    const article = page();
    const shown = follower(
      marksOn([
        ['viktor-khrenin', 'Viktor Khrenin'],
        ['russia', 'Nga'],
      ]),
    );
    await shown.follower.remember(0);
    redraw(article);
    shown.follower.followRedraw();
    await vi.waitFor(() => expect(shown.setMarks).toHaveBeenCalledTimes(1));
    const moved = shown.marking.current;
    expect(moved.map((m) => [m.actorId, m.range.toString(), article.contains(m.range.startContainer)])).toEqual([
      ['viktor-khrenin', 'Viktor Khrenin', true],
      ['russia', 'Nga', true],
    ]);
    await shown.follower.rereadIfChanged(true);
    expect(shown.read).not.toHaveBeenCalled();
    expect(shown.watcher.rereadSoon).not.toHaveBeenCalled();
  });

  it('reads the page again after a redraw that changed its text, and after any other change', async () => {
    const article = page();
    const shown = follower(marksOn([['russia', 'Nga']]));
    await shown.follower.remember(0);
    redraw(article, ARTICLE + LATER);
    await shown.follower.rereadIfChanged(true);
    expect(shown.read).toHaveBeenCalledTimes(1);
    await shown.follower.rereadIfChanged(false);
    expect(shown.read).toHaveBeenCalledTimes(2);
  });

  it('sets aside a reading a redraw took marks from, ten in a row at most', () => {
    page();
    const { follower: redraws } = follower(
      marksOn([
        ['viktor-khrenin', 'Viktor Khrenin'],
        ['russia', 'Nga'],
      ]),
    );
    const before = redraws.redrawCount;
    expect(redraws.setsAside(before, 1), 'no redraw during the reading').toBe(false);
    redraws.followRedraw();
    expect(redraws.setsAside(before, 2), 'a redraw that took no marks').toBe(false);
    const verdicts = Array.from({ length: 12 }, () => redraws.setsAside(before, 1));
    expect(verdicts).toEqual([...Array<boolean>(10).fill(true), false, true]);
  });
});
