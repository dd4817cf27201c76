// Counts written in words (`mỗi xã một mô hình`) and fractions of a whole (`2/3 số căn hộ`).
import { fold } from '../../structure/fold.js';
import { GENERIC_CUE, withBare } from './cues.js';
import { DETERMINER_BEFORE, DONE, NOT_TO_HAPPEN, UNTIL_NOW, insideShare } from './filters.js';
import { rateTail } from './rates.js';
import type { Found } from './types.js';
import { CLASSIFIERS, DESCRIBING_WORDS, COUNT_UNITS, FOLDED_NOT_A_NOUN_SYLLABLE, FOLDED_NOT_COUNTED, NOT_A_NOUN_SYLLABLE, NOT_COUNTED, pairedNounAfter, printedIn, withListedSpelling } from './units.js';
import { clauseBeforeOf } from './clauses.js';

// A fraction of a whole (`Hoàn thành 2/3 số căn hộ …`, `ít nhất 3/4 số điểm`): the numerator with the denominator as
// its unit, the fraction and what it is of said in the subject. Only before `số` (a date `2/3` never is).
// `số` as restoration may leave it (`2/3 sở phường`): any mark on its vowel, in lower case (`Sở` is a department).
// … and a part of a count before it said with là (`450 doanh nghiệp, trong đó ít nhất 1/3 là doanh nghiệp …`).
const FRACTION = /(?<![\d.,/\p{L}])([1-9])\/([2-9]|10)(?![\d/])\s+(?:s[ốổởộóòỗoô]|là)\s+(\p{Ll}+)(?:\s(\p{Ll}+))?/gu;

// … and a bounded part of a count the sentence gave (`hỗ trợ 300 hộ …, trong đó tối thiểu 1/5 ở các huyện miền núi`):
// the bound says it is a share to reach, no date.
const BOUNDED_FRACTION = /(?<=(?:ít nhất|tối thiểu)\s+)([1-9])\/([2-9]|10)(?![\d/.,])(?!\s+(?:s[ốổởộóòỗoô]|là)\s)/gu;

