import { describe, expect, it } from 'vitest';
import { DateSchema } from '../../src/schema/document.js';
import { run } from './helpers.js';
import { extract } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';

const TEXT = `Số: 09/KH-UBND Tân Phú, ngày 15 tháng 02 năm 2024
KẾ HOẠCH
Hưởng ứng Ngày Sách

Căn cứ Quyết định số 1862/QĐ-TTg ngày 04/11/2021 của Thủ tướng Chính phủ;

I. NỘI DUNG
1. Tổ chức các hoạt động nhân Ngày Sách và Văn hóa đọc Việt Nam - 21/4 và Ngày Quốc tế Thiếu nhi 01/6.
2. Chia đều 1/2 số sách cho các thôn.
3. Các đơn vị báo cáo kết quả trước ngày 30/11 hằng năm; tổng kết chậm nhất ngày 15/12/2024.
4. Hội nghị dự kiến ngày 10/3/2024.`;

describe('dates', () => {
  it('reads full dates as ISO and day/month without a year as --MM-DD, in order', () => {
    const { dates } = run(TEXT);
    expect(dates.map((d) => [d.text, d.iso])).toEqual([
      ['ngày 15 tháng 02 năm 2024', '2024-02-15'],
      ['04/11/2021', '2021-11-04'],
      ['21/4', '--04-21'],
      ['01/6', '--06-01'],
      ['30/11', '--11-30'],
      ['15/12/2024', '2024-12-15'],
      ['10/3/2024', '2024-03-10'],
    ]);
    for (const date of dates) expect(DateSchema.safeParse(date).success).toBe(true);
  });

  it('tells issue, reference, observance, deadline and other dates apart', () => {
    expect(run(TEXT).dates.map((d) => d.kind)).toEqual(['issue', 'reference', 'observance', 'observance', 'deadline', 'deadline', 'other']);
  });

  it('does not take a fraction for a date', () => {
    expect(run(TEXT).dates.some((d) => d.text === '1/2')).toBe(false);
  });

  it('carries line, section and the raw span', () => {
    const deadline = run(TEXT).dates.find((d) => d.iso === '--11-30')!;
    expect(deadline).toMatchObject({ line: 10, section: 'I.3', raw: '30/11' });
  });

  it('rejects impossible dates', () => {
    expect(run('ngày 32/13/2024 và 45/7\n\nI. MỤC TIÊU').dates).toEqual([]);
  });
});

describe('bounds of a period', () => {
  it('gives the bounds of a period one kind: other, or observance for a named month', async () => {
    const { run } = await import('./helpers.js');
    const { dates } = run(`I. NỘI DUNG
1. Đợt cao điểm kéo dài từ ngày 10 tháng 01 năm 2025 đến hết ngày 15 tháng 02 năm 2025.
2. Hưởng ứng Tháng hành động vì người cao tuổi và phòng chống bạo lực học đường từ ngày 01/10 đến ngày 31/10.
3. Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16 tháng 6 năm 2020.`);
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([
      ['2025-01-10', 'other'],
      ['2025-02-15', 'other'],
      ['--10-01', 'observance'],
      ['--10-31', 'observance'],
      ['2020-06-16', 'reference'],
    ]);
  });
});

describe('date kinds around campaigns and damaged cues', () => {
  it('keeps the bounds of a campaign period as other beside the named day it marks, and reads a damaged trước before a date in words', async () => {
    const { run } = await import('./helpers.js');
    const { dates } = run(`I. NỘI DUNG
1. Cao điểm hưởng ứng từ ngày 01/5 đến ngày 31/5 hằng năm, gắn với kỷ niệm Ngày Chiến thắng 07/5.
2. Hoàn thành gieo cấy trực ngày 15 tháng 10 năm 2025.`);
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([
      ['--05-01', 'other'],
      ['--05-31', 'other'],
      ['--05-07', 'observance'],
      ['2025-10-15', 'deadline'],
    ]);
  });
});

