import { describe, expect, it } from 'vitest';
import { agencyLookup, defaultAgencyLookup, splitAgencyNames } from '../../src/extract/index.js';
import { parseAgencyDictionary } from '../../src/schema/agencies.js';
import { AgencySchema } from '../../src/schema/document.js';
import { run } from './helpers.js';

const PLAN = `I. NỘI DUNG
1. Tuyên truyền
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Là cơ quan thường trực, tham mưu UBND tỉnh triển khai Kế hoạch.
- Tổng hợp kết quả, báo cáo UBND tỉnh.
2. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức khám sàng lọc.
3. Sở Tài chính: bố trí kinh phí theo quy định.
4. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên
phòng tỉnh

Phối hợp với Sở Văn hóa, Thể thao và Du lịch (cơ quan chủ trì) triển khai các hoạt động.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: tuyên truyền, vận động.
6. Trách nhiệm của các cơ quan khác
a) Đài Phát thanh và Truyền hình tỉnh, Báo Hòa Bình: đưa tin.
b) UBND các huyện, thành phố: xây dựng kế hoạch.

Nơi nhận:
- Như trên;`;

describe('agencies', () => {
  it('lists each organisation given a responsibility in TỔ CHỨC THỰC HIỆN, one entry per name', () => {
    const agencies = run(PLAN).agencies;
    expect(agencies.map((a) => [a.name, a.section, a.line])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'II.1', 4],
      ['Sở Y tế', 'II.2', 7],
      ['Sở Tài chính', 'II.3', 8],
      ['Công an tỉnh', 'II.4', 9],
      ['Bộ Chỉ huy Quân sự tỉnh', 'II.4', 9],
      ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'II.4', 9],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'II.5', 13],
      ['các tổ chức chính trị - xã hội tỉnh', 'II.5', 13],
      ['Đài Phát thanh và Truyền hình tỉnh', 'II.6.a', 15],
      ['Báo Hòa Bình', 'II.6.a', 15],
      ['UBND các huyện, thành phố', 'II.6.b', 16],
    ]);
    for (const agency of agencies) expect(AgencySchema.safeParse(agency).success).toBe(true);
  });

  it('marks as lead the body that chairs (chủ trì, cơ quan thường trực), not one that works with the chair', () => {
    const roles = Object.fromEntries(run(PLAN).agencies.map((a) => [a.name, a.role]));
    expect(roles['Sở Văn hóa, Thể thao và Du lịch']).toBe('lead');
    expect(roles['Sở Y tế']).toBe('lead');
    expect(roles['Sở Tài chính']).toBe('participant');
    expect(roles['Công an tỉnh']).toBe('participant');
  });

  it('gives the bullets under an agency as its tasks, or the text after its name', () => {
    const agencies = run(PLAN).agencies;
    expect(agencies[0]!.tasks).toEqual(['Là cơ quan thường trực, tham mưu UBND tỉnh triển khai Kế hoạch.', 'Tổng hợp kết quả, báo cáo UBND tỉnh.']);
    expect(agencies[2]!.tasks).toEqual(['bố trí kinh phí theo quy định.']);
  });

  it('maps names to canonical ones through the dictionary, keeping the printed locality', () => {
    const canonical = Object.fromEntries(run(PLAN).agencies.map((a) => [a.name, a.canonical]));
    expect(canonical['UBND các huyện, thành phố']).toBe('Ủy ban nhân dân các huyện, thành phố');
    expect(canonical['Công an tỉnh']).toBe('Công an tỉnh');
    expect(canonical['Báo Hòa Bình']).toBeNull();
    const lookup = defaultAgencyLookup();
    expect(lookup.canonical('Sở VHTTDL')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(lookup.canonical('Sở GD&ĐT')).toBe('Sở Giáo dục và Đào tạo');
    expect(lookup.canonical('So Giao duc va Dao tao')).toBe('Sở Giáo dục và Đào tạo');
    expect(lookup.canonical('Sở Giáo dục và Đào tạo tỉnh Hòa Bình')).toBe('Sở Giáo dục và Đào tạo tỉnh Hòa Bình');
  });

  it('finds no agencies when there is no implementation part', () => {
    expect(run('I. MỤC TIÊU\n1. Sở Y tế chủ trì.').agencies).toEqual([]);
  });

  it('splits a list of bodies but keeps commas and "và" inside one name', () => {
    expect(splitAgencyNames('Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo và các đơn vị liên quan').map((n) => n.name)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'các đơn vị liên quan',
    ]);
    expect(splitAgencyNames('Ủy ban Mặt trận Tổ quốc Việt Nam xã các tổ chức thành viên').map((n) => n.name)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
      'các tổ chức thành viên',
    ]);
  });

  it('validates the dictionary: an alias claimed by two entries is an error naming the line', () => {
    const bad = parseAgencyDictionary('# test\nSở Y tế | SYT\nSở Tư pháp | SYT\n');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('line 3');
    const good = parseAgencyDictionary('Sở Y tế | SYT\n\nSở Tư pháp | STP # comment\n');
    expect(good.success).toBe(true);
    expect(agencyLookup(good.data!).canonical('STP tỉnh')).toBe('Sở Tư pháp tỉnh');
  });

  it('loads the shipped dictionary without errors', () => {
    expect(() => defaultAgencyLookup()).not.toThrow();
  });
});

