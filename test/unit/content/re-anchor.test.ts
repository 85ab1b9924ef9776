// @vitest-environment happy-dom
// Marks follow a page that redraws its article: a framework replaces the article's nodes with new
// ones holding the same text, and each mark is put back on the node now holding its text at its
// rank among equal texts, so that hover (the mark index) finds it at once. A mark whose text
// changed is dropped, never guessed.
import { afterEach, describe, expect, it } from 'vitest';
import { MarkIndex, marksFromReply, type PageMark } from '../../../src/marking/map-back.ts';
import {
  anchorMarks,
  followText,
  inPlace,
  PageTextWalk,
  readPageText,
  regionOf,
  textChange,
  type PageText,
} from '../../../src/content/re-anchor.ts';
import type { ActorCard, ExtractReply, PageMention } from '../../../src/shared/page-data.ts';

const CARDS: ActorCard[] = [
  { id: 'russia', type: 'state', name: 'Nga', latin: 'Russia', description: { vi: '', en: '' }, storyCount: 6 },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', description: { vi: '', en: '' }, storyCount: 5 },
  { id: 'viktor-khrenin', type: 'person', name: 'Viktor Khrenin', description: { vi: '', en: '' }, storyCount: 1 },
];

/** The article as a page renders it, over and over: the same text in new nodes each time. */
const ARTICLE = [
  '<p>Bộ trưởng Quốc phòng Belarus Viktor Khrenin mời các sĩ quan tới quan sát.</p>',
  '<p>Tổng thống&nbsp;<a href="/chu-de/nga">Nga</a> <span>Vla</span><span>dimir Pu</span>tin và hai bên thường xuyên trao đổi.</p>',
  '<p>Tin liên quan: <a href="/chu-de/nga">Nga</a></p>',
  '<p>Quan hệ với <a href="/chu-de/nga">Nga</a> vẫn là trọng tâm.</p>',
].join('');

function page(): HTMLElement {
  document.body.innerHTML = `<h1>Sĩ quan Mỹ tới quan sát tập trận</h1><article>${ARTICLE}</article><script>var x = 1;</script>`;
  return document.querySelector('article')!;
}

/** What a React render does: the article's children replaced by freshly built ones. */
function redraw(article: HTMLElement, html = ARTICLE): void {
  const fresh = document.createElement('template');
  fresh.innerHTML = html;
  article.replaceChildren(fresh.content);
}

function pageText(): PageText {
  const text = readPageText(document.body);
  if (!text) throw new Error('torn walk');
  return text;
}

/** Marks as the worker's answer would make them: `needle`'s `occurrence`-th appearance in the
 *  page's joined text, mapped back to (node, offset) points. */
