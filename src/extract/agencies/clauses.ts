import type { Agency } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import type { FlowText } from '../flow.js';
import { NO_LINE_STARTS, dutyStart, knownNameEnd, requestAt } from './duties.js';
import { agencyOf, type AgencyContext } from './entry.js';
import type { AgencyLookup } from './lookup.js';
import { startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { schoolName, trimToKnownName } from './name-extent.js';
import { stripMarker } from './nodes.js';
import { withGluedSo, withLookAlikeHead, withVillageHeadMarks } from './repair.js';
import { withLookAlikeLettersRepaired } from './similarity.js';
import { isLead } from './role.js';

/**
 * A numbered item that gives a second body its own duty in a later clause (`… vận động hội viên; Hội Chữ thập đỏ
 * phường tham gia sơ cứu`): a clause after `;` that opens with a capitalised body name followed by a duty names
 * that body too, with the clause as its task and its own role. `from` is where the item's first name ended in `body`.
 */
export function laterClauseAgencies(
  body: string,
  from: number,
  markerLength: number,
  flow: FlowText,
  context: AgencyContext,
  colon: number | null = null,
  /** Where a heading line that names no body ends: its paragraph's first clause opens there. */
  headingEnd: number | null = null,
): Agency[] {
  const found: Agency[] = [];
  const openers = [...body.matchAll(/[;.]\s+/g)].map((match) => ({ index: match.index, length: match[0].length }));
  if (colon !== null) openers.unshift({ index: colon, length: /^:\s*/.exec(body.slice(colon))![0].length });
  if (headingEnd !== null) openers.unshift({ index: headingEnd, length: /^\s*/.exec(body.slice(headingEnd))![0].length });
  const commas = commaClauseOpeners(body, from);
  openers.push(...commas);
  openers.sort((a, b) => a.index - b.index);
  for (const match of openers) {
    const start = match.index + match.length;
    if (start < from) continue;
    const stop = body.slice(start).search(/;|\.(?:\s|$)/);
    // A clause a comma opens ends where the next such clause starts (`…, Sở Tài chính bố trí …, Công an tỉnh …`).
    const nextComma = commas.find((comma) => comma.index > start);
    const clauseEnd = Math.min(stop < 0 ? body.length : start + stop, nextComma?.index ?? body.length);
    let clause = body.slice(start, clauseEnd);
    let offset = start;
    const request = requestAt(clause);
    // `…; giao Đài Truyền thanh … phát tin`: the item's own body hands the task on; the plan gives it none.
    if (request && /^giao\s/u.test(clause)) continue;
    if (request) {
      clause = clause.slice(request[0].length);
      offset += request[0].length;
    }
    // `Sở` glued to its field (`S&Y tế`) is put right; the clause may grow by a sign or two.
    const unglued = withGluedSo(clause, context.lookup);
    offset -= unglued.length - clause.length;
    clause = unglued;
    // A head one look-alike letter off (`Cụe Thuế tỉnh`, `Bưu điệu huyện`) is put right (same length).
    clause = withVillageHeadMarks(withLookAlikeHead(withLookAlikeLettersRepaired(clause)), context.villagesNamed ?? false);
    // A name the dictionary knows by a short form no head marks (`Agribank Chi nhánh tỉnh cho vay …`) opens one too.
    if (!/^\p{Lu}/u.test(clause) || !(startsLikeOrganisation(clause) || context.lookup.knownPrefix(clause) > 0)) continue;
    // A duty in capitals opening a printed line (`Sở Nội vụ` / `Đưa nội dung …`) ends the name there.
    const lineStarts = new Set<number>();
    for (let i = 1; i < clause.length; i++) {
      const at = markerLength + offset + i;
      if (/\S/.test(clause[i]!) && flow.lineAt(at) !== flow.lineAt(at - 1)) lineStarts.add(i);
    }
    const exact = dutyStart(clause, fold(clause), lineStarts, knownNameEnd(clause, context.lookup));
    let duty = exact > 0 ? exact : knownNameBeforeVerb(clause, context);
    let nameEnd = duty;
    // `…; Thuế tỉnh Hưng Yên: hướng dẫn …`: a later clause may name its body before a colon, as the item does.
    const labelled = NAME_BEFORE_COLON.exec(clause);
    if (labelled && (duty <= 0 || clause.slice(0, duty).includes(':')) && dutyStart(labelled[1]!, fold(labelled[1]!), new Set()) < 0) {
      nameEnd = labelled[1]!.length;
      duty = labelled[0].length;
    }
    // Blanked contacts (see withContactsBlanked) do not count towards a name's length.
    if (duty <= 0 || squash(clause.slice(0, nameEnd)).length > 100 || clause.slice(0, nameEnd).includes(':')) continue;
    // `Các cơ quan, đơn vị báo cáo kết quả …`: an instruction to every body the part names, not a body of its own.
    if (BARE_COLLECTIVE.test(fold(squash(clause.slice(0, nameEnd))))) continue;
    const role: Agency['role'] = isLead(fold(clause)) ? 'lead' : 'participant';
    const tasks = [squash(clause.slice(duty))];
    for (const { name, offset: within } of splitAgencyNames(clause.slice(0, nameEnd), context.lookup)) {
      found.push(agencyOf(name, markerLength + offset + within, role, tasks, flow, context));
    }
  }
  return found;
}

// A body's name, then a colon and its duty in lower case (`Thuế tỉnh Hưng Yên: hướng dẫn …`).
const NAME_BEFORE_COLON = /^(\p{Lu}[^:;()]{1,98}?)\s*:\s*(?=\p{Ll})/u;

const BARE_COLLECTIVE = /^cac (?:co quan|don vi|dia phuong|to chuc|nganh)(?:,? (?:va )?(?:co quan|don vi|dia phuong|to chuc|nganh))*$/;

// Words after a name that make no duty of the plan's (`UBND tỉnh sẽ xem xét …`, `Sở Y tế được giao …`).
const NOT_A_VERB = /^(?:sẽ|đã|được|bị|có|không|và|các|của|với|cho|tại|trong|về)(?![\p{L}])/u;

/**
 * `…; Sở Tài nguyên và Môi trường đẩy nhanh đấu giá đất`: a known body (or a school named by its kind and proper
 * name) whose duty no list names ends where its known name, level and place end and a word in lower case follows;
 * -1 otherwise.
 */
function knownNameBeforeVerb(clause: string, context: AgencyContext): number {
  // A list of such names (`Trường Mầm non Sao Mai, Trường Trung học cơ sở Lê Quý Đôn giáo dục …`) ends the same way.
  let at = 0;
  for (;;) {
    const piece = clause.slice(at);
    const name = context.lookup.knownPrefix(piece) > 0 ? trimToKnownName(piece, context.lookup) : schoolName(piece);
    if (name === '') return -1;
    at += name.length;
    const separator = /^\s*(?:,|\svà\s)\s*(?=\p{Lu})/u.exec(clause.slice(at));
    if (separator) {
      at += separator[0].length;
      continue;
    }
    const rest = clause.slice(at);
    if (!/^\s+\p{Ll}/u.test(rest) || NOT_A_VERB.test(rest.trimStart())) return -1;
    return at + (rest.length - rest.trimStart().length);
  }
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
    const duty = dutyStart(clause, fold(clause), NO_LINE_STARTS);
    if (duty > 0 && duty <= 100) return text.slice(0, start);
  }
  return text;
}