describe('organisation names', () => {
  it('does not take common words that share a head for bodies', async () => {
    const { startsLikeOrganisation } = await import('../../src/extract/agencies.js');
    expect(['Báo cáo kết quả', 'Phòng chống dịch', 'Ban hành văn bản', 'Trường hợp khác', 'Bộ tài liệu'].map(startsLikeOrganisation)).toEqual([
      false, false, false, false, false,
    ]);
    expect(['Báo Lạng Sơn', 'Phòng Văn hóa và Thông tin', 'Ban Tuyên giáo Tỉnh ủy', 'Sở VHTTDL', 'Công an tỉnh', 'các tổ chức đoàn thể'].map(startsLikeOrganisation)).toEqual([
      true, true, true, true, true, true,
    ]);
  });
});

describe('canonical names of damaged text', () => {
  it('maps a long name with one OCR-damaged syllable to its entry, but not a different body', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.canonical('Ủy ban Mặt trốn Tổ quốc Việt Nam xã')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam xã');
    expect(lookup.canonical('Sở Giao thông vận tải')).toBe('Sở Giao thông vận tải');
    expect(lookup.canonical('Sở Văn hóa và Thể thao')).toBe('Sở Văn hóa và Thể thao');
    expect(lookup.canonical('Sở Kế hoạch và Phát triển')).toBeNull();
  });
});

describe('short plans without Roman parts', () => {
  it('reads agencies under a numbered item "Tổ chức thực hiện"', () => {
    const text = `1. Mục tiêu\nNâng cao nhận thức.\n2. Tổ chức thực hiện\na) Công chức Văn hóa - Xã hội: chủ trì tham mưu.\nb) Đoàn Thanh niên xã: phối hợp.`;
    expect(run(text).agencies.map((a) => [a.name, a.role, a.section])).toEqual([
      ['Công chức Văn hóa - Xã hội', 'lead', '2.a'],
      ['Đoàn Thanh niên xã', 'participant', '2.b'],
    ]);
  });
});

describe('canonical names across levels and kinds of bodies', () => {
  it('maps a district office to the field of the provincial department, under its own head', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.canonical('Phòng LĐ-TB&XH huyện')).toBe('Phòng Lao động - Thương binh và Xã hội huyện');
    expect(lookup.canonical('Phòng Lao động, Thương binh và Xã hội')).toBe('Phòng Lao động - Thương binh và Xã hội');
    expect(lookup.canonical('Sở Kế hoạch và Phát triển')).toBeNull();
  });

  it('knows public service units beyond departments, keeping their locality', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.canonical('Trung tâm Kiểm soát bệnh tật tỉnh')).toBe('Trung tâm Kiểm soát bệnh tật tỉnh');
    expect(lookup.canonical('Hạt Kiểm lâm huyện')).toBe('Hạt Kiểm lâm huyện');
    expect(lookup.canonical('Văn phòng HĐND và UBND huyện')).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện');
  });
});

