import { describe, expect, it } from 'vitest';
import { agenciesInPlan, run } from './helpers.js';

// Made-up duty items of the genre (none taken from a fixture or a held-out plan): posts listed with the people to
// contact, companies named by their legal form and trade name, a bank's transaction office, duty verbs of other
// sectors, and a table of duties whose bodies are listed again at items of their own.

const inPlan = (items: string) => agenciesInPlan(items, 'Phát triển du lịch cộng đồng');

function agenciesOf(items: string) {
  return inPlan(items);
}

function namesOf(items: string): string[] {
  return agenciesOf(items).map((agency) => agency.name);
}

describe('posts listed with the people to contact', () => {
  it('keeps the post and drops the villages it names one by one with their heads', () => {
    expect(namesOf(`1. Trưởng các thôn Nà Lừa (ông Hoàng Văn Dũng), Khuổi Luông (bà Nông Thị Hoa), Bản Piên
(ông Lò Văn Sáu) và các thôn khác vận động người dân đón khách du lịch.`)).toEqual(['Trưởng các thôn']);
  });

  it('reads a post in a later clause past the contacts in brackets', () => {
    expect(namesOf(`1. Ủy ban nhân dân các xã kiểm tra cơ sở lưu trú; Trưởng khu phố (ông Lê Văn Tám khu phố 2, bà Trần Thị
Bé khu phố 5) nắm tình hình hộ kinh doanh homestay.`)).toEqual(['Ủy ban nhân dân các xã', 'Trưởng khu phố']);
  });

  it('lists the village elders given the same task as the village heads', () => {
    expect(namesOf(`1. Trưởng thôn (ông A Nhơn thôn Kon Brông) và già làng vận động đồng bào giữ gìn nhà rông.`)).toEqual(['Trưởng thôn', 'già làng']);
  });

  it('leaves a bracket that names no one in the duty', () => {
    const [communes] = agenciesOf(`1. Ủy ban nhân dân các xã (ba xã vùng cao) vận động đồng bào (kèm theo danh sách) tham gia lễ hội.`);
    expect(communes!.name).toBe('Ủy ban nhân dân các xã');
    expect(communes!.tasks.join(' ')).toContain('(ba xã vùng cao) vận động đồng bào (kèm theo danh sách)');
  });

  it('keeps a body with its place where the bracket names no one', () => {
    expect(namesOf(`1. Công an xã Tân Phú (ông Nguyễn Văn Lợi, điện thoại 0912.111.222) bảo đảm an ninh tại điểm du lịch.`)).toEqual(['Công an xã Tân Phú']);
  });
});

describe('companies, bank offices and duty verbs of other sectors', () => {
  it('reads a bank transaction office as one name', () => {
    expect(namesOf(`1. Đề nghị Ngân hàng Chính sách xã hội - Phòng giao dịch Đắk Hà cho hộ trồng cà phê vay vốn tái canh.`)).toEqual([
      'Ngân hàng Chính sách xã hội - Phòng giao dịch Đắk Hà',
    ]);
  });

  it('ends names before phòng ngừa, giao khoán and thu tiền', () => {
    expect(namesOf(`1. Trường Mầm non Hoa Sen, Trường Tiểu học Lê Lợi phòng ngừa tai nạn đuối nước cho học sinh.
2. Ban Quản lý rừng đặc dụng Kẻ Gỗ giao khoán bảo vệ rừng cho hộ dân vùng đệm.
3. Công ty Cổ phần Xe khách Hà Tĩnh thu tiền vé qua ứng dụng.`)).toEqual([
      'Trường Mầm non Hoa Sen',
      'Trường Tiểu học Lê Lợi',
      'Ban Quản lý rừng đặc dụng Kẻ Gỗ',
      'Công ty Cổ phần Xe khách Hà Tĩnh',
    ]);
  });
});

