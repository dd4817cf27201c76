import { describe, expect, it } from 'vitest';
import { agenciesInPlan, planHead, run } from './helpers.js';
import { tableColumns } from '../../src/structure/tables.js';
import { structure } from '../../src/structure/index.js';

// Made-up duty items of the genre (none taken from a fixture or a held-out plan): bodies whose own name goes on
// past its kind in lower case or with a number, and heads and kinds of body the first rounds did not meet.

const HEAD = planHead('Tuyên truyền');
const inPlan = (items: string) => agenciesInPlan(items, 'Tuyên truyền');

function namesOf(items: string): string[] {
  return inPlan(items).map((agency) => agency.name);
}

describe('agencies whose name goes on past its kind', () => {
  it('keeps a border post named by its crossing, with or without quốc tế', () => {
    expect(namesOf(`1. Đồn Biên phòng Cửa khẩu Hoa Lư phối hợp tuần tra biên giới.
2. Đồn Biên phòng Cửa khẩu quốc tế Tây Trang tuần tra, kiểm soát.`)).toEqual([
      'Đồn Biên phòng Cửa khẩu Hoa Lư',
      'Đồn Biên phòng Cửa khẩu quốc tế Tây Trang',
    ]);
  });

  it('keeps the number of a team (số 5), but not a number set off by a comma', () => {
    expect(namesOf(`1. Đội Quản lý thị trường số 5 kiểm tra hàng hóa.`)).toEqual(['Đội Quản lý thị trường số 5']);
  });
});

describe('kinds of body and posts given duties', () => {
  it('lists a commune police chief, a cultural house, a port authority and a national park', () => {
    expect(namesOf(`1. Trưởng Công an xã chỉ đạo lực lượng giữ gìn trật tự.
2. Nhà Văn hóa Thanh niên tỉnh tổ chức các hoạt động.
3. Cảng vụ Hàng hải Nghệ An phối hợp kiểm tra tàu thuyền.
4. Vườn quốc gia Pù Mát phối hợp bảo tồn đa dạng sinh học.`)).toEqual([
      'Trưởng Công an xã',
      'Nhà Văn hóa Thanh niên tỉnh',
      'Cảng vụ Hàng hải Nghệ An',
      'Vườn quốc gia Pù Mát',
    ]);
  });
});

describe('names that end in the party committee or a number', () => {
  it('keeps Huyện ủy / Tỉnh ủy on a board of the committee and the number of a tax office', () => {
    expect(namesOf(`1. Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác tuyên truyền.
2. Thuế cơ sở 2 tỉnh hướng dẫn hộ kinh doanh kê khai.`)).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Thuế cơ sở 2 tỉnh']);
  });
});

describe('roles in one paragraph that names several bodies', () => {
  it('gives the bodies of the first sentence their own role, not that of a body named in a later sentence', () => {
    const agencies = run(`${HEAD}
Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao xây
dựng kế hoạch thực hiện. Sở Giáo dục và Đào tạo là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện.

Nơi nhận:
- Như trên;`).agencies.map((agency) => [agency.name, agency.role]);
    expect(agencies).toEqual([
      ['Các sở, ban, ngành, đoàn thể tỉnh', 'participant'],
      ['Ủy ban nhân dân các huyện, thành phố', 'participant'],
      ['Sở Giáo dục và Đào tạo', 'lead'],
    ]);
  });
});

describe('a heading that gathers bodies', () => {
  it('lists the bodies of its bullets, not the heading itself', () => {
    expect(namesOf(`1. Các đơn vị khác
- Bưu điện tỉnh: phối hợp chi trả trợ cấp.
- Viễn thông tỉnh bảo đảm hạ tầng mạng.`)).toEqual(['Bưu điện tỉnh', 'Viễn thông tỉnh']);
  });

  it('keeps a heading of bodies that has duties of its own', () => {
    expect(namesOf(`1. Các cơ quan, đơn vị liên quan phối hợp thực hiện.`)).toEqual(['Các cơ quan, đơn vị liên quan']);
  });
});

describe('lists of bodies in one item', () => {
  it('lists the bodies named after a collective label and its colon, each with its own duty, not the label', () => {
    expect(namesOf(`1. Các phòng, ban, ngành huyện: Phòng Nội vụ chủ trì công tác thi đua; Phòng Tư pháp hướng
dẫn thủ tục; Công an huyện bảo đảm trật tự.`)).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp', 'Công an huyện']);
  });

  it('keeps the fields of a department listed with commas on its name', () => {
    expect(namesOf(`1. Phòng Bưu chính, Viễn thông và Chuyển đổi số chủ trì triển khai.`)).toEqual([
      'Phòng Bưu chính, Viễn thông và Chuyển đổi số',
    ]);
  });

  it('reads cấp after a body as its duty unless a level follows', () => {
    expect(namesOf(`1. Bảo hiểm xã hội huyện cấp thẻ cho người thuộc diện được hỗ trợ.
2. Ủy ban nhân dân cấp xã rà soát đối tượng.`)).toEqual(['Bảo hiểm xã hội huyện', 'Ủy ban nhân dân cấp xã']);
  });
});

