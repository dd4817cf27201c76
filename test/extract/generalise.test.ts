import { describe, expect, it } from 'vitest';
import { defaultAgencyLookup, normalizeCode } from '../../src/extract/index.js';
import { dutyStart, matchPlaces, placeNames, trimToKnownName } from '../../src/extract/agencies.js';
import { fold } from '../../src/structure/fold.js';
import { run } from './helpers.js';

// Synthetic snippets of the genre, one per mechanism; none is taken from a fixture or a held-out plan.

const HEAD = `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. NỘI DUNG
1. Tuyên truyền
III. NHIỆM VỤ
1. Rà soát
IV. KINH PHÍ
Ngân sách huyện.`;

describe('agencies whose name runs into its sentence', () => {
  const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Trung tâm Y tế huyện chủ trì, phối hợp với các xã tổ chức tiêm chủng.
2. Công an huyện bảo đảm an toàn giao thông tại các điểm tổ chức sự kiện.
3. Sở Tài chính tham mưu bố trí kinh phí theo phân cấp ngân sách.
4. Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch của địa phương.
5. Đài Truyền thanh huyện đưa tin thường xuyên về kết quả thực hiện.
6. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các hội đoàn thể
Vận động hội viên tham gia các phong trào.
7. Phòng Tư pháp, Phòng Nội vụ
Hướng dẫn thủ tục; tổng hợp kết quả.

Nơi nhận:
- Như trên;`;

  it('ends the name at the first duty phrase, printed in lower case or opening the next line', () => {
    expect(run(plan).agencies.map((a) => [a.name, a.section, a.role])).toEqual([
      ['Trung tâm Y tế huyện', 'V.1', 'lead'],
      ['Công an huyện', 'V.2', 'participant'],
      ['Sở Tài chính', 'V.3', 'participant'],
      ['Ủy ban nhân dân các xã, thị trấn', 'V.4', 'participant'],
      ['Đài Truyền thanh huyện', 'V.5', 'participant'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'V.6', 'participant'],
      ['các hội đoàn thể', 'V.6', 'participant'],
      ['Phòng Tư pháp', 'V.7', 'participant'],
      ['Phòng Nội vụ', 'V.7', 'participant'],
    ]);
  });

  it('finds the agencies under an implementation part whose numeral OCR lower-cased', () => {
    const noisy = plan.replace('V. TỔ CHỨC THỰC HIỆN', 'vi. TỔ chức THỰC HIỆN');
    expect(run(noisy).agencies.map((a) => [a.name, a.section])).toContainEqual(['Công an huyện', 'V.2']);
    expect(run(noisy).agencies).toHaveLength(9);
  });

  it('takes the part whose items name bodies where the heading of the implementation part was lost', () => {
    const lost = plan.replace('V. TỔ CHỨC THỰC HIỆN', 'V. T0 C#ÚC TH#C H!ỆN');
    expect(run(lost).agencies.map((a) => a.name)).toContain('Công an huyện');
    // A plan whose items are tasks, not bodies, has no agencies.
    expect(run(HEAD).agencies).toEqual([]);
  });

  it('keeps `tổ chức` that names bodies and a duty in capitals inside a name', () => {
    const lowerName = { body: 'các tổ chức xã hội tham gia', folded: fold('các tổ chức xã hội tham gia') };
    expect(lowerName.body.slice(0, dutyStart(lowerName.body, lowerName.folded, new Set()))).toBe('các tổ chức xã hội ');
    const capital = 'Ban Tổ chức Huyện ủy chủ trì';
    expect(capital.slice(0, dutyStart(capital, fold(capital), new Set()))).toBe('Ban Tổ chức Huyện ủy ');
  });

  it('lists the members under a group label, and each body of a request list', () => {
    const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện
a) Phòng Y tế: chủ trì hướng dẫn chuyên môn.
b) Phòng Nội vụ: tổng hợp thi đua.
2. Đề nghị Huyện đoàn, Hội Nông dân huyện phối hợp vận động đoàn viên, hội viên.
3. Các trường học trên địa bàn
- Lồng ghép nội dung vào hoạt động ngoại khóa.`;
    expect(run(plan).agencies.map((a) => [a.name, a.section, a.role])).toEqual([
      ['Phòng Y tế', 'V.1.a', 'lead'],
      ['Phòng Nội vụ', 'V.1.b', 'participant'],
      ['Huyện đoàn', 'V.2', 'participant'],
      ['Hội Nông dân huyện', 'V.2', 'participant'],
      ['Các trường học trên địa bàn', 'V.3', 'participant'],
    ]);
  });

  it('knows the heads of local bodies (Trạm, Hạt, Đồn, Hội đồng …) and cuts unknown ones at their duty', () => {
    const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã: hướng dẫn phòng bệnh.
2. Hạt Kiểm lâm huyện phối hợp tuần tra.
3. Công chức Địa chính - Xây dựng rà soát quỹ đất.
4. Hội đồng Thi đua - Khen thưởng xã đề xuất khen thưởng.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual([
      'Trạm Y tế xã',
      'Hạt Kiểm lâm huyện',
      'Công chức Địa chính - Xây dựng',
      'Hội đồng Thi đua - Khen thưởng xã',
    ]);
  });

  it('reads bodies listed as bullets, with a colon or a duty after the name', () => {
    const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
- Phòng Y tế chủ trì kiểm tra an toàn thực phẩm.
- Công an huyện: bảo đảm an ninh trật tự.
- Tuyên truyền rộng rãi trong Nhân dân.`;
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Phòng Y tế', 'lead'],
      ['Công an huyện', 'participant'],
    ]);
  });

  it('spells a place name in an agency name as the header prints it, one letter off at most', () => {
    const places = placeNames({ issuer: 'Ủy ban nhân dân tỉnh Đồng Nai', place: 'Đồng Nai' });
    expect(places).toEqual(['Đồng Nai']);
    expect(placeNames({ issuer: 'Ủy ban nhân dân tỉnh Đồng Nai', place: 'Động Nai' })).toEqual(['Đồng Nai']);
    expect(placeNames({ issuer: 'Ủy ban nhân dân huyện Tam Đảo', place: 'Vĩnh Yên' })).toEqual(['Tam Đảo', 'Vĩnh Yên']);
    expect(matchPlaces('Báo Động Nai', places)).toBe('Báo Đồng Nai');
    expect(matchPlaces('Đài Phát thanh và Truyền hình Đông Nai', places)).toBe('Đài Phát thanh và Truyền hình Đồng Nai');
    expect(matchPlaces('Báo Bình Dương', places)).toBe('Báo Bình Dương');
    const plan = `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/KH-UBND Đồng Nai, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền\n${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Báo Động Nai đưa tin về kết quả.\n2. Sở Tài chính bố trí kinh phí.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Báo Đồng Nai', 'Sở Tài chính']);
    const misspelt = run(plan.replace('Đồng Nai, ngày', 'Động Nai, ngày').replace('Tuyên truyền', 'Tuyên truyền tại Động Nai'));
    expect([misspelt.metadata.place, misspelt.metadata.title]).toEqual(['Đồng Nai', 'Tuyên truyền tại Đồng Nai']);
  });

  it('puts right one OCR-damaged syllable of a long known name, and takes such a heading for a body', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.repair('Ủy ban Mặt trốn Tổ quốc Việt Nam huyện')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam huyện');
    expect(lookup.repair('Sở Lao động - Thương binh và Xã hội')).toBeNull();
    expect(lookup.repair('Sở Y tế')).toBeNull();
    const plan = `${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Công chế Tài chính - Kế toán xã:\nTham mưu bố trí kinh phí.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Công chức Tài chính - Kế toán xã']);
  });

  it('cuts a known name after its locality and place words where no duty phrase is listed', () => {
    const lookup = defaultAgencyLookup();
    expect(trimToKnownName('Công an tỉnh canh gác các điểm thi', lookup)).toBe('Công an tỉnh');
    const [police] = run(`${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh canh gác các điểm thi.`).agencies;
    expect([police!.name, police!.tasks]).toEqual(['Công an tỉnh', ['canh gác các điểm thi.']]);
    expect(trimToKnownName('Ủy ban nhân dân các huyện, thành phố, thị xã', lookup)).toBe('Ủy ban nhân dân các huyện, thành phố, thị xã');
    expect(trimToKnownName('Đài Phát thanh và Truyền hình Hà Giang', lookup)).toBe('Đài Phát thanh và Truyền hình Hà Giang');
    expect(trimToKnownName('Sở Văn hóa, Thể thao và Du lịch', lookup)).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(trimToKnownName('Hội Nông dân, Bến Tre', lookup)).toBe('Hội Nông dân');
    // A unit word restoration left one letter off is put right; other words end the name.
    expect(trimToKnownName('Ủy ban nhân dân các xã, thị trên', lookup)).toBe('Ủy ban nhân dân các xã, thị trấn');
    expect(trimToKnownName('Ủy ban nhân dân các xã, thị trường', lookup)).toBe('Ủy ban nhân dân các xã');
    // A district office shares its field name with the provincial department.
    expect(trimToKnownName('Phòng Tài nguyên và Môi trường huyện kiểm tra hiện trường', lookup)).toBe('Phòng Tài nguyên và Môi trường huyện');
    // Unknown bodies are left as they are.
    expect(trimToKnownName('Ban Quản lý khu du lịch', lookup)).toBe('Ban Quản lý khu du lịch');
  });
});

describe('target years, item numbers and counts', () => {
  const plan = `I. MỤC TIÊU
1. 100% giáo viên được bồi dưỡng kỹ năng số trong năm 2026.
2. Phấn đấu từ 60% đến 70% hộ gia đình có tủ sách.
3. Đến năm 2027, 85% xã đạt chuẩn; tỷ lệ trường đạt chuẩn quốc gia hằng năm từ 50% trở lên.
4. Doanh thu từ dịch vụ văn hóa đạt 35 tỷ đồng; thu hút 12.000 lượt truy cập.
5. Sửa chữa 03 phòng chức năng tại các điểm trường.
II. KINH PHÍ
Tổng kinh phí 500 triệu đồng; hỗ trợ trẻ 5 tuổi; đạt mức độ 3.`;

  it('reads an item whose text opens with a figure as that item, with its own year only', () => {
    const targets = run(plan).targets.map((t) => [t.value, t.valueMax, t.unit, t.year, t.section]);
    expect(targets.slice(0, 4)).toEqual([
      [100, null, '%', 2026, 'I.1'],
      [60, 70, '%', null, 'I.2'],
      [85, null, '%', 2027, 'I.3'],
      [50, null, '%', null, 'I.3'],
    ]);
  });

  it('reads counts with a thousands dot, money with a target cue and facility units, and nothing else', () => {
    const targets = run(plan).targets.slice(4).map((t) => [t.value, t.unit, t.section]);
    expect(targets).toEqual([
      [35, 'tỷ đồng', 'I.4'],
      [12000, 'lượt truy cập', 'I.4'],
      [3, 'phòng chức năng', 'I.5'],
    ]);
    expect(run(plan).targets.find((t) => t.unit === 'tỷ đồng')!.subject).toBe('Doanh thu từ dịch vụ văn hóa');
  });
});

describe('measure words that take their noun', () => {
  it('reads lượt / phòng with the one-syllable noun they measure as the unit, but not a function word', () => {
    const { targets } = run(`I. MỤC TIÊU
- Trang thông tin điện tử đạt 20.000 lượt xem mỗi năm.
- Bố trí 03 phòng đọc tại nhà văn hóa xã.
- Tổ chức 02 lượt tại mỗi thôn.`);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [20000, 'lượt xem'],
      [3, 'phòng đọc'],
      [2, 'lượt'],
    ]);
  });
});

describe('target subjects', () => {
  it('gives each member of a list the predicate printed after the last one', () => {
    const { targets } = run(`I. MỤC TIÊU\n- Đến năm 2026, 95% trường trung học, 90% trường tiểu học và 80% trường mầm non được kết nối mạng.`);
    expect(targets.map((t) => t.subject)).toEqual([
      'trường trung học được kết nối mạng',
      'trường tiểu học được kết nối mạng',
      'trường mầm non được kết nối mạng',
    ]);
  });
});

describe('dates: occasions and laws cited by name', () => {
  const text = `KẾ HOẠCH
Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;
I. NỘI DUNG
1. Tổ chức tôn vinh nhà giáo nhân dịp 20/11 tại các trường.
2. Báo cáo kết quả trurde ngày 05/12 hằng năm.
3. Hội nghị sơ kết dự kiến ngày 10/3/2025.
4. Gửi báo cáo năm trước ngày 15 tháng 12 hằng năm.
5. Các xã gửi kế hoạch về Phòng Văn hóa trả ngày 30/4/2025; hội nghị tổ chức vào ngày 05/5/2025.`;

  it('gives each date its kind', () => {
    expect(run(text).dates.map((d) => [d.iso, d.kind])).toEqual([
      ['2019-11-21', 'reference'],
      ['--11-20', 'observance'],
      ['--12-05', 'deadline'],
      ['2025-03-10', 'other'],
      ['--12-15', 'deadline'],
      ['2025-04-30', 'deadline'],
      ['2025-05-05', 'other'],
    ]);
  });
});

describe('references with OCR-damaged codes and issuers', () => {
  it('reads Đ misread as P, DP or PD and removes spaces, never touching the digits', () => {
    expect(normalizeCode('318/QP-TTg')).toBe('318/QĐ-TTg');
    expect(normalizeCode('27/QDP-UBND')).toBe('27/QĐ-UBND');
    expect(normalizeCode('08/2022/NQ-HDPND')).toBe('08/2022/NQ-HĐND');
    expect(normalizeCode('1520/QD- TTg')).toBe('1520/QĐ-TTg');
    expect(normalizeCode('13/2018/NĐ-CP')).toBe('13/2018/NĐ-CP');
    expect(normalizeCode('41/TTr-SNV')).toBe('41/TTr-SNV');
  });

  it('takes the issuer named before the citation and the remit of a steering committee', () => {
    const { references } = run(`KẾ HOẠCH
Căn cứ Công văn số 31/BCĐ-DS ngày 02/3/2024 của Ban Chỉ đạo quốc gia về Dân số và Phát triển về việc tổng kết;
Theo đề nghị của Phòng Văn hóa và Thông tin tại Tờ trình số 41/TTr-VHTT ngày 08/3/2024.
I. MỤC TIÊU`);
    expect(references.map((r) => [r.number, r.issuer])).toEqual([
      ['31/BCĐ-DS', 'Ban Chỉ đạo quốc gia về Dân số và Phát triển'],
      ['41/TTr-VHTT', 'Phòng Văn hóa và Thông tin'],
    ]);
  });
});

describe('OCR case noise and lost marks', () => {
  const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. sở Y tế chủ trì hướng dẫn chuyên môn.
2. Hội khUyến học huyện, Đài truyền thanh huyện phối hợp tuyên truyền.
3. Cong an huyen bao dam an ninh trat tu; Phong Noi vu theo dOi thi dua.`;

  it('reads names whose capitals or marks were lost, and duties whose inner letters changed case', () => {
    // `Phong Noi vu` is given its own duty in the clause after `;`.
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['sở Y tế', 'Hội khUyến học huyện', 'Đài truyền thanh huyện', 'Cong an huyen', 'Phong Noi vu']);
  });

  it('reads codes with a lowered capital, never touching the digits', () => {
    expect(normalizeCode('66/2021/NĐ-cP')).toBe('66/2021/NĐ-CP');
    expect(normalizeCode('12/KH-uBND')).toBe('12/KH-UBND');
    expect(normalizeCode('7/BCĐ-PcTT')).toBe('7/BCĐ-PCTT');
    expect(normalizeCode('749/QĐ-TTg')).toBe('749/QĐ-TTg');
    const { references } = run(`KẾ HOẠCH\nCăn cứ Kế hoạch số 31/KH-uBND ngày 04/3/2024 của Ủy ban nhân dân tỉnh;\nI. MỤC TIÊU`);
    expect(references.map((r) => [r.number, r.date])).toEqual([['31/KH-UBND', '2024-03-04']]);
  });
});


