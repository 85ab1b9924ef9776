// A small, valid article in the corpus format, made from real lines of seed 002 (so the test
// text is real news text, not invented), as an author would add it later: no seed, number 005.

export const FRONT_MATTER = ['---', 'outlet:', 'date: 2024-06-27', 'as_of:', 'byline: AN BÌNH', 'url:', 'seed:', '---'];

export const SECTIONS = [
  '@headline',
  'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng',
  '',
  '@byline',
  'Thứ năm, 27/06/2024 10:00',
  '',
  '@lead',
  'Ngày 25-6, Bộ trưởng Quốc phòng Mỹ đã có cuộc điện đàm hiếm hoi với người đồng cấp Nga trong bối cảnh căng thẳng gia tăng.',
  '',
  '@caption',
  'Bộ trưởng Quốc phòng Nga Andrey Belousov (trái) và Bộ trưởng Quốc phòng Mỹ Lloyd Austin. Ảnh: Reuters',
  '',
  '@body',
  'Thiếu tướng Patrick Ryder, phát ngôn viên Lầu Năm Góc, cho biết Bộ trưởng Quốc phòng Mỹ Lloyd Austin khởi xướng cuộc điện đàm với Bộ trưởng Quốc phòng Nga Andrey Belousov.',
  '',
  'Bộ Quốc phòng Nga cùng ngày xác nhận cuộc điện đàm là "sáng kiến của phía Mỹ".',
  '',
  '@byline',
  'AN BÌNH',
];

export const FILE_NAME = '005-dien-dam-belousov-austin.txt';

/** The fixture as file text; like the seeds, without a final newline. */
export function articleText(frontMatter = FRONT_MATTER, sections = SECTIONS): string {
  return [...frontMatter, ...sections].join('\n');
}

/** The fixture with one line replaced (1-based line in the file). */
export function withLine(line: number, replacement: string): string {
  const lines = [...FRONT_MATTER, ...SECTIONS];
  lines[line - 1] = replacement;
  return lines.join('\n');
}

/** The fixture with lines inserted before a 1-based line. */
export function withInserted(line: number, ...inserted: string[]): string {
  const lines = [...FRONT_MATTER, ...SECTIONS];
  lines.splice(line - 1, 0, ...inserted);
  return lines.join('\n');
}
