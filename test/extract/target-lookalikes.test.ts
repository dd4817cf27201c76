import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Round six, precision first: made-up passages (5–15 lines) of sectors no plan of ours is from — weather stations,
// archives, postal services, rural power, mining, ethnic affairs, commendations — with figures that look like targets
// and are not (where things stand, results reached, norms the rules fix, how a plan is paid for, another body's
// targets), beside the plan's own targets. None is a sentence of a fixture, a tuning plan or a held-out plan.

const figures = (text: string) => run(text).targets.map((t) => [t.line, t.value, t.valueMax, t.unit]);

describe('figures of where things stand', () => {
  it('reads no target in a sentence that opens with how far things got or where its figures come from', () => {
    const text = [
      'Lai Châu, ngày 12 tháng 3 năm 2025',
      'I. MỤC TIÊU, CHỈ TIÊU',
      '1. Mục tiêu cụ thể',
      '- Qua 05 năm thực hiện, đã lắp đặt 120 trạm đo mưa; tỷ lệ bản tin dự báo đúng đạt 78%.',
      '- Tính đến ngày 31/12/2024, toàn tỉnh có 3.560 điểm đo, chiếm 42% số điểm theo quy hoạch.',
      '- Theo số liệu thống kê, 12% thôn chưa có điểm đo mưa.',
      '- Kết quả năm 2024: 95% trạm được kiểm định.',
      '- Phấn đấu đến năm 2027, tỷ lệ bản tin dự báo được phát kịp thời đạt 95%.',
      '- Lắp đặt mới 25 trạm đo mưa tự động tại các xã vùng cao.',
      '- Tính đến ngày 31/12/2026, 100% trạm được kết nối dữ liệu trực tuyến.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [8, 95, null, '%'],
      [9, 25, null, 'trạm'],
      [10, 100, null, '%'],
    ]);
  });

  it('reads no target in a sentence that states an earlier year anywhere before the figure', () => {
    const text = [
      'Kon Tum, ngày 20 tháng 01 năm 2025',
      'I. MỤC TIÊU',
      '- Tỷ lệ này năm 2023 đạt 70%.',
      '- Năm 2024 tỷ lệ thôn có nhà sinh hoạt cộng đồng là 82%; phấn đấu năm 2026 đạt 90%.',
      '- Tỷ lệ hộ dùng điện lưới giảm từ 6,5% năm 2024 xuống còn 3% năm 2027.',
      '- Số người có uy tín được tập huấn tăng 15% so với năm 2024.',
      '- Theo Luật Lưu trữ năm 2011, 100% hồ sơ có giá trị vĩnh viễn được nộp lưu.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [4, 90, null, '%'],
      [5, 3, null, '%'],
      [6, 15, null, '%'],
      [7, 100, null, '%'],
    ]);
  });

  it('reads no target where a place is counted and then a part of it, but keeps a target followed by its part', () => {
    const text = [
      'Bắc Kạn, ngày 05 tháng 02 năm 2025',
      'I. MỤC TIÊU',
      '1. Chỉ tiêu',
      '- Toàn tỉnh hiện có 45.000 hồ sơ lưu trữ, trong đó hồ sơ có giá trị vĩnh viễn chiếm 35%.',
      '- Toàn xã có 1.250 hộ, trong đó hộ đồng bào dân tộc thiểu số chiếm 65%.',
      '- Chỉnh lý 12.000 hồ sơ tồn đọng, trong đó hồ sơ của các xã chiếm trên 40%.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [6, 12000, null, 'hồ sơ'],
      [6, 40, null, '%'],
    ]);
  });
});