describe('bodies of kinds beyond the dictionary, and names that run into their sentence', () => {
  const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh là đầu mối hướng dẫn chuyên môn cho các đơn vị.
2. Ban Quản lý dự án đầu tư xây dựng huyện thẩm định hồ sơ công trình.
3. Liên đoàn Lao động huyện phổ biến chính sách cho người lao động.
4. Điện lực huyện, Viettel huyện bảo đảm điện và thông tin liên lạc.
5. Văn phòng HĐND và UBND huyện tổng hợp, báo cáo.
6. Các trường học trên địa bàn lồng ghép nội dung vào giờ sinh hoạt.
7. Báo Quảng Bình mở chuyên mục tuyên truyền.
8. Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao chủ động thực hiện.`;

  it('ends each name where its duty starts, whatever the kind of body', () => {
    expect(run(plan).agencies.map((a) => [a.name, a.section])).toEqual([
      ['Trung tâm Kiểm soát bệnh tật tỉnh', 'V.1'],
      ['Ban Quản lý dự án đầu tư xây dựng huyện', 'V.2'],
      ['Liên đoàn Lao động huyện', 'V.3'],
      ['Điện lực huyện', 'V.4'],
      ['Viettel huyện', 'V.4'],
      ['Văn phòng HĐND và UBND huyện', 'V.5'],
      ['Các trường học trên địa bàn', 'V.6'],
      ['Báo Quảng Bình', 'V.7'],
      ['Các sở, ban, ngành tỉnh', 'V.8'],
    ]);
  });

  it('takes `là đầu mối` for the lead', () => {
    expect(run(plan).agencies[0]!.role).toBe('lead');
  });

  it('keeps a short duty word only with its own marks (`mô hình` is not `mở`)', () => {
    const body = 'Hội Làm vườn mô hình tỉnh mở lớp';
    expect(body.slice(0, dutyStart(body, fold(body), new Set()))).toBe('Hội Làm vườn mô hình tỉnh ');
  });

  it('takes a locality phrase only whole (`phổ` alone is not `thành phố`)', () => {
    const lookup = defaultAgencyLookup();
    expect(trimToKnownName('Hội Nông dân huyện phổ biến kiến thức', lookup)).toBe('Hội Nông dân huyện');
    expect(trimToKnownName('Hội Nông dân các huyện, thành phố chỉ đạo', lookup)).toBe('Hội Nông dân các huyện, thành phố');
    expect(trimToKnownName('Công an các xã và thị trấn', lookup)).toBe('Công an các xã và thị trấn');
  });
});

describe('agency names as restoration leaves them, and names that are noun phrases', () => {
  it('repairs one damaged syllable of a long known name, but never the last word that tells bodies apart', () => {
    const lookup = defaultAgencyLookup();
    expect(lookup.repair('Ủy ban Mặt trốn Tổ quốc Việt Nam')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam');
    expect(lookup.repair('Trung tâm Văn hóa - Thể thao và Truyền thanh')).toBeNull();
    expect(lookup.repair('Văn phòng HĐND - UBND')).toBeNull();
  });

  it('puts the marks of locality words right inside a list of localities, and reads `Sở` misread', () => {
    const lookup = defaultAgencyLookup();
    expect(trimToKnownName('Ủy ban nhân dân các phương, xa', lookup)).toBe('Ủy ban nhân dân các phường, xã');
    expect(trimToKnownName('Ban Chỉ huy Quân sự thì trận phối hợp rà soát', lookup)).toBe('Ban Chỉ huy Quân sự thị trấn');
    expect(trimToKnownName('Công an xã xa lạ', lookup)).not.toContain('xã xã');
    const plan = `${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. SG Thông tin và Truyền thông, Báo Quảng Trị mế chuyên mục tuyên truyền.\n2. S6 Tài chính: bố trí kinh phí.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Sở Thông tin và Truyền thông', 'Báo Quảng Trị', 'Sở Tài chính']);
  });

  it('keeps a body named by what it does (`doanh nghiệp đưa người lao động …`) and ends a heading at a duty on the next line', () => {
    const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Đề nghị các doanh nghiệp đưa người lao động đi làm việc ở nước ngoài tuyển dụng công khai.
2. Hội Nông dân huyện, Hội Cựu chiến binh huyện
Đưa nội dung vào sinh hoạt chi hội.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual([
      'các doanh nghiệp đưa người lao động đi làm việc ở nước ngoài',
      'Hội Nông dân huyện',
      'Hội Cựu chiến binh huyện',
    ]);
  });
});

