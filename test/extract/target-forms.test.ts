import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up sentences in the genre (Decree 30 plans of several sectors), one per form of a stated target.
// None is taken from a fixture, a tuning plan or a held-out plan.

const figures = (text: string) => run(text).targets.map((t) => [t.value, t.valueMax, t.unit]);

const objectives = (...bullets: string[]) => `I. MỤC TIÊU\n1. Chỉ tiêu cụ thể\n${bullets.map((b) => `- ${b}`).join('\n')}`;
const tasks = (...items: string[]) => `I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\nII. NHIỆM VỤ\n${items.join('\n')}`;

describe('percentages in the forms plans print them', () => {
  it('reads a space before the sign, ranges with a dash, and bounds', () => {
    expect(figures(objectives('Phấn đấu 100 % trường học đạt chuẩn.', 'Số vụ tai nạn giảm 10 - 15 % so với năm 2023.', 'Trên 80 % số hộ được tuyên truyền.'))).toEqual([
      [100, null, '%'],
      [10, 15, '%'],
      [80, null, '%'],
    ]);
  });

  it('takes the year of `vào cuối năm` and of an item opened by a damaged `Đến`', () => {
    const { targets } = run(objectives('Độ che phủ cây xanh toàn xã đạt 45% vào cuối năm 2025.'));
    expect(targets.map((t) => t.year)).toEqual([2025]);
    const damaged = run(`I. MỤC TIÊU\n1. Bốn năm 2026, 90% thôn có nhà văn hóa đạt chuẩn.`).targets;
    expect(damaged.map((t) => [t.value, t.year])).toEqual([[90, 2026]]);
  });
});

describe('counts in the forms plans print them', () => {
  it('reads counts per period, per place and per person, and counts in thousands and millions', () => {
    expect(
      figures(
        objectives(
          'Tổ chức ít nhất 02 buổi/năm sinh hoạt chuyên đề.',
          'Mỗi xã xây dựng 01 mô hình điểm.',
          'Tập huấn cho 1.500 người; huy động 3 tỷ đồng từ xã hội hóa.',
          'Lượng khách du lịch đạt 2,5 triệu lượt.',
          'Mức đóng góp bình quân 20.000 đồng/đoàn viên.',
          'Thu hút tối thiểu 03 kỹ sư trẻ/doanh nghiệp.',
          'Sĩ số không vượt quá 35 học sinh/lớp.',
        ),
      ),
    ).toEqual([
      [2, null, 'buổi/năm'],
      [1, null, 'mô hình'],
      [1500, null, 'người'],
      [3, null, 'tỷ đồng'],
      [2.5, null, 'triệu lượt'],
      [20000, null, 'đồng/đoàn viên'],
      [3, null, 'kỹ sư trẻ/doanh nghiệp'],
      [35, null, 'học sinh/lớp'],
    ]);
  });

  it('reads a share of a whole (03/10 xã, thị trấn) with the share in the subject, and never as a date', () => {
    const { targets } = run(objectives('Đến năm 2025, có 04/10 xã, thị trấn đạt chuẩn nông thôn mới nâng cao.'));
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([[4, 'xã, thị trấn', 2025]]);
    expect(targets[0]!.subject).toContain('(04 trong 10)');
    expect(run(objectives('Báo cáo kết quả về Ủy ban nhân dân huyện ngày 04/10 xã tổng hợp.')).targets).toEqual([]);
  });

  it('takes the head noun alone before its modifier (cây, tổ, mẫu, also with marks restoration got wrong), but not `tổ chức`', () => {
    expect(figures(objectives('Trồng 12.000 cây xanh ven đường; kiện toàn 15 tổ tự quản an ninh; lấy 120 mẫu nước giếng.'))).toEqual([
      [12000, null, 'cây'],
      [15, null, 'tổ tự quản'],
      [120, null, 'mẫu'],
    ]);
    expect(figures(objectives('Phối hợp với 02 tổ chức quốc tế.'))).not.toContainEqual([2, null, 'tổ']);
    expect(figures(objectives('Lấy 30 màu huyết thanh; kiện toàn 12 tố bảo vệ rừng.'))).toEqual([
      [30, null, 'màu'],
      [12, null, 'tố'],
    ]);
  });

  it('reads a span of time a rate is per where restoration left it one letter off', () => {
    expect(figures(objectives('Đài Truyền thanh huyện duy trì 02 chuyên mục/thống về pháp luật.'))).toEqual([[2, null, 'chuyên mục/tháng']]);
  });

  it('keeps a street whole where nothing modifies it, and pairs of lanes', () => {
    expect(figures(objectives('Chỉnh trang 08 tuyến phố: Lê Lợi, Trần Phú; xây dựng 03 tuyến phố ẩm thực; mỗi phường có 01 ngõ, hẻm kiểu mẫu.'))).toEqual([
      [8, null, 'tuyến phố'],
      [3, null, 'tuyến'],
      [1, null, 'ngõ, hẻm'],
    ]);
  });

  it('reads the objects of an item’s task with no listed verb, and a count listed after the next verb', () => {
    expect(
      figures(
        tasks(
          '1. Tu bổ, tôn tạo 14 nhà văn hóa thôn; khởi công trước ngày 30/6/2025.',
          '2. Số hóa 25 di tích tiêu biểu của huyện.',
          '3. Truyền thông',
          'Dựng 04 pa nô cho 120 hộ; treo 30 băng rôn, phát 1.500 tờ rơi tại chợ.',
        ),
      ),
    ).toEqual([
      [14, null, 'nhà văn hóa'],
      [25, null, 'di tích'],
      [4, null, 'pa nô'],
      [120, null, 'hộ'],
      [30, null, 'băng rôn'],
      [1500, null, 'tờ rơi'],
    ]);
  });
});