describe('words of a name OCR read one letter off', () => {
  it('puts right a lower-case word that is no syllable where one look-alike letter gives a word of the known names', () => {
    expect(namesOf(`1. Chi nhánh Ngân hànq Chính sách xã hội huyện bố trí vốn vay.
2. Đội Quản lý trật fự đô thị phường kiểm tra lòng đường.`)).toEqual([
      'Chi nhánh Ngân hàng Chính sách xã hội huyện',
      'Đội Quản lý trật tự đô thị phường',
    ]);
  });

  it('leaves capitalised words and words that are syllables as printed', () => {
    expect(namesOf(`1. Hội Nông dân xã Ea Kao vận động hội viên.`)).toEqual(['Hội Nông dân xã Ea Kao']);
  });
});

describe('a level restoration marked otherwise in a list', () => {
  it('takes the spelling of the level another body of the same item prints', () => {
    expect(namesOf(`1. Ban Chỉ huy Quân sự quân, Công an quận phối hợp bảo đảm an ninh.`)).toEqual(['Ban Chỉ huy Quân sự quận', 'Công an quận']);
  });
});

function rolesOf(items: string): [string, string][] {
  return inPlan(items).map((agency) => [agency.name, agency.role]);
}

describe('posts given duties for the bodies they head', () => {
  it('lists a chairman, a head teacher, directors and heads of bodies with the bodies or class they head', () => {
    expect(namesOf(`1. Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm chỉ đạo tại địa phương.
2. Hiệu trưởng các trường trung học cơ sở lồng ghép nội dung vào hoạt động ngoại khóa.
3. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh căn cứ chức năng, nhiệm vụ tổ chức thực hiện.`)).toEqual([
      'Chủ tịch Ủy ban nhân dân các xã, thị trấn',
      'Hiệu trưởng các trường trung học cơ sở',
      'Giám đốc các sở',
      'Thủ trưởng các ban, ngành, đoàn thể tỉnh',
    ]);
  });

  it('takes no post alone or in a list of officials', () => {
    expect(namesOf(`1. Chủ tịch, các Phó Chủ tịch theo dõi, chỉ đạo.
2. Sở Tài chính bố trí kinh phí.`)).toEqual(['Sở Tài chính']);
  });
});

describe('leads named by a main responsibility or a standing office', () => {
  it('reads chịu trách nhiệm chính, là đơn vị thường trực and là đầu mối as leading', () => {
    expect(rolesOf(`1. Sở Lao động - Thương binh và Xã hội: chịu trách nhiệm chính trong việc hướng dẫn đào tạo.
2. Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị thường trực, tổng hợp kết quả.
3. Chi cục Kiểm lâm là đầu mối theo dõi.
4. Sở Nội vụ tham mưu khen thưởng.`)).toEqual([
      ['Sở Lao động - Thương binh và Xã hội', 'lead'],
      ['Trung tâm Kiểm soát bệnh tật tỉnh', 'lead'],
      ['Chi cục Kiểm lâm', 'lead'],
      ['Sở Nội vụ', 'participant'],
    ]);
  });

  it('leaves a body that names one of its staff as the contact a participant', () => {
    expect(rolesOf(`1. Các sở, ngành cử cán bộ làm đầu mối phối hợp triển khai thực hiện.`)).toEqual([['Các sở, ngành', 'participant']]);
  });
});

describe('branches and bodies that only look like known ones', () => {
  it('keeps the branch of a bank on its name, in lower case or after a dash', () => {
    expect(namesOf(`1. Ngân hàng Chính sách xã hội chi nhánh tỉnh ưu tiên cho vay.
2. Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam - Chi nhánh Nam Định hỗ trợ thanh toán.`)).toEqual([
      'Ngân hàng Chính sách xã hội chi nhánh tỉnh',
      'Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam - Chi nhánh Nam Định',
    ]);
  });

  it('never turns a body one word away from a known one into it (Chi cục Thủy sản is no Chi cục Thuế)', () => {
    expect(namesOf(`1. Chi cục Thủy sản là cơ quan đầu mối theo dõi, tổng hợp.`)).toEqual(['Chi cục Thủy sản']);
  });
});

