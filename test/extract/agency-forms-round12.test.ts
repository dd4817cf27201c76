import { describe, expect, it } from 'vitest';
import { damagedCopyOf } from '../../src/extract/agencies/places.js';
import { namePairs, withPairsRepaired } from '../../src/extract/agencies/pairs.js';
import { agenciesInPlan, run } from './helpers.js';

// Made-up duty items of the genre (none taken from a fixture or a held-out plan), with the damage restoration
// leaves: a post of the villages whose `bản` was read `ban`, …

const inPlan = (items: string) => agenciesInPlan(items, 'Bảo vệ rừng đầu nguồn', 'Ngân sách huyện.');

function agenciesOf(items: string) {
  return inPlan(items);
}

const namesOf = (items: string) => agenciesOf(items).map(({ name }) => name);

describe('a village head listed with another post of the villages', () => {
  it('reads Trưởng ban và Tổ trưởng … các bản as the head of a village and the other post', () => {
    expect(namesOf(`1. Hạt Kiểm lâm huyện chủ trì tuần tra rừng phòng hộ.
2. Trưởng ban và Tổ trưởng tổ an ninh các bản (ông Vi Văn Sơn bản Nà Pục, bà Lường Thị Ơn bản Co Mạ) vận động
hộ dân không đốt nương gần rừng.`)).toEqual(['Hạt Kiểm lâm huyện', 'Trưởng bản', 'Tổ trưởng tổ an ninh các bản']);
  });

  it('leaves Trưởng ban as printed where the list goes on with a board', () => {
    expect(namesOf(`1. Hạt Kiểm lâm huyện chủ trì tuần tra rừng phòng hộ ở bản Nà Pục.
2. Trưởng ban và Phó Trưởng ban công tác Mặt trận các bản vận động hộ dân không đốt nương gần rừng.`)).not.toContain('Trưởng bản');
  });
});

describe('a place name OCR wrecked beyond a letter inside a name', () => {
  const plan = (body: string) => `ỦY BAN NHÂN DÂN
THỊ XÃ ĐỨC PHỔ
Số: 31/KH-UBND
Đức Phổ, ngày 04 tháng 3 năm 2026
KẾ HOẠCH
Phát triển nghề nuôi biển năm 2026
Căn cứ Nghị quyết số 21-NQ/TU ngày 10/01/2026 của Thị ủy Pir Phổ;
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. NỘI DUNG
1. Nuôi biển
III. KINH PHÍ
Ngân sách thị xã.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế thị xã chủ trì hướng dẫn nuôi lồng bè.
${body}

Nơi nhận:
- Như trên;`;

  it('takes the header’s spelling where one word is no syllable and two edits off (its P the scan’s Đ)', () => {
    const result = run(plan('2. Đề nghị Viettel Đức Phỏu, VNPT Đức Phổ hỗ trợ kết nối mạng cho hộ nuôi.'));
    expect(result.references.map(({ issuer }) => issuer)).toEqual(['Thị ủy Đức Phổ']);
    expect(result.agencies.map(({ name }) => name)).toEqual(['Phòng Kinh tế thị xã', 'Viettel Đức Phổ', 'VNPT Đức Phổ']);
  });

  it('leaves a place whose words are all syllables as printed (a neighbouring place, not damage)', () => {
    const result = run(plan('2. Đề nghị Bưu điện Đức Phong hỗ trợ kết nối mạng cho hộ nuôi.'));
    expect(result.agencies.map(({ name }) => name)).toContain('Bưu điện Đức Phong');
  });
});

describe('damagedCopyOf', () => {
  it('resolves a wrecked word to the one place it is near, and none where two places are as near', () => {
    expect(damagedCopyOf('Tam Nôug', 'Tam Nông', ['Tam Nông'])).toBe(true);
    expect(damagedCopyOf('Tam Nôug', 'Tam Nông', ['Tam Nông', 'Tam Nâng'])).toBe(false);
    expect(damagedCopyOf('Tam Nôug', 'Tam Nông', ['Tam Nông', 'Tam Nôn'])).toBe(false);
  });

  it('needs the other words the same and three edits are too many', () => {
    expect(damagedCopyOf('Tâm Nôug', 'Tam Nông', ['Tam Nông'])).toBe(true);
    expect(damagedCopyOf('Tan Nôug', 'Tam Nông', ['Tam Nông'])).toBe(false);
    expect(damagedCopyOf('Tam Xyzw', 'Tam Nông', ['Tam Nông'])).toBe(false);
  });
});

