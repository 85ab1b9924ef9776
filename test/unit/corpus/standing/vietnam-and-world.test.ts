// The reviewed standing actors of issue 11, parts 4–6, with the real glossary and the real
// matcher: Vietnam's own leaders, institutions and press; the world's standing organizations and
// armed groups; the seas, islands, shoals and regions the news turns on. What each spelling must
// mark, and the everyday Vietnamese it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, loadAllActors } from '../../../../build/glossary/main.ts';
import { buildMatcher, type Matcher } from '../../../../src/core/matcher.ts';
import { isVietnameseSyllable } from '../../../../src/core/syllable.ts';
import type { Actor } from '../../../../src/core/types.ts';

let actors: Actor[];
let byId: Map<string, Actor>;
let matcher: Matcher;
beforeAll(() => {
  actors = loadAllActors(DEFAULT_PATHS).actors;
  byId = new Map(actors.map((a) => [a.id, a]));
  matcher = buildMatcher(actors);
});

/** "surface→actor" for every mention in the text. */
const marks = (text: string) => matcher.findMentions([text]).map((m) => `${m.surface}→${m.actorId}`);
const isVietnamese = (a: Actor) =>
  a.type === 'person' && (a.links ?? []).some((l) => l.rel === 'country' && l.to === 'vietnam');