describe('rates, supplies and ages', () => {
  it('reads per mille (also as OCR prints it), points of a rate, decimal ranges of a rate and an age reached', () => {
    expect(
      figures(
        objectives(
          'Tỷ suất chết trẻ em giảm 0,5‰; tỷ suất sinh giảm 0,3%o.',
          'Tỷ lệ người dân có sổ khám bệnh điện tử tăng thêm 1,5 điểm phần trăm so với năm 2023.',
          'Số con trung bình duy trì ở mức 1,8 - 2,0 con/phụ nữ.',
          'Tuổi thọ bình quân của người dân đạt 73,5 tuổi; trẻ dưới 5 tuổi được uống vitamin A.',
        ),
      ),
    ).toEqual([
      [0.5, null, '‰'],
      [0.3, null, '‰'],
      [1.5, null, 'điểm phần trăm'],
      [1.8, 2, 'con/phụ nữ'],
      [73.5, null, 'tuổi'],
    ]);
  });

  it('reads a capacity per day and night', () => {
    expect(figures(objectives('Nâng công suất lò đốt rác lên 150 tấn/ngày đêm trong năm 2025.'))).toEqual([[150, null, 'tấn/ngày đêm']]);
  });

  it('reads animals, couples, supplies and equipment, and agent nouns of three syllables', () => {
    expect(
      figures(
        tasks(
          '1. Tiêm phòng cho 2.500 con lợn; cấp 400 lít hóa chất và 900 kg vôi bột.',
          '2. Tư vấn cho 600 cặp vợ chồng trẻ; lắp mới 20 camera giám sát; tập huấn cho 35 tuyên truyền viên.',
        ),
      ),
    ).toEqual([
      [2500, null, 'con'],
      [400, null, 'lít'],
      [900, null, 'kg'],
      [600, null, 'cặp'],
      [20, null, 'camera'],
      [35, null, 'tuyên truyền viên'],
    ]);
  });
});

describe('numbers that are not targets', () => {
  it('skips what there is now and a count inside what a percentage measures', () => {
    const text = objectives(
      'Tổng đàn gia cầm của xã hiện có 12.000 con; 100% hộ chăn nuôi tại 09 thôn ký cam kết.',
      'Tỷ lệ trẻ sơ sinh được sàng lọc ít nhất 03 bệnh bẩm sinh đạt 60%.',
    );
    expect(figures(text)).toEqual([
      [100, null, '%'],
      [60, null, '%'],
    ]);
  });

  it('skips what must not happen, the places a plan covers, document numbers, dates and plural markers', () => {
    const text = `I. MỤC TIÊU
1. Mục tiêu chung
Chăm lo đời sống vật chất, tinh thần của nhân dân các dân tộc Kinh, Mường, Dao ở 12 thôn, bản trên địa bàn xã.
2. Chỉ tiêu
- Không để xảy ra tai nạn lao động làm chết từ 02 người trở lên.
- Thực hiện Kế hoạch số 15/KH-UBND ngày 15/3/2024; khôi phục các 18 hội truyền thống.
- Hướng dẫn xử lý 6 dịch; lập sổ theo dõi; tổ chức thực hiện qua 04 giai đoạn.
- Đến nay 12 xã đạt chuẩn; tính đến nay toàn huyện có 45 câu lạc bộ.`;
    expect(run(text).targets).toEqual([]);
  });
});

describe('counts after the task verbs of many sectors', () => {
  it('reads a count of a noun no list names after verbs such as kiện toàn, khám sàng lọc, trao, phục dựng', () => {
    expect(
      figures(tasks('1. Kiện toàn 25 ban điều hành; khám sàng lọc cho 480 phụ nữ; trao 120 suất quà; phục dựng 12 làn điệu dân ca.')),
    ).toEqual([
      [25, null, 'ban'],
      [480, null, 'phụ nữ'],
      [120, null, 'suất'], // the classifier rule of the T35–T40 gold
      [12, null, 'làn điệu'],
    ]);
  });
});

describe('counts in the implementation part', () => {
  it('reads them only with a verb of reaching or a leading zero, not as the scope of a duty', () => {
    const text = `${tasks('1. Tuyên truyền')}
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chỉ đạo 25 trường học rà soát.
2. Ủy ban nhân dân các xã hỗ trợ sửa nhà cho 03 hộ.`;
    expect(figures(text)).toEqual([[3, null, 'hộ']]);
  });
});

describe('results and partners are not targets', () => {
  it('skips what was done already and a count of the partners of a task', () => {
    expect(figures(tasks('1. Năm 2023 đã tổ chức 25 lớp tập huấn; phối hợp với 12 xã rà soát.', '2. Mở 06 lớp tập huấn cho 150 hộ.'))).toEqual([
      [6, null, 'lớp'],
      [150, null, 'hộ'],
    ]);
  });
});
