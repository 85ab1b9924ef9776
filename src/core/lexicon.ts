// What Vietnamese news puts around names: titles, honorifics, the words that announce a country,
// and the compounds and place names that contain a country's syllable without meaning it.
// Phrases are written as the press writes them; they are compared by match key (normalize.ts),
// so case, tone style and Unicode form do not matter here.
// biome-ignore-all format: the word lists are packed by hand, a few related words to a line, so a reader scans them as lists
export { normalizeForMatch } from './normalize.ts';
export { isVietnameseSyllable } from './syllable.ts';

/** Honorifics and kinship words used as titles: before a one-syllable name they mean a person
 *  ("chị Nga", "bà Nga", "ca sĩ Thúy Nga"), never a country. */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'ngài', 'cô', 'chị', 'anh', 'em', 'chú', 'bác', 'cụ', 'cậu', 'dì', 'mợ', 'thím',
  'cháu', 'bé', 'quý ông', 'quý bà', 'bạn', 'ca sĩ', 'nghệ sĩ', 'nhạc sĩ', 'diễn viên',
  'người mẫu', 'hoa hậu', 'á hậu', 'danh hài', 'nhà thơ', 'nhà văn', 'cầu thủ', 'vận động viên',
  'học sinh', 'sinh viên', 'bệnh nhân', 'nạn nhân', 'bị cáo', 'nghệ nhân', 'mc',
];

/** Office titles that stand before a name ("Tổng thống Nga Vladimir Putin", "Bộ trưởng Khrenin").
 *  Before a one-syllable country they say it is the country ("Ngoại trưởng Nga"). */
export const OFFICE_TITLES: readonly string[] = [
  'tổng thống', 'phó tổng thống', 'tân tổng thống', 'cựu tổng thống', 'tổng thống đắc cử',
  'thủ tướng', 'phó thủ tướng', 'tân thủ tướng', 'cựu thủ tướng',
  'bộ trưởng', 'thứ trưởng', 'ngoại trưởng', 'phó ngoại trưởng', 'cựu ngoại trưởng',
  'chủ tịch', 'phó chủ tịch', 'tổng bí thư', 'bí thư', 'chủ tịch quốc hội', 'chủ tịch hạ viện',
  'chủ tịch thượng viện', 'hạ nghị sĩ', 'thượng nghị sĩ', 'nghị sĩ', 'chủ tịch nước',
  'người phát ngôn', 'phát ngôn viên', 'thư ký báo chí', 'tổng thư ký', 'phó tổng thư ký',
  'đại sứ', 'tân đại sứ', 'đặc phái viên', 'đặc sứ', 'đại diện', 'trưởng đoàn', 'đại biện',
  'tướng', 'thiếu tướng', 'trung tướng', 'đại tướng', 'thượng tướng', 'nguyên soái', 'thống chế',
  'đô đốc', 'phó đô đốc', 'chuẩn đô đốc', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'tổng tham mưu trưởng', 'tham mưu trưởng', 'tư lệnh', 'tổng tư lệnh', 'chỉ huy',
  'chỉ huy trưởng', 'cố vấn', 'cố vấn an ninh quốc gia', 'giám đốc', 'tổng giám đốc',
  'phó giám đốc', 'chánh văn phòng', 'trợ lý', 'thị trưởng', 'thống đốc', 'quốc vương', 'vua',
  'nữ hoàng', 'hoàng tử', 'thái tử', 'giáo hoàng', 'lãnh tụ', 'lãnh tụ tối cao', 'thủ lĩnh',
  'chuyên gia', 'nhà nghiên cứu', 'nhà phân tích', 'nhà báo', 'học giả', 'giáo sư', 'tiến sĩ',
  'phóng viên', 'luật sư', 'thẩm phán', 'công tố viên', 'nhà ngoại giao', 'nhà lãnh đạo',
  'lãnh đạo', 'người đứng đầu', 'người đồng cấp', 'đồng cấp', 'quan chức', 'nhà sử học',
  'chính trị gia', 'nhà hoạt động', 'điều phối viên', 'thanh tra',
];

/** Every title or honorific that may precede a name, lower case. */
export const TITLES: readonly string[] = [...OFFICE_TITLES, ...HONORIFICS];

