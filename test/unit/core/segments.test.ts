// A name across text nodes: offsets are (segment, offset) into the original strings.
import { describe, expect, it } from 'vitest';
import { rows } from './actors.ts';

describe('mentions across segments', () => {
  it('joins a word split over two segments', () => {
    expect(rows(['Tổng thống Alexander Luka', 'shenko', ' cho biết'])).toEqual([
      ['alexander-lukashenko', 'Alexander Lukashenko', 0, 11, 1, 6, 'alias'],
    ]);
  });

  it('joins a title, an &nbsp; segment and a linked country name', () => {
    expect(rows(['Tổng thống', '\u00a0', 'Nga', ' Vladimir Putin'])).toEqual([
      ['russia', 'Nga', 2, 0, 2, 3, 'alias'],
      ['vladimir-putin', 'Vladimir Putin', 3, 1, 3, 15, 'alias'],
    ]);
  });

  it('spans three segments, ending exactly at a segment end', () => {
    expect(rows(['Theo ', 'Vladimir', ' ', 'Putin', ', hai bên'])).toEqual([
      ['vladimir-putin', 'Vladimir Putin', 1, 0, 3, 5, 'alias'],
    ]);
  });

  it('never runs a name over a line break between blocks', () => {
    // Two paragraphs fed in one call with "\n" between them, as the page and the build do.
    expect(rows(['Người đồng cấp Nga Vladimir', '\n', 'Putin bác bỏ cáo buộc.'])).toEqual([
      ['russia', 'Nga', 0, 15, 0, 18, 'alias'],
      ['vladimir-putin', 'Putin', 2, 0, 2, 5, 'short-unique'],
    ]);
    expect(rows(['Cuộc họp tại Nhà', '\n', 'Trắng'])).toEqual([]);
  });

  it('skips empty segments when placing start and end', () => {
    expect(rows(['', 'Điện ', '', 'Kremlin', '', ' bác bỏ'])).toEqual([
      ['kremlin', 'Điện Kremlin', 1, 0, 3, 7, 'alias'],
    ]);
  });

  it('keeps NFD offsets per segment', () => {
    const title = 'Bộ Quốc phòng'.normalize('NFD');
    const found = rows([title, ' ', 'Nga'.normalize('NFD'), ' xác nhận']);
    expect(found).toEqual([['russia-defence-ministry', `${title} Nga`, 0, 0, 2, 3, 'alias']]);
  });

  it('resolves a surname against a full name in an earlier segment', () => {
    const found = rows(['Tổng thống Belarus Alexander Lukashenko cho biết.', '\n', 'Ông Lukashenko khẳng định.']);
    expect(found.at(-1)).toEqual(['alexander-lukashenko', 'Lukashenko', 2, 4, 2, 14, 'short-after-full']);
  });
});