function marksOn(wanted: [actorId: string, needle: string, occurrence: number][]): PageMark[] {
  const { nodes, texts } = pageText();
  const whole = texts.join('');
  const pointAt = (at: number, atEnd: boolean) => {
    let start = 0;
    for (let i = 0; i < texts.length; i++) {
      const end = start + texts[i]!.length;
      if (atEnd ? at <= end : at < end) return { node: i, offset: at - start };
      start = end;
    }
    throw new Error(`offset ${at} is past the page`);
  };
  const mentions: PageMention[] = wanted.map(([actorId, needle, occurrence]) => {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = whole.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle}`);
    return { actorId, start: pointAt(at, false), end: pointAt(at + needle.length, true) };
  });
  const reply: Extract<ExtractReply, { ok: true }> = { ok: true, article: true, mentions, actors: CARDS };
  return marksFromReply(reply, { nodes, texts }, document);
}

const MARKS: [string, string, number][] = [
  ['viktor-khrenin', 'Viktor Khrenin', 0],
  ['russia', 'Nga', 0],
  ['vladimir-putin', 'Vladimir Putin', 0],
  ['russia', 'Nga', 2], // the third "Nga" link: its node's text is the same as two others'
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('following a redrawn article', () => {
  it('puts every mark on the new nodes, over the same text, where the mark index finds it', () => {
    const article = page();
    const marks = marksOn(MARKS);
    expect(marks.map((m) => m.range.toString())).toEqual(['Viktor Khrenin', 'Nga', 'Vladimir Putin', 'Nga']);
    const anchors = anchorMarks(marks, pageText());
    const oldNodes = marks.flatMap((m) => m.nodes);

    redraw(article);
    expect(oldNodes.every((n) => !n.isConnected)).toBe(true);
    expect(anchors.some(inPlace)).toBe(false);

    const followed = followText(anchors, pageText());
    expect(followed).toMatchObject({ moved: 4, lost: 0 });
    const moved = followed.anchors.map((a) => a.mark);
    expect(moved.map((m) => m.range.toString())).toEqual(['Viktor Khrenin', 'Nga', 'Vladimir Putin', 'Nga']);
    expect(moved.map((m) => m.actorId)).toEqual(marks.map((m) => m.actorId));
    for (const mark of moved) expect(mark.nodes.every((n) => n.isConnected && !oldNodes.includes(n))).toBe(true);

    // Hover asks the index for the mark under the caret: it must answer on the new nodes.
    const index = new MarkIndex(moved);
    const khrenin = moved[0]!;
    expect(index.at(khrenin.range.startContainer, khrenin.range.startOffset + 3)).toBe(khrenin);
    expect(index.at(oldNodes[0]!, marks[0]!.range.startOffset + 3)).toBeNull();
  });

  it('tells equal texts apart by their rank: the third "Nga" link stays the third', () => {
    const article = page();
    const marks = marksOn(MARKS);
    const anchors = anchorMarks(marks, pageText());
    redraw(article);
    const third = followText(anchors, pageText()).anchors[3]!.mark;
    expect(third.nodes[0]!.parentElement!.closest('p')!.textContent).toBe('Quan hệ với Nga vẫn là trọng tâm.');
  });

  it('follows a name split over several elements, node by node', () => {
    const article = page();
    const [putin] = marksOn([['vladimir-putin', 'Vladimir Putin', 0]]);
    expect(putin!.nodes.map((n) => n.data)).toEqual(['Vla', 'dimir Pu', 'tin và hai bên thường xuyên trao đổi.']);
    const anchors = anchorMarks([putin!], pageText());
    redraw(article);
    const moved = followText(anchors, pageText()).anchors[0]!.mark;
    expect(moved.nodes.map((n) => n.data)).toEqual(['Vla', 'dimir Pu', 'tin và hai bên thường xuyên trao đổi.']);
    expect(moved.range.toString()).toBe('Vladimir Putin');
  });

  it('follows again after each of many redraws', () => {
    const article = page();
    let anchors = anchorMarks(marksOn(MARKS), pageText());
    for (let i = 0; i < 5; i++) {
      redraw(article);
      const followed = followText(anchors, pageText());
      expect(followed.lost).toBe(0);
      anchors = followed.anchors;
      expect(anchors.every(inPlace)).toBe(true);
    }
    expect(anchors.map((a) => a.mark.range.toString())).toEqual(['Viktor Khrenin', 'Nga', 'Vladimir Putin', 'Nga']);
  });

  it('keeps the very same marks where the page left their nodes alone', () => {
    page();
    const marks = marksOn(MARKS);
    const anchors = anchorMarks(marks, pageText());
    document.querySelector('h1')!.replaceChildren('Một tiêu đề khác hẳn');
    const followed = followText(anchors, pageText());
    expect(followed).toMatchObject({ moved: 0, lost: 0 });
    for (const [i, a] of followed.anchors.entries()) expect(a.mark).toBe(marks[i]);
  });

  it('drops a mark whose text the redraw changed, and keeps the others', () => {
    const article = page();
    const anchors = anchorMarks(marksOn(MARKS), pageText());
    redraw(article, ARTICLE.replace('Viktor Khrenin mời', 'ông Viktor Khrenin đã mời'));
    const followed = followText(anchors, pageText());
    expect(followed.lost).toBe(1);
    expect(followed.anchors.map((a) => a.mark.actorId)).toEqual(['russia', 'vladimir-putin', 'russia']);
  });

  it('drops a mark whose equal text the redraw no longer has at its rank', () => {
    const article = page();
    const anchors = anchorMarks(marksOn(MARKS), pageText());
    redraw(article, ARTICLE.replace('<p>Quan hệ với <a href="/chu-de/nga">Nga</a> vẫn là trọng tâm.</p>', ''));
    const followed = followText(anchors, pageText());
    expect(followed.lost).toBe(1);
    expect(followed.anchors).toHaveLength(3);
  });

  it('gives no anchor to a mark whose nodes the walk did not see', () => {
    const article = page();
    const marks = marksOn(MARKS);
    const before = pageText();
    redraw(article);
    expect(anchorMarks(marks, pageText())).toEqual([]);
    expect(anchorMarks(marks, before)).toHaveLength(4);
  });
});

describe('walking the page’s text', () => {
  it('leaves out script bodies, and walks in slices to the same result', () => {
    const article = page();
    article.insertAdjacentHTML('beforeend', Array.from({ length: 600 }, (_, i) => `<p>đoạn ${i}</p>`).join(''));
    const whole = pageText();
    expect(whole.texts).not.toContain('var x = 1;');
    let clock = 0;
    const walk = new PageTextWalk(document.body, () => clock++);
    let slices = 1;
    while (!walk.step(clock)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(walk.result()!.texts).toEqual(whole.texts);
    expect(walk.result()!.nodes).toEqual(whole.nodes);
  });

  it('says it was torn when the page removed the node it stood on between two slices', () => {
    const article = page();
    const filler = Array.from({ length: 600 }, (_, i) => `<p>đoạn ${i}</p>`).join('');
    article.insertAdjacentHTML('afterbegin', filler);
    let clock = 0;
    const walk = new PageTextWalk(document.body, () => clock);
    expect(walk.step(0)).toBe(false); // the first slice stops part-way, inside the article
    redraw(article);
    while (!walk.step(Number.POSITIVE_INFINITY)) clock++;
    expect(walk.result()).toBeNull();
  });
});

describe('textChange', () => {
  it('is nothing for the same texts in new nodes, in another order, or with other whitespace nodes', () => {
    const before = ['Tổng thống ', 'Nga', ' ', 'Vla', 'dimir Pu', 'tin', '\n'];
    expect(textChange(before, [...before])).toBe(0);
    expect(textChange(before, [...before].reverse())).toBe(0);
    expect(textChange(before, [...before, '  ', '\n\t'])).toBe(0);
  });

  it('counts the characters of text added, removed or changed', () => {
    const before = ['Bộ trưởng Viktor Khrenin cho hay.', 'Nga'];
    expect(textChange(before, [...before, 'Đoạn mới.'])).toBe('Đoạn mới.'.length);
    expect(textChange(before, ['Nga'])).toBe(before[0]!.length);
    expect(textChange(before, ['Bộ trưởng Viktor Khrenin cho biết.', 'Nga'])).toBe(
      before[0]!.length + 'Bộ trưởng Viktor Khrenin cho biết.'.length,
    );
  });
});

describe('the marks’ region', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('is the nearest element holding every mark, so the follow walk skips the rest of the page', () => {
    const article = page();
    expect(
      regionOf(
        marksOn([
          ['viktor-khrenin', 'Viktor Khrenin', 0],
          ['russia', 'Nga', 2],
        ]),
      )?.root,
    ).toBe(article);
    expect(regionOf(marksOn([['russia', 'Nga', 0]]))?.root.localName).toBe('a');
    expect(regionOf([])).toBeNull();
  });

  it('leaves out the children holding no mark, and follows an article the page replaced whole', () => {
    const comments = Array.from({ length: 50 }, (_, i) => `<p>Bạn đọc ${i}: Nga</p>`).join('');
    document.body.innerHTML = `<main><h1>Nga và Belarus</h1><article>${ARTICLE}</article><section>${comments}</section></main>`;
    const main = document.querySelector('main')!;
    const marks = marksOn([
      ['russia', 'Nga', 0],
      ['viktor-khrenin', 'Viktor Khrenin', 0],
      ['russia', 'Nga', 2],
    ]);
    const region = regionOf(marks)!;
    expect(region.root).toBe(main);
    expect([...region.without].map((n) => (n as Element).localName)).toEqual(['section']);
    const before = new PageTextWalk(region);
    before.step(Number.POSITIVE_INFINITY);
    const text = before.result()!;
    expect(text.texts.join('')).not.toContain('Bạn đọc');
    expect(text.texts[0]).toBe('Nga và Belarus');
    const anchors = anchorMarks(marks, text);
    expect(anchors).toHaveLength(3);
    // The page renders a new article element in place of the old one.
    const fresh = document.createElement('article');
    fresh.innerHTML = ARTICLE;
    main.querySelector('article')!.replaceWith(fresh);
    const after = new PageTextWalk(region);
    after.step(Number.POSITIVE_INFINITY);
    const { anchors: followed, lost } = followText(anchors, after.result()!);
    expect(lost).toBe(0);
    expect(followed.map((a) => a.mark.range.toString())).toEqual(['Nga', 'Viktor Khrenin', 'Nga']);
    expect(followed.slice(1).every((a) => fresh.contains(a.mark.range.startContainer))).toBe(true);
  });
});
