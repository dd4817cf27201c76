// Every figure of a block: percentages and counts of listed units, then the other readers of counts.
import { fold } from '../../structure/fold.js';
import { clauseBeforeOf, sentenceAround } from './clauses.js';
import { COUNT_CUE, GRANT_MAXIMUM_BEFORE, GENERIC_CUE_SET, MONEY_CUE, RATE_CUE, SUPPORT_CUE, countCued, itemObject, lowerCaseCue } from './cues.js';
import { BASELINE, BASELINE_LIST, conditionBound, DONE, DONE_SHARE, LEVEL_SO_FAR, NOT_TO_HAPPEN, prohibition, SCOPE_BEFORE, totalNumberRaised, SHARE_NOW, STARTING_LEVEL_AFTER, UNTIL_NOW, definingThreshold, fixedSupport, fundsShare, levelBeforeAim, membersOfRunningBody, regulatedRate, insideShare, numberOfSomethingElse, thresholdOrDistance } from './filters.js';
import { genericCounts } from './generic-counts.js';
import { PERCENT, RANGE_LOWER, countLowerBound, countRange, countValue, percentUnit, printedWithLeadingZero, toNumber } from './numbers.js';
import { perWholeRates, rateCounts, rateTail, withTimeDenominator } from './rates.js';
import type { FilterMode, Found } from './types.js';
import { COMPOUND_HEADS, bodyAfterLuot, COUNT_UNITS, FOLDED_MONEY, MEASURES, FOLDED_NOT_A_NOUN_SYLLABLE, MODIFYING_VERBS, MONEY_UNITS, NOT_A_MEASURED_NOUN, NOT_A_NOUN_SYLLABLE, PLACE_UNIT, TWO_SYLLABLE_COUNTED, listedUnit, pairedNounAfter, printedAsUnit, printedIn, withListedSpelling } from './units.js';
import { countsInWords, fractions } from './word-counts.js';
import { cutsWordInHalf } from './word-pairs.js';

// What follows a norm: `theo quy định`, or a rate's tail and the cited document that sets it.
const CITED_NORM_AFTER = /^\s*(?:\/\s*\p{L}+(?:\s\p{L}+)*\s*)*theo quy dinh(?![\p{L}])|^\s*(?:\/\s*\p{L}+(?:\s\p{L}+)*\s*)+theo (?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat)(?![\p{L}])/u;
// `mỗi suất trị giá`, `mỗi phần quà có giá trị`: the worth of one item, right before a sum.
const ITEM_WORTH = /(?:^|\s)moi\s+(?:\S+\s+){1,3}?(?:tri gia|co gia tri|gia tri)(?:\s+(?:khoang|tu|toi da|tren))?\s*$/;
// Measures of mass, volume and length as printed, marks and all.
const MEASURE_AS_LISTED = /^(?:tấn|tạ|kg|lít|km)$/u;
// A count in thousands or millions keeps its multiplier in the unit (`1,2 triệu lượt`, `15 nghìn lượt khách`).
const MULTIPLIER = String.raw`(?:(?:nghin|ngan|trieu|ty|ti)\s+)?`;
const UNIT_ALTERNATION = [...new Set([...COUNT_UNITS, ...MONEY_UNITS].map((unit) => fold(unit)))].sort((a, b) => b.length - a.length).join('|');
// `150.000`: the dot groups thousands in Vietnamese print.
// `1,7 lần`, `4,5 tỷ đồng`: a decimal comma. A unit may be a rate over one or more slashes (`tạ/ha/vụ`).
// `03/08 xã, thị trấn`: a share of a whole (never a date: a counted noun follows, and no year).
const COUNT = new RegExp(
  String.raw`(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)(?:\/(\d{1,3})(?![\d/]))?\s+(${MULTIPLIER}(?:${UNIT_ALTERNATION}))(?![\p{L}])(?!\s+chuc(?![\p{L}]))`,
  'gu',
);

/**
 * Every figure of a block: shares, counts of listed units, rates, counts no list names, fractions and counts in words.
 * `mode` 'drop' (the rules) leaves out what a filter rejects; 'mark' keeps it with the filter's name (`rejectedBy`).
 */
