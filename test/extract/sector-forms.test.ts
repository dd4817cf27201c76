import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up sentences in the genre, from plans of many sectors (health, education, agriculture, labour, finance,
// construction, security), one per target form a real plan prints. None is taken from a fixture, a tuning plan or
// a held-out plan.

const objectives = (...bullets: string[]) =>
  `I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao chất lượng công tác.\n2. Chỉ tiêu cụ thể\n${bullets.map((b) => `- ${b}`).join('\n')}`;
const targetsOf = (...bullets: string[]) => run(objectives(...bullets)).targets;
const figures = (...bullets: string[]) => targetsOf(...bullets).map((t) => [t.value, t.valueMax, t.unit]);

describe('years in a sentence that names several', () => {
  it('gives a year printed right after a figure to that figure, not to the next one', () => {
    const targets = targetsOf('Tỷ lệ che phủ rừng đạt 42% vào năm 2025 và 45% vào năm 2030.');
    expect(targets.map((t) => [t.value, t.year])).toEqual([
      [42, 2025],
      [45, 2030],
    ]);
    expect(targets[1]!.subject).toBe('Tỷ lệ che phủ rừng');
  });

  it('reads a year that opens each clause after a comma', () => {
    const targets = targetsOf('Năm 2024 đạt 60%, năm 2025 đạt 70% số hộ kinh doanh dùng hóa đơn điện tử.');
    expect(targets.map((t) => [t.value, t.year])).toEqual([
      [60, 2024],
      [70, 2025],
    ]);
  });

  it('keeps the year of each `đến năm` phrase before its figure', () => {
    const targets = targetsOf('Phấn đấu đến năm 2025 có 85%, đến năm 2030 có 95% trường mầm non đạt chuẩn quốc gia.');
    expect(targets.map((t) => [t.value, t.year])).toEqual([
      [85, 2025],
      [95, 2030],
    ]);
  });
});

describe('changes of a level', () => {
  it('does not read the level a change starts from as a target, and says the change after the rate', () => {
    const targets = targetsOf('Tỷ lệ hộ chưa có điện lưới giảm từ 6,5% năm 2023 xuống còn 4% năm 2025.');
    expect(targets.map((t) => [t.value, t.year])).toEqual([[4, 2025]]);
    expect(targets[0]!.subject).toBe('Tỷ lệ hộ chưa có điện lưới giảm xuống còn');
  });

  it('puts a verb of change that opens the phrase after the rate it changes', () => {
    expect(targetsOf('Tăng tỷ lệ lao động có việc làm ổn định lên 80%.')[0]!.subject).toBe('tỷ lệ lao động có việc làm ổn định (tăng lên)');
    expect(targetsOf('Giảm tỷ lệ mắc sốt rét xuống dưới 0,1 người/1.000 dân.').map((t) => [t.value, t.unit, t.subject])).toEqual([
      [0.1, 'người/1.000 dân', 'tỷ lệ mắc sốt rét (giảm) (dưới)'],
    ]);
  });

  it('drops `đạt và vượt` from what is measured', () => {
    expect(targetsOf('Tỷ lệ thu thuế đạt và vượt 105% dự toán.')[0]!.subject).not.toMatch(/vượt/u);
  });
});

describe('rates per head of population and shares in brackets', () => {
  it('reads every rate of a list joined by `và`', () => {
    expect(figures('Đạt 12 bác sĩ/10.000 dân và 35 giường bệnh/10.000 dân.')).toEqual([
      [12, null, 'bác sĩ/10.000 dân'],
      [35, null, 'giường bệnh/10.000 dân'],
    ]);
  });

  it('takes the bodies in brackets after a percentage for what it measures, with their share', () => {
    const [target] = targetsOf('100% (18/18 trường) có thư viện đạt chuẩn.');
    expect(target!.value).toBe(100);
    expect(target!.subject).toBe('trường có thư viện đạt chuẩn (18 trong 18)');
    expect(targetsOf('100% (12/12) thôn có tổ an ninh tự quản.')[0]!.subject).toBe('thôn có tổ an ninh tự quản');
  });
});

describe('counts in words and bounds', () => {
  it('reads a count in words after a verb of doing, and `một` only where it is distributed or bounded', () => {
    expect(figures('Tổ chức từ hai đến ba lớp bồi dưỡng nghiệp vụ.')).toEqual([[2, 3, 'lớp']]);
    const each = targetsOf('Mỗi phường, thị trấn một đội tuyên truyền ca động.');
    expect(each.map((t) => [t.value, t.unit, t.subject])).toEqual([[1, 'đội', 'đội tuyên truyền ca động (mỗi phường, thị trấn)']]);
    expect(figures('Phấn đấu có ít nhất một tủ sách pháp luật tại mỗi thôn, bản.')).toEqual([[1, null, 'tủ sách']]);
  });

  it('reads no numeral word that counts nothing', () => {
    expect(targetsOf('Xây dựng một xã hội học tập.', 'Hội thi được tổ chức hai năm một lần.', 'Đây là lần thứ hai hội diễn được tổ chức.', 'Mỗi gia đình là một hạt nhân giữ gìn nghề.')).toEqual([]);
    expect(figures('Tổ chức một hội nghị sơ kết.', 'Mỗi phường một sân chơi xanh.')).toEqual([
      [1, null, 'hội nghị'],
      [1, null, 'sân chơi'],
    ]);
  });

  it('reads the people a turn counts, a time limit of a service, and no check-up rhythm for a group', () => {
    expect(figures('Tập huấn cho 250 lượt tiểu thương, chủ cửa hàng.', 'Tiếp đón 9.000 lượt khách tham quan.', 'Thời gian cấp phép không quá 10 ngày làm việc.')).toEqual([
      [250, null, 'lượt tiểu thương'],
      [9000, null, 'lượt khách'],
      [10, null, 'ngày làm việc'],
    ]);
    expect(figures('Tổ chức khám sàng lọc định kỳ 01 lần/năm cho phụ nữ mang thai.', 'Hoàn thành thủ tục trong 15 ngày làm việc.')).toEqual([]);
  });

  it('reads a count bounded by `không quá` and work found for people', () => {
    expect(figures('Sĩ số mỗi lớp không quá 30 trẻ.', 'Giải quyết việc làm mới cho 1.800 lao động.')).toEqual([
      [30, null, 'trẻ'],
      [1800, null, 'lao động'],
    ]);
  });

  it('does not read the members of a working group as a target', () => {
    expect(targetsOf('Số lượng thành viên Tổ giúp việc: 09 người.', 'Ban Chỉ đạo gồm 15 thành viên.')).toEqual([]);
  });
});

describe('targets in a table by year', () => {
  const plan = (...rows: string[]) =>
    [
      'I. MỤC TIÊU',
      'Các chỉ tiêu cụ thể tại Phụ lục kèm theo.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai.',
      'PHỤ LỤC',
      'CHỈ TIÊU CỤ THỂ GIAI ĐOẠN 2025 - 2027',
      ...rows,
    ].join('\n');

  it('reads each value of a row with the year of its column, the indicator for subject', () => {
    const { targets } = run(
      plan(
        'STT Chỉ tiêu Đơn vị tính Năm 2025 Năm 2026 Năm 2027',
        '1 Tỷ lệ diện tích lúa áp dụng cơ giới hóa % 70 75 80',
        '2 Số hợp tác xã ứng dụng công nghệ cao hợp tác xã 3 5 8',
        '3 Tỷ lệ hộ chăn nuôi an toàn sinh học 40% 45,5% 50%',
      ),
    );
    expect(targets.map((t) => [t.value, t.unit, t.year, t.line])).toEqual([
      [70, '%', 2025, 8],
      [75, '%', 2026, 8],
      [80, '%', 2027, 8],
      [3, 'hợp tác xã', 2025, 9],
      [5, 'hợp tác xã', 2026, 9],
      [8, 'hợp tác xã', 2027, 9],
      [40, '%', 2025, 10],
      [45.5, '%', 2026, 10],
      [50, '%', 2027, 10],
    ]);
    // Under a PHỤ LỤC heading, as the tuning golds write it.
    expect(targets[0]!.subject).toBe('Tỷ lệ diện tích lúa áp dụng cơ giới hóa (Phụ lục)');
  });

  it('reads no table where the years are a span or a row has another number of values', () => {
    const { targets } = run(plan('Kết quả giai đoạn 2021 - 2025', '1 Tỷ lệ che phủ rừng % 40 41 42', 'TT Chỉ tiêu Năm 2025 Năm 2026', '2 Tỷ lệ trường đạt chuẩn % 60 65 70'));
    expect(targets.every((t) => t.year === null)).toBe(true);
  });
});

describe('figures that are no targets', () => {
  it('reads nothing in a part of results or of funds', () => {
    const text = [
      'I. KẾT QUẢ THỰC HIỆN NĂM 2024',
      'Tỷ lệ hộ dùng điện lưới quốc gia đạt 98,2%; toàn huyện có 9/11 xã đạt chuẩn.',
      'II. MỤC TIÊU',
      '- Tỷ lệ hộ dùng điện an toàn đạt 99%.',
      'III. KINH PHÍ',
      'Ngân sách tỉnh bảo đảm 60%, ngân sách huyện 40%; hỗ trợ 50% chi phí lắp đặt.',
    ].join('\n');
    expect(run(text).targets.map((t) => [t.value, t.section])).toEqual([[99, 'II']]);
  });

  it('reads no share said to be reached already or to hold now, and keeps the target after it', () => {
    const targets = run(
      ['I. MỤC TIÊU', '- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đã đạt 70%; phấn đấu năm 2025 đạt 90%.', '- Hiện nay tỷ lệ hộ có kết nối internet đạt 88%.'].join('\n'),
    ).targets;
    expect(targets.map((t) => [t.value, t.year])).toEqual([[90, 2025]]);
  });

  it('says a rate per month after what it measures', () => {
    expect(run('I. MỤC TIÊU\n- Tăng trưởng dư nợ cho vay ưu đãi 1,5%/tháng.').targets[0]!.subject).toBe('Tăng trưởng dư nợ cho vay ưu đãi');
    // A lending rate is the lender's or the rules', no target (the T17 gold: `lãi suất cho vay 6,6%/năm`).
    expect(run('I. MỤC TIÊU\n- Lãi suất cho vay ưu đãi 0,5%/tháng.').targets).toEqual([]);
  });
});

describe('fractions, restated counts and scopes', () => {
  it('reads a fraction of a whole with its denominator as unit and the fraction in the subject, never a date', () => {
    const targets = targetsOf('Đến năm 2027, hoàn thành kiên cố hóa 3/5 số trường học còn phòng tạm, tương đương 42 phòng học.');
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [3, '/5', 2027],
      [42, 'phòng học', 2027],
    ]);
    expect(targets[0]!.subject).toBe('số trường học còn phòng tạm được kiên cố hóa (3/5 số trường)');
    expect(targetsOf('Tổng kết vào ngày 2/3 số liệu năm trước.')).toEqual([]);
  });

  it('reads the object of an objective without a listed verb, but not a scope in metres', () => {
    expect(figures('Cắm 45 mốc giới hành lang bảo vệ nguồn nước.', 'Cấm xây dựng trong phạm vi 100 m tính từ chân đê.')).toEqual([[45, null, 'mốc giới']]);
  });
});

