import { describe, expect, it } from 'vitest';
import { MetadataSchema } from '../../src/schema/document.js';
import { run } from './helpers.js';

const DISTRICT = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN YÊN THẾ Độc lập - Tự do - Hạnh phúc
Số: 57 /KH-UBND Yên Thế, ngày 09 tháng 4 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội đọc sách
trên địa bàn huyện năm 2024

Căn cứ Kế hoạch số 20/KH-UBND ngày 01/02/2024 của UBND tỉnh;

I. MỤC ĐÍCH
1. Lan tỏa văn hóa đọc.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin: chủ trì.

Nơi nhận: TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c); CHỦ TỊCH
- Các xã, thị trấn;
- Lưu: VT.

Lê Minh Tuấn`;

describe('metadata', () => {
  it('reads number, kind, issuer, place, date and the wrapped title from the header', () => {
    const { metadata } = run(DISTRICT);
    expect(metadata).toMatchObject({
      number: '57/KH-UBND',
      kind: 'Kế hoạch',
      issuer: 'Ủy ban nhân dân huyện Yên Thế',
      place: 'Yên Thế',
      date: '2024-04-09',
      title: 'Tổ chức Ngày hội đọc sách trên địa bàn huyện năm 2024',
    });
    expect(MetadataSchema.safeParse(metadata).success).toBe(true);
  });

  it('reads signer, signature block and recipients from the closing, without the signature words', () => {
    const { metadata } = run(DISTRICT);
    expect(metadata.signer).toBe('Lê Minh Tuấn');
    expect(metadata.signerTitle).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH');
    expect(metadata.recipients).toEqual(['UBND tỉnh (b/c)', 'Các xã, thị trấn', 'Lưu: VT']);
  });

  it('gives null for a number left blank and a reduced-precision date for a blank day', () => {
    const { metadata } = run(`Số: /KH-UBND\nTân Lập, ngày tháng 6 năm 2023\nKẾ HOẠCH\nPhát động phong trào đọc sách\n\nI. MỤC TIÊU`);
    expect(metadata.number).toBeNull();
    expect(metadata.date).toBe('2023-06');
    expect(metadata.place).toBe('Tân Lập');
  });

  it('finds the issuer in the body when the header is missing, not in a cited document', () => {
    const text = `Thực hiện Kế hoạch số 5/KH-UBND ngày 02/3/2023 của Ủy ban nhân dân huyện Bảo Lâm, Ủy ban nhân dân xã Lý Bôn xây dựng Kế hoạch như sau:\n\nI. MỤC TIÊU`;
    expect(run(text).metadata.issuer).toBe('Ủy ban nhân dân xã Lý Bôn');
    const bare = `UBND tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh Điện Biên như sau:\n\nI. MỤC TIÊU`;
    expect(run(bare).metadata.issuer).toBe('Ủy ban nhân dân tỉnh Điện Biên');
  });

  it('leaves signer null when the text has no closing block', () => {
    const { metadata } = run(`KẾ HOẠCH\nThử nghiệm\n\nI. MỤC TIÊU\n1. Nâng cao nhận thức\nNguyễn Văn Bình`);
    expect(metadata.signer).toBeNull();
    expect(metadata.recipients).toEqual([]);
  });
});

describe('issuer of a department plan', () => {
  it('takes the department under the committee line for the issuer, with its canonical name and its province', () => {
    const text = `UBND TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc\nSố: 310/KH-SVHTTDL Cao Bằng, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\nTổ chức Ngày Sách\n\nI. MỤC ĐÍCH`;
    const { metadata } = run(text);
    expect(metadata.issuer).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng');
    expect(metadata.number).toBe('310/KH-SVHTTDL');
    expect(metadata.place).toBe('Cao Bằng');
  });
});

describe('signer printed in capitals', () => {
  it('reads a name printed in capitals under the signature block, but not a title line', () => {
    const base = `KẾ HOẠCH\nThử\n\nI. MỤC TIÊU\n1. Một\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n`;
    expect(run(`${base}\nNGUYỄN THỊ HẠNH`).metadata.signer).toBe('Nguyễn Thị Hạnh');
    expect(run(base).metadata.signer).toBeNull();
  });
});

describe('the plan number and date as OCR may leave them', () => {
  const header = (numberLine: string) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KIM SƠN Độc lập - Tự do - Hạnh phúc
${numberLine}

KẾ HOẠCH
Phòng chống dịch bệnh năm 2025

Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2025 của UBND tỉnh;
I. MỤC ĐÍCH
1. Nâng cao nhận thức.`;

  it('reads the number after a garbled `Số:` label, and the date line without its comma', () => {
    for (const label of ['S6:', 'Sé:', '$6:', 'SO:', 'So.', 'Số']) {
      const { metadata } = run(header(`${label} 31/KH-UBND Kim Sơn ngày 07 tháng 3 năm 2025`));
      expect([label, metadata.number, metadata.place, metadata.date]).toEqual([label, '31/KH-UBND', 'Kim Sơn', '2025-03-07']);
    }
  });

  it('takes a code above the kind line for the own number when the label is unreadable, never a cited one', () => {
    expect(run(header('Sd; 31/KH-UBND Kim Sơn, ngày 07 tháng 3 năm 2025')).metadata.number).toBe('31/KH-UBND');
    expect(run(header('Số: /KH-UBND Kim Sơn, ngày 07 tháng 3 năm 2025')).metadata.number).toBeNull();
    expect(run(header('Kim Sơn, ngày 07 tháng 3 năm 2025')).metadata.number).toBeNull();
  });
});

