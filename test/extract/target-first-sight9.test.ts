import { describe, expect, it } from 'vitest';
import { targetUnitsOf } from './helpers.js';

// Causes of the misses left on the seventh first-sight batch (T47–T52), each written as a made-up passage of another
// sector: none is a sentence of a tuning plan, a fixture or a held-out plan.

describe('blood counted in units', () => {
  it('keeps what đơn vị measures when it is blood, and reads đơn vị alone as bodies otherwise', () => {
    expect(targetUnitsOf('- Đoàn Thanh niên trường vận động sinh viên hiến 1.200 đơn vị máu trong năm học;', '- Kiểm tra 35 đơn vị sử dụng lao động trên địa bàn.')).toEqual([
      [1200, 'đơn vị máu'],
      [35, 'đơn vị'],
    ]);
  });
});

describe('a figure inside what a rate measures', () => {
  it('reads the figures between tỷ lệ and its share as what the share measures, joined by và too', () => {
    expect(targetUnitsOf('- Tỷ lệ bao gạo 25 kg và 50 kg có tem truy xuất nguồn gốc đạt trên 80%.')).toEqual([[80, '%']]);
  });

  it('keeps a count the clause adds before the verb that raises the share', () => {
    expect(targetUnitsOf('- Tăng tỷ lệ cơ sở có giấy chứng nhận thêm 120 cơ sở và nâng lên 65%.')).toEqual([
      [120, 'cơ sở'],
      [65, '%'],
    ]);
  });

  it('keeps a change in points, with a comma before the share or none', () => {
    expect(
      targetUnitsOf('- Giảm tỷ lệ hộ thiếu đất sản xuất 2 điểm phần trăm so với năm 2025, xuống dưới 5%;', '- Giảm tỷ lệ lao động chưa qua đào tạo 3 điểm phần trăm xuống còn 30%.'),
    ).toEqual([
      [2, 'điểm phần trăm'],
      [5, '%'],
      [3, 'điểm phần trăm'],
      [30, '%'],
    ]);
  });
});

describe('a bound on a property says who or what is meant', () => {
  it('reads no target in the weight a thing must have, in the second bound of the list too', () => {
    expect(targetUnitsOf('- Lợn giống được hỗ trợ phải có nguồn gốc rõ ràng, trọng lượng từ 20 kg trở lên đối với lợn con, từ 90 kg trở lên đối với lợn nái.')).toEqual([]);
  });

  it('keeps a bound the clause aims at after naming the property', () => {
    expect(targetUnitsOf('- Trọng lượng xuất chuồng bình quân của lợn thịt đạt từ 100 kg trở lên.')).toEqual([[100, 'kg']]);
  });
});

describe('a rank or a class', () => {
  it('reads no count in the number of a rank, but counts what a task ranks and a list of kinds', () => {
    expect(
      targetUnitsOf(
        '- Đến năm 2026 có 70% khách sạn hạng 2, hạng 3 bố trí quầy thông tin du lịch;',
        '- Lập hồ sơ xếp hạng 04 di tích cấp tỉnh; nâng hạng 02 đô thị;',
        '- Trồng mới cây ăn quả các loại 25 ha.',
      ),
    ).toEqual([
      [70, '%'],
      [4, 'di tích'],
      [2, 'đô thị'],
      [25, 'ha'],
    ]);
  });

  it('reads no count in an alarm level, printed in figures as restoration may leave it', () => {
    expect(targetUnitsOf('- Khi mực nước sông lên trên báo động 3 thì sơ tán 45 hộ ven sông.')).toEqual([[45, 'hộ']]);
  });
});

describe('a word the count’s noun is the first half of', () => {
  it('is cut off though restoration left a capital on its second syllable', () => {
    expect(targetUnitsOf('- Hình thành 05 chuỗi cung Ứng thủy sản an toàn.')).toEqual([[5, 'chuỗi']]);
  });
});

describe('the size of a team', () => {
  it('is a target for a team the plan sets up for people, not for a body that runs the plan', () => {
    expect(
      targetUnitsOf(
        '- Mỗi ấp duy trì 01 đội văn nghệ quần chúng, mỗi đội 25 thành viên;',
        '- Thành lập 02 tổ công tác liên ngành, mỗi tổ 07 thành viên;',
        '- Các tổ công tác hướng dẫn ít nhất 300 người dân cài đặt ứng dụng.',
      ),
    ).toEqual([
      [1, 'đội'],
      [25, 'thành viên'],
      [2, 'tổ'],
      [300, 'người'],
    ]);
  });
});

describe('a count in words of a kind of body named with a capital', () => {
  it('reads the listed unit as printed where a lower-case word follows it, not where a name goes on', () => {
    expect(
      targetUnitsOf('- Mỗi trường tiểu học có một Đội thiếu niên tuyên truyền măng non;', '- Mỗi phường có một Đội Quản lý thị trường phối hợp kiểm tra.'),
    ).toEqual([[1, 'Đội']]);
  });
});

describe('a lone digit before a measure', () => {
  it('is a count after a verb of doing further back, where before a noun it stays OCR’s possible reading of a letter', () => {
    expect(
      targetUnitsOf('- Cấp phát cho các trường mầm non vùng cao 4 tạ gạo hỗ trợ bữa trưa;', '- Cấp phát cho các trường mầm non vùng cao 4 bộ đồ chơi ngoài trời.'),
    ).toEqual([[4, 'tạ']]);
  });
});