describe('subjects', () => {
  it('gives a count that restates the figure before it what that one measures', () => {
    const targets = targetsOf('Tỷ lệ hộ dân được cấp điện an toàn đạt 90%, tương đương khoảng 12.000 hộ.');
    expect(targets.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [90, '%', 'Tỷ lệ hộ dân được cấp điện an toàn'],
      [12000, 'hộ', 'hộ dân được cấp điện an toàn (khoảng)'],
    ]);
  });

  it('leaves a list of named places out of what is measured', () => {
    expect(targetsOf('Phát 3.000 tờ rơi tại chợ Đông Ba, chợ An Cựu và chợ Tây Lộc.')[0]!.subject).toBe('tờ rơi được phát');
  });

  it('says the task a frequency is of, with the season it holds in', () => {
    expect(targetsOf('Kiểm tra mực nước các hồ chứa 02 lần/tuần trong mùa mưa lũ và hằng tháng vào mùa khô.')[0]!.subject).toBe(
      'Kiểm tra mực nước các hồ chứa trong mùa mưa lũ',
    );
  });
});

describe('money in dollars and subjects ending in a word like a filler', () => {
  it('reads an amount in USD after a verb of reaching', () => {
    expect(figures('Kim ngạch xuất khẩu nông sản đạt 1,8 tỷ USD.')).toEqual([[1.8, null, 'tỷ USD']]);
  });

  it('drops `đạt` after a word that folds like a filler (điện tử đạt)', () => {
    expect(targetsOf('Tỷ lệ giao dịch thanh toán điện tử đạt 80%.')[0]!.subject).toBe('Tỷ lệ giao dịch thanh toán điện tử');
  });
});

