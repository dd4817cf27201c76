import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';
import { run } from './helpers.js';

// Made-up headers and implementation parts with letters OCR takes for one another (u/n, l/i, a/o, t/f, h/b).

const header = (dateLine: string) =>
  ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN TÂN PHÚ Độc lập - Tự do - Hạnh phúc', `Số: 41/KH-UBND ${dateLine}`, 'KẾ HOẠCH', 'Phòng, chống thiên tai năm 2025', 'I. MỤC ĐÍCH'].join('\n');

describe('a date line with its words damaged', () => {
  it('reads place and date where ngày, tháng or năm is one letter off', () => {
    for (const line of ['Tân Phú, ugày 07 tháng 3 năm 2025', 'Tân Phú, ngày 07 tbáng 3 năn 2025', 'Tân Phú, ngàv 07 tháug 3 nam 2025']) {
      const { metadata } = run(header(line));
      expect([metadata.place, metadata.date]).toEqual(['Tân Phú', '2025-03-07']);
    }
  });

  it('reads no date where a word is two letters off or the figures are not a date', () => {
    expect(run(header('Tân Phú, ugàv 07 tháng 3 năm 2025')).metadata.date).toBeNull();
    expect(run(header('Tân Phú, trong 07 thông 3 nhà 2025')).metadata.date).toBeNull();
  });
});

describe('a body whose head is one look-alike letter off', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');

  it('reads the head of a body (Hộl → Hội, Công on → Công an)', () => {
    const names = run(plan('1. Công on huyện chủ trì bảo đảm an ninh.', '2. Đề nghị Hộl Nông dân huyện vận động hội viên.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Công an huyện', 'Hội Nông dân huyện']);
  });

  it('invents no body from a word that is no head', () => {
    expect(run(plan('1. Cống ngầm được nạo vét.', '2. Bộl dưỡng cán bộ.')).agencies).toEqual([]);
  });
});

describe('units restoration made words of', () => {
  const read = (restored: string, raw: string) => {
    const lines = ['I. MỤC TIÊU', '1. Chỉ tiêu cụ thể', restored];
    const rawLines = ['I. MUC TIEU', '1. Chi tieu cu the', raw];
    return extract({ lines, rawLines, sections: structure(lines), pageOfLine: () => null }).targets.map((t) => [t.value, t.unit]);
  };

  it('reads the unit OCR printed after the same figure (m?, m, pg/m3), an area or a volume by what is measured', () => {
    expect(read('- Lát mới 2.400 mỏ? vỉa hè.', '- Lat moi 2.400 m? via he.')).toEqual([[2400, 'm²']]);
    expect(read('- Nạo vét 30.000 mỏ? bùn.', '- Nao vet 30.000 m? bun.')).toEqual([[30000, 'm³']]);
    expect(read('- Xây dựng 1.200 ẩm kế chắn sóng.', '- Xay dung 1.200 m ke chan song.')).toEqual([[1200, 'm']]);
    expect(read('- Nồng độ bụi không quá 25 độ/mã.', '- Nong do bui khong qua 25 pg/m3.')).toEqual([[25, 'µg/m³']]);
  });

  it('changes nothing where the figures differ or the restored word is no unit’s', () => {
    expect(read('- Trồng 2.400 cây xanh.', '- Trong 2.400 m? cay xanh.')).toEqual([[2400, 'cây']]);
    expect(read('- Lát mới 2.500 mỏ? vỉa hè.', '- Lat moi 2.400 m? via he.').some(([, unit]) => unit === 'm²')).toBe(false);
  });
});

describe('known names with a look-alike letter', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');

  it('puts right a known name of three words or more whose words each have one look-alike letter', () => {
    const names = run(plan('1. Hội Liên hiệp Pbụ uữ huyện vận động hội viên tham gia.', '2. Trung tâm Dịch vụ nôug nghiệp huyện hướng dẫn kỹ thuật.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Hội Liên hiệp Phụ nữ huyện', 'Trung tâm Dịch vụ nông nghiệp huyện']);
  });

  it('leaves a name that differs by letters no OCR confuses', () => {
    const names = run(plan('1. Trung tâm Dịch vụ việc làm huyện tư vấn cho người lao động.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Trung tâm Dịch vụ việc làm huyện']);
  });
});

