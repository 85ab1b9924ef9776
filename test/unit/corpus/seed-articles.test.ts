// The seed articles as the corpus holds them: the original text survives byte for byte, and the
// metadata and sections are the ones decided by reading each text. Seed 003 is one page with two
// stories, so it gives two articles (003a, 003b), each file holding the whole page.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_KINDS, type CorpusArticle, loadCorpus, originalText } from '../../../build/glossary/corpus.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const articlesDir = `${projectRoot}src/corpus/articles`;

const corpus = loadCorpus(articlesDir);
const byId = new Map(corpus.map((a) => [a.id, a]));

function article(id: string): CorpusArticle {
  const found = byId.get(id);
  if (!found) throw new Error(`no article ${id} in the corpus`);
  return found;
}

/** SHA-256 of each seed file as it was brought in: the round trip is checked against these, so the
 *  repository needs no copy of the seeds beside it. */
const SEED_SHA256: Record<string, string> = {
  '000_78b94dd7415f78ac.txt': 'ba0d13a50634b4be16058763efe9a265742edb7953c36c73d3499be10a6c05c0',
  '001_6d8285d908d26d48.txt': '26478fffe523001f10fc718fa9bb4caea67fbd61cf4a61ce5b0b9081eac3ec10',
  '002_e13274db93f29771.txt': 'da0f9908fa5b0ac264a32a16d86058bfbe4ff5f99b8ea7e26098f1b02aabf2c5',
  '003_9880cf424afb5878.txt': 'b6af1ed26116fe31e35b67733e2ee7f729d5fb42de018d69d4b86faf8f89b3f3',
  '004_65fb26386707b54f.txt': '7b4487ea079e38cec263bf0512a51607b13ea944b1bac2456bbc53aec2a13e9e',
};

function originalBytes(a: CorpusArticle): Buffer {
  return Buffer.from(originalText(readFileSync(a.file, 'utf8')), 'utf8');
}

/** Runs of paragraphs of one kind, by their line in the original: "body 9-25". */
function outline(a: CorpusArticle): string[] {
  const runs: { kind: string; first: number; last: number }[] = [];
  for (const p of a.paragraphs) {
    const run = runs.at(-1);
    if (run && run.kind === p.kind) run.last = p.sourceLine;
    else runs.push({ kind: p.kind, first: p.sourceLine, last: p.sourceLine });
  }
  return runs.map((r) => (r.first === r.last ? `${r.kind} ${r.first}` : `${r.kind} ${r.first}-${r.last}`));
}

/** The whole numbers from first to last. */
function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('the seed corpus', () => {
  it('holds the six articles of the five seeds, sorted by name', () => {
    expect(corpus.map((a) => [a.id, a.seed])).toEqual([
      ['000-si-quan-my-quan-sat-zapad-2025', '000_78b94dd7415f78ac.txt'],
      ['001-chuyen-tham-hiem-hoi-belarus-cua-putin', '001_6d8285d908d26d48.txt'],
      ['002-bo-truong-quoc-phong-nga-my-dien-dam', '002_e13274db93f29771.txt'],
      ['003a-nga-belarus-cau-truc-an-ninh-a-au', '003_9880cf424afb5878.txt'],
      ['003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus', '003_9880cf424afb5878.txt'],
      ['004-my-quan-ngai-vai-tro-dong-minh-moscow', '004_65fb26386707b54f.txt'],
    ]);
  });

  it('gives back each seed byte for byte (by hash), without a final newline', () => {
    for (const a of corpus) {
      const bytes = originalBytes(a);
      expect(createHash('sha256').update(bytes).digest('hex'), a.id).toBe(SEED_SHA256[a.seed]);
      expect(bytes.at(-1), a.id).not.toBe(0x0a);
    }
  });

  it('keeps each paragraph exactly as the line of the seed it came from', () => {
    for (const a of corpus) {
      const seedLines = originalBytes(a).toString('utf8').split('\n');
      for (const p of a.paragraphs) expect(p.text, `${a.id}:${p.line}`).toBe(seedLines[p.sourceLine - 1]);
    }
  });
});

