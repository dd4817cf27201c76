import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';
import { agenciesInPlan, planHead, run } from './helpers.js';

// Made-up duty items of the genre (none taken from a fixture or a held-out plan): an implementation part organised
// by task with `Chủ trì:` / `Phối hợp:` bullets, bodies of the 2025 reorganisation (a province's merged newspaper and
// broadcaster, a commune's service centre, special zones), and a partner joined by `cùng`.

const HEAD = planHead('Bảo tồn di sản văn hóa');
const inPlan = (items: string) => agenciesInPlan(items, 'Bảo tồn di sản văn hóa');

function agenciesOf(items: string) {
  return inPlan(items);
}

const namesOf = (items: string) => agenciesOf(items).map(({ name }) => name);
const rolesOf = (items: string) => agenciesOf(items).map(({ name, role }) => [name, role]);

describe('an implementation part organised by task', () => {
  it('reads the bodies after bare Chủ trì: and Phối hợp: labels with the role the label says', () => {
    expect(rolesOf(`1. Kiểm kê di tích cấp tỉnh
- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Phối hợp: Sở Xây dựng, Ủy ban nhân dân các xã, phường.
2. Số hóa hiện vật
- Chủ trì: Bảo tàng tỉnh, Thư viện tỉnh.
- Phối hợp: Sở Khoa học và Công nghệ.`)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead'],
      ['Sở Xây dựng', 'participant'],
      ['Ủy ban nhân dân các xã, phường', 'participant'],
      ['Bảo tàng tỉnh', 'lead'],
      ['Thư viện tỉnh', 'lead'],
      ['Sở Khoa học và Công nghệ', 'participant'],
    ]);
  });

  it('leaves the bracket after a body out of its name and keeps it as its task, commas and full stops inside too', () => {
    const found = agenciesOf(`1. Tu bổ đình làng
- Chủ trì: Phòng Văn hóa - Xã hội xã.
- Phối hợp: Công an xã (bảo vệ hiện trường, giữ trật tự. Cả ban đêm), Hội Cựu chiến binh xã
(vận động, giám sát thi công).`);
    expect(found.map(({ name, role, line }) => [name, role, line])).toEqual([
      ['Phòng Văn hóa - Xã hội xã', 'lead', 9],
      ['Công an xã', 'participant', 10],
      ['Hội Cựu chiến binh xã', 'participant', 10],
    ]);
    // The task heading the bullets stand under comes first.
    expect(found[0]!.tasks).toEqual(['Tu bổ đình làng']);
    expect(found[1]!.tasks).toEqual(['Tu bổ đình làng', 'bảo vệ hiện trường, giữ trật tự. Cả ban đêm']);
    expect(found[2]!.tasks).toEqual(['Tu bổ đình làng', 'vận động, giám sát thi công']);
  });

  it('reads several role labels on one line, each with its own bodies', () => {
    expect(rolesOf(`1. Phục dựng lễ hội truyền thống
- Chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Tài chính, Ủy ban nhân dân các xã.
2. Quảng bá di sản
Đơn vị chủ trì: Trung tâm Xúc tiến du lịch tỉnh. Đơn vị phối hợp: Đài Phát thanh và Truyền hình tỉnh.`)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead'],
      ['Sở Tài chính', 'participant'],
      ['Ủy ban nhân dân các xã', 'participant'],
      ['Trung tâm Xúc tiến du lịch tỉnh', 'lead'],
      ['Đài Phát thanh và Truyền hình tỉnh', 'participant'],
    ]);
  });

  it('lists the bodies of a Phối hợp: bullet under an item that names its own body', () => {
    expect(rolesOf(`1. Sở Văn hóa, Thể thao và Du lịch chủ trì lập hồ sơ di tích quốc gia.
- Phối hợp: Sở Xây dựng, Bảo tàng tỉnh.
2. Sở Tài chính bố trí kinh phí.`)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead'],
      ['Sở Xây dựng', 'participant'],
      ['Bảo tàng tỉnh', 'participant'],
      ['Sở Tài chính', 'participant'],
    ]);
  });

  it('reads the sub-bullets under a role label that ends its line', () => {
    expect(rolesOf(`1. Kiểm kê di vật
- Đơn vị chủ trì: Bảo tàng tỉnh.
- Đơn vị phối hợp:
+ Sở Khoa học và Công nghệ;
+ Ủy ban nhân dân các xã, phường (cử cán bộ dẫn đường).`)).toEqual([
      ['Bảo tàng tỉnh', 'lead'],
      ['Sở Khoa học và Công nghệ', 'participant'],
      ['Ủy ban nhân dân các xã, phường', 'participant'],
    ]);
  });

  it('reads labels after the sentence or inside the bracket that describes the task', () => {
    const text = `1. Lập danh sách hộ có nhu cầu vay vốn làm du lịch cộng đồng. Cơ quan chủ trì: Ngân hàng Chính sách xã
hội tỉnh; cơ quan phối hợp: Ủy ban nhân dân các xã.
2. Tập huấn kỹ năng đón khách cho hộ gia đình (chủ trì: Trung tâm Xúc tiến du lịch tỉnh; phối hợp: Hội Nông dân
tỉnh) trong quý II.
3. Sở Tài chính bố trí kinh phí; phối hợp: Kho bạc Nhà nước.`;
    expect(rolesOf(text)).toEqual([
      ['Ngân hàng Chính sách xã hội tỉnh', 'lead'],
      ['Ủy ban nhân dân các xã', 'participant'],
      ['Trung tâm Xúc tiến du lịch tỉnh', 'lead'],
      ['Hội Nông dân tỉnh', 'participant'],
      ['Sở Tài chính', 'participant'],
    ]);
    expect(agenciesOf(text).slice(0, 3).map(({ tasks }) => tasks[0])).toEqual([
      'Lập danh sách hộ có nhu cầu vay vốn làm du lịch cộng đồng',
      'Lập danh sách hộ có nhu cầu vay vốn làm du lịch cộng đồng',
      'Tập huấn kỹ năng đón khách cho hộ gia đình',
    ]);
  });

  it('gives lettered labels the heading of their item as the task', () => {
    expect(agenciesOf(`1. Phục dựng lễ hội đình làng
a) Chủ trì: Sở Văn hóa, Thể thao và Du lịch.
b) Phối hợp: Ủy ban nhân dân các xã.`).map(({ name, role, tasks }) => [name, role, tasks])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead', ['Phục dựng lễ hội đình làng']],
      ['Ủy ban nhân dân các xã', 'participant', ['Phục dựng lễ hội đình làng']],
    ]);
  });

  it('reads labels a scan left one letter off (Chú trl:, Phổi hựp:)', () => {
    expect(rolesOf(`1. Phục dựng lễ cấp sắc
- Chú trl: Sở Văn hóa, Thể thao và Du lịch.
- Phổi hựp: Ủy ban nhân dân các xã.`)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead'],
      ['Ủy ban nhân dân các xã', 'participant'],
    ]);
  });

  it('still reads a bullet that names its body and duty beside a Phối hợp: bullet', () => {
    expect(rolesOf(`1. Theo dõi, đánh giá
- Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã là đầu mối, tổng hợp kết quả.
- Phối hợp: Phòng Kinh tế xã.`)).toEqual([
      ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'lead'],
      ['Phòng Kinh tế xã', 'participant'],
    ]);
  });
});