export function fractions(text: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(BOUNDED_FRACTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (Number(match[1]) >= Number(match[2]) || taken.some((f) => start < f.end && end > f.start)) continue;
    // The count it is a part of, earlier in the sentence.
    const whole = [...taken].reverse().find((f) => f.isCount && f.end <= start && !/[.;\n]/.test(text.slice(f.end, start)));
    if (whole === undefined) continue;
    const share = `${match[1]}/${match[2]}`;
    found.push({ start, valueStart: start, end, value: Number(match[1]), valueMax: null, unit: `/${match[2]}`, isCount: true, countNoun: whole.countNoun, share });
  }
  for (const match of text.matchAll(FRACTION)) {
    const start = match.index;
    if (Number(match[1]) >= Number(match[2]) || taken.some((f) => start < f.end && start + match[0].length > f.start)) continue;
    if (/(?:ngày|tháng)\s*$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
    const first = match[3]!;
    // A part said with là names its noun whole (`1/3 là doanh nghiệp …`).
    const saidWithLa = /\slà\s/u.test(match[0]);
    const noun = match[4] !== undefined && (CLASSIFIERS.has(fold(first)) || (saidWithLa && !printedIn(match[4], NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE))) ? `${first} ${match[4]}` : first;
    const end = start + match[0].indexOf(first, match[1]!.length + match[2]!.length + 2) + noun.length;
    found.push({
      start,
      valueStart: start,
      end,
      value: Number(match[1]),
      valueMax: null,
      unit: `/${match[2]}`,
      isCount: true,
      countNoun: `số ${noun}`,
      share: `${match[1]}/${match[2]} số ${noun}`,
    });
  }
  return found;
}

// Counts written in words (`tổ chức hai lớp`, `mỗi xã một mô hình`). `năm` is left out (it is the year word), and
// so are units a numeral word commonly runs into without counting (`một xã hội`, `hai lần`, `một người`) and
// measures, which plans print in figures.
export const NUMBER_WORDS = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);
const WORD_COUNT_UNITS = COUNT_UNITS.filter(
  (unit) => !/^(?:xã|lần|tuổi|người|con|hội|bộ|điểm phần trăm|km|ha|kg|lít|tấn|tạ|m²|m2|m³|m3|trang|tin|bài|phòng)$/u.test(unit) && !unit.startsWith('xã'),
).sort((a, b) => b.length - a.length);
const NUMBER_WORD = [...NUMBER_WORDS.keys()].join('|');
// A listed unit may open the name of a kind of body with a capital (`mỗi thôn một Tổ công nghệ số cộng đồng`) where
// a lower-case word follows; before another capitalised word it opens a proper name (`một Đội Quản lý trật tự`).
const capitalised = (unit: string) => `${unit[0]!.toLocaleUpperCase('vi')}${unit.slice(1)}`;
// A unit of two syllables or more is read with any marks, as restoration may leave one wrong (`một hợp tác xa`,
// `một phòng y tê`): no other phrase folds like one of them, as for the verbs of doing (cues.ts).
const WORD_COUNT_UNIT = `${withBare(WORD_COUNT_UNITS)}|(?:${WORD_COUNT_UNITS.map(capitalised).join('|')})(?=\\s\\p{Ll})`;
const WORD_COUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:từ\s+)?(${NUMBER_WORD})\s*(?:-|–|đến|tới)\s*)?(${NUMBER_WORD})\s+(?:(${WORD_COUNT_UNIT})(?![\p{L}])|(\p{Ll}+)(?:\s(\p{Ll}+))?(?![\p{L}]))`,
  'gu',
);
// `mỗi xã một mô hình`, `mỗi trường xây dựng một tủ sách`: the bodies each count is for, a few words back.
// `mọi` before the bodies is restoration's reading of `mỗi` (`mọi phương một vườn hoa`).
const EACH_BEFORE = /(?:^|\s)(?:mỗi|mọi)(?:\s+[\p{Ll},]+){1,8}\s*$/u;
const AT_LEAST_BEFORE = /(?:^|\s)(?:ít nhất|tối thiểu)\s*$/u;

// Number words restoration may leave without their marks or with the wrong ones (`bon đợt` for `bốn đợt`, `mốt lớp`):
// `một`, `bốn` and `mười` are read on their bare letters, which spell no other word before a count (`ba`, `hai`, `sáu`,
// `bảy`, `tám`, `chín` do: `bà con`, `sau đợt`, `bay`, `tâm`). Same length, so the text's indices hold.
const NUMBER_WORD_BY_FOLD = new Map(['một', 'bốn', 'mười'].map((word) => [fold(word), word]));
function withNumberWordsMarked(text: string): string {
  return text.replace(/(?<![\p{L}])\p{Ll}+(?=\s+\p{L})/gu, (word) => {
    const marked = NUMBER_WORD_BY_FOLD.get(fold(word));
    return marked !== undefined && marked.length === word.length ? marked : word;
  });
}

export function countsInWords(printed: string, folded: string, taken: readonly Found[], targetSection: boolean): Found[] {
  const text = withNumberWordsMarked(printed);
  const found: Found[] = [];
  for (const match of text.matchAll(WORD_COUNT)) {
    const start = match.index;
    // A noun no list names (`mỗi phường một vườn hoa`): its first syllable, and a second that does not go on with
    // the sentence.
    // `ít nhất một lần` is read as `ít nhất 01 lần` is: times, bounded (other times in words say no count: `một lần nữa`).
    const boundedTimes = match[4] === 'lần' && AT_LEAST_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const listed = match[3] !== undefined || boundedTimes;
    // … unless the second opens a word that describes it (`một chuỗi liên kết sản xuất` → chuỗi); an agent noun in
    // -viên takes its third (`hai hòa giải viên`).
    const third = /^\s(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(start + match[0].length))?.[1];
    const describing = match[5] !== undefined && third !== undefined && DESCRIBING_WORDS.has(fold(`${match[5]} ${third}`));
    const second = match[5] !== undefined && !describing && !printedIn(match[5], NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) ? match[5] : undefined;
    const noun = boundedTimes ? 'lần' : listed ? match[3]! : second ? `${match[4]} ${second}${third !== undefined && fold(third) === 'vien' ? ` ${third}` : ''}` : match[4]!;
    if (!listed && (printedIn(match[4]!, NOT_COUNTED, FOLDED_NOT_COUNTED) || /^(?:xã|lần|cách|số|vài|chút|mặt|phần|trong|khi|lúc)$/u.test(match[4]!))) continue;
    const nounAt = start + match[0].lastIndexOf(match[3] ?? match[4]!);
    const valueStart = start + match[0].lastIndexOf(match[2]!, nounAt - start - 1);
    let end = nounAt + noun.length;
    if ([...taken, ...found].some((f) => start < f.end && end > f.start)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const wideClause = clauseBeforeOf(folded, start);
    if (NOT_TO_HAPPEN.test(wideClause) || UNTIL_NOW.test(wideClause) || DONE.test(clauseBefore) || DETERMINER_BEFORE.test(clauseBefore)) continue;
    if (/(?:^|\s)(?:thứ|lần)\s*$/u.test(clauseBefore)) continue;
    const value = NUMBER_WORDS.get(match[2]!)!;
    const lower = match[1] === undefined ? null : NUMBER_WORDS.get(match[1])!;
    const lowerBefore = clauseBefore.toLocaleLowerCase('vi');
    const cued = GENERIC_CUE.test(lowerBefore);
    // `một` is a count where it is distributed (`mỗi xã một …`), bounded (`ít nhất một …`) or of a listed unit
    // after a verb of doing (`xây dựng một điểm trưng bày`); a noun no list names needs the first two.
    const each = EACH_BEFORE.test(lowerBefore) || AT_LEAST_BEFORE.test(lowerBefore);
    // In a part of objectives, a noun no list names counts after `mỗi …`, or right after a verb of doing where the
    // number is two or more and the noun has two syllables (`toàn huyện mở ba bể bơi di động`).
    const unlistedCued = targetSection && cued && value >= 2 && second !== undefined;
    // … and a listed unit of two or more that a clause of objectives opens with `có` (`- Có ba hợp tác xã …`).
    const hasOpening = targetSection && listed && value >= 2 && /^[\s\-+•]*có\s*$/u.test(lowerBefore);
    // … and anywhere, two or more of a noun of two syllables a bound counts (`mỗi ca trực bố trí ít nhất hai nhân
    // viên bảo vệ`): the bound states a norm to keep, as `ít nhất 02 …` does in figures. (`ít nhất một hình thức` says
    // "in some way": `một` there is an article as often as a count.)
    const boundedUnlisted = AT_LEAST_BEFORE.test(lowerBefore) && second !== undefined && value >= 2;
    if (!(each || (cued && listed) || unlistedCued || hasOpening) || (!listed && !(targetSection && EACH_BEFORE.test(lowerBefore)) && !unlistedCued && !boundedUnlisted)) continue;
    // `mỗi gia đình là một hạt nhân`: a likeness, no count.
    if (/(?:^|\s)là\s*$/u.test(lowerBefore)) continue;
    // `09 lớp tập huấn, mỗi quận, huyện một lớp`: the one for each only spreads a count the sentence gave.
    // … or gives after it (`mỗi phường có một tuyến phố …, toàn quận 11 tuyến`).
    const spreads = (f: Found) => f.end <= start ? f.start >= start - 120 && !/[.;\n]/.test(text.slice(f.end, start)) : f.start >= end && f.start <= end + 120 && !/[.;\n]/.test(text.slice(end, f.start));
    if (each && [...taken, ...found].some((f) => f.isCount && fold(f.countNoun) === fold(noun) && spreads(f))) continue;
    if (insideShare(text, folded, start - clauseBefore.length, start, end)) continue;
    end += pairedNounAfter(text, end, text.slice(nounAt, end));
    end += rateTail(text, end);
    const unit = withListedSpelling(text.slice(nounAt, end).replace(/\s+/g, ' '));
    found.push({
      start,
      valueStart: lower === null ? valueStart : start + match[0].indexOf(match[1]!),
      end,
      value: lower !== null && lower < value ? lower : value,
      valueMax: lower !== null && lower < value ? value : null,
      unit,
      isCount: true,
      countNoun: noun,
    });
  }
  return found;
}
