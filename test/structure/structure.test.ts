import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SectionNodeSchema, type SectionNode } from '../../src/schema/document.js';
import { headingContinues, structure } from '../../src/structure/index.js';
import { sectionPathAt } from '../../src/structure/paths.js';

const lines = (text: string) => text.split('\n');
const parts = (nodes: readonly SectionNode[]) => nodes.filter((node) => node.kind === 'part').map((node) => `${node.number}. ${node.title}`);
const paths = (nodes: readonly SectionNode[]): string[] => nodes.flatMap((node) => [node.path, ...paths(node.children)]);

const PLAN = `KẾ HOẠCH
Triển khai công tác thông tin cơ sở năm 2024

Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh;

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng thông tin cơ sở.
2. Yêu cầu
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Củng cố hệ thống đài truyền thanh cấp xã trên địa bàn huyện theo hướng hiện
đại, hiệu quả
a) Đầu tư thiết bị
- Mua sắm cụm loa;
+ Loa không dây;
+ Loa có dây.
- Sửa chữa trạm phát.
b) Đào tạo nhân lực
2. Tuyên truyền trên mạng xã hội
2.1. Trang thông tin điện tử
2.2. Nhóm Zalo
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin: chủ trì.

Nơi nhận:
- Như trên;
- Lưu: VT.`;

describe('structure', () => {
  it('builds Roman parts, Arabic items, letters and bullets with dotted paths', () => {
    const tree = structure(lines(PLAN));
    expect(parts(tree)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(paths(tree)).toEqual([
      'I', 'I.1', 'I.2',
      'II', 'II.1', 'II.1.a', 'II.1.a.-1', 'II.1.a.-1.+1', 'II.1.a.-1.+2', 'II.1.a.-2', 'II.1.b', 'II.2', 'II.2.1', 'II.2.2',
      'III', 'III.1',
    ]);
    const letter = tree[1]!.children[0]!.children[0]!;
    expect(letter).toMatchObject({ number: 'a', kind: 'letter', level: 3, title: 'Đầu tư thiết bị' });
    expect(letter.children[0]!.children.map((node) => node.kind)).toEqual(['bullet', 'bullet']);
    for (const node of tree) expect(SectionNodeSchema.safeParse(node).success).toBe(true);
  });

  it('joins a heading that wraps over lines and keeps the body out of a short heading', () => {
    const tree = structure(lines(PLAN));
    expect(tree[1]!.children[0]!.title).toBe('Củng cố hệ thống đài truyền thanh cấp xã trên địa bàn huyện theo hướng hiện đại, hiệu quả');
    expect(tree[0]!.children[0]!.title).toBe('Mục đích');
    expect(tree[0]!.children[0]!.text).toBe('1. Mục đích\nNâng cao chất lượng thông tin cơ sở.');
    expect(tree[2]!.children[0]!.title).toBe('Phòng Văn hóa và Thông tin');
  });

  it('gives each node its line span and leaves the closing block (Nơi nhận) out', () => {
    const tree = structure(lines(PLAN));
    const first = tree[0]!;
    expect([first.startLine, first.endLine]).toEqual([6, 9]);
    const last = tree[2]!;
    expect([last.startLine, last.endLine]).toEqual([22, 23]);
    expect(sectionPathAt(tree, 14)).toBe('II.1.a');
    expect(sectionPathAt(tree, 3)).toBeNull();
  });

  it('reads OCR variants of Roman numerals: |. I1. I11. and a missing space', () => {
    const text = `|. MUC DICH, YEU CAU\n1. Nang cao\nI1. NOI DUNG\nI11. NHIEM VU CU THE\nIV. KINH PHI\nV.TO CHUC THUC HIEN\n1. So Tai chinh`;
    expect(parts(structure(lines(text)))).toEqual(['I. MUC DICH, YEU CAU', 'II. NOI DUNG', 'III. NHIEM VU CU THE', 'IV. KINH PHI', 'V. TO CHUC THUC HIEN']);
  });

  it('reads a V misread as Y only where part V is due, and a capitalised part title whose numeral was lost', () => {
    const text = `I. MỤC TIÊU\nII. NỘI DUNG\nIII. NHIỆM VỤ\nIV. KINH PHÍ\nY. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế`;
    expect(parts(structure(lines(text))).at(-1)).toBe('V. TỔ CHỨC THỰC HIỆN');
    const early = `I. MỤC TIÊU\nY. NỘI DUNG`;
    expect(parts(structure(lines(early)))).toEqual(['I. MỤC TIÊU']);
    const lost = `I. MỤC TIÊU\n1. Chung\nTỔ CHỨC THỰC HIỆN\n1. Sở Y tế`;
    expect(parts(structure(lines(lost)))).toEqual(['I. MỤC TIÊU', 'II. TỔ CHỨC THỰC HIỆN']);
  });

  it('keeps a line that merely starts with a number out of sequence as body text', () => {
    const text = `I. MỤC TIÊU\n1. Phấn đấu tỷ lệ người dân đạt\n20% số dân.\n2030. Tiếp tục thực hiện\n7. Nội dung lạc chỗ\n2. Yêu cầu`;
    const tree = structure(lines(text));
    expect(tree[0]!.children.map((node) => node.number)).toEqual(['1', '2']);
  });

  it('takes a second d) in a list a) b) c) d) as đ)', () => {
    const text = `I. NHIỆM VỤ\n1. Chung\na) Một\nb) Hai\nc) Ba\nd) Bốn\nd) Năm\ne) Sáu`;
    expect(structure(lines(text))[0]!.children[0]!.children.map((node) => node.number)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);
  });

  it('returns no parts for text without numbered headings', () => {
    expect(structure(lines('Một đoạn văn.\nHai đoạn văn.'))).toEqual([]);
    expect(structure([])).toEqual([]);
  });

  it('decides heading continuation on the shape of the two lines', () => {
    expect(headingContinues('1. Mục đích', 'Nâng cao nhận thức')).toBe(false);
    expect(headingContinues('1. Sở Giáo dục và', 'Đào tạo')).toBe(true);
    expect(headingContinues('8. Công an tỉnh, Bộ Chỉ huy Bộ đội Biên', 'phòng tỉnh')).toBe(true);
  });

  it('finds the Roman parts of a clean fixture plan as its gold lists them', () => {
    const seed = readFileSync(new URL('../../fixtures/seeds/003_353ee045aea87079.txt', import.meta.url), 'utf8');
    const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/003.gold.json', import.meta.url), 'utf8')) as {
      sections: { number: string; title: string }[];
    };
    expect(parts(structure(lines(seed)))).toEqual(gold.sections.map((s) => `${s.number}. ${s.title}`));
  });
});
