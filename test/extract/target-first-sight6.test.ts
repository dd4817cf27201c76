import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Causes of the misses of the fifth first-sight batch (T35–T40), each written as a made-up passage of another sector
// or issuer level: industrial extension, power supply, labour inspection, first aid volunteers, metrology of a
// district, commendations. None is a sentence of a tuning plan, a fixture or a held-out plan.

const targetsOf = (text: string) => run(text).targets;

describe('the year of a target', () => {
  it('takes the year an item heading ends with, unless it is before the plan’s own', () => {
    const text = [
      'Bắc Giang, ngày 15 tháng 11 năm 2025',
      'II. CHỈ TIÊU',
      '1. Khuyến công năm 2026',
      '- Hỗ trợ 25 cơ sở công nghiệp nông thôn đổi mới máy móc;',
      '- Tỷ lệ cơ sở được hỗ trợ duy trì sản xuất đạt trên 90%;',
      '2. Khuyến công giai đoạn 2026 - 2030',
      '- Hỗ trợ 120 cơ sở công nghiệp nông thôn.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.year])).toEqual([
      [25, 2026],
      [90, 2026],
      [120, null],
    ]);
  });

  it('reads no target under an item on the results of an earlier year, in a part of the situation and the objectives', () => {
    const text = ['Bắc Giang, ngày 15 tháng 01 năm 2025', 'II. TÌNH HÌNH VÀ CHỈ TIÊU', '1. Kết quả năm 2024', '- Hỗ trợ 18 cơ sở công nghiệp nông thôn.', '2. Chỉ tiêu', '- Hỗ trợ 30 cơ sở công nghiệp nông thôn.'].join('\n');
    expect(targetsOf(text).map((t) => [t.line, t.value])).toEqual([[6, 30]]);
  });

  it('takes a year a clause names after its noun, and gives it to the breakdown after trong đó', () => {
    const text = [
      'Hưng Yên, ngày 20 tháng 12 năm 2025',
      'II. CHỈ TIÊU',
      '1. Điện năng',
      'a) Sản lượng điện thương phẩm trên địa bàn năm 2026 đạt tối thiểu 1.250 triệu kWh, tăng 9% so với năm 2025;',
      'b) Tỷ lệ tổn thất điện năng không quá 4,5%.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.year])).toEqual([
      [1250, 'triệu kWh', 2026],
      [9, '%', 2026],
      [4.5, '%', null],
    ]);
  });

  it('gives a rate per year no year under a year to reach by, and the year under the year it is of', () => {
    const text = [
      'Phú Thọ, ngày 10 tháng 3 năm 2025',
      'I. MỤC TIÊU',
      '1. Chỉ tiêu đến năm 2028',
      '- Kiểm định bình quân 1.200 thiết bị đo/năm;',
      '- 100% thiết bị đo nhóm 2 được kiểm định.',
      '2. Năm 2026',
      '- Tổ chức ít nhất 03 lớp/huyện/năm.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.year])).toEqual([
      [1200, 'thiết bị đo/năm', null],
      [100, '%', 2028],
      [3, 'lớp/huyện/năm', 2026],
    ]);
  });
});

describe('counts the reader missed', () => {
  it('reads a count whose task verb stands eight words back, and one after trụ sở (no số)', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Tổ chức tập huấn kỹ năng sơ cấp cứu ban đầu cho 240 tình nguyện viên mới tuyển.',
      '2. Thanh tra tại trụ sở 35 đơn vị sử dụng lao động.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.line, t.value, t.unit])).toEqual([
      [2, 240, 'tình nguyện viên'],
      [3, 35, 'đơn vị'],
    ]);
  });
});
