import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';
import { withStandardPartTitle } from '../../src/structure/part-titles.js';

// Made-up plans (fisheries, school meals) whose part headings restoration or OCR damaged.

const parts = (...lines: string[]) =>
  structure(lines)
    .filter((node) => node.kind === 'part')
    .map((node) => `${node.number}. ${node.title}`);

describe('a standard part title a letter or two off', () => {
  it('reads the standard title where one word was read as another or glued (THUẾ, HIỆU, TỔCHỨC)', () => {
    expect(withStandardPartTitle('TỔ CHỨC THUẾ HIỆN')).toBe('TỔ CHỨC THỰC HIỆN');
    expect(withStandardPartTitle('TỔ CHỨC THỰC HIỆU')).toBe('TỔ CHỨC THỰC HIỆN');
    expect(withStandardPartTitle('TỔCHỨC THỰC HIỆN')).toBe('TỔ CHỨC THỰC HIỆN');
    expect(withStandardPartTitle('NHIỆM VỤ, GIẢI PHẬP')).toBe('NHIỆM VỤ, GIẢI PHẬP'); // marks alone: as printed
    expect(withStandardPartTitle('NHIỆM VỤ, GIẢI PHÉP')).toBe('NHIỆM VỤ, GIẢI PHÁP');
  });

  it('keeps a title as printed that is standard, another title or in small letters', () => {
    for (const title of ['MỤC TIÊU VÀ CHỈ TIÊU', 'MỤC ĐÍCH YÊU CẦU', 'KẾT QUẢ THỰC HIỆN', 'Tổ chức thuế hiện', 'THỰC TRẠNG']) {
      expect(withStandardPartTitle(title)).toBe(title);
    }
    // `MỤC TÍCH` is one letter from `MỤC ĐÍCH` and three from `MỤC TIÊU`: read as the nearer.
    expect(withStandardPartTitle('MỤC TÍCH')).toBe('MỤC ĐÍCH');
  });

  it('leaves a title as near to two list entries as printed', () => {
    // Two made-up titles one letter apart: a title one letter from each is resolved to neither.
    const standards = ['KẾT QUẢ ĐẠT ĐƯỢC', 'KẾT QUẢ ĐẠO ĐƯỢC'];
    expect(withStandardPartTitle('KẾT QUẢ ĐẠI ĐƯỢC', standards)).toBe('KẾT QUẢ ĐẠI ĐƯỢC');
    expect(withStandardPartTitle('KẾT QUẢ ĐẠP ĐƯỢC', ['KẾT QUẢ ĐẠT ĐƯỢC'])).toBe('KẾT QUẢ ĐẠT ĐƯỢC');
  });
});

describe('a part title whose words OCR glued with an apostrophe', () => {
  it("reads the apostrophe between a word and the next capital as the space (KẾT'QUẢ → KẾT QUẢ)", () => {
    expect(withStandardPartTitle("KẾT'QUẢ THỰC HIỆN")).toBe('KẾT QUẢ THỰC HIỆN');
    expect(withStandardPartTitle("TÔ'CHỨC THỰC HIỆN")).toBe('TÔ CHỨC THỰC HIỆN'); // marks as printed
  });

  it("keeps the apostrophe of a one-letter prefix (H'MÔNG) and of a title in small letters", () => {
    expect(withStandardPartTitle("HỖ TRỢ ĐỒNG BÀO H'MÔNG")).toBe("HỖ TRỢ ĐỒNG BÀO H'MÔNG");
    expect(withStandardPartTitle("Kết'quả thực hiện")).toBe("Kết'quả thực hiện");
  });
});

describe('part numerals OCR read as other letters', () => {
  it('reads IIL and HI. before a standard title as the part the sequence expects', () => {
    const plan = (third: string) => parts('I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm bữa ăn học đường.', 'II. NỘI DUNG', '1. Kiểm tra bếp ăn.', third, '1. Phòng Giáo dục và Đào tạo chủ trì.');
    expect(plan('IIL TỔ CHỨC THỰC HIỆN')).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(plan('HI. TỔ CHỨC THỰC HIỆN')).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
  });

  it('takes no capitalised line that is not a part title for a part', () => {
    expect(parts('I. MỤC ĐÍCH', 'Bảo đảm.', 'HI VỌNG MỚI CHO NGHỀ CÁ', 'Nội dung.')).toEqual(['I. MỤC ĐÍCH']);
  });
});