describe("Vietnam's own side", () => {
  it('has the leaders with their roles as of a stated date, each date one the role certainly held on', () => {
    const role = (id: string, k = 0) => byId.get(id)?.record?.[k];
    expect(role('to-lam')).toMatchObject({
      vi: 'Tổng Bí thư Đảng Cộng sản Việt Nam',
      asOf: '2026-01-23',
      since: '2024-08-03',
    });
    expect(role('tran-cam-tu')).toMatchObject({
      vi: 'Thường trực Ban Bí thư Trung ương Đảng Cộng sản Việt Nam',
      asOf: '2026-01-23',
      since: '2024-10-25',
    });
    expect(role('luong-cuong')).toMatchObject({
      vi: 'Chủ tịch nước Việt Nam',
      asOf: '2025-10-25',
      since: '2024-10-21',
    });
    expect(role('pham-minh-chinh')).toMatchObject({ vi: 'Thủ tướng Chính phủ Việt Nam', asOf: '2025-10-25' });
    expect(role('tran-thanh-man')).toMatchObject({ vi: 'Chủ tịch Quốc hội Việt Nam', asOf: '2025-10-25' });
    expect(role('phan-van-giang')).toMatchObject({ vi: 'Bộ trưởng Quốc phòng Việt Nam', asOf: '2025-10-25' });
    expect(role('le-hoai-trung')).toMatchObject({
      vi: 'Bộ trưởng Ngoại giao Việt Nam',
      asOf: '2025-10-25',
      since: '2025-10-25',
    });
    // Bùi Thanh Sơn: Deputy Prime Minister from August 2024, Foreign Minister until August 2025.
    expect(role('bui-thanh-son')).toMatchObject({ vi: 'Phó Thủ tướng Chính phủ Việt Nam', since: '2024-08-26' });
    expect(role('bui-thanh-son', 1)).toMatchObject({
      vi: 'Bộ trưởng Ngoại giao Việt Nam',
      since: '2021-04-08',
      until: '2025-08',
    });
    expect(role('pham-thu-hang')).toMatchObject({ vi: 'Người phát ngôn Bộ Ngoại giao Việt Nam', since: '2023-06-08' });
  });

  it('gives no Vietnamese person a one-syllable short name', () => {
    const vietnamese = actors.filter(isVietnamese);
    expect(vietnamese.length).toBeGreaterThanOrEqual(16);
    for (const person of vietnamese) {
      for (const short of person.shortNames ?? [])
        expect(isVietnameseSyllable(short), `${person.id}: ${short}`).toBe(false);
    }
  });

  it('marks Vietnamese leaders in full, and a given name alone never, whatever stands before it', () => {
    expect(marks('Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào. Ông Lâm nhấn mạnh quan hệ đặc biệt.')).toEqual([
      'Tô Lâm→to-lam',
      'Lào→laos',
    ]);
    expect(marks('Thủ tướng Phạm Minh Chính dự hội nghị. Thủ tướng Chính đề nghị các đối tác.')).toEqual([
      'Phạm Minh Chính→pham-minh-chinh',
    ]);
    expect(marks('Chủ tịch nước Lương Cường hội kiến. Ông Cường cảm ơn.')).toEqual(['Lương Cường→luong-cuong']);
    expect(marks('Phó Thủ tướng Bùi Thanh Sơn và Bộ trưởng Lê Hoài Trung. Ông Sơn, ông Trung.')).toEqual([
      'Bùi Thanh Sơn→bui-thanh-son',
      'Lê Hoài Trung→le-hoai-trung',
    ]);
    // Without the full name before: nothing, after a title or an honorific or alone.
    expect(marks('Ông Lâm cho biết; Thủ tướng Chính phát biểu; Chủ tịch nước Cường dự; Bộ trưởng Sơn nói.')).toEqual(
      [],
    );
    expect(marks('Ông Mẫn, ông Tú, bà Hằng, ông Giang, bà Xuân và ông Vũ.')).toEqual([]);
    // The same syllables in ordinary words and place names.
    expect(marks('Tỉnh Lâm Đồng; Chính sách của Chính phủ; Cường quốc; Sơn La; Thanh Sơn; Minh Chính.')).toEqual([]);
  });

  it('marks the spokesperson, the deputies and the Vice President in full', () => {
    expect(marks('Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời báo chí.')).toEqual([
      'Phạm Thu Hằng→pham-thu-hang',
    ]);
    expect(marks('Thứ trưởng Lê Thị Thu Hằng và Thứ trưởng Thường trực Nguyễn Minh Vũ.')).toEqual([
      'Lê Thị Thu Hằng→le-thi-thu-hang',
      'Nguyễn Minh Vũ→nguyen-minh-vu',
    ]);
    expect(marks('Phó Chủ tịch nước Võ Thị Ánh Xuân và Thường trực Ban Bí thư Trần Cẩm Tú.')).toEqual([
      'Võ Thị Ánh Xuân→vo-thi-anh-xuan',
      'Trần Cẩm Tú→tran-cam-tu',
    ]);
  });

  it("marks Vietnam's institutions named with the country, and not the Republic of Vietnam's", () => {
    expect(
      marks('Bộ Ngoại giao Việt Nam, Bộ Quốc phòng Việt Nam, Bộ Công an Việt Nam và Bộ Công Thương Việt Nam.'),
    ).toEqual([
      'Bộ Ngoại giao Việt Nam→vietnam-foreign-ministry',
      'Bộ Quốc phòng Việt Nam→vietnam-defence-ministry',
      'Bộ Công an Việt Nam→vietnam-public-security-ministry',
      'Bộ Công Thương Việt Nam→vietnam-industry-and-trade-ministry',
    ]);
    expect(
      marks('Quốc hội Việt Nam phê chuẩn; Chính phủ Việt Nam và chính phủ Việt Nam; Ngân hàng Nhà nước Việt Nam.'),
    ).toEqual([
      'Quốc hội Việt Nam→vietnam-parliament',
      'Chính phủ Việt Nam→vietnam-government',
      'chính phủ Việt Nam→vietnam-government',
      'Ngân hàng Nhà nước Việt Nam→vietnam-central-bank',
    ]);
    expect(marks('Quân đội nhân dân Việt Nam, Hải quân nhân dân Việt Nam và Cảnh sát biển Việt Nam.')).toEqual([
      'Quân đội nhân dân Việt Nam→vietnam-armed-forces',
      'Hải quân nhân dân Việt Nam→vietnam-navy',
      'Cảnh sát biển Việt Nam→vietnam-coast-guard',
    ]);
    // Traps: the Republic of Vietnam (1955–1975), and other countries' ministries of the same kind.
    expect(
      marks('Chính phủ Việt Nam Cộng hòa sụp đổ; Quốc hội Việt Nam Cộng hòa; Bộ Ngoại giao Việt Nam Cộng hòa.'),
    ).toEqual([]);
    expect(marks('Bộ Công an Trung Quốc và Bộ Công Thương Indonesia.').filter((m) => m.includes('→vietnam'))).toEqual(
      [],
    );
  });

  it('marks the Vietnamese papers by their names, and not the words they are named after', () => {
    expect(marks('Theo báo Nhân Dân, báo Tuổi Trẻ, báo Thanh Niên, báo Tiền Phong và Báo Lao Động.')).toEqual([
      'báo Nhân Dân→nhan-dan',
      'báo Tuổi Trẻ→tuoi-tre',
      'báo Thanh Niên→thanh-nien',
      'báo Tiền Phong→tien-phong',
      'Báo Lao Động→lao-dong',
    ]);
    expect(
      marks('VnExpress, VietNamNet, Znews, VTC News, Vietnam+, báo Dân trí, báo Quân đội nhân dân, TTXVN.'),
    ).toEqual([
      'VnExpress→vnexpress',
      'VietNamNet→vietnamnet',
      'Znews→znews',
      'VTC News→vtc-news',
      'Vietnam+→vietnamplus',
      'báo Dân trí→dan-tri',
      'báo Quân đội nhân dân→quan-doi-nhan-dan',
      'TTXVN→vietnam-news-agency',
    ]);
    // Traps: youth, the people, the people's army, labour, the level of education, world press.
    expect(
      marks('Tuổi trẻ luôn xung kích; thanh niên tình nguyện; Đoàn Thanh niên; nâng cao dân trí; người lao động.'),
    ).toEqual([]);
    expect(marks('Chính quyền cảnh báo Nhân dân; Bộ thông báo Quân đội nhân dân Việt Nam sẽ diễn tập.')).toEqual([
      'Quân đội nhân dân Việt Nam→vietnam-armed-forces',
    ]);
    expect(marks('Liên đoàn Nhà báo Quốc tế; báo chí quốc tế; dự báo thời tiết; xã Tiền Phong.')).toEqual([]);
  });
});

