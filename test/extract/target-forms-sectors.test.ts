import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up plan passages of sectors none of the annotated plans is from (defence and militia, justice, public finance,
// market control, mining, disaster response, social protection, ethnic and foreign affairs, science and technology,
// statistics), with their part headings as plans print them. None is taken from a fixture, a tuning plan or a
// held-out plan.

const plan = (...bullets: string[]) =>
  `I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao hiệu quả công tác của địa phương.\n2. Chỉ tiêu cụ thể\n${bullets.map((b) => `- ${b}`).join('\n')}`;
const read = (text: string) => run(text).targets.map((t) => [t.value, t.valueMax, t.unit]);

describe('targets of sectors no annotated plan is from', () => {
  it('reads the counts of defence and militia plans, with the body counted', () => {
    const targets = run(
      plan(
        'Tuyển chọn và gọi 120 công dân nhập ngũ bảo đảm chất lượng.',
        'Tổ chức 02 đợt huấn luyện dân quân năm thứ nhất.',
        'Xây dựng 03 trung đội dân quân cơ động, 01 tiểu đội dân quân thường trực.',
      ),
    ).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [120, 'công dân'],
      [2, 'đợt'],
      [3, 'trung đội'],
      [1, 'tiểu đội'],
    ]);
    expect(targets[0]!.subject).toMatch(/^công dân nhập ngũ/u);
  });

  it('reads justice, finance and mining targets in their own units, a bound with its comparator', () => {
    const targets = run(
      plan(
        'Cấp 2.500 bản trích lục hộ tịch; thực hiện 180 vụ việc trợ giúp pháp lý.',
        'Thi hành xong 85% số việc có điều kiện thi hành.',
        'Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, tăng 8% so với dự toán.',
        'Khai thác không quá 150.000 m3 cát xây dựng; đóng cửa 04 mỏ đá hết hạn.',
      ),
    ).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [2500, 'bản'],
      [180, 'vụ việc'],
      [85, '%'],
      [1250, 'tỷ đồng'],
      [8, '%'],
      [150000, 'm³'],
      [4, 'mỏ đá'],
    ]);
    expect(targets[2]!.subject).toBe('số việc có điều kiện thi hành được thi hành xong');
    expect(targets[5]!.comparator).not.toBeNull();
  });

  it('reads disaster, social protection, foreign affairs, science and statistics counts; a survey form is counted as phiếu', () => {
    expect(
      read(
        plan(
          'Di dời 230 hộ dân ra khỏi vùng sạt lở; dự trữ 50 tấn gạo cứu trợ.',
          'Xây dựng 05 nhà tránh trú bão cộng đồng.',
          'Chi trả trợ cấp xã hội hằng tháng cho 3.200 đối tượng bảo trợ xã hội.',
          'Tổ chức 03 đoàn công tác nước ngoài; đón 05 đoàn khách quốc tế.',
          'Có 25 sáng chế được cấp văn bằng bảo hộ.',
          'Hoàn thành 02 cuộc điều tra thống kê, thu thập 4.500 phiếu điều tra doanh nghiệp.',
        ),
      ),
    ).toEqual([
      [230, null, 'hộ'],
      [50, null, 'tấn'],
      [5, null, 'nhà'],
      [3200, null, 'đối tượng'],
      [3, null, 'đoàn'],
      [5, null, 'đoàn'],
      [25, null, 'sáng chế'],
      [2, null, 'cuộc'],
      [4500, null, 'phiếu'],
    ]);
  });

  it('reads in the implementation part a share a body strives for, not the scope of its duty', () => {
    const text = `${plan('Giải ngân 100% kế hoạch vốn đầu tư công năm 2026.')}
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
Chủ trì thẩm định 30 nhiệm vụ khoa học và công nghệ; phấn đấu 40% doanh nghiệp đổi mới công nghệ.`;
    const targets = run(text).targets;
    expect(targets.map((t) => [t.value, t.unit, t.section])).toEqual([
      [100, '%', 'I.2'],
      [40, '%', 'II.1'],
    ]);
    expect(targets[1]!.subject).toBe('doanh nghiệp đổi mới công nghệ');
  });
});

describe('a unit one letter off, as OCR and restoration leave it', () => {
  it('reads kn as km beside a road or canal, and ba as ha beside land or forest', () => {
    expect(
      read(
        plan(
          'Cứng hóa 120 kn đường giao thông nông thôn; kiên cố hóa 35 kn kênh mương nội đồng.',
          'Trồng mới 350 ba rừng sản xuất; chuyển đổi 1.200 ba đất lúa kém hiệu quả.',
        ),
      ),
    ).toEqual([
      [120, null, 'km'],
      [35, null, 'km'],
      [350, null, 'ha'],
      [1200, null, 'ha'],
    ]);
  });

  it('leaves words alone: bà, ba lô, and kn with nothing a length measures', () => {
    const units = read(plan('Hỗ trợ 120 bà mẹ Việt Nam anh hùng; cấp 1.000 ba lô cho học sinh.', 'Thành lập 12 kn đội tuyển chọn.')).map((t) => t[2]);
    expect(units).not.toContain('ha');
    expect(units).not.toContain('km');
    expect(units).toContain('bà mẹ');
  });
});

