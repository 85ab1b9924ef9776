// @vitest-environment happy-dom
// The small in-page pieces: card placement, hit-testing by caret position, the fallback painter,
// the change filter of the page watcher, message formatting.
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES } from '../../../src/core/types.ts';
import { placeCard } from '../../../src/marking/card-host.ts';
import { MarkIndex, marksFromReply, mentionProblem } from '../../../src/marking/map-back.ts';
import { elementCss, highlightCss, highlightName, MARK_KINDS } from '../../../src/marking/mark-looks.ts';
import { createPainter, ElementPainter } from '../../../src/marking/marks.ts';
import { changedTextLength } from '../../../src/content/page-watcher.ts';
import { formatDate, formatMessage } from '../../../src/shared/i18n.ts';
import type { ActorCard, ExtractReply } from '../../../src/shared/page-data.ts';

const VIEW = { width: 1280, height: 900 };
const CARD = { width: 320, height: 200 };

describe('placeCard', () => {
  it('goes just below the name', () => {
    expect(placeCard({ left: 100, top: 300, right: 220, bottom: 322 }, CARD, VIEW)).toEqual({ left: 100, top: 328 });
  });
  it('goes above a name near the bottom of the window', () => {
    expect(placeCard({ left: 100, top: 800, right: 220, bottom: 822 }, CARD, VIEW)).toEqual({ left: 100, top: 594 });
  });
  it('stays inside the window at the right edge and in a tiny window', () => {
    expect(placeCard({ left: 1200, top: 100, right: 1260, bottom: 122 }, CARD, VIEW)).toEqual({ left: 956, top: 128 });
    expect(placeCard({ left: 10, top: 100, right: 60, bottom: 120 }, CARD, { width: 300, height: 150 })).toEqual({
      left: 4,
      top: 4,
    });
  });
});

const cards: ActorCard[] = [
  { id: 'russia', type: 'state', name: 'Nga', latin: 'Russia', description: { vi: '', en: '' }, storyCount: 6 },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', description: { vi: '', en: '' }, storyCount: 5 },
];

function paragraph() {
  document.body.innerHTML =
    '<p>Tổng thống&nbsp;<a href="/chu-de/nga">Nga</a> <span>Vla</span><span>dimir Pu</span>tin và hai bên thường xuyên trao đổi.</p>';
  const p = document.querySelector('p')!;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const reply: Extract<ExtractReply, { ok: true }> = {
    ok: true,
    article: true,
    actors: cards,
    mentions: [
      { actorId: 'russia', start: { node: 1, offset: 0 }, end: { node: 1, offset: 3 } },
      { actorId: 'vladimir-putin', start: { node: 3, offset: 0 }, end: { node: 5, offset: 3 } },
    ],
  };
  return { p, nodes, reply, live: { nodes, texts: nodes.map((n) => n.data) } };
}

describe('mapping back and hit-testing', () => {
  it('makes ranges over the live nodes and finds the mark under a caret', () => {
    const { nodes, reply, live } = paragraph();
    const marks = marksFromReply(reply, live, document);
    expect(marks.map((m) => m.range.toString())).toEqual(['Nga', 'Vladimir Putin']);
    const index = new MarkIndex(marks);
    expect(index.at(nodes[4]!, 3)?.actorId).toBe('vladimir-putin'); // "dimir| Pu"
    expect(index.at(nodes[5]!, 2)?.actorId).toBe('vladimir-putin'); // "ti|n"
    expect(index.at(nodes[5]!, 3)).toBeNull(); // just after "tin": outside
    expect(index.at(nodes[0]!, 2)).toBeNull(); // "Tổng thống": not a mark
  });

  it('refuses mentions that point past a node, backwards, or at a node that changed', () => {
    const { nodes, live } = paragraph();
    const m = (s: [number, number], e: [number, number]) => ({
      actorId: 'russia',
      start: { node: s[0], offset: s[1] },
      end: { node: e[0], offset: e[1] },
    });
    expect(mentionProblem(m([1, 0], [1, 4]), live)).toBe('text node changed or missing');
    expect(mentionProblem(m([1, 2], [1, 1]), live)).toBe('empty or reversed');
    expect(mentionProblem(m([9, 0], [9, 1]), live)).toBe('text node changed or missing');
    nodes[1]!.data = 'Mỹ';
    expect(mentionProblem(m([1, 0], [1, 2]), live)).toBe('text node changed or missing');
  });
});