describe("the world's standing organizations and armed groups", () => {
  it('adds the bodies the news turns on to those already listed, each with one line of what it is', () => {
    // biome-ignore format: a list packed by hand, a few items to a line, reads as a list
    const ids = [
      'un-secretariat', 'unctad', 'organization-of-american-states', 'celac', 'sadc', 'mekong-lancang-cooperation',
      'council-of-the-european-union', 'arakan-army', 'myanmar-armed-forces', 'africa-corps', 'evfta', 'e3',
    ];
    for (const id of ids) {
      const a = byId.get(id);
      expect(a, id).toBeDefined();
      expect(a!.description.vi.length, id).toBeGreaterThan(10);
      expect(a!.description.en.length, id).toBeGreaterThan(10);
    }
    expect(byId.get('evfta')!.type).toBe('treaty');
  });

  it('marks them in the forms the Vietnamese press writes', () => {
    expect(marks('Lực lượng Hỗ trợ nhanh (RSF) chiếm El Fasher; lực lượng RSF rút khỏi Khartoum.')).toEqual([
      'Lực lượng Hỗ trợ nhanh (RSF)→rapid-support-forces',
      'El Fasher→el-fasher',
      'lực lượng RSF→rapid-support-forces',
      'Khartoum→khartoum',
    ]);
    expect(marks('Nhà nước Hồi giáo (IS), lực lượng Houthi, phong trào Hamas và Hezbollah.')).toEqual([
      'Nhà nước Hồi giáo→islamic-state',
      'IS→islamic-state',
      'Houthi→houthis',
      'Hamas→hamas',
      'Hezbollah→hezbollah',
    ]);
    expect(marks('Quân đội Arakan giao tranh với quân đội Myanmar (Tatmadaw) ở bang Rakhine.')).toEqual([
      'Quân đội Arakan→arakan-army',
      'quân đội Myanmar→myanmar-armed-forces',
      'Tatmadaw→myanmar-armed-forces',
      'bang Rakhine→rakhine-state',
    ]);
    expect(marks('Taliban Pakistan (TTP) khác với Taliban; quan hệ Taliban - Pakistan.')).toEqual([
      'Taliban Pakistan→tehrik-i-taliban-pakistan',
      'TTP→tehrik-i-taliban-pakistan',
      'Taliban→taliban',
      'Taliban→taliban',
      'Pakistan→pakistan',
    ]);
    expect(marks('Hợp tác Mekong - Lan Thương; Hiệp định EVFTA; Bộ Quy tắc ứng xử ở Biển Đông (COC).')).toEqual([
      'Hợp tác Mekong - Lan Thương→mekong-lancang-cooperation',
      'EVFTA→evfta',
      'Bộ Quy tắc ứng xử ở Biển Đông→code-of-conduct-south-china-sea',
      'COC→code-of-conduct-south-china-sea',
    ]);
    expect(marks('Ban Thư ký Liên hợp quốc, UNCTAD, OAS, CELAC, SADC và nhóm E3.')).toEqual([
      'Ban Thư ký Liên hợp quốc→un-secretariat',
      'UNCTAD→unctad',
      'OAS→organization-of-american-states',
      'CELAC→celac',
      'SADC→sadc',
      'nhóm E3→e3',
    ]);
  });

  it('leaves alone what shares their letters', () => {
    // RSF and AES name two actors each: alone they are left unmarked, after a full name they are
    // that actor (Reporters Without Borders or Sudan's Rapid Support Forces; the Sahel alliance or
    // the US power company).
    expect(marks('RSF cho rằng. AES cho biết.')).toEqual([]);
    expect(marks('Tổ chức Phóng viên Không biên giới (RSF) công bố bảng xếp hạng; RSF cho rằng.')).toEqual([
      'Tổ chức Phóng viên Không biên giới→reporters-without-borders',
      'RSF→reporters-without-borders',
      'RSF→reporters-without-borders',
    ]);
    expect(marks('Lực lượng Hỗ trợ nhanh (RSF) tuyên bố; RSF bác bỏ.')).toEqual([
      'Lực lượng Hỗ trợ nhanh (RSF)→rapid-support-forces',
      'RSF→rapid-support-forces',
    ]);
    expect(
      marks('Liên minh các quốc gia Sahel (AES) họp; AES rút khỏi ECOWAS. Tập đoàn AES đầu tư; AES cho biết.'),
    ).toEqual([
      'Liên minh các quốc gia Sahel→alliance-of-sahel-states',
      'AES→alliance-of-sahel-states',
      'AES→alliance-of-sahel-states',
      'ECOWAS→ecowas',
      'Tập đoàn AES→aes-corporation',
      'AES→aes-corporation',
    ]);
    // Other Liberal Democrats, the India-China line beside the Kashmir one, China's name for the
    // Paracels only with its generic word ("phía Tây Sa Pa" is a direction and a town).
    expect(marks('Đảng Dân chủ Tự do (LDP) cầm quyền; Đảng Dân chủ Tự do Anh.')).toEqual([
      'Đảng Dân chủ Tự do (LDP)→liberal-democratic-party',
    ]);
    expect(marks('Ranh giới kiểm soát thực tế (LAC) và Ranh giới Kiểm soát (LoC).')).toEqual([
      'Ranh giới kiểm soát thực tế→line-of-actual-control',
      'LAC→line-of-actual-control',
      'Ranh giới Kiểm soát→line-of-control',
      'LoC→line-of-control',
    ]);
    expect(marks('Phía Tây Sa Pa; vùng biển Tây Sa, tên Trung Quốc gọi quần đảo Hoàng Sa.')).toEqual([
      'vùng biển Tây Sa→paracel-islands',
      'Trung Quốc→china',
      'quần đảo Hoàng Sa→paracel-islands',
    ]);
    // Rommel's Afrika Korps, the 1973 Paris accords, a cold war in the figurative sense.
    expect(marks('Quân đoàn châu Phi của Rommel.')).toEqual(['châu Phi→africa']);
    expect(marks('Hiệp định Paris năm 1973.')).toEqual(['Paris→paris']);
    expect(marks('Một cuộc chiến tranh lạnh mới; thời Chiến tranh Lạnh.')).toEqual(['thời Chiến tranh Lạnh→cold-war']);
    expect(marks('Hội Chữ thập đỏ Việt Nam.')).toEqual(['Việt Nam→vietnam']);
  });
});