describe('tasks of a list of counts', () => {
  it('reads a count registered (đăng ký is no term, kỳ)', () => {
    const [target] = run(plan('Đăng ký 25 điểm nhóm sinh hoạt tôn giáo tập trung.')).targets;
    expect([target!.value, target!.unit]).toEqual([25, 'điểm']);
    expect(target!.subject).toMatch(/đăng ký$/u);
  });

  it('gives a count after a comma the verb that opens its own clause, but a change after a level stays a change of it', () => {
    const targets = run(plan('Kiểm tra 45 cơ sở kinh doanh, xử lý 30 vụ vi phạm về giá.')).targets;
    expect(targets.map((t) => t.subject)).toEqual(['cơ sở kinh doanh được kiểm tra', 'vụ vi phạm về giá được xử lý']);
    const area = run(plan('Diện tích rừng trồng tập trung đạt 2.300 ha, tăng thêm 400 ha so với năm 2024.')).targets;
    expect(area[1]!.subject).not.toMatch(/được tăng/u);
    expect(area[1]!.subject).toMatch(/^diện tích rừng trồng tập trung/iu);
  });
});

describe('a lettered item of objectives and the words after a figure', () => {
  it('gives a year that opens a lettered item to its figures', () => {
    const targets = run(plan('x').replace('- x', 'a) Năm 2026 kiểm tra ít nhất 300 lượt cơ sở sản xuất, kinh doanh.\nb) Năm 2027, kiểm tra 80% cơ sở sản xuất.')).targets;
    expect(targets.map((t) => [t.value, t.year])).toEqual([
      [300, 2026],
      [80, 2027],
    ]);
  });

  it('ends what a figure measures before the legal text it is done under', () => {
    const [target] = run(plan('100% cơ sở thờ tự được cấp giấy chứng nhận quyền sử dụng đất theo quy định tại Điều 12 Nghị định số 95/2023/NĐ-CP.')).targets;
    expect(target!.subject).toBe('cơ sở thờ tự được cấp giấy chứng nhận quyền sử dụng đất');
  });

  it('leaves a bound of the next count out of the subject of the one before', () => {
    const targets = run(plan('Mỗi xã thành lập 01 đội xung kích với ít nhất 30 thành viên.')).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [1, 'đội'],
      [30, 'thành viên'],
    ]);
    expect(targets[0]!.subject).not.toMatch(/ít nhất|với/u);
  });
});

describe('an appendix table of a sector', () => {
  const appendix = (rows: string) =>
    `I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao hiệu quả công tác tư pháp.\n2. Chỉ tiêu cụ thể\nChỉ tiêu cụ thể từng năm tại Phụ lục kèm theo.\nII. TỔ CHỨC THỰC HIỆN\nPhòng Tư pháp chủ trì theo dõi.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC\nCHỈ TIÊU CÔNG TÁC TƯ PHÁP\nTT Chỉ tiêu Đơn vị Năm 2026 Năm 2027\n${rows}`;

  it('reads a money cell as the unit, never the end of its last word (tỷ đồng is no đồn and g)', () => {
    const targets = run(appendix('1 Thu ngân sách nhà nước tỷ đồng 1.250 1.400')).targets;
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1250, 'tỷ đồng', 2026],
      [1400, 'tỷ đồng', 2027],
    ]);
    expect(targets[0]!.subject).toBe('Thu ngân sách nhà nước (Phụ lục)');
  });

  it('reads a unit cell no list names where it repeats the head of the indicator', () => {
    const targets = run(appendix('1 Vụ việc trợ giúp pháp lý vụ việc 150 180\n2 Số hồ sơ thi hành án giải quyết xong hồ sơ 300 320\n3 Tỷ lệ khai sinh đúng hạn chuyên viên 98 100')).targets;
    expect(targets.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [150, 'vụ việc', 'Vụ việc trợ giúp pháp lý (Phụ lục)'],
      [180, 'vụ việc', 'Vụ việc trợ giúp pháp lý (Phụ lục)'],
      [300, 'hồ sơ', 'Số hồ sơ thi hành án giải quyết xong (Phụ lục)'],
      [320, 'hồ sơ', 'Số hồ sơ thi hành án giải quyết xong (Phụ lục)'],
    ]);
  });
});

describe('look-alikes of targets and time limits', () => {
  it('reads no count of a list stating what there is now, but a target after it', () => {
    expect(read(plan('Toàn huyện hiện có 35 cơ sở tôn giáo, 12 điểm nhóm và 04 hội đoàn.'))).toEqual([]);
    expect(read(plan('Hiện có 20 xã đạt chuẩn, phấn đấu xây dựng thêm 05 xã đạt chuẩn.'))).toEqual([[5, null, 'xã']]);
  });

  it('reads no age group, article, term or hotline as a target', () => {
    expect(
      read(plan('Khám sức khỏe cho công dân trong độ tuổi từ 18 đến 25.', 'Thực hiện theo Khoản 3 Điều 5 Luật Nghĩa vụ quân sự năm 2015; đường dây nóng 1900 1234.')),
    ).toEqual([]);
  });

  it('says the time a shortened limit is of, with the change after it', () => {
    const targets = run(plan('Rút ngắn thời gian giải quyết hồ sơ lý lịch tư pháp xuống còn không quá 07 ngày làm việc.', 'Giảm thời gian thông quan hàng hóa xuống dưới 24 giờ.')).targets;
    expect(targets.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [7, 'ngày làm việc', 'thời gian giải quyết hồ sơ lý lịch tư pháp (rút ngắn) (không quá)'],
      [24, 'giờ', 'thời gian thông quan hàng hóa (giảm) (dưới)'],
    ]);
  });
});

