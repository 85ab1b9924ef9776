// The page → copy → article text → live text nodes round trip, on the fixture pages.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor, Glossary, GlossaryActor } from '../../../src/core/types.ts';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { marksFromReply } from '../../../src/marking/map-back.ts';
import { chooseArticleText, parseSnapshot } from '../../../src/analysis/article-extract.ts';
import { ExtractionService } from '../../../src/analysis/extraction-service.ts';
import { groupRuns } from '../../../src/analysis/runs.ts';
import { loadPage, PAGES, parser } from '../helpers/page-fixtures.ts';

function actor(
  id: string,
  type: Actor['type'],
  name: string,
  aliases: string[] = [],
  shortNames?: string[],
): GlossaryActor {
  return {
    id,
    type,
    name,
    aliases,
    ...(shortNames ? { shortNames } : {}),
    description: { vi: `${name} (mô tả)`, en: `${name} (description)` },
    roles: [],
    contexts: [],
    storyIds: ['000-si-quan-my-quan-sat-zapad-2025'],
    coMentions: [],
    mentionCount: 1,
    source: 'corpus',
  };
}

/** A small glossary of real actors from the corpus, enough to exercise the round trip. */
const GLOSSARY: Glossary = {
  version: 1,
  actors: [
    actor('vladimir-putin', 'person', 'Vladimir Putin', [], ['Putin']),
    actor('alexander-lukashenko', 'person', 'Alexander Lukashenko', [], ['Lukashenko']),
    actor('viktor-khrenin', 'person', 'Viktor Khrenin', [], ['Khrenin']),
    actor('russia', 'state', 'Nga'),
    actor('belarus', 'state', 'Belarus'),
    actor('minsk', 'place', 'Minsk'),
  ],
  stories: [],
};

function readVnExpress() {
  const { document } = loadPage(PAGES.vnexpress);
  const live = snapshotPage(document);
  return { document, live };
}

function textOf(live: ReturnType<typeof readVnExpress>['live'], chosen: Set<number>): string {
  return [...chosen]
    .sort((a, b) => a - b)
    .map((i) => live.snapshot.texts[i])
    .join('');
}

