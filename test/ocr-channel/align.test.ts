import { describe, expect, it } from 'vitest';
import { alignLines, alignSequences, alignTokens, keyDistance, levenshtein, matchKey } from '../../scripts/ocr-channel/align.js';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein([...'kitten'], [...'sitting'])).toBe(3);
    expect(levenshtein([], [...'abc'])).toBe(3);
    expect(levenshtein([...'same'], [...'same'])).toBe(0);
  });
});

describe('keyDistance', () => {
  it('ignores Vietnamese marks and case, so a mark-stripping OCR looks close', () => {
    expect(matchKey('Đẩy')).toEqual(['d', 'a', 'y']);
    expect(keyDistance('viện', 'vien')).toBe(0);
    expect(keyDistance('Đẩy', 'Pay')).toBeCloseTo(1 / 3);
    expect(keyDistance('của', 'thw')).toBe(1);
  });
});

describe('alignSequences', () => {
  it('pairs items in order and leaves out the ones with no partner', () => {
    const pairs = alignSequences([...'abcd'], [...'abxd'], (a, b) => (a === b ? 0 : 1), 0.4);
    expect(pairs.map((p) => `${p.truth}${p.ocr}`)).toEqual(['aa', 'bb', 'dd']);
  });

  it('prefers a substitution to two gaps when it is cheaper', () => {
    const pairs = alignSequences([...'abc'], [...'axc'], (a, b) => (a === b ? 0 : 1), 0.9);
    expect(pairs.map((p) => `${p.truth}${p.ocr}`)).toEqual(['aa', 'bx', 'cc']);
  });
});

describe('alignLines', () => {
  it('matches OCR lines to truth lines despite lost marks, blank lines and a junk line', () => {
    const truth = ['Triển khai Chương trình “Đẩy mạnh các hoạt động', 'trên địa bàn tỉnh Lạng Sơn', 'Căn cứ Quyết định số 1520'];
    const ocr = ['Trién khai Chwong trinh “Pay manh cac hoat ddng', '', '~~ ||| ~~', 'trén dia ban tinh Lang Son', 'Cén ctr Quyét dinh sb 1520'];
    const pairs = alignLines(truth, ocr);
    expect(pairs.map((p) => p.ocr)).toEqual([ocr[0], ocr[3], ocr[4]]);
  });
});

describe('alignTokens', () => {
  it('pairs garbled tokens one to one', () => {
    const pairs = alignTokens('trong thư viện, bảo tàng', 'trong thw vién, bao tang');
    expect(pairs.map((p) => [p.truth, p.ocr])).toEqual([
      ['trong', 'trong'],
      ['thư', 'thw'],
      ['viện,', 'vién,'],
      ['bảo', 'bao'],
      ['tàng', 'tang'],
    ]);
  });

  it('drops tokens the OCR merged instead of pairing them wrongly', () => {
    const pairs = alignTokens('học tập suốt đời', 'hoctap sudt doi');
    expect(pairs.map((p) => p.truth)).toEqual(['suốt', 'đời']);
    const split = alignTokens('Chương trình', 'Chu ong trinh');
    expect(split.map((p) => [p.truth, p.ocr])).toEqual([['trình', 'trinh']]);
  });
});
