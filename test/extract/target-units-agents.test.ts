import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// What `lượt` counts, by Vietnamese word formation rather than by a list of nouns: an agent noun in -viên is one
// word (`kiểm soát viên`) and a two-syllable act is never cut in half (`lượt kiểm tra`). Made-up passages of other
// sectors (market control, irrigation, legal aid, fisheries): no sentence of a tuning plan, a fixture or a held-out plan.

const unitsOf = (...body: string[]) => run(['Hà Tĩnh, ngày 10 tháng 3 năm 2026', 'II. CHỈ TIÊU', ...body].join('\n')).targets.map((t) => [t.value, t.unit]);

describe('lượt and the people or acts it counts', () => {
  it('ends an agent noun in -viên at viên: the words after it say which kind', () => {
    expect(unitsOf('- Đào tạo 80 lượt kiểm soát viên thị trường;', '- Tập huấn 60 lượt cộng tác viên khuyến ngư;', '- Bồi dưỡng 300 lượt hội viên nông dân.')).toEqual([
      [80, 'lượt kiểm soát viên'],
      [60, 'lượt cộng tác viên'],
      [300, 'lượt hội viên'],
    ]);
  });

  it('keeps both syllables of an act counted, and the -viên of an agent noun made of a verb', () => {
    expect(unitsOf('- Tổ chức 45 lượt kiểm tra liên ngành các cảng cá;', '- Bồi dưỡng 320 lượt tuyên truyền viên pháp luật cấp xã.')).toEqual([
      [45, 'lượt kiểm tra'],
      [320, 'lượt tuyên truyền viên'],
    ]);
  });

  it('leaves the units that were right as they were', () => {
    expect(unitsOf('- Tập huấn cho 250 lượt cán bộ, công chức cấp xã;', '- Phục vụ 12.000 lượt bạn đọc tại thư viện huyện;', '- Thu hút 1.500 lượt truy cập mỗi tháng.')).toEqual([
      [250, 'lượt cán bộ'],
      [12000, 'lượt bạn đọc'],
      [1500, 'lượt truy cập'],
    ]);
  });
});
