import { describe, expect, it } from 'vitest';
import type { SectionNode } from '../../src/schema/document.js';
import { headingContinues, structure, wrapWidth } from '../../src/structure/index.js';
import { run } from '../extract/helpers.js';

const lines = (text: string) => text.split('\n');
const parts = (nodes: readonly SectionNode[]) => nodes.filter((node) => node.kind === 'part').map((node) => `${node.number}. ${node.title}`);

const FIRST_PARTS = `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. NỘI DUNG
1. Tổ chức hội thi
III. NHIỆM VỤ
1. Rà soát
IV. KINH PHÍ
1. Ngân sách tỉnh`;

describe('part headings with OCR case noise', () => {
  it('reads a lower-case or mixed-case numeral where the sequence expects that part', () => {
    expect(parts(structure(lines(`${FIRST_PARTS}\nv. TO cHUC THUC HIEN\n1. Sở Y tế`))).at(-1)).toBe('V. TO cHUC THUC HIEN');
    expect(parts(structure(lines(`${FIRST_PARTS}\nV. Tổ chức thực hiện\n1. Sở Y tế`))).at(-1)).toBe('V. Tổ chức thực hiện');
    expect(parts(structure(lines(`I. MỤC TIÊU\nii. NHIỆM vụ VÀ GIẢI PHÁP\n1. Sở Y tế`))).at(-1)).toBe('II. NHIỆM vụ VÀ GIẢI PHÁP');
    expect(parts(structure(lines(`${FIRST_PARTS}\nv. Tổ chức thực hiện\n1. Sở Y tế`))).at(-1)).toBe('V. Tổ chức thực hiện');
    // Small Roman numerals before a sentence-case title number a sub-list.
    expect(parts(structure(lines(`I. MỤC TIÊU\n1. Nội dung\nii. Nội dung tuyên truyền\nII. NHIỆM VỤ`)))).toEqual(['I. MỤC TIÊU', 'II. NHIỆM VỤ']);
  });

  it('reads a numeral one stroke off (vi. for V., I. for II.) only before a known part title', () => {
    const tree = structure(lines(`${FIRST_PARTS}\nvi. TỔ chức THỰC HIỆN\n1. Sở Y tế\n2. Sở Tài chính`));
    expect(parts(tree).at(-1)).toBe('V. TỔ chức THỰC HIỆN');
    expect(tree.at(-1)!.children.map((node) => node.path)).toEqual(['V.1', 'V.2']);
    // Not a known part title and not in capitals: body text, not a part.
    expect(parts(structure(lines(`${FIRST_PARTS}\nvi. các nội dung khác`)))).toHaveLength(4);
  });

  it('reads a numeral a corrector turned into a short word (về. for v.) before a known part title', () => {
    expect(parts(structure(lines(`${FIRST_PARTS}\nvề. TỔ chức THỰC HIỆN\n1. Sở Y tế`))).at(-1)).toBe('V. TỔ chức THỰC HIỆN');
    expect(parts(structure(lines(`${FIRST_PARTS}\n\\/. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế`))).at(-1)).toBe('V. TỔ CHỨC THỰC HIỆN');
    expect(parts(structure(lines(`${FIRST_PARTS}\nV TỔ CHỨC THỰC HIỆN\n1. Sở Y tế`))).at(-1)).toBe('V. TỔ CHỨC THỰC HIỆN');
    // A letter item in capitals is not a part.
    expect(parts(structure(lines(`I. MỤC ĐÍCH\nII. MỤC TIÊU\na. MỤC TIÊU CHUNG\nb. MỤC TIÊU CỤ THỂ`)))).toEqual(['I. MỤC ĐÍCH', 'II. MỤC TIÊU']);
    // A sentence that opens with a short word is not a part.
    expect(parts(structure(lines(`${FIRST_PARTS}\nvà. Tổ chức các hoạt động khác`)))).toHaveLength(4);
  });

  it('reads a part title standing alone with some capitals lost, where its numeral was lost', () => {
    expect(parts(structure(lines(`${FIRST_PARTS}\nTỔ chức THỰC HIỆN\n1. Sở Y tế`))).at(-1)).toBe('V. TỔ chức THỰC HIỆN');
    expect(parts(structure(lines(`${FIRST_PARTS}\nTổ chức thực hiện các nội dung trên.`)))).toHaveLength(4);
  });

  it('reads a dash or slash after the numeral where the sequence expects that part', () => {
    expect(parts(structure(lines(`I- MỤC ĐÍCH\n1. Nâng cao\nII/ NỘI DUNG\nIV- KINH PHÍ`)))).toEqual(['I. MỤC ĐÍCH', 'II. NỘI DUNG']);
  });

  it('never takes a numbered item for a part, even with a part title', () => {
    const tree = structure(lines(`I. MỤC TIÊU\n1. Mục đích\n2. Yêu cầu\nII. NỘI DUNG`));
    expect(parts(tree)).toEqual(['I. MỤC TIÊU', 'II. NỘI DUNG']);
    expect(tree[0]!.children.map((node) => node.number)).toEqual(['1', '2']);
  });
});