describe('a collective label over bullets that each name a body', () => {
  it('lists the bodies of the bullets, not the label', () => {
    expect(namesOf(`1. Các cơ quan, đơn vị:
- Phòng Kinh tế chủ trì tham mưu triển khai;
- Phòng Tài chính - Kế hoạch bố trí kinh phí.
2. Ủy ban nhân dân các xã, thị trấn:
- Xây dựng kế hoạch tại địa phương;
- Bố trí kinh phí.`)).toEqual(['Phòng Kinh tế', 'Phòng Tài chính - Kế hoạch', 'Ủy ban nhân dân các xã, thị trấn']);
  });
});

describe('more kinds of body and duties (second batch)', () => {
  it('reads associations, universities, groups, parents boards and a youth union named by its level', () => {
    expect(namesOf(`1. Hiệp hội Du lịch tỉnh, Hội Doanh nghiệp tỉnh kết nối doanh nghiệp.
2. Đề nghị Đại học Đà Nẵng chia sẻ phòng thí nghiệm.
3. Tập đoàn Bưu chính Viễn thông Việt Nam - Chi nhánh Gia Lai bàn giao thiết bị.
4. Ban đại diện cha mẹ học sinh các trường: phối hợp giám sát.
5. Hội Chữ thập đỏ xã, Đoàn xã: kêu gọi ủng hộ.`)).toEqual([
      'Hiệp hội Du lịch tỉnh',
      'Hội Doanh nghiệp tỉnh',
      'Đại học Đà Nẵng',
      'Tập đoàn Bưu chính Viễn thông Việt Nam - Chi nhánh Gia Lai',
      'Ban đại diện cha mẹ học sinh các trường',
      'Hội Chữ thập đỏ xã',
      'Đoàn xã',
    ]);
  });

  it('ends a name at dành and họp as printed, not at the words they fold like', () => {
    expect(namesOf(`1. Ngân hàng Chính sách xã hội chi nhánh huyện dành nguồn vốn cho hộ nghèo.
2. Trưởng các bản Nà Sang, Huổi Một họp bản phổ biến quy định.`)).toEqual(['Ngân hàng Chính sách xã hội chi nhánh huyện', 'Trưởng các bản Nà Sang, Huổi Một']);
  });

  it('takes no body the item hands a task on to, and no second entry for a body named again shorter', () => {
    expect(namesOf(`1. UBND các xã thay thế đèn chiếu sáng; giao Đài Truyền thanh xã phát tin tuyên truyền.
2. Đề nghị Hội Cựu chiến binh huyện, Huyện đoàn Yên Thế vận động hội viên; Huyện đoàn tổ chức đội tình nguyện.`)).toEqual([
      'UBND các xã',
      'Hội Cựu chiến binh huyện',
      'Huyện đoàn Yên Thế',
    ]);
  });

  it('never turns a body into a known one whose word differs by a letter where the printed word is a word of known names', () => {
    expect(namesOf(`1. Trung tâm Khuyến công và Xúc tiến thương mại hỗ trợ doanh nghiệp.`)).toEqual(['Trung tâm Khuyến công và Xúc tiến thương mại']);
  });
});

describe('heads of a residential group\'s front work', () => {
  it('splits Trưởng các ấp from Trưởng Ban công tác Mặt trận các ấp', () => {
    expect(namesOf(`1. Trưởng các ấp, Trưởng Ban công tác Mặt trận các ấp: tuyên truyền, vận động nhân dân.`)).toEqual([
      'Trưởng các ấp',
      'Trưởng Ban công tác Mặt trận các ấp',
    ]);
  });
});

describe('bodies named by their level alone', () => {
  it('reads the tax office of a province or an area like the youth union (Thuế tỉnh …, Đoàn xã)', () => {
    expect(namesOf(`1. Thuế tỉnh Hưng Yên hướng dẫn hộ kinh doanh kê khai.
2. Kho bạc Nhà nước khu vực XII kiểm soát chi.`)).toEqual(['Thuế tỉnh Hưng Yên', 'Kho bạc Nhà nước khu vực XII']);
  });
});

describe('bodies outside the dictionary ended by more verbs of the genre', () => {
  it('ends the name of a body it does not know at the verb of its duty', () => {
    expect(namesOf(`1. Công ty Cổ phần Môi trường đô thị Vĩnh Long thu gom, vận chuyển rác thải.
2. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh giám định mẫu.
3. Đồn Biên phòng Cửa khẩu Xa Mát phối hợp triệt phá các đường dây buôn lậu.
4. Hội Chữ thập đỏ huyện huấn luyện sơ cứu cho tình nguyện viên.
5. Ban Quản lý chợ Long Xuyên cải tạo khu vực kinh doanh thực phẩm.`)).toEqual([
      'Công ty Cổ phần Môi trường đô thị Vĩnh Long',
      'Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh',
      'Đồn Biên phòng Cửa khẩu Xa Mát',
      'Hội Chữ thập đỏ huyện',
      'Ban Quản lý chợ Long Xuyên',
    ]);
  });
});