export function findFigures(text: string, folded: string, targetSection = false, inItem = false, bodyStart = 0, mode: FilterMode = 'drop'): Found[] {
  const read = (reader: string, figures: Found[]) => figures.map((figure) => ({ ...figure, reader }));
  const found: Found[] = read('percent', percentFigures(text, folded, mode));
  // A count of a listed unit a filter rejected for what it says (`của 58 tổ dân phố`: a scope) is not read again as a
  // count of a noun no list names (`58 tổ dân`), as in mark mode, where it stays among the figures.
  const refused: Found[] = [];
  found.push(...read('listed', listedCounts(text, folded, found, targetSection, inItem, bodyStart, mode, refused)));
  found.push(...read('rate', rateCounts(text, folded, found)));
  found.push(...read('per-whole', perWholeRates(text, folded, found)));
  found.push(...read('generic', genericCounts(text, folded, found, targetSection, mode, inItem, refused)));
  found.push(...read('fraction', fractions(text, found)));
  found.push(...read('words', countsInWords(text, folded, found, targetSection)));
  // A speed (`tốc độ tối đa 40 km/h`) is a limit a road or a rule sets, no level to reach.
  const means = (figure: Found) => /^k?m\s*\/\s*(?:h|giờ)$/u.test(figure.unit) || meansOfWork(text, folded, figure);
  if (mode === 'drop') return found.filter((figure) => !means(figure)).sort((a, b) => a.start - b.start);
  return found.map((figure) => (figure.rejectedBy === undefined && means(figure) ? { ...figure, rejectedBy: 'means-of-work' } : figure)).sort((a, b) => a.start - b.start);
}

// The papers and meetings a plan is run with (`Ban hành 01 kế hoạch triển khai`, `xây dựng 02 văn bản hướng dẫn`,
// `02 cuộc họp Ban Chỉ đạo`, `04 buổi làm việc`): means, not goals. Documents a task works through (`Rà soát 120
// văn bản quy phạm pháp luật`) and events held for people (`02 hội nghị tuyên truyền`) stay targets.
const PAPERS = /^(?:van ban|ke hoach|bao cao|cong van|quyet dinh|huong dan|chi thi|thong bao|to trinh)$/;
const MAKING_PAPERS_BEFORE = /(?:^|\s)(?:ban hanh|xay dung|lap|gui|trinh|soan thao|hoan thien|ky)(?:\s+(?:moi|them|it nhat|toi thieu))?\s*$/;
const MEETING_AFTER = /^\s*(?:hop|giao ban|lam viec)(?![a-z])/;

function meansOfWork(text: string, folded: string, figure: Found): boolean {
  const noun = fold(figure.countNoun);
  if (/^(?:cuoc|buoi)$/.test(noun) && MEETING_AFTER.test(folded.slice(figure.end, figure.end + 12))) return true;
  if (/^(?:cuoc hop|phien hop|buoi hop|buoi lam viec)$/.test(noun)) return true;
  return PAPERS.test(noun) && MAKING_PAPERS_BEFORE.test(folded.slice(Math.max(0, figure.start - 30), figure.start));
}

// Nouns of people and things that stand alone after `lượt` before their modifier (`lượt hộ chăn nuôi` → lượt hộ).
const NOUN_ALONE_AFTER_LUOT = /^\s(?:hộ|khách|người|dân|trẻ|xe|em|bé)(?![\p{L}])/u;

/**
 * The people `lượt` counts, as printed after it (`450 lượt tiểu thương`, `320 lượt cán bộ y tế`): up to four
 * lower-case syllables, ending before a word that goes on with the sentence or a verb describing them. 0 when none.
 */
