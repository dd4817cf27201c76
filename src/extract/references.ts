import type { Reference } from '../schema/document.js';
import { codePattern, isSpacedRange, normalizeCode, segmentOfType, typeFromCode, typeOfSegment } from './codes.js';
import type { FlowText } from './flow.js';
import { TYPE_ALTERNATION, typeName } from './kinds.js';
import { isoFromParts, NAM, NGAY, THANG } from './dates.js';
import { NO_LINE_STARTS, dutyStart, startsLikeOrganisation, withLookAlikeLettersRepaired } from './agencies.js';
import { opensWithGluedSo } from './agencies/repair.js';
import { fold } from '../structure/fold.js';

export interface ReferenceContext {
  flow: FlowText;
  /** The plan's own number, which is not a reference. */
  ownNumber: string | null;
  /** Last line of the header (the `Số:` line sits there), 0 when unknown. */
  headerEndLine: number;
  provenance: (line: number, raw: string) => Pick<Reference, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
}

const TYPE_BEFORE = new RegExp(
  String.raw`(${TYPE_ALTERNATION})(?:\s+(?:cong tac|lien tich|lien nganh))?(?:\s+(?:so|s6|sb|s0))?\s*[:.]?\s*$`,
);
// `ng[a-z]{1,3}`: `ngày` as OCR leaves it (`ngiy`); a date must follow, so nothing else fits.
// `ngày` (also one look-alike letter off: `ugày`) and the date, in figures or in words.
const DATE_AFTER = /^\s*,?\s*(?:ban hanh\s+)?[nurm][gq][a-z]{1,3}\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const TEXT_DATE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:ban hanh\s+)?${NGAY}\s*(\d{1,2})\s*${THANG}\s*(\d{1,2})\s*${NAM}\s*(\d{4})`);
// A document named by its type and title, then its number (`Căn cứ Pháp lệnh Ưu đãi người có công … số 02/2020/…`):
// the type opens the clause, a capitalised title follows and nothing but words comes before `số`.
const NAMED_THEN_NUMBERED = new RegExp(String.raw`(?:^|can cu\s+|\s)(${TYPE_ALTERNATION})\s+[a-z ]{3,80}\s+so\s*[:.]?\s*$`);
// `của` (also one look-alike letter off: `cna`, `eủa`) or `giữa`.
const ISSUER_LEAD = /^\s*,?\s*(?:cua|cna|eua|cuo|giua)\s+/;
// Stop words apply only where the text is lower case (`của UBND tỉnh về …`), so names such as `Sở Tài chính`
// are not cut at `tài` (nor `Bộ Giao thông vận tải` at `tải`: `tại` after `vận`, `thiên` is no stop); a comma or `và` followed by a lower-case word (`… tỉnh và đóng góp của người dân`) also
// ends the issuer, one followed by a capital (`Bộ Văn hóa, Thể thao và Du lịch`) does not; nor does the numbering of
// the part or item the next line opens (`… của Huyện ủy,` / `I. MỤC TIÊU`); nor do two signs or lone letters in a
// row, what a scan leaves of a stamp or a smudge (`… Lục Ngạn` / `A ở . 2 ~`).
const ISSUER_STOP_CASED =
  /\s+(?:ve|v\/v|phe duyet|ban hanh|trong viec|quy dinh|huong dan|trien khai|thuc hien|(?<!(?:van|thien)\s)tai|nham|sua doi|ngay|so|de|dang|da|(?<![Tt]uyen\s)giao(?!\s+thong))(?![\p{L}])|[;.\n“"]|,\s*(?=\p{Ll})|\s+va\s+(?!cac\s)(?=\p{Ll})|,?\s+(?=(?:[IVX]{1,4}|\d{1,2})\s*[.,]\s+\p{Lu})|\s+\S\s+\S(?=\s|$)/u;
const JOINED_TO_NEXT = new RegExp(String.raw`^(?:\s*,)?\s+va\s+(?:${TYPE_ALTERNATION})\s+so\s`);
const ISSUER_STOP_TYPE = new RegExp(String.raw`\s+va\s+(?=(?:${TYPE_ALTERNATION})\b)|,\s*(?=(?:${TYPE_ALTERNATION})\b)`);

/** Every cited document (type, number, date, issuer), each distinct number once, in order of first citation. */
export function extractReferences(context: ReferenceContext): Reference[] {
  const { flow } = context;
  const byNumber = new Map<string, Reference>();
  // Citations with no issuer of their own joined by `và` to the next one (see JOINED_TO_NEXT).
  let sharing: Reference[] = [];
  for (const match of flow.text.matchAll(codePattern())) {
    const raw = match[0];
    if (isSpacedRange(raw)) continue;
    const start = match.index;
    const end = start + raw.length;
    let number = normalizeCode(raw);
    const line = flow.lineAt(start);
    const before = flow.folded.slice(Math.max(0, start - 90), start);
    const piece = before.split(/[;\n]/).at(-1) ?? '';
    const typeMatch = TYPE_BEFORE.exec(piece);
    // `Số: 04/KH-UBND` in the header is the plan's own number; `Kết luận số 01-KL/TW` there is a citation.
    if (line <= context.headerEndLine && !typeMatch && /(?:^|\s)[s$5][o06b8e]?\s*[:.;]?\s*$/.test(before)) continue;
    if (context.ownNumber !== null && number === context.ownNumber && line <= context.headerEndLine) continue;

    const named = typeMatch ?? NAMED_THEN_NUMBERED.exec(piece);
    const type = (named ? typeName(named[1]!) : null) ?? typeFromCode(number);
    if (type === null) continue;
    const typeStart = named ? start - piece.length + named.index + named[0].indexOf(named[1]!) : start;
    if (named) number = withTypeSegment(number, type);

    let cursor = end;
    const afterFolded = flow.folded.slice(cursor, cursor + 60);
    const dateMatch = DATE_AFTER.exec(afterFolded) ?? TEXT_DATE_AFTER.exec(afterFolded);
    let date: string | null = null;
    if (dateMatch) {
      date = isoFromParts(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3]));
      cursor += dateMatch[0].length;
    }
    const issuer = readIssuer(flow, cursor) ?? issuerBefore(flow, typeStart);
    const spanEnd = issuer ? Math.max(issuer.end, cursor) : cursor;
    // `Nghị định số 26/2019/NĐ-CP ngày … và Nghị định số 37/2024/NĐ-CP ngày … của Chính phủ`: documents joined by
    // `và` share the issuer named after the last of them.
    if (issuer) {
      for (const earlier of sharing) if (mayIssue(earlier.type, issuer.text)) earlier.issuer ??= issuer.text;
    }
    const sharesNext = issuer === null && JOINED_TO_NEXT.test(flow.folded.slice(cursor, cursor + 40));
    const existing = byNumber.get(number);
    if (existing) {
      existing.date ??= date;
      existing.issuer ??= issuer?.text ?? null;
      sharing = sharesNext ? [...sharing, existing] : [];
      continue;
    }
    const reference: Reference = {
      type,
      number,
      date,
      issuer: issuer?.text ?? null,
      ...context.provenance(flow.lineAt(typeStart), flow.rawSpan(typeStart, spanEnd)),
    };
    byNumber.set(number, reference);
    sharing = sharesNext ? [...sharing, reference] : [];
  }
  return [...byNumber.values()];
}

/**
 * `Chương trình hành động số 08-CTi/TU` → `08-CTr/TU`: a code's first letters one letter off the segment of the type
 * printed right before it, where they spell no type of their own (OCR read the lower-case `r` as `i`).
 */
function withTypeSegment(number: string, type: string): string {
  const wanted = segmentOfType(type);
  const first = /^(\d+(?:\/\d{4})?[/-])([A-ZĐa-zđ]+)(?=[/-]|$)/u.exec(number);
  if (wanted === null || !first) return number;
  const printed = first[2]!;
  // Only the lower-case letter of a mixed-case segment (`CTr`, `TTr`), read as another lower-case letter.
  const differs = [...wanted].map((letter, k) => letter !== printed[k]);
  const at = differs.indexOf(true);
  if (printed.length !== wanted.length || differs.filter(Boolean).length !== 1 || !/\p{Ll}/u.test(wanted[at]!) || !/\p{Ll}/u.test(printed[at]!) || typeOfSegment(printed) !== null) return number;
  return `${first[1]}${wanted}${number.slice(first[0].length)}`;
}

/**
 * A law or an ordinance is the National Assembly's (or its Standing Committee's): `Luật … số 79/2015/QH13 và Nghị
 * định … của Chính phủ` shares no issuer with the decree.
 */
function mayIssue(type: string, issuer: string): boolean {
  return !/^(?:Luật|Bộ luật|Pháp lệnh)$/u.test(type) || /quoc hoi/.test(fold(issuer));
}

function readIssuer(flow: FlowText, from: number): { text: string; end: number } | null {
  const folded = flow.folded.slice(from, from + 160);
  const lead = ISSUER_LEAD.exec(folded);
  if (!lead) return null;
  const start = from + lead[0].length;
  const rest = flow.folded.slice(start, start + 140);
  const original = flow.text.slice(start, start + 140);
  const caseKept = [...rest].map((char, i) => (isUpper(original[i] ?? '') ? char.toUpperCase() : char)).join('');
  // `… của Chính phủ tiếp tục thực hiện …`: a duty in lower case starts the sentence the citation stands in.
  const duty = dutyStart(original, rest, NO_LINE_STARTS);
  const stops = [ISSUER_STOP_CASED.exec(caseKept)?.index, ISSUER_STOP_TYPE.exec(rest)?.index, nextBodyAfterComma(original), duty > 0 ? duty : undefined].filter(
    (i): i is number => i !== undefined,
  );
  const stop = stops.length > 0 ? { index: Math.min(...stops) } : null;
  let length = stop ? stop.index : Math.min(original.length, 100);
  // A parenthesis right after the name belongs to it: `Bộ Chính trị (khóa X)`.
  let text = original.slice(0, length);
  const paren = /^\s*\([^)]{1,30}\)/.exec(original.slice(length));
  if (paren && !/\(/.test(text)) {
    length += paren[0].length;
    text = original.slice(0, length);
  }
  const remit = remitOf(text, original.slice(length));
  if (remit > 0) {
    length += remit;
    text = original.slice(0, length);
  }
  // A name never ends in a connector (`… thiên tai và` where the sentence goes on).
  text = text.replace(/[\s,:]+$/, '').replace(/\s+(?:và|của|với|về)$/u, '').replace(/\s+/g, ' ');
  // A bracket the issuer closes without opening (`… Thủ tướng Chính phủ)`) belongs to the sentence around it.
  if (/\)$/.test(text) && !/\(/.test(text)) text = text.slice(0, -1).trimEnd();
  if (!/\p{Lu}/u.test(text[0] ?? '')) return null;
  if (text.length < 3) return null;
  return { text: withLookAlikeLettersRepaired(text), end: start + length };
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** `Bộ Tư pháp, Ủy ban nhân dân tỉnh …`: a comma followed by another body ends the issuer. */
function nextBodyAfterComma(text: string): number | undefined {
  for (const match of text.matchAll(/,\s*/g)) {
    if (startsLikeOrganisation(text.slice(match.index + match[0].length))) return match.index;
  }
  return undefined;
}

// Bodies named by their remit: `Ban Chỉ đạo quốc gia về Phòng, chống thiên tai`, `Hội đồng … về …`.
const REMIT_BODY = /^(?:ban chi dao|ban chi huy|uy ban quoc gia|hoi dong (?!nhan dan)|to cong tac|tieu ban)\b/;
// Matched on the printed text: folded, `tại` would be `tai` of `thiên tai`.
// `về` of the subject whatever mark restoration left on it (`vễ`; `vệ` is a word of its own).
const REMIT_END = /\s+(?:v[eèéẻẽẹêềếểễ]|v\/v|nhằm|tại|để|quy định|hướng dẫn|ban hành|phê duyệt|triển khai)(?![\p{L}])|\s+(?:ngày|số)\s*\d|[;.\n“"(]/iu;

/**
 * Length of the remit that goes on a body's name after the issuer stop (`… quốc gia` + ` về Phòng, chống thiên
 * tai`): only for a body of the kinds named by their remit, and only where `về` is followed by a capital. It
 * runs to the next stop word (the `về` of the subject), a semicolon or a full stop.
 */
function remitOf(name: string, after: string): number {
  if (!REMIT_BODY.test(fold(name))) return 0;
  // `… về Phòng, chống thiên tai`, `… liên ngành về an toàn thực phẩm` (not `về việc …`, the subject of the document).
  // `về` whatever mark restoration left on it (`vể`, `vê`; `vệ` is a word of its own).
  const opening = /^\s+(\p{Ll}+)\s+(?=\p{L})/u.exec(after);
  if (!opening || fold(opening[1]!) !== 've' || opening[1] === 'vệ' || /^viec\s/.test(fold(after.slice(opening[0].length)))) return 0;
  const rest = after.slice(opening[0].length);
  const stop = REMIT_END.exec(rest);
  const length = stop ? stop.index : Math.min(rest.length, 60);
  // A year belongs to the document's subject (`… huyện Gio Linh về phòng, chống thiên tai năm 2025`, `… về công tác
  // năm 2025`), never to a body's remit.
  if (/(?:nam|giai doan)\s+\d{4}/.test(fold(rest.slice(0, length)))) return 0;
  return length > 0 && length <= 80 ? opening[0].length + length : 0;
}

// `của Sở Thông tin và Truyền thông tại Tờ trình số …`: the body is named before the citation.
/** The issuer named before a citation (`… của <body> tại <type> số …`), or null. */
function issuerBefore(flow: FlowText, typeStart: number): { text: string; end: number } | null {
  const windowStart = Math.max(0, typeStart - 140);
  const before = flow.text.slice(windowStart, typeStart);
  const beforeFolded = flow.folded.slice(windowStart, typeStart);
  const link = /\s+(?:tai|theo|qua)\s*$/.exec(beforeFolded);
  if (!link) return null;
  const head = beforeFolded.slice(0, link.index);
  const clauseStart = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(';'), head.lastIndexOf('.')) + 1;
  let best: number | null = null;
  for (const match of head.slice(clauseStart).matchAll(/(?:^|\s)cua\s+/g)) best = clauseStart + match.index + match[0].length;
  if (best === null) return null;
  const text = before.slice(best, link.index).replace(/\s+/g, ' ').trim();
  // `Sở` OCR glued to its field (`của SOY tế tại Công văn …`) is put right with the dictionary later (repairedIssuer).
  if (!(startsLikeOrganisation(text) || opensWithGluedSo(text)) || text.length > 100) return null;
  return { text, end: typeStart };
}