describe('a level word after a name', () => {
  it('is never read as a duty one letter off (xã phát is no xử phạt)', () => {
    expect(namesOf(`1. Đài Truyền thanh xã phát thông báo 02 lần/tuần.`)).toEqual(['Đài Truyền thanh xã']);
  });
});

describe('bodies with their own duty after a comma in one sentence', () => {
  it('lists each body a comma opens with its own duty, but not partners after phối hợp (với) or objects of a duty', () => {
    expect(rolesOf(`1. Sở Y tế chủ trì tổ chức khám sàng lọc, Sở Tài chính bố trí kinh phí, Công an tỉnh bảo đảm an ninh tại các điểm khám.
2. Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao huyện, Đài Truyền thanh huyện tổ chức tuyên truyền.
3. Phòng Y tế phối hợp Trung tâm Y tế huyện, Bệnh viện Đa khoa huyện kiểm tra.
4. Ủy ban nhân dân các xã chỉ đạo Trạm Y tế, Trường Tiểu học phối hợp thực hiện.`)).toEqual([
      ['Sở Y tế', 'lead'],
      ['Sở Tài chính', 'participant'],
      ['Công an tỉnh', 'participant'],
      ['Phòng Văn hóa và Thông tin', 'lead'],
      ['Phòng Y tế', 'participant'],
      ['Ủy ban nhân dân các xã', 'participant'],
    ]);
  });
});

describe('a head shared by the fields listed after a colon', () => {
  it('names each department where every field makes a known name, else keeps the label', () => {
    expect(namesOf(`1. Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ theo chức năng, nhiệm vụ được giao phối hợp thực hiện.
2. Các phòng: Tư pháp, Y tế phối hợp tuyên truyền.
3. Các Sở: Tài chính, Hạnh phúc phối hợp.`)).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Nội vụ', 'Phòng Tư pháp', 'Phòng Y tế', 'Các Sở']);
  });
});

describe('bodies outside the dictionary that serve a level', () => {
  it('ends the name after its level and place where a verb no list names follows', () => {
    expect(namesOf(`1. Trung tâm Giống cây trồng và vật nuôi tỉnh nhân giống cây lâm nghiệp chất lượng cao.
2. Tổ trưởng tổ dân phố nắm tình hình người lao động đi làm việc ở nước ngoài.
3. Trạm Quản lý đê điều huyện Nghĩa Đàn canh phòng các tuyến đê.`)).toEqual([
      'Trung tâm Giống cây trồng và vật nuôi tỉnh',
      'Tổ trưởng tổ dân phố',
      'Trạm Quản lý đê điều huyện Nghĩa Đàn',
    ]);
  });

  it('keeps xã hội and hợp tác xã inside a name', () => {
    expect(namesOf(`1. Trung tâm Bảo trợ xã hội tỉnh tiếp nhận đối tượng.
2. Hợp tác xã nông nghiệp Yên Phú thu mua sản phẩm cho thành viên.`)).toEqual(['Trung tâm Bảo trợ xã hội tỉnh', 'Hợp tác xã nông nghiệp Yên Phú']);
  });
});

describe('an implementation part written as one paragraph before its bullets', () => {
  it('reads the lead named in the sentence before the list and the bodies the next sentence gathers', () => {
    const agencies = run(`${HEAD}
Giao công chức Địa chính - Xây dựng xã là đầu mối, chủ trì theo dõi việc thực hiện Kế hoạch. Các ban, ngành, đoàn thể xã theo chức năng có trách nhiệm phối hợp thực hiện:
- Ban Chỉ huy Quân sự xã: Huy động dân quân tham gia dọn vệ sinh.
- Ban Thanh tra nhân dân xã: Giám sát việc thu, chi các khoản đóng góp.

Nơi nhận:
- Như trên;`).agencies.map((agency) => [agency.name, agency.role]);
    expect(agencies).toEqual([
      ['công chức Địa chính - Xây dựng xã', 'lead'],
      ['Các ban, ngành, đoàn thể xã', 'participant'],
      ['Ban Chỉ huy Quân sự xã', 'participant'],
      ['Ban Thanh tra nhân dân xã', 'participant'],
    ]);
  });
});

describe('canonical names of bodies of the budget, markets and the front', () => {
  it('keeps a market team, a district statistics office and the front by its acronym under their own entries', () => {
    const canonical = run(`${HEAD}
1. Đội QLTT số 2 kiểm tra hàng hóa lưu thông trên địa bàn.
2. Chi cục Thống kê huyện cung cấp số liệu.
3. UBMTTQ huyện giám sát việc thực hiện.
4. Hội đồng nghĩa vụ quân sự huyện tham mưu công tác tuyển quân.

Nơi nhận:
- Như trên;`).agencies.map((agency) => agency.canonical);
    expect(canonical).toEqual([
      'Đội Quản lý thị trường số 2',
      'Chi cục Thống kê huyện',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      'Hội đồng nghĩa vụ quân sự huyện',
    ]);
  });
});