describe('tasks with funds, teams and a year after và', () => {
  // The most a grant gives per item is no target (the H9–H12 gold decisions; the T23–T28 notes disagree).
  it('leaves the funds out of what is counted, and reads no grant cap or team size as a target', () => {
    const targets = run(
      [
        'I. MỤC ĐÍCH', 'Bảo đảm.', 'II. NHIỆM VỤ', '1. Đầu tư',
        '- Xây dựng 04 điểm sinh hoạt cộng đồng với tổng kinh phí 3,2 tỷ đồng.',
        '- Thành lập 03 tổ công tác, mỗi tổ 05 thành viên.',
        '- Hỗ trợ mua máy gặt, tối đa 40 triệu đồng/máy.',
      ].join('\n'),
    ).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [4, 'điểm'],
      [3, 'tổ'],
    ]);
    expect(targets[0]!.subject).toBe('điểm sinh hoạt cộng đồng');
  });

  it('gives each figure of `năm A đạt x%, năm B đạt y% và năm C đạt z%` its year', () => {
    expect(targetsOf('Năm 2026 đạt 30%, năm 2027 đạt 45% và năm 2028 đạt 60% số chợ thanh toán không dùng tiền mặt.').map((t) => t.year)).toEqual([2026, 2027, 2028]);
  });
});

