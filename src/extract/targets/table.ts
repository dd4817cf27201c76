// Targets in a table of values by year or by quarter.
import type { Target } from '../../schema/document.js';
import { fold } from '../../structure/fold.js';
import { sectionPathAt } from '../../structure/paths.js';
import { countValue } from './numbers.js';
import type { TargetContext } from './types.js';
import { COUNT_UNITS } from './units.js';

// A table of targets by year (often in a PHỤ LỤC): a header whose last cells are years (`Năm 2024 Năm 2025 Năm
// 2026`, `2024 | 2025`), then rows `1 Tỷ lệ … % 85 90 95` — the indicator, its unit, one value per year.
// Headers are read folded: a mark restoration put wrong on a header word (`Nắm 2025`, `Chí tiêu`) loses no table.
const TABLE_YEARS = /((?:(?:nam\s+)?(?:19|20)\d\d\s*\|?\s*){2,6})(?:ghi chu\s*\|?\s*)?$/u;
// … or by quarter of the plan's year (`Quý I Quý II Quý III Quý IV`): a quarter is no year.
const TABLE_QUARTERS = /((?:quy\s+(?:iv|i{1,3}|[1-4])\s*\|?\s*){2,4})(?:ghi chu\s*\|?\s*)?$/u;
// Amounts of money are a unit cell too (`Thu ngân sách nhà nước tỷ đồng 1.250 1.400`); `đồng` alone ends names (`cộng đồng`).
const TABLE_MONEY = ['nghìn đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'USD'];
const TABLE_UNITS = ['%', '‰', ...COUNT_UNITS, ...TABLE_MONEY].sort((a, b) => b.length - a.length).map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// A unit cell keeps its multiplier (`triệu trang`, `nghìn lượt`).
const TABLE_ROW = new RegExp(
  String.raw`^\|?\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]?\s*\|?\s+)?(\p{L}.*?)\s*\|?\s*(?:(?<=[\s|])((?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:${TABLE_UNITS.join('|')})))?\s*\|?\s*((?:\d[\d.,]*\s?(?:%|‰)?\s*\|?\s*)+)$`,
  'u',
);
// … and a row whose name ends with a number (`Người 15 - 60 tuổi biết chữ mức độ 2 % 89 90,5 92`): the unit cell after
// it, then only the values.
const ROW_NAME_ENDING_IN_NUMBER = new RegExp(
  String.raw`^\|?\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]?\s*\|?\s+)?(\p{L}.*?\d)\s*\|?\s+((?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:${TABLE_UNITS.join('|')}))\s*\|?\s*((?:\d[\d.,]*\s*\|?\s*)+)$`,
  'u',
);

/** The name, unit cell and value cells of a row with one value per column, or null. */
function rowCells(line: string, columnCount: number): RegExpExecArray | null {
  const valueCount = (cells: RegExpExecArray) => [...cells[3]!.matchAll(/\d[\d.,]*/g)].length;
  const cells = TABLE_ROW.exec(line);
  if (cells && valueCount(cells) === columnCount) return cells;
  const numbered = ROW_NAME_ENDING_IN_NUMBER.exec(line);
  return numbered && valueCount(numbered) === columnCount ? numbered : null;
}

// The unit printed in brackets after an indicator's name (`Dự án khởi nghiệp được hỗ trợ (dự án)`).
const UNIT_IN_BRACKETS = /\s*\((\p{Ll}+(?:\s\p{Ll}+){0,2})\)$/u;
const APPENDIX_HEADING = /^\s*phu luc(?:\s+[ivx\d]+)?\s*$/;

/** The columns of a table header: a year each, or a quarter each (year null, the quarter said in the subject). */
interface Column {
  year: number | null;
  quarter: string | null;
  /** A column of what was reached (`Thực hiện năm 2025`, `Ước thực hiện 2025`): no target. */
  reached?: boolean;
}

// A label before a year column (`Thực hiện năm 2025 Kế hoạch năm 2026`): a result or a plan.
const COLUMN_LABEL = /(?<![a-z])(?:(?:uoc\s+)?thuc hien|uoc|ke hoach|muc tieu|du kien)\s+(?=(?:nam\s+)?(?:19|20)\d\d)/gu;

function headerColumns(printed: string): Column[] | null {
  const folded = fold(printed);
  const labels = [...folded.matchAll(COLUMN_LABEL)].map((match) => /thuc hien|^uoc/u.test(match[0]));
  const line = folded.replace(COLUMN_LABEL, '');
  // One column of the plan's own year, labelled so (`Chỉ tiêu Đơn vị tính Kế hoạch năm 2026`).
  const single = /(?:ke hoach|muc tieu)\s+(?:nam\s+)?((?:19|20)\d\d)\s*\|?\s*$/u.exec(folded);
  if (single && labels.length === 1 && /(?:chi tieu|noi dung)/u.test(folded.slice(0, single.index)) && /don vi/u.test(folded.slice(0, single.index))) {
    return [{ year: Number(single[1]), quarter: null }];
  }
  const columns = yearColumns(line);
  // Every year labelled, or none: a label names its own column.
  if (columns === null || labels.length === 0 || labels.length !== columns.length || columns.some((column) => column.year === null)) return columns;
  return columns.map((column, k) => ({ ...column, reached: labels[k] }));
}

function yearColumns(line: string): Column[] | null {
  const years = TABLE_YEARS.exec(line);
  if (years) {
    const values = [...years[1]!.matchAll(/(?:19|20)\d\d/g)].map((match) => Number(match[0]));
    // Years of a span (`giai đoạn 2021 - 2025`) are no columns: they rise one by one, or name a plan's years.
    if (new Set(values).size !== values.length || values.some((year, k) => k > 0 && year <= values[k - 1]!)) return null;
    if (/[-–]\s*$/.test(line.slice(0, years.index).trimEnd()) || !/(?:chi tieu|noi dung|don vi|tt|stt|nam\s+(?:19|20)\d\d)/u.test(line)) return null;
    return values.map((year) => ({ year, quarter: null }));
  }
  const quarters = TABLE_QUARTERS.exec(line);
  if (!quarters || !/(?:chi tieu|noi dung|tt|stt)/u.test(line.slice(0, quarters.index))) return null;
  const names = [...quarters[1]!.matchAll(/quy\s+(iv|i{1,3}|[1-4])/gu)].map((match) => `quý ${match[1]!.toUpperCase()}`);
  return new Set(names).size === names.length ? names.map((quarter) => ({ year: null, quarter })) : null;
}

/**
 * A table printed after the signature (an appendix) stands outside every section: its rows take the section of the
 * item that points at it (`Chỉ tiêu cụ thể từng năm tại Phụ lục kèm theo`), null when none does.
 */
function appendixSection(context: TargetContext): string | null {
  for (let line = context.bodyEndLine - 1; line >= 1; line--) {
    if (/(?:^|\s)phu luc(?:\s|$|[.,;:)])/.test(fold(context.lines[line - 1] ?? ''))) return sectionPathAt(context.sections, line);
  }
  return null;
}

