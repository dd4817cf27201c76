import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up implementation parts in the genre; no sentence is taken from a fixture, a tuning or a held-out plan.
const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');

describe('bodies a bullet under an item names', () => {
  it('lists the bodies a bullet opens with and gives each its own role, not the item’s', () => {
    const agencies = run(
      plan(
        '1. UBND các xã, phường',
        '- Rà soát danh sách hộ; báo cáo kết quả về Phòng Kinh tế.',
        '- UBND phường Tân An, UBND xã Bình Minh chủ trì tổ chức diễn tập tại địa bàn.',
        '2. Phòng Tài chính - Kế hoạch',
        '- Phòng TC-KH bố trí kinh phí thực hiện.',
        '3. Trưởng các thôn',
        '- Trưởng thôn Đông (ông Lê Văn Tám) phối hợp kiểm tra.',
      ),
    ).agencies;
    expect(agencies.map((a) => [a.name, a.role])).toEqual([
      ['UBND các xã, phường', 'participant'],
      ['UBND phường Tân An', 'lead'],
      ['UBND xã Bình Minh', 'lead'],
      ['Phòng Tài chính - Kế hoạch', 'participant'],
      ['Trưởng các thôn', 'participant'],
    ]);
  });

  it('ends a name at the duties `cử` and `kiện toàn`', () => {
    const names = run(plan('1. Đề nghị Hội Luật gia huyện cử luật sư tham gia tư vấn.', '2. UBND các xã kiện toàn tổ hòa giải.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Hội Luật gia huyện', 'UBND các xã']);
  });
});

describe('names with words that are duties elsewhere', () => {
  it('keeps `Giáo dục thường xuyên` in a centre’s name and ends a name at `chấp hành`', () => {
    const names = run(
      plan('1. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở lớp đào tạo nghề.', '2. Các hợp tác xã trên địa bàn chấp hành quy định về an toàn thực phẩm.', '3. Phòng Giáo dục thường xuyên kiểm tra.'),
    ).agencies.map((a) => a.name);
    expect(names).toEqual(['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện', 'Các hợp tác xã trên địa bàn', 'Phòng Giáo dục thường xuyên']);
  });
});