describe('an implementation part written as prose', () => {
  it('reads each paragraph that gives a body a duty, like an unnumbered item', () => {
    const plan = `I. MỤC ĐÍCH
1. Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với các ngành triển khai Kế hoạch này.
Công chức Tài chính - Kế toán tham mưu bố trí kinh phí.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tuyên truyền, vận động Nhân dân.
Trên đây là Kế hoạch của Ủy ban nhân dân xã.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role, a.section, a.line])).toEqual([
      ['Công chức Văn hóa - Xã hội', 'lead', 'II', 4],
      ['Công chức Tài chính - Kế toán', 'participant', 'II', 5],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'participant', 'II', 6],
      ['các đoàn thể', 'participant', 'II', 6],
    ]);
  });
});

describe('heads whose capital OCR lowered', () => {
  it('takes a lower-case head followed by a capitalised name for a body, not a common phrase', async () => {
    const { startsLikeOrganisation } = await import('../../src/extract/agencies.js');
    expect(['phòng Dân tộc', 'trung tâm Y tế huyện', 'đài Phát thanh'].map(startsLikeOrganisation)).toEqual([true, true, true]);
    expect(['phòng chống dịch', 'báo cáo kết quả', 'hội nghị Tổng kết'].map(startsLikeOrganisation)).toEqual([false, false, false]);
  });
});

describe('bodies named by an acronym', () => {
  it('takes an acronym followed by its level or a colon for a body', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. TTYT huyện: chủ trì khám sàng lọc.\n2. BCHQS xã phối hợp bảo vệ.\n3. Kế hoạch này được phổ biến rộng rãi.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['TTYT huyện', 'lead'],
      ['BCHQS xã', 'participant'],
    ]);
  });
});

describe('names restoration left damaged', () => {
  it('maps a long name with two damaged words to its entry, but never changes the word that tells bodies apart', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.canonical('Ủy ban Mặt trận TS quéc Việt Nam huyện')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam huyện');
    expect(lookup.repair('Ủy ban Mặt trận TS quéc Việt Nam huyện, Hội Nông dân')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Nông dân');
    expect(lookup.repair('Đài Phát thanh và Truyền thông tỉnh')).toBeNull();
    expect(lookup.repair('Trung tâm Văn hóa, Thể thao và Truyền thanh')).toBeNull();
    // Three of four words off is another name, not a damaged one.
    expect(lookup.repair('Sở Kế toán và Đầu cơ')).toBeNull();
    // A name the dictionary knows exactly needs no repair.
    expect(lookup.repair('Sở Tài chính tỉnh')).toBeNull();
  });

  it('gives a known name the dictionary marks where restoration left other ones, keeping the case as printed', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.respell('Đài Phạt thanh và Truyền hình tỉnh')).toBe('Đài Phát thanh và Truyền hình tỉnh');
    expect(lookup.respell('Sơ Tư pháp')).toBe('Sở Tư pháp');
    expect(lookup.respell('Uỷ ban nhân dân các xã')).toBe('Uỷ ban nhân dân các xã');
    expect(lookup.respell('Hội chưa rõ tên')).toBe('Hội chưa rõ tên');
  });

  it('reads a damaged member of a list as the body it names', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Ủy ban Mặt trận TS quéc Việt Nam huyện, Hội Nông dân huyện: tuyên truyền, vận động hội viên.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Hội Nông dân huyện']);
  });
});

describe('names longer than the known part', () => {
  it('keeps the fields a name adds after a dash or và, but not a locality word misread from và', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội, Công chức Địa chính - Xây dựng - Đô thị và Môi\ntrường tham mưu quản lý các cơ sở.\n2. Sở Y tế và Sở Tài chính phối hợp kiểm tra.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual([
      'Công chức Văn hóa - Xã hội',
      'Công chức Địa chính - Xây dựng - Đô thị và Môi trường',
      'Sở Y tế',
      'Sở Tài chính',
    ]);
  });
});

describe('bodies named in later clauses and names restoration damaged', () => {
  const plan = `I. MỤC ĐÍCH
1. Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế phương
- Là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch.
2. Đề nghị Hội Nông dân xã vận động hội viên; Hội Chữ thập để xã tham gia sơ cứu; phối hợp với Công an xã.
3. Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện,
Phòng giao dịch Ngân hàng Chính sách xã hội huyện ưu tiên cho vay vốn.
4. Trung tâm Văn hóa, Thể thao và Truyền thanh huyện (TTVHTT&TT) xây dựng chuyên mục.
5. Thanh tra Sở, Văn phòng Sẽ: kiểm tra, bố trí kinh phí.
6. S&'Tài nguyên và Môi trường hướng dẫn thu gom.
7. Trưởng các thôn, bản rà soát, báo cáo về UBND xã.`;

  it('reads each body, with the locality marks, field and office its name had before restoration', () => {
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Trạm Y tế phường', 'lead'],
      ['Hội Nông dân xã', 'participant'],
      ['Hội Chữ thập đỏ xã', 'participant'],
      ['Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện', 'participant'],
      ['Phòng giao dịch Ngân hàng Chính sách xã hội huyện', 'participant'],
      ['Trung tâm Văn hóa, Thể thao và Truyền thanh huyện', 'participant'],
      ['Thanh tra Sở', 'participant'],
      ['Văn phòng Sở', 'participant'],
      ['Sở Tài nguyên và Môi trường', 'participant'],
      ['Trưởng các thôn, bản', 'participant'],
    ]);
  });

  it('takes no clause that opens with a duty, and no body that is only named in a clause', () => {
    const names = run(plan).agencies.map((a) => a.name);
    expect(names).not.toContain('Công an xã');
  });
});

describe('heads and localities restoration left with other marks', () => {
  it('reads a head and its locality words whose tone marks are wrong', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Ủy ban Mặt trận Tổ quốc thành phố, Thành Đoạn, Hội LHPN thành phố: vận động.\n2. UBND cạc xã, thị trấn: triển khai.\n3. Trưởng Tiểu học Kim Đồng: tổ chức ngoại khóa.\n4. Trung tâm Y tế huyến chủ trì khám sàng lọc.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual([
      'Ủy ban Mặt trận Tổ quốc thành phố',
      'Thành Đoàn',
      'Hội LHPN thành phố',
      'UBND các xã, thị trấn',
      'Trưởng Tiểu học Kim Đồng',
      'Trung tâm Y tế huyện',
    ]);
  });

  it('keeps words of their own that fold like a head out (Trưởng Ban, Quý I, Bão Yagi)', async () => {
    const { startsLikeOrganisation } = await import('../../src/extract/agencies.js');
    expect(['Trưởng Ban chỉ đạo', 'Quý I năm 2024', 'Bão Yagi', 'Số 12 phố Huế'].map(startsLikeOrganisation)).toEqual([false, false, false, false]);
    expect(['Thành Đoan', 'Đải Phát thanh', 'Trưởng Mầm non Hoa Sen'].map(startsLikeOrganisation)).toEqual([true, true, true]);
  });
});

describe('names and localities one letter off', () => {
  it('reads a short known name and its locality with one letter damaged, but not a different body', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Hội Nông dâu tỉuh, Công an huyệu: tuyên truyền, vận động.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Hội Nông dân tỉnh', 'Công an huyện']);
    const lookup = defaultAgencyLookup();
    expect(lookup.repair('Sở Y tá')).toBeNull();
    expect(lookup.repair('Sở Nội vụ')).toBeNull();
  });
});

describe('a numbered heading whose head OCR lost', () => {
  it('names the department of a known field at the level the plan names its other departments', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì khám sàng lọc.\n2. Tài nguyên và Môi trường hướng dẫn thu gom.\n3. ở Tài chính: bố trí kinh phí.\n4. GDĐT phối hợp tuyên truyền.\n5. Giáo dục và Đào tạo đưa nội dung vào trường học.\n6. Kinh phí thực hiện từ ngân sách.\n7. Y tế dự phòng là trọng tâm của năm.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual([
      'Sở Y tế',
      'Sở Tài nguyên và Môi trường',
      'Sở Tài chính',
      'Sở GDĐT',
      'Sở Giáo dục và Đào tạo',
    ]);
  });

  it('adds no head where the plan names no department', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Công an xã chủ trì tuần tra.\n2. Tài chính: bố trí kinh phí.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Công an xã']);
  });
});

describe("the province's paper with its head misread", () => {
  it('reads Bộ or Bảo before the place name of the header as Báo, and nothing else', () => {
    const header = `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n`;
    const plan = `${header}1. Bộ Lạng Sơn: đưa tin.\n2. Đài Phát thanh và Truyền hình tỉnh, Bảo Lang Sơn mở chuyên mục.\n3. Bộ Chỉ huy Quân sự tỉnh phối hợp.\n4. Bảo Lâm tổ chức tuyên truyền.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']);
  });
});

