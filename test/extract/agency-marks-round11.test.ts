import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';
import { companyNameLength } from '../../src/extract/agencies/name-extent.js';
import { agencyLookup, defaultAgencyLookup } from '../../src/extract/agencies/lookup.js';
import { parseAgencyDictionary } from '../../src/schema/agencies.js';
import { splitAgencyNames } from '../../src/extract/agencies/list.js';
import { run } from './helpers.js';

// Made-up plans (forestry, tourism, river banks) with the marks and letters an imperfect restoration leaves on
// the words the extractors key on: a head's later words, a name's last word, the signer's name.

const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');
const names = (text: string) => run(text).agencies.map((agency) => [agency.name, agency.role]);

describe('a post head whose later words restoration marked wrongly', () => {
  it('reads village heads and the commune police chief after a correct first word (Trưởng cắc, Trưởng Cổng an)', () => {
    expect(names(plan('1. Trưởng cắc bản vận động Nhân dân trồng rừng phòng hộ.'))).toEqual([['Trưởng cắc bản', 'participant']]);
    expect(names(plan('1. Ủy ban nhân dân xã chủ trì kiểm tra; Trưởng Cổng an xã bảo vệ hiện trường.')).map(([name]) => name)).toEqual([
      'Ủy ban nhân dân xã',
      'Trưởng Cổng an xã',
    ]);
  });

  it('still reads no body from a post or a word that is none (Trưởng đoàn, Bảo đảm)', () => {
    expect(run(plan('1. Trưởng đoàn kiểm tra báo cáo kết quả.', '2. Bảo đảm kinh phí cho các lớp tập huấn.')).agencies).toEqual([]);
  });
});

describe('a heading line that is a known name and nothing else', () => {
  it('ends the name where restoration gave its last word the marks of a connector (Đầu từ)', () => {
    const found = names(plan('1. Sở Kế hoạch và Đầu từ', 'Chủ trì, phối hợp với Sở Tài chính tham mưu huy động nguồn lực.'));
    expect(found).toEqual([['Sở Kế hoạch và Đầu tư', 'lead']]); // marks respelled from the list
  });

  it('keeps a heading that wraps after a real connector as one name', () => {
    const found = names(plan('1. Ủy ban nhân dân các xã, phường và', 'Ban Quản lý rừng phòng hộ tỉnh phối hợp tuần tra.'));
    expect(found.map(([name]) => name)).toEqual(['Ủy ban nhân dân các xã, phường', 'Ban Quản lý rừng phòng hộ tỉnh']);
  });
});

describe('the signature block as restoration leaves it', () => {
  const closing = (...lines: string[]) =>
    ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN DƯƠNG', 'Số: 12/KH-UBND', 'Sơn Dương, ngày 02 tháng 3 năm 2025', 'KẾ HOẠCH', 'Trồng rừng gỗ lớn năm 2025', 'I. MỤC ĐÍCH', '1. Trồng rừng.', 'Nơi nhận:', '- Lưu: VT.', ...lines].join('\n');

  it('reads a name with a word in capitals (Chu Vân HỒ) and a title in small letters (chủ TỊCH)', () => {
    const { metadata } = run(closing('TM. ỦY BAN NHÂN DÂN', 'chủ TỊCH', 'Hoàng Vân HỒ'));
    expect(metadata.signer).toBe('Hoàng Vân Hồ');
    expect(metadata.signerTitle).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH');
  });

  it('reads no name from a line in mixed case that does not open with a surname', () => {
    expect(run(closing('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đã KÝ')).metadata.signer).toBeNull();
  });
});

describe('an item number the scan damaged', () => {
  const items = (second: string) => plan('1. Sở Du lịch', 'Chủ trì quảng bá điểm đến.', second, 'Bố trí kinh phí quảng bá.');

  it('reads the body of an item whose number lost its dot, became a comma or a letter (2 Sở, 2, Sở, Z. Sở)', () => {
    for (const second of ['2 Sở Tài chính', '2, Sở Tài chính', 'Z. Sở Tài chính']) {
      const found = run(items(second)).agencies.map((agency) => [agency.name, agency.section]);
      expect(found).toEqual([['Sở Du lịch', 'II.1'], ['Sở Tài chính', 'II.2']]);
    }
  });

  it('takes no figure for a number the list does not expect (15 Phòng học …)', () => {
    const found = run(plan('1. Sở Giáo dục và Đào tạo', 'Chủ trì rà soát.', '15 Phòng học được sửa chữa trước năm học mới.')).agencies;
    expect(found.map((agency) => agency.name)).toEqual(['Sở Giáo dục và Đào tạo']);
  });
});

