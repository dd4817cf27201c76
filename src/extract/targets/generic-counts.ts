// Counts of a noun no list names (`10 cơ quan`, `150 căn nhà`), read where a plan states a target.
import { fold } from '../../structure/fold.js';
import { CLAUSE_CUE, countCued, itemObject, lowerCaseCue } from './cues.js';
import { BASELINE, BASELINE_LIST, conditionBound, DONE, LEVEL_SO_FAR, NOT_TO_HAPPEN, SCOPE_BEFORE, UNTIL_NOW, definingThreshold, insideShare, membersOfRunningBody, numberOfSomethingElse, thresholdOrDistance, totalNumberRaised } from './filters.js';
import type { FilterMode, Found } from './types.js';
import { ONLY_DESCRIBING, TWO_SYLLABLE_COUNTED, CLASSIFIERS, CLASSIFIERS_ALONE, FOLDED_CLASSIFIERS_ALONE, DESCRIBING_WORDS, FOLDED_NOT_A_NOUN_SYLLABLE, FOLDED_NOT_COUNTED, HEAD_MODIFIERS, MODIFYING_VERBS, NOT_A_NOUN_SYLLABLE, NOT_COUNTED, PLACE_UNIT, machineNameAfter, printedIn } from './units.js';
import { countRange, countValue, COUNT_LOWER_BOUND, printedWithLeadingZero } from './numbers.js';
import { clauseBeforeOf, sentenceAround } from './clauses.js';
import { cutsWordInHalf, makesWord } from './word-pairs.js';

// A count whose noun no list names (`10 cơ quan`, `150 căn nhà`, `3.000 tờ rơi`): the number and the noun phrase
// after it, read where a plan states a target (a cue before it, or a count printed with a leading zero).
const GENERIC_COUNT = /(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3})\s+(\p{Ll}+)(?:\s(\p{Ll}+))?(?![\p{L}\d/%])/gu;
// Classifiers as printed that may stand for a noun named before them.
const PRINTED_CLASSIFIERS = new Set(['chiếc', 'cái', 'căn', 'ngôi', 'bức', 'tấm', 'tòa', 'toà']);
// Onset, vowels and coda of a Vietnamese syllable, on its bare letters.
const VIETNAMESE_SYLLABLE = /^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
function vietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(fold(word).toLowerCase());
}