describe('rates the rules set', () => {
  it('reads no rate set by the rules in force, but a target that follows them', () => {
    expect(figures('Cho vay với lãi suất 0,9%/tháng theo quy định hiện hành.', 'Tỷ lệ hồ sơ được thẩm định đạt 100% theo quy định.')).toEqual([[100, null, '%']]);
  });
});

describe('task verbs of land and works', () => {
  it('reads a count after công bố, rà soát, di dời, bố trí, cắm or lắp in a task item', () => {
    const targets = run(
      ['I. MỤC ĐÍCH', 'Bảo đảm.', 'II. NHIỆM VỤ', '1. Quy hoạch', '- Công bố danh mục 24 lô đất đấu giá trong năm 2025.', '- Di dời 35 hộ ra khỏi vùng nguy hiểm.'].join('\n'),
    ).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [24, 'lô đất'],
      [35, 'hộ'],
    ]);
  });
});

describe('named places in brackets and after trên', () => {
  it('leaves out places listed with their communes in brackets, and streets after trên', () => {
    expect(targetsOf('Xây dựng 03 mô hình trồng dược liệu tại thôn Nà Pồng (xã Tả Lèng), Sín Chải (xã Nậm Loỏng) và Hồ Thầu (xã Tả Phìn).')[0]!.subject).toBe('mô hình trồng dược liệu');
    expect(targetsOf('Duy trì 02 tuyến phố đi bộ trên đường Trần Phú và đường Lê Lợi.')[0]!.subject).toBe('tuyến phố đi bộ');
  });
});

describe('the task a share is of', () => {
  it('says the task done to what a share counts, however long, but not for a member of a list', () => {
    expect(targetsOf('Hoàn thành số hóa hồ sơ địa chính tại 100% xã, thị trấn.')[0]!.subject).toBe('xã, thị trấn được số hóa hồ sơ địa chính');
    expect(targetsOf('Kiểm tra 100% cửa hàng kinh doanh khí dầu mỏ hóa lỏng.')[0]!.subject).toBe('cửa hàng kinh doanh khí dầu mỏ hóa lỏng được kiểm tra');
    expect(targetsOf('Trạm y tế xã, 80% phòng khám tư nhân có kết nối dữ liệu.')[0]!.subject).toBe('phòng khám tư nhân có kết nối dữ liệu');
  });
});

describe('subjects in more printed forms', () => {
  it('reads what a share measures after a bare `tỷ lệ`, before a colon, with its share in brackets, and after kéo giảm', () => {
    expect(targetsOf('Phấn đấu đạt tỷ lệ 90% hộ kinh doanh dùng máy tính tiền.')[0]!.subject).toBe('hộ kinh doanh dùng máy tính tiền');
    expect(targetsOf('Tỷ lệ bến xe đạt chuẩn: 100%.')[0]!.subject).toBe('Tỷ lệ bến xe đạt chuẩn');
    expect(targetsOf('Đạt 100% số trạm bơm (12/12).')[0]!.subject).toBe('số trạm bơm (12 trong 12)');
    expect(targetsOf('Kéo giảm 15% số vụ ngộ độc thực phẩm.')[0]!.subject).toBe('số vụ ngộ độc thực phẩm');
  });

  it('keeps no bracket of a comparison in brackets', () => {
    expect(targetsOf('Tỷ lệ thuê bao 5G đạt 30% (tăng 10% so với năm 2025).')[1]!.subject).not.toMatch(/\)$/u);
  });
});
