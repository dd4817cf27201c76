import { describe, expect, it } from 'vitest';
import { buildKneserNey } from '../../scripts/lm/kneser-ney.js';
import { SyllableLm } from '../../src/restore/lm.js';
import { lmSentencesOfCleanText } from '../../src/restore/lm-text.js';
import { cutsWordInHalf } from '../../src/extract/targets/word-pairs.js';
import { targetUnitsOf } from './helpers.js';

// A count's noun is never the first half of a word with the syllable after it: `02 khu neo đậu` is counted in khu.
// Made-up passages (ports, geodesy, rice chains): no sentence of a tuning plan, a fixture or a held-out plan.

function modelOf(text: string): SyllableLm {
  return SyllableLm.fromTables(
    buildKneserNey([{ sentences: lmSentencesOfCleanText(text), weight: 1, fragment: false }], { extraVocabulary: [], minTokenCount: 1, minTrigramCount: 1, unknownToken: '<unk>', header: { version: 'test', sources: {} } }),
  );
}

describe('cutsWordInHalf', () => {
  // `neo đậu` always together, `khu` before many words: taking `khu neo` would cut `neo đậu` in half.
  const lm = modelOf(
    'tàu neo đậu. thuyền neo đậu an toàn. nơi neo đậu. khu dân cư. khu công nghiệp. khu vui chơi. khu chợ. khu neo đậu. máy tính để bàn. máy tính bảng. bảng tin. tính toán. máy cày. máy bơm.',
  );

  it('says so where the last two syllables cling together clearly more than the first two', () => {
    expect(cutsWordInHalf('khu', 'neo', 'đậu', lm)).toBe(true);
  });

  it('keeps a word whose first two syllables cling together more (máy tính bảng)', () => {
    expect(cutsWordInHalf('máy', 'tính', 'bảng', lm)).toBe(false);
  });

  it('says nothing without a model', () => {
    expect(cutsWordInHalf('khu', 'neo', 'đậu', null)).toBe(false);
  });
});

describe('counts of nouns no list names, with the shipped model', () => {

  it('counts in the head where the next two syllables are a word', () => {
    expect(targetUnitsOf('- Xây dựng 02 khu neo đậu tàu thuyền;', '- Cắm 40 mốc quan trắc lún mặt đất;', '- Hình thành 03 chuỗi cung ứng gạo hữu cơ.')).toEqual([
      [2, 'khu'],
      [40, 'mốc'],
      [3, 'chuỗi'],
    ]);
  });

  it('keeps a noun of two syllables, and an agent noun in -viên', () => {
    // (A container before the verb of what it holds is counted alone, as the T54 gold counts `bồn chứa nước` in
    // `bồn`: see target-first-sight10.test.ts.)
    expect(targetUnitsOf('- Xây dựng 12 nhà chờ xe buýt;', '- Trang bị 25 máy tính bảng;', '- Tập huấn 45 cộng tác viên khuyến ngư.')).toEqual([
      [12, 'nhà chờ'],
      [25, 'máy tính'],
      [45, 'cộng tác viên'],
    ]);
  });
});
