// @vitest-environment happy-dom
// A page too large to read whole: the panel says so plainly, in the reader's language, beside the
// cast that was found; a page read whole says nothing of the kind.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelView } from '../../../src/panel/view.tsx';
import { thousandsRead } from '../../../src/panel/too-large.tsx';
import type { PageReadingReport } from '../../../src/shared/page-data.ts';
import type { Translate } from '../../../src/shared/i18n.ts';
import { axeViolations, readingOf, tEn, tVi } from './fixtures.ts';

const ZAPAD = '000-si-quan-my-quan-sat-zapad-2025';

let host: HTMLElement | null = null;

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(reading: PageReadingReport, t: Translate = tVi, locale: 'vi' | 'en' = 'vi'): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const ctx = {
    t,
    locale,
    glossary: null,
    showMention: async () => ({ ok: false as const, reason: 'test' }),
    readerUrl: (id: string) => id,
  };
  act(() => render(<PanelView state={{ kind: 'reading', reading }} history={[]} focus={null} ctx={ctx} />, host!));
  return host;
}

const notice = (root: Element) => root.querySelector('[data-state="too-large"]');

describe('the panel on a page too large to read whole', () => {
  it('says how much was read, in Vietnamese, beside the cast', async () => {
    const root = show(readingOf(ZAPAD, { tooLarge: { readChars: 1_998_400 } }));
    expect(notice(root)?.textContent).toBe('Trang này quá lớn: chỉ đọc 1.998 nghìn ký tự đầu.');
    expect(root.querySelectorAll('#cast li.actor').length).toBeGreaterThan(0);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says it in English', () => {
    const root = show(readingOf(ZAPAD, { tooLarge: { readChars: 412_600 } }), tEn, 'en');
    expect(notice(root)?.textContent).toBe('This page is too large: only its first 413 thousand characters were read.');
  });

  it('says it where the part read held no article', () => {
    const reading = readingOf(ZAPAD, { article: false, actors: [], cards: [], tooLarge: { readChars: 30_000 } });
    const root = show(reading);
    expect(root.querySelector('[data-state="not-article"]')).not.toBeNull();
    expect(notice(root)?.textContent).toBe('Trang này quá lớn: chỉ đọc 30 nghìn ký tự đầu.');
  });

  it('says nothing of the kind for a page read whole', () => {
    expect(notice(show(readingOf(ZAPAD)))).toBeNull();
  });

  it('counts at least one thousand, whole thousands, written the locale’s way', () => {
    expect(thousandsRead(120, 'vi')).toBe('1');
    expect(thousandsRead(2_000_000, 'vi')).toBe('2.000');
    expect(thousandsRead(2_000_000, 'en')).toBe('2,000');
  });
});
