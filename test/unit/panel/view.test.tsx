// @vitest-environment happy-dom
// The side panel's views in every state, in Vietnamese and English, each checked with axe.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Glossary } from '../../../src/core/types.ts';
import type { HistoryEntry } from '../../../src/keeping/history.ts';
import type { ShowMentionReply } from '../../../src/protocol/messages.ts';
import type { ActorCard, PageReadingReport } from '../../../src/shared/page-data.ts';
import type { Translate } from '../../../src/shared/i18n.ts';
import { PanelView, type FocusRequest, type PanelState } from '../../../src/panel/view.tsx';
import { connectionGraph } from '../../../src/panel/graph-model.ts';
import { NOT_READ_REASONS } from '../../../src/shared/not-read.ts';
import { axeViolations, readingOf, realGlossary, tEn, tVi } from './fixtures.ts';

const ALLY = '004-my-quan-ngai-vai-tro-dong-minh-moscow';
const ZAPAD = '000-si-quan-my-quan-sat-zapad-2025';

let host: HTMLElement | null = null;

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
  document.title = '';
});

interface Shown {
  root: HTMLElement;
  showMention: ReturnType<typeof vi.fn>;
  rerender: (props: Partial<Options>) => void;
}

interface Options {
  state: PanelState;
  t?: Translate;
  locale?: 'vi' | 'en';
  glossary?: Glossary | null;
  history?: HistoryEntry[];
  focus?: FocusRequest | null;
  reply?: ShowMentionReply;
}