/** True when the text (after a label's colon) opens with a body's name and its duty (`Phòng Kinh tế … chủ trì …`). */
export function startsWithOwnBody(text: string, lookup?: AgencyLookup): boolean {
  const clause = text.trimStart();
  if (!/^\p{Lu}/u.test(clause) || !(startsLikeOrganisation(clause) || (lookup !== undefined && lookup.knownPrefix(clause) > 0))) return false;
  const duty = dutyStart(clause, fold(clause), NO_LINE_STARTS);
  return duty > 0 && duty <= 100;
}

// Words that make the bodies after them the objects of a duty (`phối hợp với A, B tổ chức …`, `chỉ đạo Trạm Y tế,
// Trường học …`), not bodies given a duty of their own.
const OBJECT_LINK = /(?:^|\s)(?:phoi hop|voi|cung|giup|cho|chi dao|huong dan|giao|de nghi|yeu cau|phan cong|don doc|ho tro|gui|bao cao|cua|tai|den|toi|qua)(?:\s|$)/;

/**
 * Commas in one long sentence that open a clause with a body of its own and its duty (`Sở Y tế chủ trì …, Sở Tài
 * chính bố trí kinh phí, Công an tỉnh bảo đảm …`): the segment before the comma must be a complete clause (a body and
 * its duty, or a duty) that does not make the bodies after it its objects, and is no mere name in a list.
 */
function commaClauseOpeners(body: string, from: number): { index: number; length: number }[] {
  const openers: { index: number; length: number }[] = [];
  let segmentStart = from;
  for (const match of body.matchAll(/[,;.:]\s*/g)) {
    if (match.index < from) continue;
    const segment = body.slice(segmentStart, match.index).trim();
    const after = body.slice(match.index + match[0].length);
    segmentStart = match.index + match[0].length;
    if (match[0][0] !== ',' || segment === '') continue;
    const foldedSegment = fold(segment);
    // Only its words in lower case link (`Sở Tài chính` holds no `tại`).
    if (OBJECT_LINK.test(fold(segment.replace(/\p{Lu}\p{L}*/gu, (word) => ' '.repeat(word.length))))) continue;
    // So is a short capitalised piece whose head the scan damaged (`S&Y tế, Sở Giáo dục … chỉ đạo`).
    const nameLike = startsLikeOrganisation(segment) || (/^\p{Lu}/u.test(segment) && segment.split(/\s+/).length <= 4);
    if (nameLike && dutyStart(segment, foldedSegment, NO_LINE_STARTS) < 0) continue;
    // A segment ending in a body's name (`… báo cáo UBND tỉnh, Bộ Công Thương …`) lists bodies.
    if (endsWithBodyName(segment)) continue;
    if (!/^\p{Lu}/u.test(after) || !startsLikeOrganisation(after)) continue;
    const duty = dutyStart(after, fold(after), NO_LINE_STARTS);
    const beforeNextStop = after.search(/[,;.:]/);
    if (duty > 0 && duty <= 100 && (beforeNextStop < 0 || duty < beforeNextStop)) openers.push({ index: match.index, length: match[0].length });
  }
  return openers;
}

/** True when the text ends with a body's name and nothing of a duty after it (`tổng hợp báo cáo UBND tỉnh`). */
function endsWithBodyName(text: string): boolean {
  for (const match of text.matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const tail = text.slice(match.index);
    if (startsLikeOrganisation(tail)) return dutyStart(tail, fold(tail), NO_LINE_STARTS) < 0;
  }
  return false;
}