describe('items that open with a number', () => {
  it('takes `1. 100% cán bộ …` for item 1, not body text', () => {
    const tree = structure(lines(`I. MỤC TIÊU\n1. 100% công chức được bồi dưỡng kỹ năng số.\n2. 95% hồ sơ được số hóa.\nII. NHIỆM VỤ`));
    expect(tree[0]!.children.map((node) => [node.path, node.startLine])).toEqual([['I.1', 2], ['I.2', 3]]);
  });

  it('reads item markers OCR misread: 4, for 4. and l. for 1., in sequence only', () => {
    const tree = structure(lines(`I. NHIỆM VỤ\nl. Rà soát hồ sơ\n2. Cập nhật dữ liệu\n3. Đào tạo\n4, Quảng bá sản phẩm\n7, Khác thường`));
    expect(tree[0]!.children.map((node) => [node.number, node.title])).toEqual([
      ['1', 'Rà soát hồ sơ'],
      ['2', 'Cập nhật dữ liệu'],
      ['3', 'Đào tạo'],
      ['4', 'Quảng bá sản phẩm'],
    ]);
  });

  it('still reads 2.5% or 1.000 at the start of a line as a number', () => {
    const tree = structure(lines(`I. MỤC TIÊU\n1. Tăng trưởng\n2.5% mỗi năm là mức tăng.\n1.000 người tham gia.`));
    expect(tree[0]!.children.map((node) => node.number)).toEqual(['1']);
  });
});

describe('heading continuation judged by the wrap width', () => {
  const filler = Array.from({ length: 24 }, (_, k) => `Nội dung dòng thứ ${k + 1} được in đầy đủ theo bề rộng của trang giấy khổ A4 theo quy định.`);

  it('estimates the wrap width from the full lines of a text', () => {
    const width = wrapWidth([...filler, 'Ngắn.', '1. Mục tiêu'])!;
    expect(width).toBe(filler.at(-1)!.length);
    expect(wrapWidth(['ngắn'])).toBeNull();
  });

  it('ends a heading whose next line would have fitted its first word, and runs on a full one', () => {
    const width = 82;
    expect(headingContinues('3. Phòng Y tế, Phòng Lao động - Thương binh và Xã hội huyện', 'Phối hợp tổ chức kiểm tra.', width)).toBe(false);
    expect(headingContinues('2. Trường Mầm non Hoa Sen, Trường Tiểu học Kim Đồng, Trường Trung học cơ sở Lê', 'Lợi', width)).toBe(true);
    expect(headingContinues('1. Sở Giáo dục và', 'Đào tạo', width)).toBe(true);
    expect(headingContinues('1. Sở Y tế', 'chủ trì', width)).toBe(true);
  });

  it('splits the title of an item from the capitalised sentence on the next line', () => {
    const text = [
      'I. NỘI DUNG',
      ...filler,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Y tế, Phòng Lao động - Thương binh và Xã hội huyện',
      'Phối hợp tổ chức kiểm tra việc thực hiện Kế hoạch này trên địa bàn.',
    ].join('\n');
    const tree = structure(lines(text));
    expect(tree[1]!.children[0]!.title).toBe('Phòng Y tế, Phòng Lao động - Thương binh và Xã hội huyện');
  });
});