describe('duties and names of the genre met on unseen sectors', () => {
  it('reads cấp as a duty unless it names a level', () => {
    expect(rolesOf(`1. Phòng Nông nghiệp chủ trì hướng dẫn tiêm phòng; Trạm Chăn nuôi và Thú y huyện cấp giấy chứng nhận kiểm dịch.
2. Hội Nông dân các cấp tham gia tuyên truyền.`)).toEqual([
      ['Phòng Nông nghiệp', 'lead'],
      ['Trạm Chăn nuôi và Thú y huyện', 'participant'],
      ['Hội Nông dân các cấp', 'participant'],
    ]);
  });

  it('lets a known name go on with what the body serves up to its level, but not into a sentence', () => {
    expect(namesOf(`1. Trung tâm Dịch vụ nông nghiệp và khuyến nông huyện cung ứng giống lúa.
2. Trung tâm Y tế huyện khám sàng lọc tại các xã.`)).toEqual(['Trung tâm Dịch vụ nông nghiệp và khuyến nông huyện', 'Trung tâm Y tế huyện']);
  });

  it('keeps the remit after the level and trợ giúp inside a name; reads Bộ phận and more verbs', () => {
    expect(namesOf(`1. Tổ công tác liên ngành của UBND huyện về an toàn thực phẩm làm đầu mối kiểm tra.
2. Hội Trợ giúp người khuyết tật huyện vận động nguồn lực.
3. Bộ phận Tiếp nhận và trả kết quả xã thông báo lịch tiếp nhận hồ sơ; Đài Truyền thanh xã phát tin hằng tuần.
4. Các chủ đầu tư lập hồ sơ quyết toán; Phòng Kinh tế đẩy nhanh thẩm định.`)).toEqual([
      'Tổ công tác liên ngành của UBND huyện về an toàn thực phẩm',
      'Hội Trợ giúp người khuyết tật huyện',
      'Bộ phận Tiếp nhận và trả kết quả xã',
      'Đài Truyền thanh xã',
      'Các chủ đầu tư',
      'Phòng Kinh tế',
    ]);
  });
});

describe('collective labels', () => {
  it('lists the members under a label whose class words OCR or the plan printed after a comma', () => {
    expect(namesOf(`1. Các cơ quan, đoàn thể phối hợp
a) Hội Cựu chiến binh xã vận động hội viên tham gia.
b) Đoàn Thanh niên xã ra quân dọn vệ sinh.`)).toEqual(['Hội Cựu chiến binh xã', 'Đoàn Thanh niên xã']);
  });

  it('lists the bodies of the bullets under a heading that only names the group', () => {
    expect(namesOf(`1. Các phòng thuộc Sở
- Phòng Kế hoạch - Tài chính là đầu mối tổng hợp.
- Văn phòng Sở bố trí phương tiện.`)).toEqual(['Phòng Kế hoạch - Tài chính', 'Văn phòng Sở']);
  });

  it('takes no body from a closing instruction to every body the part names', () => {
    expect(namesOf(`1. Phòng Nội vụ chủ trì thực hiện.
2. Phòng Tài chính - Kế hoạch bố trí kinh phí.
Các cơ quan, đơn vị gửi báo cáo về Phòng Nội vụ trước ngày 15/12/2025.`)).toEqual(['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch']);
  });
});

describe('a known body in a later clause with a duty no list names', () => {
  it('ends at its known name, level and place where a lower-case word follows, but not before sẽ, được or a list word', () => {
    expect(rolesOf(`1. Phòng Kinh tế chủ trì tổng hợp; Chi cục Thống kê huyện rà lại số liệu; Trạm Y tế xã Tân Lập dựng lều sơ cứu.
2. Phòng Nội vụ chủ trì thẩm định; UBND huyện sẽ xem xét, quyết định.`)).toEqual([
      ['Phòng Kinh tế', 'lead'],
      ['Chi cục Thống kê huyện', 'participant'],
      ['Trạm Y tế xã Tân Lập', 'participant'],
      ['Phòng Nội vụ', 'lead'],
    ]);
  });
});

