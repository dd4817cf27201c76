import { fold, stripEmphasis, upperShare } from './fold.js';

export type MarkerKind = 'part' | 'item' | 'letter' | 'bullet';

/** A numbering marker at the start of a line: `III.`, `2.1.`, `b)`, `-`, `+`. */
export interface LineMarker {
  kind: MarkerKind;
  /** Normalised number: `III`, `2.1`, `b`, `-`, `+`. */
  number: string;
  /** Text after the marker on the same line. */
  rest: string;
}

/** Vietnamese alphabetical list order used by letter items: a) b) c) d) đ) e) g) … */
/**
 * An item number OCR turned into a lone capital (`A Ủy ban nhân dân các xã …` for `7. Ủy ban …`, `Z. Sở Tài chính`
 * for `2.`; I, V and X are numerals of parts), or a number that lost its dot (`2 Sở Tài chính`): taken only before
 * the head of a body, which no sentence opens with after such a letter or bare figure. The caller checks that a
 * figure is the number the list expects.
 */
export const BODY_HEAD_AFTER_NUMBER = String.raw`(?=\s+(?:Ủy ban|UBND|Sở|Phòng|Công an|Trung tâm|Văn phòng|Ban|Hội|Đoàn|Trạm|Đề nghị|Giao)\s)`;
export const LETTER_FOR_NUMBER = new RegExp(String.raw`^(?:[A-HJ-UWYZ][.,]?|\d{1,2})${BODY_HEAD_AFTER_NUMBER}`, 'u');

export const LETTER_ORDER = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a Roman numeral (I … XXXIX), or null when the string is not a well-formed one. */
export function romanValue(roman: string): number | null {
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]!]!;
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

// OCR reads the stroke of `I` as `|`, `l`, `1` or `!`: `|.` is I., `I1.` is II., `I11.` is III.
const ROMAN_HEAD = /^([IVXYl|1!]{1,6})\s*[.,:]\s*(.*)$/;
// `V- TỔ CHỨC THỰC HIỆN`, `II/ NỘI DUNG`: some plans put a dash or slash after the numeral.
const ROMAN_DASH_HEAD = /^([IVX]{1,5})\s*[-–/]\s*(\p{Lu}.*)$/u;
const ARABIC_HEAD = /^(\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})\s*(?:\.|\))\s*(.*)$/;
const DOTTED_NO_FINAL_DOT = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\S.*)$/;
// Restoration may give a list letter a tone mark (`á)` for `a)`): a toned plain vowel is its letter.
const LETTER_HEAD = /^([a-zđ¢àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ])\s?\)\s*(.*)$/iu;
const BULLET_HEAD = /^([-–—+•])\s*(.*)$/;

/** Reads a Roman part marker; `expected` is the value the next part should have. */
function readPart(printed: string, expected: number): LineMarker | null {
  // Restoration may put a tone mark on the numeral's I (`Ị. MỤC ĐÍCH`), as on a list letter.
  const line = printed.replace(/^([IVX]*)[ÌÍỈĨỊ](?=[IVX]*\s*[.,:]\s*\p{Lu})/u, '$1I');
  const dashed = ROMAN_DASH_HEAD.exec(line);
  if (dashed && romanValue(dashed[1]!) === expected && upperShare(dashed[2]!) >= 0.6) {
    return { kind: 'part', number: dashed[1]!, rest: dashed[2]!.trim() };
  }
  const match = ROMAN_HEAD.exec(line);
  if (!match) return readCaseNoisyPart(line, expected);
  const token = match[1]!;
  const rest = match[2]!.trim();
  if (!/\p{L}/u.test(rest)) return null;
  let roman = token.replace(/[l|1!]/g, 'I');
  // OCR (or an over-eager corrector) reads V as Y: accept it only where the sequence expects this very part.
  if (/Y/.test(roman) && romanValue(roman.replace(/Y/g, 'V')) === expected) roman = roman.replace(/Y/g, 'V');
  const value = romanValue(roman);
  if (value === null) return readCaseNoisyPart(line, expected);
  const upper = upperShare(rest) >= 0.6;
  const genuine = /^[IVX]+$/.test(token);
  const hasRomanLetter = /[IVX|]/.test(token);
  // A heading of a part is printed in capitals; a token made of digits only is an Arabic item unless its
  // capitals and its place in the sequence both say it is a Roman part.
  const want = toRoman(expected);
  // A numeral a stroke short of the part the sequence expects, which repeats the one before (`I. CHỈ TIÊU` after
  // `I. MỤC ĐÍCH, YÊU CẦU`, OCR having dropped a stroke of `II.`), is the expected part before a known part title.
  if (upper && hasRomanLetter && expected >= 2 && value === expected - 1 && oneStrokeApart(roman, want) && PART_TITLE.test(fold(rest))) {
    return { kind: 'part', number: want, rest };
  }
  if (upper && (hasRomanLetter || value === expected)) return { kind: 'part', number: roman, rest };
  // Strokes OCR read as digits (`11. NHIỆM VỤ, GIẢI PHÁP` for `III.`): a part title in capitals where the sequence
  // expects this part or one a stroke away.
  // OCR may lower a letter or two of a short title too (`1. cHI TIEU` for `II. CHỈ TIÊU`).
  const shortTitle = upperShare(rest) >= 0.5 && fold(rest).split(/\s+/).length <= 4 && !/[.;:,]/.test(rest);
  if ((upper || shortTitle) && expected >= 2 && /^[1l|!]+$/.test(token) && (value === expected || oneStrokeApart(roman, want)) && PART_TITLE.test(fold(rest))) {
    return { kind: 'part', number: want, rest };
  }
  if (genuine && value === expected && upperShare(rest) >= 0.3) return { kind: 'part', number: roman, rest };
  return readCaseNoisyPart(line, expected);
}

