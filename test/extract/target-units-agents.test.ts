import { describe, expect, it } from 'vitest';
import { targetUnitsOf } from './helpers.js';

// What `lượt` counts, by Vietnamese word formation rather than by a list of nouns: an agent noun in -viên is one
// word (`kiểm soát viên`) and a two-syllable act is never cut in half (`lượt kiểm tra`). Made-up passages of other
// sectors (market control, irrigation, legal aid, fisheries): no sentence of a tuning plan, a fixture or a held-out plan.


describe('lượt and the people or acts it counts', () => {
  it('ends an agent noun in -viên at viên: the words after it say which kind', () => {
    expect(targetUnitsOf('- Đào tạo 80 lượt kiểm soát viên thị trường;', '- Tập huấn 60 lượt cộng tác viên khuyến ngư;', '- Bồi dưỡng 300 lượt hội viên nông dân.')).toEqual([
      [80, 'lượt kiểm soát viên'],
      [60, 'lượt cộng tác viên'],
      [300, 'lượt hội viên'],
    ]);
  });

  it('keeps both syllables of an act counted, and the -viên of an agent noun made of a verb', () => {
    expect(targetUnitsOf('- Tổ chức 45 lượt kiểm tra liên ngành các cảng cá;', '- Bồi dưỡng 320 lượt tuyên truyền viên pháp luật cấp xã.')).toEqual([
      [45, 'lượt kiểm tra'],
      [320, 'lượt tuyên truyền viên'],
    ]);
  });

  it('leaves the units that were right as they were', () => {
    expect(targetUnitsOf('- Tập huấn cho 250 lượt cán bộ, công chức cấp xã;', '- Phục vụ 12.000 lượt bạn đọc tại thư viện huyện;', '- Thu hút 1.500 lượt truy cập mỗi tháng.')).toEqual([
      [250, 'lượt cán bộ'],
      [12000, 'lượt bạn đọc'],
      [1500, 'lượt truy cập'],
    ]);
  });
});

describe('a classifier that stands for a noun named before it', () => {
  it('is the unit where it ends the clause, and no count where nothing after it says what it counts', () => {
    expect(targetUnitsOf('- Số tàu cá được cải hoán đạt 120 chiếc;', '- Đến năm 2027, số nhà văn hóa thôn được sửa chữa đạt 35 căn.')).toEqual([
      [120, 'chiếc'],
      [35, 'căn'],
    ]);
    expect(targetUnitsOf('- Tổ chức 25 chiếc thuyền đua trên sông.').map(([, unit]) => unit)).not.toContain('chiếc');
  });
});

// The filters read folded text, where words of other senses meet: `sửa chữa đạt` folds like `chưa đạt` (a level not
// reached yet), `mức` like `mục` (an item's number), `thu`, `khoan`, `ký`, `biếu` like `thứ`, `khoản`, `kỳ`, `biểu`.
describe('words that fold alike', () => {
  it('reads a figure a repair reaches, and a level after mức', () => {
    expect(targetUnitsOf('- Tỷ lệ kênh tưới được sửa chữa đạt 90%;', '- Sản lượng cà phê đạt mức 62.000 tấn.')).toEqual([
      [90, '%'],
      [62000, 'tấn'],
    ]);
  });

  it('reads counts after verbs of collecting, drilling, signing and giving', () => {
    expect(targetUnitsOf('- Lấy và thu 300 mẫu đất để phân tích;', '- Khoan 25 giếng khai thác nước ngầm cho vùng cà phê;', '- Ký 120 hợp đồng bao tiêu sản phẩm;', '- Biếu 500 suất quà cho người lao động.')).toEqual([
      [300, 'mẫu'],
      [25, 'giếng'],
      [120, 'hợp đồng'],
      [500, 'suất'],
    ]);
  });

  it('still reads no target in a level not reached yet, nor in an article or an item', () => {
    expect(targetUnitsOf('- Tỷ lệ kênh tưới được kiên cố hóa chưa đạt 40%;', '- Thực hiện theo khoản 2 Điều 5 và mục 3 của Phụ lục.')).toEqual([]);
  });
});
