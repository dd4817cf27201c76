/** Document codes such as `1520/QĐ-TTg`, `11-CT/TW`, `02/2008/CT-TTg`, `122/CTPH-BVHTTDL-BGDĐT`. */

// OCR flips the case of c, o, p, s, u, v, x…: a segment may open with one lower-case letter before a capital (`uBND`).
// `Ð` (U+00D0) is the look-alike of `Đ` some OCR and fonts give.
// Restoration may put a mark on a code's capital (`12-CTr/TƯ`, `17-NQ/HÙ`): read, then dropped (normalizeCode).
const MARKED_CAPITALS = 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const SEGMENT = String.raw`(?:[A-ZĐÐ${MARKED_CAPITALS}]|[a-zđ](?=[A-ZĐÐ]))[A-ZĐÐ${MARKED_CAPITALS}a-z0-9&]*`;
// OCR may split a short segment with a space (`TTLT-BY T-BGDĐT` for `TTLT-BYT-BGDĐT`): one or two capitals, a space,
// one or two capitals, then a dash and the next segment.
const SPLIT_SEGMENT = String.raw`[A-ZĐ]{1,2}\s[A-ZĐ]{1,2}(?=[\-–][A-ZĐ])`;
// OCR may part a last segment's number from its letters (`KH-NHNN-KV 15 ngày` for `KV15`): taken back only right
// before the `ngày` of its date, where no other number stands.
const SPLIT_NUMBER = String.raw`(?:(?<=[A-ZĐ])\s\d{1,2}(?=\s+ng\p{L}{1,3}(?:\s|$)))`;
/** A code: a number (optionally `/year`), then letter segments joined by `/` or `-`. OCR may add spaces. */
export const CODE_SOURCE = String.raw`(?<![\p{L}\d/])(\d{1,5})(?:\s?\/\s?(\d{4}))?\s?([/\-–])\s?(${SEGMENT}(?:\s?[\-–/]\s?(?:${SPLIT_SEGMENT}|${SEGMENT}))*${SPLIT_NUMBER}?)(?![\p{L}\d])`;

export function codePattern(): RegExp {
  return new RegExp(CODE_SOURCE, 'gu');
}

// Code segments that hold Đ. OCR and typists drop its stroke (QD) or read it as P/PD (BGDPDT); a segment whose
// Đ-less form matches one of these gets its Đ back.
const SEGMENTS_WITH_D = ['QĐ', 'NĐ', 'GDĐT', 'BGDĐT', 'SGDĐT', 'PGDĐT', 'GD&ĐT', 'ĐU', 'ĐA', 'HĐND', 'TTHĐND', 'ĐTN', 'BCĐ', 'QĐND', 'NĐ-CP'];
const SEGMENT_FIXES = new Map(SEGMENTS_WITH_D.map((segment) => [segment.replace(/Đ/g, 'D'), segment]));

// English-model OCR reads Đ as D, P, DP, PD or DD (`QP-TTg`, `QDP-TTg`, `NQ-HDPND`).
const STROKE_MISREADINGS = /DP|PD|DD|P|D/g;

function restoreStroke(segment: string): string {
  if (!/^[A-Z&]+$/.test(segment)) return segment;
  const direct = SEGMENT_FIXES.get(segment);
  if (direct) return direct;
  // Each reading of Đ in turn, then all at once; only a segment that then spells a known one is changed.
  for (const match of segment.matchAll(STROKE_MISREADINGS)) {
    const candidate = `${segment.slice(0, match.index)}D${segment.slice(match.index + match[0].length)}`;
    const fixed = SEGMENT_FIXES.get(candidate);
    if (fixed) return fixed;
  }
  return SEGMENT_FIXES.get(segment.replace(STROKE_MISREADINGS, 'D')) ?? segment;
}

/**
 * Capitals OCR lowered inside a segment: a lower-case letter before a capital (`uBND`, `PcTT`, `cP`) is one; a
 * lower-case ending is the segment's own (`TTg`, `TTr`, `CTr`).
 */
function restoreCapitals(segment: string): string {
  if (!/^[A-ZĐa-zđ&]+$/.test(segment)) return segment;
  return segment.replace(/[a-zđ](?=[A-ZĐ&])/g, (char) => char.toUpperCase());
}

/** The term of the National Assembly in a law's code (`QH12`), where OCR read a digit as a letter (`QHI2`, `QH1O`). */
function restoreTerm(segment: string): string {
  const term = /^QH([\dIl|O]{2})$/.exec(segment);
  return term ? `QH${term[1]!.replace(/[Il|]/g, '1').replace(/O/g, '0')}` : segment;
}