describe('a table of duties with lead and partner columns', () => {
  const items = `1. Phân công nhiệm vụ chủ yếu:
TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp
1 Thu gom, xử lý rác thải Công ty Cổ phần Môi trường đô thị Quy Nhơn UBND các phường
2 Nạo vét kênh tiêu úng Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định Đài Khí tượng thủy văn tỉnh
3 Kiểm tra nhà ở vùng ngập Sở Xây dựng Trung tâm Truyền thông tỉnh
2. Sở Xây dựng là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, tổng hợp kết quả.
3. Ủy ban nhân dân các phường, xã chịu trách nhiệm chính trên địa bàn.`;

  it('reads the whole company names of the lead column', () => {
    const names = namesOf(items);
    expect(names).toContain('Công ty Cổ phần Môi trường đô thị Quy Nhơn');
    expect(names).toContain('Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định');
  });

  it('lists a body the table names at the item of its own, once', () => {
    const agencies = agenciesOf(items);
    const building = agencies.filter((agency) => agency.name === 'Sở Xây dựng');
    expect(building).toHaveLength(1);
    expect(building[0]!.section).toBe('IV.2');
    expect(building[0]!.role).toBe('lead');
    expect(agencies.map((agency) => agency.name)).not.toContain('UBND các phường');
    expect(agencies.map((agency) => agency.name)).toContain('Ủy ban nhân dân các phường, xã');
  });
});

describe('names a scan damaged', () => {
  it('blanks a contact whose title restoration turned into another short word', () => {
    expect(namesOf(`1. Trưởng các bản Nà Ớt (nợ Lò Văn Ún), Pá Khoang (bà Lò Thị Xuân) vận động bà con giữ rừng.`)).toEqual(['Trưởng các bản']);
  });

  it('reads Sở glued to its field in a later clause listing bodies', () => {
    expect(namesOf(`1. Sở Công Thương chủ trì hội chợ; S&Y tế, Sở Nội vụ phối hợp kiểm tra.`)).toEqual(['Sở Công Thương', 'Sở Y tế', 'Sở Nội vụ']);
  });

  it('keeps a regional branch named by its number', () => {
    expect(agenciesOf(`1. Ngân hàng Nhà nước Khu vực 9 chủ trì về tín dụng cho du lịch.`).map(({ name, role }) => [name, role])).toEqual([
      ['Ngân hàng Nhà nước Khu vực 9', 'lead'],
    ]);
  });
});

describe('a border post named by its crossing in lower case', () => {
  it('keeps cửa khẩu (quốc tế) and the crossing\'s name on the post', () => {
    expect(namesOf(`1. Đồn Biên phòng cửa khẩu quốc tế Lao Bảo, Đồn Biên phòng cửa khẩu La Lay hướng dẫn khách qua lại.`)).toEqual([
      'Đồn Biên phòng cửa khẩu quốc tế Lao Bảo',
      'Đồn Biên phòng cửa khẩu La Lay',
    ]);
  });
});

describe('more duty verbs of the genre', () => {
  it('ends a name no list holds before xử phạt, nạo vét, sơ tán and đăng ký', () => {
    expect(namesOf(`1. Đội Kiểm tra liên ngành xử phạt hành vi lấn chiếm bờ kênh.
2. Hợp tác xã Dịch vụ nông nghiệp Tân Hưng nạo vét kênh nội đồng.
3. Ban Chỉ huy Quân sự các xã sơ tán dân ra khỏi vùng sạt lở.
4. Hội Nông dân các xã đăng ký mô hình sản xuất.`)).toEqual([
      'Đội Kiểm tra liên ngành',
      'Hợp tác xã Dịch vụ nông nghiệp Tân Hưng',
      'Ban Chỉ huy Quân sự các xã',
      'Hội Nông dân các xã',
    ]);
  });
});

describe('schools named by kind and proper name in a long paragraph', () => {
  it('ends a school\'s name after its proper name, before a duty no list holds', () => {
    expect(namesOf(`1. Các cơ quan, đơn vị: Trạm Y tế xã hướng dẫn sơ cứu; Trường Mầm non Sao Mai, Trường Trung học cơ sở Lê Quý
Đôn giáo dục kỹ năng an toàn giao thông cho học sinh; Công an xã xử phạt vi phạm.`)).toEqual([
      'Trạm Y tế xã',
      'Trường Mầm non Sao Mai',
      'Trường Trung học cơ sở Lê Quý Đôn',
      'Công an xã',
    ]);
  });
});
