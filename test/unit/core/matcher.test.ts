import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentionsInText } from '../../../src/core/matcher.ts';
import { find, ids, matcher, spans } from './actors.ts';

describe('findMentions: full names and aliases', () => {
  it('finds the title, country and full name of the seed lead with exact offsets', () => {
    const text = 'Tổng thống Nga Vladimir Putin đã có chuyến thăm hiếm hoi tới Minsk hôm 19.12.';
    expect(spans(text)).toEqual([
      ['russia', 'Nga', ...find(text, 'Nga')],
      ['vladimir-putin', 'Vladimir Putin', ...find(text, 'Vladimir Putin')],
    ]);
    const [nga] = findMentionsInText(matcher, text);
    expect(nga).toEqual({
      actorId: 'russia',
      start: { segment: 0, offset: 11 },
      end: { segment: 0, offset: 14 },
      surface: 'Nga',
      basis: 'alias',
      confidence: 1,
    });
  });

  it('takes the longest match: "Bộ Quốc phòng Nga" is the ministry, not Nga', () => {
    const text = 'Bộ Quốc phòng Nga cùng ngày xác nhận cuộc điện đàm là "sáng kiến của phía Mỹ".';
    expect(spans(text)).toEqual([
      ['russia-defence-ministry', 'Bộ Quốc phòng Nga', 0, 17],
      ['united-states', 'Mỹ', ...find(text, 'Mỹ')],
    ]);
  });

  it('lets a lower-case alias syllable match a capital, but not the reverse', () => {
    expect(ids('Bộ Quốc Phòng Nga ra tuyên bố.')).toEqual(['russia-defence-ministry']);
    expect(ids('Người phát ngôn Nhà Trắng Karine Jean-Pierre cho biết.')).toEqual([
      'white-house',
      'karine-jean-pierre',
    ]);
    expect(ids('Ngôi nhà trắng bên hồ được sơn lại.')).toEqual([]);
  });

  it('needs capitals for an all-caps alias (NATO, RT)', () => {
    expect(ids('căng thẳng giữa Nga và NATO đang gia tăng')).toEqual(['russia', 'nato']);
    expect(ids('căng thẳng giữa Nga và Nato đang gia tăng')).toEqual(['russia']);
    expect(ids('Theo đài RT, sau khi được chào đón')).toEqual(['rt']);
    expect(ids('Theo đài Rt, sau khi được chào đón')).toEqual([]);
  });

  it('matches names with digits and dashes as token sequences, whatever the dash', () => {
    const text = 'tập trận Zapad–2025 và tên lửa S‑400, tiêm kích Su - 24, UAV MQ-9 Reaper Mỹ';
    expect(spans(text)).toEqual([
      ['zapad-2025', 'Zapad–2025', ...find(text, 'Zapad–2025')],
      ['s-400', 'S‑400', ...find(text, 'S‑400')],
      ['su-24', 'Su - 24', ...find(text, 'Su - 24')],
      ['mq-9-reaper', 'MQ-9 Reaper', ...find(text, 'MQ-9 Reaper')],
      ['united-states', 'Mỹ', ...find(text, 'Mỹ')],
    ]);
  });

  it('splits "Nga-Ukraine" and "Nga – Ukraine" into two countries', () => {
    const text = 'Xung đột Nga-Ukraine: Mỹ quan ngại; xung đột Nga – Ukraine; Nga−Ukraine';
    expect(ids(text)).toEqual(['russia', 'ukraine', 'united-states', 'russia', 'ukraine', 'russia', 'ukraine']);
    expect(spans('Xung đột Nga-Ukraine')).toEqual([
      ['russia', 'Nga', 9, 12],
      ['ukraine', 'Ukraine', 13, 20],
    ]);
  });

  it('reads party-press initials and phonetic spellings', () => {
    const text = 'Tổng thống V.Pu-tin hội đàm với Tổng thống A.Lu-ca-sen-cô. Ông Pu-tin nhấn mạnh';
    expect(spans(text)).toEqual([
      ['vladimir-putin', 'V.Pu-tin', ...find(text, 'V.Pu-tin')],
      ['alexander-lukashenko', 'A.Lu-ca-sen-cô', ...find(text, 'A.Lu-ca-sen-cô')],
      ['vladimir-putin', 'Pu-tin', ...find(text, 'Pu-tin', 1)],
    ]);
  });

  it('never matches a given name alone', () => {
    expect(ids('Sergey cho biết ông sẽ tới Minsk. Vladimir và Dmitry cũng có mặt.')).toEqual([]);
  });

  it('keeps mentions sorted and non-overlapping on a long seed paragraph', () => {
    const text =
      'Xây dựng quan hệ gần gũi hơn với người đồng cấp Lukashenko dường như là một phần trong nỗ lực làm trung gian hòa giải cho xung đột Ukraine của Tổng thống Trump, do ông Lukashenko là đồng minh của Tổng thống Nga Vladimir Putin và hai bên thường xuyên trao đổi.';
    const found = findMentionsInText(matcher, text);
    expect(found.map((m) => m.surface)).toEqual([
      'Lukashenko',
      'Ukraine',
      'Trump',
      'Lukashenko',
      'Nga',
      'Vladimir Putin',
    ]);
    for (let k = 1; k < found.length; k++)
      expect(found[k]!.start.offset).toBeGreaterThanOrEqual(found[k - 1]!.end.offset);
  });
});

