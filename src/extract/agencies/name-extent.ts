import { fold } from '../../structure/fold.js';
import { ORG_HEADS, startsLikeOrganisation } from './heads.js';
import { LOCALITY_LOOKALIKES, localityLength, repairedLocality, withLocalityMarks } from './locality.js';
import type { AgencyLookup } from './lookup.js';
import { editDistanceAtMost1, printedWithoutMarks } from './similarity.js';
import { isOneWordLevel, levelAlternation, levelFirstWordAlternation } from '../levels.js';

// The first word of what `cấp` names as a rank: a level's (`cấp thị xã`), `thôn`, `cơ sở`, `trung ương`.
const RANK_FIRST_WORD = new RegExp(String.raw`^(?:${levelFirstWordAlternation('folded')}|co|thon|trung)$`);

/**
 * `Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi`: the span of the zones a board manages (`và
 * các Khu công nghiệp` and the place after it), matched folded so that a mark restoration left wrong does not hide
 * it; null for other names.
 */
const ZONE_PLACE = new RegExp(String.raw`^(?:\s+(?:${levelAlternation('printed')})(?![\p{L}]))?(?:\s+\p{Lu}[\p{L}-]*)*`, 'u');

function boardZones(name: string): { start: number; end: number } | null {
  const folded = fold(name);
  if (!/^(?:ban quan ly|bql)\s/.test(folded)) return null;
  const zones = /\s+va\s+(?:cac\s+)?(?:khu|cum)\s+(?:cong nghiep|kinh te|che xuat|cong nghe cao)(?![a-z])/.exec(folded);
  if (!zones) return null;
  const place = ZONE_PLACE.exec(name.slice(zones.index + zones[0].length))![0];
  return { start: zones.index, end: zones.index + zones[0].length + place.length };
}

/**
 * A known body's name printed into its sentence (`Công an tỉnh bảo đảm …`): the name is the longest known
 * name at the start, then its locality words and capitalised place names; it ends at the first other word.
 */