describe('a lead named before the list of duties', () => {
  it('reads the paragraph a numbered part opens with', () => {
    expect(rolesOf(`Phòng Văn hóa - Xã hội là cơ quan thường trực, chủ trì theo dõi việc thực hiện Kế hoạch. Cụ thể:
1. Phòng Kinh tế: Hướng dẫn hộ kinh doanh du lịch cộng đồng.
2. Công an xã: Bảo đảm an ninh tại các điểm du lịch.`)).toEqual([
      ['Phòng Văn hóa - Xã hội', 'lead'],
      ['Phòng Kinh tế', 'participant'],
      ['Công an xã', 'participant'],
    ]);
  });

  it('reads a lead before a semicolon and a colon that introduces the bullets, not the clause after it', () => {
    expect(rolesOf(`Giao Phòng Văn hóa - Xã hội chủ trì triển khai Kế hoạch này; các cơ quan, đơn vị có trách nhiệm như sau:
- Phòng Kinh tế: Hướng dẫn hộ kinh doanh du lịch cộng đồng.
- BQL các KCN tỉnh, UBND các huyện, TX, TP: Phối hợp thực hiện.`)).toEqual([
      ['Phòng Văn hóa - Xã hội', 'lead'],
      ['Phòng Kinh tế', 'participant'],
      ['BQL các KCN tỉnh', 'participant'],
      ['UBND các huyện, TX, TP', 'participant'],
    ]);
  });
});

describe('the front, its members and groups of a commune', () => {
  it('reads MTTQ alone, a standing board of a youth union, branches in a list and groups of residents', () => {
    expect(namesOf(`1. MTTQ và các đoàn thể xã vận động nhân dân giữ gìn vệ sinh.
2. Ban Thường vụ Huyện đoàn chỉ đạo các cơ sở đoàn.
3. Chi hội Phụ nữ các thôn, Chi đoàn thanh niên các thôn tham gia dọn vệ sinh.
4. Tổ hòa giải ở cơ sở phối hợp hòa giải tranh chấp đất đai.
5. Tổ Công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng.`)).toEqual([
      'MTTQ',
      'các đoàn thể xã',
      'Ban Thường vụ Huyện đoàn',
      'Chi hội Phụ nữ các thôn',
      'Chi đoàn thanh niên các thôn',
      'Tổ hòa giải ở cơ sở',
      'Tổ Công nghệ số cộng đồng',
    ]);
  });

  it('keeps a class of bodies with the body it belongs to (của Mặt trận, thuộc UBND huyện)', () => {
    expect(namesOf(`1. Các tổ chức thành viên của Mặt trận vận động hội viên.
2. Các phòng, ban chuyên môn thuộc UBND huyện căn cứ chức năng, nhiệm vụ triển khai thực hiện.`)).toEqual([
      'Các tổ chức thành viên của Mặt trận',
      'Các phòng, ban chuyên môn thuộc UBND huyện',
    ]);
  });
});

describe('a heading that names no body over a paragraph that gives one its duty', () => {
  it('reads the bodies of the paragraph, not a closing instruction to every body', () => {
    expect(rolesOf(`1. Phòng Nội vụ chủ trì thực hiện.
2. Kinh phí thực hiện
Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí; Kho bạc Nhà nước huyện kiểm soát chi theo quy định.
3. Chế độ báo cáo
Các cơ quan, đơn vị báo cáo kết quả về Phòng Nội vụ trước ngày 10/12/2025.`)).toEqual([
      ['Phòng Nội vụ', 'lead'],
      ['Phòng Tài chính - Kế hoạch', 'participant'],
      ['Kho bạc Nhà nước huyện', 'participant'],
    ]);
  });
});

describe('a body of the Government', () => {
  it('keeps Chính phủ on the name of a body that serves it', () => {
    expect(namesOf(`1. Ban Dân tộc tỉnh, Ban Tôn giáo Chính phủ phối hợp hướng dẫn.`)).toEqual(['Ban Dân tộc tỉnh', 'Ban Tôn giáo Chính phủ']);
  });
});

describe('tasks whose bodies are listed under role labels', () => {
  it('reads the bodies after Cơ quan chủ trì / Đơn vị phối hợp with the role the label says, not the label', () => {
    expect(rolesOf(`1. Kiểm tra hoạt động kinh doanh
- Cơ quan chủ trì: Đội Quản lý thị trường số 3.
- Cơ quan phối hợp: Công an huyện, Phòng Kinh tế và Hạ tầng.
- Thời gian thực hiện: Quý III/2025.`)).toEqual([
      ['Đội Quản lý thị trường số 3', 'lead'],
      ['Công an huyện', 'participant'],
      ['Phòng Kinh tế và Hạ tầng', 'participant'],
    ]);
  });
});

