import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up target sentences of sectors and forms none of the plans the rules were written on prints (round four).
// None is taken from a fixture, a tuning plan or a held-out plan.

const objectives = (...bullets: string[]) =>
  `I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao hiệu quả công tác.\n2. Chỉ tiêu cụ thể\n${bullets.map((b) => `- ${b}`).join('\n')}`;
const targetsOf = (...bullets: string[]) => run(objectives(...bullets)).targets;
const figures = (...bullets: string[]) => targetsOf(...bullets).map((t) => [t.value, t.valueMax, t.unit]);
const subjects = (...bullets: string[]) => targetsOf(...bullets).map((t) => t.subject);

describe('units of energy and of works', () => {
  it('reads power and energy as measures, the thing measured in the subject', () => {
    const targets = targetsOf('Phát triển 50 MW điện mặt trời mái nhà.', 'Sản lượng điện thương phẩm đạt 1.200 triệu kWh.');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [50, 'MW'],
      [1200, 'triệu kWh'],
    ]);
    expect(targets[0]!.subject).toMatch(/^điện mặt trời mái nhà/u);
    expect(targets[1]!.subject).toBe('Sản lượng điện thương phẩm');
  });

  it('counts a work alone where the next two words say what kind or where it is', () => {
    expect(figures('Xây dựng 02 cầu dân sinh.', 'Nâng cấp 05 chợ nông thôn.', 'Lắp đặt 120 đèn năng lượng mặt trời.')).toEqual([
      [2, null, 'cầu'],
      [5, null, 'chợ'],
      [120, null, 'đèn'],
    ]);
  });
});

describe('subjects', () => {
  it('leaves a list of verbs of change out of what is measured', () => {
    expect(subjects('Kiềm chế, giảm 5% số vụ phạm pháp hình sự.')).toEqual(['số vụ phạm pháp hình sự']);
  });

  it('takes a rate named before its figure, not the whole it is of', () => {
    expect(subjects('Tỷ lệ nợ xấu dưới 3% tổng dư nợ.')).toEqual(['Tỷ lệ nợ xấu (dưới 3%)']);
  });

  it('says no task where the verb only makes the thing anew', () => {
    expect(subjects('Xây dựng mới 03 trạm bơm điện phục vụ tưới tiêu.')).toEqual(['trạm bơm điện phục vụ tưới tiêu']);
  });
});

describe('figures that are no targets', () => {
  it('leaves out a measure that says which things count, and a distance', () => {
    expect(figures(
      'Hỗ trợ tàu cá có chiều dài từ 15 m trở lên.',
      'Áp dụng cho phương tiện có trọng tải từ 5 tấn trở lên.',
      'Khu vực có độ cao trên 500 m so với mực nước biển.',
      'Điểm tập kết cách trung tâm huyện 25 km.',
    )).toEqual([]);
  });

  it('still reads a length or a weight the plan sets out to reach', () => {
    expect(figures('Cứng hóa 42 km đường trục xã.', 'Sản lượng cá nuôi đạt 9.500 tấn.')).toEqual([
      [42, null, 'km'],
      [9500, null, 'tấn'],
    ]);
  });
});
