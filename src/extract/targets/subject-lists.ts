// Subjects of the figures of one block read together: lists, shared predicates, comparisons, qualifiers.
import type { Target } from '../../schema/document.js';
import { fold } from '../../structure/fold.js';
import type { FlowText } from '../flow.js';
import { clauseAround } from './clauses.js';
import { CLAUSE_CUE } from './cues.js';
import { qualifierOf } from './qualifiers.js';
import { Span } from './span.js';
import { LEAD_IN, NOUN_HEAD, comparisonAfter } from './subject.js';
import type { Found } from './types.js';
import { YEARLY } from './year.js';

/** The targets of one block, the figures they were read from, and what was read per figure. */
export interface BlockFigures {
  out: Target[];
  found: readonly Found[];
  /** Each figure's own subject, null where it shares the next one's. */
  subjects: readonly (string | null)[];
  /** The yearly phrase of each figure's clause as printed (`hằng năm`, `mỗi năm` for `%/năm`), or null. */
  yearlyPhrases: readonly (string | null)[];
  flow: FlowText;
}

/** What the figures of one block share with or add to each other's subjects, in this order. */
const PASSES: readonly ((figures: BlockFigures) => void)[] = [dropListsInBrackets, shareSubjectWithNext, sharePredicateOfList, shareTaskWithListed, subsetAfterTrongDo, shareHeadWithSiblings, addComparison, changeOfSibling, putChangeAfterRate, subjectBeforeColon, sayBracketedShare, restatedCount, dropNamedPlaces, bodiesInBrackets, addShareOfWhole, addQualifier, addYearlyPhrase];

export function finishSubjects(figures: BlockFigures): void {
  for (const pass of PASSES) pass(figures);
}

// What a bracket inside a subject lists (`đội nghệ thuật (múa, trống, kèn)`, `bộ dụng cụ cứu hộ (phao, sào, dây)`) or
// the bound that says which things are meant (`cơ sở … (tiêu thụ từ 1.000 TOE/năm trở lên)`) are no part of what is
// measured; the bodies each count is for (`(mỗi xã, phường)`) and shares (`(25/25 xã)`) stay.
function dropListsInBrackets({ out }: BlockFigures): void {
  for (const target of out) {
    target.subject = target.subject
      .replace(/\s*\(([^()]*)\)/gu, (bracket, inner: string) =>
        (inner.includes(',') && !/^(?:mỗi|mọi|các|\d)/u.test(inner.trim())) || /trở (?:lên|xuống)/u.test(inner) ? '' : bracket,
      )
      .trim();
  }
}

// Shared subjects: `đạt 80% và đến năm 2030, đạt 100% Trung tâm …` — the first figure takes the next one's subject.
function shareSubjectWithNext({ out, subjects }: BlockFigures): void {
  for (let k = out.length - 2; k >= 0; k--) {
    if (subjects[k] === null && out[k + 1]!.subject !== '') out[k]!.subject = out[k + 1]!.subject;
  }
}

// A shared predicate: `100% hồ sơ cấp tỉnh, 90% hồ sơ cấp huyện và 70% hồ sơ cấp xã được xử lý …` — each
// member of the list is measured by the predicate printed after the last one.
function sharePredicateOfList({ out, found, flow }: BlockFigures): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const here = found[k]!;
    const after = found[k + 1]!;
    const between = flow.text.slice(here.end, after.start);
    if (/[;:.\n]/.test(between) || !/(?:,|\svà)\s*$/u.test(between)) continue;
    const predicate = /\s(được|đã được)\s.+$/u.exec(out[k + 1]!.subject);
    if (!predicate || /(?:^|\s)được\s/u.test(out[k]!.subject) || out[k]!.subject === '') continue;
    out[k]!.subject = `${out[k]!.subject}${predicate[0]}`;
  }
}