export function trimToKnownName(name: string, lookup: AgencyLookup): string {
  const known = lookup.knownPrefix(name);
  if (known === 0) return name;
  // `Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi`: the zones a board manages end its name.
  const zones = boardZones(name);
  if (zones && zones.start > known && trimToKnownName(name.slice(0, zones.start), lookup) === name.slice(0, zones.start)) return name.slice(0, zones.end);
  let end = known;
  // A name printed without any marks (a line restoration left alone) gets none on its last word either.
  const unmarked = printedWithoutMarks(name);
  let rest = withLocalityMarks(name.slice(known), !unmarked);
  let previous = '';
  let pendingWords = 0;
  let localityTaken = false;
  let commaBefore = false;
  // Words of a field after a joiner (-1: not in one).
  let fieldWords = -1;
  for (const match of rest.matchAll(/[,\s]*(\S+)/gu)) {
    let word = match[1]!.replace(/[,;:.]+$/, '');
    const before = previous;
    const repaired = repairedLocality(previous, word);
    if (repaired !== word) {
      // Same length (one letter changed), so the offsets below still hold.
      rest = rest.slice(0, match.index + match[0].length - match[1]!.length) + repaired + rest.slice(match.index + match[0].length - match[1]!.length + word.length);
      word = repaired;
    }
    previous = word;
    if (pendingWords > 0) {
      pendingWords--;
      end = known + match.index + match[0].length - (match[1]!.length - word.length);
      continue;
    }
    const folded = fold(word);
    // A place name goes on the name (`Đài Phát thanh và Truyền hình Lạng Sơn`), but not after a comma, where the
    // next body of a list starts.
    // A lone number after the locality (`… huyện 0`) is a scan's noise, not a unit's number (`… số 1`).
    // A comma before this word (after the last one, or leading): the next body of a list starts here.
    const afterComma = commaBefore || match[0].slice(0, match[0].length - match[1]!.length).includes(',');
    commaBefore = /,$/.test(match[1]!);
    const capitalised = /^[\p{Lu}\d]/u.test(word) && !afterComma && !(localityTaken && /^\d+$/.test(word));
    const following = rest.slice(match.index + match[0].length).trim().split(/[\s,]+/).map((w) => w.replace(/[,;:.]+$/, ''));
    if (following[0] !== undefined) following[0] = repairedLocality(word, following[0]);
    // `cấp` names a level after `các` or before one (`các cấp`, `cấp xã`); `… quận cấp thẻ` is the duty.
    const notALevel = folded === 'cap' && fold(before) !== 'cac' && !RANK_FIRST_WORD.test(fold(following[0] ?? ''));
    const phrase = notALevel ? 0 : localityLength([word, ...following]);
    // `và` joins two localities (`các xã và thị trấn`); a phrase of several words is taken by its first.
    const locality = phrase > 0 && (folded !== 'va' || localityLength(following) > 0);
    // A name whose fields go on past the known part (`Công chức Địa chính - Xây dựng - Đô thị và Môi trường`): a
    // dash or `và`, before any locality, followed by a capitalised field that starts no other body; the field
    // keeps up to two lower-case words (`Môi trường`).
    const joiner = !locality && !localityTaken && !afterComma && (/^[-–]$/.test(word) || folded === 'va') && /^\p{Lu}/u.test(following[0] ?? '') &&
      !startsLikeOrganisation(rest.slice(match.index + match[0].length).trim());
    if (joiner) fieldWords = 0;
    const inField = fieldWords >= 0 && !afterComma && !locality && /^\p{Ll}+$/u.test(word) && fieldWords < 3;
    // Words a unit's own name carries after its kind (`Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo`, `Đội Quản lý
    // thị trường số 3`): taken whole, so the capitalised place name after them stays on the name too.
    const carried = afterComma ? 0 : carriedNameWords(word, following);
    if (carried > 0) {
      pendingWords = carried - 1;
      end = known + match.index + match[0].length - (match[1]!.length - word.length);
      continue;
    }
    if (!capitalised && !locality && !joiner && !inField) {
      const owner = /^(?:các|những)\s/iu.test(name) ? ownerBody(rest.slice(match.index + match[0].length - match[1]!.length), lookup) : 0;
      if (owner > 0) {
        end = known + match.index + match[0].length - match[1]!.length + owner;
        break;
      }
      const object = objectUpToLevel(rest.slice(match.index + match[0].length - match[1]!.length));
      if (object > 0) end = known + match.index + match[0].length - match[1]!.length + object;
      break;
    }
    if (capitalised && fieldWords >= 0) fieldWords = 1;
    else if (inField) fieldWords++;
    else if (!joiner) fieldWords = -1;
    if (locality) localityTaken = true;
    if (phrase > 1) pendingWords = phrase - 1;
    end = known + match.index + match[0].length - (match[1]!.length - word.length);
  }
  return (name.slice(0, known) + rest).slice(0, end).replace(/[\s,]+$/, '');
}

/**
 * `Các tổ chức thành viên của Mặt trận`, `các cơ quan chuyên môn thuộc UBND huyện`: a class of bodies goes on with
 * the body they belong to. The length of `của …`/`thuộc …` with that body's name, or 0.
 */
function ownerBody(rest: string, lookup: AgencyLookup): number {
  const link = /^(?:của|thuộc|trực thuộc)\s+/u.exec(rest);
  if (!link) return 0;
  const owner = rest.slice(link[0].length);
  if (!/^\p{Lu}/u.test(owner) || (!startsLikeOrganisation(owner) && !/^Mặt trận(?![\p{L}])/u.test(owner))) return 0;
  const known = lookup.knownPrefix(owner) > 0 ? trimToKnownName(owner, lookup) : /^(?:Mặt trận\s*)?(?:\p{Lu}[\p{L}&-]*\s*)*/u.exec(owner)![0].trimEnd();
  return link[0].length + known.length;
}