describe('a heading restoration wrecked before its duty', () => {
  const read = (restored: string, scanned: string) => {
    const lines = ['I. MỤC ĐÍCH', 'Bảo đảm.', 'II. TỔ CHỨC THỰC HIỆN', '1. Trung tâm Y tế huyện chủ trì khám sàng lọc.', restored];
    const rawLines = ['I. MUC DICH', 'Bao dam.', 'II. TO CHUC THUC HIEN', '1. Trung tam Y te huyen chu tri kham sang loc.', scanned];
    return extract({ lines, rawLines, sections: structure(lines), pageOfLine: () => null }).agencies.map((agency) => agency.name);
  };

  it("reads the known name the scan's line opens with (SỐ tổ from SG'Y té → Sở Y tế)", () => {
    expect(read('2. SỐ tổ chỉ đạo các bệnh viện tiếp nhận người bệnh.', "2. SG'Y té chi dao cac bénh vién tiép nhan ngudi bénh.")).toEqual([
      'Trung tâm Y tế huyện',
      'Sở Y tế',
    ]);
  });

  it('takes nothing from a scan whose line names no known body', () => {
    expect(read('2. SỐ tổ chỉ đạo các bệnh viện tiếp nhận người bệnh.', '2. SO to chi dao cac bénh vién tiép nhan ngudi bénh.')).toEqual(['Trung tâm Y tế huyện']);
  });
});