describe('numbering restoration or OCR damaged', () => {
  const flat = (nodes: readonly SectionNode[]): string[] => nodes.flatMap((node) => [`${node.path} ${node.title}`, ...flat(node.children)]);

  it('reads a sign where the next item number belongs as that item, only after a finished sentence', () => {
    const text = `I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì khám sàng lọc.\n2. Hội Nông dân huyện phối hợp vận động.\n% Ủy ban nhân dân các xã\nXây dựng kế hoạch của địa phương.`;
    expect(flat(structure(lines(text)))).toEqual([
      'I TỔ CHỨC THỰC HIỆN',
      'I.1 Sở Y tế chủ trì khám sàng lọc',
      'I.2 Hội Nông dân huyện phối hợp vận động',
      'I.3 Ủy ban nhân dân các xã',
    ]);
    const midSentence = `I. NỘI DUNG\n1. Tỷ lệ hộ dân được hỗ trợ đạt\n% Trong đó hộ nghèo chiếm phần lớn.`;
    expect(flat(structure(lines(midSentence))).map((node) => node.split(' ')[0])).toEqual(['I', 'I.1']);
  });

  it('reads a sign for the next item number on a line that goes on past a clause', () => {
    const text = `I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thẩm định.\n2. Sở Tài chính bố trí kinh phí.\n% Ủy ban nhân dân các huyện rà soát vị trí việc làm; báo cáo kết quả về\nSở Nội vụ trước ngày 15/10/2026.`;
    expect(flat(structure(lines(text))).at(-1)).toBe('I.3 Ủy ban nhân dân các huyện rà soát vị trí việc làm');
    expect(run(text).agencies.at(-1)).toMatchObject({ name: 'Ủy ban nhân dân các huyện', section: 'I.3' });
  });

  it('reads a stroke left for the next item number (i Ủy ban …) as that item, and its body as an agency', () => {
    const text = `I. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo chủ trì tổ chức hội thi.\n2. Đài Phát thanh tỉnh đưa tin.\ni Ủy ban nhân dân các huyện, thành phố bố trí địa điểm thi`;
    expect(flat(structure(lines(text))).at(-1)).toBe('I.3 Ủy ban nhân dân các huyện, thành phố bố trí địa điểm thi');
    expect(run(text).agencies.map((agency) => agency.name).at(-1)).toBe('Ủy ban nhân dân các huyện, thành phố');
    // Mid-sentence a lone stroke is no number.
    expect(flat(structure(lines(`I. NỘI DUNG\n1. Tỷ lệ hộ dân được hỗ trợ đạt\ni Trong đó hộ nghèo chiếm phần lớn`))).map((node) => node.split(' ')[0])).toEqual(['I', 'I.1']);
  });

  it('reads a lone capital left for the next item number (A Ủy ban …) as that item, only before a body', () => {
    const text = `I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thẩm định hồ sơ.\n2. Sở Tài chính bố trí kinh phí.\nA Ủy ban nhân dân các xã, phường chịu trách nhiệm chính về lưu trữ hồ sơ`;
    expect(flat(structure(lines(text))).at(-1)).toBe('I.3 Ủy ban nhân dân các xã, phường chịu trách nhiệm chính về lưu trữ hồ sơ');
    expect(run(text).agencies.at(-1)).toMatchObject({ name: 'Ủy ban nhân dân các xã, phường', role: 'lead', section: 'I.3' });
    // A place or a person named A opens no item.
    const place = `I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thẩm định hồ sơ.\nA Lưới là huyện có nhiều hồ sơ cần chỉnh lý`;
    expect(flat(structure(lines(place))).map((node) => node.split(' ')[0])).toEqual(['I', 'I.1']);
  });

  it('reads a list letter given a tone mark as the letter', () => {
    const text = `I. NỘI DUNG\n1. Tuyên truyền\ná) Ban Quản lý di tích tỉnh\nb) Sở Y tế`;
    expect(flat(structure(lines(text))).slice(2)).toEqual(['I.1.a Ban Quản lý di tích tỉnh', 'I.1.b Sở Y tế']);
  });
});