describe('a table of duties', () => {
  const agenciesOf = (items: string) =>
    inPlan(items).map(({ name, role, line }) => ({ name, role, line }));

  it('reads each row of a body-first table at its line, the lead from its duty cell, a wrapped cell as its duty', () => {
    // HEAD has 7 lines: the item is line 8, the header line 9.
    expect(agenciesOf(`1. Phân công thực hiện:
STT Đơn vị Nhiệm vụ Thời gian hoàn thành
1 Sở Y tế Chủ trì hướng dẫn chuyên môn, giám sát các cơ sở khám bệnh trên địa
bàn tỉnh, hướng dẫn UBND các huyện Hằng quý
2 Bảo hiểm xã hội tỉnh Thanh toán chi phí khám, chữa bệnh Thường xuyên
3 Trung tâm Kiểm soát bệnh tật tỉnh Tập huấn cho nhân viên y tế thôn, bản Quý III/2026
2. Báo Nghệ An mở chuyên mục tuyên truyền.`)).toEqual([
      { name: 'Sở Y tế', role: 'lead', line: 10 },
      { name: 'Bảo hiểm xã hội tỉnh', role: 'participant', line: 12 },
      { name: 'Trung tâm Kiểm soát bệnh tật tỉnh', role: 'participant', line: 13 },
      { name: 'Báo Nghệ An', role: 'participant', line: 14 },
    ]);
  });

  it('reads a duty-first table with a lead column and a partner column, rows numbered with a dot', () => {
    expect(agenciesOf(`1. Nhiệm vụ cụ thể như sau:
TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian
1. Rà soát diện tích cây trồng bị hạn Phòng Nông nghiệp và Phát triển nông thôn UBND các xã, thị trấn Tháng 6/2026
2. Hướng dẫn kỹ thuật tưới tiết kiệm cho Hội Nông dân huyện Trạm Khuyến nông huyện Hợp tác xã Thường xuyên
3. Đăng tin trên Cổng thông tin điện tử huyện Văn phòng HĐND và UBND huyện Các cơ quan báo chí Hằng tháng`)).toEqual([
      { name: 'Phòng Nông nghiệp và Phát triển nông thôn', role: 'lead', line: 10 },
      { name: 'UBND các xã, thị trấn', role: 'participant', line: 10 },
      { name: 'Trạm Khuyến nông huyện', role: 'lead', line: 11 },
      { name: 'Hợp tác xã', role: 'participant', line: 11 },
      { name: 'Văn phòng HĐND và UBND huyện', role: 'lead', line: 12 },
      { name: 'Các cơ quan báo chí', role: 'participant', line: 12 },
    ]);
  });

  it('reads rows numbered with a dot as rows of their item, not items, so the items after the table keep their numbers', () => {
    const result = run(`${HEAD}
1. Phân công cụ thể:
STT Đơn vị chủ trì Đơn vị phối hợp Nhiệm vụ
1. Sở Tư pháp Sở Nội vụ Tổ chức tập huấn cho hòa giải viên
2. Sở Thông tin và Truyền thông Đài Phát thanh và Truyền hình tỉnh Tuyên truyền trên báo, đài
3. Sở Tài chính Bố trí kinh phí
2. Đề nghị Tòa án nhân dân tỉnh phối hợp tổ chức phiên tòa giả định.

Nơi nhận:
- Như trên;`);
    expect(result.agencies.map(({ name, role, section }) => `${section} ${role} ${name}`)).toEqual([
      'IV.1 lead Sở Tư pháp',
      'IV.1 participant Sở Nội vụ',
      'IV.1 lead Sở Thông tin và Truyền thông',
      'IV.1 participant Đài Phát thanh và Truyền hình tỉnh',
      'IV.1 lead Sở Tài chính',
      'IV.2 participant Tòa án nhân dân tỉnh',
    ]);
  });

  it('keeps a place name whose word is also a duty (Tân Lập) on the body of a row', () => {
    expect(agenciesOf(`1. Phân công:
TT Đơn vị thực hiện Nội dung
1 UBND xã Tân Lập Xây dựng kế hoạch chi tiết, bố trí kinh phí
2 Trạm Y tế xã Khám sàng lọc cho người cao tuổi`).map(({ name }) => name)).toEqual(['UBND xã Tân Lập', 'Trạm Y tế xã']);
  });

  it('reads a table whose TT and row numbers OCR read as look-alike letters (TI, l for 1)', () => {
    expect(agenciesOf(`1. Phân công:
TI Cơ quan, đơn vị Nhiệm vụ
l Trung tâm Y tế huyện Chủ trì khám sức khỏe định kỳ cho người cao tuổi
2 Trạm Y tế các xã Lập danh sách người cao tuổi`).map(({ name, role }) => `${role} ${name}`)).toEqual(['lead Trung tâm Y tế huyện', 'participant Trạm Y tế các xã']);
  });

  it('reads rows numbered within groups (I … / 1 / 2 / II … / 1), and the part after the table', () => {
    const text = `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. TỔ CHỨC THỰC HIỆN
STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian
I Nhóm nhiệm vụ về đào tạo
1 Mở lớp bồi dưỡng kỹ năng số Sở Nội vụ Sở Khoa học và Công nghệ Quý II/2026
2 Đào tạo nghiệp vụ lưu trữ Trung tâm Lưu trữ lịch sử tỉnh Các sở, ngành Năm 2026
II Nhóm nhiệm vụ về hạ tầng
1 Nâng cấp mạng truyền số liệu Sở Khoa học và Công nghệ Bưu điện tỉnh Năm 2027
III. KINH PHÍ
Ngân sách tỉnh.

Nơi nhận:
- Như trên;`;
    const result = run(text);
    expect(result.agencies.map(({ name, role }) => `${role} ${name}`)).toEqual([
      'lead Sở Nội vụ',
      'participant Sở Khoa học và Công nghệ',
      'lead Trung tâm Lưu trữ lịch sử tỉnh',
      'participant Các sở, ngành',
      'participant Bưu điện tỉnh',
    ]);
    expect(structure(text.split('\n')).map((node) => node.path)).toEqual(['I', 'II', 'III']);
  });

  it('tells a header of duties from an appendix of targets', () => {
    expect(tableColumns('TT Cơ quan, đơn vị Nhiệm vụ chính Thời gian')).toEqual(['body', 'duty', 'time']);
    expect(tableColumns('STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Sản phẩm')).toEqual(['duty', 'lead', 'partner', 'other']);
    expect(tableColumns('STT Chỉ tiêu Đơn vị tính Năm 2025 Năm 2026')).toBeNull();
    expect(tableColumns('1. Tuyên truyền đến các cơ quan, đơn vị')).toBeNull();
    expect(tableColumns('Tỉ lệ cơ quan, đơn vị có kế hoạch đạt 100%, thời gian thực hiện')).toBeNull();
  });
});