describe('issuer of a ward or district office plan', () => {
  it('takes the lower committee of two, and a district office with its district', () => {
    const ward = run(`UBND QUẬN HOÀN KIẾM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND PHƯỜNG HÀNG BẠC Độc lập - Tự do - Hạnh phúc\nSố: 41/KH-UBND Hàng Bạc, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nVệ sinh môi trường\n\nI. MỤC ĐÍCH`);
    expect([ward.metadata.issuer, ward.metadata.place]).toEqual(['Ủy ban nhân dân phường Hàng Bạc', 'Hàng Bạc']);
    const office = run(`UBND HUYỆN KIM SƠN\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 18/KH-VHTT Kim Sơn, ngày 05 tháng 4 năm 2024\nKẾ HOẠCH\nNgày hội đọc sách\n\nI. MỤC ĐÍCH`);
    expect(office.metadata.issuer).toBe('Phòng Văn hóa và Thông tin huyện Kim Sơn');
  });
});

describe('issuer of a special zone plan', () => {
  it('reads đặc khu as the level of the committee, as xã and phường are', () => {
    const zone = run(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẶC KHU CÔN ĐẢO Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND Côn Đảo, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nBảo vệ rạn san hô năm 2026\n\nI. MỤC ĐÍCH`);
    expect([zone.metadata.issuer, zone.metadata.place]).toEqual(['Ủy ban nhân dân đặc khu Côn Đảo', 'Côn Đảo']);
  });
});

describe('signers with names of the Central Highlands peoples', () => {
  it('reads a name whose first word is a single letter or carries an apostrophe', () => {
    for (const name of ['Y Wơn Êban', "H'Hen Niê"]) {
      const { metadata } = run(DISTRICT.replace('Lê Minh Tuấn', name));
      expect(metadata.signer).toBe(name);
    }
    expect(run(DISTRICT.replace('Lê Minh Tuấn', 'Y tế')).metadata.signer).toBeNull();
  });
});

describe('a steering committee whose name runs over the header lines', () => {
  it('reads the whole name, then the area of the committee above it', () => {
    const plan = `UBND HUYỆN NĂM CĂN\nBAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM,\nTỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO\nTOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 08/KH-BCĐ\nNăm Căn, ngày 29 tháng 01 năm 2024\nKẾ HOẠCH\nPhòng, chống ma túy năm 2024\nI. MỤC ĐÍCH\n1. Kiềm chế tội phạm.\nII. TỔ CHỨC THỰC HIỆN\n1. Công an huyện: chủ trì.`;
    expect(run(plan).metadata.issuer?.toLocaleLowerCase('vi')).toBe(
      'ban chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh tổ quốc huyện năm căn',
    );
  });
});

describe('metadata left damaged by restoration', () => {
  it('takes the spelling of the place most of the document agrees on, and a signer surname the scan shows', async () => {
    const { extract } = await import('../../src/extract/index.js');
    const { structure } = await import('../../src/structure/index.js');
    const restored = DISTRICT.replace('HUYỆN YÊN THẾ', 'HUYỆN YÊN THỜ')
      .replace('Yên Thế, ngày', 'Yên Thể, ngày')
      .replace('trên địa bàn huyện năm 2024', 'trên địa bàn huyện Yên Thế năm 2024')
      .replace('Căn cứ Kế hoạch', 'Ủy ban nhân dân huyện Yên Thế căn cứ Kế hoạch')
      .replace('Lê Minh Tuấn', 'Vị Minh Tuấn');
    const lines = restored.split('\n');
    const raw = DISTRICT.replace('Lê Minh Tuấn', 'V6 Minh Tuan').split('\n');
    const { metadata } = extract({ lines, rawLines: raw, sections: structure(lines), pageOfLine: () => null });
    expect([metadata.issuer, metadata.place, metadata.signer]).toEqual(['Ủy ban nhân dân huyện Yên Thế', 'Yên Thế', 'Võ Minh Tuấn']);
    // A neighbouring place one letter apart, named in the body more often, does not outvote the plan's own copies.
    const neighbour = DISTRICT.replace('1. Lan tỏa văn hóa đọc.', '1. Phối hợp với huyện Yên Thủ, huyện Yên Thủ và huyện Yên Thủ.').split('\n');
    expect(extract({ lines: neighbour, rawLines: neighbour, sections: structure(neighbour), pageOfLine: () => null }).metadata.place).toBe('Yên Thế');
    // A stroke of the signature glued to the surname (`PDwong` for `Dương`, w read as ư).
    const glued = DISTRICT.replace('Lê Minh Tuấn', '====PHwynh Minh Tuấn').split('\n');
    expect(extract({ lines: glued, rawLines: glued, sections: structure(glued), pageOfLine: () => null }).metadata.signer).toBe('Huỳnh Minh Tuấn');
    // A surname the restorer kept, or a scan that fits no single surname, stays as it is.
    const kept = extract({ lines: DISTRICT.split('\n'), rawLines: DISTRICT.split('\n'), sections: structure(DISTRICT.split('\n')), pageOfLine: () => null });
    expect(kept.metadata.signer).toBe('Lê Minh Tuấn');
  });
});

describe('units named by their number', () => {
  it('reads Phường 5 and Quận 3 as issuer and place', () => {
    const text = (unit: string) =>
      ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${unit.toLocaleUpperCase('vi')} Độc lập - Tự do - Hạnh phúc`, `Số: 21/KH-UBND ${unit}, ngày 09 tháng 01 năm 2024`, 'KẾ HOẠCH', 'Ra quân làm sạch đường phố', 'I. MỤC ĐÍCH'].join('\n');
    for (const unit of ['Phường 5', 'Quận 3']) {
      const { metadata } = run(text(unit));
      expect([metadata.issuer, metadata.place]).toEqual([`Ủy ban nhân dân ${unit}`, unit]);
    }
  });
});