// A Roman numeral in any case, with OCR's strokes for I: `v.`, `Iv.`, `vi.`, `|I.`.
const NOISY_ROMAN_HEAD = /^([ivxyl|1!]{1,5})\s*[.,:]\s*(\S.*)$/iu;

/**
 * A part heading whose numeral or title lost its capitals to OCR (`v. TO cHUC THUC HIEN`, `vi. TỔ chức THỰC
 * HIỆN` for `V.`). Accepted when the numeral is the part the sequence expects, or one stroke away from it
 * (OCR adds or drops an `I`), and the title is a known part title or mostly capitals.
 */
function readCaseNoisyPart(line: string, expected: number): LineMarker | null {
  const match = NOISY_ROMAN_HEAD.exec(line);
  // Digits alone (`1.`) are an Arabic item; a numeral needs at least one Roman letter.
  if (!match || !/[ivxy]/i.test(match[1]!)) return readWordedPart(line, expected);
  const rest = match[2]!.trim();
  const folded = fold(rest);
  const knownTitle = PART_TITLE.test(folded) && folded.length <= 80;
  if (!knownTitle && upperShare(rest) < 0.6) return null;
  // `ii. Nội dung …` in sentence case is a sub-list numbered in small Roman numerals, not a part: a numeral in
  // small letters needs a title mostly in capitals.
  if (!/[IVXY]/.test(match[1]!) && upperShare(rest) < 0.5 && !WHOLE_PART_TITLE.test(folded.replace(/[.:]+$/, '').trim())) return null;
  if (!/^\p{L}/u.test(rest) || folded.split(/\s+/).length < 2) return null;
  const roman = match[1]!.toUpperCase().replace(/[L|1!]/g, 'I').replace(/Y/g, 'V');
  const want = toRoman(expected);
  if (romanValue(roman) === expected) return { kind: 'part', number: want, rest };
  // One stroke more or less (`VI` read for `V`, `I` for `II`) only with a known title: a capitalised line in the
  // body must not renumber the parts.
  if (knownTitle && expected >= 2 && oneStrokeApart(roman, want)) return { kind: 'part', number: want, rest };
  return null;
}

// A line that is a part title and nothing else (`v. Tổ chức thực hiện`): a part even in small letters.
const WHOLE_PART_TITLE =
  /^(muc dich,? yeu cau|muc tieu|nhiem vu,? giai phap|nhiem vu va giai phap|kinh phi( thuc hien)?|to chuc thuc hien|che do bao cao)$/;

// A numeral a corrector turned into a short word (`về.` for `v.`) or OCR into signs (`\/.`), or one that lost
// its dot (`V TỔ CHỨC THỰC HIỆN`).
const WORDED_NUMERAL_HEAD = /^([^\s\d]{1,3})\s*[.,:]\s*(\S.*)$/u;
// OCR also reads a stroke of the numeral as `L` or `|`, and `II` as `H` (`IIL TỔ CHỨC …`, `HI. TỔ CHỨC …`).
const UNDOTTED_NUMERAL_HEAD = /^([IVXLH|]{1,4})\s+(\p{Lu}.*)$/u;

/** `về. TỔ chức THỰC HIỆN`: a known part title after a short token that stands where the expected numeral was. */
function readWordedPart(line: string, expected: number): LineMarker | null {
  const match = WORDED_NUMERAL_HEAD.exec(line) ?? UNDOTTED_NUMERAL_HEAD.exec(line);
  // The token must still look like a numeral: a Roman letter first once folded (`về`), or signs (`\/`); a letter
  // item in capitals (`a. MỤC TIÊU CHUNG`) is not a part.
  if (!match || expected < 2 || !/^(?:[ivxylwh]|[^\p{L}])/u.test(fold(match[1]!))) return null;
  const rest = match[2]!.trim();
  const folded = fold(rest);
  if (!PART_TITLE.test(folded) || folded.length > 60 || upperShare(rest) < 0.5) return null;
  return { kind: 'part', number: toRoman(expected), rest };
}

