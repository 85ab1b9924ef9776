// Match keys, syllables and tokens: the ground the matcher stands on.
import { describe, expect, it } from 'vitest';
import { TITLES, isVietnameseSyllable, normalizeForMatch } from '../../../src/core/lexicon.ts';
import { tokenize } from '../../../src/core/tokenize.ts';

describe('normalizeForMatch', () => {
  it('folds case, Unicode form, eth, tone style, invisibles, dashes, quotes and spaces', () => {
    expect(normalizeForMatch('Cộng hoà')).toBe(normalizeForMatch('cộng hòa'));
    expect(normalizeForMatch('Thuỵ Sĩ')).toBe('thụy sĩ');
    expect(normalizeForMatch('KHOẺ')).toBe('khỏe');
    expect(normalizeForMatch('\u00D0iện Kremlin')).toBe('điện kremlin');
    expect(normalizeForMatch('Tổng thống Nga'.normalize('NFD'))).toBe('tổng thống nga');
    expect(normalizeForMatch('Quo\u0301\u0302c')).toBe('quốc');
    expect(normalizeForMatch('Luka\u00ADshen\u200Bko')).toBe('lukashenko');
    expect(normalizeForMatch('Nga\u00A0–\u202FUkraine')).toBe('nga - ukraine');
    expect(normalizeForMatch('  “Đèn xanh”  ’ ')).toBe('"đèn xanh" \'');
  });

  it('leaves syllables with a final consonant and "qu" syllables alone', () => {
    expect(normalizeForMatch('hoàn thuyết quý Quỳnh')).toBe('hoàn thuyết quý quỳnh');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts Vietnamese syllables in any case or form', () => {
    for (const word of [
      'Nga',
      'Mỹ',
      'Thúy',
      'Thuý',
      'NGUYỄN',
      'Thị',
      'Tập',
      'quốc',
      'khuyên',
      'Hoàng',
      'gì',
      'người',
      'Điện'.normalize('NFD'),
    ]) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it('rejects foreign names and impossible spellings', () => {
    for (const word of [
      'Vladimir',
      'Lloyd',
      'Putin',
      'Lukashenko',
      'Kiev',
      'Trump',
      'Belarus',
      'Minsk',
      'Andrey',
      'bat',
      'kac',
      'Zapad',
      '',
      '2025',
      'ngoàì',
    ]) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });
});

describe('TITLES', () => {
  it('lists the titles of the seed articles in lower case', () => {
    for (const title of [
      'tổng thống',
      'bộ trưởng',
      'ngoại trưởng',
      'người phát ngôn',
      'thư ký báo chí',
      'thiếu tướng',
      'chuyên gia',
      'nhà nghiên cứu',
      'ông',
      'bà',
    ]) {
      expect(TITLES).toContain(title);
    }
    for (const title of TITLES) expect(title).toBe(title.toLowerCase());
  });
});

describe('tokenize', () => {
  it('gives words and punctuation with original offsets and case', () => {
    const tokens = tokenize('Tổng thống V.Pu-tin, NATO và 500km');
    expect(tokens.map((t) => [t.text, t.start, t.end, t.word, t.capitalized, t.allCaps])).toEqual([
      ['Tổng', 0, 4, true, true, false],
      ['thống', 5, 10, true, false, false],
      ['V', 11, 12, true, true, true],
      ['.', 12, 13, false, false, false],
      ['Pu', 13, 15, true, true, false],
      ['-', 15, 16, false, false, false],
      ['tin', 16, 19, true, false, false],
      [',', 19, 20, false, false, false],
      ['NATO', 21, 25, true, true, true],
      ['và', 26, 28, true, false, false],
      ['500km', 29, 34, true, false, false],
    ]);
  });

  it('keeps invisibles inside a word and marks line breaks', () => {
    const tokens = tokenize('Luka\u00ADshenko\n\u200BMinsk');
    expect(tokens.map((t) => [t.text, t.key, t.start, t.lineBreakBefore])).toEqual([
      ['Luka\u00ADshenko', 'lukashenko', 0, false],
      ['Minsk', 'minsk', 13, true],
    ]);
  });

  it('gives every dash the key "-"', () => {
    expect(
      tokenize('Nga–Ukraine Nga‑Belarus Nga—Mỹ')
        .filter((t) => !t.word)
        .map((t) => t.key),
    ).toEqual(['-', '-', '-']);
  });
});
