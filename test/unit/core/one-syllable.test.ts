// One-syllable country names against given names, compounds and place names.
import { describe, expect, it } from 'vitest';
import { find, ids, spans } from './actors.ts';

describe('Nga: Russia or a woman called Nga', () => {
  it('is Russia after a title, even with a foreign name after it', () => {
    expect(ids('Ngoại trưởng Nga Sergey Lavrov đã có chuyến thăm chính thức tới Belarus')).toEqual([
      'russia',
      'sergey-lavrov',
      'belarus',
    ]);
    expect(ids('Bộ trưởng Quốc phòng Nga Andrey Belousov (trái)')).toEqual(['russia']);
  });

  it('is a person after an honorific or beside a Vietnamese name', () => {
    expect(ids('Ca sĩ Thúy Nga biểu diễn tại Mỹ.')).toEqual(['united-states']);
    expect(ids('chị Nga cho biết gia đình đã chuyển về Hà Nội')).toEqual([]);
    expect(ids('Bà Nga, chủ quán, kể lại sự việc.')).toEqual([]);
    expect(ids('Cô giáo Nguyễn Thị Nga đạt giải thưởng')).toEqual([]);
    expect(ids('Thu Nga cho biết chị rất vui')).toEqual([]);
  });

  it('is a place in Nga Sơn and a goddess in Hằng Nga', () => {
    expect(ids('huyện Nga Sơn (Thanh Hóa) và chị Hằng Nga')).toEqual([]);
  });

  it('is Russia after a capitalized word that only opens the sentence', () => {
    expect(ids('Theo Nga, cuộc tập trận nhằm chứng tỏ khả năng ứng phó')).toEqual(['russia']);
    expect(ids('Về phía Nga, ông Putin bày tỏ hy vọng')).toEqual(['russia', 'vladimir-putin']);
    expect(ids('Việc Nga triển khai tên lửa gây lo ngại. Khi Mỹ rút quân, Nhật phản đối.')).toEqual([
      'russia',
      'united-states',
      'japan',
    ]);
    expect(ids('Điều Mỹ lo ngại nhất. Chuyện Nga và Pháp bất đồng. Vụ Nga bắn hạ UAV.')).toEqual([
      'united-states',
      'russia',
      'france',
      'russia',
    ]);
    expect(ids('Chính Mỹ đã đề xuất. Nhờ Nga hỗ trợ, Belarus vượt qua. Dẫu Nhật phản đối.')).toEqual([
      'united-states',
      'russia',
      'belarus',
      'japan',
    ]);
    expect(ids('Giống Nga, Belarus phản đối.')).toEqual(['russia', 'belarus']);
    expect(ids('Sau khi Nga tấn công, Ukraine đáp trả. Trong khi Mỹ im lặng.')).toEqual([
      'russia',
      'ukraine',
      'united-states',
    ]);
  });

  it('is still a person when a given name, not an opening word, stands before it', () => {
    expect(ids('Thu Nga cho biết. Việc Thu Nga hát ở Mỹ.')).toEqual(['united-states']);
    expect(ids('Việc Nguyễn Thị Nga đoạt giải. Ngọc Nga cho biết.')).toEqual([]);
  });

  it('is Russia in a dash pair, even beside a capital that would otherwise mean a name', () => {
    const text = 'Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga Hai sĩ quan Mỹ bắt tay';
    expect(spans(text)).toEqual([
      ['united-states', 'Mỹ', ...find(text, 'Mỹ')],
      ['belarus', 'Belarus', ...find(text, 'Belarus')],
      ['russia', 'Nga', ...find(text, 'Nga')],
      ['united-states', 'Mỹ', ...find(text, 'Mỹ', 1)],
    ]);
  });

  it('is never matched in lower case', () => {
    expect(ids('ngà voi, nga ngà')).toEqual([]);
  });
});

