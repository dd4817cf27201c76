import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up citations (none taken from a fixture or a held-out plan).

const preamble = (citation: string) => `Số: 12/KH-UBND
KẾ HOẠCH
Thực hiện công tác năm 2026

${citation}

I. MỤC TIÊU`;

describe('documents named by type and title before their number', () => {
  it('reads an ordinance of the Standing Committee by its code', () => {
    const { references } = run(preamble('Căn cứ Pháp lệnh Dân số số 06/2003/UBTVQH11 ngày 09/01/2003;'));
    expect(references.map(({ type, number, date }) => [type, number, date])).toEqual([['Pháp lệnh', '06/2003/UBTVQH11', '2003-01-09']]);
  });

  it('takes the type that opens the clause when a title stands between it and số', () => {
    const { references } = run(preamble('Căn cứ Quy chế phối hợp công tác thi đua số 45/QC-UBND ngày 02/3/2024;'));
    expect(references.map(({ type, number }) => [type, number])).toEqual([['Quy chế', '45/QC-UBND']]);
  });
});

describe('issuers a scan damaged', () => {
  it('ends an issuer where a smudge leaves lone letters and signs on the next line', () => {
    const { references } = run(preamble('Căn cứ Nghị quyết số 17-NQ/HU ngày 12/01/2024 của Ban Thường vụ Huyện ủy Tân Kỳ\nA ở . 2 ~ về phát triển cây ăn quả;'));
    expect(references.map(({ number, issuer }) => [number, issuer])).toEqual([['17-NQ/HU', 'Ban Thường vụ Huyện ủy Tân Kỳ']]);
  });

  it('keeps issuers with a one-letter word or a dash between places', () => {
    const { references } = run(preamble('Căn cứ Kế hoạch số 45/KH-SYT ngày 02/3/2024 của Sở Y tế về phòng, chống dịch; Quyết định số 12/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về việc ban hành;'));
    expect(references.map(({ issuer }) => issuer)).toEqual(['Sở Y tế', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu']);
  });

  it('reads Sở glued to the first letter of Y tế, its last word one letter off', () => {
    const { references } = run(preamble('Căn cứ Hướng dẫn số 08/HD-SYT ngày 02/02/2024 của SGY tổ về công tác dân số;'));
    expect(references.map(({ issuer }) => issuer)).toEqual(['Sở Y tế']);
  });
});

describe('programmes of action and issuers that hand out tasks', () => {
  it('reads a Chương trình hành động as such and ends an issuer at giao', () => {
    const { references } = run(preamble('Căn cứ Chương trình hành động số 08-CTr/TU ngày 03/3/2023 của Tỉnh ủy Hà Giang; Quyết định số 41/QĐ-UBND ngày 02/01/2025 của UBND tỉnh Hà Giang giao chỉ tiêu kế hoạch năm 2025; Công văn số 5/BATGT ngày 02/01/2025 của Ban An toàn giao thông tỉnh;'));
    expect(references.map(({ type, issuer }) => [type, issuer])).toEqual([
      ['Chương trình hành động', 'Tỉnh ủy Hà Giang'],
      ['Quyết định', 'UBND tỉnh Hà Giang'],
      ['Công văn', 'Ban An toàn giao thông tỉnh'],
    ]);
  });
});

describe('a code OCR split with a space', () => {
  it('joins a short segment split in two before the next dash, but not a code followed by V/v', () => {
    const { references } = run(preamble('Căn cứ Thông tư liên tịch số 08/2019/TTLT-BY T-BNV ngày 12/5/2019 của Bộ Y tế và Bộ Nội vụ; Công văn số 45/UBND-VX V/v triển khai ngày 02/3/2024 của UBND tỉnh;'));
    expect(references.map(({ number }) => number)).toEqual(['08/2019/TTLT-BYT-BNV', '45/UBND-VX']);
  });
});

describe('compound document types', () => {
  it('keeps Thông báo kết luận and Hướng dẫn liên ngành whole, as Thông tư liên tịch is', () => {
    const { references } = run(preamble('Thực hiện Thông báo kết luận số 12-TB/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy; Hướng dẫn liên ngành số 01/HDLN-SYT-SGDĐT ngày 15/8/2024 của Sở Y tế và Sở Giáo dục và Đào tạo;'));
    expect(references.map(({ type, number }) => [type, number])).toEqual([
      ['Thông báo kết luận', '12-TB/TU'],
      ['Hướng dẫn liên ngành', '01/HDLN-SYT-SGDĐT'],
    ]);
  });
});

describe('a citation whose linking words have a look-alike letter', () => {
  it('reads the date after ugày and the issuer after cna, and puts a look-alike letter of the issuer right', () => {
    const { references } = run(preamble('Căn cứ Luật Thủy lợi số 08/2017/QH14 ugày 19 tháng 6 năm 2017; Kế hoạch số 45/KH-UBND ngày 02/3/2024 cna UBND tỉnh Kháuh Hòa về việc triển khai;'));
    expect(references.map(({ number, date, issuer }) => [number, date, issuer])).toEqual([
      ['08/2017/QH14', '2017-06-19', null],
      ['45/KH-UBND', '2024-03-02', 'UBND tỉnh Khánh Hòa'],
    ]);
  });
});

describe('issuers restoration left a letter short or in capitals', () => {
  it('reads the post and the ministry (B trưởng BỘ …, Thu tướng), and leaves a right issuer as printed', () => {
    const { references } = run(
      preamble(`Căn cứ Thông tư số 12/2021/TT-BGTVT ngày 30/6/2021 của B trưởng BỘ Giao thông vận tải;
Căn cứ Quyết định số 88/QĐ-TTg ngày 15/01/2022 của Thu tướng Chính phủ;
Căn cứ Công văn số 410/STC-QLNS ngày 04/3/2026 của Sở Tài chính;`),
    );
    expect(references.map(({ issuer }) => issuer)).toEqual(['Bộ trưởng Bộ Giao thông vận tải', 'Thủ tướng Chính phủ', 'Sở Tài chính']);
  });
});

describe('a party committee whose level restoration left a letter off', () => {
  it('reads Quén Uy as Quận ủy and Đảng Uy as Đảng ủy, and keeps Chi ủy and Quân ủy', () => {
    const { references } = run(
      preamble(`Căn cứ Nghị quyết số 07-NQ/QU ngày 02/3/2026 của Ban Thường vụ Quén Uy Hoàn Kiếm;
Căn cứ Nghị quyết số 11-NQ/ĐU ngày 05/3/2026 của Đảng Uy xã Tân Hòa;
Căn cứ Nghị quyết số 02-NQ/CB ngày 06/3/2026 của Chi ủy Chi bộ thôn Đông;
Căn cứ Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương;`),
    );
    expect(references.map(({ issuer }) => issuer)).toEqual(['Ban Thường vụ Quận ủy Hoàn Kiếm', 'Đảng ủy xã Tân Hòa', 'Chi ủy Chi bộ thôn Đông', 'Quân ủy Trung ương']);
  });
});

describe('citations a scan or a shared issuer left incomplete', () => {
  it('gives documents joined by và the issuer named after the last of them, and none to one a semicolon ends', () => {
    const { references } = run(
      preamble('Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15/11/2017; Nghị định số 156/2018/NĐ-CP ngày 16/11/2018\nvà Nghị định số 91/2024/NĐ-CP ngày 18/7/2024 của Chính phủ;'),
    );
    expect(references.map(({ number, issuer }) => [number, issuer])).toEqual([
      ['16/2017/QH14', null],
      ['156/2018/NĐ-CP', 'Chính phủ'],
      ['91/2024/NĐ-CP', 'Chính phủ'],
    ]);
  });

  it('joins a code whose last number OCR set apart before the ngày of its date, and nothing else', () => {
    const { references } = run(
      preamble('Căn cứ Kế hoạch số 07/KH-NHNN-KV 9 ngày 12/02/2026 của Ngân hàng Nhà nước Khu vực 9;\nCăn cứ Quyết định số 25/QĐ-UBND 2 bản ngày 03/3/2026;'),
    );
    expect(references.map(({ number }) => number)).toEqual(['07/KH-NHNN-KV9', '25/QĐ-UBND']);
  });
});

describe('the subject of a cited document after its issuer', () => {
  it('keeps a board\'s remit, but not a subject that carries a year', () => {
    const { references } = run(
      preamble('Căn cứ Kế hoạch số 31/KH-BCĐ ngày 02/3/2026 của Ban Chỉ đạo phát triển du lịch tỉnh Ninh Bình về công tác quảng bá năm 2026;\nCăn cứ Quyết định số 12/QĐ-BCĐ ngày 05/01/2026 của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai;'),
    );
    expect(references.map(({ issuer }) => issuer)).toEqual(['Ban Chỉ đạo phát triển du lịch tỉnh Ninh Bình', 'Ban Chỉ đạo quốc gia về Phòng, chống thiên tai']);
  });
});

describe('a proposing body whose Sở OCR glued to its field', () => {
  it('reads the body named before the citation (theo đề nghị của S&Tài chính tại Tờ trình …) as the known department', () => {
    const { references } = run(preamble('Theo đề nghị của S&Tài chính tại Tờ trình số 45/TTr-STC ngày 03/02/2026, UBND tỉnh ban hành Kế hoạch.'));
    expect(references.map(({ number, issuer }) => [number, issuer])).toEqual([['45/TTr-STC', 'Sở Tài chính']]);
  });

  it('takes no issuer from a name that only starts with S (Sáu Hộ …)', () => {
    const { references } = run(preamble('Theo đề nghị của Sáu Hộ dân tại Tờ trình số 45/TTr-UBND ngày 03/02/2026, UBND tỉnh ban hành Kế hoạch.'));
    expect(references.map(({ number, issuer }) => [number, issuer])).toEqual([['45/TTr-UBND', null]]);
  });
});