/** Words that open a personal name in several languages: "al-Sudani", "bin Salman", "von der
 *  Leyen", "de Silva". They may be lower case inside a name, and joined by a dash to what follows. */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'el', 'bin', 'ibn', 'von', 'der', 'van', 'de', 'da', 'di', 'la', 'le', 'du', 'dos', 'del',
];

/** Words that, right before a one-syllable country name, say it is the country: "nước Nga",
 *  "phía Mỹ", "quân đội Nga", "Liên bang Nga", "người dân Mỹ", "quan hệ Nga". */
const COUNTRY_WORDS: readonly string[] = [
  'nước', 'đất nước', 'phía', 'quân đội', 'quân', 'liên bang', 'người dân', 'người', 'dân',
  'công dân', 'quan hệ', 'đại sứ quán', 'sứ quán', 'lãnh sự quán', 'chính phủ', 'chính quyền',
  'nhà nước', 'quốc hội', 'hạ viện', 'thượng viện', 'lực lượng', 'hải quân', 'không quân',
  'lục quân', 'binh sĩ', 'binh lính', 'giới chức', 'giới chuyên gia', 'truyền thông', 'báo chí',
  'hãng tin', 'thông tấn xã', 'đồng minh', 'đối tác', 'biên giới', 'lãnh thổ', 'thủ đô',
  'cường quốc', 'doanh nghiệp', 'hàng hóa', 'tàu chiến', 'máy bay', 'tên lửa', 'vũ khí',
  'đoàn đại biểu', 'phái đoàn', 'nội các', 'sĩ quan', 'tình báo',
];

/** Ministries and fields that sit between a title and a country: "Bộ trưởng Quốc phòng Nga",
 *  "Bộ Ngoại giao Mỹ", "Thứ trưởng Tư pháp Pháp". */
export const PORTFOLIOS: readonly string[] = [
  'quốc phòng', 'ngoại giao', 'tài chính', 'nội vụ', 'tư pháp', 'thương mại', 'kinh tế',
  'năng lượng', 'công an', 'an ninh', 'an ninh quốc gia', 'an ninh nội địa', 'y tế', 'giáo dục',
  'nông nghiệp', 'công nghiệp', 'giao thông', 'văn hóa', 'ngân khố', 'lục quân', 'hải quân',
  'không quân', 'tình báo', 'ngoại thương', 'quốc phòng và an ninh', 'các vấn đề tình huống khẩn cấp',
];

/** Office titles and country words, all of which announce a country. */
export const COUNTRY_CUES: readonly string[] = [...OFFICE_TITLES, ...COUNTRY_WORDS];

/** Words capitalized only because they open a sentence ("Theo Nga", "Với Mỹ", "Việc Nga triển
 *  khai…", "Chính Mỹ đã…"): no evidence that the next word belongs to a personal name. None is a
 *  syllable that stands before a given name ("Thu Nga", "Ngọc Nga" stay names). */
export const FUNCTION_WORDS: readonly string[] = [
  'theo', 'về', 'tại', 'với', 'của', 'cho', 'từ', 'và', 'nhưng', 'còn', 'khi', 'sau', 'trước',
  'trong', 'ngoài', 'giữa', 'cả', 'hôm', 'ngày', 'năm', 'tháng', 'tuần', 'đến', 'tới', 'ở', 'do',
  'bởi', 'vì', 'nếu', 'dù', 'tuy', 'để', 'thì', 'là', 'các', 'những', 'một', 'hai', 'ba', 'mọi',
  'nhiều', 'đối', 'đó', 'này', 'riêng', 'cùng', 'như', 'so', 'bên', 'song', 'mà', 'hay', 'hoặc',
  'cũng', 'chỉ', 'đã', 'sẽ', 'đang', 'vẫn', 'không', 'chưa', 'có', 'được', 'bị', 'ngay', 'kể',
  'nhằm', 'tiếp', 'gần', 'quanh', 'lúc', 'đây', 'toàn', 'dưới', 'trên', 'qua', 'lại', 'giúp',
  'chống', 'hỗ', 'ủng', 'phản', 'kêu', 'dọa', 'tố', 'cáo', 'nghi', 'khiến', 'buộc', 'yêu',
  'đề', 'liệu', 'vậy', 'rồi', 'nay', 'hiện', 'thậm', 'trừ', 'ngoại', 'hơn', 'kém',
  // Nouns and adverbs that put the subject after them: "Việc Nga…", "Điều Mỹ lo ngại…",
  // "Chuyện Nga và Mỹ…", "Vụ Nga bắn hạ…", "Chính Mỹ đã…", "Nhờ Nga…", "Dẫu Nhật…", "Giống Nga, …".
  'việc', 'điều', 'chuyện', 'vụ', 'sự', 'chính', 'nhờ', 'dẫu', 'giống',
];