describe('a closing followed by an appendix', () => {
  it('reads the signer above an appendix printed after the signature', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN MINH LONG
Số: 12/KH-UBND
Minh Long, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Phát triển chăn nuôi năm 2025
I. MỤC TIÊU
Nội dung.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Tâm

PHỤ LỤC
CHỈ TIÊU CHĂN NUÔI
STT Chỉ tiêu Đơn vị Năm 2025
1 Tổng đàn bò con 3.500
2 Tổng đàn lợn con 12.000`;
    expect(run(text).metadata.signer).toBe('Đinh Văn Tâm');
  });
});

describe('a title and a signer with a look-alike letter restoration left', () => {
  it('reads the one syllable a single swap gives, and leaves words without marks as printed', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN MINH LONG
Số: 12/KH-UBND
Minh Long, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Phát triển chăn nuôi bền vững tnên địa bàn huyện năm 2025 Festival
I. MỤC TIÊU
Nội dung.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Sơu`;
    const { metadata } = run(text);
    expect([metadata.title, metadata.signer]).toEqual(['Phát triển chăn nuôi bền vững trên địa bàn huyện năm 2025 Festival', 'Đinh Văn Sơn']);
  });
});

describe('a title word with a wrong tone', () => {
  it('leaves a word whose letters spell a syllable without its tone (hõc) as printed', () => {
    const text = `Số: 12/KH-UBND\nKẾ HOẠCH\nĐẩy mạnh hoạt động hõc tập suốt đời năm 2025\nI. MỤC TIÊU\nNội dung.`;
    expect(run(text).metadata.title).toBe('Đẩy mạnh hoạt động hõc tập suốt đời năm 2025');
  });
});

