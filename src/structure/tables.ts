import { fold } from './fold.js';

/**
 * A table of duties printed in the implementation part (`TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian`, `STT | Nội
 * dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian`): its header line, its rows (numbered 1, 2, … with or without
 * a dot, a row's cells wrapping onto lines without a number) and the lines it spans.
 */
export interface DutyTable {
  headerLine: number;
  endLine: number;
  columns: ColumnKind[];
  /** Each row's lines and the number it is printed with. */
  rows: { startLine: number; endLine: number; number: number }[];
}

export type ColumnKind = 'body' | 'lead' | 'partner' | 'duty' | 'time' | 'other';

// Column labels in the order they are tried at a position of the header (folded). `Đơn vị tính` is a unit of
// measure (an appendix of targets), no column of bodies.
const COLUMN_LABELS: readonly [ColumnKind, RegExp][] = [
  ['lead', /(?:co quan|don vi)\s+(?:chu tri|thuong truc)/y],
  ['partner', /(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?/y],
  ['other', /don vi tinh/y],
  ['body', /(?:co quan|don vi)(?:\s*,\s*(?:don vi|co quan|to chuc|dia phuong))*(?:\s+(?:thuc hien|phu trach|chiu trach nhiem))?/y],
  ['duty', /(?:nhiem vu|noi dung|cong viec|hoat dong|giai phap)(?:\s+(?:chinh|cu the|cong viec|nhiem vu|trong tam))?/y],
  ['time', /(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh))?/y],
  ['other', /san pham|ket qua(?:\s+du kien)?|ghi chu|kinh phi|nguon von/y],
];

// `TT`, `STT`, `Số TT`; OCR may read the second T as a stroke (`TI`, `STl`).
const HEADER_OPENING = /^\s*(?:S[ốoO0Ố]\s+TT|S?T\s*[TIl1])\s+/u;
const ROW_OPENING = /^\s*(\d{1,2})\s*[.)]?\s+(?=\S)/;
// A row number OCR read as look-alike letters (`l` for 1, `S` for 5): taken only as the number the sequence expects,
// before a capital.
const LOOK_ALIKE_ROW_OPENING = /^\s*([\dlIi|!SOoBbGZz]{1,2})\s*[.)]?\s+(?=\p{Lu})/u;
const DIGIT_OF: Record<string, string> = { l: '1', I: '1', i: '1', '|': '1', '!': '1', S: '5', O: '0', o: '0', B: '8', b: '6', G: '6', Z: '2', z: '2' };

/** The number a row opens with and the length of its numbering, or null; `expected` admits look-alike letters. */
export function rowOpening(text: string, expected?: number): { value: number; length: number } | null {
  const digits = ROW_OPENING.exec(text);
  if (digits) return { value: Number(digits[1]), length: digits[0].length };
  const alike = LOOK_ALIKE_ROW_OPENING.exec(text);
  if (!alike || expected === undefined) return null;
  const value = Number(alike[1]!.replace(/./g, (char) => DIGIT_OF[char] ?? char));
  return value === expected ? { value, length: alike[0].length } : null;
}
// Lines that end a table: a part, a lettered item, a bullet, the closing block.
const TABLE_STOP = /^\s*(?:[IVX]+\s*\.|[a-zđ]\s?\)|[-–+•]\s|nơi nhận)/iu;

/** The kinds of the columns a header line names, in order; null when it is no header of a table of duties. */
export function tableColumns(headerLine: string): ColumnKind[] | null {
  const folded = fold(headerLine);
  const opening = HEADER_OPENING.exec(headerLine);
  if (!opening) return null;
  const columns: ColumnKind[] = [];
  let at = opening[0].length;
  while (at < folded.length) {
    while (/[\s,|]/.test(folded[at] ?? '')) at++;
    if (at >= folded.length) break;
    const label = COLUMN_LABELS.find(([, pattern]) => {
      pattern.lastIndex = at;
      return pattern.test(folded) && /^(?:[\s,|]|$)/.test(folded.slice(pattern.lastIndex));
    });
    if (label) {
      columns.push(label[0]);
      at = label[1].lastIndex;
      continue;
    }
    const space = folded.indexOf(' ', at + 1);
    if (space < 0) break;
    at = space + 1;
  }
  const bodies = columns.filter((kind) => kind === 'body' || kind === 'lead').length;
  return bodies > 0 && columns.length >= 2 ? columns : null;
}

/** The tables of duties among the lines `[first, last]` (1-based). */
export function dutyTables(lines: readonly string[], first: number, last: number): DutyTable[] {
  const tables: DutyTable[] = [];
  for (let line = first; line <= last; line++) {
    const columns = tableColumns(lines[line - 1] ?? '');
    if (!columns) continue;
    const rows: DutyTable['rows'] = [];
    let next = line + 1;
    // A header that wraps (`… Thời gian hoàn` / `thành`) has a line or two before the first row.
    while (next <= last && next <= line + 2 && !rowOpening(lines[next - 1] ?? '', 1) && !opensGroup(lines[next - 1] ?? '', 1)) next++;
    // Rows are numbered within their group (`I Nhiệm vụ tuyên truyền` / `1 …` / `2 …` / `II …` / `1 …`).
    let groups = 0;
    let inGroup = 0;
    for (; next <= last; next++) {
      const text = lines[next - 1] ?? '';
      if (opensGroup(text, groups + 1) && rowOpening(lines[next] ?? '', 1)?.value === 1) {
        groups++;
        inGroup = 0;
        continue;
      }
      const row = rowOpening(text, inGroup + 1);
      if (row && row.value === inGroup + 1) {
        rows.push({ startLine: next, endLine: next, number: row.value });
        inGroup++;
        continue;
      }
      if (rows.length === 0 || text.trim() === '' || row || TABLE_STOP.test(text)) break;
      rows.at(-1)!.endLine = next;
    }
    if (rows.length === 0) continue;
    tables.push({ headerLine: line, endLine: rows.at(-1)!.endLine, columns, rows });
    line = rows.at(-1)!.endLine;
  }
  return tables;
}

const GROUP_ROW = /^\s*([IVX]{1,4})\.?\s+(\p{Lu}.*)$/u;
// The titles of a plan's own parts: a part after the table, never a group of its rows.
const PART_TITLE_START = /^(?:muc dich|muc tieu|noi dung|nhiem vu,? giai phap|kinh phi|to chuc thuc hien|trach nhiem|che do bao cao|dieu khoan)/;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** A row that titles a group of rows with the Roman numeral the table's groups expect. */
function opensGroup(text: string, expected: number): boolean {
  const group = GROUP_ROW.exec(text);
  return group !== null && ROMAN_VALUE[group[1]!] === expected && !PART_TITLE_START.test(fold(group[2]!));
}

/** Indices (0-based) of the lines that carry a table's rows, which are no numbered items of the plan. */
export function tableRowIndices(lines: readonly string[], limit: number): Set<number> {
  const rows = new Set<number>();
  for (const table of dutyTables(lines, 1, limit)) {
    for (let line = table.headerLine + 1; line <= table.endLine; line++) rows.add(line - 1);
  }
  return rows;
}
