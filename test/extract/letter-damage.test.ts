import { describe, expect, it } from 'vitest';
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
