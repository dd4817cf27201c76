import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';
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

describe('sums, parts and units of the genre', () => {
  it('reads a sum to recover, and a part of a sum after trong đó', () => {
    const text = [
      'Ninh Thuận, ngày 10 tháng 12 năm 2025',
      'II. CHỈ TIÊU',
      '1. Tín dụng chính sách',
      'a) Tổng nguồn vốn huy động năm 2026 đạt tối thiểu 2.400 tỷ đồng; trong đó vốn ủy thác qua tổ chức hội khoảng 650 tỷ đồng;',
      'b) Thu hồi 12 tỷ đồng nợ quá hạn.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.year])).toEqual([
      [2400, 'tỷ đồng', 2026],
      [650, 'tỷ đồng', 2026],
      [12, 'tỷ đồng', null],
    ]);
  });

  it('reads a part of a count said with là, and no rate a cited decree changes', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Tuyển dụng 90 giáo viên, trong đó ít nhất 1/3 là giáo viên ngoại ngữ.',
      '2. Mức thu lệ phí trước bạ được giảm 50% theo Nghị định số 12/2025/NĐ-CP.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.line, t.value, t.unit])).toEqual([
      [2, 90, 'giáo viên'],
      [2, 1, '/3'],
    ]);
  });

  it('counts books and portions by their classifier, shops and pairs of one kind as words', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Trao 300 suất học bổng cho học sinh nghèo vượt khó.',
      '2. In 500 quyền sổ tay pháp luật.',
      '3. Phát triển thêm 35 cửa hàng tiện lợi.',
      '4. Sửa chữa 05 điểm trường, phân trường lẻ.',
      '5. Bảo hộ 25 sáng chế của doanh nghiệp.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.line, t.value, t.unit])).toEqual([
      [2, 300, 'suất'],
      [3, 500, 'quyền'],
      [4, 35, 'cửa hàng'],
      [5, 5, 'điểm trường, phân trường'],
      [6, 25, 'sáng chế'],
    ]);
  });

  it('gives a span of years no year and no past, and reads a range of counts that opens a clause of objectives', () => {
    const text = [
      'Quảng Bình, ngày 12 tháng 02 năm 2025',
      'I. MỤC TIÊU',
      '- Số hóa 28 phông lưu trữ hình thành từ năm 1976 đến năm 2000, khoảng 12.000 trang.',
      '- 100% người cao tuổi cô đơn được chăm sóc; từ 15 đến 20 cụ được nuôi dưỡng tại cộng đồng.',
      '- Từ năm 2021 đến năm 2024, tỷ lệ hồ sơ nộp lưu đúng hạn đạt 70%.',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.line, t.value, t.valueMax, t.unit, t.year])).toEqual([
      [3, 28, null, 'phông', null],
      [3, 12000, null, 'trang', null],
      [4, 100, null, '%', null],
      [4, 15, 20, 'cụ', null],
    ]);
  });
});

describe('units restoration made words of', () => {
  const restored = (lines: string[], rawLines: string[]) => extract({ lines, rawLines, sections: structure(lines), pageOfLine: () => null }).targets;

  it('reads tỷ đồng where restoration made tự động of OCR’s bare ty dong beside a figure', () => {
    const lines = ['PHỤ LỤC', 'STT Chỉ tiêu Đơn vị tính Năm 2026 Năm 2027', '1 Thu phí tham quan tự động 12 15'];
    const raw = ['PHU LUC', 'STT Chi tieu Don vi tinh Nam 2026 Nam 2027', '1 Thu phi tham quan ty dong 12 15'];
    expect(restored(lines, raw).map((t) => [t.value, t.unit, t.year])).toEqual([
      [12, 'tỷ đồng', 2026],
      [15, 'tỷ đồng', 2027],
    ]);
  });

  it('reads OCR’s m? as an area where the clause paves (bê tông hóa), as a volume where it dredges', () => {
    const lines = ['I. MỤC TIÊU', '- Lát mới 1.200 m² sân và bê tông hóa 2,5 km đường nội đồng.', '- Nạo vét 8.000 m² bùn tại kênh chính.'];
    const raw = ['I. MUC TIEU', '- Lat moi 1.200 m? san va be tong hea 2,5 km duong noi dong.', '- Nao vet 8.000 m? bun tai kenh chinh.'];
    expect(restored(lines, raw).map((t) => [t.value, t.unit])).toEqual([
      [1200, 'm²'],
      [2.5, 'km'],
      [8000, 'm³'],
    ]);
  });
});