describe('Mỹ, Pháp, Trung, Nhật, Đức, Ấn against compounds and places', () => {
  it('Mỹ: the country, not art, beauty, beaches or the continent', () => {
    expect(ids('Mỹ thuật đương đại và ngành mỹ phẩm tăng trưởng')).toEqual([]);
    expect(ids('bãi biển Mỹ Khê, thánh địa Mỹ Sơn và thành phố Mỹ Tho')).toEqual([]);
    expect(ids('các nước châu Mỹ và Mỹ Latinh; Châu Mỹ')).toEqual([]);
    expect(ids('phẫu thuật thẩm mỹ tại Mỹ')).toEqual(['united-states']);
    expect(ids('Hiến pháp Mỹ quy định ứng cử viên phải trên 35 tuổi')).toEqual(['united-states']);
  });

  it('Mỹ: a rare compound does not swallow the country before a common word', () => {
    // Seed 000: "mỹ cảm" (aesthetic sense) must not eat "Mỹ cảm ơn" (the Americans thank).
    expect(ids('Video cho thấy hai sĩ quan Mỹ cảm ơn Bộ trưởng Quốc phòng Belarus Viktor Khrenin.')).toEqual([
      'united-states',
      'belarus',
      'viktor-khrenin',
    ]);
    expect(ids('Xung đột Nga-Ukraine: Mỹ quan ngại trước vai trò của đồng minh Moscow')).toEqual([
      'russia',
      'ukraine',
      'united-states',
    ]);
  });

  it('Pháp: the country, not the law or a solution', () => {
    expect(ids('Pháp luật hiện hành quy định rõ biện pháp và giải pháp')).toEqual([]);
    expect(ids('Tổng thống Pháp Emmanuel Macron và các nhà lãnh đạo phương Tây')).toEqual(['france']);
  });

  it('Trung: China, not central Vietnam, the Middle East or a general', () => {
    expect(ids('mưa lớn ở miền Trung; xung đột Trung Đông; Trung tướng Nguyễn Văn A')).toEqual([]);
    expect(ids('Trung Bộ cục bộ có nơi mưa rất to; Trung tâm Dự báo khí tượng')).toEqual([]);
    expect(ids("'Hạt hòa bình' gieo mầm ngoại giao nông sản Mỹ-Trung")).toEqual(['united-states', 'china']);
    expect(ids('Mỹ và Trung Quốc đối thoại')).toEqual(['united-states', 'china']);
  });

  it('Nhật: Japan, not an update or a birthday', () => {
    expect(ids('Cập nhật: sinh nhật lần thứ 70 vào chủ nhật')).toEqual([]);
    expect(ids('Thủ tướng Nhật tới Hà Nội; Nhật Bản ủng hộ AU gia nhập G20')).toEqual(['japan', 'japan']);
  });

  it('Đức: Germany, not morality, Thủ Đức or a given name', () => {
    expect(ids('giữ gìn đạo đức; Đạo đức công vụ; quận Thủ Đức; anh Nguyễn Minh Đức')).toEqual([]);
    expect(ids('Thủ tướng Đức Olaf Scholz và quân đội Đức')).toEqual(['germany', 'germany']);
  });

  it('Ấn: India, not an impression', () => {
    expect(ids('khoảnh khắc ấn tượng. Ấn tượng đầu tiên là ấn phẩm đẹp')).toEqual([]);
    expect(ids('Ấn Độ và Pakistan; Thủ tướng Ấn Narendra Modi')).toEqual(['india', 'india']);
  });
});

describe('an alias that needs a cue: "Anh" (Britain) or the pronoun', () => {
  it('matches only next to a cue', () => {
    expect(ids('Anh cho biết sẽ về quê. Anh Tuấn gật đầu.')).toEqual([]);
    expect(ids('Thủ tướng Anh Keir Starmer và nước Anh')).toEqual(['united-kingdom', 'united-kingdom']);
    expect(ids('hợp tác Anh - Pháp và quan hệ Mỹ, Anh')).toEqual([
      'united-kingdom',
      'france',
      'united-states',
      'united-kingdom',
    ]);
  });

  it('matches its full form without a cue', () => {
    expect(ids('Vương quốc Anh rời EU')).toEqual(['united-kingdom']);
  });
});

describe('ALL-CAPS headlines and bylines', () => {
  it('finds countries and full names in capitals', () => {
    const text = 'MỸ VÀ TRUNG QUỐC ĐỐI THOẠI VỀ XUNG ĐỘT NGA - UKRAINE';
    expect(spans(text)).toEqual([
      ['united-states', 'MỸ', 0, 2],
      ['china', 'TRUNG QUỐC', ...find(text, 'TRUNG QUỐC')],
      ['russia', 'NGA', ...find(text, 'NGA')],
      ['ukraine', 'UKRAINE', ...find(text, 'UKRAINE')],
    ]);
    expect(ids('TỔNG THỐNG NGA VLADIMIR PUTIN THĂM MINSK')).toEqual(['russia', 'vladimir-putin']);
  });

  it('does not turn ordinary capitalized words into names', () => {
    expect(ids('TẬP TRẬN CHUNG VÀ BIỆN PHÁP TRỪNG PHẠT: CẬP NHẬT MỚI NHẤT VỀ ĐẠO ĐỨC')).toEqual([]);
    expect(ids('CA SĨ THÚY NGA VÀ BÀ NGA')).toEqual([]);
    expect(ids('AN BÌNH')).toEqual([]);
  });
});