// A task shared by a list of counts after one verb: `Cải tạo, nâng cấp 35 trường học, 120 phòng học` — the second is
// `phòng học được cải tạo, nâng cấp` as the first.
function shareTaskWithListed({ out, found, flow }: BlockFigures): void {
  for (let k = 1; k < out.length; k++) {
    if (!found[k - 1]!.isCount || !found[k]!.isCount) continue;
    // Only the rest of the first noun may stand between (`02 điểm đen, 05 điểm tiềm ẩn …`), no verb of another task.
    const between = flow.text.slice(found[k - 1]!.end, found[k]!.start);
    if (!/(?:,|\svà|,\s*và)\s*$/u.test(between) || /[;:.\n]/.test(between) || between.length > 40 || CLAUSE_CUE.test(between.toLocaleLowerCase('vi'))) continue;
    const task = /\s(?:được|bị)\s[^()]+$/u.exec(out[k - 1]!.subject);
    const here = out[k]!.subject;
    if (!task || here === '' || /(?:^|\s)(?:được|bị)\s/u.test(here)) continue;
    out[k]!.subject = `${here}${task[0]}`;
  }
}

// `Tỷ lệ xã có bưu điện văn hóa đạt 100%; trong đó 50% có kết nối internet`: a part of what the figure before counts,
// said by its predicate alone, is of those things (`xã có bưu điện văn hóa có kết nối internet`).
function subsetAfterTrongDo({ out, found, flow }: BlockFigures): void {
  for (let k = 1; k < out.length; k++) {
    if (!/(?:^|[\s,;])trong đó\s*$/iu.test(flow.text.slice(found[k - 1]!.end, found[k]!.start))) continue;
    const here = out[k]!.subject;
    const whole = out[k - 1]!.subject.replace(/(?:\s*\([^()]*\))+$/u, '').replace(/^(?:tỷ lệ|tỉ lệ|số lượng|số)\s+/iu, '');
    if (whole === '' || !/^(?:có|được|đạt|là|đã)\s/u.test(here)) continue;
    out[k]!.subject = `${whole} ${here}`;
  }
}

// `Diện tích nuôi tôm … đạt 4.500 ha, tăng thêm 1.200 ha so với năm 2023`: a change said right after a figure of a
// named quantity is a change of that quantity.
function changeOfSibling({ out, found, flow }: BlockFigures): void {
  for (let k = 1; k < out.length; k++) {
    const between = flow.text.slice(found[k - 1]!.end, found[k]!.start);
    if (/[;:\n]|\.(?!\d)/.test(between) || !/^\s*(?:trở (?:lên|xuống)\s*)?,/u.test(between)) continue;
    const here = out[k]!.subject;
    const previous = out[k - 1]!.subject.replace(/(?:\s*\([^()]*\))+$/u, '');
    if (!/^(?:tăng|giảm)(?:\s+thêm)?(?:\s|$)/u.test(here) || !NOUN_HEAD.test(fold(previous))) continue;
    out[k]!.subject = `${previous.charAt(0).toLocaleLowerCase('vi')}${previous.slice(1)} ${here}`;
  }
}