describe('parts and items on the situation and the grounds of a plan', () => {
  it('reads no target in a part or an item that sketches the situation, the grounds or the results so far', () => {
    const text = [
      'Ninh Bình, ngày 10 tháng 3 năm 2025',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Toàn huyện có 27 xã, thị trấn; 85% dân số sống ở nông thôn.',
      'II. CƠ SỞ XÂY DỰNG KẾ HOẠCH',
      '1. Cơ sở thực tiễn',
      'Năm qua, 60% hồ sơ của các cơ quan cấp huyện được chỉnh lý.',
      'III. MỤC TIÊU',
      '1. Kết quả đạt được',
      'Số hóa 45.000 trang tài liệu, bằng 80% kế hoạch giao.',
      '2. Chỉ tiêu',
      '- Số hóa 100% hồ sơ có giá trị vĩnh viễn.',
      '- Đã chỉnh lý 8.000 hồ sơ, đạt 75% kế hoạch.',
      '- Trong những năm qua, tỷ lệ hồ sơ nộp lưu đúng hạn đạt 70%.',
      '- Ước thực hiện năm 2025 đạt 92%.',
      '- Trên địa bàn huyện hiện có 12 kho lưu trữ, trong đó 05 kho đạt chuẩn.',
      '- Cải tạo 04 kho lưu trữ cấp xã.',
      'IV. ĐÁNH GIÁ VÀ CƠ SỞ VẬT CHẤT',
    ].join('\n');
    expect(figures(text)).toEqual([
      [11, 100, null, '%'],
      [16, 4, null, 'kho'],
    ]);
  });

  it('keeps the targets of an item whose task is to assess', () => {
    const text = 'II. NHIỆM VỤ\n1. Đánh giá mức độ số hóa tài liệu lưu trữ\nKiểm tra 30 cơ quan, đơn vị.';
    expect(figures(text)).toEqual([[3, 30, null, 'cơ quan, đơn vị']]);
  });
});

describe('rates the rules fix and how a plan is paid for', () => {
  it('reads no target in a tax rate, a contribution, an allowance of a pay base, or what the rules require', () => {
    const text = [
      'Hà Nam, ngày 20 tháng 01 năm 2025',
      'I. MỤC TIÊU',
      '- 100% điểm bưu điện văn hóa xã có kết nối internet băng rộng.',
      '- Nhân viên điểm bưu điện văn hóa xã được hưởng thù lao bằng 30% mức lương cơ sở.',
      '- Thuế suất thuế giá trị gia tăng đối với dịch vụ chuyển phát là 10%.',
      '- Mức đóng bảo hiểm xã hội của người lao động bằng 8% tiền lương tháng.',
      '- Theo quy định, mỗi điểm bưu điện văn hóa xã phải có ít nhất 02 nhân viên.',
      '- Sản lượng bưu gửi tăng 12% so với năm 2024.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [3, 100, null, '%'],
      [8, 12, null, '%'],
    ]);
  });

  it('reads no target in the shares of the funds, but keeps a budget figure the plan aims at', () => {
    const text = [
      'Cao Bằng, ngày 15 tháng 4 năm 2025',
      'I. MỤC TIÊU',
      '- Đến năm 2027, 99% hộ dân được sử dụng điện lưới quốc gia.',
      'II. NHIỆM VỤ',
      '1. Đầu tư lưới điện',
      '- Cải tạo 45 km đường dây hạ thế; xây mới 12 trạm biến áp.',
      '- Nguồn vốn: ngân sách trung ương hỗ trợ 70%, ngân sách tỉnh 20%, ngân sách huyện 10%.',
      '- Vốn đối ứng của doanh nghiệp tối thiểu 30% tổng mức đầu tư.',
      '- Tổng kinh phí 12,5 tỷ đồng, trong đó ngân sách tỉnh 8 tỷ đồng (64%).',
      '- Tỷ lệ giải ngân vốn đầu tư công đạt trên 95%; vốn tín dụng cho hộ dùng điện tăng 10%.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [3, 99, null, '%'],
      [6, 45, null, 'km'],
      [6, 12, null, 'trạm'],
      [10, 95, null, '%'],
      [10, 10, null, '%'],
    ]);
  });
});

describe('figures of another body', () => {
  it('reads no target in the aim of a cited plan or resolution, but keeps the plan’s own figure after it', () => {
    const text = [
      'Thái Nguyên, ngày 08 tháng 5 năm 2025',
      'I. MỤC TIÊU',
      '1. Mục tiêu chung',
      'Cụ thể hóa Kế hoạch số 45/KH-UBND của UBND tỉnh với mục tiêu đến năm 2030 giảm 30% số điểm khai thác khoáng sản trái phép.',
      '2. Chỉ tiêu cụ thể',
      '- Nghị quyết Đại hội Đảng bộ tỉnh đề ra chỉ tiêu 90% mỏ có phương án cải tạo môi trường; huyện phấn đấu đạt 95%.',
      '- Kiểm tra 100% mỏ đang hoạt động.',
      '- Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, huyện xác định mục tiêu đến năm 2027 hoàn nguyên 80% diện tích mỏ đã đóng cửa.',
      '- Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu 100% mỏ có giấy phép.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [6, 95, null, '%'],
      [7, 100, null, '%'],
      [8, 80, null, '%'],
    ]);
  });
});