describe('metadata, from the text only', () => {
  const metadata = (id: string) => {
    const { outlet, date, asOf, byline, url, seed } = article(id);
    return { outlet, date, asOf, byline, url, seed };
  };

  it('000: no outlet or date in the text; as of Zapad-2025, 15/9', () => {
    expect(metadata('000-si-quan-my-quan-sat-zapad-2025')).toEqual({
      outlet: '',
      date: '',
      asOf: '2025-09-15',
      byline: 'Phạm Giang',
      url: '',
      seed: '000_78b94dd7415f78ac.txt',
    });
  });

  it('001: "Một thế giới", "Hoàng Vũ | 20/12/2022, 13:09"', () => {
    expect(metadata('001-chuyen-tham-hiem-hoi-belarus-cua-putin')).toEqual({
      outlet: 'Một thế giới',
      date: '2022-12-20',
      asOf: '',
      byline: 'Hoàng Vũ',
      url: '',
      seed: '001_6d8285d908d26d48.txt',
    });
  });

  it('002: "Thứ năm, 27/06/2024 10:00", "AN BÌNH", outlet not named', () => {
    expect(metadata('002-bo-truong-quoc-phong-nga-my-dien-dam')).toEqual({
      outlet: '',
      date: '2024-06-27',
      asOf: '',
      byline: 'AN BÌNH',
      url: '',
      seed: '002_e13274db93f29771.txt',
    });
  });

  it('003a: no outlet, date or byline; as of the Minsk talks, 25/6/2024', () => {
    expect(metadata('003a-nga-belarus-cau-truc-an-ninh-a-au')).toEqual({
      outlet: '',
      date: '',
      asOf: '2024-06-25',
      byline: '',
      url: '',
      seed: '003_9880cf424afb5878.txt',
    });
  });

  // The text gives "ngày 23/5" without a year; 2024 is public record (the fifth-term inauguration
  // of 7 May 2024 and the tactical nuclear exercise begun 21 May 2024, both in the text).
  it("003b: no outlet, date or byline; as of Putin's welcome in Minsk, 23/5 (2024)", () => {
    expect(metadata('003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus')).toEqual({
      outlet: '',
      date: '',
      asOf: '2024-05-23',
      byline: '',
      url: '',
      seed: '003_9880cf424afb5878.txt',
    });
  });

  // "Ngày 19/12" without a year; Putin's visit to Minsk was 19 December 2022 (public record, and
  // article 001, dated 20/12/2022, reports the same visit "hôm 19.12").
  it('004: Báo Quốc tế (Baoquocte.vn), "Hạnh Lê"; as of the White House reaction, 19/12 (2022)', () => {
    expect(metadata('004-my-quan-ngai-vai-tro-dong-minh-moscow')).toEqual({
      outlet: 'Báo Quốc tế',
      date: '',
      asOf: '2022-12-19',
      byline: 'Hạnh Lê',
      url: '',
      seed: '004_65fb26386707b54f.txt',
    });
  });
});

