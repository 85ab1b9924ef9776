// State institutions read from their parts: every kind of the grammar before a state, nested names,
// missions in a place, the bare kind referring back, and the phrases that look like an institution
// and are not one.
import { describe, expect, it } from 'vitest';
import { INSTITUTION_KINDS } from '../../../src/core/institution-kinds.ts';
import { findInstitutions } from '../../../src/core/institutions.ts';
import { findIntroductions } from '../../../src/core/introductions.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor, AliasSpec } from '../../../src/core/types.ts';

const actor = (id: string, type: Actor['type'], name: string, aliases: AliasSpec[] = []): Actor => ({
  id,
  type,
  name,
  aliases,
  description: { vi: id, en: id },
});

const ACTORS: Actor[] = [
  actor('russia', 'state', 'Nga', ['Liên bang Nga']),
  actor('poland', 'state', 'Ba Lan'),
  actor('belarus', 'state', 'Belarus'),
  actor('china', 'state', 'Trung Quốc', [{ text: 'Trung', needsCue: true }]),
  actor('united-states', 'state', 'Mỹ', ['Hoa Kỳ']),
  actor('japan', 'state', 'Nhật Bản', ['Nhật']),
  actor('philippines', 'state', 'Philippines'),
  actor('iran', 'state', 'Iran'),
  actor('moldova', 'state', 'Moldova'),
  actor('israel', 'state', 'Israel'),
  actor('qatar', 'state', 'Qatar'),
  actor('ukraine', 'state', 'Ukraine'),
  actor('vietnam', 'state', 'Việt Nam'),
  actor('soviet-union', 'state', 'Liên Xô'),
  actor('united-kingdom', 'state', 'Vương quốc Anh', [{ text: 'Anh', needsCue: true }]),
  actor('kyiv', 'place', 'Kiev', ['Kyiv']),
  actor('russia-defence-ministry', 'organization', 'Bộ Quốc phòng Nga'),
  actor('idf', 'organization', 'Lực lượng Phòng vệ Israel'),
  actor('nato', 'organization', 'NATO'),
  actor('afp', 'media', 'AFP', ['Agence France-Presse']),
];
const types = new Map(ACTORS.map((a) => [a.id, a.type]));
const matcher = buildMatcher(ACTORS);

/** The article's marks as "surface→actor" (a trailing "^" for a back reference), after the
 *  matcher, the people it introduces and the institutions. */
function read(text: string) {
  const typeOf = (id: string) => types.get(id);
  const intro = findIntroductions([text], matcher.findMentions([text]), typeOf);
  const { institutions, mentions } = findInstitutions([text], intro.mentions, typeOf);
  return {
    institutions,
    people: intro.people,
    marks: mentions.map((m) => `${m.surface}→${m.actorId}${m.basis === 'institution-back' ? '^' : ''}`),
  };
}
const marks = (text: string) => read(text).marks;