describe('names ended by a negative or a signing duty, boards of zones, and bodies that only report', () => {
  it('ends a name at không and at ký, and leaves out a short form in brackets', () => {
    expect(namesOf(`1. Công ty Cổ phần Điện lực Hòa Bình (PC Hòa Bình) không cấp điện cho công trình lấn chiếm hành lang lưới điện.
2. Công ty TNHH Chè Xanh Mộc Châu ký hợp đồng thu mua chè búp; Cục Hàng không Việt Nam phối hợp kiểm tra.`)).toEqual([
      'Công ty Cổ phần Điện lực Hòa Bình',
      'Công ty TNHH Chè Xanh Mộc Châu',
      'Cục Hàng không Việt Nam',
    ]);
  });

  it('keeps the zones a management board serves in its name', () => {
    expect(namesOf(`1. Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa chủ trì thu hút đầu tư.`)).toEqual([
      'Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa',
    ]);
  });

  it('lists no body of an item that only asks for reports, but the bodies of an item with a duty and a report', () => {
    expect(namesOf(`1. Phòng Giáo dục và Đào tạo chủ trì tổ chức hội thi, báo cáo kết quả trước ngày 30/5/2026.
2. Các trường học và UBND các xã báo cáo kết quả học kỳ I trước ngày 15/01/2026, báo cáo năm trước ngày 31/5/2026.`)).toEqual([
      'Phòng Giáo dục và Đào tạo',
    ]);
  });
});

describe('roles of the genre (Decree 30/2020 plans)', () => {
  const rolesOf = (items: string) =>
    inPlan(items).map(({ name, role }) => `${role} ${name}`);

  it('a steering board that only directs is a participant, its remit (xây dựng nông thôn mới) in its name; a body that helps the committee chair, or answers chiefly, leads', () => {
    expect(rolesOf(`1. Ban Chỉ đạo phát triển du lịch huyện chỉ đạo chung việc triển khai Kế hoạch.
2. Ban Chỉ đạo xây dựng nông thôn mới xã chỉ đạo toàn diện; Công chức Địa chính - Xây dựng xã là cơ quan thường trực.
3. Công chức Văn hóa - Xã hội xã giúp UBND xã chủ trì, theo dõi, đôn đốc thực hiện.
4. Phòng VH&TT huyện chịu trách nhiệm chính về nội dung tuyên truyền.
5. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả.
6. Giao Phòng TC-KH làm đầu mối thẩm định dự toán.
7. Tổ công tác triển khai Đề án 06 huyện phối hợp hướng dẫn người dân.
8. Ban Chỉ đạo tổ chức tuyên truyền sâu rộng.`)).toEqual([
      'participant Ban Chỉ đạo phát triển du lịch huyện',
      'participant Ban Chỉ đạo xây dựng nông thôn mới xã',
      'lead Công chức Địa chính - Xây dựng xã',
      'lead Công chức Văn hóa - Xã hội xã',
      'lead Phòng VH&TT huyện',
      'participant Chủ tịch UBND các xã, thị trấn',
      'lead Phòng TC-KH',
      'participant Tổ công tác triển khai Đề án 06 huyện',
      'participant Ban Chỉ đạo',
    ]);
  });
});
