// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTOR_TYPES } from '../../../src/core/types.ts';
import { Card } from '../../../src/marking/card.tsx';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';
import type { ActorCard } from '../../../src/shared/page-data.ts';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;
const vi_ = translateFrom(messages('vi'));
const en = translateFrom(messages('en'));

const KHRENIN: ActorCard = {
  id: 'viktor-khrenin',
  type: 'person',
  name: 'Viktor Khrenin',
  original: 'Виктор Хренин',
  description: { vi: 'Bộ trưởng Quốc phòng Belarus từ năm 2020', en: 'Defence Minister of Belarus (since 2020)' },
  role: {
    title: 'Bộ trưởng Quốc phòng Belarus',
    asOf: '2025-09-15',
    story: { headline: 'Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga', outlet: 'VnExpress' },
  },
  storyCount: 3,
};

const RUSSIA: ActorCard = {
  id: 'russia',
  type: 'state',
  name: 'Nga',
  latin: 'Russia',
  description: { vi: '', en: '' },
  storyCount: 0,
};

let host: HTMLElement;
function show(card: ActorCard, t = vi_, onOpenPanel = vi.fn(), addToGlossary = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  render(<Card card={card} t={t} actions={{ openPanel: onOpenPanel, addToGlossary }} />, host);
  const root = host.querySelector('.card')!;
  const lines = [...root.children].filter((e) => e.localName !== 'button').map((e) => e.textContent);
  const buttons = [...root.querySelectorAll('button')];
  return { root, lines, button: root.querySelector('button')!, buttons, onOpenPanel, addToGlossary };
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('hover card', () => {
  it('in Vietnamese: type, names, role with date and source, description, story count, panel button', () => {
    const { root, lines, button } = show(KHRENIN);
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-label')).toBe('Viktor Khrenin');
    expect(lines).toEqual([
      'Nhân vật',
      'Viktor Khrenin',
      'Виктор Хренин',
      'Bộ trưởng Quốc phòng Belarus · tính đến 15/9/2025Theo “Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga” (VnExpress)',
      'Bộ trưởng Quốc phòng Belarus từ năm 2020',
      'Xuất hiện trong 3 bài',
    ]);
    expect(button.textContent).toBe('Mở bảng bên');
    expect(button.getAttribute('type')).toBe('button');
  });

  it('in English, with the English description and date style', () => {
    const { lines, button, root } = show(KHRENIN, en);
    expect(root.getAttribute('aria-label')).toBe('Viktor Khrenin');
    expect(lines).toEqual([
      'Person',
      'Viktor Khrenin',
      'Виктор Хренин',
      'Bộ trưởng Quốc phòng Belarus · as of 15 Sep 2025According to “Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga” (VnExpress)',
      'Defence Minister of Belarus (since 2020)',
      'Appears in 3 stories',
    ]);
    expect(button.textContent).toBe('Open side panel');
  });

  it('leaves out what the glossary does not give: no role, no description, no count', () => {
    const { lines, root } = show(RUSSIA);
    expect(root.getAttribute('aria-label')).toBe('Nga');
    expect(lines).toEqual(['Quốc gia', 'Nga', 'Russia']);
  });

  it('leaves out the date and the source when the role has none, and says "1 bài"', () => {
    const card: ActorCard = { ...KHRENIN, role: { title: 'Bộ trưởng Quốc phòng Belarus', asOf: '' }, storyCount: 1 };
    expect(show(card).lines.slice(3)).toEqual([
      'Bộ trưởng Quốc phòng Belarus',
      'Bộ trưởng Quốc phòng Belarus từ năm 2020',
      'Xuất hiện trong 1 bài',
    ]);
  });

  it('says a role from public record is one, with its dates, and its English title in English', () => {
    const lammy: ActorCard = {
      id: 'david-lammy',
      type: 'person',
      name: 'David Lammy',
      description: { vi: 'Chính khách Anh', en: 'British politician' },
      role: {
        title: 'Ngoại trưởng Anh',
        en: 'Foreign Secretary of the United Kingdom',
        asOf: '2025-01-15',
        since: '2024-07-05',
        record: true,
      },
      storyCount: 0,
    };
    expect(show(lammy).lines[2]).toBe('Ngoại trưởng Anh · từ 5/7/2024Theo hồ sơ công khai');
    render(null, host);
    host.remove();
    expect(show(lammy, en).lines[2]).toBe(
      'Foreign Secretary of the United Kingdom · since 5 Jul 2024From public record',
    );
    render(null, host);
    host.remove();
    const former: ActorCard = { ...lammy, role: { ...lammy.role!, since: '2019-07', until: '2022-09' } };
    expect(show(former).lines[2]).toBe('Ngoại trưởng Anh · từ 7/2019 đến 9/2022Theo hồ sơ công khai');
  });

  it('asks for the side panel with the actor id', () => {
    const { button, onOpenPanel } = show(KHRENIN);
    button.click();
    expect(onOpenPanel).toHaveBeenCalledWith('viktor-khrenin');
  });

  it('offers to add a person read from the article, with the name and the title the article gave', () => {
    const gotkowska: ActorCard = {
      id: 'article:justyna-gotkowska',
      type: 'person',
      name: 'Justyna Gotkowska',
      description: { vi: '', en: '' },
      role: {
        title: 'chuyên gia Trung tâm Nghiên cứu phương Đông',
        asOf: '2025-09-12',
        story: { headline: 'Ba Lan đóng cửa biên giới', outlet: 'Báo Quốc tế' },
      },
      storyCount: 0,
      introduced: true,
    };
    const { buttons, lines, addToGlossary } = show(gotkowska);
    expect(lines).toContain('Đọc từ bài này: chưa có trong từ điển');
    expect(buttons.map((b) => b.textContent)).toEqual(['Mở bảng bên', 'Thêm vào từ điển của tôi']);
    buttons[1]!.click();
    expect(addToGlossary).toHaveBeenCalledWith('Justyna Gotkowska', 'chuyên gia Trung tâm Nghiên cứu phương Đông');
    render(null, host);
    host.remove();
    // Known from an article read before: the card says so, and the role line names that article.
    const again = show({ ...gotkowska, remembered: true }, en);
    expect(again.lines).toContain('Read in an article you read before: not in the glossary');
    expect(again.lines.join('\n')).toContain('Ba Lan đóng cửa biên giới');
  });

  it('offers no add button on a glossary actor', () => {
    expect(show(KHRENIN).buttons).toHaveLength(1);
  });

  it('has a localized name for every actor type, in both languages', () => {
    for (const type of ACTOR_TYPES) {
      expect(vi_(`type_${type}`)).not.toBe('');
      expect(en(`type_${type}`)).not.toBe('');
    }
  });
});

describe('messages files', () => {
  it('have the same keys, and the manifest’s keys, in Vietnamese and English', () => {
    const viKeys = Object.keys(messages('vi')).sort();
    expect(Object.keys(messages('en')).sort()).toEqual(viKeys);
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandNextMention', 'commandToggleMarks']) {
      expect(viKeys).toContain(key);
    }
  });
});