describe('connectors and duty words restoration marked wrongly', () => {
  it('keeps the remit of a task force after a level whatever the mark on về (vể), but not vệ', () => {
    const found = names(plan('1. Tổ công tác của UBND huyện vể chuyển đổi số làm đầu mối tổng hợp vướng mắc.'));
    expect(found).toEqual([['Tổ công tác của UBND huyện vể chuyển đổi số', 'lead']]);
    expect(names(plan('1. Tổ công tác của UBND huyện vệ sinh các điểm tập kết rác.')).map(([name]) => name)).toEqual(['Tổ công tác của UBND huyện']);
  });

  it('closes a post over named places at `và cấc xóm khác` as at `và các xóm khác`', () => {
    const text = plan('1. Trưởng các xóm Nà Rẻo (ông Hoàng Văn Tỉnh), Khuổi Mạ (bà Nông Thị Hoa) và cấc xóm khác vận động hộ dân tham gia.');
    expect(names(text)).toEqual([['Trưởng các xóm', 'participant']]);
  });

  it('ends the name before a short duty that opens a line in capitals with other marks (Đữa for Đưa)', () => {
    const text = plan(
      '1. Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện',
      'Đữa nội dung bảo vệ rừng vào sinh hoạt của hội viên, đoàn viên.',
    );
    expect(names(text).map(([name]) => name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Huyện đoàn', 'Hội Liên hiệp Phụ nữ huyện', 'Hội Nông dân huyện']);
  });
});

describe('dates and codes restoration marked wrongly', () => {
  it('reads a named day whose Ngày carries another tone (Ngảy, Ngạy) as an observance', () => {
    const text = ['I. NỘI DUNG', '1. Tổ chức mít tinh nhân Ngạy Môi trường thế giới 5/6 tại trung tâm xã.', '2. Ra quân nhân Ngảy Đa dạng sinh học 22/5.'].join('\n');
    expect(run(text).dates.map((date) => [date.iso, date.kind])).toEqual([
      ['--06-05', 'observance'],
      ['--05-22', 'observance'],
    ]);
  });

  it('reads no day/month after a word that only looks like Ngày (Thắng 5/6 is a name and a figure)', () => {
    expect(run(['I. NỘI DUNG', '1. Đội bóng Chiến Thắng 5/6 lần vô địch giải huyện.'].join('\n')).dates).toEqual([]);
  });

  it('reads a party document code whose capitals restoration marked (12-NQ/HÙ → 12-NQ/HU, 05-CTr/TƯ → 05-CTr/TU)', () => {
    const text = [
      'Căn cứ Nghị quyết số 12-NQ/HÙ ngày 10/01/2025 của Ban Thường vụ Huyện ủy về phát triển cây ăn quả;',
      'Căn cứ Chương trình hành động số 05-CTr/TƯ ngày 03/3/2025 của Tỉnh ủy;',
      'I. MỤC ĐÍCH',
    ].join('\n');
    expect(run(text).references.map((reference) => [reference.number, reference.type])).toEqual([
      ['12-NQ/HU', 'Nghị quyết'],
      ['05-CTr/TU', 'Chương trình hành động'],
    ]);
  });
});

describe('levels restoration marked wrongly inside a name', () => {
  it("reads a ward's number and its level (UBND 12 phướng → UBND 12 phường)", () => {
    expect(names(plan('1. UBND 12 phướng', 'Tổ chức ra quân dọn vệ sinh kênh rạch.'))).toEqual([['UBND 12 phường', 'participant']]);
  });

  it('ends a name at the place after a level marked otherwise (huyển Tân Phước), before its duty', () => {
    const found = names(plan('1. Quỹ Hỗ trợ nông dân huyển Tân Phước cho hội viên vay vốn chăn nuôi.'));
    expect(found.map(([name]) => name)).toEqual(['Quỹ Hỗ trợ nông dân huyện Tân Phước']); // the level's marks put right
  });

  it('takes no word of a sentence that folds like a level for one (quản Lý is no quận)', () => {
    const found = names(plan('1. Ban Quản lý chợ quản Lý hộ kinh doanh.')).map(([name]) => name);
    expect(found.every((name) => !/Lý hộ/u.test(name ?? ''))).toBe(true);
  });
});

describe('posts, class labels and heads named by level, marked otherwise', () => {
  const read = (...items: string[]) => run(plan(...items)).agencies.map((agency) => `${agency.name} | ${agency.section}`);

  it('reads a post over the bodies it heads after `cắc` (Hiệu trưởng cắc trường)', () => {
    expect(read('1. Phòng Kinh tế chủ trì.', '2. Hiệu trưởng cắc trường tiểu học bố trí phòng học.')).toEqual([
      'Phòng Kinh tế | II.1',
      'Hiệu trưởng cắc trường tiểu học | II.2',
    ]);
  });

  it('reads the members under a class label restoration marked (Các cợ quan, tổ chực phối hợp), not the label', () => {
    expect(read('1. Phòng Kinh tế chủ trì.', '2. Các cợ quan, tổ chực phối hợp', 'a) Hội Nông dân huyện vận động hội viên.', 'b) Huyện đoàn ra quân tình nguyện.')).toEqual([
      'Phòng Kinh tế | II.1',
      'Hội Nông dân huyện | II.2.a',
      'Huyện đoàn | II.2.b',
    ]);
  });

  it('reads a village post whose place word carries other marks before a comma (Trưởng thồn, làng)', () => {
    expect(read('1. Trưởng thồn, làng (ông A Nhơn thôn Kon Tu) vận động đồng bào.')).toEqual(['Trưởng thồn, làng | II.1']);
  });

  it('reads the tax office named by a level printed without marks before its place (Thuế tinh Tây Ninh)', () => {
    expect(read('1. Thuế tinh Tây Ninh hướng dẫn hộ kinh doanh.')).toEqual(['Thuế tinh Tây Ninh | II.1']);
    expect(read('1. Thuế tính theo doanh thu được công khai.')).toEqual([]);
  });
});

describe('a remit and a duty word restoration marked otherwise', () => {
  const issuerOf = (line: string) => run([line, 'I. MỤC ĐÍCH'].join('\n')).references[0]?.issuer;

  it('keeps the remit of a steering board after `vể`, and leaves a subject with its year out after `nẳm`', () => {
    expect(issuerOf('Căn cứ Kế hoạch số 31/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo liên ngành tỉnh vể an toàn giao thông;')).toBe(
      'Ban Chỉ đạo liên ngành tỉnh vể an toàn giao thông',
    );
    expect(issuerOf('Căn cứ Kế hoạch số 32/KH-BCH ngày 06/3/2025 của Ban Chỉ huy Quân sự huyện Tân Yên về huấn luyện dân quân nẳm 2025;')).toBe(
      'Ban Chỉ huy Quân sự huyện Tân Yên',
    );
  });

  it('ends a name before `lặp` (lập) as before `lập`', () => {
    expect(names(plan('1. Phòng Kế hoạch - Tài chính lặp dự toán kinh phí trình UBND huyện.')).map(([name]) => name)).toEqual(['Phòng Kế hoạch - Tài chính']);
  });
});

describe('a company head and a remit end restoration marked otherwise', () => {
  it("measures a company's trade name after a head with other marks as after the head itself (Cồng tỳ TNHH MTV …)", () => {
    const cell = (head: string) => `${head} TNHH MTV Khai thác thủy lợi tỉnh Sở Nông nghiệp và Môi trường`;
    expect(companyNameLength(cell('Cồng tỳ'))).toBe(companyNameLength(cell('Công ty')));
    expect(companyNameLength(cell('Công ty'))).toBe('Công ty TNHH MTV Khai thác thủy lợi tỉnh'.length);
    expect(companyNameLength('công ty nào cũng phải niêm yết giá')).toBe(0);
  });

  it('ends a board remit at the subject’s `vễ` (về)', () => {
    const issuer = run(['Căn cứ Kế hoạch số 07/KH-BCĐ ngày 02/4/2025 của Ban Chỉ đạo tỉnh về chuyển đổi số vễ triển khai năm 2025;', 'I. MỤC ĐÍCH'].join('\n')).references[0]?.issuer;
    expect(issuer).toBe('Ban Chỉ đạo tỉnh về chuyển đổi số');
  });
});

describe('two more words restoration marked otherwise', () => {
  it('reads a named day whose Ngày got a hat (Ngầy)', () => {
    const text = ['I. NỘI DUNG', '1. Tổ chức gặp mặt nhân Ngầy Doanh nhân Việt Nam 13/10 tại hội trường xã.'].join('\n');
    expect(run(text).dates.map((date) => [date.iso, date.kind])).toEqual([['--10-13', 'observance']]);
  });

  it('reads `tổ họp tác` as the cooperative group of a list, not a meeting that ends the name', () => {
    const found = names(plan('1. Các hợp tác xã, tổ họp tác xây dựng phương án sản xuất, kinh doanh.')).map(([name]) => name);
    expect(found).toEqual(['Các hợp tác xã, tổ họp tác']);
  });
});

describe('a canonical name for a name printed a letter off', () => {
  // Two made-up entries one letter apart (nông / công nghiệp).
  const parsed = parseAgencyDictionary('Trung tâm Dịch vụ nông nghiệp\nTrung tâm Dịch vụ công nghiệp\n');
  const lookup = agencyLookup(parsed.data!);

  it('takes the one entry a printed name is nearest to, the rest of the name kept', () => {
    expect(lookup.canonical('Trung tâm Dịch vụ nông nghiệq huyện')).toBe('Trung tâm Dịch vụ nông nghiệp huyện');
    expect(lookup.repair('Trung tâm Dịch vụ nông nghiệq huyện')).toBe('Trung tâm Dịch vụ nông nghiệp huyện');
  });

  it('resolves no name as near to two entries (xông nghiệp: one letter from nông and from công)', () => {
    expect(lookup.canonical('Trung tâm Dịch vụ xông nghiệp huyện')).toBeNull();
    expect(lookup.repair('Trung tâm Dịch vụ xông nghiệp huyện')).toBeNull();
  });
});

describe('the fields of a department listed with commas, its head marked otherwise', () => {
  it('keeps `Phỏng Bưu chính, Viễn thông và Công nghệ thông tin` one name', () => {
    const lookup = defaultAgencyLookup();
    expect(splitAgencyNames('Phỏng Bưu chính, Viễn thông và Công nghệ thông tin', lookup).map(({ name }) => name)).toEqual([
      'Phỏng Bưu chính, Viễn thông và Công nghệ thông tin',
    ]);
    expect(splitAgencyNames('Phỏng Bưu chính, Công an huyện', lookup).map(({ name }) => name)).toEqual(['Phỏng Bưu chính', 'Công an huyện']);
  });
});
