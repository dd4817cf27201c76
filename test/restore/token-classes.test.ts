import { describe, expect, it } from 'vitest';
import { digitPartNumeral, listLetter, partNumeral, recasedStrayCapital, romanValue, romanWithDigitOnes, toRoman, tokenRules } from '../../src/restore/token-classes.js';
import { loadRestorer } from '../../src/restore/index.js';
import { codeRules, parseCodeSegments, repairCodeSegment, repairOpeningSegment } from '../../src/restore/codes.js';

const rulesOf = (lines: string[]): Array<[number, number, string, string]> =>
  [...tokenRules(lines)].flatMap(([line, byStart]) => [...byStart].map(([start, r]) => [line, start, r.from, r.to] as [number, number, string, string]));

describe('part numerals whose I the OCR printed as a capital L', () => {
  it('reads IL. and IIL. opening a heading as II. and III.', async () => {
    const restorer = await loadRestorer();
    expect(restorer.restore('IL. NHIEM VU, GIAI PHAP').text).toBe('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(restorer.restore('IIL. TO CHUC THUC HIEN').text).toBe('III. TỔ CHỨC THỰC HIỆN');
    expect(partNumeral('IL', 1)).toBe('II');
  }, 60_000);
});

describe('Roman numerals inside a line printed with a digit one', () => {
  it('reads 1V and |X as IV and IX, and leaves other tokens alone', () => {
    expect(romanWithDigitOnes('1V')).toBe('IV');
    expect(romanWithDigitOnes('|X')).toBe('IX');
    for (const token of ['4G', '1VV', 'V1', '12V', 'IV']) expect(romanWithDigitOnes(token)).toBeNull();
    expect(rulesOf(['- Như mục 1V;'])).toEqual([[1, 10, '1V', 'IV']]);
  });
});

describe('Roman part numerals', () => {
  it('round-trips I … XXX', () => {
    for (let v = 1; v <= 30; v += 1) expect(romanValue(toRoman(v))).toBe(v);
    expect(romanValue('IIII')).toBeNull();
    expect(romanValue('VV')).toBeNull();
  });

  it('reads OCR glyphs of I, V and X, and falls back on the next numeral of the sequence', () => {
    expect(partNumeral('1v', null)).toBe('IV');
    expect(partNumeral('Il', null)).toBe('II');
    expect(partNumeral('|', null)).toBe('I');
    expect(partNumeral('v', 4)).toBe('V');
    expect(partNumeral('Vv', 3)).toBe('IV');
    expect(partNumeral('Vv', null)).toBeNull();
    expect(partNumeral('Vv', 4)).toBe('V');
    expect(partNumeral('Tổ', 1)).toBeNull();
  });

  it('reads a heading opened by 1, 11 or 111 as the next part numeral or the one after it, never one passed', () => {
    expect(digitPartNumeral('1', null)).toBe('I');
    expect(digitPartNumeral('11', 1)).toBe('II');
    expect(digitPartNumeral('111', 2)).toBe('III');
    // The part between was printed so that it was not read as one (1. for II.).
    expect(digitPartNumeral('111', 1)).toBe('III');
    expect(digitPartNumeral('11', null)).toBe('II');
    expect(digitPartNumeral('111', null)).toBeNull();
    expect(digitPartNumeral('1', 1)).toBeNull();
    expect(digitPartNumeral('11', 2)).toBeNull();
    expect(rulesOf(['I. MUC DICH', '1. Muc dich cu the', '11. NOI DUNG', '1. NHIEM VU', '111. KINH PHI'])).toEqual([
      [1, 0, 'I', 'I'],
      [3, 0, '11', 'II'],
      [5, 0, '111', 'III'],
    ]);
  });

  it('writes a line-opening numeral of a heading in capitals, never as a syllable', () => {
    expect(rulesOf(['v. TO cHUC THUC HIEN'])).toEqual([[1, 0, 'v', 'V']]);
    expect(rulesOf(['1v. KINH PHI'])).toEqual([[1, 0, '1v', 'IV']]);
  });

  it('leaves a line that is not a heading alone (a wrapped `vi.` ending a sentence)', () => {
    expect(rulesOf(['vi. Trong thời gian tới'])).toEqual([]);
  });
});

describe('tokens kept as printed', () => {
  it('keeps digit-led names, inner Roman numerals, glued numerals and one-letter slashed abbreviations', () => {
    expect(rulesOf(['song di dong 4G tai quy II, V.TO (b/c) va v/v'])).toEqual([
      [1, 13, '4G', '4G'],
      [1, 24, 'II', 'II'],
      [1, 28, 'V.TO', 'V.TO'],
      [1, 34, 'b', 'b'],
      [1, 36, 'c', 'c'],
      [1, 42, 'v', 'v'],
      [1, 44, 'v', 'v'],
    ]);
  });

  it('reads list letters: ¢) is c), and a d) right after d) is đ)', () => {
    expect(listLetter('¢', 'b')).toBe('c');
    expect(listLetter('d', 'd')).toBe('đ');
    expect(listLetter('d', 'c')).toBe('d');
    expect(rulesOf(['a) Mot', 'b) Hai', '¢) Ba', 'd) Bon', 'd) Nam', 'a) Mot'])).toEqual([
      [3, 0, '¢', 'c'],
      [5, 0, 'd', 'đ'],
    ]);
  });

  it('keeps the unit ha after a number or a slash (12 ha, tạ/ha), not elsewhere', () => {
    expect(rulesOf(['dien tich 12 ha lua, nang suat 65 ta/ha'])).toEqual([
      [1, 13, 'ha', 'ha'],
      [1, 37, 'ha', 'ha'],
    ]);
    expect(rulesOf(['song ha luu'])).toEqual([]);
  });

  it('does not take a word next to a slash for an abbreviation', () => {
    expect(rulesOf(['va/hoac ngay/thang'])).toEqual([]);
  });

  it('reads the number label of the number line as Số', () => {
    expect(rulesOf(['S6: 215/KH-UBND'])).toEqual([[1, 0, 'S6', 'Số']]);
    expect(rulesOf(['SO: 45/KH-UBND'])).toEqual([[1, 0, 'SO', 'SỐ']]);
  });
});

describe('document code segments', () => {
  const known = parseCodeSegments('test', 'QĐ\nNĐ\nNQ\nCP\nTTg\nHĐND\nUBND\nKH\nHD\n# comment\n');

  it('repairs a segment printed without its Đ by the fewest readings of Đ, and keeps known ones', () => {
    expect(repairCodeSegment('QP', known)).toBe('QĐ');
    expect(repairCodeSegment('QDP', known)).toBe('QĐ');
    expect(repairCodeSegment('HDPND', known)).toBe('HĐND');
    expect(repairCodeSegment('NB', known)).toBe('NĐ');
    expect(repairCodeSegment('HD', known)).toBe('HD');
    expect(repairCodeSegment('COVID', known)).toBeNull();
  });

  it('reads BP as Đ too, and repairs a longer segment that opens with a known one holding the Đ', () => {
    const withBan = parseCodeSegments('test', 'QĐ\nBCĐ\nKH\nPGĐ\n');
    expect(repairCodeSegment('QBP', withBan)).toBe('QĐ');
    expect(repairOpeningSegment('BCPQG', withBan)).toBe('BCĐQG');
    // Not when no known segment holds the Đ read (KHPT: KHĐT), nor when the print has its Đ already, nor by a vowel.
    expect(repairOpeningSegment('KHPT', withBan)).toBeNull();
    expect(repairOpeningSegment('PGDĐT', withBan)).toBeNull();
    expect(repairOpeningSegment('BCOQG', withBan)).toBeNull();
    // Only inside codes: a heading's word is no code (KẾ HOẠCH is never HĐACH).
    const rules = codeRules(['so 05/KH-BCPQG; KE HOACH, CONG HOA'], parseCodeSegments('test', 'KH\nHĐ\nBCĐ\n'));
    expect([...(rules.get(1) ?? new Map()).values()].map((r) => `${r.from}>${r.to}`)).toEqual(['KH>KH', 'BCPQG>BCĐQG']);
  });

  it('repairs only inside codes: glued by / or -, with digits or a known segment; digits untouched', () => {
    const rules = codeRules(['so 749/QP-TTg, 15/2023/NQ-HDPND va NQ-HPND; QP alone; 12/COVID-19, TI/HDND, Viet-Anh'], known);
    const got = [...(rules.get(1) ?? new Map()).values()].map((r) => `${r.from}>${r.to}`);
    expect(got).toEqual(['QP>QĐ', 'TTg>TTg', 'NQ>NQ', 'HDPND>HĐND', 'NQ>NQ', 'HPND>HĐND', 'COVID>COVID', 'TI>TI', 'HDND>HĐND']);
  });

  it('repairs a lone all-caps abbreviation only when a reading of Đ makes it a known segment', () => {
    const rules = codeRules(['TT HPND huyen, TO CHUC, UBNP'], known);
    expect([...(rules.get(1) ?? new Map()).values()].map((r) => `${r.from}>${r.to}`)).toEqual(['HPND>HĐND']);
  });

  it('rejects a malformed segment line with the file and line', () => {
    expect(() => parseCodeSegments('codes.txt', 'QĐ\nqd x\n')).toThrow(/codes\.txt:2/u);
  });
});

describe('token classes in the restorer', () => {
  it('restores part numerals and codes, and keeps 4G and b/c', async () => {
    const { loadRestorer } = await import('../../src/restore/index.js');
    const restorer = await loadRestorer();
    const out = restorer.restore('v. TO CHUC THUC HIEN\nCan cir Quyét dinh s6 749/QP-TTg va NQ-HPND\nPhu song di dong 4G\n- Bo Thong tin (b/c);\nto chuc thuc hien./.').text;
    expect(out.split('\n')).toEqual([
      'V. TỔ CHỨC THỰC HIỆN',
      'Căn cứ Quyết định số 749/QĐ-TTg và NQ-HĐND',
      expect.stringMatching(/ 4G$/u),
      expect.stringMatching(/\(b\/c\);$/u),
      // `./.` closes a document: the word before it is read without its dot.
      'tổ chức thực hiện./.',
    ]);
  }, 60_000);
});

describe('stray capital vowels of the Vietnamese OCR model', () => {
  it('lower-cases a marked capital vowel inside a lower-case or Title-Case word', () => {
    expect(recasedStrayCapital('rỘng')).toBe('rộng');
    expect(recasedStrayCapital('sỞ')).toBe('sở');
    expect(recasedStrayCapital('HỒng')).toBe('Hồng');
  });

  it('leaves words in capitals, abbreviations and well-cased words alone', () => {
    for (const word of ['SỞ', 'ĐẢNG', 'Ở', 'TTg', 'QĐ', 'Hồng', 'rộng', 'UBND']) expect(recasedStrayCapital(word)).toBeNull();
  });

  it('is recorded as a normalisation and leaves the rest of an invented clean line as it is', async () => {
    const restorer = await loadRestorer();
    const line = 'Mở rỘng quy mô cuỘc thi đọc sách tại các trường học, giao Phòng Văn hóa và Thông tin chủ trì.';
    const result = restorer.restore(line);
    expect(result.text).toBe('Mở rộng quy mô cuộc thi đọc sách tại các trường học, giao Phòng Văn hóa và Thông tin chủ trì.');
    expect(result.corrections.map((c) => [c.from, c.to, c.reason])).toEqual([
      ['rỘng', 'rộng', 'normalize'],
      ['cuỘc', 'cuộc', 'normalize'],
    ]);
  });
});
