import { describe, expect, it } from 'vitest';
import { normalizeCode } from '../../src/extract/index.js';
import { ReferenceSchema } from '../../src/schema/document.js';
import { run } from './helpers.js';

const PREAMBLE = `Số: 31/KH-UBND
KẾ HOẠCH
Thực hiện Chương trình chuyển đổi số

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
Căn cứ Quyết định số 749/QD- TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình;
Thực hiện Công văn số 1125/ SVHTTDL-QLVH ngày 12/5/2023 của Sở Văn hóa, Thể thao và Du lịch về việc triển khai; Chỉ thị 05-CT/TU ngày 20/4/2021 của Ban Thường vụ Tỉnh ủy và
Chương trình phối hợp số 45/CTPH-SVHTTDL-SGDĐT ngày 02/02/2022 giữa Sở Văn hóa, Thể thao và Du lịch và Sở Giáo dục và Đào tạo trong việc phát triển văn hóa đọc;
lại căn cứ Quyết định số 749/QĐ-TTg đã nêu.

I. MỤC TIÊU`;

describe('references', () => {
  it('reads type, normalised number, date and issuer of every cited document, each number once', () => {
    const { references } = run(PREAMBLE);
    expect(references.map(({ type, number, date, issuer }) => ({ type, number, date, issuer }))).toEqual([
      { type: 'Nghị định', number: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ' },
      { type: 'Quyết định', number: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' },
      { type: 'Công văn', number: '1125/SVHTTDL-QLVH', date: '2023-05-12', issuer: 'Sở Văn hóa, Thể thao và Du lịch' },
      { type: 'Chỉ thị', number: '05-CT/TU', date: '2021-04-20', issuer: 'Ban Thường vụ Tỉnh ủy' },
      {
        type: 'Chương trình phối hợp',
        number: '45/CTPH-SVHTTDL-SGDĐT',
        date: '2022-02-02',
        issuer: 'Sở Văn hóa, Thể thao và Du lịch và Sở Giáo dục và Đào tạo',
      },
    ]);
  });

  it('does not list the plan’s own number and records provenance', () => {
    const { references } = run(PREAMBLE);
    expect(references.some((ref) => ref.number === '31/KH-UBND')).toBe(false);
    const decision = references[1]!;
    expect(decision).toMatchObject({ line: 6, section: null, page: 1 });
    expect(decision.raw).toContain('749/QD- TTg');
    expect(decision.rawOcr).toBe(PREAMBLE.split('\n')[5]);
    for (const ref of references) expect(ReferenceSchema.safeParse(ref).success).toBe(true);
  });

  it('takes the type from the code when no type word precedes it', () => {
    const { references } = run(`Thực hiện ý kiến chỉ đạo tại 210/UBND-VX ngày 03/3/2023 và 77/KH-UBND.\n\nI. MỤC TIÊU`);
    expect(references.map((ref) => [ref.number, ref.type])).toEqual([
      ['210/UBND-VX', 'Công văn'],
      ['77/KH-UBND', 'Kế hoạch'],
    ]);
  });

  it('is not fooled by year ranges, dates and ratios', () => {
    expect(run(`giai đoạn 2021 - 2030, ngày 21/4, đạt 05 bản/người dân\n\nI. MỤC TIÊU`).references).toEqual([]);
  });

  it('normalises codes: inner spaces out, the stroke of Đ back in the usual segments', () => {
    expect(normalizeCode('1520/QD- TTg')).toBe('1520/QĐ-TTg');
    expect(normalizeCode('122/CTPH-BVHTTDL-BGDPDT')).toBe('122/CTPH-BVHTTDL-BGDĐT');
    expect(normalizeCode('04 /KH-UBND')).toBe('04/KH-UBND');
    expect(normalizeCode('15/2023/TT-BVHTTDL')).toBe('15/2023/TT-BVHTTDL');
  });
});

describe('issuers that end before the sentence goes on', () => {
  it('ends the issuer at `và` followed by a lower-case word', async () => {
    const { run } = await import('./helpers.js');
    const { references } = run(`KẾ HOẠCH
Thực hiện Nghị quyết số 21/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh và ý kiến của cử tri;
Căn cứ Quyết định số 08/QĐ-UBND ngày 02/01/2024 của Bộ Văn hóa, Thể thao và Du lịch;
I. MỤC TIÊU`);
    expect(references.map((r) => r.issuer)).toEqual(['Hội đồng nhân dân tỉnh', 'Bộ Văn hóa, Thể thao và Du lịch']);
  });
});

describe('codes with look-alike characters', () => {
  it('reads Ð (U+00D0) as Đ and an en dash as a hyphen inside a code', async () => {
    const { normalizeCode } = await import('../../src/extract/index.js');
    expect(normalizeCode('12/QÐ-UBND')).toBe('12/QĐ-UBND');
    expect(normalizeCode('15/KH–UBND')).toBe('15/KH-UBND');
    expect(normalizeCode('03/2007/QHI2')).toBe('03/2007/QH12');
    expect(normalizeCode('12/QHT')).toBe('12/QHT');
    const { run } = await import('./helpers.js');
    expect(run('KẾ HOẠCH\nCăn cứ Quyết định số 12/QÐ-UBND ngày 02/01/2024 của UBND tỉnh;\nI. MỤC TIÊU').references.map((r) => r.number)).toEqual(['12/QĐ-UBND']);
  });
});

describe('issuers left damaged by restoration', () => {
  it('puts back a head one letter off where the name then reads as a known body, and drops a bracket it never opened', async () => {
    const { run } = await import('./helpers.js');
    const { references } = run(`KẾ HOẠCH
Căn cứ Hướng dẫn số 12/HD-SXD ngày 01/3/2024 của SG Xây dựng; Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bá Chính trị;
(theo Quyết định số 90/QĐ-TTg ngày 12/01/2022 của Thủ tướng Chính phủ) và Kế hoạch số 33/KH-BCĐ ngày 11/3/2024
của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh.
I. MỤC TIÊU`);
    expect(references.map((r) => r.issuer)).toEqual([
      'Sở Xây dựng',
      'Bộ Chính trị',
      'Thủ tướng Chính phủ',
      'Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh',
    ]);
  });
});

describe('a preamble right after the title', () => {
  it('reads the documents a plan carries out on the line after its title, and ends an issuer before the first part', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ AN PHÚ Độc lập - Tự do - Hạnh phúc',
      'Số: 15/KH-UBND An Phú, ngày 02 tháng 4 năm 2025',
      'KẾ HOẠCH',
      'Phát triển du lịch cộng đồng năm 2025',
      'Thực hiện Kết luận số 07-KL/HU ngày 11/3/2025 của Huyện ủy; Thông báo số 31/TB-UBND ngày 20/3/2025 của UBND huyện,',
      'I. MỤC ĐÍCH',
      'Phát huy tiềm năng.',
    ].join('\n');
    const { metadata, references } = run(text);
    expect(metadata.title).toBe('Phát triển du lịch cộng đồng năm 2025');
    expect(references.map((r) => [r.type, r.number, r.issuer])).toEqual([
      ['Kết luận', '07-KL/HU', 'Huyện ủy'],
      ['Thông báo', '31/TB-UBND', 'UBND huyện'],
    ]);
  });
});

