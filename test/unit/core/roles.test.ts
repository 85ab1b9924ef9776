import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { findRoles } from '../../../src/core/roles.ts';
import type { Actor } from '../../../src/core/types.ts';
import actorsJson from '../../../src/corpus/actors.json' with { type: 'json' };

const actors = actorsJson as Actor[];
const matcher = buildMatcher(actors);
const people = new Set(actors.filter((a) => a.type === 'person').map((a) => a.id));

function roles(text: string) {
  return findRoles(text, matcher.findMentions([text]), (id) => people.has(id));
}

describe('findRoles', () => {
  it('takes the title before a full name, with its portfolio and state', () => {
    expect(
      roles(
        'Video do cơ quan này đăng kèm cho thấy hai sĩ quan Mỹ cảm ơn Bộ trưởng Quốc phòng Belarus Viktor Khrenin vì mời họ tới quan sát.',
      ),
    ).toEqual([{ actorId: 'viktor-khrenin', title: 'Bộ trưởng Quốc phòng Belarus' }]);
  });

  it('keeps a body named inside the title and upper-cases the first letter', () => {
    expect(
      roles('Theo người phát ngôn Điện Kremlin Dmitry Peskov, những cáo buộc và thông tin này là “vô căn cứ”.'),
    ).toEqual([{ actorId: 'dmitry-peskov', title: 'Người phát ngôn Điện Kremlin' }]);
  });

  it('reads "tại" inside an ambassador\'s title', () => {
    expect(roles('Bộ Ngoại giao Nga đã triệu tập đại sứ Mỹ tại Moscow Lynne Tracy vào hôm 24-6.')).toEqual([
      { actorId: 'lynne-tracy', title: 'Đại sứ Mỹ tại Moscow' },
    ]);
  });

  it('takes an appositive after the name as well as the rank before it', () => {
    expect(
      roles(
        'Thiếu tướng Patrick Ryder, phát ngôn viên Lầu Năm Góc, cho biết Bộ trưởng Quốc phòng Mỹ Lloyd Austin khởi xướng cuộc điện đàm.',
      ),
    ).toEqual([
      { actorId: 'patrick-ryder', title: 'Thiếu tướng' },
      { actorId: 'patrick-ryder', title: 'Phát ngôn viên Lầu Năm Góc' },
      { actorId: 'lloyd-austin', title: 'Bộ trưởng Quốc phòng Mỹ' },
    ]);
  });

  it('gives each of two people joined by "và" their own title, and none across the other name', () => {
    expect(
      roles(
        'Cuộc hội đàm của Tổng thống Belarus Alexander Lukashenko và Tổng thống Nga Vladimir Putin sẽ đề cập đến toàn bộ mối quan hệ.',
      ),
    ).toEqual([
      { actorId: 'alexander-lukashenko', title: 'Tổng thống Belarus' },
      { actorId: 'vladimir-putin', title: 'Tổng thống Nga' },
    ]);
  });

  it('does not make a role of an honorific or of "người đồng cấp"', () => {
    expect(
      roles(
        'Lần cuối lãnh đạo hai cơ quan điện đàm là tháng 3-2023, Bộ trưởng Quốc phòng Nga khi đó là ông Sergey Shoigu.',
      ),
    ).toEqual([]);
    expect(roles('Ngoại trưởng Nga Sergey Lavrov có cuộc hội đàm với người đồng cấp Belarus Sergey Aleynik.')).toEqual([
      { actorId: 'sergey-lavrov', title: 'Ngoại trưởng Nga' },
    ]);
  });

  it('gives a surname a role only when the title names a state or body', () => {
    expect(roles('"Quý vị có thể tới đó xem", Bộ trưởng Khrenin cho hay.')).toEqual([]);
    expect(roles('Về phần mình, Tổng thống Belarus Lukashenko cũng tuyên bố như vậy.')).toEqual([
      { actorId: 'alexander-lukashenko', title: 'Tổng thống Belarus' },
    ]);
  });

  it('stops an appositive that runs on without closing punctuation', () => {
    expect(
      roles('Dmitry Peskov, người phát ngôn Điện Kremlin cho biết rằng chuyến thăm không nhằm gây áp lực'),
    ).toEqual([]);
  });
});