describe('a body issuing under its own header', () => {
  it('reads a steering committee with no committee line above it, with the level and place under it', () => {
    const text = `BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐAM RÔNG Độc lập - Tự do - Hạnh phúc
Số: 03/KH-BCĐ Đam Rông, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Kiểm tra, giám sát năm 2025
I. MỤC ĐÍCH
Nội dung.`;
    expect(run(text).metadata.issuer?.toLocaleLowerCase('vi')).toBe('ban chỉ đạo chuyển đổi số huyện đam rông');
  });
});

describe('a signer printed on the last recipients line', () => {
  const closing = (last: string) => `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 12/KH-UBND Tân Lập, ngày 03 tháng 3 năm 2025
KẾ HOẠCH
Phòng, chống hạn hán vụ Đông Xuân
I. MỤC ĐÍCH
1. Chủ động.
II. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng chủ trì.

Nơi nhận: TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c); CHỦ TỊCH
${last}`;

  it('reads the name a two-column layout put after the archive codes', () => {
    expect(run(closing('- Lưu: VT, ĐC. Hà Văn Tuấn')).metadata.signer).toBe('Hà Văn Tuấn');
    expect(run(closing('- Lưu: VP. Vàng A Dình')).metadata.signer).toBe('Vàng A Dình');
  });

  it('takes no office code or body at the end of a recipients line for a signer', () => {
    expect(run(closing('- Lưu: VT, ĐC.')).metadata.signer).toBeNull();
    expect(run(closing('- Như trên; Phòng Kinh tế')).metadata.signer).toBeNull();
  });
});

describe('a place line restoration read as another place', () => {
  const plan = (placeLine: string, body: string) => `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 09/KH-UBND ${placeLine}, ngày 11 tháng 02 năm 2025
KẾ HOẠCH
Vệ sinh môi trường năm 2025
${body}
I. MỤC ĐÍCH
1. Giữ gìn vệ sinh.
II. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng chủ trì.`;

  it("takes the issuer's place where the reading is two letters off and printed nowhere else", () => {
    expect(run(plan('Tân Lộc', 'UBND xã Tân Lập xây dựng Kế hoạch như sau:')).metadata.place).toBe('Tân Lập');
  });

  it('keeps a place the plan prints again, or one with another first word', () => {
    expect(run(plan('Tân Lộc', 'UBND xã Tân Lập họp tại thôn Tân Lộc.')).metadata.place).toBe('Tân Lộc');
    expect(run(plan('Bố Hạ', 'UBND xã Tân Lập xây dựng Kế hoạch như sau:')).metadata.place).toBe('Bố Hạ');
  });
});

describe('a body under the committee that issues the plan', () => {
  const plan = (header: string) => `${header}
Số: 45/KH-UBND Phong Thổ, ngày 15 tháng 8 năm 2025
KẾ HOẠCH
Huấn luyện lực lượng năm 2025
I. MỤC ĐÍCH
1. Mục đích.`;

  it("takes the committee's area; quân sự is no level", () => {
    expect(run(plan('UBND HUYỆN PHONG THỔ\nBAN CHỈ HUY QUÂN SỰ')).metadata.issuer).toBe('Ban Chỉ huy Quân sự huyện Phong Thổ');
  });

  it("gives a name that ends with the bare level the place of the committee's area, and keeps a place printed", () => {
    expect(run(plan('UBND XÃ MƯỜNG SO\nBAN CHỈ ĐẠO XÃ')).metadata.issuer?.toLowerCase()).toBe('ban chỉ đạo xã mường so');
    expect(run(plan('UBND TỈNH LAI CHÂU\nSỞ Y TẾ')).metadata.issuer).toBe('Sở Y tế tỉnh Lai Châu');
  });

  it('reads the department where OCR lowered its short first word (sở TÀI CHÍNH), not a sentence in sentence case', () => {
    expect(run(plan('UBND TỈNH HÀ GIANG\nsở TÀI CHÍNH')).metadata.issuer).toBe('Sở Tài chính tỉnh Hà Giang');
    expect(run(plan('UBND TỈNH HÀ GIANG\nsở Tài chính')).metadata.issuer).toBe('Ủy ban nhân dân tỉnh Hà Giang');
  });
});
