// The kinds of state institution the Vietnamese press names by kind + country ("Bộ Quốc phòng Ba
// Lan", "Hải cảnh Trung Quốc", "Quốc hội Iran", "Đại sứ quán Mỹ tại Kiev"): one small table instead
// of a list of every ministry, army and parliament of every state. institutions.ts reads it.
//
// Each kind has the forms the press writes (capitals as the press writes them in a proper name: a
// capitalized word of a form must be capitalized in the text) and says how its bare form ("Bộ Quốc
// phòng" with no country) may refer back to the one the article named:
// - 'foreign': only foreign states have it under this name ("Hải cảnh", "Thượng viện"), so the bare
//   form refers back whatever else the article names;
// - 'own': Vietnam's own institution has the same name and the press writes it bare ("Bộ Ngoại
//   giao", "Quốc hội", "Chính phủ"), so the bare form refers back only in an article that does not
//   name Vietnam;
// - 'never': the bare form says too little ("Đại sứ quán": whose, where?).

export type BareUse = 'foreign' | 'own' | 'never';

export interface KindForm {
  text: string;
  bare: BareUse;
}

export interface InstitutionKind {
  /** The id's tail: `<countryId>-<slug>` ("poland-defence-ministry"). */
  slug: string;
  /** The kind in English, for the card: "Ministry of Defence" (of Poland). */
  en: string;
  forms: readonly KindForm[];
  /** A ministry: "Bộ này" refers back to the one ministry named before. */
  ministry?: true;
  /** An armed service: "Bộ Tư lệnh" + it is the service's command ("Bộ Tư lệnh Hải quân Nga"). */
  service?: true;
  /** Words that may stand between the kind and its country ("Bộ Tổng Tham mưu Quân đội Nga"). */
  between?: readonly string[];
  /** Followed by "tại"/"ở" and a place, it is the one in that place ("Đại sứ quán Mỹ tại Kiev"). */
  located?: true;
}

const forms = (bare: BareUse, ...texts: string[]): KindForm[] => texts.map((text) => ({ text, bare }));

/** "Quân đội", "Các lực lượng vũ trang": the armed forces, inside a longer name. */
const ARMED_FORCES = ['Quân đội', 'Lực lượng vũ trang', 'Các lực lượng vũ trang'];

const ministry = (slug: string, en: string, ...texts: string[]): InstitutionKind => ({
  slug,
  en,
  forms: forms('own', ...texts),
  ministry: true,
});