describe('roles restoration damaged', () => {
  it('reads a chairing phrase one letter off as lead, and chi trả (to pay) or a far word as no lead', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chn trì khám sàng lọc.\n2. Công an tỉnh là cơ quan thường trục của Ban Chỉ đạo.\n3. Bưu điện tỉnh chi trả trợ cấp.\n4. Sở Tư pháp chủ tọa hội nghị.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Sở Y tế', 'lead'],
      ['Công an tỉnh', 'lead'],
      ['Bưu điện tỉnh', 'participant'],
      ['Sở Tư pháp', 'participant'],
    ]);
  });
});

describe('duties and requests restoration damaged', () => {
  it('cuts a name at a duty one letter off, reads Giáo before a body as the request Giao, and puts a locality right before a verb', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Hợp tác xã Nông nghiệp Tân Phú vậu động thành viên tham gia.\n2. Giáo Phòng Nội vụ chủ trì theo dõi.\n3. Trung tâm Y tế huyền xét nghiệm, điều trị.\n4. Phòng Giáo dục và Đào tạo phối hợp tuyên truyền.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Hợp tác xã Nông nghiệp Tân Phú', 'participant'],
      ['Phòng Nội vụ', 'lead'],
      ['Trung tâm Y tế huyện', 'participant'],
      ['Phòng Giáo dục và Đào tạo', 'participant'],
    ]);
  });
});