function measuredNounAfter(text: string, at: number): number {
  // A kind of bodies is one word (`lượt hộ kinh doanh`, `lượt hợp tác xã`), not `hộ` before its modifier.
  const body = bodyAfterLuot(text, at);
  if (body > 0) return body;
  // A noun that stands alone before its modifier (`lượt khách du lịch`, `lượt hộ chăn nuôi`) is read as one syllable.
  if (NOUN_ALONE_AFTER_LUOT.test(text.slice(at))) return 0;
  let end = at;
  for (let count = 0; count < 4; count++) {
    const word = /^\s(\p{Ll}+)(?![\p{L}\d/-])/u.exec(text.slice(end));
    if (!word || printedIn(word[1]!, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) || NOT_A_MEASURED_NOUN.has(fold(word[1]!))) break;
    const pair = /^\s(\p{Ll}+\s\p{Ll}+)/u.exec(text.slice(end));
    if (pair && (MODIFYING_VERBS.has(fold(pair[1]!)) || GENERIC_CUE_SET.has(pair[1]!))) break;
    end += word[0].length;
    // An agent noun in -viên is whole (`lượt kiểm soát viên`, `lượt giáo viên`): what follows says which kind.
    if (count > 0 && fold(word[1]!) === 'vien') break;
  }
  // A single syllable is no noun of people (`lượt người` is read as a unit of its own).
  return /\s\p{Ll}+\s\p{Ll}+/u.test(text.slice(at, end)) ? end - at : 0;
}

/** Percentages and per-mille figures, a range read as one (`từ 8% đến 10%`); shares a clause says are reached already, or fixed by the rules, are none. */
function percentFigures(text: string, folded: string, mode: FilterMode): Found[] {
  const found: Found[] = [];
  for (const match of folded.matchAll(PERCENT)) {
    const valueStart = match.index;
    const end = valueStart + match[0].length;
    const value = toNumber(match[1]!);
    const window = folded.slice(Math.max(0, valueStart - 30), valueStart);
    const lower = RANGE_LOWER.exec(window);
    if (lower && toNumber(lower[1]!) < value) {
      const rangeStart = valueStart - lower[0].length;
      const lowerStart = rangeStart + lower[0].indexOf(lower[1]!, lower[0].search(/\d/));
      // `từ 8% đến 10%`: the lower bound was already read as a figure of its own; fold it into the range.
      if (found.at(-1)?.valueStart === lowerStart) found.pop();
      found.push({ start: rangeStart, valueStart: lowerStart, end, value: toNumber(lower[1]!), valueMax: value, unit: percentUnit(match[0]), isCount: false, countNoun: '' });
      continue;
    }
    const rejectedBy = percentRejection(text, folded, window, valueStart, end);
    if (rejectedBy !== null && mode === 'drop') continue;
    found.push({ start: valueStart, valueStart, end, value, valueMax: null, unit: percentUnit(match[0]), isCount: false, countNoun: '', ...marked(rejectedBy) });
  }
  return found;
}

/** The filter that rejects a percentage (above), or null when none does. */
function percentRejection(text: string, folded: string, window: string, valueStart: number, end: number): string | null {
  // What a clause says was reached already (`đã đạt 85%`) or holds now (`hiện nay … 96%`, `đến nay 100% xã`).
  const clauseOpen = folded.lastIndexOf('\n', valueStart) + 1;
  const ownClause = folded.slice(Math.max(clauseOpen, valueStart - 120), valueStart).split(/[;:]|\.(?!\d)/).at(-1) ?? '';
  if (DONE.test(text.slice(valueStart - ownClause.length, valueStart)) || DONE_SHARE.test(text.slice(valueStart - ownClause.length, valueStart))) return 'done';
  if (UNTIL_NOW.test(ownClause) || SHARE_NOW.test(ownClause) || LEVEL_SO_FAR.test(ownClause)) return 'level-now';
  if (conditionBound(text, folded, valueStart - ownClause.length, valueStart)) return 'condition';
  if (levelBeforeAim(text, folded, ownClause, valueStart, end)) return 'level-before-aim';
  if (prohibition(text.slice(valueStart - ownClause.length, valueStart))) return 'prohibition';
  // `lãi suất cho vay 6,6%/năm theo quy định hiện hành`: a rate the rules set, not one the plan aims at.
  if (/^\s*(?:\/\s*(?:n[a-z]m|thang|quy|tuan|ngay)\s*)?theo quy dinh/.test(folded.slice(end, end + 30)) && !/(?:^|\s)(?:dat|phan dau|tang|giam)(?:\s|$)/.test(ownClause)) return 'regulated';
  if (fixedSupport(text, folded, valueStart, end)) return 'fixed-support';
  if (regulatedRate(folded, valueStart - ownClause.length, valueStart, end)) return 'regulated';
  if (fundsShare(folded, valueStart, end)) return 'funds-share';
  // `giảm từ 4,5% năm 2023 xuống còn 2%`: the level a change starts from is where things stand, not a target.
  if (/(?:^|\s)tu\s*$/.test(window) && STARTING_LEVEL_AFTER.test(folded.slice(end, end + 40))) return 'starting-level';
  return null;
}