const BASE_KINDS: readonly InstitutionKind[] = [
  // Ministries.
  ministry('foreign-ministry', 'Ministry of Foreign Affairs', 'Bộ Ngoại giao'),
  ministry('defence-ministry', 'Ministry of Defence', 'Bộ Quốc phòng'),
  ministry('trade-ministry', 'Ministry of Trade', 'Bộ Thương mại'),
  ministry('finance-ministry', 'Ministry of Finance', 'Bộ Tài chính'),
  ministry('treasury', 'Treasury', 'Bộ Ngân khố'),
  ministry('interior-ministry', 'Ministry of the Interior', 'Bộ Nội vụ'),
  ministry('justice-ministry', 'Ministry of Justice', 'Bộ Tư pháp'),
  ministry('economy-ministry', 'Ministry of Economy', 'Bộ Kinh tế'),
  ministry('energy-ministry', 'Ministry of Energy', 'Bộ Năng lượng'),
  ministry('health-ministry', 'Ministry of Health', 'Bộ Y tế'),
  ministry('public-security-ministry', 'Ministry of Public Security', 'Bộ Công an'),
  ministry('state-security-ministry', 'Ministry of State Security', 'Bộ An ninh Quốc gia'),
  ministry('unification-ministry', 'Ministry of Unification', 'Bộ Thống nhất'),
  // Armed forces and their services.
  { slug: 'armed-forces', en: 'Armed Forces', forms: forms('own', ...ARMED_FORCES) },
  { slug: 'navy', en: 'Navy', forms: forms('own', 'Hải quân'), service: true },
  { slug: 'air-force', en: 'Air Force', forms: forms('own', 'Không quân'), service: true },
  { slug: 'ground-forces', en: 'Ground Forces', forms: forms('own', 'Lục quân'), service: true },
  { slug: 'marines', en: 'Marine Corps', forms: forms('foreign', 'Thủy quân lục chiến'), service: true },
  {
    slug: 'coast-guard',
    en: 'Coast Guard',
    // Vietnam's own is "Cảnh sát biển"; "Hải cảnh" is China's, "Tuần duyên" the others'.
    forms: [
      ...forms('foreign', 'Hải cảnh', 'Tuần duyên', 'Lực lượng Bảo vệ bờ biển'),
      ...forms('own', 'Cảnh sát biển'),
    ],
  },
  { slug: 'defence-forces', en: 'Self-Defence Forces', forms: forms('foreign', 'Lực lượng Phòng vệ') },
  {
    slug: 'strategic-rocket-forces',
    en: 'Strategic Rocket Forces',
    forms: forms('never', 'Lực lượng Tên lửa chiến lược'),
  },
  { slug: 'general-staff', en: 'General Staff', forms: forms('own', 'Bộ Tổng tham mưu'), between: ARMED_FORCES },
  // Legislatures and the executive.
  { slug: 'parliament', en: 'Parliament', forms: [...forms('own', 'Quốc hội'), ...forms('foreign', 'Nghị viện')] },
  { slug: 'senate', en: 'Senate', forms: forms('foreign', 'Thượng viện') },
  { slug: 'house', en: 'Lower House of Parliament', forms: forms('foreign', 'Hạ viện') },
  { slug: 'government', en: 'Government', forms: forms('own', 'Chính phủ', 'Nội các') },
  {
    slug: 'presidential-office',
    en: 'Office of the President',
    forms: forms('foreign', 'Văn phòng Tổng thống', 'Phủ Tổng thống'),
  },
  { slug: 'security-council', en: 'Security Council', forms: forms('never', 'Hội đồng An ninh') },
  {
    slug: 'national-security-council',
    en: 'National Security Council',
    forms: forms('never', 'Hội đồng An ninh Quốc gia'),
  },
  { slug: 'central-bank', en: 'Central Bank', forms: forms('foreign', 'Ngân hàng Trung ương') },
  {
    slug: 'central-electoral-commission',
    en: 'Central Electoral Commission',
    forms: forms('foreign', 'Ủy ban Bầu cử Trung ương'),
  },
  { slug: 'supreme-court', en: 'Supreme Court', forms: forms('never', 'Tòa án Tối cao') },
  { slug: 'constitutional-court', en: 'Constitutional Court', forms: forms('never', 'Tòa án Hiến pháp') },
  // Missions abroad.
  { slug: 'embassy', en: 'Embassy', forms: forms('never', 'Đại sứ quán', 'Sứ quán'), located: true },
  { slug: 'consulate-general', en: 'Consulate General', forms: forms('never', 'Tổng Lãnh sự quán'), located: true },
  { slug: 'consulate', en: 'Consulate', forms: forms('never', 'Lãnh sự quán'), located: true },
];

/** "Bộ Tư lệnh Hải quân Nga": a service's command, made from the service. */
function commandOf(service: InstitutionKind): InstitutionKind {
  return {
    slug: `${service.slug}-command`,
    en: `${service.en} Command`,
    forms: service.forms.map((f) => ({ text: `Bộ Tư lệnh ${f.text}`, bare: 'never' as const })),
  };
}

export const INSTITUTION_KINDS: readonly InstitutionKind[] = [
  ...BASE_KINDS,
  ...BASE_KINDS.filter((k) => k.service).map(commandOf),
];

/** Words between a kind and its country that belong to the country's long name ("Quốc hội Cộng
 *  hòa Moldova", "Hải quân Hoàng gia Thái Lan"): skipped when a state follows them. */
export const COUNTRY_PREFIXES: readonly string[] = ['Cộng hòa', 'Vương quốc', 'Hoàng gia'];

/** Words after which capitalized words and a kind are a ship's name ("tàu Đô đốc Hải quân Liên Xô
 *  Kuznetsov"), not the institution. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
export const SHIP_WORDS: readonly string[] = [
  'tàu', 'tàu chiến', 'tàu sân bay', 'tàu khu trục', 'tàu tuần dương', 'tàu ngầm', 'tàu hộ vệ',
  'tàu đổ bộ', 'chiến hạm', 'khu trục hạm', 'tuần dương hạm', 'hàng không mẫu hạm', 'soái hạm',
];

/** Words between a mission's name and its place: "Đại sứ quán Mỹ tại Kiev", "… ở Hà Nội". */
export const LOCATION_WORDS: readonly string[] = ['tại', 'ở'];

/** "Bộ này": the ministry just named. */
export const THIS_MINISTRY = ['Bộ', 'này'];