describe('laws cited by date only', () => {
  it('gives a law cited by its date a reference date, after the header date and in a later clause of the list', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN TÂN PHÚ Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-UBND Tân Phú, ngày 08 tháng 4 năm 2025',
      'KẾ HOẠCH',
      'Phát triển thương mại điện tử năm 2025',
      'Căn cứ Luật Thương mại ngày 14/6/2005; Luật Giao dịch điện tử ngày 22/6/2023;',
      'I. MỤC ĐÍCH',
    ].join('\n');
    expect(run(text).dates.map((d) => [d.iso, d.kind])).toEqual([
      ['2025-04-08', 'issue'],
      ['2005-06-14', 'reference'],
      ['2023-06-22', 'reference'],
    ]);
  });
});

describe('a date a target is due by', () => {
  it('reads đến ngày alone as a deadline, but not the end of a period or the day a count was taken', () => {
    const text = `I. MỤC TIÊU
- Đến ngày 31/12/2026 tỷ lệ hồ sơ được số hóa đạt 90%.
- Tính đến ngày 30/6/2025, toàn huyện có 12 xã đạt chuẩn.
- Tổ chức tuần lễ từ ngày 01/11/2025
đến ngày 07/11/2025.`;
    expect(run(text).dates.map((date) => [date.iso, date.kind])).toEqual([
      ['2026-12-31', 'deadline'],
      ['2025-06-30', 'other'],
      ['2025-11-01', 'other'],
      ['2025-11-07', 'other'],
    ]);
  });
});

describe('the words of a date with a look-alike letter', () => {
  it('reads ngày, tháng and năm one look-alike letter off as a full date', () => {
    const text = `I. MỤC TIÊU\nCăn cứ Luật Thủy lợi ugày 19 tháng 6 uăm 2017;\nHoàn thành trước ngày 15 tbáng 10 năm 2026.`;
    expect(run(text).dates.map((date) => date.iso)).toEqual(['2017-06-19', '2026-10-15']);
  });
});

describe('a day before the plan was issued', () => {
  it('is never due, whatever cue stands before it', () => {
    const text = `Số: 14/KH-UBND Hòa An, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Quản lý nợ đọng tiền thuê đất năm 2026
I. KẾT QUẢ
Số nợ đến ngày 31/12/2025 còn 12 tỷ đồng.
II. NHIỆM VỤ
1. Thu hồi nợ đọng đến ngày 30/6/2026 đạt 80%.`;
    expect(run(text).dates.map((date) => [date.iso, date.kind])).toEqual([
      ['2026-01-20', 'issue'],
      ['2025-12-31', 'other'],
      ['2026-06-30', 'deadline'],
    ]);
  });
});

describe('a calendar the plan sets for days before its issue', () => {
  it('keeps trước ngày a deadline', () => {
    const text = `Số: 30/KH-UBND Hòa An, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Sản xuất vụ Xuân năm 2026
I. LỊCH THỜI VỤ
Gieo trồng xong trước ngày 28/02/2026.`;
    expect(run(text).dates.map((date) => [date.iso, date.kind])).toEqual([
      ['2026-03-10', 'issue'],
      ['2026-02-28', 'deadline'],
    ]);
  });
});

describe('dates of an appendix and of a damaged cue', () => {
  it('reads the plan date an appendix repeats (Kèm theo Kế hoạch số …) as other, a date after a cited document as a reference', () => {
    const { dates } = run(`Số: 31/KH-UBND Hòa Bình, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển thư viện cơ sở
Căn cứ Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ;
I. NỘI DUNG
1. Mở rộng thư viện xã.
PHỤ LỤC
DANH MỤC THƯ VIỆN
(Kèm theo Kế hoạch số 31/KH-UBND ngày 02/3/2026 của UBND huyện Lạc Sơn)`);
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([
      ['2026-03-02', 'issue'],
      ['2021-02-11', 'reference'],
      ['2026-03-02', 'other'],
    ]);
  });

  it('reads a deadline whose trước restoration made another word from the OCR line, where the figures read the same', () => {
    const printed = ['I. NỘI DUNG', '1. Số hóa 500.000 trang tài liệu trại ngày 20/10/2026.'];
    const ocr = ['I. NOI DUNG', '1. S6 hoa 500.000 trang tai liéu trade ngdy 20/10/2026.'];
    const lines = printed;
    const { dates } = extract({ lines, rawLines: ocr, sections: structure(lines), pageOfLine: () => 1 });
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([['2026-10-20', 'deadline']]);
    const { dates: asPrinted } = extract({ lines, rawLines: lines, sections: structure(lines), pageOfLine: () => 1 });
    expect(asPrinted.map((d) => d.kind)).toEqual(['other']);
  });
});