// Siblings of a list that share the measured quantity of the first: `Tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu
// gieo cấy đạt 70%` (the head before the shared word), `… đạt 98% ở khu vực thành thị và 90% ở khu vực nông thôn`
// (the first's subject with the place of its own).
function shareHeadWithSiblings({ out, found, flow }: BlockFigures): void {
  for (let k = 1; k < out.length; k++) {
    const between = flow.text.slice(found[k - 1]!.end, found[k]!.start);
    if (/[;:\n]|\.(?!\d)/.test(between)) continue;
    const previous = out[k - 1]!.subject.replace(/\s*\([^()]*\)$/u, '');
    const here = out[k]!.subject;
    if (previous === '' || here === '' || NOUN_HEAD.test(fold(here))) continue;
    const place = /^(?:ở|tại)\s/u.test(here) ? previous.search(/\s(?:ở|tại)\s/u) : -1;
    if (/^(?:ở|tại)\s/u.test(here)) {
      out[k]!.subject = `${place > 0 ? previous.slice(0, place) : previous} ${here}`;
      continue;
    }
    if (!NOUN_HEAD.test(fold(previous))) continue;
    const firstWord = here.split(/\s+/)[0]!;
    const at = previous.search(new RegExp(`\\s${firstWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'u'));
    if (at > 0) out[k]!.subject = `${previous.slice(0, at)} ${here}`;
  }
}

// What a change is measured against goes in the subject: `Số vụ tái vi phạm giảm so với năm 2023`.
function addComparison({ out, found, flow }: BlockFigures): void {
  out.forEach((target, k) => {
    const comparison = comparisonAfter(flow.text, flow.folded, found[k]!, found[k + 1]);
    if (comparison && target.subject !== '' && !fold(target.subject).includes(fold(comparison))) target.subject = `${target.subject} ${comparison}`;
  });
}

function putChangeAfterRate({ out }: BlockFigures): void {
  out.forEach((target) => {
    target.subject = changeAfterRate(target.subject);
  });
}

// `Tỷ lệ chợ có tổ quản lý an toàn thực phẩm: 100%`: nothing but the figure after a colon; the words before it say.
function subjectBeforeColon({ out, found, flow }: BlockFigures): void {
  out.forEach((target, k) => {
    if (target.subject !== '') return;
    const at = found[k]!.start;
    const colon = flow.text.lastIndexOf(':', at);
    if (colon < 0) return;
    // … also where only years and their figures stand between (`Tỷ lệ …: năm 2026 đạt 95%, năm 2030 đạt 99%`).
    let between = flow.text.slice(colon + 1, at);
    for (const other of found) {
      if (other.start > colon && other.end <= at) between = `${between.slice(0, other.start - colon - 1)}${' '.repeat(other.end - other.start)}${between.slice(other.end - colon - 1)}`;
    }
    if (Span.of(between).dropStart(LEAD_IN).tidy() !== '') return;
    const opening = clauseAround(flow.text, colon - 1, colon);
    target.subject = Span.of(flow.text.slice(opening.start, colon)).dropStart(LEAD_IN).tidy();
  });
}

// `Đạt 100% số xã, phường, thị trấn (15/15)`: the share in brackets said as a share.
function sayBracketedShare({ out }: BlockFigures): void {
  out.forEach((target) => {
    target.subject = target.subject.replace(/\s*\((\d{1,4})\/(\d{1,4})\)$/u, ' ($1 trong $2)');
  });
}

// `…, tương đương 21.800 căn hộ`: a count that restates the figure before it measures what that one measures.
function restatedCount({ out, found, flow }: BlockFigures): void {
  out.forEach((target, k) => {
    if (k === 0 || !found[k]!.isCount || !/(?:^|\s)tuong duong(?:\s+(?:voi|khoang))?\s*$/.test(flow.folded.slice(Math.max(0, found[k]!.start - 30), found[k]!.start))) return;
    const measured = out[k - 1]!.subject.replace(/(?:\s*\([^()]*\))+$/u, '').replace(/^(?:tỷ lệ|tỉ lệ|số)\s+/iu, '');
    if (measured === '') return;
    const noun = found[k]!.countNoun;
    target.subject = fold(measured).startsWith(fold(noun)) ? measured : `${noun} ${measured}`;
  });
}

// Places named in a list (`tại chợ nổi Cái Răng, chợ Tân An và chợ Thốt Nốt`) say where, not what is measured.
function dropNamedPlaces({ out }: BlockFigures): void {
  out.forEach((target) => {
    target.subject = withoutNamedPlaces(target.subject);
  });
}

// `100% (25/25 xã) có trạm y tế …`: the bodies in brackets are what is measured, their share said as above.
function bodiesInBrackets({ out }: BlockFigures): void {
  out.forEach((target) => {
    const bracket = /^\((\d{1,4})\/(\d{1,4})(?:\s+([^()]+))?\)\s*/u.exec(target.subject);
    if (bracket) target.subject = `${bracket[3] ? `${bracket[3]} ` : ''}${target.subject.slice(bracket[0].length)} (${bracket[1]} trong ${bracket[2]})`.trim();
  });
}

// A share of a whole goes in the subject too: `xã, thị trấn được công nhận … (03 trong 08)`.
function addShareOfWhole({ out, found }: BlockFigures): void {
  out.forEach((target, k) => {
    const share = found[k]!.share;
    if (share && target.subject !== '') target.subject = `${target.subject} (${share})`;
  });
}

// A qualifier goes in the subject (the value stays plain): `(trên 50%)`, `(từ 75% trở lên)`, `(ít nhất)`.
function addQualifier({ out, found, flow }: BlockFigures): void {
  out.forEach((target, k) => {
    const qualifier = qualifierOf(flow.text, flow.folded, found[k]!);
    if (!qualifier || target.subject === '') return;
    // A qualifier word alone is said unless the subject says it already in brackets or at its end (`trên 01 ha đất …`
    // is no `(trên)`); one with its figure unless the subject holds it.
    const said = /\d/.test(qualifier) ? fold(target.subject).includes(fold(qualifier)) : saysWordAlone(fold(target.subject), fold(qualifier));
    if (!said) target.subject = `${target.subject} (${qualifier})`;
  });
}

/** `subject` holds `(word` anywhere, or ends with ` word` or `(word`, with or without a closing bracket. */
function saysWordAlone(subject: string, word: string): boolean {
  if (subject.includes(`(${word}`)) return true;
  return [word, `${word})`].some((ending) => {
    if (!subject.endsWith(ending)) return false;
    const before = subject.charAt(subject.length - ending.length - 1);
    return before === '(' || (before !== '' && /\s/.test(before));
  });
}

function addYearlyPhrase({ out, yearlyPhrases }: BlockFigures): void {
  out.forEach((target, k) => {
    const opening = YEARLY.exec(fold(target.sentence.slice(0, 40)));
    const phrase = yearlyPhrases[k] ?? (opening ? target.sentence.slice(opening.index, opening.index + opening[0].length) : undefined);
    if (target.yearly && phrase && !target.subject.toLowerCase().includes(phrase.toLowerCase()) && target.subject !== '') {
      target.subject = `${target.subject} (${phrase.toLowerCase()})`;
    }
  });
}

/**
 * A subject without a list of named places after `tại`/`ở`/`trên`/`ven` (two or more runs of capitalised words, joined
 * by commas or `và`); the words after the list stay. Each such word is tried in turn (`nhà ở xã hội tại thành phố …`).
 */
function withoutNamedPlaces(subject: string): string {
  for (const match of subject.matchAll(/\s(?:tại|ở|trên|ven)\s/gu)) {
    const cut = namedPlacesCut(subject, match.index);
    if (cut !== null) return cut;
  }
  return subject;
}

function namedPlacesCut(subject: string, at: number): string | null {
  const words = subject.slice(at + 1).split(/\s+/);
  let runs = 0;
  let lastCapital = -1;
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!.replace(/[(),;]+/g, '');
    if (word === '') continue;
    if (/^\p{Lu}/u.test(word)) {
      // A comma after the word before ends its name (`Long Bình, Tam Phước`): a new run starts.
      if (lastCapital !== k - 1 || /[,;]$/.test(words[k - 1]!)) runs++;
      lastCapital = k;
      continue;
    }
    // A lower-case word inside the list names the kind of place (`chợ`, `phường`, `hồ`, `các`) or joins (`và`).
    if (!/^(?:các|và|chợ|nổi|phường|xã|thôn|bản|buôn|sóc|phum|ấp|khóm|khu|phố|đường|quận|huyện|thành|thị|trấn|tổ|dân|cụm|làng|xóm|tuyến|bến|cảng|chùa|đình|hồ|suối|sông|kênh|đầm|núi|đảo)$/u.test(word)) break;
  }
  if (runs < 2 || lastCapital < 0) return null;
  const kept = words.slice(lastCapital + 1).join(' ');
  return `${subject.slice(0, at)}${kept ? ` ${kept}` : ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * A change of a rate said after it: `Giảm tỷ lệ hộ nghèo xuống` → `tỷ lệ hộ nghèo (giảm xuống)`, and the level a
 * change starts from left out (`Tỷ lệ … giảm từ 4,5% năm 2023 xuống còn` → `Tỷ lệ … giảm xuống còn`).
 */
function changeAfterRate(subject: string): string {
  const withoutStart = subject.replace(/\s+từ\s+[\d.,]+\s?(?:%|‰)[^%‰]*?\s(xuống còn|xuống|lên)$/u, ' $1');
  const opening = /^(giảm|tăng|nâng|hạ|nâng cao|kéo giảm)\s+((?:(?:tỷ|tỉ)\s+(?:lệ|suất|số|trọng)|công suất|năng suất|sản lượng|diện tích|thu nhập|tốc độ|mật độ|tuổi thọ|giá trị|kim ngạch|doanh thu|quy mô|chỉ số)\s.+?)(?:\s+(xuống còn|xuống|lên|đến|tới))?$/iu.exec(withoutStart);
  if (!opening) return withoutStart;
  return `${opening[2]} (${opening[1]!.toLocaleLowerCase('vi')}${opening[3] ? ` ${opening[3]}` : ''})`;
}