export function genericCounts(text: string, folded: string, taken: readonly Found[], objectOfTask = false, mode: FilterMode = 'drop', inTaskItem = false, refused: readonly Found[] = []): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(GENERIC_COUNT)) {
    let rejectedBy: string | null = null;
    // In drop mode a rejection ends the figure's reading; in mark mode the first one is kept with it.
    const reject = (reason: string): boolean => {
      rejectedBy ??= reason;
      return mode === 'drop';
    };
    const valueStart = match.index;
    const digits = match[1]!;
    const first = fold(match[2]!);
    if (printedIn(match[2]!, NOT_COUNTED, FOLDED_NOT_COUNTED) || countValue(digits) === 0) continue;
    // A word that only describes a noun is no noun counted (`phòng học 105 kiên cố`: OCR's digits for a word).
    if (match[3] !== undefined && ONLY_DESCRIBING.has(fold(`${match[2]} ${match[3]}`))) continue;
    // A lone digit before a noun no list names is more often OCR's reading of a letter (`6 dịch`
    // for `ổ dịch`, `8 hội` for `lễ hội`) than a count: plans print small counts with a leading zero (`02 đợt`).
    if (/^[1-9]$/.test(digits)) continue;
    if ([...taken, ...found, ...refused].some((f) => valueStart < f.end && valueStart + match[0].length > f.start)) continue;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (numberOfSomethingElse(text, folded, valueStart) && reject('number-of-other')) continue;
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const earlier = [...taken, ...found].sort((a, b) => a.start - b.start);
    const wideClause = clauseBeforeOf(folded, valueStart);
    if ((NOT_TO_HAPPEN.test(wideClause) || BASELINE.test(before) || LEVEL_SO_FAR.test(before) || BASELINE_LIST.test(wideClause) || UNTIL_NOW.test(wideClause) || DONE.test(text.slice(valueStart - wideClause.length, valueStart))) && reject('level-now')) continue;
    if (totalNumberRaised(folded, valueStart - wideClause.length, valueStart) && reject('total-number')) continue;
    if (conditionBound(text, folded, valueStart - wideClause.length, valueStart) && reject('condition')) continue;
    if (membersOfRunningBody(text, folded, sentenceAround(text, valueStart, valueStart + 1).start, valueStart, fold(`${match[2]} ${match[3] ?? ''}`).trim()) && reject('members')) continue;
    if (insideShare(text, folded, valueStart - clauseBefore.length, valueStart, valueStart + match[0].length) && reject('inside-share')) continue;
    // As for listed units: one unit after trên, and the places where a task is done, are no counts.
    if (countValue(digits) === 1 && /(?:^|\s)tren\s*$/.test(before) && reject('threshold')) continue;
    // (`từ 50 giường trở lên`: the bound may follow the first word, which the pattern read with the next.)
    const firstEnd = valueStart + match[0].indexOf(match[2]!, digits.length) + match[2]!.length;
    if ((thresholdOrDistance(folded, valueStart, first) || definingThreshold(folded, valueStart, valueStart + match[0].length) || definingThreshold(folded, valueStart, firstEnd)) && reject('threshold')) continue;
    if (PLACE_UNIT.test(first) && SCOPE_BEFORE.test(text.slice(Math.max(0, valueStart - 20), valueStart)) && reject('scope')) continue;
    // A verb a few words back (`đào tạo nghề cho 20 lao động`) only for two digits or more: OCR makes lone digits of words.
    // (Up to about eight words back, `huấn luyện dân quân năm thứ nhất cho 620 dân quân`, for a number OCR does not make
    // of a word opening with l or I: `lẻ` → 18.)
    const near = text.slice(valueStart - Math.min(clauseBefore.length, /^1\d$/.test(digits) ? 30 : 45), valueStart);
    const cueAt = near.toLocaleLowerCase('vi').search(CLAUSE_CUE);
    // … and no capitalised word between (`tổ chức Tuần 18 hưởng ứng`: the number belongs to a name).
    const nearCue = /\d\D*\d/.test(digits) && cueAt >= 0 && lowerCaseCue(near) && !/\s\p{Lu}/u.test(near.slice(cueAt));
    // … or, in a part of objectives, as the object of the clause's first words (`Cắm 70 biển …`); not a number from
    // 10 to 19, which OCR makes of a word opening with l or I (`lễ` → 18, `lò` → 10).
    // In an item of tasks, the object of the verb that opens its clause (`1. Phòng chống sạt lở. Kè 24 đoạn bờ sông …`,
    // `; nạo vét 25 ao`, `Phun khử trùng 120 chuồng trại`): one to three words before it.
    // (Not after a verb of being: `Xã có 35 ngư dân` says what there is.)
    const afterBeing = /(?:^|\s)(?:có|là|còn|chiếm)\s*$/iu.test(text.slice(valueStart - clauseBefore.length, valueStart));
    const objectWords = objectOfTask ? 10 : inTaskItem && !afterBeing ? 3 : 0;
    const taskObject = objectWords > 0 && /\d\D*\d/.test(digits) && !/^1\d$/.test(digits) && itemObject(text, valueStart - clauseBefore.length, valueStart, earlier, objectWords) && !SCOPE_BEFORE.test(text.slice(valueStart - clauseBefore.length, valueStart));
    // … or a bound right before it (`cho ít nhất 300 ao nuôi`), for two digits or more.
    const bounded = /\d\D*\d/.test(digits) && match[3] !== undefined && /(?:^|\s)(?:it nhat|toi thieu)\s*$/.test(before);
    // … or, in a part of objectives, a range of counts that opens its clause (`; từ 25 đến 30 trẻ được nhận chăm sóc …`).
    const range = countRange(before, valueStart, countValue(digits), COUNT_LOWER_BOUND);
    const rangeOpens = objectOfTask && range.valueMax !== null && /^[\s\-+•]*(?:có\s+|khoảng\s+)?$/iu.test(text.slice(valueStart - clauseBefore.length, range.start));
    // … or whom the clause's task is done for (`Tổ chức 06 chuyến tham quan học tập kinh nghiệm cho 180 cán bộ`), a verb of
    // doing anywhere before it in the clause, for two digits or more.
    const forWhom = /\d\D*\d/.test(digits) && /(?:^|\s)cho\s*$/u.test(text.slice(Math.max(0, valueStart - 5), valueStart)) && lowerCaseCue(text.slice(valueStart - wideClause.length, valueStart));
    if (!printedWithLeadingZero(digits, before) && !nearCue && !taskObject && !bounded && !rangeOpens && !forWhom && !countCued(text, valueStart - clauseBefore.length, valueStart, earlier, true) && reject('no-cue')) continue;
    // A rate (`02 lao động trẻ/hợp tác xã`) is read by rateCounts.
    if (/^\s*\p{Ll}*\//u.test(text.slice(valueStart + match[0].length))) continue;
    const second = match[3];
    const third = /^\s(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(valueStart + match[0].length))?.[1];
    // A head noun before a verb or a word that describes it stands alone (`36 camera giám sát`, `01 chốt kiểm dịch`,
    // `02 cầu dân sinh`).
    const pair = second !== undefined && third !== undefined ? fold(`${second} ${third}`) : '';
    const modifierVerb = MODIFYING_VERBS.has(pair) || DESCRIBING_WORDS.has(pair);
    // The classifier rule: a noun counted alone is the unit, a word after it that says what kind (old, to live in,
    // for warning, of savings) is not (`15 nhà cổ` → nhà, `86 biển báo hiệu` → biển, `30 sổ tiết kiệm` → sổ); a
    // house counted by its classifier is counted in căn (`04 căn nhà tình nghĩa` → căn).
    const describes = second !== undefined && (HEAD_MODIFIERS.has(second.toLocaleLowerCase('vi')) || (first === 'can' && second.toLocaleLowerCase('vi') === 'nhà'));
    // … but not in a word of its own (`đoàn viên`, `vụ án`, `vụ việc`, `khẩu hiệu`, `khẩu trang`, `khẩu phần`).
    const alone = (CLASSIFIERS_ALONE.has(match[2]!.toLocaleLowerCase('vi')) || FOLDED_CLASSIFIERS_ALONE.has(first)) && !(second !== undefined && /^(?:viên|án|việc|hiệu|trang|phần)$/u.test(second.toLocaleLowerCase('vi')));
    // A word no Vietnamese syllable spells (`150 hầm biogas`) is a borrowed name of the kind, not part of the noun.
    // … and one that is the first half of a word with the syllable after it (`06 chuỗi cung ứng` → chuỗi) stands alone too,
    // unless that word is an agent noun in -viên (`45 cộng tác viên`).
    // (A capital restoration left on the third syllable, `chuỗi cung Ứng`, does not hide the word.)
    const thirdAnyCase = third ?? /^\s(\p{Lu}\p{Ll}*)(?![\p{L}])/u.exec(text.slice(valueStart + match[0].length))?.[1];
    const halfWord = second !== undefined && thirdAnyCase !== undefined && fold(thirdAnyCase) !== 'vien' && cutsWordInHalf(match[2]!, second, thirdAnyCase);
    // `hàng` goes on the sentence only as `hàng năm`, `hàng tháng` …; before anything else it ends a noun (`nhà hàng`,
    // `khách hàng`, `đơn hàng`, `mặt hàng`).
    const goodsSyllable = second !== undefined && second.toLocaleLowerCase('vi') === 'hàng' && !(third !== undefined && /^(?:năm|tháng|quý|tuần|ngày|giờ)$/u.test(third.toLocaleLowerCase('vi')));
    // A word before a number names a rank, a class or a number of its own (`02 chợ hạng 3`, `05 tuyến đường số 7`):
    // it says which ones, the noun stands alone.
    const numberedAfter = second !== undefined && /^\s+\d/.test(text.slice(valueStart + match[0].length));
    const twoSyllables = second !== undefined && !numberedAfter && vietnameseSyllable(second) && !alone && !modifierVerb && !describes && !halfWord && (goodsSyllable || !printedIn(second, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE));
    // … unless the noun was named before it and the classifier ends the clause (`số tàu được nâng cấp đạt 120 chiếc.`).
    // (As printed: folded, `con` and `can` are also `còn` and `cần`.)
    const standsForNoun = second === undefined && PRINTED_CLASSIFIERS.has(match[2]!) && /^\s*(?:[.;,:)]|$)/u.test(text.slice(valueStart + match[0].length));
    if (CLASSIFIERS.has(first) && !twoSyllables && !describes && !standsForNoun) continue;
    // An agent noun in -viên takes its third syllable (`45 cộng tác viên`, `20 tuyên truyền viên`).
    const unitStart = valueStart + match[0].indexOf(match[2]!, digits.length);
    const machine = machineNameAfter(match[2]!, text, unitStart + match[2]!.length, makesWord);
    const noun =
      machine > 0 ? text.slice(unitStart, unitStart + match[2]!.length + machine) : twoSyllables ? (third !== undefined && fold(third) === 'vien' ? `${match[2]} ${second} ${third}` : `${match[2]} ${second}`) : match[2]!;
    // Two kinds of people named together are counted together (`3.500 đoàn viên, thanh niên`, like `xã, thị trấn`), and
    // so are two a count may be either of (`01 cán bộ hoặc tuyên truyền viên`, an agent noun in -viên too).
    const pairedPeople = TWO_SYLLABLE_COUNTED.includes(fold(noun)) ? /^(?:,|\shoặc)\s(\p{Ll}+\s\p{Ll}+(?:\sviên)?)(?![\p{L}\d])/u.exec(text.slice(unitStart + noun.length)) : null;
    const peopleKind = (kind: string) => TWO_SYLLABLE_COUNTED.includes(fold(kind)) || /^\p{Ll}+\s\p{Ll}+\sviên$/u.test(kind);
    const unit = pairedPeople && peopleKind(pairedPeople[1]!) ? `${noun}${pairedPeople[0]}` : noun;
    const end = unitStart + unit.length;
    found.push({ ...range, end, unit, isCount: true, countNoun: unit, ...(rejectedBy === null ? {} : { rejectedBy }) });
  }
  return found;
}
