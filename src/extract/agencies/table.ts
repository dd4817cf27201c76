import type { Agency, SectionNode } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import { FlowText } from '../flow.js';
import { levelAlternation } from '../levels.js';
import { CONNECTOR_AT_END, dutyOpensAt } from './duties.js';
import { agencyOf, type AgencyContext } from './entry.js';
import { ORG_HEADS, startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { isLead } from './role.js';

/**
 * A table of duties printed in the implementation part (`TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian`, `STT | Nội
 * dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian`): its header line, its rows (numbered 1, 2, … with or without
 * a dot, a row's cells wrapping onto lines without a number) and the lines it spans.
 */
export interface DutyTable {
  headerLine: number;
  endLine: number;
  columns: ColumnKind[];
  rows: { startLine: number; endLine: number }[];
}

type ColumnKind = 'body' | 'lead' | 'partner' | 'duty' | 'time' | 'other';

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

const HEADER_OPENING = /^\s*(?:s[o0]\s+t\s*t|s?t\s*t)\s+/;
const ROW_OPENING = /^\s*(\d{1,2})\s*[.)]?\s+(?=\S)/;
// Lines that end a table: a part, a lettered item, a bullet, the closing block.
const TABLE_STOP = /^\s*(?:[IVX]+\s*\.|[a-zđ]\s?\)|[-–+•]\s|nơi nhận)/iu;