describe('newspapers named in sentence case', () => {
  it('keeps one lower-case word of a paper’s name', () => {
    const plan = `${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Báo Lao động: đưa tin.\n2. Báo Hà Tĩnh mế chuyên mục tuyên truyền.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Báo Lao động', 'Báo Hà Tĩnh']);
  });
});

describe('a head whose marks restoration got wrong', () => {
  it('reads the first body of a list of bodies with its head put right, and nothing where no body follows', () => {
    const plan = `${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Bảo Hà Giang, Đài Phát thanh và Truyền hình tỉnh: tuyên truyền.\n2. Bảo Lâm tổ chức tuyên truyền.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Báo Hà Giang', 'Đài Phát thanh và Truyền hình tỉnh']);
  });
});

describe('agencies: staff, names with a trade in lower case, and roles of bodies a heading lists', () => {
  const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Đội Quản lý trật tự xây dựng đô thị huyện chủ trì kiểm tra lấn chiếm vỉa hè.
2. Nhân viên thú y xã (ông Lò Văn Pọm, điện thoại 0912.000.111) chủ trì tiêm phòng.
3. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông huyện
- Phòng Văn hóa và Thông tin chủ trì hướng dẫn bình xét gia đình văn hóa.
- Trung tâm Văn hóa, Thể thao và Truyền thông huyện treo băng rôn cổ động.`;

  it('takes staff for a body only by their post, not as a class', () => {
    const staff = `${HEAD}\nV. TỔ CHỨC THỰC HIỆN\n1. Cán bộ, công chức, viên chức các cơ quan\nGương mẫu thực hiện.\n2. Cán bộ Tư pháp - Hộ tịch xã chủ trì hướng dẫn.`;
    expect(run(staff).agencies.map((a) => a.name)).toEqual(['Cán bộ Tư pháp - Hộ tịch xã']);
  });

  it('keeps the trade a body keeps in order in its name, drops a contact in brackets, and takes each role from its bullet', () => {
    expect(run(plan).agencies.map((a) => [a.name, a.role])).toEqual([
      ['Đội Quản lý trật tự xây dựng đô thị huyện', 'lead'],
      ['Nhân viên thú y xã', 'lead'],
      ['Phòng Văn hóa và Thông tin', 'lead'],
      ['Trung tâm Văn hóa, Thể thao và Truyền thông huyện', 'participant'],
    ]);
  });
});

describe('agencies: an urban district’s level word left one letter off', () => {
  it('reads `quén` after a known name as `quận`, but never a word of its own (quản lý, quan tâm)', () => {
    const plan = `${HEAD}
V. TỔ CHỨC THỰC HIỆN
1. Công an quén tổ chức tuần tra kiểm soát.
2. Phòng Tài chính - Kế hoạch quản lý kinh phí.
3. Trung tâm Y tế quan tâm khám sàng lọc.`;
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Công an quận', 'Phòng Tài chính - Kế hoạch', 'Trung tâm Y tế']);
  });
});