/**
 * Known compounds and places that contain a country's syllable but do not mean the country.
 * A lower-case entry must not read as "country + verb" in a headline: no "mỹ quan" (→ "Mỹ quan
 * ngại"), no "nhật báo" (→ "Nhật báo cáo").
 * Longest match first lets them consume their syllables: "mỹ thuật" is art, "Mỹ Tho" a city,
 * "miền Trung" central Vietnam, "Thúy Nga" a person. A capital written here must be matched;
 * a lower-case syllable matches either case (sentence starts, headlines).
 */
export const NEGATIVE_ENTRIES: readonly string[] = [
  // Mỹ (United States)
  // Only compounds common enough to open a sentence or a proper name ("Mỹ thuật đương đại",
  // "Bảo tàng Mỹ thuật"): lower-case "mỹ" never matches the country anyway, and a rare compound
  // would swallow the country before a common word ("sĩ quan Mỹ cảm ơn", "Mỹ quan ngại").
  'mỹ thuật', 'mỹ nhân', 'mỹ phẩm', 'thẩm mỹ', 'mỹ học', 'mỹ nghệ', 'hoàn mỹ', 'tuyệt mỹ',
  'chân thiện mỹ',
  'Mỹ Khê', 'Mỹ Sơn', 'Mỹ Tho', 'Mỹ Đình', 'Mỹ Latinh', 'Mỹ La-tinh', 'Mỹ Lai', 'Mỹ Tâm',
  'Mỹ Linh', 'Mỹ Hào', 'Mỹ Tú', 'Mỹ Phước', 'Mỹ Đức', 'Mỹ Xuyên', 'Mỹ Lộc', 'Mỹ Hưng',
  'châu Mỹ', 'Nam Mỹ', 'Bắc Mỹ', 'Trung Mỹ', 'Mỹ Thuận', 'Mỹ An', 'Mỹ Hạnh', 'Mỹ Dung',
  // Nga (Russia)
  'Hằng Nga', 'Thúy Nga', 'Thu Nga', 'Quỳnh Nga', 'Phương Nga', 'Bích Nga', 'Hồng Nga',
  'Tuyết Nga', 'Thanh Nga', 'Kim Nga', 'Minh Nga', 'Nga Sơn', 'Nga My', 'Nga Thắng',
  'Nga Hoàng', 'Nga Thủy', 'Nga Điền',
  // Pháp (France)
  'pháp luật', 'biện pháp', 'phương pháp', 'giải pháp', 'hiến pháp', 'tư pháp', 'lập pháp',
  'hành pháp', 'pháp lý', 'pháp nhân', 'pháp chế', 'pháp quyền', 'pháp định', 'pháp lệnh',
  'pháp sư', 'pháp trường', 'pháp môn', 'pháp danh', 'pháp thuật', 'ngữ pháp', 'thư pháp',
  'văn pháp', 'Phật pháp', 'luật pháp', 'cú pháp', 'bút pháp', 'thủ pháp', 'kiếm pháp',
  'Pháp Luân', 'Pháp Luân Công', 'Pháp Vân',
  // Đức (Germany)
  'đạo đức', 'công đức', 'phúc đức', 'âm đức', 'nhân đức', 'đức tin', 'đức tính', 'đức độ',
  'đức hạnh', 'Đức Phật', 'Đức Mẹ', 'Đức Chúa', 'Đức Giáo hoàng', 'Đức Thánh Cha',
  'Đức Đạt Lai Lạt Ma', 'Đức Tổng Giám mục', 'Đức Hồng y', 'Đức cha', 'Thủ Đức', 'Đức Hòa',
  'Đức Trọng', 'Đức Linh', 'Đức Cơ', 'Đức Phổ', 'Đức Thọ', 'Đức Huệ', 'Minh Đức', 'Anh Đức',
  'Hữu Đức', 'Trung Đức', 'Văn Đức', 'Tài Đức', 'Quang Đức',
  // Nhật (Japan)
  'cập nhật', 'sinh nhật', 'chủ nhật', 'nhật ký', 'nhật thực', 'nhật trình',
  'hằng nhật', 'thường nhật', 'nhật dụng', 'nhật lệnh', 'nhật tụng', 'nhật quang', 'Nhật Lệ',
  'Nhật Tân', 'Minh Nhật', 'Nhật Minh', 'Nhật Linh', 'Nhật Nam', 'Nhật Anh',
  // Trung (China)
  'miền Trung', 'Trung Đông', 'Trung tướng', 'Trung ương', 'Trung thu', 'Trung Bộ', 'Trung Phần',
  'Trung tâm', 'trung bình', 'trung lập', 'trung gian', 'trung thành', 'trung tuần', 'trung hạn',
  'trung học', 'trung cấp', 'trung úy', 'trung tá', 'trung sĩ', 'trung đoàn', 'trung đội',
  'trung vệ', 'trung kiên', 'trung thực', 'trung niên', 'trung lưu', 'trung du', 'trung tính',
  'trung chuyển', 'trung tướng', 'trung thần', 'trung hậu', 'tập trung', 'Trung Á', 'Trung Âu',
  'Trung Phi', 'Trung Nguyên', 'Trung Sơn', 'Trung Kiên', 'Trung Nam',
  'Trung Cận Đông', 'Hải Trung', 'Thành Trung', 'Quang Trung',
  // Ấn (India)
  'ấn tượng', 'ấn phẩm', 'ấn định', 'ấn bản', 'ấn hành', 'ấn loát', 'ấn tín', 'ấn chỉ', 'ấn nút',
  // Anh (Britain), Hàn (Korea), Lào, Ý, Thái, Úc and other one-syllable names
  'tiếng Anh', 'anh hùng', 'anh em', 'anh chị', 'anh trai', 'anh rể', 'anh họ', 'anh cả',
  'tinh anh', 'anh tài', 'anh minh', 'Anh Thư', 'Anh Tuấn', 'Anh Dũng',
  'hàn lâm', 'Viện Hàn lâm', 'hàn gắn', 'hàn huyên', 'hàn đới', 'bần hàn', 'Hàn Mặc Tử',
  'hàn xì', 'Hàn Thuyên', 'Lào Cai', 'lào xào',
  'ý kiến', 'ý nghĩa', 'ý định', 'ý tưởng', 'ý chí', 'ý thức', 'ý đồ', 'ý muốn', 'ý nguyện',
  'ý tứ', 'ý niệm', 'chú ý', 'đồng ý', 'lưu ý', 'cố ý', 'tùy ý', 'chủ ý', 'dụng ý', 'hàm ý',
  'Thái Bình Dương', 'Thái Bình', 'Thái Nguyên', 'Thái Hòa', 'Thái Thụy', 'thái độ',
  'trạng thái', 'thái tử', 'thái hậu', 'thái giám', 'thái cực', 'Do Thái', 'Thái Sơn',
  // Guards for reviewed names of src/corpus/standing/: a newspaper "báo Nhân Dân", "báo Quân đội
  // nhân dân" must not start inside "cảnh báo Nhân dân", "thông báo Quân đội nhân dân…"; and
  // "Chính phủ Việt Nam", "Quốc hội Việt Nam"… are not the Republic of Vietnam's (1955–1975).
  'thông báo', 'cảnh báo', 'dự báo',
  'chính phủ Việt Nam Cộng hòa', 'Quốc hội Việt Nam Cộng hòa', 'Bộ Ngoại giao Việt Nam Cộng hòa',
  'Bộ Quốc phòng Việt Nam Cộng hòa',
];