describe('geography the news turns on', () => {
  it('marks the archipelagos with and without their generic word, in either case', () => {
    expect(marks('Quần đảo Trường Sa, quần đảo Hoàng Sa, Trường Sa và Hoàng Sa thuộc chủ quyền Việt Nam.')).toEqual([
      'Quần đảo Trường Sa→spratly-islands',
      'quần đảo Hoàng Sa→paracel-islands',
      'Trường Sa→spratly-islands',
      'Hoàng Sa→paracel-islands',
      'Việt Nam→vietnam',
    ]);
    expect(marks('Đảo Trường Sa Lớn thuộc quần đảo Trường Sa.')).toEqual([
      'Đảo Trường Sa Lớn→spratly-island',
      'quần đảo Trường Sa→spratly-islands',
    ]);
  });

  it('marks shoals and reefs by their Vietnamese names and their international ones', () => {
    expect(marks('Tàu hải cảnh gần bãi Cỏ Mây (Second Thomas Shoal), đá Vành Khăn, đá Chữ Thập và đá Xu Bi.')).toEqual([
      'bãi Cỏ Mây→second-thomas-shoal',
      'Second Thomas Shoal→second-thomas-shoal',
      'đá Vành Khăn→mischief-reef',
      'đá Chữ Thập→fiery-cross-reef',
      'đá Xu Bi→subi-reef',
    ]);
    expect(marks('Bãi cạn Scarborough, bãi Scarborough, đá Gạc Ma, bãi Tư Chính, đảo Phú Lâm, đảo Ba Bình.')).toEqual([
      'Bãi cạn Scarborough→scarborough-shoal',
      'bãi Scarborough→scarborough-shoal',
      'đá Gạc Ma→johnson-south-reef',
      'bãi Tư Chính→vanguard-bank',
      'đảo Phú Lâm→woody-island',
      'đảo Ba Bình→itu-aba',
    ]);
  });

  it('never marks the generic words, nor the names without them where they are ordinary words', () => {
    expect(
      marks('Nhiều người tắm ở bãi biển; bãi cạn lộ ra khi triều rút; một quần đảo; vịnh; eo biển; bán đảo.'),
    ).toEqual([]);
    expect(marks('Chữ thập; phường Phú Lâm; Tư Chính là tên đường; xã Ba Bình; cỏ mây mọc ven đường.')).toEqual([]);
    expect(marks('Đá Vành; bãi Cỏ; biển Đông lạnh giá của Hàn Quốc.')).toEqual(['Hàn Quốc→south-korea']);
  });

  it('marks seas, straits, gulfs, peninsulas and regions', () => {
    expect(
      marks('Biển Đông, eo biển Đài Loan, eo biển Hormuz, Biển Đỏ, vịnh Aden, bán đảo Triều Tiên, bán đảo Ả Rập.'),
    ).toEqual([
      'Biển Đông→south-china-sea',
      'eo biển Đài Loan→taiwan-strait',
      'eo biển Hormuz→strait-of-hormuz',
      'Biển Đỏ→red-sea',
      'vịnh Aden→gulf-of-aden',
      'bán đảo Triều Tiên→korean-peninsula',
      'bán đảo Ả Rập→arabian-peninsula',
    ]);
    expect(
      marks(
        'Sahel, Trung Đông, Kashmir, Dải Gaza, thành phố Gaza, Bờ Tây, Cao nguyên Golan, biển Hoa Đông, vùng Donbas.',
      ),
    ).toEqual([
      'Sahel→sahel',
      'Trung Đông→middle-east',
      'Kashmir→kashmir',
      'Dải Gaza→gaza-strip',
      'thành phố Gaza→gaza-city',
      'Bờ Tây→west-bank',
      'Cao nguyên Golan→golan-heights',
      'biển Hoa Đông→east-china-sea',
      'Donbas→donbas',
    ]);
    expect(marks('Sông Mekong, sông Mê Công, tiểu vùng sông Mekong và Ủy hội sông Mê Công.')).toEqual([
      'Sông Mekong→mekong-river',
      'sông Mê Công→mekong-river',
      'tiểu vùng sông Mekong→mekong-subregion',
      'Ủy hội sông Mê Công→mekong-river-commission',
    ]);
    expect(
      marks('Eo biển Malacca, vịnh Thái Lan, vịnh Bengal, biển Hoàng Hải, Sừng châu Phi, hành lang Suwałki.'),
    ).toEqual([
      'Eo biển Malacca→strait-of-malacca',
      'vịnh Thái Lan→gulf-of-thailand',
      'vịnh Bengal→bay-of-bengal',
      'biển Hoàng Hải→yellow-sea',
      'Sừng châu Phi→horn-of-africa',
      'hành lang Suwałki→suwalki-gap',
    ]);
  });
});

