// Rates (`05 bản/người dân`, `10 bác sĩ/10.000 dân`): the denominator after a count, and counts per something no list names.
import { fold } from '../../structure/fold.js';
import { GENERIC_CUE, LIST_AFTER_COUNT, RATE_CUE } from './cues.js';
import { numberOfSomethingElse } from './filters.js';
import { countValue } from './numbers.js';
import { wordsAllowed } from './span.js';
import type { Found } from './types.js';
import { FOLDED_NOT_A_NOUN_SYLLABLE, FOLDED_NOT_COUNTED, NOT_A_NOUN_SYLLABLE, NOT_COUNTED, printedIn } from './units.js';

// A rate after a counted noun: `/người dân`, `/hợp tác xã`, `/100 bé gái`, `/ha/vụ`. A span of time ends it
// (`01 lần/quý kiểm tra`); otherwise it takes up to three syllables of a noun.
const TIME_DENOMINATORS = new Set('nam thang quy tuan ngay gio vu ky dot lan'.split(' '));
// Words that open the rest of the clause after a rate, as printed (`15 trẻ/nhóm đối với nhóm …`, `… so với năm …`).
const CLAUSE_GOES_ON = new Set(['đối', 'khi', 'nếu', 'so', 'kể', 'nhằm']);
const DENOMINATOR_STOP = new Set([...FOLDED_NOT_A_NOUN_SYLLABLE, 'bang', 'tai', 'nhu', 'thi', 'ma']);
export function rateTail(text: string, at: number): number {
  let end = at;
  // A word of the counted noun before the slash (`03 bản sách/người dân`).
  const noun = /^\s(\p{Ll}+(?:\s\p{Ll}+)?)(?=\/)/u.exec(text.slice(end));
  if (noun) end += noun[0].length;
  for (;;) {
    const part = /^\/(?:\d{1,3}(?:\.\d{3})*\s)?(\p{Ll}+[²³]?)/u.exec(text.slice(end));
    if (!part) return noun && end === at + noun[0].length ? 0 : end - at;
    end += part[0].length;
    const first = fold(part[1]!);
    if (TIME_DENOMINATORS.has(first) && !/^\shọc(?![\p{L}])/u.test(text.slice(end))) {
      // `m³/ngày đêm`: a day and its night are one span.
      if (first === 'ngay') end += /^\sđêm(?![\p{L}])/u.exec(text.slice(end))?.[0].length ?? 0;
      continue;
    }
    for (let extra = 0; extra < 2; extra++) {
      const word = /^\s(\p{Ll}+)(?![\p{L}\d])/u.exec(text.slice(end));
      if (!word || DENOMINATOR_STOP.has(fold(word[1]!)) || CLAUSE_GOES_ON.has(word[1]!.toLocaleLowerCase('vi'))) break;
      end += word[0].length;
    }
  }
}

// A span of time a rate is per, as restoration may leave it one letter off (`chuyên mục/thống` for `/tháng`).
export const TIME_WORDS = ['tháng', 'năm', 'quý', 'tuần', 'ngày'];
export function withTimeDenominator(unit: string): string {
  const last = /\/(\p{Ll}+)$/u.exec(unit);
  if (!last || TIME_WORDS.includes(last[1]!)) return unit;
  const near = timeWordOneLetterOff(fold(last[1]!));
  return near === null ? unit : `${unit.slice(0, last.index + 1)}${near}`;
}

/** The one span of time a folded word of four letters or more is one letter off (`thong` → tháng), or null. */
export function timeWordOneLetterOff(word: string): string | null {
  const near = TIME_WORDS.filter((time) => fold(time).length >= 4 && word.length === fold(time).length && hammingOne(word, fold(time)));
  return near.length === 1 ? near[0]! : null;
}

function hammingOne(a: string, b: string): boolean {
  let differences = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differences++;
  return differences === 1;
}