// Units by their folded form, where no other unit folds the same (`tan` is `tấn`, `ty dong` is `tỷ đồng`).
const unitsByFold = (units: readonly string[]): ReadonlyMap<string, string> => {
  const byFold = new Map<string, string[]>();
  for (const unit of units) byFold.set(fold(unit), [...(byFold.get(fold(unit)) ?? []), unit]);
  return new Map([...byFold].filter(([, same]) => same.length === 1).map(([folded, same]) => [folded, same[0]!]));
};
const UNIT_BY_FOLD = unitsByFold(COUNT_UNITS.filter((unit) => !unit.includes(' ')));
const LONGER_UNIT_BY_FOLD = unitsByFold([...COUNT_UNITS, ...TABLE_MONEY].filter((unit) => unit.includes(' ')));

/**
 * A unit cell no list names that repeats the head of the indicator (`Vụ việc trợ giúp pháp lý vụ việc 150 180`,
 * `Số hồ sơ được giải quyết hồ sơ 300`): the words that close the name as they open it, one to three; null when none.
 */
function repeatedHeadUnit(name: string): string | null {
  const words = name.split(' ');
  const opening = words.slice(/^số$/iu.test(words[0] ?? '') ? 1 : 0);
  for (let size = 3; size >= 1; size--) {
    if (opening.length < size * 2 + 1) continue;
    const tail = words.slice(-size);
    if (tail.every((word) => /^\p{Ll}+$/u.test(word)) && fold(tail.join(' ')) === fold(opening.slice(0, size).join(' '))) return tail.join(' ');
  }
  return null;
}

/**
 * The unit cell at the end of a row's name, printed a mark off (`tân`, `tỳ đồng`, `xa, thị trấn`), with its length in the name; null
 * when the last words are no unit.
 */
function unitByFold(name: string): { unit: string; printed: string } | null {
  const words = name.split(' ');
  for (const size of [4, 3, 2]) {
    if (words.length <= size) continue;
    const printed = words.slice(-size).join(' ');
    const unit = LONGER_UNIT_BY_FOLD.get(fold(printed));
    if (unit !== undefined) return { unit, printed };
  }
  const last = words.at(-1) ?? '';
  const unit = words.length > 1 ? UNIT_BY_FOLD.get(fold(last)) : undefined;
  return unit === undefined ? null : { unit, printed: last };
}