describe('what the world reach set asked for (test/reach-world/NEEDED.md)', () => {
  it('gives the North Atlantic Treaty its name, never the ocean inside it', () => {
    expect(marks('Theo Điều 5 của Hiệp ước Bắc Đại Tây Dương, các thành viên phòng thủ chung.')).toEqual([
      'Hiệp ước Bắc Đại Tây Dương→north-atlantic-treaty',
    ]);
    expect(marks('Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) và bờ Đại Tây Dương.')).toEqual([
      'Tổ chức Hiệp ước Bắc Đại Tây Dương→nato',
      'NATO→nato',
      'Đại Tây Dương→atlantic-ocean',
    ]);
  });

  it('knows Rio de Janeiro as a city of Brazil, and AFP bare as the agency', () => {
    expect(marks('Thủ tướng tới Rio de Janeiro, Brazil, theo AFP.')).toEqual([
      'Rio de Janeiro→rio-de-janeiro',
      'Brazil→brazil',
      'AFP→afp',
    ]);
    expect(byId.get('rio-de-janeiro')?.links).toEqual([{ rel: 'located-in', to: 'brazil' }]);
  });

  it('has the people the world pages name, each role dated as of a day it certainly held', () => {
    const role = (id: string) => byId.get(id)?.record?.[0];
    expect(role('sanae-takaichi')).toMatchObject({ en: 'Prime Minister of Japan', since: '2025-10-21' });
    expect(role('lars-klingbeil')).toMatchObject({
      en: 'Vice-Chancellor and Minister of Finance of Germany',
      since: '2025-05-06',
    });
    expect(role('kim-dae-jung')).toMatchObject({
      en: 'President of South Korea',
      since: '1998-02-25',
      until: '2003-02-24',
    });
    for (const id of [
      'cai-qi',
      'wang-xiaohong',
      'vikram-misri',
      'assimi-goita',
      'ibrahim-traore',
      'dilma-rousseff',
      'hafez-al-assad',
      'keizo-obuchi',
    ]) {
      expect(role(id)?.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('marks them in the forms the pages write, and a father apart from his son', () => {
    expect(marks('Thủ tướng Sanae Takaichi phát biểu. Bà Takaichi nói thêm.')).toEqual([
      'Sanae Takaichi→sanae-takaichi',
      'Takaichi→sanae-takaichi',
    ]);
    expect(marks('Ủy viên Thường vụ Bộ Chính trị Thái Kỳ và Bộ trưởng Công an Vương Tiểu Hồng.')).toEqual([
      'Thái Kỳ→cai-qi',
      'Vương Tiểu Hồng→wang-xiaohong',
    ]);
    expect(
      marks('Cố Tổng thống Hafez al-Assad, cha của Tổng thống Bashar al-Assad. Ông al-Assad rời Damascus.'),
    ).toEqual([
      'Hafez al-Assad→hafez-al-assad',
      'Bashar al-Assad→bashar-al-assad',
      'al-Assad→bashar-al-assad',
      'Damascus→damascus',
    ]);
    expect(marks('Tổng thống Kim Dae-jung và Thủ tướng Keizo Obuchi ký tuyên bố chung.')).toEqual([
      'Kim Dae-jung→kim-dae-jung',
      'Keizo Obuchi→keizo-obuchi',
    ]);
    expect(marks('Các Tiểu vương quốc Ả Rập Thống nhất và hãng SPA.')).toEqual([
      'Các Tiểu vương quốc Ả Rập Thống nhất→united-arab-emirates',
      'SPA→saudi-press-agency',
    ]);
    expect(
      marks('Hội nghị Cấp cao ASEAN lần thứ 47 khai mạc. Thủ tướng Anwar Ibrahim phát biểu, ông Anwar nói.'),
    ).toEqual([
      'Hội nghị Cấp cao ASEAN lần thứ 47→47th-asean-summit',
      'Anwar Ibrahim→anwar-ibrahim',
      'Anwar→anwar-ibrahim',
    ]);
  });

  it('leaves the words inside their names alone', () => {
    expect(marks('Dịch vụ spa và thái kỳ.')).toEqual([]);
    expect(marks('Trung Quốc đưa tin, Thái Lan phản đối.')).toEqual(['Trung Quốc→china', 'Thái Lan→thailand']);
  });
});
