import { describe, expect, it } from 'vitest';
import { cleanParagraph, isUsableParagraph, samplePage, toTitleCase } from '../../scripts/ocr-channel/corpus.js';

describe('cleanParagraph', () => {
  it('composes to NFC, maps the legacy eth and collapses spaces', () => {
    expect(cleanParagraph('  Ðiều 1.\tðơn vị '.normalize('NFD'))).toBe('Điều 1. đơn vị');
  });
});

describe('isUsableParagraph', () => {
  it('rejects rules and bare numbers, keeps prose', () => {
    expect(isUsableParagraph('--------')).toBe(false);
    expect(isUsableParagraph('12/2020')).toBe(false);
    expect(isUsableParagraph('Điều 5. Nguyên tắc')).toBe(true);
  });
});

describe('toTitleCase', () => {
  it('capitalises every word, including after an opening quote', () => {
    expect(toTitleCase('ủy ban “nhân dân” tỉnh')).toBe('Ủy Ban “Nhân Dân” Tỉnh');
  });
});

describe('samplePage', () => {
  const corpus = [
    { name: 'a.txt', paragraphs: Array.from({ length: 60 }, (_, i) => `Điều ${i}. Đoạn văn thứ ${i} có nội dung về quản lý nhà nước và trách nhiệm của cơ quan`) },
    { name: 'b.txt', paragraphs: Array.from({ length: 400 }, (_, i) => `Mục ${i} ngắn`) },
  ];

  it('is deterministic for a seed and varies with it', () => {
    expect(samplePage(corpus, 7)).toEqual(samplePage(corpus, 7));
    const seeds = Array.from({ length: 8 }, (_, i) => JSON.stringify(samplePage(corpus, i)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('takes about the requested number of words', () => {
    const page = samplePage(corpus, 3, 200);
    const words = page.blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
    expect(words).toBeGreaterThanOrEqual(200);
    expect(words).toBeLessThan(260);
  });
});