describe('a body’s role in a bracket of its own', () => {
  it('reads each body of a list with the role its bracket says, a group taking the bracket after its last name', () => {
    expect(rolesOf(`1. Sở Văn hóa, Thể thao và Du lịch (chủ trì), Sở Xây dựng, Công an tỉnh (phối hợp) kiểm tra an toàn các
điểm di tích.
2. Bảo tàng tỉnh (cơ quan thường trực) tổng hợp kết quả.`)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'lead'],
      ['Sở Xây dựng', 'participant'],
      ['Công an tỉnh', 'participant'],
      ['Bảo tàng tỉnh', 'lead'],
    ]);
  });
});

describe('a known name holding a duty word', () => {
  it('keeps tổng hợp of Trung tâm Dịch vụ tổng hợp on the name, in an item and in a later clause', () => {
    expect(rolesOf(`1. Trung tâm Dịch vụ tổng hợp xã tổng hợp nhu cầu giống cây trồng.
2. Phòng Kinh tế xã chủ trì thẩm định; Trung tâm Dịch vụ tổng hợp phường Bắc Sơn quản lý kho.`)).toEqual([
      ['Trung tâm Dịch vụ tổng hợp xã', 'participant'],
      ['Phòng Kinh tế xã', 'lead'],
      ['Trung tâm Dịch vụ tổng hợp phường Bắc Sơn', 'participant'],
    ]);
  });
});

describe('bodies of the 2025 reorganisation', () => {
  it('reads a province’s merged newspaper and broadcaster as one body, in a later clause too', () => {
    expect(agenciesOf(`1. Đề nghị Hội Nông dân tỉnh vận động hội viên; Báo và Phát thanh, Truyền hình Cao
Bằng mở chuyên mục về di sản.`).map(({ name, line }) => [name, line])).toEqual([
      ['Hội Nông dân tỉnh', 8],
      ['Báo và Phát thanh, Truyền hình Cao Bằng', 8],
    ]);
  });

  it('keeps special zones among the levels a list of people’s committees serves', () => {
    expect(rolesOf(`1. Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm chính về bảo tồn di tích trên địa bàn.`)).toEqual([
      ['Ủy ban nhân dân các xã, phường, đặc khu', 'lead'],
    ]);
  });
});