describe('the page snapshot', () => {
  it('lists every text node with the number and tag of its element', () => {
    const { live } = readVnExpress();
    const { snapshot, nodes, elements } = live;
    expect(nodes.length).toBe(snapshot.texts.length);
    nodes.forEach((node, i) => {
      expect(node.data).toBe(snapshot.texts[i]);
      expect(elements[snapshot.parents[i]!]).toBe(node.parentElement);
      expect(snapshot.tags[snapshot.parents[i]!]).toBe(node.parentElement!.localName);
    });
    // Style bodies stay out of the copy and out of the text list; JSON-LD stays in the copy (the
    // worker reads the outlet and date from it) but never among the page's text nodes.
    expect(snapshot.html).not.toContain('font: 17px');
    expect(snapshot.texts.join('')).not.toContain('font: 17px');
    expect(snapshot.html).toContain('"@type": "NewsArticle"');
    expect(snapshot.texts.join('')).not.toContain('NewsArticle');
  });

  it('keeps a name split over inline elements in one run, and separate paragraphs apart', () => {
    const { live } = readVnExpress();
    const { texts, runs } = live.snapshot;
    const vla = texts.indexOf('Vla');
    expect(texts.slice(vla, vla + 3)).toEqual(['Vla', 'dimir Pu', 'tin và hai bên thường xuyên trao đổi.']);
    const nga = vla - 2;
    expect(texts[nga]).toBe('Nga');
    expect(texts[nga - 1]!.endsWith('Tổng thống\u00a0')).toBe(true);
    expect(new Set(runs.slice(nga - 1, vla + 3)).size).toBe(1);
    const lead = texts.findIndex((t) => t.startsWith('Các sĩ quan Mỹ'));
    const first = texts.findIndex((t) => t.startsWith('"Ai nghĩ được'));
    expect(runs[lead]).not.toBe(runs[first]);
  });

  it('leaves the live page untouched', () => {
    const { document } = loadPage(PAGES.vnexpress);
    const before = document.documentElement.outerHTML;
    snapshotPage(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('choosing the article text on a copy', () => {
  it('takes headline, lead, body and caption; leaves related box, tags, comments, nav and sidebar', () => {
    const { live } = readVnExpress();
    const copy = parseSnapshot(live.snapshot, parser());
    const { article, chosen } = chooseArticleText(copy, live.snapshot);
    expect(article).toBe(true);
    const text = textOf(live, chosen);
    expect(text).toContain('Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga'); // headline
    expect(text).toContain('dấu hiệu về quan hệ ấm lên giữa Minsk với Washington.'); // lead
    expect(text).toContain('Hai sĩ quan Mỹ bắt tay Bộ trưởng Quốc phòng Belarus Viktor Khrenin hôm 15/9.'); // caption
    expect(text).toContain('Điều này cho phép hãng có thể bảo dưỡng'); // body after the related box
    for (const outside of [
      'Tin liên quan',
      'Nga, Belarus nghiên cứu chi tiết',
      'Tags',
      'Thúy Nga',
      'Mỹ thuật',
      'Xem nhiều',
      'Volodymyr Zelensky',
      'Báo tiếng Việt nhiều người xem nhất',
    ]) {
      expect(text, outside).not.toContain(outside);
    }
  });

  it('takes the lead outside the body on Tuổi Trẻ and leaves its RelatedNewsBox', () => {
    const { document } = loadPage(PAGES.tuoitre);
    const live = snapshotPage(document);
    const { chosen } = chooseArticleText(parseSnapshot(live.snapshot, parser()), live.snapshot);
    const text = textOf(live, chosen);
    expect(text).toContain(document.querySelector('h2.detail-sapo')!.textContent!.trim());
    const related = document.querySelector('[type=RelatedNewsBox]')!;
    for (const t of related
      .textContent!.split('\n')
      .map((s) => s.trim())
      .filter((s) => s.length > 20)) {
      expect(text).not.toContain(t);
    }
  });
});

describe('the worker answer, mapped back to live text nodes', () => {
  it('marks exactly the names, across inline elements and &nbsp;, and nothing outside the story', async () => {
    const { document, live } = readVnExpress();
    const service = new ExtractionService({
      parser: parser(),
      loadGlossary: async () => GLOSSARY,
      buildFinder: (g) => buildMatcher(g.actors),
    });
    const reply = await service.extract(live.snapshot);
    if (!reply.ok) throw new Error(reply.reason);
    const marks = marksFromReply(reply, { nodes: live.nodes, texts: live.snapshot.texts }, document);
    const shown = marks.map((m) => `${m.actorId}:${m.range.toString()}`);
    expect(shown).toContain('vladimir-putin:Vladimir Putin');
    expect(shown).toContain('viktor-khrenin:Viktor Khrenin');
    const putin = marks.find((m) => m.actorId === 'vladimir-putin')!;
    expect(putin.nodes.map((n) => n.data)).toEqual(['Vla', 'dimir Pu', 'tin và hai bên thường xuyên trao đổi.']);
    for (const m of marks) {
      expect(
        m.range.startContainer.parentElement!.closest('.box-tinlienquanv2, .tags, #box_comment, aside, nav'),
      ).toBeNull();
    }
    // Headline: "Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga".
    const headline = document.querySelector('h1')!.firstChild!;
    expect(marks.filter((m) => m.nodes[0] === headline).map((m) => m.range.toString())).toEqual(['Belarus', 'Nga']);
    // This test's glossary lacks John Coale: the article introduces him ("John Coale, đại diện của
    // Tổng thống Mỹ…"), so he is read from it, with a card that says so. It lacks the Belarusian
    // ministry of defence too: "Bộ Quốc phòng Belarus" is read from its parts, under the id the
    // real glossary gives it.
    // biome-ignore format: a list packed by hand, a few items to a line, reads as a list
    expect(reply.actors.map((a) => a.id).sort()).toEqual([
      'alexander-lukashenko', 'article:john-coale', 'belarus', 'belarus-defence-ministry', 'minsk', 'russia', 'viktor-khrenin', 'vladimir-putin',
    ]);
    expect(reply.actors.find((a) => a.id === 'belarus-defence-ministry')).toMatchObject({
      composed: true,
      country: { id: 'belarus' },
    });
    expect(reply.actors.find((a) => a.id === 'article:john-coale')).toMatchObject({
      introduced: true,
      role: { title: 'Đại diện của Tổng thống Mỹ Donald Trump' },
    });
  });

  it('drops a mention whose text node changed after the page was read', async () => {
    const { document, live } = readVnExpress();
    const service = new ExtractionService({
      parser: parser(),
      loadGlossary: async () => GLOSSARY,
      buildFinder: (g) => buildMatcher(g.actors),
    });
    const reply = await service.extract(live.snapshot);
    if (!reply.ok) throw new Error(reply.reason);
    const vla = live.nodes.find((n) => n.data === 'Vla')!;
    vla.data = 'Ông ';
    const marks = marksFromReply(reply, { nodes: live.nodes, texts: live.snapshot.texts }, document);
    expect(marks.some((m) => m.actorId === 'vladimir-putin' && m.nodes.includes(vla))).toBe(false);
    expect(marks.some((m) => m.actorId === 'viktor-khrenin')).toBe(true);
  });
});

describe('groupRuns', () => {
  it('cuts a run where unchosen text stands between chosen text, but not at blank text', () => {
    const texts = ['Tổng thống ', 'QUẢNG CÁO', 'Nga', ' ', 'Putin', 'Đoạn sau'];
    const runs = [1, 1, 1, 1, 1, 2];
    expect(groupRuns(texts, runs, (i) => i !== 1 && i !== 3)).toEqual([[0], [2, 4], [5]]);
    expect(groupRuns(texts, runs, () => true)).toEqual([[0, 1, 2, 3, 4], [5]]);
  });
});