// Words of a sentence that never stand in what a body's name says it manages.
const SENTENCE_WORDS = /^(?:tai|tren|cho|cua|voi|o|den|ve|theo|tu|trong|de|duoc|khi|nhu|nhung|cac|mot|la|co|se|da|dang)$/;
// Only a one-word level: the piece's last word is read alone.
const ONE_WORD_LEVEL = new RegExp(String.raw`^(?:${levelAlternation('folded', { only: isOneWordLevel })})$`);

/**
 * `Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh`: a known name goes on with what
 * the body manages where a few lower-case words, none of them a word of a sentence, run to the level it serves at
 * the end of the piece (the duty was cut off before). The length taken, or 0.
 */
function objectUpToLevel(rest: string): number {
  const words = rest.trimEnd().split(/\s+/);
  if (words.length < 2 || words.length > 9) return 0;
  const last = words.at(-1)!;
  if (!ONE_WORD_LEVEL.test(fold(last)) || last !== last.toLocaleLowerCase('vi') || fold(last) === 'xa' && fold(words.at(-2)!) === 'tac') return 0;
  if (!words.slice(0, -1).every((word) => /^\p{Ll}+$/u.test(word) && !SENTENCE_WORDS.test(fold(word)))) return 0;
  return rest.trimEnd().length;
}

/** How many words from `word` on make a piece of a unit's own name (`Cửa khẩu quốc tế`, `số 3`), or 0. */
function carriedNameWords(word: string, following: readonly string[]): number {
  const folded = [word, ...following.slice(0, 3)].map((w) => fold(w));
  if (folded[0] === 'so' && /^\d{1,2}$/.test(following[0] ?? '')) return 2;
  // A regional branch named by its number (`Ngân hàng Nhà nước Khu vực 15`, `Thuế Khu vực 3`).
  if (folded[0] === 'khu' && folded[1] === 'vuc' && /^\p{Lu}/u.test(word) && /^\d{1,2}$/.test(following[1] ?? '')) return 3;
  // A party committee that a body belongs to (`Ban Tuyên giáo và Dân vận Huyện ủy`, `Văn phòng Tỉnh ủy`).
  if (/^(?:huyen|tinh|thanh|thi|quan|dang)$/.test(folded[0]!) && /^\p{Lu}/u.test(word) && /^(?:uy|ủy|uỷ)$/u.test(following[0] ?? '')) return 2;
  // The Government a body serves (`Ban Tôn giáo Chính phủ`, `Văn phòng Chính phủ`).
  if (folded[0] === 'chinh' && folded[1] === 'phu' && /^\p{Lu}/u.test(word)) return 2;
  // A branch of a bank or company (`Ngân hàng Chính sách xã hội chi nhánh tỉnh`, `… Việt Nam - Chi nhánh Thủ Đức`).
  if (folded[0] === 'chi' && folded[1] === 'nhanh') return 2;
  if (/^[-–]$/.test(word) && folded[1] === 'chi' && folded[2] === 'nhanh') return 3;
  // A bank's transaction office (`Ngân hàng Chính sách xã hội - Phòng giao dịch Đắk Hà`).
  if (/^[-–]$/.test(word) && folded[1] === 'phong' && folded[2] === 'giao' && folded[3] === 'dich') return 4;
  if (folded[0] === 'cua' && folded[1] === 'khau') {
    const international = folded[2] === 'quoc' && folded[3] === 'te';
    // Printed in lower case too (`Đồn Biên phòng cửa khẩu quốc tế Nậm Cắn`) where the crossing's name follows.
    const crossing = following[international ? 3 : 1] ?? '';
    if (/^\p{Lu}/u.test(word) || /^\p{Lu}/u.test(crossing)) return international ? 4 : 2;
  }
  return 0;
}

// Where a body outside the dictionary serves a level (`Quỹ Bảo vệ và Phát triển rừng tỉnh`, `Tổ trưởng tổ dân phố`):
// its name ends with the level and the place after it. `xã hội` and `hợp tác xã` are no level.
const LEVEL_OR_HAMLET = new RegExp(String.raw`^(?:${levelAlternation('printed')}|tổ dân phố|khu phố|thôn|bản|ấp|buôn|khu dân cư)$`, 'u');