// A count per something whose noun no list names: `02 lao động trẻ/hợp tác xã`, `110 bé trai/100 bé gái`,
// `20.000 đồng/đoàn viên` is read as money above. The noun before the slash takes up to three syllables.
const RATE_COUNT = /(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s+(\p{Ll}+(?:\s\p{Ll}+){0,2})(?=\/)/gu;
export function rateCounts(text: string, folded: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(RATE_COUNT)) {
    const valueStart = match.index;
    const digits = match[1]!;
    const words = match[2]!.split(' ');
    // Days or hours per person or thing (`lưu trú bình quân 1,4 ngày/khách`) measure a stay or a service, stated
    // with a norm before them (checked with the cue below); per a span of time they are no count.
    const timePerThing = words.length === 1 && /^(?:ngày|giờ)$/u.test(words[0]!) && !TIME_DENOMINATORS.has(fold(/^\/(\p{L}+)/u.exec(text.slice(valueStart + match[0].length))?.[1] ?? 'ngay'));
    if ((printedIn(words[0]!, NOT_COUNTED, FOLDED_NOT_COUNTED) && !timePerThing) || words.slice(1).some((word) => printedIn(word, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE))) continue;
    if (taken.some((f) => valueStart < f.end && valueStart + match[0].length > f.start)) continue;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (numberOfSomethingElse(text, folded, valueStart)) continue;
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const printedBefore = text.slice(valueStart - clauseBefore.length, valueStart).toLocaleLowerCase('vi');
    const cue = RATE_CUE.exec(clauseBefore);
    const cueAllowed = cue !== null && wordsAllowed(text.slice(valueStart - clauseBefore.length + cue.index, valueStart));
    // … or listed after another rate of the clause (`đạt 10 bác sĩ/10.000 dân và 32 giường bệnh/10.000 dân`).
    const previousRate = [...taken, ...found].filter((f) => f.isCount && f.unit.includes('/') && f.end <= valueStart && f.end >= valueStart - clauseBefore.length).at(-1);
    const listed = previousRate !== undefined && LIST_AFTER_COUNT.test(text.slice(previousRate.end, valueStart));
    if (!(digits.length >= 2 && digits.startsWith('0')) && !cueAllowed && !listed && !GENERIC_CUE.test(printedBefore)) continue;
    if (timePerThing && !cueAllowed) continue;
    const unitStart = valueStart + match[0].indexOf(match[2]!, digits.length);
    const end = unitStart + match[2]!.length + rateTail(text, unitStart + match[2]!.length);
    const unit = text.slice(unitStart, end).replace(/\s+/g, ' ');
    found.push({ start: valueStart, valueStart, end, value: countValue(digits), valueMax: null, unit, isCount: true, countNoun: match[2]! });
  }
  return found;
}

// A rate per a whole written like a fraction (`không quá 5,5/100.000 trẻ em`, `dưới 20/1.000 ca sinh sống`): the value,
// and the whole with what it counts as the unit. The whole is a round number in thousands (never a date or a share).
const PER_WHOLE = /(?<![\d.,/\p{L}])(\d{1,3}(?:,\d{1,2})?)\/(\d{1,3}(?:\.\d{3})+)\s+(\p{Ll}+(?:\s\p{Ll}+){0,2})(?![\p{L}\d/])/gu;

export function perWholeRates(text: string, folded: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(PER_WHOLE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((f) => start < f.end && end > f.start)) continue;
    const before = folded.slice(Math.max(0, start - 40), start);
    if (!RATE_CUE.test(before) && !/(?:^|\s)(?:xuong|con|giam xuong|len)\s*$/.test(before)) continue;
    const words = match[3]!.split(' ');
    // A map scale (`tỷ lệ 1/2.000 và 1/10.000`) counts nothing.
    if (printedIn(words[0]!, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) || /(?:^|\s)ty le\s*$/.test(before)) continue;
    // `… 100.000 dân và …`: the noun ends before a word of the sentence going on.
    const kept = words.findIndex((word, k) => k > 0 && printedIn(word, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE));
    const noun = kept > 0 ? words.slice(0, kept).join(' ') : match[3]!;
    const unitEnd = start + match[0].indexOf(match[3]!, match[1]!.length + match[2]!.length + 1) + noun.length;
    found.push({ start, valueStart: start, end: unitEnd, value: countValue(match[1]!), valueMax: null, unit: `/${match[2]} ${noun}`, isCount: true, countNoun: noun });
  }
  return found;
}
