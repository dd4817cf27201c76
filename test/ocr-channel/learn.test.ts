import { describe, expect, it } from 'vitest';
import { collectTokenPairs, learnChannel, lowerCasePairs } from '../../scripts/ocr-channel/learn.js';
import type { PageRecord } from '../../scripts/ocr-channel/pages.js';

const record = (truthLines: string[], ocrText: string): PageRecord => ({
  key: 'k',
  seed: 1,
  document: 'd.txt',
  firstParagraph: 0,
  layout: { sizePt: 13, dpi: 300, lineSpacing: 1.3, degrade: { seed: 1 } },
  font: 'Liberation Serif',
  truthLines,
  ocrText,
  ocrMeanConfidence: 80,
});

const pages = Array.from({ length: 6 }, () =>
  record(
    ['Đẩy mạnh học tập suốt đời trong thư viện', 'đơn vị và tổ chức của Nhà nước'],
    'Pay manh hoc tap sudt doi trong thw vién\n\ndon vi va t6 chic cia Nha nude\n',
  ),
);

describe('collectTokenPairs', () => {
  it('counts aligned token pairs, case kept, and how many the OCR got exactly', () => {
    const { pairs, stats } = collectTokenPairs(pages);
    expect(pairs.get('Đẩy\tPay')).toBe(6);
    expect(pairs.get('thư\tthw')).toBe(6);
    expect(stats.truthTokens).toBe(6 * 17);
    expect(stats.pairedTokens).toBe(6 * 17);
    expect(stats.exact).toBe(6 * 1); // only `trong` survives untouched
  });
});

describe('lowerCasePairs', () => {
  it('merges pairs that differ only in case', () => {
    const merged = lowerCasePairs(new Map([['Đẩy\tPay', 2], ['đẩy\tpay', 3]]));
    expect(merged).toEqual([{ truth: [...'đẩy'], ocr: [...'pay'], count: 5 }]);
  });
});

describe('learnChannel', () => {
  it('learns capital Đ → P in the upper-case section while lower-case đ stays d', () => {
    const { table } = learnChannel(collectTokenPairs(pages).pairs, { rounds: 6, minCount: 1, unseenSpread: 2000 });
    const upperD = table.upperEntries.filter((entry) => entry.truth === 'Đ');
    expect(upperD.map((entry) => entry.ocr)).toEqual(['P']);
    const lowerD = table.entries.filter((entry) => entry.truth === 'đ').sort((a, b) => b.logProb - a.logProb);
    expect(lowerD[0]?.ocr).toBe('d');
    expect(table.entries.find((entry) => entry.truth === 'ư' && entry.ocr === 'w')).toBeDefined();
  });
});
