// @vitest-environment happy-dom
// Institutions read from their parts, in the extension: the page matcher's composed cards (the
// glossary's actor wins when it has one), the protocol's check of them, the hover card naming the
// state one click away, and the side panel's cast counting the state named inside the name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { marksFromReply } from '../../../src/marking/map-back.ts';
import { MentionFocus } from '../../../src/marking/mention-focus.ts';
import { readingReport } from '../../../src/marking/reading-report.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Glossary, GlossaryActor } from '../../../src/core/types.ts';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';
import { withArticle } from '../../../src/analysis/institution-cards.ts';
import { extractReplyProblem } from '../../../src/protocol/payload-checks.ts';
import type { ActorCard, ExtractReply } from '../../../src/shared/page-data.ts';
import { PageMatcher } from '../../../src/analysis/page-matching.ts';
import { Card } from '../../../src/marking/card.tsx';

const actor = (
  id: string,
  type: GlossaryActor['type'],
  name: string,
  more: Partial<GlossaryActor> = {},
): GlossaryActor => ({
  id,
  type,
  name,
  aliases: [],
  description: { vi: `${name}.`, en: `${id}.` },
  roles: [],
  contexts: [],
  storyIds: [],
  coMentions: [],
  mentionCount: 0,
  source: 'data',
  ...more,
});

const GLOSSARY: Glossary = {
  version: 1,
  actors: [
    actor('poland', 'state', 'Ba Lan', {
      latin: 'Poland',
      description: { vi: 'Quốc gia ở Đông Âu', en: 'Country in Eastern Europe' },
    }),
    actor('united-states', 'state', 'Mỹ', { latin: 'United States', aliases: ['Hoa Kỳ'] }),
    actor('russia', 'state', 'Nga', { latin: 'Russia', aliases: ['LB Nga'] }),
    actor('kyiv', 'place', 'Kiev', { latin: 'Kyiv' }),
    actor('russia-defence-ministry', 'organization', 'Bộ Quốc phòng Nga', { source: 'corpus' }),
    actor('us-navy', 'organization', 'Hải quân Mỹ', { source: 'record' }),
  ],
  stories: [],
};

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;

function match(...paragraphs: string[]) {
  const reply = new PageMatcher(GLOSSARY, buildMatcher(GLOSSARY.actors)).match(
    paragraphs,
    paragraphs.map((_, i) => [i]),
    true,
  );
  if (!reply.ok) throw new Error(reply.reason);
  const text = (m: ExtractReply & { ok: true }, k: number) =>
    paragraphs[m.mentions[k]!.start.node]!.slice(m.mentions[k]!.start.offset, m.mentions[k]!.end.offset);
  return {
    reply,
    marks: reply.mentions.map((m, k) => `${text(reply, k)}→${m.actorId}`),
    card: (id: string) => reply.actors.find((c) => c.id === id),
  };
}

describe('composed cards from the page matcher', () => {
  it("says the kind and the state in one line in each language, and carries the state's card", () => {
    const { reply, marks, card } = match('Bộ Quốc phòng Ba Lan cho biết đã đóng cửa khẩu.');
    expect(marks).toEqual(['Bộ Quốc phòng Ba Lan→poland-defence-ministry']);
    expect(card('poland-defence-ministry')).toEqual({
      id: 'poland-defence-ministry',
      type: 'organization',
      name: 'Bộ Quốc phòng Ba Lan',
      description: { vi: 'Bộ Quốc phòng của Ba Lan', en: 'Ministry of Defence of Poland' },
      storyCount: 0,
      composed: true,
      country: {
        id: 'poland',
        type: 'state',
        name: 'Ba Lan',
        latin: 'Poland',
        description: { vi: 'Quốc gia ở Đông Âu', en: 'Country in Eastern Europe' },
        storyCount: 0,
      },
    });
    expect(extractReplyProblem(structuredClone(reply))).toBeNull();
  });

  it('names a mission by its place, in English with "the"', () => {
    const { card } = match('Đại sứ quán Mỹ tại Kiev tạm đóng cửa.');
    expect(card('united-states-embassy-in-kyiv')).toMatchObject({
      name: 'Đại sứ quán Mỹ tại Kiev',
      description: { vi: 'Đại sứ quán của Mỹ tại Kiev', en: 'Embassy of the United States in Kyiv' },
    });
  });

  it("gives the glossary's actor when it has the composed id, or the name the parts make", () => {
    // "Bộ Quốc phòng LB Nga" is no alias of the ministry: read from its parts, it is the glossary's.
    const byId = match('Bộ Quốc phòng LB Nga ra thông báo.');
    expect(byId.marks).toEqual(['Bộ Quốc phòng LB Nga→russia-defence-ministry']);
    expect(byId.card('russia-defence-ministry')?.composed).toBeUndefined();
    // "Hải quân Hoa Kỳ" makes "Hải quân Mỹ", which the glossary knows as us-navy.
    const byName = match('Hải quân Hoa Kỳ điều thêm tàu.');
    expect(byName.marks).toEqual(['Hải quân Hoa Kỳ→us-navy']);
    expect(byName.reply.actors.map((c) => c.id)).toEqual(['us-navy']);
  });

  it('puts "the" where English does', () => {
    // biome-ignore format: a list packed by hand, a few items to a line, reads as a list
    expect(['United States', 'Netherlands', 'Philippines', 'Solomon Islands', 'Poland', 'Ukraine'].map(withArticle)).toEqual([
      'the United States', 'the Netherlands', 'the Philippines', 'the Solomon Islands', 'Poland', 'Ukraine',
    ]);
  });
});