describe('sections, by line of the seed', () => {
  it('000: no headline, the sapo first, a video caption inside the body', () => {
    const a = article('000-si-quan-my-quan-sat-zapad-2025');
    expect(outline(a)).toEqual(['lead 1', 'body 3-11', 'caption 13', 'body 15-23', 'byline 25']);
    expect(a.paragraphs.find((p) => p.kind === 'caption')!.text.endsWith('Video: BQP Belarus')).toBe(true);
  });

  it('001: the title once as headline, its repeat and the repeated sapo as furniture', () => {
    const a = article('001-chuyen-tham-hiem-hoi-belarus-cua-putin');
    expect(outline(a)).toEqual([
      'furniture 1',
      'headline 3',
      'byline 5',
      'lead 7',
      'body 9-11',
      'furniture 13',
      'caption 14',
      'body 16-40',
      'furniture 42-51',
    ]);
    const furniture = a.paragraphs.filter((p) => p.kind === 'furniture').map((p) => p.text);
    expect(furniture).toContain('putin-and-lukchenco.png');
    expect(furniture).toContain('Nổi bật Một thế giới');
    expect(furniture.at(-1)).toBe('Thấy gì từ chuyến thăm ‘hiếm hoi’ Belarus của Tổng thống Nga Putin');
  });

  it('002: the date line as byline, the doubled caption kept once', () => {
    expect(outline(article('002-bo-truong-quoc-phong-nga-my-dien-dam'))).toEqual([
      'headline 1',
      'byline 3',
      'lead 5',
      'caption 7',
      'furniture 8',
      'body 10-18',
      'byline 20',
    ]);
  });

  it('003a: the Lavrov story is the article; the Putin story and the CFE teaser are furniture', () => {
    const a = article('003a-nga-belarus-cau-truc-an-ninh-a-au');
    expect(outline(a)).toEqual([
      'headline 1',
      'lead 2',
      'caption 3',
      'body 4-7',
      'furniture 8',
      'body 9-11',
      'furniture 12-27',
    ]);
    expect(a.paragraphs.find((p) => p.sourceLine === 12)!.text).toBe(
      'Tổng thống Putin bàn giai đoạn hai của cuộc tập trận hạt nhân với Belarus',
    );
  });

  it('003b: the Putin story is the article; the Lavrov story and the CFE teaser are furniture', () => {
    const a = article('003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus');
    expect(outline(a)).toEqual([
      'furniture 1-11',
      'headline 12',
      'lead 13',
      'caption 14',
      'body 15-26',
      'furniture 27',
    ]);
    const text = (kind: string) => a.paragraphs.filter((p) => p.kind === kind).map((p) => p.text);
    expect(text('headline')).toEqual(['Tổng thống Putin bàn giai đoạn hai của cuộc tập trận hạt nhân với Belarus']);
    expect(text('caption')).toEqual([
      'Tổng thống Nga Vladimir Putin (phải) và Tổng thống Belarus Alexander Lukashenko. Ảnh: TASS',
    ]);
    const body = text('body');
    expect(
      body[0]!.startsWith('Theo đài RT, sau khi được Tổng thống Belarus Alexander Lukashenko chào đón ngày 23/5'),
    ).toBe(true);
    expect(body.filter((t) => /Ilya Kramnik|Dmitry Stefanovich|Emmanuel Macron|Tập Cận Bình/.test(t))).toHaveLength(4);
    expect(text('furniture')[0]).toBe('Nga, Belarus nghiên cứu chi tiết về cấu trúc an ninh Á-Âu mới');
    expect(text('furniture').at(-1)!.startsWith('Belarus sẽ rút khỏi học thuyết an ninh quan trọng ở châu Âu')).toBe(
      true,
    );
  });

  it('003a and 003b split the stories of seed 003 between them, each line the article text of one at most', () => {
    const storyLines = (id: string) =>
      article(id)
        .paragraphs.filter((p) => ARTICLE_TEXT_KINDS.includes(p.kind))
        .map((p) => p.sourceLine);
    const lavrov = storyLines('003a-nga-belarus-cau-truc-an-ninh-a-au');
    const putin = storyLines('003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus');
    expect(lavrov.filter((n) => putin.includes(n))).toEqual([]);
    expect([...lavrov, ...putin].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, ...range(12, 26)]);
  });

  it('004: related stories and "Đọc thêm" as furniture, "(theo AFP/Reuters/TASS)" as byline', () => {
    const a = article('004-my-quan-ngai-vai-tro-dong-minh-moscow');
    expect(outline(a)).toEqual([
      'headline 1',
      'byline 3',
      'lead 4',
      'furniture 5',
      'caption 6-7',
      'body 9-25',
      'furniture 27-55',
      'byline 57',
      'furniture 59-187',
    ]);
    expect(a.paragraphs.find((p) => p.sourceLine === 57)!.text).toBe('(theo AFP/Reuters/TASS)');
  });

  it('every article has exactly one lead and the article text never holds furniture', () => {
    for (const a of corpus) {
      expect(
        a.paragraphs.filter((p) => p.kind === 'lead'),
        a.id,
      ).toHaveLength(1);
      const text = a.paragraphs.filter((p) => ARTICLE_TEXT_KINDS.includes(p.kind)).map((p) => p.text);
      expect(
        text.some((t) => /Bài liên quan|Đọc thêm|Bình luận|Video đang HOT|Theo dõi Baoquocte/.test(t)),
        a.id,
      ).toBe(false);
    }
  });
});