describe('years and units', () => {
  it('gives a year in brackets after each figure to that figure', () => {
    const targets = run('I. MỤC TIÊU\n- Tỷ lệ trạm khí tượng tự động đạt 90% (năm 2026) và 95% (năm 2027).').targets;
    expect(targets.map((t) => [t.value, t.year])).toEqual([
      [90, 2026],
      [95, 2027],
    ]);
  });

  it('counts files and those a commendation names as words of their own', () => {
    const text = 'I. MỤC TIÊU\n- Số hóa 12.000 hồ sơ lưu trữ.\n- Khen thưởng 50 tập thể, 120 cá nhân tiêu biểu.';
    expect(figures(text)).toEqual([
      [2, 12000, null, 'hồ sơ'],
      [3, 50, null, 'tập thể'],
      [3, 120, null, 'cá nhân'],
    ]);
  });
});

describe('more of what is, and what a lender or a rule sets', () => {
  it('reads no target in what a place counts before the aim it grounds, nor in a period that ended before the plan', () => {
    const text = [
      'Hải Dương, ngày 10 tháng 3 năm 2025',
      'I. MỤC TIÊU',
      '- Toàn tỉnh có 120 trạm bơm điện, phấn đấu 100% trạm bơm được kiên cố hóa.',
      '- Giai đoạn 2021 - 2024, tỷ lệ kênh mương được kiên cố hóa đạt 68%.',
      '- Giai đoạn 2025 - 2030, tỷ lệ kênh mương được kiên cố hóa đạt 85%.',
      '- Toàn huyện có 25 xã đạt chuẩn về thủy lợi.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [3, 100, null, '%'],
      [5, 85, null, '%'],
      [6, 25, null, 'xã'],
    ]);
  });

  it('reads no target in a lending rate or a share of receipts set aside, but keeps a cut the plan aims at', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Ngân hàng Chính sách xã hội cho vay với lãi suất ưu đãi 6,6%/năm.',
      '2. Trích 10% nguồn thu phí để chi cho công tác thu.',
      '3. Giảm lãi suất cho vay bình quân 0,5% so với năm 2024.',
      '4. Ban hành 05 bộ tiêu chí đánh giá.',
    ].join('\n');
    const targets = run(text).targets;
    expect(targets.map((t) => [t.line, t.value, t.unit])).toEqual([
      [4, 0.5, '%'],
      [5, 5, 'bộ'],
    ]);
    expect(targets[1]!.subject).toBe('bộ tiêu chí đánh giá được ban hành');
  });
});

describe('levels reached so far and what a place is', () => {
  it('reads no target in results of the first months, a level said as only so far, or the size of a place', () => {
    const text = [
      'Hà Giang, ngày 10 tháng 7 năm 2025',
      'I. MỤC TIÊU',
      '- 6 tháng đầu năm 2025, toàn tỉnh đã cấp 1.250 giấy phép lái xe, đạt 52% kế hoạch.',
      '- Hiện tại, tỷ lệ xã có bưu cục đạt 75%.',
      '- Tỷ lệ lao động qua đào tạo nghề chỉ đạt 40%, thấp hơn bình quân cả nước.',
      '- Huyện có diện tích tự nhiên 1.250 km², dân số 85.000 người.',
      '- Tỷ lệ hộ dùng nước hợp vệ sinh mới đạt 45%, phấn đấu đến năm 2027 đạt 60%.',
      '- Tỷ lệ trường chưa đạt chuẩn giảm xuống dưới 10%.',
      '- Tập huấn cho 120 cán bộ thú y xã; phấn đấu 100% xã có nhân viên thú y.',
    ].join('\n');
    const targets = run(text).targets;
    expect(targets.map((t) => [t.line, t.value, t.unit])).toEqual([
      [7, 60, '%'],
      [8, 10, '%'],
      [9, 120, 'cán bộ'],
      [9, 100, '%'],
    ]);
    expect(targets[0]!.subject).toBe('Tỷ lệ hộ dùng nước hợp vệ sinh');
  });
});

describe('names with a year and items of the situation and the objectives', () => {
  it('reads a target after a programme named with an earlier year, and in an item on the situation and the objectives', () => {
    const text = [
      'Nghệ An, ngày 10 tháng 3 năm 2025',
      'II. NỘI DUNG',
      '1. Tình hình và chỉ tiêu',
      '- Tiếp tục Chương trình chuyển đổi số năm 2022, 100% xã có trang thông tin điện tử.',
    ].join('\n');
    expect(figures(text)).toEqual([[4, 100, null, '%']]);
  });
});