describe('part numerals restoration misread', () => {
  it('reads strokes turned into digits or a word before a known part title as the part the sequence expects', () => {
    const text = `I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nLŨ. CHỈ TIÊU CỤ THỂ\n- Đạt 100% cơ sở được kiểm tra.\n11. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n1. Tuyên truyền\nIV. chế độ BÁO CÁO\n1. Báo cáo định kỳ`;
    expect(parts(structure(lines(text)))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. CHỈ TIÊU CỤ THỂ', 'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'IV. chế độ BÁO CÁO']);
  });

  it('reads a numeral read as a digit before a short part title whose capitals OCR partly lowered', () => {
    const text = `I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n1. chỉ TIÊU\n1. Tập huấn\n2. Kiểm tra`;
    expect(parts(structure(lines(text)))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. chỉ TIÊU']);
    // In sentence case it stays an item.
    expect(parts(structure(lines(`I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n1. Nhiệm vụ\n2. Kiểm tra`)))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU']);
  });

  it('keeps an item numbered 11 in sentence case an item', () => {
    const text = `I. NỘI DUNG\n${Array.from({ length: 10 }, (_, k) => `${k + 1}. Việc ${k + 1}`).join('\n')}\n11. Nhiệm vụ khác`;
    expect(parts(structure(lines(text)))).toEqual(['I. NỘI DUNG']);
  });
});

describe('item headings whose first capital OCR printed as a symbol', () => {
  it('reads `2. $6 vụ` as item 2 (Số), in sequence after item 1', () => {
    const tree = structure(lines(`I. MỤC TIÊU\n1. Giảm 5% số vụ vi phạm.\n2. $6 vụ được phát hiện tăng 10%.\n3. Tỷ lệ đạt 90%.`));
    expect(tree[0]!.children.map((node) => node.path)).toEqual(['I.1', 'I.2', 'I.3']);
  });
});

describe('part numerals with a tone mark', () => {
  it('reads `Ị. MỤC ĐÍCH` as part I', () => {
    expect(parts(structure(lines(`Ị. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nIỊ. NỘI DUNG\n1. Tuyên truyền`)))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG']);
  });
});

describe('a part numeral a stroke short', () => {
  it('reads `I.` before a known part title as the part after the one already read', () => {
    const text = '1. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng ngừa.\nI. CHỈ TIÊU\n- Di dời 50 hộ.\nIII. NHIỆM VỤ\n1. Rà soát';
    expect(parts(structure(lines(text)))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. CHỈ TIÊU', 'III. NHIỆM VỤ']);
  });

  it('keeps a repeated `I.` whose title is no part title', () => {
    const text = 'I. MỤC TIÊU\n1. Chung\nI. TRƯỜNG HỢP KHÁC\nII. NHIỆM VỤ';
    expect(parts(structure(lines(text))).slice(0, 2)).toEqual(['I. MỤC TIÊU', 'I. TRƯỜNG HỢP KHÁC']);
  });
});

describe('the closing block with a letter of Nơi nhận read as its look-alike', () => {
  it('still opens at Nơl nhận, Nơi nbận or Uơi nhận, and not at a sentence that starts with other words', async () => {
    const { isClosingStart } = await import('../../src/structure/index.js');
    expect(['Nơl nhận: TM. ỦY BAN NHÂN DÂN', 'Nơi nbận:', 'Uơi nhận:', 'Nơi nhận', 'Noi nhan'].map(isClosingStart)).toEqual([true, true, true, true, true]);
    expect(['Nội dung nhận xét: đạt.', 'Nơi tiếp nhận hồ sơ: Bộ phận Một cửa.'].map(isClosingStart)).toEqual([false, false]);
  });
});
