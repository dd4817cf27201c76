import { describe, expect, it } from 'vitest';
import { TargetSchema, type Target } from '../../src/schema/document.js';
import { run } from './helpers.js';

const brief = (targets: readonly Target[]) =>
  targets.map(({ value, valueMax, unit, year, line }) => ({ value, valueMax, unit, year, line }));

const PLAN = `I. MỤC TIÊU
1. Mục tiêu cụ thể
- Đến năm 2025: 60% trường học có thư viện đạt chuẩn; 75% xã có tủ sách cộng đồng;
90% thôn có điểm đọc sách.
- Tỷ lệ người dân sử dụng thư viện hằng năm tăng bình quân từ 5% đến 7%; số lượt
bạn đọc đạt từ 12 đến
15% dân số.
- Số đầu sách mới hằng năm tăng 10%.
- Đến năm 2025, đạt 50% và đến năm 2030, đạt 80% nhà văn hóa thôn có câu lạc bộ đọc sách.
- Phấn đấu từ 30% trở lên hộ gia đình có tủ sách, trên 10% hộ có thư viện số.
- Mỗi năm, tổ chức từ 03 đến 05 cuộc thi kể chuyện sách và 01 hội sách cấp huyện.
- Phấn đấu đạt mức hưởng thụ bình quân 03 bản sách/người dân.
2. Mục tiêu đến năm 2030
- 100% xã có thư viện điện tử.
II. NHIỆM VỤ
1. Thực hiện Điều 5 và khoản 2 của Quy chế trong giai đoạn 2021 - 2025 theo mục 3 phần II, 2 lớp cũ.`;

describe('targets', () => {
  it('gives one target per percentage in a list, each with its own subject and the year of its bullet', () => {
    const targets = run(PLAN).targets;
    expect(brief(targets.slice(0, 3))).toEqual([
      { value: 60, valueMax: null, unit: '%', year: 2025, line: 3 },
      { value: 75, valueMax: null, unit: '%', year: 2025, line: 3 },
      { value: 90, valueMax: null, unit: '%', year: 2025, line: 4 },
    ]);
    expect(targets.slice(0, 3).map((t) => t.subject)).toEqual([
      'trường học có thư viện đạt chuẩn',
      'xã có tủ sách cộng đồng',
      'thôn có điểm đọc sách',
    ]);
    for (const target of targets) expect(TargetSchema.safeParse(target).success).toBe(true);
  });

  it('reads ranges (từ 5% đến 7%, từ 12 đến 15%) as one target at the line of the first figure', () => {
    const targets = run(PLAN).targets;
    expect(brief(targets.slice(3, 5))).toEqual([
      { value: 5, valueMax: 7, unit: '%', year: null, line: 5 },
      { value: 12, valueMax: 15, unit: '%', year: null, line: 6 },
    ]);
    expect(targets[3]!.subject).toBe('Tỷ lệ người dân sử dụng thư viện hằng năm tăng bình quân');
    expect(targets[3]!.yearly).toBe(true);
    expect(targets[4]!.yearly).toBe(false);
  });

  it('does not carry a year from an earlier bullet, and marks yearly targets', () => {
    const grow = run(PLAN).targets[5]!;
    expect(grow).toMatchObject({ value: 10, year: null, yearly: true, subject: 'Số đầu sách mới hằng năm tăng' });
  });

  it('gives each figure the year stated before it and shares the subject that follows both', () => {
    const [first, second] = run(PLAN).targets.slice(6, 8);
    expect([first!.year, second!.year]).toEqual([2025, 2030]);
    expect(first!.subject).toBe('nhà văn hóa thôn có câu lạc bộ đọc sách');
    expect(second!.subject).toBe(first!.subject);
  });

  it('records the comparator of trở lên / trên, and puts the qualifier in the subject', () => {
    const [atLeast, above] = run(PLAN).targets.slice(8, 10);
    expect([atLeast!.value, atLeast!.comparator, atLeast!.subject]).toEqual([30, 'gte', 'hộ gia đình có tủ sách (từ 30% trở lên)']);
    expect([above!.value, above!.comparator, above!.subject]).toEqual([10, 'gt', 'hộ có thư viện số (trên 10%)']);
  });

  it('reads count targets with their unit, ranges of counts and per-person units', () => {
    const counts = run(PLAN).targets.filter((t) => t.unit !== '%');
    expect(counts.map(({ value, valueMax, unit }) => ({ value, valueMax, unit }))).toEqual([
      { value: 3, valueMax: 5, unit: 'cuộc' },
      { value: 1, valueMax: null, unit: 'hội' },
      { value: 3, valueMax: null, unit: 'bản sách/người dân' },
    ]);
    expect(counts[0]!.subject).toBe('cuộc thi kể chuyện sách (mỗi năm)');
    expect(counts[2]!.subject).toBe('mức hưởng thụ bình quân');
  });

  it('applies the year of an enclosing heading to the bullets under it', () => {
    const last = run(PLAN).targets.find((t) => t.value === 100)!;
    expect(last).toMatchObject({ year: 2030, section: 'I.2', subject: 'xã có thư viện điện tử' });
  });

  it('does not take article numbers, year ranges or a count without a target cue for targets', () => {
    expect(run(PLAN).targets.filter((t) => t.section === 'II.1')).toEqual([]);
  });

  it('still finds years and yearly targets in text whose diacritics were lost', () => {
    const bare = run(`I. MUC TIEU\n- Den nam 2025, dat 70% xa co thu vien.\n- Hang nam tang 5% so luot ban doc.`).targets;
    expect(bare.map((t) => [t.value, t.year, t.yearly])).toEqual([
      [70, 2025, false],
      [5, null, true],
    ]);
    expect(bare[0]!.subject).toBe('xa co thu vien');
  });
});