describe('an issuer followed by the sentence the citation stands in', () => {
  it('ends the issuer at a duty in lower case, also one letter off, but not at a level one letter from a duty', () => {
    const text = [
      'I. NỘI DUNG',
      '1. Miễn thủy lợi phí theo Nghị định số 96/2018/NĐ-CP ngày 30/6/2018 của Chính phủ tiếp tục được áp dụng cho các hộ.',
      '2. Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ pbê duyệt Chương trình.',
      '3. Theo Kế hoạch số 12/KH-UBND ngày 05/01/2025 của Ủy ban nhân dâu thành phố Vinh.',
    ].join('\n');
    // `dâu` ends no issuer; the pair it makes (`nhân dâu`) is then put right by the known names' `nhân dân`.
    expect(run(text).references.map((r) => r.issuer)).toEqual(['Chính phủ', 'Thủ tướng Chính phủ', 'Ủy ban nhân dân thành phố Vinh']);
  });
});

describe('an issuer whose name holds a word that ends others', () => {
  it('keeps giáo of Ban Tuyên giáo (giao ends an issuer elsewhere)', () => {
    const text = ['I. NỘI DUNG', 'Thực hiện Hướng dẫn số 08-HD/BTGTU ngày 03/4/2025 của Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền.'].join('\n');
    expect(run(text).references.map((r) => r.issuer)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
});