function show(options: Options): Shown {
  if (host) render(null, host);
  host?.remove();
  document.documentElement.lang = options.locale ?? 'vi';
  document.title = 'Bối cảnh';
  host = document.createElement('div');
  document.body.append(host);
  const showMention = vi.fn(
    async (_actorId: string, index: number) => options.reply ?? { ok: true as const, index, total: 5 },
  );
  const draw = (o: Options) =>
    render(
      <PanelView
        state={o.state}
        history={o.history ?? []}
        focus={o.focus ?? null}
        ctx={{
          t: o.t ?? tVi,
          locale: o.locale ?? 'vi',
          glossary: o.glossary === undefined ? realGlossary() : o.glossary,
          showMention,
          readerUrl: (id) => `chrome-extension://test/reader.html?story=${id}`,
        }}
      />,
      host!,
    );
  act(() => draw(options));
  return { root: host, showMention, rerender: (p) => act(() => draw({ ...options, ...p })) };
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map(text);

async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

describe('panel states', () => {
  it('loading: a status with the extension’s name', async () => {
    const { root } = show({ state: { kind: 'loading' } });
    expect(root.querySelector('[role=status]')?.textContent).toBe('Bối cảnhĐang tải…');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a page Bối cảnh has not read, in both languages', async () => {
    const vi_ = show({ state: { kind: 'unread' } });
    expect(text(vi_.root.querySelector('h1'))).toBe('Bối cảnh chưa đọc trang này');
    expect(await axeViolations(vi_.root)).toEqual([]);
    const en = show({ state: { kind: 'unread' }, t: tEn, locale: 'en' });
    expect(text(en.root.querySelector('h1'))).toBe('Bối cảnh has not read this page');
    expect(en.root.querySelector('main')?.getAttribute('lang')).toBe('en');
  });

  it('a page the toolbar button could not read: why, and what to do, for every reason in both languages', async () => {
    const pdf = show({ state: { kind: 'not-read', reason: 'pdf' } });
    expect(text(pdf.root.querySelector('h1'))).toBe('Bối cảnh không đọc được tệp PDF');
    expect(await axeViolations(pdf.root)).toEqual([]);
    const denied = show({ state: { kind: 'not-read', reason: 'no-permission' }, t: tEn, locale: 'en' });
    expect(text(denied.root.querySelector('h1'))).toBe('Bối cảnh may not read this page yet');
    expect(text(denied.root.querySelector('p'))).toContain('Always run on this site');
    for (const reason of NOT_READ_REASONS) {
      for (const t of [tVi, tEn]) {
        const { root } = show({ state: { kind: 'not-read', reason }, t });
        expect(text(root.querySelector('h1')), reason).not.toBe('');
        expect(text(root.querySelector('p')), reason).not.toBe('');
      }
    }
  });

  it('a page that is not an article (the home page): says so, no cast', async () => {
    const reading: PageReadingReport = {
      url: 'https://vnexpress.net/',
      article: false,
      meta: { headline: '', lead: '', outlet: '', date: '', site: 'vnexpress.net' },
      actors: [],
      cards: [],
      pairs: [],
    };
    const { root } = show({ state: { kind: 'reading', reading } });
    expect(text(root.querySelector('h1'))).toBe('Trang này không phải một bài báo');
    expect(root.querySelector('#cast')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('an error: its message as text, never as HTML', async () => {
    const { root } = show({ state: { kind: 'error', message: '<img src=x onerror=alert(1)> tab closed' } });
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('p'))).toBe('<img src=x onerror=alert(1)> tab closed');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('an empty article: the header, and a cast that says no actor was found', async () => {
    const reading = readingOf(ALLY, { actors: [], cards: [] });
    const { root } = show({ state: { kind: 'reading', reading } });
    expect(text(root.querySelector('h1'))).toBe(
      'Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow',
    );
    expect(text(root.querySelector('#cast .empty'))).toBe(
      'Không tìm thấy nhân vật nào của từ điển Bối cảnh trong bài này.',
    );
    expect(root.querySelector('#connections')).toBeNull();
    expect(root.querySelector('#related')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('an article', () => {
  it('shows outlet, date, headline and the cast grouped by type, ranked by salience, with counts (Vietnamese)', async () => {
    const reading = readingOf(ALLY, {
      meta: {
        headline: 'Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow',
        lead: '',
        outlet: 'Báo Quốc tế',
        date: '2022-12-19',
        site: 'baoquocte.vn',
      },
    });
    const { root } = show({ state: { kind: 'reading', reading } });
    expect(text(root.querySelector('.article-source'))).toBe('Báo Quốc tế · 19/12/2022');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2022-12-19');
    expect(text(root.querySelector('.article-summary'))).toBe('16 nhân vật · 69 lần nhắc tên');
    expect(texts(root, '.group-title')).toEqual([
      'Nhân vật 4',
      'Quốc gia 4',
      'Tổ chức 2',
      'Địa danh 3',
      'Sự kiện 1',
      'Cơ quan báo chí 2',
    ]);
    const people = [...root.querySelectorAll('.group')][0]!;
    expect(texts(people, '.actor-name')).toEqual([
      'Vladimir Putin',
      'Karine Jean-Pierre',
      'Alexander Lukashenko',
      'Dmitry Peskov',
    ]);
    expect(texts(people, '.actor-count')).toEqual(['55 lần nhắc', '33 lần nhắc', '33 lần nhắc', '11 lần nhắc']);
    expect(texts(people, '.actor-count .sr-only')).toEqual(['5 lần nhắc', '3 lần nhắc', '3 lần nhắc', '1 lần nhắc']);
    const states = [...root.querySelectorAll('.group')][1]!;
    expect(texts(states, '.actor-name')).toEqual(['Nga', 'Belarus', 'Ukraine', 'Mỹ']);
    expect(root.querySelectorAll('button.actor-toggle[aria-expanded="false"]')).toHaveLength(16);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('missing metadata: no outlet line, "(không có tiêu đề)", and the hostname when there is no outlet', async () => {
    const bare = readingOf(ALLY, { meta: { headline: '', lead: '', outlet: '', date: '', site: '' } });
    const a = show({ state: { kind: 'reading', reading: bare } });
    expect(a.root.querySelector('.article-source')).toBeNull();
    expect(text(a.root.querySelector('h1'))).toBe('(không có tiêu đề)');
    expect(await axeViolations(a.root)).toEqual([]);
    const hostOnly = readingOf(ALLY, {
      meta: { headline: 'Tin thế giới', lead: '', outlet: '', date: '', site: 'baoquocte.vn' },
    });
    const b = show({ state: { kind: 'reading', reading: hostOnly } });
    expect(text(b.root.querySelector('.article-source'))).toBe('baoquocte.vn');
    expect(b.root.querySelector('.article-source .site')).not.toBeNull();
  });

  it('in English: type names, counts and dates', async () => {
    const reading = readingOf(ALLY, {
      meta: {
        headline: 'Xung đột Nga-Ukraine',
        lead: '',
        outlet: 'Báo Quốc tế',
        date: '2022-12-19',
        site: 'baoquocte.vn',
      },
    });
    const { root } = show({ state: { kind: 'reading', reading }, t: tEn, locale: 'en' });
    expect(text(root.querySelector('.article-source'))).toBe('Báo Quốc tế · 19 Dec 2022');
    expect(texts(root, '.group-title')[0]).toBe('Person 4');
    expect(texts(root, 'section > h2')).toEqual(['Who is in this article', 'Connections', 'Related stories']);
    expect(texts(root, '.actor-count .sr-only').slice(0, 4)).toEqual([
      '5 mentions',
      '3 mentions',
      '3 mentions',
      '1 mention',
    ]);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('many actors (40+) and long names: every one listed, labels cut only in the picture', async () => {
    const base = readingOf(ALLY);
    const cards: ActorCard[] = Array.from({ length: 44 }, (_, i) => ({
      id: `actor-${i}`,
      type: (['person', 'state', 'organization', 'place'] as const)[i % 4]!,
      name:
        i === 0
          ? 'Viện Nghiên cứu Chính trị và Nhân đạo Quốc tế thuộc Học viện Khoa học Liên bang Nga'
          : `Nhân vật số ${i}`,
      description: { vi: '', en: '' },
      storyCount: 0,
    }));
    const actors = cards.map((c, i) => ({
      actorId: c.id,
      count: 44 - i,
      salience: Math.round(((44 - i) / 990) * 1000) / 1000,
    }));
    const reading = { ...base, actors, cards, pairs: [{ a: 'actor-0', b: 'actor-1', count: 3 }] };
    const { root } = show({ state: { kind: 'reading', reading } });
    expect(root.querySelectorAll('li.actor')).toHaveLength(44);
    expect(text(root.querySelector('.actor-name'))).toBe(cards[0]!.name);
    const nodes = root.querySelectorAll('.graph .node');
    expect(nodes).toHaveLength(10);
    expect(nodes[0]!.getAttribute('aria-label')).toBe(cards[0]!.name);
    // The label wraps under the node, whole: what is seen is what is announced.
    expect([...nodes[0]!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      'Viện Nghiên cứu ',
      'Chính trị và ',
      'Nhân đạo Quốc tế ',
      'thuộc Học viện ',
      'Khoa học Liên ',
      'bang Nga',
    ]);
    expect(nodes[0]!.querySelector('text')?.textContent).toBe(cards[0]!.name);
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('an actor, expanded', () => {
  it('shows names, description, roles with dates and sources, corpus context, partners; axe-clean', async () => {
    const { root } = show({ state: { kind: 'reading', reading: readingOf(ALLY) } });
    const putin = root.querySelector('li[data-actor="vladimir-putin"] button.actor-toggle')!;
    await click(putin);
    expect(putin.getAttribute('aria-expanded')).toBe('true');
    const detail = root.querySelector(`#${putin.getAttribute('aria-controls')}`)!;
    // The name is said once, by the row's button, not again as a heading of the detail.
    const li = root.querySelector('li[data-actor="vladimir-putin"]')!;
    expect(
      [...li.querySelectorAll('*')].filter((el) => text(el) === 'Vladimir Putin').map((el) => el.className),
    ).toEqual(['actor-name']);
    expect(text(detail.querySelector('.other-names'))).toBe('Владимир Путин');
    expect(text(detail.querySelector('.description'))).toBe(
      'Tổng thống Liên bang Nga (2000–2008, từ 2012); Thủ tướng Nga (1999–2000, 2008–2012)',
    );
    expect(texts(detail, '.roles li')[0]).toMatch(/^Tổng thống Nga · tính đến 15\/9\/2025/);
    expect(texts(detail, 'h4')).toEqual(['Vai trò theo kho bài', 'Kho bài viết gì', 'Hay xuất hiện cùng']);
    const contexts = [...detail.querySelectorAll('.contexts li')];
    expect(contexts.length).toBe(4);
    // Newest first, each with its story and date; the story links to the reader page.
    // Story 000 has no headline: its lead names it.
    expect(text(contexts[0]!.querySelector('.source'))).toBe(
      '“Các sĩ quan Mỹ đến Belarus để quan sát cuộc tập trận chung giữa quân đội Belarus và Nga, d…” · 15/9/2025',
    );
    expect(contexts[1]!.querySelector('.source a')?.getAttribute('href')).toBe(
      'chrome-extension://test/reader.html?story=003a-nga-belarus-cau-truc-an-ninh-a-au',
    );
    expect(texts(detail, '.partners li').length).toBeGreaterThan(2);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a person read from the article: the role the article gave, and says where it comes from', async () => {
    const reading = readingOf(ALLY);
    const ryabkov: ActorCard = {
      id: 'article:sergei-ryabkov',
      type: 'person',
      name: 'Sergei Ryabkov',
      description: { vi: '', en: '' },
      storyCount: 0,
      introduced: true,
      role: {
        title: 'Phó Ngoại trưởng Nga',
        asOf: '2025-08-01',
        story: { headline: 'Nga nói sẵn sàng đối thoại', outlet: 'Tuổi Trẻ' },
      },
    };
    const withRyabkov = {
      ...reading,
      cards: [...reading.cards, ryabkov],
      actors: [...reading.actors, { actorId: ryabkov.id, count: 2, salience: 0.05 }],
    };
    const { root } = show({ state: { kind: 'reading', reading: withRyabkov } });
    const row = root.querySelector('li[data-actor="article:sergei-ryabkov"] button.actor-toggle')!;
    await click(row);
    const detail = root.querySelector(`#${CSS.escape(row.getAttribute('aria-controls')!)}`)!;
    expect(texts(detail, '.roles li')[0]).toMatch(/^Phó Ngoại trưởng Nga · tính đến 1\/8\/2025/);
    expect(texts(detail, '.note')).toEqual(['Đọc từ bài này: chưa có trong từ điển']);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('"in this article": first shows mention 1, then steps forward and back, wrapping', async () => {
    const { root, showMention } = show({ state: { kind: 'reading', reading: readingOf(ALLY) } });
    await click(root.querySelector('li[data-actor="vladimir-putin"] button.actor-toggle'));
    const status = () => text(root.querySelector('.step-status'));
    expect(status()).toBe('5 lần nhắc');
    await click(root.querySelector('.step.next'));
    expect(showMention).toHaveBeenLastCalledWith('vladimir-putin', 0);
    expect(status()).toBe('Lần nhắc 1 / 5');
    await click(root.querySelector('.step.next'));
    expect(showMention).toHaveBeenLastCalledWith('vladimir-putin', 1);
    await click(root.querySelector('.step.prev'));
    await click(root.querySelector('.step.prev'));
    expect(showMention).toHaveBeenLastCalledWith('vladimir-putin', 4);
    expect(status()).toBe('Lần nhắc 5 / 5');
    expect(root.querySelector('.step.next')?.getAttribute('aria-label')).toBe('Lần nhắc tiếp theo');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says so when the page cannot show the mention', async () => {
    const { root } = show({
      state: { kind: 'reading', reading: readingOf(ALLY) },
      reply: { ok: false, reason: 'marks are turned off' },
    });
    await click(root.querySelector('li[data-actor="minsk"] button.actor-toggle'));
    await click(root.querySelector('.step.next'));
    expect(text(root.querySelector('.step-status'))).toBe(
      'Không cuộn được trang tới tên này (trang đã đổi hoặc đã tắt đánh dấu).',
    );
  });

  it('opens on the actor a focus request names (the hover card’s button), and a graph node focuses one', async () => {
    const s = show({
      state: { kind: 'reading', reading: readingOf(ALLY) },
      focus: { actorId: 'alexander-lukashenko', seq: 1 },
    });
    expect(s.root.querySelector('li[data-actor="alexander-lukashenko"]')?.classList.contains('open')).toBe(true);
    // Focus goes to the row's own button: its name and "expanded", said once.
    expect(document.activeElement?.className).toBe('actor-toggle');
    expect(document.activeElement?.querySelector('.actor-name')?.textContent).toBe('Alexander Lukashenko');
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
    await click(s.root.querySelector('.graph .node[data-actor="belarus"]'));
    expect(s.root.querySelector('li[data-actor="belarus"]')?.classList.contains('open')).toBe(true);
    expect(s.root.querySelector('li[data-actor="alexander-lukashenko"]')?.classList.contains('open')).toBe(false);
    expect(s.root.querySelector('.graph .node.selected')?.getAttribute('data-actor')).toBe('belarus');
    // Keyboard: Enter on a node.
    const node = s.root.querySelector('.graph .node[data-actor="minsk"]')!;
    await act(async () => {
      node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(s.root.querySelector('li[data-actor="minsk"]')?.classList.contains('open')).toBe(true);
  });
});

describe('connections', () => {
  it('draws the top actors as buttons with links weighted by co-mentions, and lists them as text', async () => {
    const reading = readingOf(ALLY, { pairs: [{ a: 'belarus', b: 'russia', count: 4 }] });
    const { root } = show({ state: { kind: 'reading', reading } });
    const nodes = [...root.querySelectorAll('.graph .node')];
    expect(nodes.map((n) => n.getAttribute('aria-label'))).toEqual([
      'Nga',
      'Belarus',
      'Ukraine',
      'Mỹ',
      'Vladimir Putin',
      'Moskva',
      'Minsk',
      'Karine Jean-Pierre',
      'Nhà Trắng',
      'Alexander Lukashenko',
    ]);
    expect(nodes.every((n) => n.getAttribute('role') === 'button' && n.getAttribute('tabindex') === '0')).toBe(true);
    // Most salient in the middle.
    expect(nodes[0]!.querySelector('circle')?.getAttribute('cx')).toBe('180');
    const lines = [...root.querySelectorAll('.graph line')];
    const widths = lines.map((l) => Number(l.getAttribute('stroke-width')));
    expect(Math.max(...widths)).toBe(6);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(1);
    const list = texts(root, '.links-list li');
    expect(list.length).toBe(lines.length);
    expect(list[0]).toMatch(/^Nga – Belarus \(\d+ đoạn trong kho bài, 4 đoạn trong bài này\)$/);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('draws each actor’s two strongest links, and all of a selected actor’s links, lit', async () => {
    const { root } = show({ state: { kind: 'reading', reading: readingOf(ALLY) } });
    const drawn = () => [...root.querySelectorAll('.graph line')];
    const graph = connectionGraph(readingOf(ALLY), realGlossary());
    // Story 004: 38 of the 45 possible links exist in the corpus; 17 are drawn.
    expect(graph.edges.length + graph.weaker.length).toBe(38);
    expect(drawn().length).toBe(17);
    const jeanPierre = (e: { a: string; b: string }) => e.a === 'karine-jean-pierre' || e.b === 'karine-jean-pierre';
    const all = graph.edges.filter(jeanPierre).length + graph.weaker.filter(jeanPierre).length;
    expect(all).toBeGreaterThan(2);
    await click(root.querySelector('.graph .node[data-actor="karine-jean-pierre"]'));
    const lit = drawn().filter((l) => l.classList.contains('lit'));
    expect(lit.length).toBe(all);
    expect(drawn().length).toBe(17 + graph.weaker.filter(jeanPierre).length);
    // Lit links are painted last, over the others.
    expect(
      drawn()
        .slice(-lit.length)
        .every((l) => l.classList.contains('lit')),
    ).toBe(true);
  });
});

describe('related stories', () => {
  const history: HistoryEntry[] = [
    {
      url: 'https://vnexpress.net/lukashenko-tiep-dac-phai-vien-my-4939000.html',
      headline: 'Ông Lukashenko tiếp đặc phái viên Mỹ ở Minsk',
      outlet: 'VnExpress',
      date: '2025-09-11',
      readAt: '2025-09-12T08:30:00.000Z',
      actors: [
        { actorId: 'alexander-lukashenko', count: 6, salience: 0.4 },
        { actorId: 'minsk', count: 2, salience: 0.2 },
        { actorId: 'united-states', count: 3, salience: 0.25 },
      ],
    },
  ];

  it('from the corpus: headline, outlet, date, shared actors; a story without headline by its lead', async () => {
    const { root } = show({ state: { kind: 'reading', reading: readingOf(ALLY) } });
    const stories = [...root.querySelectorAll('.stories .story')];
    expect(stories.map((s) => s.getAttribute('data-source'))).toEqual([
      'corpus',
      'corpus',
      'corpus',
      'corpus',
      'corpus',
    ]);
    expect(text(stories[0]!.querySelector('.story-title'))).toBe(
      'Thấy gì từ chuyến thăm ‘hiếm hoi’ Belarus của Tổng thống Nga Putin',
    );
    expect(stories[0]!.querySelector('a')?.getAttribute('href')).toBe(
      'chrome-extension://test/reader.html?story=001-chuyen-tham-hiem-hoi-belarus-cua-putin',
    );
    expect(text(stories[0]!.querySelector('.story-meta'))).toBe('Kho bài Một thế giới · 20/12/2022');
    expect(text(stories[0]!.querySelector('.story-shared'))).toMatch(/^Chung: Nga, Belarus, Ukraine, /);
    const zapad = root.querySelector(`.story[data-key="story:${ZAPAD}"]`)!;
    expect(text(zapad.querySelector('.story-title'))).toBe(
      'Các sĩ quan Mỹ đến Belarus để quan sát cuộc tập trận chung giữa quân đội Belarus và Nga, d…',
    );
    expect(text(zapad.querySelector('.story-meta'))).toBe('Kho bài tính đến 15/9/2025');
    expect(texts(root, '.timeline time')).toEqual([
      '20/12/2022',
      'tính đến 23/5/2024',
      'tính đến 25/6/2024',
      '27/6/2024',
      'tính đến 15/9/2025',
    ]);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('from history: a link to the page read, marked as read', async () => {
    const { root } = show({ state: { kind: 'reading', reading: readingOf(ALLY) }, history, t: tEn, locale: 'en' });
    const entry = root.querySelector('.story[data-source="history"]')!;
    const link = entry.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(history[0]!.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(entry.querySelector('.story-meta'))).toBe('Read VnExpress · 11 Sep 2025');
    expect(text(entry.querySelector('.story-shared'))).toBe('Shared: Mỹ, Alexander Lukashenko, Minsk');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('none related: says so, no timeline', async () => {
    const lonely = readingOf(ALLY, {
      actors: [{ actorId: 'vietnam', count: 1, salience: 1 }],
      cards: [{ id: 'vietnam', type: 'state', name: 'Việt Nam', description: { vi: '', en: '' }, storyCount: 0 }],
    });
    const { root } = show({ state: { kind: 'reading', reading: lonely } });
    expect(text(root.querySelector('#related .empty'))).toBe(
      'Chưa có bài nào trong kho bài hay trong lịch sử đọc có chung nhân vật với bài này.',
    );
    expect(root.querySelector('.timeline')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('without the glossary (still loading): the cast alone', async () => {
    const { root } = show({ state: { kind: 'reading', reading: readingOf(ALLY) }, glossary: null });
    expect(root.querySelectorAll('li.actor')).toHaveLength(16);
    expect(root.querySelector('#connections')).toBeNull();
    expect(root.querySelector('#related')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('renders page text as text: a hostile headline stays a string', async () => {
    const reading = readingOf(ALLY, {
      meta: { headline: '<b onclick="x()">Nga</b> & Mỹ', lead: '', outlet: '<i>Báo</i>', date: '', site: '' },
    });
    const { root } = show({ state: { kind: 'reading', reading } });
    expect(root.querySelector('h1 b, .article-source i')).toBeNull();
    expect(text(root.querySelector('h1'))).toBe('<b onclick="x()">Nga</b> & Mỹ');
  });
});