describe('offices below the province after the 2025 reorganisation', () => {
  it('keeps cơ sở, the office’s rank, and the place it serves on the name', () => {
    expect(rolesOf(`1. Bảo hiểm xã hội cơ sở Ea Súp phối hợp với Bưu điện tổ chức hội nghị đối thoại.
2. Thuế cơ sở 4 tỉnh Gia Lai rà soát hộ kinh doanh homestay.`)).toEqual([
      ['Bảo hiểm xã hội cơ sở Ea Súp', 'participant'],
      ['Thuế cơ sở 4 tỉnh Gia Lai', 'participant'],
    ]);
  });
});

describe('a collective heading over names the dictionary knows by a short form', () => {
  it('lists the names after the colon, not the heading (Các tổ chức tín dụng: Agribank …)', () => {
    expect(rolesOf(`1. Các tổ chức tín dụng: Agribank Chi nhánh tỉnh, Ngân hàng Chính sách xã hội tỉnh cho vay vốn làm homestay.`)).toEqual([
      ['Agribank Chi nhánh tỉnh', 'participant'],
      ['Ngân hàng Chính sách xã hội tỉnh', 'participant'],
    ]);
  });
});

describe('a partner joined by cùng', () => {
  it('ends the name before cùng and its partner, past the contacts in brackets', () => {
    expect(rolesOf(`1. Trưởng ấp (ông Trần Văn Lực ấp Bình Hòa, bà Lê Thị Ngọc ấp Tân Phú) cùng người có uy tín vận
động người dân giữ gìn miếu cổ.`)).toEqual([['Trưởng ấp', 'participant']]);
  });
});

describe('a village head whose bản restoration read as ban', () => {
  it('reads Trưởng ban alone as Trưởng bản where the plan names its villages bản …', () => {
    expect(rolesOf(`1. Phòng Văn hóa - Xã hội xã chủ trì kiểm kê nhà sàn cổ.
2. Trưởng ban (ông Lò Văn Tiến bản Nà Lòng, bà Cầm Thị Hoa bản Huổi Một) vận động hộ giữ nhà sàn.`)).toEqual([
      ['Phòng Văn hóa - Xã hội xã', 'lead'],
      ['Trưởng bản', 'participant'],
    ]);
  });

  it('reads it in a later clause too, right before its duty, but not a board’s head named with the board', () => {
    expect(rolesOf(`1. Ủy ban nhân dân các xã chịu trách nhiệm chính về nhà sàn cổ; Trưởng ban (ông Lò Văn Tiến bản Nà Lòng)
lập danh sách hộ có nhà sàn.`)).toEqual([
      ['Ủy ban nhân dân các xã', 'lead'],
      ['Trưởng bản', 'participant'],
    ]);
    expect(namesOf(`1. Ủy ban nhân dân các xã kiểm kê nhà sàn ở bản Nà Lòng; Trưởng ban công tác Mặt trận các khu dân cư vận động
nhân dân.`)).not.toContain('Trưởng bản công tác Mặt trận các khu dân cư');
  });

  it('leaves Trưởng ban as printed where no village is named so', () => {
    expect(agenciesOf(`1. Phòng Văn hóa - Xã hội xã chủ trì kiểm kê nhà sàn cổ.
2. Trưởng ban (ông Lò Văn Tiến thôn Nà Lòng) vận động hộ giữ nhà sàn.`).map(({ name }) => name)).not.toContain('Trưởng bản');
  });
});

describe('a heading line restoration wrecked', () => {
  it('reads the body from the scan’s own line where its damaged Sở then names a known department', () => {
    const lines = HEAD.split('\n').concat(['1. Soài chính (STC)', '- Là cơ quan thường trực, chủ trì thẩm định kinh phí.', '2. Công an tỉnh bảo đảm an ninh.']);
    const rawLines = lines.slice(0, -3).concat(["1. S&'Tai chinh (STC)", '- La co quan thuong truc, chu tri tham dinh kinh phi.', '2. Cong an tinh bao dam an ninh.']);
    const { agencies } = extract({ lines, rawLines, sections: structure(lines), pageOfLine: () => null });
    expect(agencies.map(({ name, role, line }) => [name, role, line])).toEqual([
      ['Sở Tài chính', 'lead', 8],
      ['Công an tỉnh', 'participant', 10],
    ]);
  });
});