/** The rejection a figure carries in mark mode (nothing when it passed every filter). */
export function marked(rejectedBy: string | null): { rejectedBy?: string } {
  return rejectedBy === null ? {} : { rejectedBy };
}

/**
 * Counts of a listed unit (`04 cuộc`, `05 bản/người dân`, `120 tỷ đồng`) where a plan states a target: a cue before
 * them, a leading zero, a part of objectives or an item's task; `taken` holds the figures read before them.
 */
function listedCounts(text: string, folded: string, taken: readonly Found[], targetSection: boolean, inItem: boolean, bodyStart: number, mode: FilterMode, refused: Found[]): Found[] {
  const found: Found[] = [...taken];
  for (const match of folded.matchAll(COUNT)) {
    let rejectedBy: string | null = null;
    // In drop mode a rejection ends the figure's reading (and, but for a missing cue, which other readers look for
    // in their own ways, goes to `refused`); in mark mode the first one is kept with it.
    const reject = (reason: string): boolean => {
      rejectedBy ??= reason;
      if (mode === 'drop' && reason !== 'no-cue') refused.push({ start: match.index, valueStart: match.index, end: match.index + match[0].length, value: 0, valueMax: null, unit: '', isCount: true, countNoun: '', rejectedBy: reason });
      return mode === 'drop';
    };
    const valueStart = match.index;
    let end = valueStart + match[0].length;
    const digits = match[1]!;
    const whole = match[2] === undefined ? null : Number(match[2]);
    const unitText = match[3]!;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (numberOfSomethingElse(text, folded, valueStart) && reject('number-of-other')) continue;
    // A share of a whole (`03/08 xã`) has its part no larger than the whole, and is no date (`ngày 03/08`).
    if (whole !== null && (countValue(digits) > whole || /ngay\s*$/.test(before))) continue;
    const unitStart = valueStart + match[0].lastIndexOf(unitText);
    const head = unitText.replace(/^(?:nghin|ngan|trieu|ty|ti)\s+/, '');
    // A share of a whole (`13/13 phương` for `phường`) is of places, whatever mark restoration left on the unit.
    const otherSense = !printedAsUnit(text.slice(end - head.length, end), head);
    if (otherSense && text[end] !== '/' && !(whole !== null && PLACE_UNIT.test(head))) continue;
    // `05 ngày công tác` is a trip of five days, not labour counted in `ngày công`.
    if (head === 'ngay cong' && /^\s+tac(?![a-z])/.test(folded.slice(end))) continue;
    // An age is a target only where it is reached (`tuổi thọ trung bình đạt 74,8 tuổi`), never a group (`trẻ dưới 5 tuổi`).
    if (head === 'tuoi' && !/(?:^|\s)(?:dat|tang|len|keo dai)\s*$/.test(before) && reject('age')) continue;
    // A time limit is a target only as a bound on a service (`không quá 07 ngày làm việc`), never a duration.
    const timeLimit = head === 'ngay lam viec' || head === 'gio';
    // … or hours a day or a week a service keeps (`phát sóng 18 giờ/ngày`).
    const hoursPerPeriod = head === 'gio' && /^\/\s*(?:ngày|tuần|ngay|tuan)(?![\p{L}])/u.test(text.slice(end));
    if (timeLimit && !hoursPerPeriod && !/(?:^|\s)(?:khong qua|khong vuot qua|toi da|duoi|rut ngan(?: xuong)?(?: con)?|con)\s*$/.test(before) && reject('duration')) continue;
    // A service for a group (`khám sức khỏe định kỳ 01 lần/năm cho người cao tuổi`) is defined by it; a norm for each
    // body (`mỗi câu lạc bộ sinh hoạt định kỳ 01 lần/quý`) or a duty's rhythm (`định kỳ 01 lần/quý kiểm tra`) is a target.
    if (head === 'lan' && /dinh ky\s*$/.test(before) && /^\/\p{L}+\s+cho\s/u.test(folded.slice(end)) && !/(?:^|\s)moi\s/.test(clauseBeforeOf(folded, valueStart)) && reject('service-rhythm')) continue;
    const clauseBefore = before.split(/[;\n]|\.(?!\d)/).at(-1) ?? '';
    const clauseStart = Math.max(valueStart - clauseBeforeOf(folded, valueStart).length, bodyStart <= valueStart ? bodyStart : 0);
    const money = FOLDED_MONEY.has(head) || FOLDED_MONEY.has(unitText);
    if (membersOfRunningBody(text, folded, sentenceAround(text, valueStart, end).start, valueStart, head) && reject('members')) continue;
    if ((NOT_TO_HAPPEN.test(folded.slice(clauseStart, valueStart)) || BASELINE.test(before) || LEVEL_SO_FAR.test(before) || BASELINE_LIST.test(folded.slice(clauseStart, valueStart)) || UNTIL_NOW.test(folded.slice(clauseStart, valueStart))) && reject('level-now')) continue;
    if (DONE.test(text.slice(clauseStart, valueStart)) && reject('done')) continue;
    if (totalNumberRaised(folded, clauseStart, valueStart) && reject('total-number')) continue;
    if (conditionBound(text, folded, clauseStart, valueStart) && reject('condition')) continue;
    if (prohibition(text.slice(valueStart - clauseBeforeOf(folded, valueStart).length, valueStart)) && reject('prohibition')) continue;
    // A time limit of a service stays its own target inside a share (`100% hồ sơ … được giải quyết … không quá 10 ngày làm việc`),
    // and so does a change of the rate in points (`giảm tỷ lệ … 3 điểm phần trăm xuống còn 30%`).
    if (!timeLimit && head !== 'diem phan tram' && insideShare(text, folded, clauseStart, valueStart, end) && reject('inside-share')) continue;
    // Where a task is done (`tập huấn cho nông dân tại 14 xã, thị trấn`) is its scope, not a count to reach.
    if (whole === null && PLACE_UNIT.test(head) && SCOPE_BEFORE.test(text.slice(Math.max(0, valueStart - 20), valueStart)) && reject('scope')) continue;
    // `trên 01 ha đất`, `trọng tải trên 1 tấn`: one unit after trên is the measure a value is taken on or a
    // threshold that says which things count, never a count to reach.
    if (countValue(digits) === 1 && /(?:^|\s)tren\s*$/.test(before) && reject('threshold')) continue;
    // `tàu cá có chiều dài từ 15 m trở lên`, `cách trung tâm 25 km`: a property that says which things count, or a distance.
    if ((thresholdOrDistance(folded, valueStart, head) || definingThreshold(folded, valueStart, end)) && reject('threshold')) continue;
    // `bảo đảm từ 615 đến 726 kcal theo quy định`, and a ration or rate a cited document sets (`định mức thức ăn tinh 12
    // kg/con/tháng theo Thông tư …`; a count of a task is not one: `hỗ trợ 500 hộ theo Quyết định …`): a norm the rules
    // set, unless the clause aims at it.
    if (!money && CITED_NORM_AFTER.test(folded.slice(end, end + 40)) && !/(?:^|\s)(?:dat|phan dau|tang|giam)(?:\s|$)/.test(folded.slice(clauseStart, valueStart)) && reject('regulated')) continue;
    if (money && (fixedSupport(text, folded, valueStart, end) || regulatedRate(folded, clauseStart, valueStart, end)) && reject('fixed-support')) continue;
    // The worth of each item handed out (`tặng 200 suất quà, mỗi suất trị giá 500.000 đồng`): it says what the count
    // is, no sum to reach.
    if (money && ITEM_WORTH.test(folded.slice(valueStart - clauseBeforeOf(folded, valueStart).length, valueStart)) && reject('item-worth')) continue;
    if (money) {
      // `giải ngân cho vay … với tổng mức 350 tỷ đồng`: the verb may be a few words back in the clause.
      const perItem = /^\s*\//.test(text.slice(end)) && !GRANT_MAXIMUM_BEFORE.test(before);
      if (!MONEY_CUE.test(clauseBefore) && !/(?:^|\s)(?:giai ngan|huy dong)\s/.test(folded.slice(clauseStart, valueStart)) && !(perItem && SUPPORT_CUE.test(folded.slice(clauseStart, valueStart))) && !partOfSum(text, folded, found, valueStart, end) && reject('no-cue')) continue;
    } else if (
      !printedWithLeadingZero(digits, before) &&
      // A change in points (`giảm 2 điểm phần trăm`) is a target however it is printed.
      head !== 'diem phan tram' &&
      whole === null &&
      !COUNT_CUE.test(clauseBefore) &&
      // `Nâng công suất cảng lên 5 triệu tấn/năm`: the level a change reaches.
      !/(?:^|\s)(?:len|xuong)(?:\s+(?:con|muc))?\s*$/.test(before) &&
      // A count per a population (`dưới 9 người/100.000 dân`) is a rate: a bound before it states it, as for a percentage.
      !(/^\/\s*\d{1,3}(?:\.\d{3})+\s/.test(text.slice(end)) && RATE_CUE.test(before)) &&
      !countCued(text, clauseStart, valueStart, found, false) &&
      // A measure printed with its marks (`Dự trữ tại xã 2 tấn gạo`): plans print measures without a leading zero,
      // and OCR makes no lone digit of a letter right before one.
      !(MEASURES.has(head) && /^[1-9]$/.test(digits) && MEASURE_AS_LISTED.test(text.slice(end - head.length, end)) && lowerCaseCue(text.slice(clauseStart, valueStart))) &&
      // In a part of objectives, or as the object of an item's task, a count needs no listed verb; but a lone
      // digit may be OCR's reading of a word, and the scope a sentence of objectives states (`ở 15 thôn`) is none.
      // A part of a measured total the sentence gave (`Chuyển đổi 65 ha …, trong đó: … 8 ha`), however small.
      !partOfTotal(text, folded, found, valueStart, head) &&
      !(
        digits.replace(/\D/g, '').length >= 2 &&
        ((targetSection && !SCOPE_BEFORE.test(text.slice(clauseStart, valueStart))) || (inItem && itemObject(text, clauseStart, valueStart, found)))
      ) &&
      reject('no-cue')
    ) {
      continue;
    }
    if (found.some((f) => valueStart < f.end && end > f.start)) continue;
    // A unit printed with a capital its listed spelling has not, before another capitalised word, opens a name (`2 Đội
    // Quản lý trật tự …`, a table's row); one capital alone may be restoration's (`200 Lượt cán bộ`).
    if (/^\p{Lu}/u.test(text.slice(unitStart, unitStart + 1)) && /^\s+\p{Lu}/u.test(text.slice(end)) && !COUNT_UNITS.some((unit) => /^\p{Lu}/u.test(unit) && fold(unit) === head)) continue;
    const after = folded.slice(end);
    const longNoun = head === 'luot' ? TWO_SYLLABLE_COUNTED.find((word) => after.startsWith(` ${word}`) && !/^[\p{L}\d]/u.test(after.slice(word.length + 1))) : undefined;
    // `lượt người` is listed, `lượt người nuôi`, `lượt người bệnh` keep their noun.
    const people = head === 'luot nguoi' ? TWO_SYLLABLE_COUNTED.find((word) => word.startsWith('nguoi ') && `nguoi${after}`.startsWith(word) && !/^[\p{L}\d]/u.test(`nguoi${after}`.slice(word.length))) : undefined;
    if (people) end += people.length - 'nguoi'.length;
    // … and any other kind of people up to a verb, as after `lượt` (`lượt người cao tuổi được khám`, `lượt người tham gia` → lượt người).
    else if (head === 'luot nguoi') end += measuredNounAfter(text, end);
    const luotNoun = head === 'luot' ? measuredNounAfter(text, end) : 0;
    if (luotNoun > (longNoun ? longNoun.length + 1 : 0)) end += luotNoun;
    else if (longNoun) end += longNoun.length + 1;
    else if (COMPOUND_HEADS.has(head)) {
      // An act counted is a word of two syllables (`lượt kiểm tra`, `lượt tư vấn`, like the listed `lượt truy cập`),
      // and the agent noun made of it takes its -viên (`lượt tuyên truyền viên`): never the first syllable alone.
      const act = /^\s(\p{Ll}+\s\p{Ll}+)(?:\sviên)?(?![\p{L}\d/])/u.exec(text.slice(end));
      const noun = /^\s(\p{Ll}+)(?![\p{L}\d/])/u.exec(text.slice(end));
      // … nor the first half of a word with the syllable after it (`28 phòng nội trú` → phòng), as for nouns no list names.
      const next = noun ? /^\s(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end + noun[0].length))?.[1] : undefined;
      const halfWord = noun !== null && next !== undefined && !NOUN_ALONE_AFTER_LUOT.test(text.slice(end)) && cutsWordInHalf(text.slice(unitStart, unitStart + head.length), noun[1]!, next);
      if (act && MODIFYING_VERBS.has(fold(act[1]!))) end += act[0].length;
      else if (noun && !NOT_A_MEASURED_NOUN.has(fold(noun[1]!)) && !halfWord) end += noun[0].length;
    }
    // A street (`tuyến phố`) is one noun where nothing modifies it (`12 tuyến phố:`, `05 tuyến phố “Văn minh”`);
    // before a modifier the head stands alone (`02 tuyến phố ẩm thực` → `tuyến`).
    // (Read folded: a mark restoration put wrong, `tuyến phổ chính`, keeps the street.)
    const street = head === 'tuyen' ? /^\s(pho|duong)(?=\s*(?:[:;,.“"(]|chinh(?![a-z])|trong diem|$))/u.exec(folded.slice(end)) : null;
    if (street) end += street[0].length;
    end += pairedNounAfter(text, end, text.slice(unitStart, end));
    end += rateTail(text, end);
    const printedUnit = otherSense && whole !== null && PLACE_UNIT.test(head) ? listedUnit(head) : withListedSpelling(withTimeDenominator(text.slice(unitStart, end).replace(/\s+/g, ' ')));
    const slash = printedUnit.indexOf('/');
    const countNoun = slash >= 0 ? printedUnit.slice(0, slash) : printedUnit;
    // A share of a whole (`03/08 xã`) is no range.
    const range = countRange(before, valueStart, countValue(digits), whole === null ? countLowerBound(/^(nghin|ngan|trieu|ty|ti)\s/.exec(unitText)?.[1]) : null);
    const share = whole === null ? undefined : `${digits} trong ${match[2]}`;
    // An amount of money is described by what comes before it (`tổng thu … đạt 120 tỷ đồng`), like a percentage.
    found.push({ ...range, end, unit: printedUnit, isCount: !money, countNoun, share, ...marked(rejectedBy) });
  }
  return found.slice(taken.length);
}

/** A count of a measure after `trong đó` in the sentence of a count of the same measure read before it. */
function partOfTotal(text: string, folded: string, earlier: readonly Found[], valueStart: number, head: string): boolean {
  if (!MEASURES.has(head)) return false;
  const sentenceStart = sentenceAround(text, valueStart, valueStart + 1).start;
  return earlier.some((figure) => figure.isCount && fold(figure.unit) === head && figure.start >= sentenceStart && figure.end <= valueStart && /(?:^|\s)trong do(?:\s|,|:)/.test(folded.slice(figure.end, valueStart)));
}

/**
 * A sum after `trong đó` in the sentence of a sum read before it (`… đạt tối thiểu 5.850 tỷ đồng …; trong đó thu nội địa
 * khoảng 4.920 tỷ đồng`): a part of a sum the plan aims at, a target of its own.
 */
function partOfSum(text: string, folded: string, earlier: readonly Found[], valueStart: number, end: number): boolean {
  const sentenceStart = sentenceAround(text, valueStart, end).start;
  return earlier.some(
    (figure) => !figure.isCount && /(?:dong|usd)$/.test(fold(figure.unit)) && figure.start >= sentenceStart && figure.end <= valueStart && /(?:^|\s)trong do(?:\s|,|:)/.test(folded.slice(figure.end, valueStart)),
  );
}