describe('a head glued to its field and a level read as another word', () => {
  const part = (items: string) =>
    run(`I. MỤC ĐÍCH\n1. Mục đích\nII. TỔ CHỨC THỰC HIỆN\n${items}\n\nNơi nhận:\n- Như trên;`).agencies.map((agency) => agency.name);

  it('reads Sở glued to the first letter of its field where the field then names a known department', () => {
    expect(part(`1. Phòng Y tế huyện chủ trì.\n2. SOY tệ chỉ đạo các cơ sở khám bệnh.`)).toEqual(['Phòng Y tế huyện', 'Sở Y tế']);
    expect(part(`1. STNMT phối hợp kiểm tra.`)).toEqual(['STNMT']);
  });

  it('reads the level the part prints after a known name where restoration made another word of it', () => {
    expect(part(`1. Công an quận chủ trì bảo đảm trật tự.
2. Phòng Y tế quận phối hợp kiểm tra.
3. Trung tâm Văn hóa - Thông tin và Thể thao quần
Tổ chức tuyên truyền trên hệ thống loa.`)).toEqual(['Công an quận', 'Phòng Y tế quận', 'Trung tâm Văn hóa - Thông tin và Thể thao quận']);
    // In a district's plan that never prints quận, the word stays off the name.
    expect(part(`1. Phòng Y tế huyện chủ trì.\n2. Trung tâm Văn hóa - Thông tin và Thể thao quần chúng tổ chức giải chạy.`)).toEqual([
      'Phòng Y tế huyện',
      'Trung tâm Văn hóa - Thông tin và Thể thao',
    ]);
  });
});

describe('a marked word of a name with one look-alike letter', () => {
  const part = (items: string) =>
    run(`I. MỤC ĐÍCH\n1. Mục đích\nII. TỔ CHỨC THỰC HIỆN\n${items}\n\nNơi nhận:\n- Như trên;`).agencies.map((agency) => [agency.name, agency.role]);

  it('reads the one syllable a single swap gives, so a list splits at the body it names (Tbành Đoàn)', () => {
    expect(part(`1. Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Tbành Đoàn vận động đoàn viên.
2. Hiệu trưởng các trường tiểu học tnên địa bàn tổ chức cho học sinh tham gia.`)).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'participant'],
      ['Thành Đoàn', 'participant'],
      ['Hiệu trưởng các trường tiểu học trên địa bàn', 'participant'],
    ]);
  });

  it('leaves words without marks and vowels read as other vowels as printed', () => {
    expect(part(`1. Hoi Lien hiep Phu nir xa van dong hoi vien.`).map(([name]) => name)).toEqual(['Hoi Lien hiep Phu nir xa']);
  });

  it('keeps the role a heading line gives where its name was put right (1. Sở Xây dựug / Là cơ quan thường trực)', () => {
    expect(part(`1. Sở Xây dựug\nLà cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.\n2. Sở Tài chính bố trí kinh phí.`)).toEqual([
      ['Sở Xây dựng', 'lead'],
      ['Sở Tài chính', 'participant'],
    ]);
  });
});

describe('a word without marks with a consonant of the same shape', () => {
  it('puts a consonant read as its look-alike right (Minb, Tbanh), never a vowel or an r (nir stays)', () => {
    const names = run(`I. MỤC ĐÍCH\n1. Mục đích\nII. TỔ CHỨC THỰC HIỆN\n1. Đại học Quốc gia Thành phố Hồ Chí Minb chia sẻ phòng thí nghiệm.\n2. Hoi Lien hiep Phu nir xa van dong hoi vien.\n\nNơi nhận:\n- Như trên;`).agencies.map((agency) => agency.name);
    expect(names).toEqual(['Đại học Quốc gia Thành phố Hồ Chí Minh', 'Hoi Lien hiep Phu nir xa']);
  });
});

describe('requests and heads one look-alike letter off inside an item', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items, '', 'Nơi nhận:', '- Như trên;'].join('\n');

  it('reads Đề nghị and Giao with a damaged letter (Đề ngbị, Glao), but not Giáo dục', () => {
    const names = run(plan('1. Đề ngbị Hội Cựu chiến binh xã vận động hội viên.', '2. Glao Phòng Kinh tế chủ trì hướng dẫn.', '3. Giáo dục pháp luật cho thanh niên.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Hội Cựu chiến binh xã', 'Phòng Kinh tế']);
  });

  it('puts right the head of a later body of a list or of a later clause (Bau Chỉ huy, Cụe Thuế)', () => {
    const names = run(plan('1. Công an xã, Bau Chỉ huy Quân sự xã phối hợp trực chốt.', '2. Phòng Kinh tế chủ trì; Cụe Thuế tỉnh hướng dẫn kê khai.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Công an xã', 'Ban Chỉ huy Quân sự xã', 'Phòng Kinh tế', 'Cục Thuế tỉnh']);
  });
});

