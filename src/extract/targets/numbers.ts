// Figures as printed: percentages, counts with thousands dots and decimal commas, and ranges.
// Every pattern below runs on the folded text (lower case, no diacritics; same length as the text), so words
// an imperfect restoration left without their marks (`phan dau`, `den nam 2025`, `01 bo suu tap`) still count.
export const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
// `‰` (per mille) measures birth and death rates.
export const PERCENT = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s?(?:%o(?![\p{L}])|%|‰|phan\s+tram)`, 'gu');
// (`÷` as some plans print a range: `10 ÷ 15%`.)
export const RANGE_LOWER = new RegExp(String.raw`(?:tu\s+)?(?<![\d.,])(${NUMBER})\s?%?\s*(?:-|–|÷|den|toi)\s*$`);

export function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

// OCR prints `‰` as `%o`.
export const percentUnit = (printed: string) => (/‰|%o/.test(printed) ? '‰' : '%');

/** `3.000` → 3000 (a dot groups thousands), `1,7` → 1.7 (a comma is the decimal mark). */
export function countValue(digits: string): number {
  return Number(digits.replace(/\./g, '').replace(',', '.'));
}

/** The figure and where it starts: a single value, or a range `từ 04 - 05` whose lower bound is printed before it. */
export interface CountRange {
  start: number;
  valueStart: number;
  value: number;
  valueMax: number | null;
}

/**
 * A count's range: `lowerBound` is matched on the folded text just before the count (anchored at its end); the
 * bound printed there makes a range when it is the smaller (`110.000 - 120.000 tấn`, `từ 04 đến 05 cuộc`).
 */
export function countRange(before: string, valueStart: number, value: number, lowerBound: RegExp | null): CountRange {
  const lower = lowerBound?.exec(before);
  if (!lower || countValue(lower[1]!) >= value) return { start: valueStart, valueStart, value, valueMax: null };
  const start = valueStart - lower[0].length;
  return { start, valueStart: start + lower[0].indexOf(lower[1]!, lower[0].search(/\d/)), value: countValue(lower[1]!), valueMax: value };
}

/**
 * A count printed with a leading zero (`02 đợt`), or the upper end of a range whose lower end is (`từ 08 đến 15 ghe`):
 * the way plans print the small counts they commit to.
 */
export function printedWithLeadingZero(digits: string, before: string): boolean {
  if (digits.length >= 2 && digits.startsWith('0')) return true;
  const lower = COUNT_LOWER_BOUND.exec(before);
  return lower !== null && /^0\d$/.test(lower[1]!) && countValue(lower[1]!) < countValue(digits);
}

// The lower bound of a range of counts, in thousands and decimals too (`110.000 - 120.000 tấn`).
export const COUNT_LOWER_BOUND = /(?:tu\s+)?(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s*(?:-|–|÷|den|toi)\s*$/;
// Built once per multiplier word (a handful: `nghin`, `trieu`, `ty` …); none is global, so sharing them is safe.
const LOWER_BOUND_BY_MULTIPLIER = new Map<string, RegExp>();
/** The lower bound of a range whose unit has a multiplier, which the bound may repeat (`từ 1,5 triệu đến 2 triệu đồng`). */
export function countLowerBound(multiplier: string | undefined): RegExp {
  if (multiplier === undefined) return COUNT_LOWER_BOUND;
  let bound = LOWER_BOUND_BY_MULTIPLIER.get(multiplier);
  if (bound === undefined) {
    bound = new RegExp(String.raw`(?:tu\s+)?(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)(?:\s+${multiplier})?\s*(?:-|–|÷|den|toi)\s*$`);
    LOWER_BOUND_BY_MULTIPLIER.set(multiplier, bound);
  }
  return bound;
}
// … and of a range of a count whose noun no list names: small whole numbers only.
const SMALL_LOWER_BOUND = /(?:tu\s+)?(?<![\d.,])(\d{1,3})\s*(?:-|–|÷|den|toi)\s*$/;

/**
 * Lines without the figure said again in words in brackets after it (`01 (một) cuộc diễn tập`, `05 (năm) lớp`): the
 * count is read from its digits. Only words of numbers are taken out. Used to read targets only.
 */
export function withoutFiguresInWords(lines: readonly string[]): string[] {
  const word = '(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|trăm|nghìn|ngàn|linh|lẻ)';
  const inWords = new RegExp(String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})*)\s*\(\s*${word}(?:\s+${word})*\s*\)`, 'giu');
  return lines.map((line) => line.replace(inWords, '$1'));
}