describe('counts of things no unit list names', () => {
  const plan = `I. MỤC TIÊU
1. Mục tiêu cụ thể
- Hỗ trợ xây mới 150 căn nhà cho hộ nghèo.
- In và cấp phát 3.000 tờ rơi tuyên truyền.
- Kiểm tra ít nhất 10 cơ quan về công tác văn thư.
- Giải quyết việc làm cho 20 lao động nông thôn.
- Phấn đấu có từ 04 đến 06 đoàn viên ưu tú.
- Trẻ dưới 1 tuổi, trẻ 18 tháng tuổi được tiêm đủ; sau 6 tháng đánh giá; mạng 4G; đạt mức độ 3.
- Báo cáo trước ngày 05 của tháng sau; tổng kinh phí 500 triệu đồng; thực hiện Điều 12 của Quy chế.
- Tổ chức Tuần 18 hưởng ứng, từ 6 hình thành thói quen đọc.`;

  it('reads the number and the counted noun (a classifier takes its noun, except a house counted in căn) where a target is stated', () => {
    expect(run(plan).targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([
      [150, null, 'căn'],
      [3000, null, 'tờ rơi'],
      [10, null, 'cơ quan'],
      [20, null, 'lao động'],
      [4, 6, 'đoàn viên'],
    ]);
  });
});

describe('counts: decimals, rates, lists after one verb, parts of objectives', () => {
  const plan = `I. MỤC TIÊU
1. Chỉ tiêu cụ thể
a) Diện tích rừng trồng cả năm 1.200 ha; tỷ số giới tính khi sinh dưới 112 bé trai/100 bé gái.
b) Năng suất ngô bình quân đạt 55 tạ/ha/vụ; thu gom 12 tấn/ngày rác thải.
II. NHIỆM VỤ
1. Phát hành 8.000 tờ gấp và 60 băng rôn tuyên truyền; đăng 90 tin bài trên trang thông tin.
2. Tổ chức 15 hội nghị cho khoảng 2.400 lượt nông dân; phát 30 lượt thông báo trên loa.
3. Giải ngân 3,5 tỷ đồng cho khoảng 70 hộ; định kỳ 01 lần/quý kiểm tra.
4. Phân loại rác theo 03 nhóm tại nguồn; xử lý dứt điểm 09 điểm đen giao thông.
5. Xây dựng kế hoạch trong 2 tuần, trong 3 ngày làm việc.`;

  it('reads decimal counts, units over slashes, counts listed after one verb and counts in a part of objectives', () => {
    expect(run(plan).targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([
      [1200, null, 'ha'],
      [112, null, 'bé trai/100 bé gái'],
      [55, null, 'tạ/ha/vụ'],
      [12, null, 'tấn/ngày'],
      [8000, null, 'tờ gấp'],
      [60, null, 'băng rôn'],
      [90, null, 'tin bài'],
      [15, null, 'hội nghị'],
      [2400, null, 'lượt nông dân'],
      [30, null, 'lượt thông báo'],
      [3.5, null, 'tỷ đồng'],
      [70, null, 'hộ'],
      [1, null, 'lần/quý'],
      [9, null, 'điểm'],
    ]);
  });
});

describe('counts a few words after their verb, and numbers that are not counts', () => {
  it('reads a count whose verb is a few words back, but not a number inside a name or an annex', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Đào tạo nghề cho 25 lao động nông thôn; xóa 40 căn nhà tạm.
- Thực hiện theo Phụ lục 01 kèm theo; tổ chức Tuần 18 hưởng ứng học tập.
- Trang bị 200 bộ thùng phân loại 03 ngăn; chia thành 02 nhóm; tổ công tác gồm 05 thành viên.`);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [25, 'lao động'],
      [40, 'căn'],
      [200, 'bộ'],
    ]);
  });
});

describe('target years and yearly rates', () => {
  it('takes the year of a quarter after the figure, and a rate per year (%/năm) as yearly without a year', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Hoàn thành sửa chữa 06 trạm bơm trong quý II năm 2025.
- Đến năm 2026, 70% kênh mương được kiên cố hóa; tỷ lệ tăng từ 3% đến 4%/năm.`);
    expect(targets.map((t) => [t.value, t.unit, t.year, t.yearly])).toEqual([
      [6, 'trạm', 2025, false],
      [70, '%', 2026, false],
      [3, '%', null, true],
    ]);
  });
});

