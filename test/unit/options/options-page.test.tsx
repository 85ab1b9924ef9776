// @vitest-environment happy-dom
// The options page rendered against an in-memory API with the real messages files, in each state
// a reader meets, each checked with axe (colour contrast is checked in the real browsers, where
// there is layout).
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, loadState } from '../../../src/options/app.tsx';
import { draftAddress, draftFromAddress } from '../../../src/keeping/glossary-draft.ts';
import type { ActorDraft } from '../../../src/keeping/user-glossary.ts';
import { searchActors } from '../../../src/options/glossary-section.tsx';
import { historyFile } from '../../../src/keeping/history.ts';
import { IMPORT_FILE_BYTES } from '../../../src/shared/limits.ts';
import { AUSTIN, LAVROV, ZAPAD, tEn, tVi } from '../helpers/history-fixtures.ts';
import { CORPUS_ACTORS as ACTORS } from '../helpers/glossary-fixtures.ts';
import { fakeApi, type FakeApi } from './fake-api.ts';

const NOW = new Date('2025-09-19T10:00:00.000Z');
let host: HTMLElement;

async function show(api: FakeApi, draft: ActorDraft | null = null) {
  host = document.createElement('div');
  document.body.append(host);
  const initial = await loadState(api);
  await act(() => render(<OptionsApp api={api} initial={initial} now={() => NOW} draft={draft} />, host));
  return host;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

async function noAxeViolations(root: Element) {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const $ = <E extends Element = HTMLElement>(sel: string) => {
  const el = host.querySelector<E>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};
const text = (sel: string) => $(sel).textContent?.trim();
const settle = () => act(async () => new Promise((ok) => setTimeout(ok, 0)));

async function type(sel: string, value: string) {
  const el = $<HTMLInputElement>(sel);
  el.value = value;
  await act(() => void el.dispatchEvent(new Event('input', { bubbles: true })));
}

async function click(el: Element) {
  await act(() => (el as HTMLElement).click());
  await settle();
}

function buttonNamed(name: string, nth = 0): HTMLButtonElement {
  const all = [...host.querySelectorAll('button')].filter(
    (x) => x.textContent?.trim() === name || x.getAttribute('aria-label') === name,
  );
  const b = all[nth];
  if (!b) throw new Error(`no button "${name}" (#${nth})`);
  return b;
}

async function pickFile(sel: string, content: string | File) {
  const input = $<HTMLInputElement>(sel);
  const file = content instanceof File ? content : new File([content], 'tep.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  await settle();
}

describe('options page, first visit (Vietnamese)', () => {
  it('shows every section with nothing remembered or added, and passes axe', async () => {
    await show(fakeApi(tVi, 'vi'));
    expect([...host.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Trang web',
      'Hiển thị',
      'Lịch sử đọc',
      'Từ điển của bạn',
    ]);
    expect(text('#history-count')).toBe('Số bài đã ghi nhớ: 0.');
    expect(buttonNamed('Xuất ra tệp JSON').disabled).toBe(true);
    expect($<HTMLInputElement>('#mark-tint-underline').checked).toBe(true);
    expect($<HTMLInputElement>('#hover-delay').value).toBe('350');
    expect(text('#added-sites-heading + p')).toBe('Bạn chưa thêm trang nào.');
    await noAxeViolations(host);
  });

  it('switches a site off and on at once', async () => {
    const api = fakeApi(tVi, 'vi');
    await show(api);
    await click($('#site-vnexpress\\.net'));
    expect(api.settings.disabledSites).toEqual(['vnexpress.net']);
    expect(text('#sites-status')).toBe('Đã tắt vnexpress.net.');
    await click($('#site-vnexpress\\.net'));
    expect(api.settings.disabledSites).toEqual([]);
  });

  it('asks the permission inside the click, before anything is awaited, and lists the site once granted', async () => {
    const api = fakeApi(tVi, 'vi');
    await show(api);
    await type('#site-input', 'https://www.vietnamnet.vn/the-gioi');
    const form = $<HTMLFormElement>('#site-input').form!;
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    // Synchronously: the request is already made.
    expect(api.siteRequests).toEqual(['vietnamnet.vn']);
    await settle();
    await settle();
    expect(text('#sites-status')).toBe('Đã thêm vietnamnet.vn. Bối cảnh sẽ chạy ở đó từ lần tải trang tới.');
    expect(buttonNamed('Bỏ trang vietnamnet.vn')).toBeTruthy();
    await noAxeViolations(host);
  });

  it('says why a site was not added: refused, already there, not an address', async () => {
    const api = fakeApi(tVi, 'vi');
    api.grant = false;
    await show(api);
    await type('#site-input', 'baochinhphu.vn');
    await click(buttonNamed('Thêm'));
    expect(text('#site-problems')).toBe('Trình duyệt chưa cho phép đọc baochinhphu.vn, nên trang chưa được thêm.');
    await type('#site-input', 'tuoitre.vn');
    await click(buttonNamed('Thêm'));
    expect(text('#site-problems')).toBe('tuoitre.vn đã có trong danh sách.');
    expect($('#site-input').getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(host);
  });

  it('refuses a hover delay out of bounds, keeps the setting, and accepts one within', async () => {
    const api = fakeApi(tVi, 'vi');
    await show(api);
    await type('#hover-delay', '20');
    await act(() => void $('#hover-delay').dispatchEvent(new Event('change', { bubbles: true })));
    expect(text('#hover-delay-problems')).toBe('Thời gian chờ phải trong khoảng 100–2000 ms.');
    expect(api.settings.hoverDelayMs).toBe(350);
    await noAxeViolations(host);
    await type('#hover-delay', '600');
    await act(() => void $('#hover-delay').dispatchEvent(new Event('change', { bubbles: true })));
    expect(api.settings.hoverDelayMs).toBe(600);
    expect(text('#hover-delay-problems')).toBe('');
    await click($('#mark-underline'));
    expect(api.settings.markStyle).toBe('underline');
  });
});

describe('options page with a history and additions (English)', () => {
  const user = {
    aliases: [{ actorId: 'volodymyr-zelensky', alias: 'Zelenskiy' }],
    actors: [
      {
        id: 'user-mikhail-mishustin',
        type: 'person' as const,
        name: 'Mikhail Mishustin',
        aliases: ['Mishustin'],
        description: 'Thủ tướng Nga',
      },
    ],
  };

  it('shows the count, the latest reads as text, the additions, and passes axe', async () => {
    const evil = { ...LAVROV, headline: '<img src=x onerror=alert(1)> Nga, Belarus' };
    await show(fakeApi(tEn, 'en', { entries: [evil, AUSTIN, ZAPAD], user }));
    expect(text('#history-count')).toBe('Articles remembered: 3.');
    const reads = [...host.querySelectorAll('.reads li')].map((li) => li.textContent);
    expect(reads).toEqual([
      '<img src=x onerror=alert(1)> Nga, Belarusdantri.com.vn',
      'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳngTuổi Trẻ · 27 Jun 2024',
      'Sĩ quan Mỹ tới quan sát tập trận chung Belarus - NgaVnExpress · 15 Sep 2025',
    ]);
    expect(host.querySelector('.reads img')).toBeNull();
    expect([...host.querySelectorAll('.additions li span')][0]!.textContent).toBe('“Zelenskiy” → Volodymyr Zelensky');
    expect(buttonNamed('Remove the actor Mikhail Mishustin')).toBeTruthy();
    await noAxeViolations(host);
  });

  it('exports the history as a versioned JSON file', async () => {
    const api = fakeApi(tEn, 'en', { entries: [AUSTIN, ZAPAD] });
    await show(api);
    await click(buttonNamed('Export as JSON'));
    expect(api.downloads).toHaveLength(1);
    expect(api.downloads[0]!.name).toBe('boi-canh-lich-su-2025-09-19.json');
    expect(JSON.parse(api.downloads[0]!.text)).toEqual(historyFile([AUSTIN, ZAPAD], NOW));
    expect(text('#history-status')).toBe('Exported 2 articles.');
  });

  it('clears only after the confirmation, which takes focus and passes axe', async () => {
    const api = fakeApi(tEn, 'en', { entries: [AUSTIN, ZAPAD] });
    await show(api);
    await click(buttonNamed('Clear the reading history…'));
    expect(text('#clear-question')).toBe('Delete all 2 articles from the reading history? This cannot be undone.');
    expect(document.activeElement?.textContent).toBe('Delete');
    await noAxeViolations(host);
    await click(buttonNamed('Cancel'));
    expect(api.entries).toHaveLength(2);
    await click(buttonNamed('Clear the reading history…'));
    await click(buttonNamed('Delete'));
    expect(api.entries).toEqual([]);
    expect(text('#history-count')).toBe('Articles remembered: 0.');
    expect(text('#history-status')).toBe('The reading history is cleared.');
  });

  it('imports a file by merging, and rejects a bad one listing its problems', async () => {
    const api = fakeApi(tEn, 'en', { entries: [ZAPAD] });
    await show(api);
    await pickFile(
      '#history-import',
      JSON.stringify(historyFile([AUSTIN, { ...ZAPAD, readAt: '2025-01-01T00:00:00.000Z' }], NOW)),
    );
    expect(text('#history-status')).toBe('Imported: 1 new, 0 updated. Total: 2.');
    expect(api.entries.map((e) => e.url)).toEqual([AUSTIN.url, ZAPAD.url]);
    await pickFile(
      '#history-import',
      JSON.stringify({ ...historyFile([{ ...LAVROV, date: 'hôm qua' }], NOW), version: 1 }),
    );
    expect(text('#history-problems')).toBe('entries[0].date: The date “hôm qua” is not a YYYY-MM-DD date.');
    expect(text('#history-status')).toBe('Nothing imported: “tep.json” has problems (see below).');
    expect(api.entries).toHaveLength(2);
    await noAxeViolations(host);
  });

  it('refuses a file over the size bound before reading it, naming it, and loses nothing', async () => {
    const api = fakeApi(tEn, 'en', {
      entries: [ZAPAD],
      user: { actors: [], aliases: [{ actorId: 'russia', alias: 'LB Nga' }] },
    });
    await show(api);
    const huge = (name: string) => {
      const file = new File(['{}'], name, { type: 'application/json' });
      Object.defineProperty(file, 'size', { value: IMPORT_FILE_BYTES + 1 });
      file.text = () => Promise.reject(new Error('an oversize file must not be read'));
      return file;
    };
    await pickFile('#history-import', huge('lich-su-lon.json'));
    expect(text('#history-problems')).toBe('The file is 32.0 MB; at most 32 MB can be imported.');
    expect(text('#history-status')).toBe('Nothing imported: “lich-su-lon.json” has problems (see below).');
    await pickFile('#glossary-import', huge('tu-dien-lon.json'));
    expect(text('#glossary-file-problems')).toBe('The file is 32.0 MB; at most 32 MB can be imported.');
    expect(text('#glossary-status')).toBe('Nothing imported: “tu-dien-lon.json” has problems (see below).');
    expect(api.entries).toEqual([ZAPAD]);
    expect(api.user).toEqual({ actors: [], aliases: [{ actorId: 'russia', alias: 'LB Nga' }] });
  });

  it('pauses the history', async () => {
    const api = fakeApi(tEn, 'en');
    await show(api);
    await click($('#history-paused'));
    expect(api.settings.historyPaused).toBe(true);
  });
});

describe('the reader’s glossary additions in the page', () => {
  it('finds an actor by a name typed without accents, adds an alias, lists it', async () => {
    const api = fakeApi(tVi, 'vi');
    await show(api);
    await type('#actor-search', 'tap can');
    expect([...host.querySelectorAll('.results label')].map((l) => l.textContent)).toEqual(['Tập Cận Bình (Nhân vật)']);
    await noAxeViolations(host);
    await click($('#pick-xi-jinping'));
    expect(text('#actor-search-help')).toBe('Đã chọn: Tập Cận Bình');
    await type('#alias-input', 'Chủ tịch Tập');
    await click(buttonNamed('Thêm cách gọi'));
    expect(api.user.aliases).toEqual([{ actorId: 'xi-jinping', alias: 'Chủ tịch Tập' }]);
    expect(text('#glossary-status')).toBe('Đã thêm “Chủ tịch Tập” cho Tập Cận Bình.');
    expect([...host.querySelectorAll('.additions li span')][0]!.textContent).toBe('“Chủ tịch Tập” → Tập Cận Bình');
  });

  it('explains a refused alias and a refused actor, and passes axe in that state', async () => {
    const api = fakeApi(tVi, 'vi');
    await show(api);
    await click(buttonNamed('Thêm cách gọi'));
    expect(text('#alias-problems')).toBe('Hãy chọn một nhân vật trong danh sách.');
    await type('#actor-search', 'putin');
    await click($('#pick-vladimir-putin'));
    await type('#alias-input', 'Lukashenko');
    await click(buttonNamed('Thêm cách gọi'));
    expect(text('#alias-problems')).toBe('Cách gọi này đã thuộc về Alexander Lukashenko.');
    await type('#actor-name', '');
    await click(buttonNamed('Thêm nhân vật'));
    expect(text('#actor-problems')).toBe('Tên không được để trống.');
    expect($('#actor-name').getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(host);
    expect(api.user).toEqual({ aliases: [], actors: [] });
  });

  it('adds a new actor, exports the additions, and removes the actor', async () => {
    const api = fakeApi(tEn, 'en');
    await show(api);
    const select = $<HTMLSelectElement>('#actor-type');
    select.value = 'organization';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await type('#actor-name', 'Cục Tình báo Đối ngoại Nga');
    await type('#actor-aliases', 'SVR\nCơ quan Tình báo Đối ngoại Nga');
    await type('#actor-description', 'Cơ quan tình báo đối ngoại của Liên bang Nga');
    await click(buttonNamed('Add actor'));
    expect(api.user.actors).toEqual([
      {
        id: 'user-cuc-tinh-bao-doi-ngoai-nga',
        type: 'organization',
        name: 'Cục Tình báo Đối ngoại Nga',
        aliases: ['SVR', 'Cơ quan Tình báo Đối ngoại Nga'],
        description: 'Cơ quan tình báo đối ngoại của Liên bang Nga',
      },
    ]);
    expect(text('#glossary-status')).toBe('Added the actor Cục Tình báo Đối ngoại Nga.');
    expect($<HTMLInputElement>('#actor-name').value).toBe('');
    await click(buttonNamed('Export as JSON', 1));
    expect(JSON.parse(api.downloads[0]!.text)).toMatchObject({
      format: 'boi-canh-user-glossary',
      version: 1,
      actors: api.user.actors,
    });
    await click(buttonNamed('Remove the actor Cục Tình báo Đối ngoại Nga'));
    expect(api.user.actors).toEqual([]);
    await noAxeViolations(host);
  });

  it('opens from a card with the person read from an article filled in, and adds them only on Add', async () => {
    const address = draftAddress('moz-extension://x/options.html', {
      type: 'person',
      name: 'Sergei Ryabkov',
      description: 'Phó Ngoại trưởng Nga',
    });
    const draft = draftFromAddress(new URL(address).search);
    const api = fakeApi(tVi, 'vi');
    await show(api, draft);
    expect($<HTMLSelectElement>('#actor-type').value).toBe('person');
    expect($<HTMLInputElement>('#actor-name').value).toBe('Sergei Ryabkov');
    expect($<HTMLTextAreaElement>('#actor-description').value).toBe('Phó Ngoại trưởng Nga');
    expect(api.user.actors).toEqual([]);
    await click(buttonNamed('Thêm nhân vật'));
    expect(api.user.actors).toEqual([
      {
        id: 'user-sergei-ryabkov',
        type: 'person',
        name: 'Sergei Ryabkov',
        aliases: [],
        description: 'Phó Ngoại trưởng Nga',
      },
    ]);
  });

  it('reads no draft from an address that carries none or a foreign one', () => {
    expect(draftFromAddress('')).toBeNull();
    expect(draftFromAddress('?add=spy&name=X')).toBeNull();
    expect(draftFromAddress('?add=person&name=%20%20')).toBeNull();
    expect(draftFromAddress(`?add=person&name=${'A'.repeat(200)}`)?.name).toHaveLength(80);
  });

  it('search ranks names that start with the query first, then the rest alphabetically', () => {
    const names = searchActors(ACTORS, { aliases: [], actors: [] }, 'nga').map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['Nga', 'Bộ Ngoại giao Nga', 'Bộ Quốc phòng Nga']);
    expect(names).toEqual([
      'Nga',
      'Bộ Ngoại giao Nga',
      'Bộ Quốc phòng Nga',
      'Hungary',
      'Nhà nước Liên minh',
      'Viện Hàn lâm Khoa học Nga',
    ]);
    expect(searchActors(ACTORS, { aliases: [], actors: [] }, '   ')).toEqual([]);
  });
});