describe('what an investment and an area of mining land are of', () => {
  it('ends the subject of projects before their total capital', () => {
    const [target] = run(plan('Thu hút 05 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 200 triệu USD.')).targets;
    expect(target!.subject).toBe('dự án đầu tư trực tiếp nước ngoài được thu hút');
  });

  it('says diện tích for an area with only where or when after it, never for a thing named after it (ô chôn lấp)', () => {
    expect(run(plan('Hoàn nguyên môi trường 20 ha sau khai thác.')).targets[0]!.subject).toBe('diện tích sau khai thác được hoàn nguyên môi trường');
    expect(run(plan('Cải tạo, phục hồi môi trường 15 ha ô chôn lấp đã đóng.')).targets[0]!.subject).not.toMatch(/diện tích/u);
  });
});

describe('a figure said again in words', () => {
  it('reads a count with its words in brackets after the digits, and leaves a year in brackets to its figure', () => {
    expect(read(plan('Tổ chức 01 (một) cuộc diễn tập khu vực phòng thủ cấp huyện.', 'Tổ chức 05 (năm) lớp bồi dưỡng kiến thức quốc phòng.'))).toEqual([
      [1, null, 'cuộc'],
      [5, null, 'lớp'],
    ]);
    expect(run(plan('Tỷ lệ che phủ rừng đạt 45% (năm 2030).')).targets.map((t) => [t.value, t.year])).toEqual([[45, 2030]]);
  });
});

describe('a table with a column of results beside the plan', () => {
  const table = (header: string) =>
    `I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao chất lượng số liệu thống kê.\n2. Chỉ tiêu cụ thể\nCác chỉ tiêu cụ thể như sau:\n${header}\n1 Tỷ lệ báo cáo thống kê gửi đúng hạn % 92 98\n2 Phiếu điều tra được thu thập phiếu 4.200 4.500\nII. TỔ CHỨC THỰC HIỆN\nChi cục Thống kê chủ trì.`;

  it('reads the plan column and not the column of what was reached, whatever the issue year', () => {
    const targets = run(table('TT Chỉ tiêu Đơn vị tính Thực hiện năm 2025 Kế hoạch năm 2026')).targets;
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [98, '%', 2026],
      [4500, 'phiếu', 2026],
    ]);
    expect(run(table('TT Chỉ tiêu Đơn vị tính Ước thực hiện 2025 Mục tiêu 2026')).targets.map((t) => t.value)).toEqual([98, 4500]);
  });

  it('reads one column of the plan year labelled so, one value a row', () => {
    const text = table('TT Chỉ tiêu Đơn vị tính Kế hoạch năm 2026').replace(' % 92 98', ' % 98').replace(' phiếu 4.200 4.500', ' phiếu 4.500');
    expect(run(text).targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [98, '%', 2026],
      [4500, 'phiếu', 2026],
    ]);
  });
});

describe('items the structure does not number', () => {
  it('keeps a heading in capitals and the marks (1), 2) out of what a figure measures', () => {
    const text = `I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTriển khai hiệu quả công tác dân tộc.\nII. CHỈ TIÊU CHỦ YẾU\n(1) Tỷ lệ hộ đồng bào dân tộc thiểu số được sử dụng điện lưới quốc gia đạt 99%.\n(2) Phấn đấu 85% lao động dân tộc thiểu số trong độ tuổi được đào tạo nghề.\nIII. NHIỆM VỤ TRỌNG TÂM\n1) Rà soát, công nhận 45 người có uy tín.`;
    const targets = run(text).targets;
    expect(targets.map((t) => [t.value, t.subject])).toEqual([
      [99, 'Tỷ lệ hộ đồng bào dân tộc thiểu số được sử dụng điện lưới quốc gia'],
      [85, 'lao động dân tộc thiểu số trong độ tuổi được đào tạo nghề'],
      [45, 'người có uy tín được rà soát, công nhận'],
    ]);
  });
});

describe('a task that ends in a word folding like đạt', () => {
  it('takes đất for the noun it is, not for the light verb đạt', () => {
    expect(run(plan('Hỗ trợ đất sản xuất cho 150 hộ đồng bào dân tộc thiểu số nghèo.')).targets[0]!.subject).toMatch(/được hỗ trợ đất/u);
    expect(run(plan('Giao đất cho 40 hộ.')).targets[0]!.subject).toBe('hộ được giao đất');
  });
});