describe('the protocol', () => {
  const country: ActorCard = {
    id: 'poland',
    type: 'state',
    name: 'Ba Lan',
    description: { vi: '', en: '' },
    storyCount: 0,
  };
  const composed: ActorCard = {
    id: 'poland-navy',
    type: 'organization',
    name: 'Hải quân Ba Lan',
    description: { vi: '', en: '' },
    storyCount: 0,
    composed: true,
    country,
  };
  const reply = (card: unknown) => ({ ok: true, article: true, mentions: [], actors: [card] });

  it("takes a composed card with its state's card, one level deep only", () => {
    expect(extractReplyProblem(reply(composed))).toBeNull();
    expect(extractReplyProblem(reply({ ...composed, composed: false }))).toBe('reply.actors[0] is malformed');
    expect(extractReplyProblem(reply({ ...composed, country: { ...country, country } }))).toBe(
      'reply.actors[0] is malformed',
    );
    expect(extractReplyProblem(reply({ ...composed, country: { id: 'poland' } }))).toBe('reply.actors[0] is malformed');
  });
});

describe('the hover card of a composed institution', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  function show(locale: 'vi' | 'en') {
    const { card } = match('Bộ Quốc phòng Ba Lan cho biết.');
    const openPanel = vi.fn();
    host = document.createElement('div');
    document.body.append(host);
    render(
      <Card card={card('poland-defence-ministry')!} t={translateFrom(messages(locale))} actions={{ openPanel }} />,
      host,
    );
    const root = host.querySelector('.card')!;
    return {
      root,
      openPanel,
      lines: [...root.children].filter((e) => e.localName !== 'button').map((e) => e.textContent),
    };
  }

  it('says what it is, that it was read from its name, and names its state as a button', () => {
    const { root, lines, openPanel } = show('vi');
    expect(lines).toEqual([
      'Tổ chức',
      'Bộ Quốc phòng Ba Lan',
      'Bộ Quốc phòng của Ba Lan',
      'Đọc từ tên gọi trong bài: loại cơ quan và quốc gia, chưa có trong từ điển',
      'Quốc gia: Ba Lan',
    ]);
    const link = root.querySelector<HTMLButtonElement>('button.country-link')!;
    expect(link.getAttribute('aria-label')).toBe('Xem Ba Lan trong bảng bên');
    link.click();
    expect(openPanel).toHaveBeenCalledWith('poland');
    root.querySelector<HTMLButtonElement>('button.open-panel')!.click();
    expect(openPanel).toHaveBeenLastCalledWith('poland-defence-ministry');
  });

  it('in English', () => {
    expect(show('en').lines.slice(2)).toEqual([
      'Ministry of Defence of Poland',
      'Read from its name in this article: a kind of institution and its country, not in the glossary',
      'Country: Ba Lan',
    ]);
  });
});

describe("the side panel's picture of the page", () => {
  it("counts the state inside an institution's name, and shows it there", () => {
    const paragraphs = ['Bộ Quốc phòng Ba Lan cho biết.', 'Hải quân Hoa Kỳ đến Ba Lan.'];
    document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const { reply } = match(...paragraphs);
    const marks = marksFromReply(reply, { nodes, texts: paragraphs }, document);
    const report = readingReport({
      url: 'https://baoquocte.vn/a.html',
      article: true,
      meta: { headline: '', lead: '', outlet: '', date: '', site: '' },
      marks,
      headlineNodes: new Set(),
      leadNodes: new Set(),
    });
    expect(report.actors.map((a) => [a.actorId, a.count])).toEqual(
      expect.arrayContaining([
        ['poland', 2],
        ['poland-defence-ministry', 1],
        ['us-navy', 1],
      ]),
    );
    expect(report.cards.map((c) => c.id).sort()).toEqual(['poland', 'poland-defence-ministry', 'us-navy']);
    expect(report.pairs).toContainEqual({ a: 'poland', b: 'poland-defence-ministry', count: 1 });
    Element.prototype.scrollIntoView ??= () => {};
    const focus = new MentionFocus(document);
    expect(focus.show(marks, 'poland', 0)).toMatchObject({ ok: true, index: 0, total: 2 });
    expect(focus.show(marks, 'poland', 0).mark?.actorId).toBe('poland-defence-ministry');
  });
});
