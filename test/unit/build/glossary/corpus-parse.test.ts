import { describe, expect, it } from 'vitest';
import {
  CorpusError,
  checkArticle,
  isCalendarDate,
  originalText,
  parseArticle,
} from '../../../../build/glossary/corpus.ts';
import { FILE_NAME, SECTIONS, articleText, withInserted, withLine } from './article-fixture.ts';

/** The one problem parseArticle reports for this text, as `file:line: reason`. */
function firstError(text: string, file = FILE_NAME): string {
  try {
    parseArticle(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error('expected parseArticle to reject the article');
}

describe('parseArticle on a valid article', () => {
  const article = parseArticle(`corpus/${FILE_NAME}`, articleText());

  it('reads the metadata and takes the id from the file name', () => {
    expect({ ...article, paragraphs: undefined }).toEqual({
      id: '005-dien-dam-belousov-austin',
      file: `corpus/${FILE_NAME}`,
      outlet: '',
      date: '2024-06-27',
      asOf: '',
      byline: 'AN BÌNH',
      url: '',
      seed: '',
      paragraphs: undefined,
    });
  });

  it('gives one paragraph per non-blank line, with its kind, file line and original line', () => {
    expect(article.paragraphs.map((p) => [p.kind, p.line, p.sourceLine])).toEqual([
      ['headline', 10, 1],
      ['byline', 13, 3],
      ['lead', 16, 5],
      ['caption', 19, 7],
      ['body', 22, 9],
      ['body', 24, 11],
      ['byline', 27, 13],
    ]);
    expect(article.paragraphs[0]!.text).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(article.paragraphs[6]!.text).toBe('AN BÌNH');
  });

  it('takes a part letter into the id, and checks the seed against the number alone', () => {
    const text = withLine(7, 'seed: 002_e13274db93f29771.txt');
    const part = parseArticle('corpus/002b-austin-khoi-xuong.txt', text);
    expect([part.id, part.seed]).toEqual(['002b-austin-khoi-xuong', '002_e13274db93f29771.txt']);
    expect(firstError(withLine(7, 'seed: 002_e13274db93f29771.txt'), '005b-austin-khoi-xuong.txt')).toBe(
      '005b-austin-khoi-xuong.txt:7: seed "002_e13274db93f29771.txt" is number 002 but the file is number 005',
    );
  });

  it('trims front-matter values and accepts a url the text gives', () => {
    const text = withLine(6, 'url:   https://example.org/bai-viet  ').replace('outlet:', 'outlet:  Báo Quốc tế ');
    const parsed = parseArticle(FILE_NAME, text);
    expect(parsed.url).toBe('https://example.org/bai-viet');
    expect(parsed.outlet).toBe('Báo Quốc tế');
  });

  it('accepts CRLF line breaks, reporting the same lines and the text without "\\r"', () => {
    const crlf = articleText().replaceAll('\n', '\r\n');
    const parsed = parseArticle(FILE_NAME, crlf);
    expect(parsed.paragraphs).toEqual(article.paragraphs);
    expect(firstError(crlf.replace('@caption', '@anh'))).toBe(
      `${FILE_NAME}:18: unknown section "@anh" (expected one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    );
  });

  it('ignores a byte-order mark before the front matter', () => {
    expect(parseArticle(FILE_NAME, `\uFEFF${articleText()}`).paragraphs).toEqual(article.paragraphs);
  });
});

describe('originalText', () => {
  const original = SECTIONS.filter((l) => !l.startsWith('@')).join('\n');

  it('removes the front matter and the marker lines, keeping blank lines', () => {
    expect(originalText(articleText())).toBe(original);
    expect(original.startsWith('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng\n\nThứ năm')).toBe(true);
  });

  it('keeps a final newline only when the file has one', () => {
    expect(originalText(articleText()).endsWith('AN BÌNH')).toBe(true);
    expect(originalText(`${articleText()}\n`)).toBe(`${original}\n`);
  });

  it('keeps CRLF line breaks as they are', () => {
    expect(originalText(articleText().replaceAll('\n', '\r\n'))).toBe(original.replaceAll('\n', '\r\n'));
  });

  it('refuses text without front matter', () => {
    expect(() => originalText(SECTIONS.join('\n'))).toThrow('article text has no front matter');
  });
});

describe('isCalendarDate', () => {
  it('knows real dates from impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2022-12-31')).toBe(true);
    expect(isCalendarDate('2022-13-01')).toBe(false);
    expect(isCalendarDate('2022-12-20T13:09')).toBe(false);
  });
});

describe('parseArticle rejects a malformed article with file, line and reason', () => {
  it('a file name that is not NNN-short-slug.txt or NNNa-short-slug.txt', () => {
    const shape =
      'must look like NNN-short-slug.txt or NNNa-short-slug.txt (three digits, an optional part letter, then lower-case ASCII words joined by "-")';
    expect(firstError(articleText(), 'corpus/Điện đàm.txt')).toBe(
      `corpus/Điện đàm.txt:1: file name "Điện đàm.txt" ${shape}`,
    );
    expect(firstError(articleText(), '5-dien-dam.txt')).toBe(`5-dien-dam.txt:1: file name "5-dien-dam.txt" ${shape}`);
    expect(firstError(articleText(), '005A-dien-dam.txt')).toBe(
      `005A-dien-dam.txt:1: file name "005A-dien-dam.txt" ${shape}`,
    );
    expect(firstError(articleText(), '005ab-dien-dam.txt')).toBe(
      `005ab-dien-dam.txt:1: file name "005ab-dien-dam.txt" ${shape}`,
    );
  });

  it('no front matter', () => {
    expect(firstError(SECTIONS.join('\n'))).toBe(`${FILE_NAME}:1: the file must start with a front-matter line "---"`);
  });

  it('front matter never closed', () => {
    expect(firstError(articleText().replace('---\n@headline', '@headline'))).toBe(
      `${FILE_NAME}:1: the front matter opened here is never closed by a "---" line`,
    );
  });

  it('a value on a line without "key:"', () => {
    expect(firstError(withInserted(6, 'Báo Quốc tế'))).toBe(
      `${FILE_NAME}:6: expected "key: value" in the front matter, found "Báo Quốc tế"`,
    );
  });

  it('an unknown key', () => {
    expect(firstError(withInserted(2, 'title: Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng'))).toBe(
      `${FILE_NAME}:2: unknown key "title" (expected outlet, date, as_of, byline, url, seed)`,
    );
  });

  it('a duplicate key', () => {
    expect(firstError(withInserted(7, 'date: 2024-06-25'))).toBe(
      `${FILE_NAME}:7: duplicate key "date" (first on line 3)`,
    );
  });

  it('a missing key, reported on the closing "---"', () => {
    const text = articleText().replace('url:\n', '');
    expect(firstError(text)).toBe(`${FILE_NAME}:7: missing key "url" (leave the value empty if unknown)`);
  });

  it('a date not in ISO form', () => {
    expect(firstError(withLine(3, 'date: 27/06/2024'))).toBe(
      `${FILE_NAME}:3: date must be an ISO date YYYY-MM-DD, found "27/06/2024"`,
    );
  });

  it('a date that is not a real calendar date', () => {
    expect(firstError(withLine(3, 'date: 2023-02-29'))).toBe(
      `${FILE_NAME}:3: date "2023-02-29" is not a real calendar date`,
    );
  });

  it('a bad as_of', () => {
    const text = withLine(3, 'date:').replace('as_of:', 'as_of: 2024-06-31');
    expect(firstError(text)).toBe(`${FILE_NAME}:4: as_of "2024-06-31" is not a real calendar date`);
  });

  it('as_of given beside a publication date', () => {
    expect(firstError(withLine(4, 'as_of: 2024-06-25'))).toBe(
      `${FILE_NAME}:4: as_of must be empty when date is given (as_of is only for articles without a publication date)`,
    );
  });

  it('a url that is not a web address', () => {
    expect(firstError(withLine(6, 'url: baoquocte.vn'))).toBe(
      `${FILE_NAME}:6: url must be an http(s) address, found "baoquocte.vn"`,
    );
  });

  it('a seed whose number is not the file number', () => {
    expect(firstError(withLine(7, 'seed: 002_e13274db93f29771.txt'))).toBe(
      `${FILE_NAME}:7: seed "002_e13274db93f29771.txt" is number 002 but the file is number 005`,
    );
  });

  it('an unknown section marker', () => {
    expect(firstError(withLine(9, '@tieude'))).toBe(
      `${FILE_NAME}:9: unknown section "@tieude" (expected one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    );
    expect(firstError(withLine(21, '@thânbài'))).toBe(
      `${FILE_NAME}:21: unknown section "@thânbài" (expected one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    );
  });

  it('a marker with spaces on its line', () => {
    expect(firstError(withLine(21, '@body '))).toBe(
      `${FILE_NAME}:21: section marker "@body" must stand alone on its line, without spaces`,
    );
  });

  it('text before the first marker', () => {
    expect(firstError(withInserted(9, 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng'))).toBe(
      `${FILE_NAME}:9: text before the first section marker (start with one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    );
    expect(firstError(withInserted(9, ''))).toBe(
      `${FILE_NAME}:9: blank line before the first section marker (start with one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    );
  });

  it('a second headline paragraph', () => {
    const text = withInserted(11, 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(firstError(text)).toBe(
      `${FILE_NAME}:11: second headline paragraph (the headline is line 10); mark repeats of the title as @furniture`,
    );
    const secondSection = withInserted(21, '@headline', 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(firstError(secondSection)).toBe(
      `${FILE_NAME}:22: second headline paragraph (the headline is line 10); mark repeats of the title as @furniture`,
    );
  });

  it('a section without a paragraph', () => {
    expect(firstError(withInserted(18, '@furniture', ''))).toBe(`${FILE_NAME}:18: section @furniture has no text`);
    expect(firstError(`${articleText()}\n@furniture\n`)).toBe(`${FILE_NAME}:28: section @furniture has no text`);
  });

  it('an article without body text', () => {
    const sections = SECTIONS.slice(0, 12);
    expect(firstError(articleText(undefined, sections))).toBe(`${FILE_NAME}:9: the article has no @body paragraph`);
  });

  it('nothing after the front matter', () => {
    expect(firstError(articleText(undefined, []))).toBe(`${FILE_NAME}:8: no article text after the front matter`);
  });

  it('reports line numbers in a CRLF file the same way', () => {
    expect(firstError(withLine(3, 'date: 2024-6-27').replaceAll('\n', '\r\n'))).toBe(
      `${FILE_NAME}:3: date must be an ISO date YYYY-MM-DD, found "2024-6-27"`,
    );
  });
});

describe('checkArticle', () => {
  it('collects every problem of a file in line order', () => {
    const text = withLine(3, 'date: 2024-02-30').replace('@caption', '@anh').replace('@lead', '@headline');
    expect(checkArticle(FILE_NAME, text).errors.map((e) => e.message)).toEqual([
      `${FILE_NAME}:3: date "2024-02-30" is not a real calendar date`,
      `${FILE_NAME}:16: second headline paragraph (the headline is line 10); mark repeats of the title as @furniture`,
      `${FILE_NAME}:18: unknown section "@anh" (expected one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    ]);
  });

  it('reports text before the first marker once, not once per line', () => {
    const text = withInserted(9, 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng', '', 'AN BÌNH');
    expect(checkArticle(FILE_NAME, text).errors.map((e) => e.line)).toEqual([9]);
  });

  it('exposes the parts of the error', () => {
    const [error] = checkArticle('corpus/005-dien-dam-belousov-austin.txt', withLine(3, 'date: 2024-02-30')).errors;
    expect(error).toMatchObject({
      file: 'corpus/005-dien-dam-belousov-austin.txt',
      line: 3,
      reason: 'date "2024-02-30" is not a real calendar date',
    });
  });
});