describe('the fallback painter (no CSS Highlight API)', () => {
  it('is chosen when the API is missing, wraps each piece, keeps the text, and undoes cleanly', () => {
    const { p, reply, live } = paragraph();
    const before = p.innerHTML;
    const text = p.textContent;
    const painter = createPainter(document, 'tint-underline');
    expect(painter).toBeInstanceOf(ElementPainter);
    painter.paint(marksFromReply(reply, live, document));
    const wrapped = [...p.querySelectorAll('boi-canh-mark')].map(
      (w) => `${w.getAttribute('data-actor')}:${w.textContent}`,
    );
    expect(wrapped).toEqual(['russia:Nga', 'vladimir-putin:Vla', 'vladimir-putin:dimir Pu', 'vladimir-putin:tin']);
    expect(p.textContent).toBe(text);
    expect(painter.markAround(p.querySelector('boi-canh-mark')!.firstChild!)?.actorId).toBe('russia');
    painter.clear();
    expect(p.innerHTML).toBe(before);
  });

  it('has a look for every type in every style, for both highlights and fallback marks', () => {
    const css = highlightCss();
    for (const type of [...ACTOR_TYPES, 'introduced'] as const) {
      expect(MARK_KINDS).toContain(type);
      for (const style of ['tint-underline', 'underline', 'background'] as const) {
        const rule = new RegExp(`::highlight\\(${highlightName(type, style)}\\) \\{ [a-z]`);
        expect(css).toMatch(rule);
      }
      expect(elementCss('underline')).toContain(`boi-canh-mark[data-type="${type}"]`);
    }
    expect(highlightName('person', 'off')).toBeNull();
    // Each style's names are its own: the static sheet's rules never change.
    expect(
      new Set(
        MARK_KINDS.flatMap((k) =>
          (['tint-underline', 'underline', 'background'] as const).map((s) => highlightName(k, s)),
        ),
      ).size,
    ).toBe(MARK_KINDS.length * 3);
  });
});

describe('changedTextLength', () => {
  it('counts text the page added, and ignores our own elements', () => {
    const added = document.createElement('p');
    added.textContent = 'Tổng thống Nga Vladimir Putin đã đến Belarus.';
    const ours = document.createElement('div');
    ours.setAttribute('data-boi-canh-card', '');
    ours.textContent = 'Vladimir Putin Nhân vật';
    const records = [
      { type: 'childList', addedNodes: [added], removedNodes: [], target: document.body },
      { type: 'childList', addedNodes: [ours], removedNodes: [], target: document.body },
    ] as unknown as MutationRecord[];
    expect(changedTextLength(records)).toBe(added.textContent.length);
  });

  it('counts a ticking clock as a small change', () => {
    const clock = document.createTextNode('10:01');
    const records = [
      { type: 'characterData', target: clock, oldValue: '10:00', addedNodes: [], removedNodes: [] },
    ] as unknown as MutationRecord[];
    expect(changedTextLength(records)).toBe(1);
  });
});

describe('message formatting', () => {
  it('fills named placeholders as the browsers do', () => {
    const entry = {
      message: 'Theo “$SOURCE$” ($OUTLET$) – $$5',
      placeholders: { source: { content: '$1' }, outlet: { content: '$2' } },
    };
    expect(formatMessage(entry, ['Bộ trưởng Quốc phòng Nga - Mỹ điện đàm', 'Tuổi Trẻ'])).toBe(
      'Theo “Bộ trưởng Quốc phòng Nga - Mỹ điện đàm” (Tuổi Trẻ) – $5',
    );
  });
  it('writes dates the Vietnamese press way, or the English way', () => {
    expect(formatDate('2024-06-25', 'vi')).toBe('25/6/2024');
    expect(formatDate('2024-06-25', 'en')).toBe('25 Jun 2024');
    expect(formatDate('', 'vi')).toBe('');
    expect(formatDate('2024-07', 'vi')).toBe('7/2024'); // known to the month only
    expect(formatDate('2024-07', 'en')).toBe('Jul 2024');
  });
});