describe('a period in brackets and the time column of a table of duties', () => {
  const kindsOf = (body: string) => run(`Số: 21/KH-UBND Hòa Bình, ngày 05 tháng 01 năm 2026\n${body}`).dates.slice(1).map((d) => [d.text, d.kind]);

  it('gives both bounds of a bracketed period the kind of what it bounds', () => {
    expect(kindsOf(`I. NỘI DUNG
1. Tuần lễ Học tập suốt đời (từ ngày 01/10 đến ngày 07/10) tổ chức tại các trường.
2. Bảo vệ đê điều trong mùa lũ (từ ngày 15/6 đến ngày 15/11 hằng năm).`)).toEqual([
      ['01/10', 'observance'],
      ['07/10', 'observance'],
      ['15/6', 'other'],
      ['15/11', 'other'],
    ]);
  });

  it('reads the date of a row of a duty table with a Thời hạn column as the day the duty is due', () => {
    expect(kindsOf(`II. TỔ CHỨC THỰC HIỆN
1. Phân công:
TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời hạn
1 Kiểm kê thư viện Sở Văn hóa, Thể thao và Du lịch Sở Tài chính 30/6/2026
2 Số hóa tài liệu Thư viện tỉnh Sở Khoa học và Công nghệ 15/10/2026
2. Thư viện tỉnh tổ chức hội sách ngày 20/4/2026.`)).toEqual([
      ['30/6/2026', 'deadline'],
      ['15/10/2026', 'deadline'],
      ['20/4/2026', 'other'],
    ]);
  });
});

describe('a deadline cue the scan damaged', () => {
  it('reads Đến that lost its Đ at the start of a bullet as đến', () => {
    const { dates } = run(`Số: 30/KH-UBND Kon Tum, ngày 05 tháng 01 năm 2026\nI. MỤC TIÊU\n- én ngày 30/9/2026 tỷ lệ hồ sơ đất đai được số hóa đạt 90%.\n- Chim én ngày 15/3 bay về.`);
    expect(dates.slice(1).map((d) => [d.text, d.kind])).toEqual([['30/9/2026', 'deadline'], ['15/3', 'other']]);
  });
});

describe('a deadline cue restoration made another word of', () => {
  it('reads the lost-Đ Đến off the OCR line at the start of a bullet', () => {
    const clean = `Số: 30/KH-UBND Kon Tum, ngày 05 tháng 01 năm 2026\nI. MỤC TIÊU\n- ôn ngày 30/9/2026 tỷ lệ hồ sơ đất đai được số hóa đạt 90%.`;
    const lines = clean.split('\n');
    const rawLines = [...lines.slice(0, 2), '- én ngay 30/9/2026 ty 1€ ho so dat dai duoc s6 hoa dat 90%.'];
    const { dates } = extract({ lines, rawLines, sections: structure(lines), pageOfLine: () => null });
    expect(dates.slice(1).map((d) => [d.text, d.kind])).toEqual([['30/9/2026', 'deadline']]);
    const midLine = [...lines.slice(0, 2), '- từ ngày 01/9/2026 en ngay 30/9/2026 ty 1€ ho so dat dai duoc s6 hoa dat 90%.'];
    expect(extract({ lines, rawLines: midLine, sections: structure(lines), pageOfLine: () => null }).dates.slice(1).map((d) => d.kind)).toEqual(['other']);
  });
});
