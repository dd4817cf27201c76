import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgencySchema, DateSchema, MetadataSchema, ReferenceSchema, SectionNodeSchema, TargetSchema } from '../../src/schema/document.js';
import { structure } from '../../src/structure/index.js';
import { run } from './helpers.js';

// Pieces of the genre, shuffled into random documents: the extractors must never throw and always give valid items.
const PIECES = [
  'I. MỤC TIÊU', 'I1. NOI DUNG', 'V.TO CHUC THUC HIEN', 'TỔ CHỨC THỰC HIỆN', '1. Sở Y tế chủ trì', '2.1. Đối với', 'a) Một', 'd) Bốn',
  '- Đến năm 2025: 70% xã; 80% thôn', '+ từ 04 đến 05 cuộc', 'ngày 31 tháng 01 năm 2023', 'Số: 04 /KH-UBND', 'Nơi nhận:',
  'KT. CHỦ TỊCH', 'Quyết định số 1520/QD- TTg ngày 09/12/2022 của Thủ tướng Chính phủ', '21/4', '%', '/', '“', '”', ':', '',
  'Nguyễn Văn An', '10 - 15%', 'trước ngày 25/11 hằng năm', 'của', 'Đề nghị', ',', 'và các tổ chức', '99/99/9999', '2021-2030',
];

describe('robustness', () => {
  it('never throws on arbitrary arrangements of genre pieces and returns schema-valid items', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }), { maxLength: 30 }), (rows) => {
        const text = rows.map((row) => row.join(' ')).join('\n');
        const result = run(text);
        expect(MetadataSchema.safeParse(result.metadata).success).toBe(true);
        for (const item of result.references) expect(ReferenceSchema.safeParse(item).success).toBe(true);
        for (const item of result.targets) expect(TargetSchema.safeParse(item).success).toBe(true);
        for (const item of result.dates) expect(DateSchema.safeParse(item).success).toBe(true);
        for (const item of result.agencies) expect(AgencySchema.safeParse(item).success).toBe(true);
        for (const node of structure(text.split('\n'))) expect(SectionNodeSchema.safeParse(node).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('returns empty results for empty or unrelated text', () => {
    for (const text of ['', '\n\n', 'lorem ipsum dolor sit amet', '§§§ ### 123']) {
      const result = run(text);
      expect([result.references, result.targets, result.dates, result.agencies]).toEqual([[], [], [], []]);
    }
  });
});