describe('partners and shares of funds in the implementation part', () => {
  it('reads no target in the partners a body works with, nor in a share of funds it distributes', () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính',
      'Tham mưu phân bổ 30% kinh phí cho các huyện biên giới.',
      '2. UBND các huyện',
      'Hằng năm tổ chức 02 đoàn công tác; phối hợp 08 đồn biên phòng thực hiện tuần tra.',
    ].join('\n');
    expect(figures(text)).toEqual([[5, 2, null, 'đoàn']]);
  });
});

describe('asides on the baseline', () => {
  it('reads no target in a bracket on another year’s level or the level compared with, and keeps it out of years and subjects', () => {
    const text = [
      'Lâm Đồng, ngày 10 tháng 12 năm 2025',
      'II. CHỈ TIÊU',
      '- Số lượt khách lưu trú đạt 8,5 triệu lượt, tăng 10% so với năm 2025 (7,7 triệu lượt).',
      '- Tỷ lệ lấp đầy phòng đạt 65% (năm 2025 đạt 58%).',
      '- Giảm 20% số vụ vi phạm về giá so với năm 2025 (năm 2025 xảy ra 150 vụ).',
      '- Tỷ lệ cơ sở lưu trú đạt chuẩn đạt 45% (năm 2030).',
    ].join('\n');
    const targets = run(text).targets;
    expect(targets.map((t) => [t.line, t.value, t.unit, t.year])).toEqual([
      [3, 8.5, 'triệu lượt', null],
      [3, 10, '%', null],
      [4, 65, '%', null],
      [5, 20, '%', null],
      [6, 45, '%', 2030],
    ]);
    expect(targets[1]!.subject).toBe('Số lượt khách lưu trú so với năm 2025');
    expect(targets[3]!.subject).not.toMatch(/150/u);
  });
});

describe('papers and meetings a plan is run with', () => {
  it('reads no target in documents a body issues or drafts, nor in its meetings, but keeps documents a task works through and events for people', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Ban hành 01 kế hoạch triển khai; xây dựng 02 văn bản hướng dẫn.',
      '2. Tổ chức 02 cuộc họp Ban Chỉ đạo; 04 buổi làm việc với các xã.',
      '3. Rà soát 120 văn bản quy phạm pháp luật.',
      '4. Tổ chức 02 hội nghị tuyên truyền.',
      '5. Lập 03 báo cáo chuyên đề gửi UBND tỉnh.',
    ].join('\n');
    expect(figures(text)).toEqual([
      [4, 120, null, 'văn bản'],
      [5, 2, null, 'hội nghị'],
    ]);
  });
});

describe('a place described by the places it is made of', () => {
  it('reads no target in the communes or villages a place has and the rest of that sentence, but keeps a count of places to reach', () => {
    const text = [
      'Quảng Ngãi, ngày 10 tháng 3 năm 2025',
      'I. MỤC TIÊU',
      '- Huyện có 25 xã, thị trấn; 85% dân số sống ở nông thôn.',
      '- Xã Tịnh Hòa có 12 thôn.',
      '- Huyện gồm 18 xã và 01 thị trấn.',
      '- Đến năm 2026, huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.',
    ].join('\n');
    expect(run(text).targets.map((t) => [t.line, t.value, t.unit, t.year])).toEqual([[6, 5, 'xã', 2026]]);
  });
});

describe('the population a plan aims at', () => {
  it('keeps a rate or a size of the population as a target, while the population a place has is none', () => {
    const text = ['Bến Tre, ngày 10 tháng 3 năm 2025', 'I. MỤC TIÊU', '- Tỷ lệ tăng dân số 1,1%.', '- Quy mô dân số khoảng 1,5 triệu người vào năm 2030.', '- Huyện có diện tích tự nhiên 1.250 km², dân số 85.000 người.'].join('\n');
    expect(figures(text)).toEqual([
      [3, 1.1, null, '%'],
      [4, 1.5, null, 'triệu người'],
    ]);
  });
});

describe('a level of the plan’s own year before the next year’s aim', () => {
  it('keeps a share its clause gives the plan’s own year, before a phấn đấu of the next', () => {
    const text = ['Bến Tre, ngày 10 tháng 1 năm 2025', 'I. MỤC TIÊU', '- Năm 2025 tỷ lệ hộ sử dụng nước sạch đạt 80%, phấn đấu năm 2026 đạt 90%.'].join('\n');
    expect(run(text).targets.map((t) => [t.value, t.year])).toEqual([
      [80, 2025],
      [90, 2026],
    ]);
  });
});