describe('subjects of measured amounts', () => {
  it('leaves the measure out of the subject and stops before the time it is due by', () => {
    const { targets } = run(`I. MỤC TIÊU\n1. Chỉ tiêu\n- Lắp đặt bổ sung 20 km lan can cầu trước ngày 30/9/2025.`);
    expect(targets.map((t) => [t.value, t.unit, t.subject])).toEqual([[20, 'km', 'lan can cầu lắp đặt bổ sung']]);
  });

  it('adds the task done to what is counted, the bodies each count is for, and reads a measured quantity before its amount', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Nâng cấp 12 trạm bơm điện; thành lập mới 03 hợp tác xã dịch vụ.
- Mỗi xã, thị trấn tổ chức 02 hội thi tìm hiểu pháp luật.
- Cấp thẻ bảo hộ lao động cho 100% công nhân.
- Số hội viên mới đạt 450 người; diện tích cây ăn quả 1.200 ha.`);
    expect(targets.map((t) => t.subject)).toEqual([
      'trạm bơm điện được nâng cấp',
      'hợp tác xã dịch vụ thành lập mới',
      'hội thi tìm hiểu pháp luật (mỗi xã, thị trấn)',
      'công nhân được cấp thẻ bảo hộ lao động',
      'Số hội viên mới',
      'diện tích cây ăn quả',
    ]);
  });

  it('says a rate per year as `mỗi năm`, and finds the bodies each count is for after a light verb', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Doanh thu của các hợp tác xã tăng bình quân 12%/năm.
- Kiện toàn lực lượng cứu hộ; bảo đảm mỗi xã, thị trấn có 01 tổ cứu hộ được trang bị xuồng máy.`);
    expect(targets.map((t) => [t.year, t.subject])).toEqual([
      [null, 'Doanh thu của các hợp tác xã tăng bình quân (mỗi năm)'],
      [null, 'tổ cứu hộ được trang bị xuồng máy (mỗi xã, thị trấn)'],
    ]);
  });

  it('gives siblings of a list the measured quantity they share, and reads the part after `trong đó` whole', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Tỷ lệ kiên cố hóa kênh loại I đạt 90%, kênh loại II đạt 75%.
- Tỷ lệ hộ dùng điện an toàn đạt 99% ở khu vực thị trấn và 95% ở khu vực nông thôn.
- Đào tạo nghề cho 300 lao động, trong đó lao động nữ, lao động dân tộc thiểu số chiếm trên 40%.`);
    expect(targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ kiên cố hóa kênh loại I',
      'Tỷ lệ kiên cố hóa kênh loại II',
      'Tỷ lệ hộ dùng điện an toàn ở khu vực thị trấn',
      'Tỷ lệ hộ dùng điện an toàn ở khu vực nông thôn',
      'lao động được đào tạo nghề',
      'lao động nữ, lao động dân tộc thiểu số (trên 40%)',
    ]);
  });

  it('says what a change is measured against, the place a task is done at, and the body each count is for', () => {
    const { targets } = run(`I. MỤC TIÊU
1. Chỉ tiêu
- Số vụ vi phạm giảm 20% so với năm 2023; tuổi thọ bình quân đạt 74 tuổi.
- Mỗi thôn có ít nhất 01 tổ tự quản; sơn lại vạch kẻ đường tại 15 nút giao.`);
    expect(targets.map((t) => t.subject)).toEqual([
      'Số vụ vi phạm giảm so với năm 2023',
      'tuổi thọ bình quân',
      'tổ tự quản (mỗi thôn) (ít nhất)',
      'nút giao được sơn lại vạch kẻ đường',
    ]);
  });
});