describe('bodies listed with a semicolon', () => {
  it('splits a heading list at a semicolon as at a comma', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính; Sở Kế hoạch và Đầu tư: bố trí kinh phí.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
  });
});

describe('a paper later in a list, its head misread', () => {
  it('reads Bảo or Bão and a proper name after a body as the paper, not after a place of a level', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Đài Phát thanh và Truyền hình tỉnh, Bảo Lạng Sơn đưa tin.\n2. Đài Truyền thanh huyện, Bão Yên Bái và Cổng thông tin điện tử: đưa tin.\n3. Ủy ban nhân dân huyện Bảo Lâm, Bảo Yên phối hợp.`;
    const names = run(plan).agencies.map((a) => a.name);
    expect(names.slice(0, 5)).toEqual(['Đài Phát thanh và Truyền hình tỉnh', 'Báo Lạng Sơn', 'Đài Truyền thanh huyện', 'Báo Yên Bái', 'Cổng thông tin điện tử']);
    expect(names).not.toContain('Báo Yên');
  });
});

describe('a place name before a comma', () => {
  it('keeps the last word of a place printed before a comma, and stops there', async () => {
    const { trimToKnownName } = await import('../../src/extract/agencies.js');
    const lookup = defaultAgencyLookup();
    expect(trimToKnownName('UBND huyện Bảo Lâm, Bảo Yên', lookup)).toBe('UBND huyện Bảo Lâm');
    expect(trimToKnownName('Công an tỉnh Lạng Sơn, Nhân dân', lookup)).toBe('Công an tỉnh Lạng Sơn');
    expect(trimToKnownName('UBND các huyện, thành phố, thị xã', lookup)).toBe('UBND các huyện, thành phố, thị xã');
  });
});

describe('an item whose number OCR lost', () => {
  it('reads a body opening a sentence of the previous item with its duty, also on its own heading line', () => {
    const plan = `I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì tổ chức khám sàng lọc.\nSở Tài chính bố trí kinh phí theo quy định.\nSở Nội vụ\nĐưa nội dung vào thi đua, khen thưởng. Báo cáo kết quả về UBND tỉnh.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Sở Y tế', 'lead'],
      ['Sở Tài chính', 'participant'],
      ['Sở Nội vụ', 'participant'],
    ]);
  });
});
