import { describe, expect, it } from 'vitest';
import { run, targetUnitsOf } from './helpers.js';

// Forms the genre fixes rather than one plan's wording: a table row whose indicator ends with a number, and the
// hamlets of every region counted like thôn. Made-up passages (literacy, cultural villages): no sentence of a tuning
// plan, a fixture or a held-out plan.

const figures = (text: string) => run(text).targets.map((t) => [t.line, t.value, t.unit, t.year]);

describe('a table row whose indicator ends with a number', () => {
  it('reads the unit cell after the number and one value per year', () => {
    const text = [
      'Lai Châu, ngày 10 tháng 3 năm 2026',
      'II. CHỈ TIÊU',
      '1. Chỉ tiêu cụ thể theo Phụ lục.',
      'TT Chỉ tiêu Đơn vị tính Năm 2026 Năm 2027',
      '1 Học viên hoàn thành lớp xóa mù chữ mức độ 1 % 85 90',
      '2 Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi xã 12 14',
    ].join('\n');
    expect(figures(text)).toEqual([
      [5, 85, '%', 2026],
      [5, 90, '%', 2027],
      [6, 12, 'xã', 2026],
      [6, 14, 'xã', 2027],
    ]);
  });

  it('leaves a row whose values do not match the columns', () => {
    const text = ['Lai Châu, ngày 10 tháng 3 năm 2026', 'II. CHỈ TIÊU', 'TT Chỉ tiêu Đơn vị tính Năm 2026 Năm 2027', '1 Học viên hoàn thành lớp xóa mù chữ mức độ 1 % 85 90 95'].join('\n');
    expect(figures(text).filter(([, value]) => value === 85 || value === 90 || value === 95)).toEqual([]);
  });
});

describe('hamlets counted like thôn', () => {

  it('reads a share of xóm, buôn, làng and a count of khóm', () => {
    expect(targetUnitsOf('- Hoàn thành kiểm kê di sản ở 42/42 xóm;', '- Có 16/18 buôn giữ được lễ hội truyền thống;', '- Phấn đấu 9/11 làng có đội văn nghệ;', '- Có 14 khóm đạt chuẩn văn minh đô thị.')).toEqual([
      [42, 'xóm'],
      [16, 'buôn'],
      [9, 'làng'],
      [14, 'khóm'],
    ]);
  });

  it('reads a weight printed like làng as no hamlet', () => {
    expect(targetUnitsOf('- Mỗi suất gồm 5 lạng chè búp khô.').map(([, unit]) => unit)).not.toContain('làng');
  });
});

describe('a count per a population', () => {

  it('is a rate a bound before it states, also across a line break', () => {
    expect(targetUnitsOf('- Tỷ lệ người phạm tội hình sự trên địa bàn giảm xuống dưới', '6 người/10.000 dân; tỷ lệ tái phạm dưới 3 người/1.000 người được đặc xá.')).toEqual([
      [6, 'người/10.000 dân'],
      [3, 'người/1.000 người'],
    ]);
  });

  it('is no count without a bound or a cue', () => {
    expect(targetUnitsOf('- Năm 2025 cả tỉnh ghi nhận 9 người/100.000 dân mắc bệnh.')).toEqual([]);
  });
});

describe('two kinds of people named together', () => {

  it('are counted together, like xã, thị trấn', () => {
    expect(targetUnitsOf('- Hỗ trợ 300 học sinh, sinh viên vùng cao học nghề;', '- Hỗ trợ 120 học sinh nghèo, khó khăn.')).toEqual([
      [300, 'học sinh, sinh viên'],
      [120, 'học sinh'],
    ]);
  });
});

describe('times counted in words after a bound', () => {

  it('are read as the same times in digits are', () => {
    expect(targetUnitsOf('- Mỗi hợp tác xã được kiểm tra ít nhất hai lần;', '- Cán bộ khuyến nông được bồi dưỡng tối thiểu một lần/năm.')).toEqual([
      [2, 'lần'],
      [1, 'lần/năm'],
    ]);
  });

  it('are no count without the bound', () => {
    expect(targetUnitsOf('- Rà soát một lần nữa danh sách hợp tác xã.')).toEqual([]);
  });
});
