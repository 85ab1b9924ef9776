// Surnames and Chinese family names standing alone.
import { describe, expect, it } from 'vitest';
import { find, ids, matcher, rows, spans } from './actors.ts';

describe('short names', () => {
  it('resolves a surname after the full name in the same text', () => {
    const text =
      'Người phát ngôn Điện Kremlin Dmitry Peskov hôm 19.12 đã bác bỏ ý kiến đó. Peskov coi những cáo buộc như vậy “những suy đoán vô căn cứ”.';
    const found = matcher.findMentions([text]);
    expect(found.map((m) => [m.actorId, m.surface, m.basis, m.confidence])).toEqual([
      ['kremlin', 'Điện Kremlin', 'alias', 1],
      ['dmitry-peskov', 'Dmitry Peskov', 'alias', 1],
      ['dmitry-peskov', 'Peskov', 'short-after-full', 0.9],
    ]);
    expect([found[2]!.start.offset, found[2]!.end.offset]).toEqual(find(text, 'Peskov', 1));
  });

  it('resolves a surname only one actor has, with lower confidence', () => {
    const found = matcher.findMentions(['Bộ trưởng Khrenin cho hay quân đội Belarus sẵn sàng.']);
    expect(found[0]).toMatchObject({
      actorId: 'viktor-khrenin',
      surface: 'Khrenin',
      basis: 'short-unique',
      confidence: 0.7,
    });
  });

  it('leaves a shared short name alone unless one of its owners was named in full', () => {
    expect(spans('Ông Kim tuyên bố sẽ đáp trả.')).toEqual([]);
    const text = 'Nhà lãnh đạo Kim Jong-un thị sát nhà máy. Ông Kim tuyên bố sẽ đáp trả.';
    expect(rows([text]).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['kim-jong-un', 'Kim Jong-un', 'alias'],
      ['kim-jong-un', 'Kim', 'short-after-full'],
    ]);
    const both = 'Kim Jong-un và em gái Kim Yo-jong dự lễ. Bà Kim phát biểu.';
    expect(
      rows([both])
        .map((r) => [r[0], r[6]])
        .at(-1),
    ).toEqual(['kim-yo-jong', 'short-after-full']);
  });

  it('distinguishes actors who share a given name', () => {
    const text =
      'Ngoại trưởng Nga Sergey Lavrov hội đàm với người đồng cấp Belarus Sergey Aleynik. Lần cuối, Bộ trưởng Quốc phòng Nga khi đó là ông Sergey Shoigu.';
    expect(rows([text]).map((r) => r[0])).toEqual([
      'russia',
      'sergey-lavrov',
      'belarus',
      'sergey-aleynik',
      'russia',
      'sergey-shoigu',
    ]);
  });

  it('needs a title before a short name that is a Vietnamese syllable ("Tập")', () => {
    const drill = 'Tập trận chung Zapad-2025 giữa Nga và Belarus diễn ra ngày 12-16/9.';
    expect(spans(drill)).toEqual([
      ['zapad-2025', 'Zapad-2025', 15, 25],
      ['russia', 'Nga', ...find(drill, 'Nga')],
      ['belarus', 'Belarus', ...find(drill, 'Belarus')],
    ]);
    const text = 'Tổng thống Putin hội đàm với Chủ tịch Tập Cận Bình. Ông Tập nhấn mạnh quan hệ hai nước.';
    expect(rows([text]).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['vladimir-putin', 'Putin', 'short-unique'],
      ['xi-jinping', 'Tập Cận Bình', 'alias'],
      ['xi-jinping', 'Tập', 'short-after-full'],
    ]);
    expect(spans('Chủ tịch Tập phát biểu')).toEqual([['xi-jinping', 'Tập', 9, 12]]);
  });

  it('does not take a surname preceded by another given name', () => {
    expect(spans('Bà Melania Trump dự lễ.')).toEqual([]);
  });

  it('takes a surname after a capitalized word that only opens the sentence', () => {
    expect(ids('Việc Putin tới Minsk gây chú ý.')).toEqual(['vladimir-putin']);
    expect(ids('Chính Trump đã đề xuất cuộc gặp. Điều Lukashenko muốn là được công nhận.')).toEqual([
      'donald-trump',
      'alexander-lukashenko',
    ]);
    expect(ids('Nhờ Trump, hai bên ngồi lại.')).toEqual(['donald-trump']);
    // Not when the word before is a given name, at the start of a sentence or not.
    expect(ids('Melania Trump dự lễ. Việc Melania Trump dự lễ.')).toEqual([]);
  });

  it('prefers the full name when both could start at a token', () => {
    expect(spans('Tổng thống Belarus Alexander Lukashenko (trái) và ông Lukashenko')).toEqual([
      ['belarus', 'Belarus', 11, 18],
      ['alexander-lukashenko', 'Alexander Lukashenko', 19, 39],
      ['alexander-lukashenko', 'Lukashenko', 54, 64],
    ]);
  });

  it('forgets full names between calls', () => {
    matcher.findMentions(['Người phát ngôn Điện Kremlin Dmitry Peskov cho biết.']);
    expect(rows(['Peskov coi những cáo buộc là vô căn cứ.'])[0]![6]).toBe('short-unique');
  });
});
