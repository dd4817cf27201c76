import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// The extent of a unit, by the convention the gold of all tuning plans follows (see src/extract/targets/units.ts),
// and units of the genre the candidate reader did not know. Made-up passages of other sectors (libraries, data
// centres, inland fisheries, forestry, land offices): no sentence of a tuning plan, a fixture or a held-out plan.

const unitsOf = (text: string) => run(text).targets.map((t) => [t.value, t.valueMax, t.unit]);
const plan = (...body: string[]) => ['Lạng Sơn, ngày 10 tháng 3 năm 2026', 'II. CHỈ TIÊU', ...body].join('\n');

describe('units of the genre', () => {
  it('reads an archive shelf length in mét giá and a data store in TB or GB', () => {
    expect(unitsOf(plan('- Sắp xếp 2.400 mét giá sách kho lưu chiểu của thư viện huyện;', '- Mở rộng kho dữ liệu số lên 120 TB và bộ nhớ đệm 512 GB.'))).toEqual([
      [2400, null, 'mét giá'],
      [120, null, 'TB'],
      [512, null, 'GB'],
    ]);
  });

  it('keeps bodies counted together as one kind (cơ quan, đơn vị)', () => {
    expect(unitsOf(plan('- Hướng dẫn nghiệp vụ thống kê cho 36 cơ quan, đơn vị cấp huyện.'))).toEqual([[36, null, 'cơ quan, đơn vị']]);
  });

  it('reads an amount of money after không dưới as a bound to reach', () => {
    expect(unitsOf(plan('- Vốn tín dụng cho hợp tác xã nuôi cá lồng không dưới 40 tỷ đồng.'))).toEqual([[40, null, 'tỷ đồng']]);
  });

  it('reads a bounded part of a count the sentence gave as a fraction', () => {
    expect(unitsOf(plan('- Trồng mới 600 ha rừng gỗ lớn, trong đó ít nhất 1/3 ở các xã vùng cao.'))).toEqual([
      [600, null, 'ha'],
      [1, null, '/3'],
    ]);
  });

  it('leaves a date after a bound alone', () => {
    expect(unitsOf(plan('- Hoàn thành đo đạc chậm nhất 1/5 năm sau.')).filter((t) => t[2] === '/5')).toEqual([]);
  });
});

describe('the extent of a unit', () => {
  it('gives lượt the people it counts, up to a verb, and no second kind after a comma', () => {
    expect(unitsOf(plan('- Phục vụ 9.000 lượt bạn đọc khai thác sách mỗi năm;', '- Tập huấn 250 lượt thủ thư, cộng tác viên thư viện cơ sở.'))).toEqual([
      [9000, null, 'lượt bạn đọc'],
      [250, null, 'lượt thủ thư'],
    ]);
  });

  it('reads a noun no list names without a borrowed word or the first syllable of a word describing it', () => {
    expect(unitsOf(plan('- Xây dựng 80 bể composite nuôi cá;', '- Hình thành 03 vùng an toàn về nguồn giống cây lâm nghiệp.'))).toEqual([
      [80, null, 'bể'],
      [3, null, 'vùng'],
    ]);
  });

  it('keeps the multiplier of a unit cell in a table by year', () => {
    const text = [
      'Lạng Sơn, ngày 10 tháng 3 năm 2026',
      'II. CHỈ TIÊU',
      '- Số hóa tài liệu theo Phụ lục.',
      'PHỤ LỤC',
      'STT Chỉ tiêu Đơn vị tính Năm 2026 Năm 2027',
      '1 Số hóa hồ sơ địa chính triệu trang 1,2 1,5',
    ].join('\n');
    expect(run(text).targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1.2, 'triệu trang', 2026],
      [1.5, 'triệu trang', 2027],
    ]);
  });
});

describe('candidates the reader did not propose, and norms it took', () => {
  it('reads a small part of a measured total after trong đó', () => {
    expect(unitsOf(plan('- Trồng mới 40 ha rừng, trong đó: keo lai 25 ha; quế 9 ha; trám trắng 6 ha.'))).toEqual([
      [40, null, 'ha'],
      [25, null, 'ha'],
      [9, null, 'ha'],
      [6, null, 'ha'],
    ]);
  });

  it('reads a listed unit counted in words at the opening of a clause of objectives', () => {
    expect(unitsOf(plan('- Có hai hợp tác xã thủy sản được cấp mã số vùng nuôi.'))).toEqual([[2, null, 'hợp tác xã']]);
  });

  it('reads no target in a size that says which farms count, or a norm the rules set', () => {
    expect(unitsOf(plan('- 100% cơ sở nuôi cá quy mô từ 5.000 con trở lên được kiểm tra;', '- Khẩu phần ăn bảo đảm từ 450 đến 520 kcal theo quy định.'))).toEqual([[100, null, '%']]);
  });
});

