// People read from the article itself: who the press introduces by title and full name, their
// surnames later on, and the many capitalized words that are not such people.
import { describe, expect, it } from 'vitest';
import { findIntroductions } from '../../../src/core/introductions.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor } from '../../../src/core/types.ts';

const actor = (
  id: string,
  type: Actor['type'],
  name: string,
  aliases: string[] = [],
  shortNames?: string[],
): Actor => ({
  id,
  type,
  name,
  aliases,
  ...(shortNames ? { shortNames } : {}),
  description: { vi: id, en: id },
});

const ACTORS: Actor[] = [
  actor('russia', 'state', 'Nga'),
  actor('belarus', 'state', 'Belarus'),
  actor('united-states', 'state', 'Mỹ'),
  actor('japan', 'state', 'Nhật Bản'),
  actor('russia-foreign-ministry', 'organization', 'Bộ Ngoại giao Nga'),
  actor('nato', 'organization', 'NATO'),
  actor('lloyd-austin', 'person', 'Lloyd Austin', [], ['Austin']),
  actor('vladimir-putin', 'person', 'Vladimir Putin', [], ['Putin']),
  actor('bashar-al-assad', 'person', 'Bashar al-Assad', [], ['Assad', 'al-Assad']),
  actor('syria', 'state', 'Syria'),
  actor('netherlands', 'state', 'Hà Lan'),
  actor('qatar', 'state', 'Qatar'),
  actor('saudi-arabia', 'state', 'Saudi Arabia'),
  actor('lisbon', 'place', 'Lisbon'),
];
const types = new Map(ACTORS.map((a) => [a.id, a.type]));
const matcher = buildMatcher(ACTORS);

function read(text: string, known: string[] = []) {
  const { people, mentions } = findIntroductions([text], matcher.findMentions([text]), (id) => types.get(id), known);
  return { people, marks: mentions.map((m) => `${m.surface}→${m.actorId}`) };
}