describe('institutions named by kind and state', () => {
  it.each([
    ['Bộ Ngoại giao Trung Quốc', 'china-foreign-ministry'],
    ['Bộ Quốc phòng Ba Lan', 'poland-defence-ministry'],
    ['Bộ Thương mại Trung Quốc', 'china-trade-ministry'],
    ['Bộ Tài chính Nhật Bản', 'japan-finance-ministry'],
    ['Bộ Nội vụ Ukraine', 'ukraine-interior-ministry'],
    ['Bộ Tư pháp Mỹ', 'united-states-justice-ministry'],
    ['Quân đội Israel', 'israel-armed-forces'],
    ['Hải quân Nga', 'russia-navy'],
    ['Không quân Mỹ', 'united-states-air-force'],
    ['Lục quân Mỹ', 'united-states-ground-forces'],
    ['Hải cảnh Trung Quốc', 'china-coast-guard'],
    ['Tuần duyên Philippines', 'philippines-coast-guard'],
    ['Lực lượng Phòng vệ Nhật Bản', 'japan-defence-forces'],
    ['Lực lượng Tên lửa chiến lược Nga', 'russia-strategic-rocket-forces'],
    ['Bộ Tổng Tham mưu Quân đội Nga', 'russia-general-staff'],
    ['Bộ Tổng tham mưu Các lực lượng vũ trang Ukraine', 'ukraine-general-staff'],
    ['Bộ Tư lệnh Hải quân Nga', 'russia-navy-command'],
    ['Quốc hội Iran', 'iran-parliament'],
    ['Quốc hội Cộng hòa Moldova', 'moldova-parliament'],
    ['Nghị viện Ukraine', 'ukraine-parliament'],
    ['Thượng viện Mỹ', 'united-states-senate'],
    ['Hạ viện Mỹ', 'united-states-house'],
    ['Chính phủ Israel', 'israel-government'],
    ['Nội các Ukraine', 'ukraine-government'],
    ['Văn phòng Tổng thống Ukraine', 'ukraine-presidential-office'],
    ['Hội đồng An ninh Nga', 'russia-security-council'],
    ['Ngân hàng Trung ương Nga', 'russia-central-bank'],
    ['Ủy ban Bầu cử Trung ương Moldova', 'moldova-central-electoral-commission'],
    ['Đại sứ quán Mỹ', 'united-states-embassy'],
    ['Quốc hội Anh', 'united-kingdom-parliament'],
  ])('"%s" is one mention of %s, its state inside it', (name, id) => {
    const { marks: found, institutions } = read(`Theo ${name}, cuộc gặp diễn ra hôm 5/6.`);
    expect(found).toEqual([`${name}→${id}`]);
    expect(institutions.map((x) => x.id)).toEqual([id]);
  });

  it('gives every kind a slug, an English name and at least one form', () => {
    const slugs = INSTITUTION_KINDS.map((k) => k.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const kind of INSTITUTION_KINDS) {
      expect(kind.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kind.en).not.toBe('');
      expect(kind.forms.length).toBeGreaterThan(0);
    }
  });

  it('says what it read: the kind as the table spells it, the state', () => {
    expect(read('Nội các Ukraine họp khẩn.').institutions).toEqual([
      { id: 'ukraine-government', slug: 'government', form: 'Nội các', countryId: 'ukraine' },
    ]);
  });

  it('names a mission by its place: "Đại sứ quán Mỹ tại Kiev", "… tại Nga"', () => {
    expect(marks('Đại sứ quán Mỹ tại Kiev tạm đóng cửa.')).toEqual([
      'Đại sứ quán Mỹ tại Kiev→united-states-embassy-in-kyiv',
    ]);
    const { institutions, marks: found } = read('Đại sứ quán Việt Nam tại Nga khuyến cáo công dân.');
    expect(found).toEqual(['Đại sứ quán Việt Nam tại Nga→vietnam-embassy-in-russia']);
    expect(institutions[0]).toEqual({
      id: 'vietnam-embassy-in-russia',
      slug: 'embassy',
      form: 'Đại sứ quán',
      countryId: 'vietnam',
      placeId: 'russia',
    });
    // A place the glossary does not know: the embassy, without it.
    expect(marks('Đại sứ quán Mỹ tại thủ đô đóng cửa.')).toEqual(['Đại sứ quán Mỹ→united-states-embassy']);
  });

  it('leaves a name the glossary knows to the glossary', () => {
    expect(marks('Bộ Quốc phòng Nga và Lực lượng Phòng vệ Israel ra thông báo.')).toEqual([
      'Bộ Quốc phòng Nga→russia-defence-ministry',
      'Lực lượng Phòng vệ Israel→idf',
    ]);
  });

  it('keeps the people a title names after the institution', () => {
    const { people, marks: found } = read('Người phát ngôn Bộ Ngoại giao Qatar Majed Ansari xác nhận thỏa thuận.');
    expect(found).toEqual(['Bộ Ngoại giao Qatar→qatar-foreign-ministry', 'Majed Ansari→article:majed-ansari']);
    expect(people).toEqual([
      {
        id: 'article:majed-ansari',
        name: 'Majed Ansari',
        title: 'Người phát ngôn Bộ Ngoại giao Qatar',
        countryId: 'qatar',
      },
    ]);
    expect(read('Thứ trưởng Bộ Thương mại Trung Quốc Lý Thành Cương dự họp.').people.map((p) => p.name)).toEqual([
      'Lý Thành Cương',
    ]);
  });
});

describe('an acronym the article defines in parentheses', () => {
  it('is the institution named right before it when the letters are its English initials', () => {
    expect(marks('Tướng Romeo Brawner, Tổng Tham mưu trưởng Lực lượng Vũ trang Philippines (AFP), nhận định.')).toEqual(
      [
        'Romeo Brawner→article:romeo-brawner',
        'Lực lượng Vũ trang Philippines→philippines-armed-forces',
        'AFP→philippines-armed-forces',
      ],
    );
    expect(marks('Tuần duyên Philippines (PCG) cho biết.')).toEqual([
      'Tuần duyên Philippines→philippines-coast-guard',
      'PCG→philippines-coast-guard',
    ]);
  });

  it('leaves the agency its AFP everywhere else: a credit after an institution, the bare name', () => {
    expect(marks('Trụ sở Bộ Quốc phòng Ba Lan (AFP).')).toEqual([
      'Bộ Quốc phòng Ba Lan→poland-defence-ministry',
      'AFP→afp',
    ]);
    expect(marks('Lực lượng Vũ trang Philippines cho biết, theo AFP.')).toEqual([
      'Lực lượng Vũ trang Philippines→philippines-armed-forces',
      'AFP→afp',
    ]);
  });
});

