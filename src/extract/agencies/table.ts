import type { Agency, SectionNode } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import { rowOpening, type ColumnKind, type DutyTable } from '../../structure/tables.js';
import { FlowText } from '../flow.js';
import { levelAlternation } from '../levels.js';
import { CONNECTOR_AT_END, dutyOpensAt } from './duties.js';
import { agencyOf, type AgencyContext } from './entry.js';
import { ORG_HEADS, startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { isLead } from './role.js';
import { companyNameLength } from './name-extent.js';

/** The agencies of a table's rows, each at its row's line, with the role its column or its duty cell gives it. */
export function tableAgencies(table: DutyTable, context: AgencyContext): Agency[] {
  return table.rows.flatMap((row) => rowAgencies(table.columns, new FlowText(context.lines, row.startLine, row.endLine), row.number, context));
}

function rowAgencies(columns: readonly ColumnKind[], flow: FlowText, rowNumber: number, context: AgencyContext): Agency[] {
  const number = rowOpening(flow.text, rowNumber)?.length ?? 0;
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
// So do the words before a medium or a place (`đăng tin trên Cổng thông tin điện tử huyện`, `tại Trung tâm …`).
const OBJECT_BEFORE = /(?:^|\s)(?:voi|cho|cua|giup|chi dao|huong dan|giao|de nghi|yeu cau|tai|den|tu|va|cac|gui|bao cao|trinh|tren|trong|qua|theo|o|vao)\s*$/;

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
function bodyCells(text: string, from: number, most: number, context: AgencyContext): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let start = from;
  while (cells.length < Math.max(1, most)) {
    const known = Math.max(context.lookup.knownPrefix(text.slice(start)), companyNameLength(text.slice(start)));
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