describe('findMentions: the text as the web sends it', () => {
  it('matches NFD text, and keeps offsets in the NFD original', () => {
    const text = 'Người phát ngôn Điện Kremlin Dmitry Peskov hôm 19.12 đã bác bỏ'.normalize('NFD');
    expect(spans(text)).toEqual([
      ['kremlin', 'Điện Kremlin'.normalize('NFD'), ...find(text, 'Điện Kremlin'.normalize('NFD'))],
      ['dmitry-peskov', 'Dmitry Peskov', ...find(text, 'Dmitry Peskov')],
    ]);
  });

  it('matches NFD text whose marks come in a non-canonical order', () => {
    // "Quốc" as Q u o + acute + circumflex, and "Lầu" as L a + grave + circumflex + u.
    const quoc = 'Quo\u0301\u0302c';
    const lau = 'La\u0300\u0302u';
    const text = `Bộ ${quoc} phòng Nga và ${lau} Năm Góc điện đàm`;
    expect(spans(text)).toEqual([
      ['russia-defence-ministry', `Bộ ${quoc} phòng Nga`, 0, 19],
      ['pentagon', `${lau} Năm Góc`, ...find(text, `${lau} Năm Góc`)],
    ]);
  });

  it('treats both tone styles as one: hòa/hoà, Thụy/Thuỵ', () => {
    expect(ids('Tổng thống Cộng hoà Belarus Alexander Lukashenko')).toEqual(['belarus', 'alexander-lukashenko']);
    expect(ids('Ngoại trưởng Thuỵ Sĩ và Ngoại trưởng Thụy Sĩ')).toEqual(['switzerland', 'switzerland']);
    const hoaStyle = buildMatcher([
      { id: 'belarus', type: 'state', name: 'Cộng hoà Belarus', aliases: [], description: { vi: '', en: '' } },
    ]);
    expect(findMentionsInText(hoaStyle, 'Tổng thống Cộng hòa Belarus').map((m) => m.surface)).toEqual([
      'Cộng hòa Belarus',
    ]);
  });

  it('folds eth (Ð U+00D0) into Đ', () => {
    const text = 'Người phát ngôn \u00D0iện Kremlin và Thủ tướng \u00D0ức';
    expect(spans(text)).toEqual([
      ['kremlin', '\u00D0iện Kremlin', ...find(text, '\u00D0iện Kremlin')],
      ['germany', '\u00D0ức', ...find(text, '\u00D0ức')],
    ]);
  });

  it('sees through a soft hyphen and zero-width characters inside a name', () => {
    const text = 'Tổng thống Alexander Luka\u00ADshenko gặp ông Pu\u200Btin tại Minsk';
    expect(spans(text)).toEqual([
      ['alexander-lukashenko', 'Alexander Luka\u00ADshenko', ...find(text, 'Alexander Luka\u00ADshenko')],
      ['vladimir-putin', 'Pu\u200Btin', ...find(text, 'Pu\u200Btin')],
    ]);
  });

  it('keeps a zero-width character at a word edge out of the surface', () => {
    const text = 'Tổng thống \u200BNga\u200B Vladimir Putin';
    expect(spans(text)[0]).toEqual(['russia', 'Nga', 12, 15]);
  });

  it('treats every kind of space as a word break', () => {
    const text = 'Tổng\u00A0thống\u202FNga\tVladimir\u2007Putin\ntới Minsk';
    expect(ids(text)).toEqual(['russia', 'vladimir-putin']);
  });

  it('matches an alias written with a straight quote against curly text', () => {
    const text = 'Tổng thống Côte d’Ivoire tới Pháp';
    expect(spans(text)).toEqual([
      ['ivory-coast', 'Côte d’Ivoire', ...find(text, 'Côte d’Ivoire')],
      ['france', 'Pháp', ...find(text, 'Pháp')],
    ]);
  });

  it('finds names inside curly and straight quotation marks', () => {
    expect(ids('“sẽ không thể chia rẽ mối quan hệ Belarus - Nga”, ông Lukashenko nói')).toEqual([
      'belarus',
      'russia',
      'alexander-lukashenko',
    ]);
  });
});

describe('findMentions: robustness', () => {
  it('does not throw on odd input and finds nothing in it', () => {
    const odd = ['', '\u00AD\u200B\uFEFF', '\uD800', '\uDC00Nga\uD800', '-–—', '   ', '\u0301\u0302'];
    for (const text of odd) expect(() => findMentionsInText(matcher, text)).not.toThrow();
    expect(matcher.findMentions([])).toEqual([]);
    expect(matcher.findMentions(['', '', ''])).toEqual([]);
  });

  it('handles a huge segment in one pass', () => {
    const paragraph = 'Tổng thống Nga Vladimir Putin hội đàm với Tổng thống Belarus Alexander Lukashenko tại Minsk. ';
    const text = paragraph.repeat(5000);
    const started = performance.now();
    const found = findMentionsInText(matcher, text);
    expect(found).toHaveLength(20000);
    expect(found[19999]!.surface).toBe('Alexander Lukashenko');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('rejects input that is not text with a specific error', () => {
    expect(() => matcher.findMentions('Nga' as unknown as string[])).toThrow(/array of text segments/);
    expect(() => matcher.findMentions(['Nga', 7 as unknown as string])).toThrow(/segment 1 is not a string/);
  });
});
