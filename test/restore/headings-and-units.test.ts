import { beforeAll, describe, expect, it } from 'vitest';
import { loadRestorer, type Restorer } from '../../src/restore/index.js';

let restorer: Restorer;

beforeAll(async () => {
  restorer = await loadRestorer();
}, 60_000);

const restore = (text: string): string => restorer.restore(text).text;

describe('headings in capitals', () => {
  it('reads a heading in capitals as a sentence of its own, by how the OCR prints capitals (TUNG NAM → TỪNG NĂM)', () => {
    // The line under the heading (Kèm theo …) once read on from it, and the small letters' channel made TỪNG costly.
    expect(restore('PHU LUC\nCHI TIEU PHAT TRIEN DOANH NGHIEP TUNG NAM\n(Kem theo Ke hoach so 12/KH-UBND ngay 5/3/2025)')).toBe(
      'PHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN DOANH NGHIỆP TỪNG NĂM\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2025)',
    );
  });
});

describe('units after a slash', () => {
  it('reads a word glued by a slash to a quantity as the unit it is counted per (%/năm, con/năm), and leaves a conjunction', () => {
    expect(restore('lai sudt cho vay 7,2%/nam theo quy dinh')).toBe('lãi suất cho vay 7,2%/năm theo quy định');
    expect(restore('dat 30 ty con/nam')).toBe('đạt 30 tỷ con/năm');
    expect(restore('cac co quan va/hoac ca nhan')).toBe('các cơ quan và/hoặc cá nhân');
  });
});

describe("the document's own words (a cache model)", () => {
  // Made-up plan lines: a word the plan reads with confidence again and again is its topic.
  const body = [
    'Cac ho gia dinh trong cay keo, cay que tren dat doi theo huong dan cua can bo khuyen nong.',
    'Moi xa lap danh sach ho dang ky trong cay, nhan giong va phan bon truoc mua mua.',
    'Can bo ky thuat huong dan cach trong, cham soc va bao ve cay trong nam dau.',
    'Hop tac xa cung ung cay giong dat chuan cho cac ho trong moi.',
  ];
  const ambiguous = 'Hat Kiem lam tham dinh ho so thiet ke trong rung.';

  it('reads an ambiguous print as the topic word of the plan (trong rừng → trồng rừng in a plan about planting)', async () => {
    const off = await loadRestorer({ decoder: { documentWordWeight: 0 } });
    const text = [...Array.from({ length: 8 }, () => body).flat(), ambiguous].join('\n');
    expect(restore(text).split('\n').at(-1)).toBe('Hạt Kiểm lâm thẩm định hồ sơ thiết kế trồng rừng.');
    expect(off.restore(text).text.split('\n').at(-1)).toBe('Hạt Kiểm lâm thẩm định hồ sơ thiết kế trong rừng.');
    // A few lines are no sample of a topic: alone, the line reads as the model reads it.
    expect(restore(ambiguous)).toBe(off.restore(ambiguous).text);
  });
});

describe('syllables the OCR printed as digits', () => {
  it('reads a short number as the word a strong collocation with the word before asks for (sạt 16 → sạt lở, xử 1 → xử lý)', () => {
    expect(restore('Chu dong phong chong sat 16 dat, lu quet tai 12 xa')).toBe('Chủ động phòng chống sạt lở đất, lũ quét tại 12 xã');
    expect(restore('Phat hien, xu 1 kip thoi cac vi pham')).toBe('Phát hiện, xử lý kịp thời các vi phạm');
    expect(restore('nang cap tuyen quoc 16 6 va 16 tinh')).toBe('nâng cấp tuyến quốc lộ 6 và 16 tỉnh');
  });

  it('keeps a number that counts or dates something', () => {
    expect(restore('ngay 16 thang 5 nam 2025, co 16 xa dat chuan')).toBe('ngày 16 tháng 5 năm 2025, có 16 xã đạt chuẩn');
    expect(restore('To chuc 18 lop tap huan cho 1 can bo')).toBe('Tổ chức 18 lớp tập huấn cho 1 cán bộ');
  });
});

describe('the honorific before a woman\'s name', () => {
  it('reads a printed ba as bà before a capitalised word and an apostrophe name (bà Nay H\'Bia), and keeps ba before a body', () => {
    expect(restore("nhom ve sinh do ba Nay H'Bia phu trach")).toContain("bà Nay H'Bia");
    expect(restore('xay dung ba Trung tam hoc tap cong dong')).toBe('xây dựng ba Trung tâm học tập cộng đồng');
  });
});