describe('the bare kind later in the article', () => {
  it('refers back to the one institution of that kind named before', () => {
    expect(marks('Hải cảnh Trung Quốc phun vòi rồng vào tàu Philippines. Sau đó, tàu Hải cảnh rời đi.')).toEqual([
      'Hải cảnh Trung Quốc→china-coast-guard',
      'Philippines→philippines',
      'Hải cảnh→china-coast-guard^',
    ]);
    expect(
      marks('Bộ Quốc phòng Ba Lan cho biết đã đóng cửa khẩu. Theo Bộ Quốc phòng, biện pháp này là tạm thời.'),
    ).toEqual(['Bộ Quốc phòng Ba Lan→poland-defence-ministry', 'Bộ Quốc phòng→poland-defence-ministry^']);
    // To the glossary's own institution too.
    expect(marks('Bộ Quốc phòng Nga cho biết. Theo Bộ Quốc phòng, các đơn vị đã rút.')).toEqual([
      'Bộ Quốc phòng Nga→russia-defence-ministry',
      'Bộ Quốc phòng→russia-defence-ministry^',
    ]);
  });

  it('reads "Bộ này" as the one ministry named before', () => {
    expect(marks('Bộ Ngoại giao Qatar ra tuyên bố. Bộ này cho biết các bên đã đồng ý.')).toEqual([
      'Bộ Ngoại giao Qatar→qatar-foreign-ministry',
      'Bộ này→qatar-foreign-ministry^',
    ]);
  });

  it('gives nothing when two were named, or none before it', () => {
    const two =
      'Bộ Quốc phòng Nga bác bỏ. Bộ Quốc phòng Ba Lan phản đối. Bộ Quốc phòng cho biết sẽ điều tra. Bộ này cũng nói.';
    expect(marks(two)).toEqual([
      'Bộ Quốc phòng Nga→russia-defence-ministry',
      'Bộ Quốc phòng Ba Lan→poland-defence-ministry',
    ]);
    expect(marks('Bộ Quốc phòng cho biết. Sau đó Bộ Quốc phòng Ba Lan ra thông cáo.')).toEqual([
      'Bộ Quốc phòng Ba Lan→poland-defence-ministry',
    ]);
  });

  it('never takes a kind Vietnam has too in an article that names Vietnam', () => {
    expect(marks('Bộ Ngoại giao Trung Quốc ra tuyên bố. Bộ Ngoại giao khẳng định chủ quyền của Việt Nam.')).toEqual([
      'Bộ Ngoại giao Trung Quốc→china-foreign-ministry',
      'Việt Nam→vietnam',
    ]);
    // A kind only foreign states have still refers back.
    expect(marks('Hải cảnh Trung Quốc áp sát. Cảnh sát biển Việt Nam theo dõi, Hải cảnh rút lui.')).toEqual([
      'Hải cảnh Trung Quốc→china-coast-guard',
      'Cảnh sát biển Việt Nam→vietnam-coast-guard',
      'Hải cảnh→china-coast-guard^',
    ]);
  });
});

describe('what looks like an institution and is not', () => {
  it('"quân đội hai nước", and a lower-case "quân đội Nga": no institution', () => {
    expect(marks('Quân đội Nga và quân đội Belarus tập trận. Quân đội hai nước sẽ diễn tập tiếp.')).toEqual([
      'Quân đội Nga→russia-armed-forces',
      'Belarus→belarus',
    ]);
    expect(marks('Kế hoạch rút quân đội Nga khỏi khu vực.')).toEqual(['Nga→russia']);
  });

  it('"Quốc hội" alone, with no state before any', () => {
    expect(marks('Quốc hội thông qua luật mới về ngân sách.')).toEqual([]);
  });

  it('"Bộ Ngoại giao" meaning Vietnam\'s own: only an explicit state names one', () => {
    expect(marks('Bộ Ngoại giao đã triệu tập đại sứ để trao công hàm phản đối.')).toEqual([]);
    // A title whose person says whose ministry it is: not ours to guess.
    expect(marks('Bộ Ngoại giao Nga phản đối. Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng nói thêm.')).toEqual([
      'Bộ Ngoại giao Nga→russia-foreign-ministry',
      'Phạm Thu Hằng→article:pham-thu-hang',
    ]);
  });

  it('a given name that is a country\'s name ("Thúy Nga") is no state', () => {
    expect(marks('Hải quân Nga tập trận. Phát ngôn viên Bộ Ngoại giao Lê Thúy Nga nói.')).toEqual([
      'Hải quân Nga→russia-navy',
      'Lê Thúy Nga→article:le-thuy-nga',
    ]);
  });

  it('"Hải quân" in a ship\'s name, not in a ship of the service', () => {
    expect(marks('Tàu sân bay Đô đốc Hải quân Liên Xô Kuznetsov rời cảng.')).toEqual(['Liên Xô→soviet-union']);
    expect(marks('Một tàu Hải cảnh Trung Quốc áp sát.')).toEqual(['Hải cảnh Trung Quốc→china-coast-guard']);
  });

  it('a kind before two states names neither', () => {
    expect(marks('Quân đội Nga - Belarus tập trận chung.')).toEqual(['Nga→russia', 'Belarus→belarus']);
    expect(marks('Hải quân Mỹ và Nhật Bản tuần tra chung.')).toEqual(['Mỹ→united-states', 'Nhật Bản→japan']);
  });

  it('a kind before what is not a state: nothing', () => {
    expect(marks('Hội đồng An ninh NATO họp.')).toEqual(['NATO→nato']);
  });
});