/**
 * An unknown body's name that runs on past its level into the sentence (`Quỹ … tỉnh bảo toàn vốn`, `Tổ trưởng tổ
 * dân phố nắm tình hình`, duties no list names): cut after the level, its further localities (`các xã, thị trấn`)
 * and the capitalised place name that follow it.
 */
export function trimAfterLevel(name: string): string {
  const words = [...name.matchAll(/[^\s,;]+/gu)];
  for (let k = 2; k < words.length; k++) {
    const level = levelLengthAt(words, k);
    if (level === 0) continue;
    let next = k + level;
    while (next < words.length) {
      const word = words[next]![0];
      const more = localityLength(words.slice(next).map((w) => w[0]));
      if (more > 0) next += more;
      else if (/^[\p{Lu}\d]/u.test(word)) next++;
      else break;
    }
    if (next >= words.length) return name;
    // Only a lower-case word of the sentence ends it; a bracket or a dash may carry more of the name, and `về` its
    // remit (`Tổ công tác … của UBND tỉnh về đầu tư công`), whatever mark restoration left on it (`vể`, `vê`; `vệ` is a word of its own).
    if (!/^\p{Ll}/u.test(words[next]![0]) || (fold(words[next]![0]) === 've' && words[next]![0] !== 'vệ')) return name;
    const end = words[next - 1]!.index + words[next - 1]![0].length;
    return name.slice(0, end).replace(/[\s,;]+$/, '');
  }
  return name;
}

function levelLengthAt(words: readonly RegExpMatchArray[], k: number): number {
  // A level in capitals names a body of its own (`Ban Thường vụ Huyện đoàn`, `Tỉnh ủy`).
  if (/^\p{Lu}/u.test(words[k]![0])) return 0;
  const texts = words.map((w) => w[0].toLocaleLowerCase('vi'));
  // One letter off too (`xã bội`, `hợp tác xà`): a damaged word there is more likely theirs than a level's end.
  if (fold(texts[k]!) === 'xa' && (editDistanceAtMost1(fold(texts[k + 1] ?? ''), 'hoi') || editDistanceAtMost1(fold(texts[k - 1]!), 'tac'))) return 0;
  // `nông thôn` (the countryside of `xây dựng nông thôn mới`) is no hamlet.
  if (fold(texts[k]!) === 'thon' && fold(texts[k - 1]!) === 'nong') return 0;
  for (const length of [3, 2, 1]) {
    if (k + length > texts.length) continue;
    const phrase = texts.slice(k, k + length).join(' ');
    if (LEVEL_OR_HAMLET.test(phrase)) return length;
    // A level restoration marked otherwise (`huyển`, `thảnh phố`) before the capitalised name of its place.
    if (FOLDED_LEVEL.test(fold(phrase)) && /^\p{Lu}/u.test(words[k + length]?.[0] ?? '') && !LOCALITY_LOOKALIKES.has(texts[k]!)) return length;
  }
  return 0;
}

const FOLDED_LEVEL = new RegExp(String.raw`^(?:${levelAlternation('folded')})$`);

// Bodies named by a proper name (`Báo Đà Nẵng`): the name ends with its capitalised words and locality.
const PROPER_NAMED = /^Báo\s+(?:\p{Lu}[\p{L}-]*\s*)+/u;