describe('roles read through a damaged letter', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items, '', 'Nơi nhận:', '- Như trên;'].join('\n');
  const roles = (...items: string[]) => run(plan(...items)).agencies.map((a) => [a.name, a.role]);

  it('reads chịu trách nhiệm chính and là đầu mối one letter off as leading', () => {
    expect(roles('1. Ban Quản lý chợ xã chịu trách uhiệm chính về trật tự tại chợ.', '2. Hội Nông dân xã là đầu mốl vận động hội viên.')).toEqual([
      ['Ban Quản lý chợ xã', 'lead'],
      ['Hội Nông dân xã', 'lead'],
    ]);
  });

  it("gives a body of a heading the role of its own bullet where the bullet's copy of its name is a letter off", () => {
    expect(roles('1. Phòng Kinh tế, Trung tâm Dịch vụ nông nghiệp huyện', '- Phòng Kinh tế chủ trì hướng dẫn.', '- Truug tâm Dịch vụ nông nghiệp huyện cung ứng giống.')).toEqual([
      ['Phòng Kinh tế', 'lead'],
      ['Trung tâm Dịch vụ nông nghiệp huyện', 'participant'],
    ]);
  });
});

describe('a later body of a list whose head OCR damaged past one letter', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');

  it('lists it where it is one syllable off a known name (Oi Quản lý trật tự đô thị for Đội), not a field of the name before', () => {
    const names = run(plan('1. Công an phường, Oi Quản lý trật tự đô thị phường kiểm tra việc lấn chiếm vỉa hè.', '2. Sở Văn hóa, Thể thao và Du lịch tổ chức liên hoan.')).agencies.map((a) => a.name);
    expect(names).toEqual(['Công an phường', 'Đội Quản lý trật tự đô thị phường', 'Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('a place inside a name damaged once, printed right elsewhere', () => {
  it('takes the spelling the plan prints three times after a level word where the damaged word is no syllable', () => {
    const text = [
      'I. MỤC ĐÍCH',
      'Phát triển cà phê bền vững trên địa bàn huyện Krông Năng.',
      'II. NỘI DUNG',
      'Tái canh 300 ha tại các xã của huyện Krông Năng.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Công ty TNHH Cà phê Xanh Krông Nărg ký hợp đồng thu mua; Chi nhánh Ngân hàng Chính sách xã hội huyện Krông Năng cho vay vốn.',
      '2. Hợp tác xã Cà phê Phú Hòa phối hợp tập huấn cho hội viên.',
    ].join('\n');
    expect(run(text).agencies.map((a) => a.name)).toEqual([
      'Công ty TNHH Cà phê Xanh Krông Năng',
      'Chi nhánh Ngân hàng Chính sách xã hội huyện Krông Năng',
      'Hợp tác xã Cà phê Phú Hòa',
    ]);
  });
});

describe('a duty word inside a name whose word before it has a look-alike letter', () => {
  it('keeps xây dựng of Đội Quản lý trật tự xây dựng đô thị where trật is printed trậf', () => {
    const plan = ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', '1. Đội Quản lý trậf tự xây dựng đô thị thị xã chủ trì kiểm tra công trình.'].join('\n');
    expect(run(plan).agencies.map((a) => a.name)).toEqual(['Đội Quản lý trật tự xây dựng đô thị thị xã']);
  });
});

describe('labels and zones with a mark restoration left wrong', () => {
  const plan = (...items: string[]) => ['I. MỤC ĐÍCH', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', ...items].join('\n');

  it('reads a group label printed Cảc as Các (its members are the bodies), and a board zone printed khú', () => {
    const names = run(
      plan('1. Cảc sở, ngành tỉnh', 'a) Sở Y tế chủ trì khám sức khỏe cho người lao động.', 'b) Sở Tài chính bố trí kinh phí.', '2. Ban Quản lý Khu kinh tế Nghi Sơn và các Khú công nghiệp tỉnh phối hợp rà soát.'),
    ).agencies.map((a) => a.name);
    expect(names).toEqual(['Sở Y tế', 'Sở Tài chính', 'Ban Quản lý Khu kinh tế Nghi Sơn và các Khú công nghiệp tỉnh']);
  });
});