// Segments that end in a lower-case letter (the Prime Minister's `TTg`, a submission's `TTr`, a programme's `CTr`).
const MIXED_CASE_SEGMENTS = ['TTg', 'TTr', 'CTr'];
// Lower-case letters OCR takes for one another (`TTq` for `TTg`).
const LOWER_LOOK_ALIKES = new Set(['q|g', 'g|q', 'f|r', 'i|r', 'n|r']);

/** `TTq` → `TTg`: a segment whose last, lower-case letter is the look-alike of a mixed-case segment's own. */
function restoreLowerEnding(segment: string): string {
  const ending = /^([A-Z]+)([a-z])$/.exec(segment);
  if (!ending || MIXED_CASE_SEGMENTS.includes(segment)) return segment;
  const match = MIXED_CASE_SEGMENTS.filter((known) => known.startsWith(ending[1]!) && known.length === segment.length && LOWER_LOOK_ALIKES.has(`${ending[2]}|${known.at(-1)}`));
  return match.length === 1 ? match[0]! : segment;
}

/** `1520/QD- TTg` → `1520/QĐ-TTg`: no inner spaces, capitals and the stroke of Đ restored; digits untouched. */
export function normalizeCode(raw: string): string {
  return withoutMarksOnCapitals(raw)
    .replace(/\s+/g, '')
    .replace(/Ð/g, 'Đ')
    .replace(/–/g, '-')
    .split(/([/-])/)
    .map((segment) => restoreLowerEnding(restoreTerm(restoreStroke(restoreCapitals(segment)))))
    .join('');
}

/** Codes are written in plain capitals and Đ: a tone or vowel mark on a capital is restoration's (`TƯ` → `TU`). */
function withoutMarksOnCapitals(raw: string): string {
  return raw.replace(new RegExp(`[${MARKED_CAPITALS}]`, 'gu'), (char) => char.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** True when the separator of a code match has spaces on both sides (`2030 - UBND`): a range, not a code. */
export function isSpacedRange(raw: string): boolean {
  return /^\d+\s[/\-–]\s/.test(raw);
}

const TYPE_BY_SEGMENT: ReadonlyArray<[RegExp, string]> = [
  [/^CTPH$/, 'Chương trình phối hợp'],
  [/^QĐ$/, 'Quyết định'],
  [/^KH$/, 'Kế hoạch'],
  [/^CT$/, 'Chỉ thị'],
  [/^NQ$/, 'Nghị quyết'],
  [/^NĐ$/, 'Nghị định'],
  [/^TTLT$/, 'Thông tư liên tịch'],
  [/^TT$/, 'Thông tư'],
  [/^HD$/, 'Hướng dẫn'],
  [/^TB$/, 'Thông báo'],
  [/^BC$/, 'Báo cáo'],
  [/^ĐA$/, 'Đề án'],
  [/^TTr$/, 'Tờ trình'],
  [/^CTr$/, 'Chương trình'],
  [/^KL$/, 'Kết luận'],
  [/^QH\d+$/, 'Luật'],
  // The Standing Committee of the National Assembly numbers its ordinances `02/2020/UBTVQH14`.
  [/^UBTVQH\d+$/, 'Pháp lệnh'],
  [/^CĐ$/, 'Công điện'],
];

/** The type a code's letter segment names by itself (`CTr` → Chương trình), or null. */
export function typeOfSegment(segment: string): string | null {
  return TYPE_BY_SEGMENT.find(([pattern]) => pattern.test(segment))?.[1] ?? null;
}

/**
 * The code segment of a document type (`Chương trình hành động` → `CTr`: the longest type it starts with), or
 * null where the type has none of its own.
 */
export function segmentOfType(type: string): string | null {
  let best: { segment: string; length: number } | null = null;
  for (const [pattern, name] of TYPE_BY_SEGMENT) {
    const segment = /^\^([A-ZĐa-z]+)\$$/u.exec(pattern.source)?.[1];
    if (segment === undefined || !(type === name || type.startsWith(`${name} `)) || (best !== null && best.length >= name.length)) continue;
    best = { segment, length: name.length };
  }
  return best?.segment ?? null;
}

/** The document type a code implies (`QĐ` → Quyết định); a code headed by an office (`UBND-VP`) is a Công văn. */
export function typeFromCode(code: string): string | null {
  const segments = code.split(/[/-]/).filter((part) => /^\p{L}/u.test(part));
  const first = segments[0];
  if (!first) return null;
  for (const [pattern, type] of TYPE_BY_SEGMENT) if (pattern.test(first)) return type;
  if (/^(UBND|VP|S[A-ZĐ]+|BVHTTDL|BGDĐT|[A-ZĐ]{2,})$/.test(first)) return 'Công văn';
  return null;
}