describe('qualifiers of sums', () => {
  it('says the word before a sum alone in the subject, also where the subject holds the same word elsewhere', () => {
    const [sum, value] = targetsOf('I. MỤC TIÊU\n- Nguồn thu từ dịch vụ hỗ trợ doanh nghiệp đạt khoảng 4,5 tỷ đồng.\n- Giá trị sản phẩm trên 01 ha mặt nước đạt trên 300 triệu đồng/năm.');
    expect(sum!.subject).toMatch(/\(khoảng\)$/u);
    expect(sum!.subject).not.toMatch(/4,5/u);
    expect(value!.subject).toMatch(/\(trên\)$/u);
  });
});

describe('one target, not two', () => {
  it('reads a range printed with ÷ and a range of sums whose bound repeats the multiplier as one target each', () => {
    const targets = targetsOf('I. MỤC TIÊU\n- Năng suất chè búp tươi tăng 10 ÷ 15%.\n- Thu nhập của người làm chè đạt từ 4,5 triệu đến 5 triệu đồng/người/tháng.');
    expect(targets.map((t) => [t.value, t.valueMax, t.unit])).toEqual([
      [10, 15, '%'],
      [4.5, 5, 'triệu đồng/người/tháng'],
    ]);
  });

  it('gives the figure after `trở lên … và` the subject of the one before', () => {
    const targets = targetsOf('I. MỤC TIÊU\n- Tỷ lệ hợp tác xã có lãi đạt từ 85% trở lên đến năm 2027 và 90% năm 2028.');
    expect(targets.map((t) => [t.value, t.year, t.subject])).toEqual([
      [85, 2027, 'Tỷ lệ hợp tác xã có lãi (từ 85% trở lên)'],
      [90, 2028, 'Tỷ lệ hợp tác xã có lãi'],
    ]);
  });
});

describe('the task after a partner named by its number', () => {
  it('says the task after `phối hợp` a body whose name ends with số N', () => {
    const [target] = targetsOf('II. NHIỆM VỤ\n1. Vận tải: phối hợp Đội Cảnh sát giao thông số 2 kiểm tra tải trọng xe 02 lần/tháng.');
    expect([target!.value, target!.unit, target!.subject]).toEqual([2, 'lần/tháng', 'kiểm tra tải trọng xe']);
  });
});

describe('speeds and where a task is done', () => {
  it('reads no target in a speed limit, and no bound in trên after the noun a task acts on', () => {
    const targets = targetsOf('II. NHIỆM VỤ\n1. Cắm biển hạn chế tốc độ tối đa 40 km/h trên 12 tuyến đường qua khu dân cư.\n2. Thu hút trên 300 lượt doanh nghiệp tham gia hội chợ.');
    expect(targets.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [12, 'tuyến', 'tuyến đường qua khu dân cư'],
      [300, 'lượt doanh nghiệp', expect.stringMatching(/\(trên\)$/u)],
    ]);
  });
});

describe('hours a service keeps', () => {
  it('reads hours a day as a target, but no duration of a service without a bound', () => {
    const targets = targetsOf('I. MỤC TIÊU\n- Đài Truyền thanh huyện phát sóng 18 giờ/ngày.\n- Trạm y tế trực 24/24 giờ, kể cả ngày nghỉ.');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([[18, 'giờ/ngày']]);
  });
});