const MULTIPLIER_BY_FOLD = new Map(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'].map((word) => [fold(word), word]));

/**
 * A listed unit the name's last one or two words and the unit cell fold to together, with those words (`xa, thị trấn`);
 * or a multiplier a mark off before the cell (`triễu trang` → `triệu trang`); null when neither.
 */
function widerUnitCell(name: string, cell: string): { unit: string; printed: string } | null {
  const words = name.split(' ');
  const multiplier = words.length > 1 && !/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s/u.test(cell) ? MULTIPLIER_BY_FOLD.get(fold(words.at(-1)!)) : undefined;
  if (multiplier !== undefined) return { unit: `${multiplier} ${cell}`, printed: words.at(-1)! };
  for (const size of [2, 1]) {
    if (words.length <= size) continue;
    const printed = words.slice(-size).join(' ');
    const unit = LONGER_UNIT_BY_FOLD.get(fold(`${printed} ${cell}`));
    if (unit !== undefined) return { unit, printed };
  }
  return null;
}

/** The listed unit of one word the OCR line prints before the row's values (the same values), or null. */
function rawUnitCell(raw: string | undefined, values: readonly string[]): string | null {
  if (raw === undefined) return null;
  const cells = /\s(\p{L}+)\s+((?:\d[\d.,]*\s*)+)$/u.exec(raw.trim());
  if (!cells || [...cells[2]!.matchAll(/\d[\d.,]*/g)].map((match) => match[0]).join(' ') !== values.join(' ')) return null;
  return UNIT_BY_FOLD.get(fold(cells[1]!)) ?? null;
}

/** Every value cell of a table of targets; a column of a year before the plan's own (`Thực hiện năm 2024`) is where things stood. */
export function tableTargets(context: TargetContext, issueYear: number | null = null): Target[] {
  const out: Target[] = [];
  const { lines } = context;
  for (let index = 0; index < lines.length; index++) {
    const columns = headerColumns(lines[index]!);
    if (columns === null) continue;
    // A table under a PHỤ LỤC heading says so in its subjects.
    const inAppendix = lines.slice(Math.max(0, index - 6), index).some((line) => APPENDIX_HEADING.test(fold(line)));
    for (let row = index + 1; row < Math.min(lines.length, index + 40); row++) {
      if (headerColumns(lines[row]!) !== null) break;
      const cells = rowCells(lines[row]!.trim(), columns.length);
      if (!cells) continue;
      const values = [...cells[3]!.matchAll(/\d[\d.,]*/g)].map((match) => match[0]);
      let name = cells[1]!.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim();
      // No unit cell: each value carries its sign (`92% 94% 95%`), or the name its unit in brackets.
      const signs = cells[3]!.match(/%|‰/g) ?? [];
      const bracketed = cells[2] === undefined ? UNIT_IN_BRACKETS.exec(name) : null;
      if (bracketed) name = name.slice(0, bracketed.index);
      // A unit cell restoration left one mark off (`tân` for `tấn`): the one unit it folds to, taken off the name.
      const byFold = cells[2] === undefined && !bracketed ? unitByFold(name) : null;
      if (byFold !== null) name = name.slice(0, name.length - byFold.printed.length).trimEnd();
      const folded = byFold?.unit ?? null;
      const repeated = cells[2] === undefined && !bracketed && folded === null && signs.length === 0 ? repeatedHeadUnit(name) : null;
      if (repeated !== null) name = name.slice(0, name.length - repeated.length).trimEnd();
      // A unit cell restoration made another word of (`ho` → `cho`), read on the OCR line of the same values.
      const fromRaw = cells[2] === undefined && !bracketed && folded === null && repeated === null && signs.length === 0 ? rawUnitCell(context.rawLines?.[row], values) : null;
      if (fromRaw !== null) name = name.slice(0, name.lastIndexOf(' '));
      // A unit cell whose first word restoration left a mark off reads as the rest of it (`xa, thị trấn` → `thị trấn`):
      // the name's last words and the cell together may fold to a longer unit.
      const widened = cells[2] !== undefined ? widerUnitCell(name, cells[2]) : null;
      if (widened !== null) name = name.slice(0, name.length - widened.printed.length).trimEnd();
      const unit = widened?.unit ?? cells[2] ?? bracketed?.[1] ?? folded ?? repeated ?? fromRaw ?? (signs.length === values.length && new Set(signs).size === 1 ? signs[0]! : null);
      if (unit === null) continue;
      const provenance = context.provenance(row + 1, lines[row]!);
      const section = provenance.section ?? (row + 1 >= context.bodyEndLine ? appendixSection(context) : null);
      values.forEach((printed, k) => {
        const value = unit === '%' || unit === '‰' ? Number(printed.replace(',', '.')) : countValue(printed);
        if (!Number.isFinite(value)) return;
        const { year, quarter, reached } = columns[k]!;
        if (reached) return;
        if (year !== null && issueYear !== null && year < issueYear) return;
        out.push({
          value,
          valueMax: null,
          unit,
          comparator: 'eq',
          year,
          yearly: false,
          subject: `${name}${quarter ? ` trong ${quarter}` : ''}${inAppendix ? ' (Phụ lục)' : ''}`,
          sentence: lines[row]!.trim(),
          confidence: 0.7,
          ...provenance,
          section,
        });
      });
    }
  }
  return out;
}
