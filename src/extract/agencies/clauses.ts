import type { Agency } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import type { FlowText } from '../flow.js';
import { dutyStart, requestAt } from './duties.js';
import { agencyOf, type AgencyContext } from './entry.js';
import { startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { stripMarker } from './nodes.js';
import { isLead } from './role.js';

/**
 * A numbered item that gives a second body its own duty in a later clause (`… vận động hội viên; Hội Chữ thập đỏ
 * phường tham gia sơ cứu`): a clause after `;` that opens with a capitalised body name followed by a duty names
 * that body too, with the clause as its task and its own role. `from` is where the item's first name ended in `body`.
 */
export function laterClauseAgencies(body: string, from: number, markerLength: number, flow: FlowText, context: AgencyContext, colon: number | null = null): Agency[] {
  const found: Agency[] = [];
  const openers = [...body.matchAll(/[;.]\s+/g)].map((match) => ({ index: match.index, length: match[0].length }));
  if (colon !== null) openers.unshift({ index: colon, length: /^:\s*/.exec(body.slice(colon))![0].length });
  for (const match of openers) {
    const start = match.index + match.length;
    if (start < from) continue;
    const clauseEnd = body.slice(start).search(/;|\.(?:\s|$)/);
    let clause = body.slice(start, clauseEnd < 0 ? body.length : start + clauseEnd);
    let offset = start;
    const request = requestAt(clause);
    // `…; giao Đài Truyền thanh … phát tin`: the item's own body hands the task on; the plan gives it none.
    if (request && /^giao\s/u.test(clause)) continue;
    if (request) {
      clause = clause.slice(request[0].length);
      offset += request[0].length;
    }
    if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause)) continue;
    // A duty in capitals opening a printed line (`Sở Nội vụ` / `Đưa nội dung …`) ends the name there.
    const lineStarts = new Set<number>();
    for (let i = 1; i < clause.length; i++) {
      const at = markerLength + offset + i;
      if (/\S/.test(clause[i]!) && flow.lineAt(at) !== flow.lineAt(at - 1)) lineStarts.add(i);
    }
    const duty = dutyStart(clause, fold(clause), lineStarts);
    if (duty <= 0 || duty > 100 || clause.slice(0, duty).includes(':')) continue;
    const role: Agency['role'] = isLead(fold(clause)) ? 'lead' : 'participant';
    const tasks = [squash(clause.slice(duty))];
    for (const { name, offset: within } of splitAgencyNames(clause.slice(0, duty), context.lookup)) {
      found.push(agencyOf(name, markerLength + offset + within, role, tasks, flow, context));
    }
  }
  return found;
}

/**
 * The item's text up to a later sentence or clause that opens with another body and its duty (`… triển khai thực
 * hiện. Sở Y tế là cơ quan thường trực …`): that body's role is its own (see laterClauseAgencies), not the item's.
 */
export function beforeOtherBodysClause(text: string, ownName: string): string {
  const ownKey = fold(squash(stripMarker(ownName))).slice(0, 12);
  // The item's own numbering (`1. Sở …`) opens no clause.
  const numbering = text.length - stripMarker(text).length;
  for (const match of text.matchAll(/[;.]\s+/g)) {
    const start = match.index + match[0].length;
    if (start <= numbering) continue;
    const clause = text.slice(start);
    if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause) || fold(clause).startsWith(ownKey)) continue;
    const duty = dutyStart(clause, fold(clause), new Set());
    if (duty > 0 && duty <= 100) return text.slice(0, start);
  }
  return text;
}

/** True when the text (after a label's colon) opens with a body's name and its duty (`Phòng Kinh tế … chủ trì …`). */
export function startsWithOwnBody(text: string): boolean {
  const clause = text.trimStart();
  if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause)) return false;
  const duty = dutyStart(clause, fold(clause), new Set());
  return duty > 0 && duty <= 100;
}
