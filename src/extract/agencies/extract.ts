import type { Agency, SectionNode } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import { headingContinues, wrapWidth } from '../../structure/index.js';
import { ownLineRange, walkSections } from '../../structure/paths.js';
import { FlowText } from '../flow.js';
import { beforeOtherBodysClause, laterClauseAgencies, startsWithOwnBody } from './clauses.js';
import { CONNECTOR_AT_END, NO_LINE_STARTS, dutyStart, knownNameEnd, requestAt } from './duties.js';
import { agencyOf, type AgencyContext } from './entry.js';
import { startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { printedLevels, withSiblingLocality } from './locality.js';
import { trimToKnownName } from './name-extent.js';
import { firstOffsetOfLine, GATHERING_HEADING, implementationPart, memberBullets, nodeText, NUMBERING_MARKER, proseParagraphs, stripMarker, tasksOf, textWithout } from './nodes.js';
import { departmentHead, withGluedSo, withHeadMarksRepaired, withLookAlikeHead, withLostHead, withPaperHead, withSoRepaired, withVillageHeadMarks } from './repair.js';
import { isLead, ownRole } from './role.js';
import { dutyTables } from '../../structure/tables.js';
import { insideTable, tableAgencies, withoutTables } from './table.js';
import { documentPlaces } from './places.js';
import { documentPairs } from './pairs.js';
import { editDistanceAtMost1, withLookAlikeLettersRepaired } from './similarity.js';
import { withContactsBlanked } from './contacts.js';

/** Organisations given a responsibility in the implementation part, one entry each, with role and tasks. */
export function extractAgencies(given: AgencyContext): Agency[] {
  const part = implementationPart(given.sections);
  if (!part) return [];
  // A table of duties (`TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian`) is read row by row; its lines are no prose.
  const tables = dutyTables(given.lines, part.startLine, part.endLine);
  const placed = { ...given, documentPlaces: documentPlaces(given.lines), documentPairs: documentPairs(given.lines) };
  const fromTables = tables.flatMap((table) => tableAgencies(table, placed));
  const untabled = tables.length === 0 ? placed : { ...placed, lines: withoutTables(given.lines, tables) };
  const partText = new FlowText(untabled.lines, part.startLine, part.endLine).text;
  const context: AgencyContext = { ...untabled, villagesNamed: VILLAGE_NAMED.test(partText) };
  const agencies: Agency[] = [];
  const seen = new Set<string>();
  const width = wrapWidth(context.lines);
  const plan: PlanLevel = { head: departmentHead(partText), levels: printedLevels(partText) };
  const collect = (node: SectionNode): Agency[] => {
    const found = agenciesOfNode(node, context, width, plan);
    if (node.kind === 'bullet') return found;
    if (found.length === 0) return node.children.flatMap(collect);
    // `1. Các cơ quan chuyên môn thuộc UBND huyện` over `a) Phòng …: …` / `b) Phòng …: …` labels a group whose
    // members are given their duties below: the members are the agencies.
    if (found.every((agency) => GROUP_LABEL.test(agency.name) || CLASS_NOUN.test(agency.name)) && GROUP_LABEL.test(found[0]!.name) && node.children.some((child) => child.kind !== 'bullet')) {
      const members = node.children.flatMap(collect);
      if (members.length > 0) return members;
    }
    // `8. UBND các huyện, thị xã, thành phố` / `- UBND thành phố Bắc Giang, UBND thị xã Việt Yên chủ trì …`: a bullet
    // that opens with other bodies and their duty gives those bodies a responsibility of their own.
    // The same body abbreviated (`5. Phòng Tài chính - Kế hoạch, …` / `- Phòng TC-KH bố trí …`) is no other one.
    const keyOf = (agency: Agency) => fold(context.lookup.canonical(agency.name) ?? agency.name);
    const named = new Set(found.map(keyOf));
    // So does a bullet that lists bodies under a role label (`- Phối hợp: Sở Tài chính, Công an tỉnh.`).
    const labelledBullets = node.children.filter((child) => child.kind === 'bullet' && ROLE_LABEL.test(fold(stripMarker(nodeText(child, context.lines)))));
    const members = [...memberBullets(node, context.lines), ...labelledBullets]
      .sort((a, b) => a.startLine - b.startLine)
      .flatMap((child) => agenciesOfNode(child, context, width, plan))
      .filter((agency) => !named.has(keyOf(agency)) && !named.has(fold(agency.name)));
    return [...found, ...members];
  };
  // A numbered part may open with a paragraph of its own that names the lead (`Phòng … là cơ quan thường trực, chủ
  // trì … . Cụ thể:` / `1. …`): its paragraphs are read as the unnumbered ones of a part in prose are.
  const prose = proseParagraphs(part, context.lines);
  const nodes = [...prose, ...part.children].filter((node) => !insideTable(node, tables)).sort((a, b) => a.startLine - b.startLine);
  const found = nodes.flatMap(collect);
  // A body a table names that an item of its own names again (`2. Sở … là cơ quan thường trực …`, `6. Ủy ban nhân
  // dân các xã, phường chịu trách nhiệm …` over a row's `UBND các xã`) is listed at that item.
  const itemKeys = found.map((agency) => fold(agency.canonical ?? agency.name));
  const rows = fromTables.filter((agency) => {
    const key = fold(agency.canonical ?? agency.name);
    return !itemKeys.some((item) => item === key || (item.startsWith(key) && /^[\s,]/.test(item.slice(key.length))));
  });
  // Rows keep their place among the items (stable: the items' own order stays).
  const ordered = rows.length === 0 ? found : [...found, ...rows].sort((a, b) => a.line - b.line);
  for (const agency of ordered) {
    const key = fold(agency.name);
    if (seen.has(key)) continue;
    seen.add(key);
    agencies.push(agency);
  }
  return agencies;
}

// Matched folded: restoration may leave `Các` with another mark (`Cảc sở, ngành`, `Cãc đơn vị`).
const GROUP_LABEL = { test: (name: string) => /^(?:cac|nhung)\s/.test(fold(name)) };
// A class of bodies printed in lower case after a collective label (`2. Các cơ quan, tổ chức phối hợp`), whatever
// marks restoration left (`tổ chực`).
const CLASS_NOUN = { test: (name: string) => /^(?:to chuc|don vi|co quan|doan the|nganh|dia phuong)$/.test(fold(name)) && /^\p{Ll}/u.test(name) };

// `- Cơ quan chủ trì: Phòng …` / `- Đơn vị phối hợp: …` / `- Chủ trì: …` / `- Phối hợp: …`: a task's bodies under a
// label that says their role (a plan organised by task rather than by body). `Đầu mối:` names a contact person.
const ROLE_LABEL_EXACT = /^(?:(?:co quan|don vi)\s+)?(chu tri|thuong truc|phoi hop|thuc hien)(?:\s+thuc hien)?\s*:\s*/;
// The same printed a letter off (`Chú trl:`, `Phổi hựp:`): the words before the colon one edit from a role.
const ROLE_LABEL_NEAR = /^(?:(?:co quan|don vi)\s+)?([a-z]+ [a-z]+)(?:\s+thuc hien)?\s*:\s*/;
const NEAR_ROLES = ['chu tri', 'phoi hop', 'thuong truc'];

/** A role label the folded text opens with (`chủ trì:`, `Đơn vị phối hợp:`): its length and role words, or null. */
const ROLE_LABEL = {
  exec(folded: string): [string, string] | null {
    const exact = ROLE_LABEL_EXACT.exec(folded);
    if (exact) return [exact[0], exact[1]!];
    const near = ROLE_LABEL_NEAR.exec(folded);
    const role = near ? NEAR_ROLES.find((want) => editDistanceAtMost1(near[1]!, want)) : undefined;
    return near && role ? [near[0], role] : null;
  },
  test(folded: string): boolean {
    return this.exec(folded) !== null;
  },
};

/**
 * The bodies each role label lists (up to the end of its sentence), or null where the node opens with no such label.
 * One line may hold several labels (`Chủ trì: Sở Y tế; phối hợp: Sở Tài chính, UBND các xã.`).
 */
function labelledBodies(
  body: string,
  folded: string,
  markerLength: number,
  flow: FlowText,
  context: AgencyContext,
  opening = 0,
  /** The task the labels are for (the item's heading or sentence), given to each body as its first task. */
  task: string | null = null,
): Agency[] | null {
  if (!ROLE_LABEL.test(folded.slice(opening))) return null;
  // A bracket after a body says what it does there (`Trạm Y tế xã (theo dõi sức khỏe, dinh dưỡng).`): blanked, same
  // length, so neither its commas nor its full stop split or end the list.
  // Labels inside a bracket (`… (chủ trì: Sở Y tế; phối hợp: …)`): the bracket is opened, its close ends the list.
  const inBracket = /\(\s*$/.test(body.slice(0, opening));
  const opened = inBracket ? `${body.slice(0, body.lastIndexOf('(', opening))} ${body.slice(body.lastIndexOf('(', opening) + 1)}` : body;
  const unbracketed = opened.replace(/\([^()]*\)/g, (bracket) => ' '.repeat(bracket.length));
  const found: Agency[] = [];
  for (let at = opening; at < body.length; ) {
    const label = ROLE_LABEL.exec(folded.slice(at));
    if (!label) break;
    const from = at + label[0].length;
    const stop = unbracketed.slice(from).search(inBracket ? /[.;](?:\s|$)|\n|\)/ : /[.;](?:\s|$)|\n/);
    const end = stop < 0 ? body.length : from + stop;
    found.push(...listedBodies(body, unbracketed, from, end, labelRole(label[1]!), markerLength, flow, context, task));
    at = end + (/^[.;]?\s*/.exec(body.slice(end))?.[0].length ?? 0);
    if (at === end) break;
  }
  return found;
}

// A role label after a finished sentence or an opening bracket.
const LABEL_AFTER_TASK = /(?:[.;:]\s+|\(\s*)(?=(?:(?:co quan|don vi)\s+)?(?:chu tri|thuong truc|phoi hop)(?:\s+thuc hien)?\s*:)/;

/** Where a role label after the task's own words opens, or null. */
function labelAfterTask(folded: string): number | null {
  const match = LABEL_AFTER_TASK.exec(folded);
  return match ? match.index + match[0].length : null;
}

/** The heading of the item a bullet stands under (`1. Chuẩn bị tiếng Việt cho trẻ mầm non`): the task its labels are for. */
function taskHeading(bullet: SectionNode, context: AgencyContext): string | null {
  for (const node of walkSections(context.sections)) {
    if (node.kind !== 'part' && node.children.includes(bullet)) return squash(node.title).replace(/[\s.;:]+$/, '') || null;
  }
  return null;
}

const labelRole = (label: string): Agency['role'] => (/^(?:chu tri|thuong truc)$/.test(label) ? 'lead' : 'participant');

/** The bodies a list names between `from` and `end` of `body` (`unbracketed`: the same, brackets blanked). */
function listedBodies(
  body: string,
  unbracketed: string,
  from: number,
  end: number,
  role: Agency['role'],
  markerLength: number,
  flow: FlowText,
  context: AgencyContext,
  task: string | null = null,
): Agency[] {
  const names = splitAgencyNames(unbracketed.slice(from, end), context.lookup).filter(
    ({ name }) => startsLikeOrganisation(name.trim()) || context.lookup.knownPrefix(name.trim()) > 0,
  );
  return names.map(({ name, offset }) => {
    const start = from + offset + (name.length - name.trimStart().length);
    const bracket = /^\s*\(([^()]*)\)/.exec(body.slice(start + name.trim().length));
    const tasks = [...(task ? [task] : []), ...(bracket ? [squash(bracket[1]!)] : [])];
    return agencyOf(name.trim(), markerLength + start, role, tasks, flow, context);
  });
}

/** `- Đơn vị phối hợp:` over `+ Sở Tài chính;` / `+ Công an tỉnh.`: each sub-bullet names bodies in the label's role. */
function bodiesUnderLabel(node: SectionNode, role: Agency['role'], context: AgencyContext): Agency[] {
  return node.children.flatMap((child) => {
    const flow = new FlowText(context.lines, child.startLine, child.endLine);
    const markerLength = NUMBERING_MARKER.exec(flow.text)?.[0].length ?? 0;
    const body = flow.text.slice(markerLength);
    const unbracketed = body.replace(/\([^()]*\)/g, (bracket) => ' '.repeat(bracket.length));
    const stop = unbracketed.search(/[.;](?:\s|$)|\n/);
    return listedBodies(body, unbracketed, 0, stop < 0 ? body.length : stop, role, markerLength, flow, context);
  });
}

/**
 * The colon that ends a name (`Sở Y tế: …`), or -1. A colon after a finished sentence (`Công chức Kinh tế xã là cơ
 * quan thường trực, … Kế hoạch. Các ban, ngành … phối hợp thực hiện:`) closes a duty that introduces a list; the
 * name ends at its duty instead.
 */
function nameColon(paragraph: string): number {
  const colon = paragraph.search(/:/);
  if (colon < 0) return -1;
  const before = paragraph.slice(0, colon);
  if (/\p{Ll}{2,}\.\s+\p{Lu}/u.test(before)) return -1;
  // `Giao Phòng … chủ trì triển khai Kế hoạch này; các cơ quan, đơn vị có trách nhiệm như sau:` — a clause with its
  // duty before a semicolon; a list of names alone (`Sở Tài chính; Sở Kế hoạch và Đầu tư:`) keeps its colon.
  const semicolon = before.search(/;\s/);
  if (semicolon > 0 && dutyStart(before.slice(0, semicolon), fold(before.slice(0, semicolon)), NO_LINE_STARTS) > 0) return -1;
  return colon;
}

/** How the plan names its bodies: the head of its departments (`Sở`, `Phòng`) and the levels it prints after names. */
interface PlanLevel {
  head: string | null;
  levels: ReadonlySet<string>;
}

// A bracket that only says a body's role: `(chủ trì)`, `(cơ quan chủ trì)`, `(phối hợp)`, `(là cơ quan thường trực)`.
const ROLE_BRACKET = /\(\s*(?:la\s+)?(?:(?:co quan|don vi)\s+)?(chu tri|phoi hop|thuong truc)\s*\)/g;

/** The role-only brackets of a text, with the role each says. */
function roleBracketsIn(text: string): { start: number; end: number; role: Agency['role'] }[] {
  return [...fold(text).matchAll(ROLE_BRACKET)].map((match) => ({ start: match.index, end: match.index + match[0].length, role: match[1] === 'phoi hop' ? 'participant' : 'lead' }));
}

function blankRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of ranges) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** The scan's heading line with its damaged `Sở` put right, marks taken from the dictionary, where it names a known body. */
function scannedHeading(line: number, context: AgencyContext): string | null {
  const raw = context.provenance(line, '').rawOcr;
  if (!raw) return null;
  const rest = raw.slice(NUMBERING_MARKER.exec(raw)?.[0].length ?? 0).trim();
  const repaired = withSoRepaired(withGluedSo(rest, context.lookup), context.lookup);
  if (repaired === rest || context.lookup.knownPrefix(repaired) <= 3) return null;
  return context.lookup.respell(repaired);
}

/**
 * A heading line that is a known name and nothing else (`3. Sở Kế hoạch và Đầu tư`) ends the heading, even where
 * restoration gave its last word the marks of a connector (`Đầu từ`) that would carry it on to the next line.
 */
function isWholeKnownName(line: string, context: AgencyContext): boolean {
  const trimmed = line.trim();
  const name = squash(trimmed.slice(NUMBERING_MARKER.exec(trimmed)?.[0].length ?? 0)).replace(/[\s.:;]+$/, '');
  return name !== '' && context.lookup.knownPrefix(name) === name.length;
}

const VILLAGE_NAMED = /(?<!\p{L})bản\s+\p{Lu}/u;

function agenciesOfNode(node: SectionNode, context: AgencyContext, width: number | null, plan: PlanLevel): Agency[] {
  const { start, end } = ownLineRange(node);
  const flow = new FlowText(context.lines, start, end);
  const markerLength = NUMBERING_MARKER.exec(flow.text)?.[0].length ?? 0;
  const printed = withContactsBlanked(flow.text.slice(markerLength));
  // `Sở Y tế (chủ trì), Sở Tài chính, Công an tỉnh (phối hợp) kiểm tra …`: each body's role in a bracket of its own.
  const roleBrackets = roleBracketsIn(printed);
  const body = blankRanges(printed, roleBrackets);
  const folded = fold(body);
  let paragraphEnd = body.search(/\n/) < 0 ? body.length : body.search(/\n/);
  // Offsets where a printed line opens after a heading line that ended cleanly: a duty in capitals there
  // (`… và các đoàn thể` / `Vận động …`) starts the sentence after the name.
  const lineStarts = new Set<number>();
  // A short heading line followed by a line in capitals (`1. Sở Y tế` / `Chủ trì …`) ends the name there.
  let headingOpen = true;
  for (let line = start + 1; line <= end; line++) {
    const at = firstOffsetOfLine(flow, line) - markerLength;
    if (at <= 0 || at >= paragraphEnd) continue;
    const previous = context.lines[line - 2] ?? '';
    const current = context.lines[line - 1] ?? '';
    if (headingOpen && (!headingContinues(previous, current, width) || (line === start + 1 && /^\s*\p{Lu}/u.test(current) && isWholeKnownName(previous, context)))) {
      paragraphEnd = at;
      headingOpen = false;
    }
    if (!CONNECTOR_AT_END.test(fold(previous).trim())) lineStarts.add(at);
  }
  // The labels may open the node or the paragraph under its heading line (`2. Quảng bá di sản` / `Đơn vị chủ trì: …`).
  const underHeading = paragraphEnd + (/^\s*/.exec(body.slice(paragraphEnd))?.[0].length ?? 0);
  // … or follow the task a sentence or a bracket describes (`1. Lập danh sách hộ vay vốn. Chủ trì: …`, `… (chủ trì: …;
  // phối hợp: …)`), where no body opens the node.
  const afterTask = startsLikeOrganisation(body.slice(requestAt(body)?.[0].length ?? 0)) ? null : labelAfterTask(folded);
  const taskBefore = (at: number) => squash(body.slice(0, at)).replace(/[\s(.;:]+$/, '') || null;
  const labelled =
    labelledBodies(body, folded, markerLength, flow, context, 0, node.kind === 'bullet' || node.kind === 'letter' ? taskHeading(node, context) : null) ??
    (node.kind !== 'bullet' && underHeading < body.length ? labelledBodies(body, folded, markerLength, flow, context, underHeading, taskBefore(underHeading)) : null) ??
    (afterTask !== null ? labelledBodies(body, folded, markerLength, flow, context, afterTask, taskBefore(afterTask)) : null);
  if (labelled !== null) {
    const lone = ROLE_LABEL.exec(folded);
    if (labelled.length > 0 || !lone || folded.slice(lone[0].length).trim() !== '' || node.children.length === 0) return labelled;
    return bodiesUnderLabel(node, labelRole(lone[1]!), context);
  }
  const colon = nameColon(body.slice(0, paragraphEnd));
  let nameEnd = colon >= 0 ? colon : paragraphEnd;
  let duty = -1;
  if (colon < 0) {
    // Read with look-alike letters put right (same length): `Đội Quản lý trậf tự xây dựng …` keeps `xây dựng` of its
    // order as `trật tự xây dựng` does.
    const heading = withLookAlikeLettersRepaired(body.slice(0, paragraphEnd));
    const read = heading.length === paragraphEnd ? heading : body.slice(0, paragraphEnd);
    duty = dutyStart(read, fold(read), lineStarts, knownNameEnd(read, context.lookup));
    if (duty >= 0) nameEnd = duty;
    const sentence = body.slice(0, nameEnd).search(/[.;](\s|$)/);
    if (sentence >= 0) nameEnd = sentence;
  }
  // A bullet names a body when a colon or a duty follows the name (`- Công an huyện: …`, `- Công an huyện chủ trì …`).
  if (node.kind === 'bullet' && colon < 0 && (duty < 0 || duty > nameEnd)) return [];
  let nameText = body.slice(0, nameEnd);
  let nameOffset = markerLength;
  const request = requestAt(nameText);
  if (request) {
    nameText = nameText.slice(request[0].length);
    nameOffset += request[0].length;
    // `Trách nhiệm của các cơ quan` labels a group whose members come below it, not an agency.
    if (!/^\p{Lu}/u.test(nameText) && node.children.length > 0) return [];
  }
  if (nameText.length > 160) return [];
  nameText = withLookAlikeLettersRepaired(nameText);
  const unglued = withGluedSo(nameText, context.lookup);
  nameOffset -= unglued.length - nameText.length;
  nameText = withVillageHeadMarks(withLookAlikeHead(withHeadMarksRepaired(withSoRepaired(unglued, context.lookup), context.lookup)), context.villagesNamed ?? false);
  const papered = withPaperHead(nameText, context.places ?? []);
  nameOffset -= papered.length - nameText.length;
  nameText = papered;
  // A heading whose first word OCR damaged (`Công chế Tài chính - Kế toán xã:`) is still a known body.
  // So is one that starts with a known name whose capitals OCR lowered (`sở Nông nghiệp …`, `Hội khuyến học`).
  let known = context.lookup.knownPrefix(nameText.trim()) > 0 || context.lookup.repair(nameText) !== null;
  // A heading line restoration wrecked (`1. Soài nguyên và Môi trường` from the scan's `1. S&'Tai nguyén va Moi
  // truong`): the scan's own line, its Sở put right, where that names a known body.
  if (!known && !startsLikeOrganisation(nameText) && node.kind !== 'bullet' && colon < 0 && duty < 0) {
    const scanned = scannedHeading(start, context);
    if (scanned !== null) {
      nameText = scanned;
      known = true;
    }
  } else if (!known && !startsLikeOrganisation(nameText) && node.kind !== 'bullet' && duty >= 0) {
    // … and so may one whose duty follows on the line (`2. SỐ tổ chỉ đạo …` from the scan's `2. SG'Y té chi dao …`):
    // the known name the scan's line opens with, where it spans about what restoration printed before the duty.
    const scanned = scannedHeading(start, context);
    const length = scanned === null ? 0 : context.lookup.knownPrefix(scanned);
    if (scanned !== null && Math.abs(length - nameText.trimEnd().length) <= 3) {
      nameText = scanned.slice(0, length);
      known = true;
    }
  }
  const bareAcronym = /^[A-ZĐ&-]{3,}$/u.test(nameText.trim());
  if ((!startsLikeOrganisation(nameText) || bareAcronym) && !known && node.kind !== 'bullet' && plan.head !== null) {
    // A numbered heading whose head OCR lost (`3. Tài nguyên và Môi trường`, `3. ở Tài chính`) names the
    // department of that field at the level the plan's other bodies are named at.
    const headed = withLostHead(nameText, plan.head, context.lookup);
    if (headed !== null) {
      nameOffset -= headed.length - nameText.length;
      nameText = headed;
      known = true;
    }
  }
  if (!startsLikeOrganisation(nameText) && !known) {
    // `3. Kinh phí thực hiện` / `Sở Tài chính bố trí kinh phí …`: a heading that names no body over a paragraph that
    // gives one its duty.
    if (node.kind === 'bullet' || node.children.length > 0) return [];
    // `1. Phân công: Công an xã là cơ quan thường trực …; Trạm Y tế xã xét nghiệm …`: a label and its colon over one
    // paragraph whose clauses each open with a body and its duty.
    if (colon >= 0 && paragraphEnd >= body.length) return laterClauseAgencies(body, colon, markerLength, flow, context, colon);
    if (paragraphEnd >= body.length) return [];
    return laterClauseAgencies(body, paragraphEnd, markerLength, flow, context, null, paragraphEnd);
  }

  // A heading that only gathers the bodies its bullets name (`3. Các đơn vị khác` / `- Bưu điện tỉnh: …`) is none itself.
  // So is a collective label with a colon whose bullets each open with a body of their own (`1. Các cơ quan, đơn
  // vị:` / `- Phòng Kinh tế chủ trì …` / `- Phòng Tài chính - Kế hoạch bố trí …`).
  const nothingAfterName = squash(body.slice(nameEnd)).replace(/^[:.\s]+/, '') === '';
  const members = nothingAfterName ? memberBullets(node, context.lines) : [];
  const bullets = node.children.filter((child) => child.kind === 'bullet');
  // So is a heading that only names the group (`1. Các đơn vị thuộc Sở`) over bullets that each open with a body.
  const gathering =
    GATHERING_HEADING.test(fold(squash(nameText))) ||
    ((colon >= 0 || (nothingAfterName && node.kind !== 'bullet')) && GROUP_LABEL.test(nameText.trim()) && members.length === bullets.length);
  if (gathering && members.length > 0) return [];
  // A bullet that opens with another body speaks of that body's role, not of this one's.
  const others = node.kind === 'bullet' ? [] : memberBullets(node, context.lines).filter((child) => !fold(stripMarker(nodeText(child, context.lines))).startsWith(fold(squash(stripMarker(nameText))).slice(0, 12)));
  const allText = fold(beforeOtherBodysClause(textWithout(node, others, context.lines), nameText));
  const role: Agency['role'] = isLead(allText) ? 'lead' : 'participant';
  const names = withSiblingLocality(splitAgencyNames(nameText, context.lookup), plan.levels, context.lookup);
  // Where a known name ended before the cut (`Công an tỉnh canh gác …`), the rest of the sentence is a task too.
  const lastName = names.at(-1);
  const lastPiece = lastName ? squash(lastName.name) : '';
  const spill = lastName && names.length === 1 ? lastPiece.slice(trimToKnownName(lastPiece, context.lookup).length) : '';
  const ownRest = body.slice(nameEnd + (colon >= 0 ? 1 : 0));
  const tasks = tasksOf(node, context.lines, spill === '' || /^[\s.,;:]/.test(ownRest) ? `${spill}${ownRest}` : `${spill} ${ownRest}`);
  // `5. Các phòng, đơn vị và UBND các phường báo cáo kết quả … trước ngày …`: bodies that only report are given no
  // responsibility of the plan's.
  if (node.children.length === 0 && colon < 0 && onlyReports(`${spill} ${ownRest}`)) return [];
  const agencies = names.map(({ name, offset }) => {
    const at = nameOffset + offset + (nameText.slice(offset).length - nameText.slice(offset).trimStart().length);
    // The bracket after the name, or after the next names of its group (`Sở Tài chính, Công an tỉnh (phối hợp)`),
    // within the names (offsets in `body` start after the numbering).
    const bracketed = roleBrackets.find((bracket) => bracket.start >= at - markerLength + name.length);
    const own = bracketed !== undefined && bracketed.start < nameOffset - markerLength + nameText.length + 2 ? bracketed.role : null;
    return agencyOf(name, at, own ?? (names.length > 1 ? ownRole(name, node, context.lines) ?? role : role), tasks, flow, context);
  });
  // A later clause naming a body of the item again by a shorter name (`Huyện đoàn Krông Pắc …; Huyện đoàn tổ chức …`)
  // speaks of the same body.
  const longer = agencies.map((agency) => `${fold(agency.name)} `);
  const later = laterClauseAgencies(body, nameEnd, markerLength, flow, context, colon >= 0 ? colon : null).filter(
    (agency) => !longer.some((name) => name.startsWith(`${fold(agency.name)} `)),
  );
  // `2. Các phòng, ban, ngành huyện: Phòng Kinh tế … chủ trì …; Phòng Tài chính … bố trí …`: the label gathers
  // the bodies named after its colon, each with its own duty; it is no body itself.
  const gathered = colon >= 0 && /^cac\s/.test(fold(squash(nameText))) && later.length > 0 && startsWithOwnBody(body.slice(colon + 1), context.lookup);
  if (gathered) return later;
  // `3. Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ theo chức năng …`: one head shared by the fields listed after
  // the colon names each department, where every field then makes a known name.
  const shared = colon >= 0 ? sharedHeadBodies(nameText, body.slice(colon + 1), context) : null;
  if (shared !== null) {
    const after = colon + 1;
    return [
      ...shared.map(({ name, offset }) => agencyOf(name, markerLength + after + offset, role, [squash(body.slice(after + shared.at(-1)!.end))], flow, context, name.length - name.indexOf(' ') - 1)),
      ...later,
    ];
  }
  return [...agencies, ...later];
}

// Each clause of the text is a report due (`báo cáo kết quả … trước ngày 05/7`, `gửi báo cáo năm …`).
// `báo cáo` one letter off as restoration may leave it (`béo cáo`).
const REPORT_CLAUSE = /^(?:dinh ky\s+(?:hang\s+\S+\s+)?)?(?:gui\s+)?b[a-z]o\s+c[a-z]o(?![a-z])/;

function onlyReports(duty: string): boolean {
  const clauses = fold(squash(duty)).split(/[;.]\s*|,\s+(?=[a-z])/).map((clause) => clause.trim()).filter((clause) => /[a-z]/.test(clause));
  return clauses.length > 0 && clauses.every((clause) => REPORT_CLAUSE.test(clause));
}

const SHARED_HEAD = /^(?:các|những)\s+(sở|phòng)$/iu;

/**
 * The departments a shared head names (`Các Sở` + `Tài chính, Kế hoạch và Đầu tư, Nội vụ theo …`): each field, the
 * longest one the head makes a known name of, separated by commas or `và`, up to the duty; null unless every field
 * is known and a duty follows.
 */
function sharedHeadBodies(label: string, after: string, context: AgencyContext): { name: string; offset: number; end: number }[] | null {
  const head = SHARED_HEAD.exec(squash(label));
  if (!head) return null;
  const headWord = head[1]!.charAt(0).toLocaleUpperCase('vi') + head[1]!.slice(1).toLocaleLowerCase('vi');
  const duty = dutyStart(after, fold(after), NO_LINE_STARTS);
  if (duty <= 0) return null;
  const bodies: { name: string; offset: number; end: number }[] = [];
  let at = after.length - after.trimStart().length;
  while (at < duty) {
    const known = context.lookup.knownPrefix(`${headWord} ${after.slice(at, duty).trimEnd()}`) - headWord.length - 1;
    if (known <= 0) return null;
    bodies.push({ name: `${headWord} ${after.slice(at, at + known)}`, offset: at, end: at + known });
    const separator = /^\s*(?:,|;|\svà\s)\s*/u.exec(after.slice(at + known));
    if (!separator) break;
    at += known + separator[0].length;
  }
  const rest = after.slice(bodies.at(-1)?.end ?? 0, duty);
  return bodies.length >= 2 && rest.trim() === '' ? bodies : null;
}