describe('a later clause that names its body before a colon', () => {
  it('reads the body of each clause of a lettered item printed Name: duty; Name: duty', () => {
    expect(namesOf(`1. Các cơ quan cấp huyện:
a) Phòng Kinh tế huyện: hướng dẫn kỹ thuật trồng rừng gỗ lớn;
b) Phòng Tài chính - Kế hoạch: cân đối kinh phí; Điện lực huyện: bảo đảm cấp điện cho vườn ươm;
c) Hạt Kiểm lâm huyện: kiểm tra nguồn gốc giống.`)).toEqual(['Phòng Kinh tế huyện', 'Phòng Tài chính - Kế hoạch', 'Điện lực huyện', 'Hạt Kiểm lâm huyện']);
  });

  it('takes no label of a time or a role before a colon for a body', () => {
    expect(namesOf(`1. Phòng Kinh tế huyện: hướng dẫn kỹ thuật trồng rừng gỗ lớn; Thời gian: tháng 3/2026; Phối hợp: các xã.`)).toEqual(['Phòng Kinh tế huyện']);
  });
});

describe('a word of a name one look-alike letter off, read by the pair it makes', () => {
  it('puts a word right by a pair of the known names or a pair the plan prints twice', () => {
    const names = namesOf(`1. Trung tâm Quảu lý đất đai huyện chủ trì đo đạc vùng nuôi tôm.
2. Hợp tác xã nuôi tôn Bình Minh phối hợp khoanh vùng nuôi tôm an toàn.`);
    expect(names).toEqual(['Trung tâm Quản lý đất đai huyện', 'Hợp tác xã nuôi tôm Bình Minh']);
  });

  it('takes no pair where two are as near, and leaves a word that makes a known pair with its other neighbour', () => {
    const vocabulary = namePairs(['Trường Mầm non', 'Nhà Mầm nam']);
    expect(withPairsRepaired('Trường Mầm nan Hoa Sen', namePairs(['Trường Mầm non']))).toBe('Trường Mầm non Hoa Sen');
    expect(withPairsRepaired('Trường Mầm nan Hoa Sen', vocabulary)).toBe('Trường Mầm nan Hoa Sen');
    expect(withPairsRepaired('các cơ quan và đon vị', namePairs(['và dân', 'đơn vị']))).toBe('các cơ quan và đon vị');
  });

  it('leaves a word before a proper name as printed', () => {
    expect(withPairsRepaired('Ban Quản lý rừng phòng hộ Tu Mơ', namePairs(['Bộ Tư pháp']))).toBe('Ban Quản lý rừng phòng hộ Tu Mơ');
  });
});

describe('the case of a word read by its pair', () => {
  it('puts a word in lower case right only by a word in lower case', () => {
    expect(withPairsRepaired('Ban vận động thực hiện phong trào', namePairs(['Đồn Biên phòng']))).toBe('Ban vận động thực hiện phong trào');
  });
});

describe('a label and its colon over one paragraph of duties', () => {
  it('reads each clause that opens with a body as that body and its role (1. Phân công: … ; … ; …)', () => {
    const agencies = agenciesOf(`1. Phân công: Phòng Kinh tế xã là cơ quan thường trực, chủ trì triển khai Kế hoạch, tổng hợp báo cáo
UBND xã trước ngày 10 hằng tháng; Công an xã chủ trì xử lý các trường hợp đổ rác sai quy định; Trạm Y tế xã
hướng dẫn phân loại chất thải y tế tại hộ gia đình; Phòng Văn hóa - Xã hội xã biên soạn tài liệu tuyên truyền,
phối hợp trường học vận động học sinh.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động hội viên tham gia.`);
    expect(agencies.map(({ name, role }) => `${name}: ${role}`)).toEqual([
      'Phòng Kinh tế xã: lead',
      'Công an xã: lead',
      'Trạm Y tế xã: participant',
      'Phòng Văn hóa - Xã hội xã: participant',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã: participant',
    ]);
  });

  it('finds no body in a label whose paragraph names none', () => {
    expect(namesOf(`1. Kinh phí: từ nguồn ngân sách xã năm 2026 và các nguồn hợp pháp khác.
2. Phòng Kinh tế xã chủ trì tổng hợp.`)).toEqual(['Phòng Kinh tế xã']);
  });
});