/** The kinds of the columns a header line names, in order; null when it is no header of a table of duties. */
export function tableColumns(headerLine: string): ColumnKind[] | null {
  const folded = fold(headerLine);
  const opening = HEADER_OPENING.exec(folded);
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
    while (next <= last && next <= line + 2 && !ROW_OPENING.test(lines[next - 1] ?? '')) next++;
    for (; next <= last; next++) {
      const text = lines[next - 1] ?? '';
      const row = ROW_OPENING.exec(text);
      if (row && Number(row[1]) === rows.length + 1) {
        rows.push({ startLine: next, endLine: next });
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

/** The agencies of a table's rows, each at its row's line, with the role its column or its duty cell gives it. */
export function tableAgencies(table: DutyTable, context: AgencyContext): Agency[] {
  return table.rows.flatMap((row) => rowAgencies(table.columns, new FlowText(context.lines, row.startLine, row.endLine), context));
}

function rowAgencies(columns: readonly ColumnKind[], flow: FlowText, context: AgencyContext): Agency[] {
  const number = ROW_OPENING.exec(flow.text)?.[0].length ?? 0;
  const text = flow.text.slice(number);
  const bodyColumns = columns.filter((kind) => kind === 'body' || kind === 'lead' || kind === 'partner');
  const dutyFirst = columns.indexOf('duty') >= 0 && columns.indexOf('duty') < columns.findIndex((kind) => kind !== 'duty' && kind !== 'other');
  const from = dutyFirst ? firstBodyAfterDuty(text, context) : 0;
  if (from < 0 || !opensBody(text.slice(from), context)) return [];
  const cells = bodyCells(text, from, bodyColumns.length, context);
  const duty = dutyFirst ? text.slice(0, from) : text.slice(cells.at(-1)!.end);
  const tasks = squash(duty) === '' ? [] : [squash(duty)];
  return cells.flatMap((cell, k) => {
    const kind = bodyColumns[k] ?? 'body';
    const role: Agency['role'] = kind === 'lead' || (kind === 'body' && isLead(fold(duty))) ? 'lead' : 'participant';
    return splitAgencyNames(text.slice(cell.start, cell.end), context.lookup)
      .filter(({ name }) => opensBody(name.trim(), context))
      .map(({ name, offset }) => {
        const at = number + cell.start + offset + (name.length - name.trimStart().length);
        return agencyOf(name.trim(), at, role, tasks, flow, context);
      });
  });
}

function opensBody(text: string, context: AgencyContext): boolean {
  return startsLikeOrganisation(text) || context.lookup.knownPrefix(text) > 0;
}

// Words that make the body after them an object of the duty (`phối hợp với Sở …`, `hướng dẫn UBND các xã …`).
const OBJECT_BEFORE = /(?:^|\s)(?:voi|cho|cua|giup|chi dao|huong dan|giao|de nghi|yeu cau|tai|den|tu|va|cac|gui|bao cao|trinh)\s*$/;

/** In a row whose duty cell comes first: where the first body's name starts after it, or -1. */
function firstBodyAfterDuty(text: string, context: AgencyContext): number {
  for (const word of text.matchAll(/(?<=\s)\p{Lu}/gu)) {
    const before = fold(text.slice(0, word.index)).trimEnd();
    if (OBJECT_BEFORE.test(before) || /[(,;:]$/.test(before)) continue;
    if (opensBody(text.slice(word.index), context)) return word.index;
  }
  return -1;
}

// The time column's cell (`Tháng 6/2026`, `Quý III`, `Hằng tháng`, `Thường xuyên`, `Năm 2026`, `30/6/2026`).
const TIME_CELL = /^(?:thang \d|quy [ivx\d]|nam \d{4}|thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)|dinh ky|ca nam|truoc ngay|tu ngay|\d{1,2}\/\d{1,2}(?:\/\d{4})?|\d{1,2}\/\d{4}|\d{4}(?!\S))/;
const NAME_JOINER_AT_END = /(?:^|\s)(?:va|cua|voi|cac|cho|ve)$|[-–(]$/;
const BARE_HEADS = new Set(ORG_HEADS.map((head) => fold(head)));
const LEVEL_WORD = new RegExp(String.raw`(?:^|\s)(?:${levelAlternation('folded')})$`);

/**
 * The cells of bodies a row runs through from `from`: a cell ends where the next body starts without a separator
 * (`Phòng Quản lý đô thị Phòng Tài nguyên …`), at the duty cell (`… Chủ trì thẩm định`, `… Rà soát`, also in
 * capitals), or after a level where a capitalised word of a sentence follows (`Thanh tra quận Thanh tra trách
 * nhiệm`). Up to `most` cells.
 */
export function bodyCells(text: string, from: number, most: number, context: AgencyContext): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let start = from;
  while (cells.length < Math.max(1, most)) {
    const known = context.lookup.knownPrefix(text.slice(start));
    let end = text.length;
    let nextBody = -1;
    for (const word of text.slice(start).matchAll(/(?<=\s)\S/gu)) {
      const at = start + word.index;
      if (at < start + known) continue;
      const before = text.slice(start, at).trimEnd();
      const foldedBefore = fold(before);
      const capitalised = /^\p{Lu}/u.test(word[0]);
      if ((capitalised || /^\d/.test(word[0])) && TIME_CELL.test(fold(text.slice(at)))) {
        end = at;
        break;
      }
      if (/[,;&]$/.test(before) || (known === 0 && BARE_HEADS.has(foldedBefore))) continue;
      // A capitalised cell start after a word restoration made a connector (`Môi trong` for `Môi trường`) still is one.
      if (capitalised ? NAME_JOINER_AT_END.test(foldedBefore) : CONNECTOR_AT_END.test(foldedBefore)) continue;
      // A letter-damaged duty (`Ra soét`) is taken only where a cell starts, in capitals. A capitalised word between
      // two others is a place name's (`UBND xã Tân Lập Xây dựng …`: no `Lập`).
      const insidePlace = capitalised && /\p{Lu}\S*$/u.test(before) && /^\S+\s+\p{Lu}/u.test(text.slice(at));
      if (!insidePlace && dutyOpensAt(text, fold(text), at, capitalised) && !(capitalised && startsLikeOrganisation(text.slice(at)))) {
        end = at;
        break;
      }
      if (!capitalised) continue;
      if (startsLikeOrganisation(text.slice(at))) {
        end = at;
        nextBody = at;
        break;
      }
      // After a level, a capitalised word followed by one in lower case opens a sentence, not a place name.
      if (LEVEL_WORD.test(foldedBefore) && /^\S+\s+\p{Ll}/u.test(text.slice(at))) {
        end = at;
        break;
      }
    }
    cells.push({ start, end: text.slice(0, end).trimEnd().length });
    if (nextBody < 0 || cells.length >= most) break;
    start = nextBody;
  }
  return cells;
}

/** Lines of the tables, blanked, so that no other reader takes a row for prose. */
export function withoutTables(lines: readonly string[], tables: readonly DutyTable[]): string[] {
  return lines.map((line, k) => (tables.some((table) => k + 1 >= table.headerLine && k + 1 <= table.endLine) ? '' : line));
}

/** The nodes a table spans (rows numbered with a dot are items to the structure). */
export function insideTable(node: SectionNode, tables: readonly DutyTable[]): boolean {
  return tables.some((table) => node.startLine > table.headerLine && node.startLine <= table.endLine);
}
