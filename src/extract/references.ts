import type { Reference } from '../schema/document.js';
import { codePattern, isSpacedRange, normalizeCode, typeFromCode } from './codes.js';
import type { FlowText } from './flow.js';
import { TYPE_ALTERNATION, typeName } from './kinds.js';
import { isoFromParts } from './dates.js';
import { startsLikeOrganisation } from './agencies.js';

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
const DATE_AFTER = /^\s*,?\s*(?:ban hanh\s+)?ng[a-z]{1,3}\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const TEXT_DATE_AFTER = /^\s*,?\s*(?:ban hanh\s+)?ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;
const ISSUER_LEAD = /^\s*,?\s*(?:cua|giua)\s+/;
// Stop words apply only where the text is lower case (`của UBND tỉnh về …`), so names such as `Sở Tài chính`
// are not cut at `tài`; a comma followed by a lower-case word also ends the issuer, one followed by a capital
// (`Bộ Văn hóa, Thể thao và Du lịch`) does not.
const ISSUER_STOP_CASED =
  /\s+(?:ve|v\/v|phe duyet|ban hanh|trong viec|quy dinh|huong dan|trien khai|thuc hien|tai|nham|sua doi|ngay|so|de|dang|da)(?![\p{L}])|[;.\n“"]|,\s*(?=\p{Ll})/u;
const ISSUER_STOP_TYPE = new RegExp(String.raw`\s+va\s+(?=(?:${TYPE_ALTERNATION})\b)|,\s*(?=(?:${TYPE_ALTERNATION})\b)`);

/** Every cited document (type, number, date, issuer), each distinct number once, in order of first citation. */
export function extractReferences(context: ReferenceContext): Reference[] {
  const { flow } = context;
  const byNumber = new Map<string, Reference>();
  for (const match of flow.text.matchAll(codePattern())) {
    const raw = match[0];
    if (isSpacedRange(raw)) continue;
    const start = match.index;
    const end = start + raw.length;
    const number = normalizeCode(raw);
    const line = flow.lineAt(start);
    const before = flow.folded.slice(Math.max(0, start - 90), start);
    if (line <= context.headerEndLine && /s[o06b]\s*[:.]?\s*$/.test(before)) continue;
    if (context.ownNumber !== null && number === context.ownNumber && line <= context.headerEndLine) continue;

    const piece = before.split(/[;\n]/).at(-1) ?? '';
    const typeMatch = TYPE_BEFORE.exec(piece);
    const type = (typeMatch ? typeName(typeMatch[1]!) : null) ?? typeFromCode(number);
    if (type === null) continue;
    const typeStart = typeMatch ? start - piece.length + typeMatch.index : start;

    let cursor = end;
    const afterFolded = flow.folded.slice(cursor, cursor + 60);
    const dateMatch = DATE_AFTER.exec(afterFolded) ?? TEXT_DATE_AFTER.exec(afterFolded);
    let date: string | null = null;
    if (dateMatch) {
      date = isoFromParts(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3]));
      cursor += dateMatch[0].length;
    }
    const issuer = readIssuer(flow, cursor);
    const spanEnd = issuer ? issuer.end : cursor;
    const existing = byNumber.get(number);
    if (existing) {
      existing.date ??= date;
      existing.issuer ??= issuer?.text ?? null;
      continue;
    }
    byNumber.set(number, {
      type,
      number,
      date,
      issuer: issuer?.text ?? null,
      ...context.provenance(flow.lineAt(typeStart), flow.rawSpan(typeStart, spanEnd)),
    });
  }
  return [...byNumber.values()];
}

function readIssuer(flow: FlowText, from: number): { text: string; end: number } | null {
  const folded = flow.folded.slice(from, from + 160);
  const lead = ISSUER_LEAD.exec(folded);
  if (!lead) return null;
  const start = from + lead[0].length;
  const rest = flow.folded.slice(start, start + 140);
  const original = flow.text.slice(start, start + 140);
  const caseKept = [...rest].map((char, i) => (isUpper(original[i] ?? '') ? char.toUpperCase() : char)).join('');
  const stops = [ISSUER_STOP_CASED.exec(caseKept)?.index, ISSUER_STOP_TYPE.exec(rest)?.index, nextBodyAfterComma(original)].filter(
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
  text = text.replace(/[\s,:]+$/, '').replace(/\s+/g, ' ');
  if (!/\p{Lu}/u.test(text[0] ?? '')) return null;
  if (text.length < 3) return null;
  return { text, end: start + length };
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
