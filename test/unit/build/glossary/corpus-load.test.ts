import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError, CorpusLoadError, loadCorpus } from '../../../../build/glossary/corpus.ts';
import { FILE_NAME, articleText, withLine } from './article-fixture.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'boi-canh-corpus-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, text: string | Uint8Array): void {
  writeFileSync(join(dir, name), text);
}

function loadErrors(): string[] {
  try {
    loadCorpus(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusLoadError);
    const load = error as CorpusLoadError;
    for (const e of load.errors) expect(e).toBeInstanceOf(CorpusError);
    expect(load.message).toBe(
      `${load.errors.length === 1 ? '1 problem' : `${load.errors.length} problems`} in the corpus:\n${load.errors.map((e) => e.message).join('\n')}`,
    );
    return load.errors.map((e) => e.message);
  }
  throw new Error('expected loadCorpus to reject the folder');
}

describe('loadCorpus', () => {
  it('loads a new article dropped into the folder, ignoring other files', () => {
    put(FILE_NAME, articleText());
    put('ghi-chu.md', '# không phải bài báo');
    mkdirSync(join(dir, 'cu.txt'));
    const [article, ...rest] = loadCorpus(dir);
    expect(rest).toEqual([]);
    expect(article!.id).toBe('005-dien-dam-belousov-austin');
    expect(article!.file).toBe(join(dir, FILE_NAME));
    expect(article!.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(2);
  });

  it('sorts articles by file name', () => {
    put('010-dien-dam-lan-hai.txt', articleText());
    put(FILE_NAME, articleText());
    put('007-dien-dam-belousov.txt', articleText());
    expect(loadCorpus(dir).map((a) => a.id)).toEqual([
      '005-dien-dam-belousov-austin',
      '007-dien-dam-belousov',
      '010-dien-dam-lan-hai',
    ]);
  });

  it('reports the problems of every bad file at once, good files aside', () => {
    put(FILE_NAME, articleText());
    put('006-ngay-sai.txt', withLine(3, 'date: 2024-06-31'));
    put('007-muc-la.txt', articleText().replace('@caption', '@anh').replace('outlet:', 'nguon: Reuters'));
    expect(loadErrors()).toEqual([
      `${join(dir, '006-ngay-sai.txt')}:3: date "2024-06-31" is not a real calendar date`,
      `${join(dir, '007-muc-la.txt')}:2: unknown key "nguon" (expected outlet, date, as_of, byline, url, seed)`,
      `${join(dir, '007-muc-la.txt')}:8: missing key "outlet" (leave the value empty if unknown)`,
      `${join(dir, '007-muc-la.txt')}:18: unknown section "@anh" (expected one of @headline, @lead, @byline, @body, @caption, @furniture)`,
    ]);
  });

  it('refuses two articles with one number', () => {
    put(FILE_NAME, articleText());
    put('005-dien-dam-ban-khac.txt', articleText());
    expect(loadErrors()).toEqual([
      `${join(dir, FILE_NAME)}:1: article number 005 is already used by 005-dien-dam-ban-khac.txt`,
    ]);
  });

  it("lists a reused number beside the file's own problems, in line order", () => {
    put(FILE_NAME, articleText());
    put('005-dien-dam-ban-khac.txt', withLine(3, 'date: 2024-6-27'));
    const file = join(dir, FILE_NAME);
    expect(loadErrors()).toEqual([
      `${join(dir, '005-dien-dam-ban-khac.txt')}:3: date must be an ISO date YYYY-MM-DD, found "2024-6-27"`,
      `${file}:1: article number 005 is already used by 005-dien-dam-ban-khac.txt`,
    ]);
  });

  it('refuses two articles from one seed', () => {
    put('002-dien-dam.txt', withLine(7, 'seed: 002_e13274db93f29771.txt'));
    put('002-dien-dam-ban-sao.txt', withLine(7, 'seed: 002_e13274db93f29771.txt'));
    expect(loadErrors()).toEqual([
      `${join(dir, '002-dien-dam.txt')}:1: article number 002 is already used by 002-dien-dam-ban-sao.txt`,
      `${join(dir, '002-dien-dam.txt')}:7: seed "002_e13274db93f29771.txt" is already used by 002-dien-dam-ban-sao.txt (one seed may give several articles only as distinct parts of one number: 002a-…, 002b-…)`,
    ]);
  });

  it('loads several articles of one page as parts of one number, from one seed', () => {
    const seed = 'seed: 003_9880cf424afb5878.txt';
    put('003b-austin-khoi-xuong.txt', withLine(7, seed));
    put('003a-dien-dam-belousov-austin.txt', withLine(7, seed));
    put('006-dien-dam-lan-hai.txt', articleText());
    expect(loadCorpus(dir).map((a) => [a.id, a.seed])).toEqual([
      ['003a-dien-dam-belousov-austin', '003_9880cf424afb5878.txt'],
      ['003b-austin-khoi-xuong', '003_9880cf424afb5878.txt'],
      ['006-dien-dam-lan-hai', ''],
    ]);
  });

  it('refuses two parts with one letter', () => {
    put('003a-dien-dam.txt', articleText());
    put('003a-austin-khoi-xuong.txt', articleText());
    expect(loadErrors()).toEqual([
      `${join(dir, '003a-dien-dam.txt')}:1: article number 003a is already used by 003a-austin-khoi-xuong.txt`,
    ]);
  });

  it('refuses a part beside a whole article of the same number, reporting each part once', () => {
    put('003-dien-dam.txt', articleText());
    put('003a-dien-dam-belousov.txt', articleText());
    put('003b-austin-khoi-xuong.txt', articleText());
    const hint = '(articles sharing a number must all carry distinct part letters: 003a-…, 003b-…)';
    expect(loadErrors()).toEqual([
      `${join(dir, '003a-dien-dam-belousov.txt')}:1: article number 003 is already used by 003-dien-dam.txt ${hint}`,
      `${join(dir, '003b-austin-khoi-xuong.txt')}:1: article number 003 is already used by 003-dien-dam.txt ${hint}`,
    ]);
  });

  it('refuses one seed for a whole article and a part of its number', () => {
    const seed = 'seed: 003_9880cf424afb5878.txt';
    put('003-dien-dam.txt', withLine(7, seed));
    put('003a-dien-dam.txt', withLine(7, seed));
    const file = join(dir, '003a-dien-dam.txt');
    expect(loadErrors()).toEqual([
      `${file}:1: article number 003 is already used by 003-dien-dam.txt (articles sharing a number must all carry distinct part letters: 003a-…, 003b-…)`,
      `${file}:7: seed "003_9880cf424afb5878.txt" is already used by 003-dien-dam.txt (one seed may give several articles only as distinct parts of one number: 003a-…, 003b-…)`,
    ]);
  });

  it('refuses one seed for parts of different numbers', () => {
    // A seed name without a number escapes the per-file number check; the loader still catches it.
    put('005a-dien-dam.txt', withLine(7, 'seed: trang-dien-dam.txt'));
    put('006a-dien-dam.txt', withLine(7, 'seed: trang-dien-dam.txt'));
    expect(loadErrors()).toEqual([
      `${join(dir, '006a-dien-dam.txt')}:7: seed "trang-dien-dam.txt" is already used by 005a-dien-dam.txt (one seed may give several articles only as distinct parts of one number: 006a-…, 006b-…)`,
    ]);
  });

  it('refuses a file that is not UTF-8', () => {
    put(FILE_NAME, Buffer.from('---\noutlet: B\xe1o Qu\xf4c t\xea\n', 'latin1'));
    expect(loadErrors()).toEqual([`${join(dir, FILE_NAME)}:1: the file is not valid UTF-8 text`]);
  });

  it('refuses a folder without articles', () => {
    expect(() => loadCorpus(dir)).toThrow(`${dir}: no article files (*.txt) in the corpus folder`);
  });
});
