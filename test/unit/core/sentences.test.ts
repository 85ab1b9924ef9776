import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits a seed paragraph and keeps a quotation with its attribution', () => {
    const text =
      '"Ai nghĩ được rằng một ngày mới trong khuôn khổ tập trận Zapad-2025 lại bắt đầu như vậy? Cái bắt tay giữa quan chức Belarus và sĩ quan Mỹ tại thao trường thật sự là khoảnh khắc ấn tượng", Bộ Quốc phòng Belarus ngày 15/9 ra tuyên bố cho biết. Video do cơ quan này đăng kèm cho thấy hai sĩ quan Mỹ cảm ơn Bộ trưởng Quốc phòng Belarus Viktor Khrenin.';
    expect(sentences(text)).toEqual([
      '"Ai nghĩ được rằng một ngày mới trong khuôn khổ tập trận Zapad-2025 lại bắt đầu như vậy? Cái bắt tay giữa quan chức Belarus và sĩ quan Mỹ tại thao trường thật sự là khoảnh khắc ấn tượng", Bộ Quốc phòng Belarus ngày 15/9 ra tuyên bố cho biết.',
      'Video do cơ quan này đăng kèm cho thấy hai sĩ quan Mỹ cảm ơn Bộ trưởng Quốc phòng Belarus Viktor Khrenin.',
    ]);
  });

  it('ends a sentence after a closing curly quote', () => {
    const text =
      'Tổng thống Lukashenko khẳng định: “Nga và Belarus sẵn sàng đối thoại. Tôi hy vọng họ sẽ lắng nghe.” Về phía Nga, ông Putin bày tỏ hy vọng.';
    expect(sentences(text)).toEqual([
      'Tổng thống Lukashenko khẳng định: “Nga và Belarus sẵn sàng đối thoại. Tôi hy vọng họ sẽ lắng nghe.”',
      'Về phía Nga, ông Putin bày tỏ hy vọng.',
    ]);
  });

  it('does not split at abbreviations, initials, dates, decimals or units', () => {
    const text =
      'Tổng thống V.Pu-tin tới TP. Hồ Chí Minh hôm 19.12 với tầm bắn 500km. Ông V. Putin gặp Mr. Biden, tăng trưởng 3.5%. Hết.';
    expect(sentences(text)).toEqual([
      'Tổng thống V.Pu-tin tới TP. Hồ Chí Minh hôm 19.12 với tầm bắn 500km.',
      'Ông V. Putin gặp Mr. Biden, tăng trưởng 3.5%.',
      'Hết.',
    ]);
  });

  it('splits at line breaks, question marks and ellipses, with exact offsets', () => {
    const text = 'Bài liên quan\n\nNga sẽ làm gì? Mỹ chờ đợi… Kiev lo ngại!';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 13 },
      { start: 15, end: 29 },
      { start: 30, end: 41 },
      { start: 42, end: 55 },
    ]);
  });

  it('does not split before a lower-case word and returns nothing for blank text', () => {
    expect(sentences('Các nước v.v. đều tham gia.')).toEqual(['Các nước v.v. đều tham gia.']);
    expect(splitSentences('  \n\u00A0 ')).toEqual([]);
    expect(() => splitSentences('"“”\uD800.')).not.toThrow();
  });
});