describe('people the article introduces', () => {
  it('takes title + country + full name, and the surname after it', () => {
    const { people, marks } = read('Phó Ngoại trưởng Nga Sergei Ryabkov cho biết. Ông Ryabkov nói thêm.');
    expect(people).toEqual([
      { id: 'article:sergei-ryabkov', name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga', countryId: 'russia' },
    ]);
    expect(marks).toEqual(['Nga→russia', 'Sergei Ryabkov→article:sergei-ryabkov', 'Ryabkov→article:sergei-ryabkov']);
  });

  it('reads titles through bodies, portfolios, other titles, linking and place words', () => {
    expect(read('Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova phát biểu.').people[0]?.title).toBe(
      'Người phát ngôn Bộ Ngoại giao Nga',
    );
    expect(read('Trợ lý Tổng thống Nga Yuri Ushakov cho biết.').people[0]?.title).toBe('Trợ lý Tổng thống Nga');
    expect(read('Lãnh đạo phe đối lập Belarus Sviatlana Tsikhanouskaya kêu gọi.').people[0]).toMatchObject({
      name: 'Sviatlana Tsikhanouskaya',
      title: 'Lãnh đạo phe đối lập Belarus',
      countryId: 'belarus',
    });
    expect(read('Thống đốc vùng Kursk Alexei Smirnov cho biết.').people[0]).toMatchObject({
      name: 'Alexei Smirnov',
      title: 'Thống đốc vùng Kursk',
    });
    expect(read('Phó Tổng thư ký NATO Radmila Shekerinska phát biểu.').people[0]?.name).toBe('Radmila Shekerinska');
  });

  it('takes a title in apposition, and a bare "ông"/"bà" with no role', () => {
    expect(read('Yuri Ushakov, trợ lý Tổng thống Nga, cho biết.').people[0]).toMatchObject({
      name: 'Yuri Ushakov',
      title: 'Trợ lý Tổng thống Nga',
      countryId: 'russia',
    });
    expect(read('Bà Kaja Kallas nói rằng châu Âu cần đoàn kết.').people).toEqual([
      { id: 'article:kaja-kallas', name: 'Kaja Kallas', title: '' },
    ]);
    expect(read('Người đồng cấp Mỹ Marco Rubio đáp lại.').people[0]).toMatchObject({
      name: 'Marco Rubio',
      title: '',
      countryId: 'united-states',
    });
  });

  it('takes Vietnamese names with a family name after a title, and the given name only after a title', () => {
    const { people, marks } = read(
      'Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Nhật Bản Ito Naoki. Thứ trưởng Việt khẳng định. Việt Nam ủng hộ.',
    );
    expect(people.map((p) => p.name)).toEqual(['Đỗ Hùng Việt', 'Ito Naoki']);
    expect(marks).toEqual([
      'Đỗ Hùng Việt→article:do-hung-viet',
      'Nhật Bản→japan',
      'Ito Naoki→article:ito-naoki',
      'Việt→article:do-hung-viet',
    ]);
  });

  it('reads a name after a word that only opens the sentence, without that word', () => {
    const { people, marks } = read(
      'Việc Phó Ngoại trưởng Nga Mikhail Galuzin tới Hà Nội gây chú ý. Khi Ivan Petrov, người phát ngôn Bộ Ngoại giao Nga, lên tiếng, Việc Galuzin im lặng.',
    );
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Mikhail Galuzin', 'Phó Ngoại trưởng Nga'],
      ['Ivan Petrov', 'Người phát ngôn Bộ Ngoại giao Nga'],
    ]);
    expect(marks).toEqual([
      'Nga→russia',
      'Mikhail Galuzin→article:mikhail-galuzin',
      'Ivan Petrov→article:ivan-petrov',
      'Bộ Ngoại giao Nga→russia-foreign-ministry',
      'Galuzin→article:mikhail-galuzin',
    ]);
    expect(read('Việc Putin tới Minsk. Chính Nga đề xuất.').marks).toEqual(['Putin→vladimir-putin', 'Nga→russia']);
  });

  it('leaves alone what only looks like a name: no title, a body in between, capitals, one word', () => {
    expect(read('Anh Tuấn, một kỹ sư ở Hà Nội, cho biết.').people).toEqual([]);
    expect(read('Ông Trần Minh Đức, giám tuyển triển lãm, cho biết.').people).toEqual([]); // no office
    expect(read('Chủ tịch Hội nghị An ninh Munich Christoph Heusgen phát biểu.').people).toEqual([]);
    expect(read('NGOẠI TRƯỞNG NGA SERGEI RYABKOV PHÁT BIỂU').people).toEqual([]);
    expect(read('Theo Bloomberg News, thị trường biến động.').people).toEqual([]);
    expect(read('Ông Ryabkov nói.').people).toEqual([]);
    expect(read('Tổng thống Nga Vladimir Putin và Tổng thống Mỹ phát biểu.').people).toEqual([]);
  });

  it('reads a name with a hyphenated given name whole, never its prefix', () => {
    const { people, marks } = read(
      'Tuyên bố năm 1998 giữa Tổng thống Kim Dae-jung và Thủ tướng Keizo Obuchi. Cựu Tổng thống Park Geun-hye bị phế truất.',
    );
    expect(people.map((p) => p.name)).toEqual(['Kim Dae-jung', 'Keizo Obuchi', 'Park Geun-hye']);
    expect(marks).toEqual([
      'Kim Dae-jung→article:kim-dae-jung',
      'Keizo Obuchi→article:keizo-obuchi',
      'Park Geun-hye→article:park-geun-hye',
    ]);
    // Its tail is no short form: a later "jung" is nobody.
    expect(read('Tổng thống Kim Dae-jung phát biểu. Ông jung nói.').marks).toEqual([
      'Kim Dae-jung→article:kim-dae-jung',
    ]);
    // A capitalized word after the dash is still a word of its own: "Willem-Alexander".
    expect(read('Nhà vua Hà Lan Willem-Alexander chủ trì.').people.map((p) => p.name)).toEqual(['Willem-Alexander']);
  });

  it('reads a name with a particle whole: "al-", "bin", "von der", "van", "de"', () => {
    expect(read('Người phát ngôn Bộ Ngoại giao Qatar Majed al-Ansari xác nhận.').people.map((p) => p.name)).toEqual([
      'Majed al-Ansari',
    ]);
    expect(read('Ngoại trưởng Saudi Arabia Faisal bin Farhan phát biểu.').people.map((p) => p.name)).toEqual([
      'Faisal bin Farhan',
    ]);
    expect(
      read('Bộ trưởng Hà Lan Ruben van Dijk và Thị trưởng Lisbon Pedro de Sousa gặp nhau.').people.map((p) => p.name),
    ).toEqual(['Ruben van Dijk', 'Pedro de Sousa']);
  });

  it('gives a known person\'s surname to no one inside another\'s name: "Hafez al-Assad" is not Bashar', () => {
    const { people, marks } = read('Năm 2000, ông Bill Clinton hội đàm với cố Tổng thống Hafez al-Assad tại Geneva.');
    expect(people.map((p) => p.name)).toEqual(['Bill Clinton', 'Hafez al-Assad']);
    expect(marks).toEqual(['Bill Clinton→article:bill-clinton', 'Hafez al-Assad→article:hafez-al-assad']);
    // Bashar himself keeps his surname, with or without the particle.
    expect(read('Tổng thống Syria al-Assad rời nhiệm sở. Chính quyền Assad sụp đổ.').marks).toEqual([
      'Syria→syria',
      'al-Assad→bashar-al-assad',
      'Assad→bashar-al-assad',
    ]);
  });

  it('reads a capitalized name after "tại"/"ở" as a place, not a person the title introduces', () => {
    expect(read('Đón Thủ tướng tại Rio de Janeiro có Đại sứ Việt Nam.').people).toEqual([]);
    expect(read('Bộ trưởng ở Buenos Aires cho biết.').people).toEqual([]);
    // The place between a title and the name still leads to the name.
    expect(read('Đại sứ Mỹ tại Nhật Bản Rahm Emanuel phát biểu.').people.map((p) => p.name)).toEqual(['Rahm Emanuel']);
  });

  it('marks a surname only after the full name, and not when two people share it', () => {
    expect(read('Ông Ryabkov nói. Phó Ngoại trưởng Nga Sergei Ryabkov cho biết.').marks).toEqual([
      'Nga→russia',
      'Sergei Ryabkov→article:sergei-ryabkov',
    ]);
    const two = read('Ông Ivan Petrov và ông Oleg Petrov gặp nhau. Ông Petrov nói.');
    expect(two.people).toHaveLength(2);
    expect(two.marks).toEqual(['Ivan Petrov→article:ivan-petrov', 'Oleg Petrov→article:oleg-petrov']);
  });

  it('takes a surname back from a known person when the article introduced its own, or both named it', () => {
    // Only the article's Austin is named in full: "ông Austin" is him, not the glossary's.
    expect(read('Ông John Austin, một nhà phân tích, nói. Ông Austin cho biết.').marks).toEqual([
      'John Austin→article:john-austin',
      'Austin→article:john-austin',
    ]);
    // Both named in full: "ông Austin" could be either, so it is no one's.
    expect(read('Bộ trưởng Quốc phòng Mỹ Lloyd Austin gặp ông John Austin. Ông Austin nói.').marks).toEqual([
      'Mỹ→united-states',
      'Lloyd Austin→lloyd-austin',
      'John Austin→article:john-austin',
    ]);
  });

  it('takes a name an earlier article introduced, written out in full, without an introduction here', () => {
    const known = ['Sergei Ryabkov'];
    expect(read('Theo Sergei Ryabkov, Nga chờ đề xuất. Ông Ryabkov nói thêm.', known)).toEqual({
      people: [{ id: 'article:sergei-ryabkov', name: 'Sergei Ryabkov', title: '', remembered: true }],
      marks: ['Sergei Ryabkov→article:sergei-ryabkov', 'Nga→russia', 'Ryabkov→article:sergei-ryabkov'],
    });
    // Unknown, the same sentence introduces no one; a surname alone, or a longer name, is not him.
    expect(read('Theo Sergei Ryabkov, Nga chờ đề xuất.').people).toEqual([]);
    expect(read('Ông Ryabkov nói thêm.', known).people).toEqual([]);
    expect(read('Theo Sergei Ivanovich Ryabkov, Nga chờ.', known).people).toEqual([]);
  });

  it('gives this article’s title for a remembered name when the article introduces it too', () => {
    const { people } = read('Theo Sergei Ryabkov, Nga chờ. Phó Ngoại trưởng Nga Sergei Ryabkov nói thêm.', [
      'Sergei Ryabkov',
    ]);
    expect(people).toEqual([
      { id: 'article:sergei-ryabkov', name: 'Sergei Ryabkov', title: 'Phó Ngoại trưởng Nga', countryId: 'russia' },
    ]);
  });
});