// A school named by its kind and its proper name (`Trường Trung học cơ sở Lê Quý Đôn`, `Trường Mầm non Hoa Sen`).
const SCHOOL_NAMED = /^Trường\s+(?:Mầm non|Mẫu giáo|Tiểu học|Trung học cơ sở|Trung học phổ thông|THCS|THPT|Tiểu học và Trung học cơ sở|Phổ thông dân tộc (?:nội|bán) trú(?:\s+(?:Tiểu học|THCS|Trung học cơ sở))?(?:\s+và\s+(?:THCS|Trung học cơ sở))?)\s+(?:[\p{Lu}\d][\p{L}\d'-]*\s*)+/u;

/** The school's kind and proper name the text starts with (`Trường Tiểu học Lê Lợi`), or ''. */
export function schoolName(text: string): string {
  return SCHOOL_NAMED.exec(text)?.[0].trimEnd() ?? '';
}

export function trimProperNamed(name: string): string {
  const head = PROPER_NAMED.exec(name) ?? SCHOOL_NAMED.exec(name);
  if (!head) return name;
  const rest = name.slice(head[0].length);
  const words = rest.split(/\s+/).filter(Boolean);
  const locality = localityLength(words);
  // One lower-case word may be the paper's own (`Báo Lao động`); more are the sentence.
  if (words.length - locality < 2) return name;
  return `${head[0].trimEnd()}${locality > 0 ? ` ${words.slice(0, locality).join(' ')}` : ''}`;
}

/**
 * `Trung tâm … huyện (TTVHTT&TT)`: the short form a plan puts in brackets after a name is no part of it, nor is a
 * contact in brackets (`Nhân viên thú y xã (ông …, điện thoại 0912.447.083)`).
 */
export function withoutAbbreviation(name: string): string {
  return name.replace(/\s*\((?:[^()]{1,30}|(?:ông|bà|đồng chí|ong|ba|óng)\s[^()]*|[^()]*\d{4}[.\s]?\d{3}[^()]*)\)$/iu, '');
}

// A company's head and legal form (`Công ty TNHH MTV`, `Công ty Cổ phần`, `Tổng công ty`).
// Matched folded on a capitalised text: restoration may mark the head otherwise (`Cồng tỳ TNHH MTV`, `Công tỹ Cổ phần`).
const COMPANY_HEAD = /^(?:cong ty|tong cong ty)(?:\s+(?:tnhh|co phan|cp)(?:\s+(?:mtv|mot thanh vien|hai thanh vien tro len))?)?\s+/;
const LEVEL_WORDS = new RegExp(String.raw`^(?:${levelAlternation('printed')})$`, 'u');

/**
 * `Công ty TNHH MTV Khai thác thủy lợi tỉnh`, `Công ty Cổ phần Cấp thoát nước Vĩnh Long`: a company's trade name
 * starts with a capital after its legal form and may go on in lower case (its business, where duty words such as
 * `khai thác`, `cấp` are the name's), then its level and place. The length of the whole name, or 0 for no company.
 */
export function companyNameLength(text: string): number {
  const head = /^\p{Lu}/u.test(text) ? COMPANY_HEAD.exec(fold(text)) : null;
  if (!head) return 0;
  const words = [...text.slice(head[0].length).matchAll(/\S+/gu)];
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]![0])) return 0;
  let taken = 1;
  let lowerRun = 0;
  let placeStarted = false;
  let previous = '';
  for (const word of words.slice(1)) {
    const printed = word[0].replace(/[,;:.]+$/, '');
    const rest = text.slice(head[0].length + word.index);
    // Another body starts with its head printed as such (`UBND …`, `Sở …`; `Quy Nhơn` is no `Quỹ`).
    if (/^\p{Lu}/u.test(printed) && startsLikeOrganisation(rest) && printedHead(rest)) break;
    // A capitalised field after `và` or a dash (`Cấp thoát nước và Môi trường`) goes on with the trade name.
    const field = /^\p{Lu}/u.test(printed) && !placeStarted && /^(?:và|-|–)$/u.test(previous);
    previous = printed;
    if (field) lowerRun = 0;
    else if (LEVEL_WORDS.test(printed) || /^[\p{Lu}\d]/u.test(printed)) placeStarted = true;
    else if (placeStarted || ++lowerRun > 6) break;
    taken++;
    if (printed !== word[0]) break;
  }
  const last = words[taken - 1]!;
  return head[0].length + last.index + last[0].replace(/[,;:.]+$/, '').length;
}

function printedHead(text: string): boolean {
  const lower = text.toLocaleLowerCase('vi');
  return ORG_HEADS.some((head) => lower.startsWith(`${head} `) || lower === head);
}