function oneStrokeApart(read: string, want: string): boolean {
  if (Math.abs(read.length - want.length) !== 1) return false;
  const [longer, shorter] = read.length > want.length ? [read, want] : [want, read];
  for (let i = 0; i < longer.length; i++) {
    if (longer[i] === 'I' && longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  }
  return false;
}

// OCR reads the dot of `4.` as a comma, and the stroke of `1.` as `l.` or `I.`; a capital must follow, and the
// caller's sequence check decides.
const COMMA_ITEM_HEAD = /^(\d{1,2}),\s+(\p{Lu}.*)$/u;
const STROKE_ONE_HEAD = /^([lI|])\.\s+(\p{Lu}.*)$/u;

function readItem(line: string): LineMarker | null {
  const misread = COMMA_ITEM_HEAD.exec(line) ?? STROKE_ONE_HEAD.exec(line);
  if (misread) return { kind: 'item', number: /\d/.test(misread[1]!) ? misread[1]! : '1', rest: misread[2]!.trim() };
  const match = ARABIC_HEAD.exec(line) ?? DOTTED_NO_FINAL_DOT.exec(line);
  if (!match) return null;
  const rest = match[2]!.trim();
  // `2.5%`, `1.000 người`: a number, not a marker. After a marker and a space a number may open the item's
  // text (`1. 100% cán bộ …`); the caller's sequence check decides.
  // OCR prints some capitals as symbols (`2. $6 vụ` for `2. Số vụ`).
  if (rest !== '' && !/^[\p{L}“"($€¢§]/u.test(rest) && !(/^\d[^\s]*\s+\S/u.test(rest) && /[.)]\s+\d/.test(match[0]))) return null;
  return { kind: 'item', number: match[1]!.replace(/\s/g, ''), rest };
}

function readLetter(line: string): LineMarker | null {
  const match = LETTER_HEAD.exec(line);
  if (!match) return null;
  const raw = match[1]!.toLowerCase();
  const letter = raw === 'đ' ? raw : fold(raw).replace('¢', 'c');
  return { kind: 'letter', number: letter, rest: match[2]!.trim() };
}

function readBullet(line: string): LineMarker | null {
  const match = BULLET_HEAD.exec(line);
  if (!match) return null;
  const rest = match[2]!.trim();
  if (!/^[\p{L}\d“"(]/u.test(rest)) return null;
  return { kind: 'bullet', number: match[1] === '+' ? '+' : '-', rest };
}

// Headings of the parts of a plan (Decree 30/2020 layout). A capitalised line that is one of these, standing
// alone, is a part even when OCR lost its numeral (`TỔ CHỨC THỰC HIỆN` for `V. TỔ CHỨC THỰC HIỆN`).
const PART_TITLE =
  /^(muc dich|yeu cau|muc tieu|chi tieu|noi dung|nhiem vu|giai phap|kinh phi|to chuc thuc hien|trach nhiem|phan cong|che do bao cao|dieu khoan thi hanh|tien do|danh gia|thuc trang|ket qua|quan diem|doi tuong|pham vi|can cu)/;

function readUnnumberedPart(line: string, expected: number): LineMarker | null {
  if (expected < 2) return null;
  const folded = fold(line);
  if (!PART_TITLE.test(folded) || folded.split(/\s+/).length < 2 || folded.length > 80) return null;
  // Capitals all through, or (OCR lowered some) a short line that is a part title and nothing else.
  const titleOnly = folded.split(/\s+/).length <= 6 && !/[.;:]/.test(line);
  if (upperShare(line) < (titleOnly ? 0.5 : 0.9)) return null;
  return { kind: 'part', number: toRoman(expected), rest: line };
}

/** The marker a line starts with, if any. `expectedPart` is the value the next Roman part should have. */
export function readMarker(rawLine: string, expectedPart: number): LineMarker | null {
  const line = stripEmphasis(rawLine).trim();
  if (line === '') return null;
  return readPart(line, expectedPart) ?? readItem(line) ?? readLetter(line) ?? readBullet(line) ?? readUnnumberedPart(line, expectedPart);
}

/** True for the line that opens the closing block (recipients, signature). */
export function isClosingStart(rawLine: string): boolean {
  const folded = fold(stripEmphasis(rawLine)).trim();
  // OCR keeps the shape of `Nơi nhận` well enough for `noi nh…` / `n0i nh…`; a letter may be read as its look-alike
  // (`Nơl nhận`, `Nơi nbận`).
  return /^[nu][o0a][il1]\s*[nu][hb][a-z]{1,3}\s*:/.test(folded) || /^[nu][o0a][il1]\s+[nu][hb][ao][nu]\b/.test(folded);
}

/** True for a signature-block line such as `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`. */
export function isSignatureLine(rawLine: string): boolean {
  const line = stripEmphasis(rawLine).trim();
  return /^(TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u.test(line) && upperShare(line) > 0.8;
}
