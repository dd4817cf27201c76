import { readFileSync } from 'node:fs';
import { prettifyError } from 'zod';
import { InputFileError } from '../errors/index.js';
import type { Agency, SectionNode } from '../schema/document.js';
import { parseAgencyDictionary, type AgencyEntry } from '../schema/agencies.js';
import { fold, squash } from '../structure/fold.js';
import { headingContinues, wrapWidth } from '../structure/index.js';
import { ownLineRange, walkSections } from '../structure/paths.js';
import { FlowText } from './flow.js';
import { applyCase, canonicalSyllable, isValidSyllable } from '../vietnamese/index.js';

const DICTIONARY_URL = new URL('../../dictionaries/agencies.txt', import.meta.url);

export interface AgencyLookup {
  /** Canonical full name for a printed name, or null when the dictionary does not know it. */
  canonical(name: string): string | null;
  /** Length of the longest known name (canonical or alias) the printed text starts with, or 0. */
  knownPrefix(text: string): number;
  /**
   * The printed name with a known name's one OCR-damaged syllable put right (`Ủy ban Mặt trốn Tổ quốc Việt Nam
   * xã` → `Ủy ban Mặt trận …`), or null when no known name of four or more syllables is one syllable away.
   */
  repair(name: string): string | null;
  /**
   * The printed name with the marks of its known prefix taken from the dictionary where restoration left other
   * marks on a letter (`Đài Phạt thanh …` → `Đài Phát thanh …`); same length, case as printed.
   */
  respell(name: string): string;
  /**
   * The printed name with each lower-case word that is no Vietnamese syllable at all put right where one letter
   * read as its look-alike gives a word of the known names (`Ngân hànq`, `trật fự`, `Thương blnh`); words that are
   * syllables, capitalised words (places, people) and words two letters off stay as printed. Same length.
   */
  repairWords(name: string): string;
}

/** Builds a lookup from dictionary entries: the longest canonical name or alias the printed name starts with wins. */
export function agencyLookup(entries: readonly AgencyEntry[]): AgencyLookup {
  const keys: { key: string; canonical: string; spelling: string }[] = [];
  const add = (name: string, canonical: string) => {
    const key = fold(name).replace(/\s+/g, ' ');
    if (!keys.some((known) => known.key === key)) keys.push({ key, canonical, spelling: name.replace(/\s+/g, ' ') });
  };
  for (const entry of entries) for (const name of [entry.canonical, ...entry.aliases]) add(name, entry.canonical);
  // A department of a province (`Sở Lao động - Thương binh và Xã hội`) has its office of the same field in each
  // district (`Phòng …`): the other level's name maps to the same field under its own head. Listed entries win.
  for (const entry of entries) {
    const head = /^(Sở|Phòng) /u.exec(entry.canonical);
    if (!head) continue;
    const other = head[1] === 'Sở' ? 'Phòng' : 'Sở';
    const swap = (name: string) => (name.startsWith(`${head[1]} `) ? `${other} ${name.slice(head[0].length)}` : null);
    const canonical = swap(entry.canonical)!;
    for (const name of [entry.canonical, ...entry.aliases]) {
      const swapped = swap(name);
      if (swapped !== null) add(swapped, canonical);
    }
  }
  // Ministries (Bộ), provincial departments (Sở) and district offices (Phòng) share their field names
  // (`Sở Tài nguyên và Môi trường`, `Phòng Tài nguyên và Môi trường`): each knows the others' names as a prefix.
  const prefixSpellings = new Map(keys.map(({ key, spelling }) => [key, spelling]));
  const HEAD_SPELLING: Record<string, string> = { so: 'Sở', bo: 'Bộ', phong: 'Phòng' };
  for (const { key, spelling } of keys) {
    const head = /^(so|bo|phong) /.exec(key);
    if (!head) continue;
    const field = spelling.slice(spelling.indexOf(' '));
    for (const other of ['so', 'bo', 'phong']) {
      const swapped = `${other} ${key.slice(head[0].length)}`;
      if (other !== head[1] && !prefixSpellings.has(swapped)) prefixSpellings.set(swapped, `${HEAD_SPELLING[other]}${field}`);
    }
  }
  // Lower-case words of the known names and of the levels they serve, by length (see repairWords).
  const nameWords = new Set([...keys.map((k) => k.spelling), ...LOCALITY_PHRASES.map((phrase) => phrase.join(' '))].flatMap((spelling) => spelling.split(/[\s,()-]+/)).filter((word) => /^\p{Ll}+$/u.test(word)));
  const nameWordsByLength = new Map<number, string[]>();
  for (const word of nameWords) nameWordsByLength.set(word.length, [...(nameWordsByLength.get(word.length) ?? []), word]);
  const prefixKeys = [...prefixSpellings.keys()];
  prefixKeys.sort((a, b) => b.length - a.length);
  // Words OCR or restoration damaged (`Mặt trận TS quéc Việt Nam`, `Khí trông Thủy văn`): see nearestKnown.
  const nearest = (printed: string) => nearestKnown(printed, keys);
  keys.sort((a, b) => b.key.length - a.key.length);
  return {
    canonical(name: string): string | null {
      const printed = squash(name);
      const folded = fold(printed);
      for (const { key, canonical } of keys) {
        if (!folded.startsWith(key)) continue;
        const rest = printed.slice(key.length);
        if (rest !== '' && /^[\p{L}\d]/u.test(rest)) continue;
        return `${canonical}${rest}`.trim();
      }
      // A long name with a syllable or two damaged by OCR (`Ủy ban Mặt trốn Tổ quốc Việt Nam`) still maps to its entry.
      const near = nearest(printed);
      if (!near) return null;
      const rest = printed.split(' ').slice(near.words).join(' ');
      return `${near.entry.canonical}${rest ? ` ${rest}` : ''}`;
    },
    repair(name: string): string | null {
      const printed = squash(name);
      const near = nearest(printed);
      if (!near) return null;
      // An exact known name as long or longer (`Sở Tài chính` inside `Sở Tài chính tỉnh`) needs no repair.
      const exact = this.knownPrefix(printed);
      if (exact > 0 && printed.slice(0, exact).split(' ').length >= near.words) return null;
      const rest = printed.split(' ').slice(near.words).join(' ');
      return `${near.entry.spelling}${rest ? ` ${rest}` : ''}`;
    },
    repairWords(name: string): string {
      return name.replace(/\p{L}+/gu, (word) => {
        if (!/^\p{Ll}/u.test(word) || word.length < 2 || isValidSyllable(word)) return word;
        const candidates = (nameWordsByLength.get(word.length) ?? []).filter((known) => lookAlikeWord(word, known));
        return candidates.length === 1 ? candidates[0]! : word;
      });
    },
    respell(name: string): string {
      return respelled(name, this.knownPrefix(name), prefixSpellings);
    },
    knownPrefix(text: string): number {
      const folded = fold(text);
      for (const key of prefixKeys) {
        if (!foldedStartsWith(folded, key)) continue;
        const end = endOfFoldedPrefix(folded, key);
        if (end >= 0 && !/^[\p{L}\d]/u.test(text.slice(end))) return end;
      }
      return 0;
    },
  };
}

interface KnownKey {
  key: string;
  canonical: string;
  spelling: string;
}

/**
 * The known name the printed name starts with where OCR or restoration damaged some of its words: compared word
 * by word on folded text, a name of three words or more matches when at most one word in three (at least one) is
 * off by a letter or two. Its first word may be one letter off; its last word, which tells bodies of one kind
 * apart (`… Truyền thanh` is not `… Truyền thông`, `HĐND - UBND` not `HĐND và UBND`), only one letter off and in
 * a name of four words or more (`Hội Chữ thập để`) or where it has three letters or more (`Hội Nông dâu`). The longest such name wins; two different names equally near match none.
 */
export function nearestKnown(printed: string, keys: readonly KnownKey[]): { entry: KnownKey; words: number } | null {
  const words = fold(printed).split(' ');
  let best: { entry: KnownKey; words: number; distance: number } | null = null;
  let tied = false;
  for (const entry of keys) {
    const keyWords = entry.key.split(' ');
    const n = keyWords.length;
    if (n < 3 || words.length < n) continue;
    let damaged = 0;
    let lookAlike = 0;
    let distance = 0;
    let fits = true;
    for (let i = 0; i < n && fits; i++) {
      const want = keyWords[i]!;
      const got = words[i]!;
      if (want === got) continue;
      // One letter OCR reads as its look-alike (`Phòng Y fế`, `Hội … Pbụ uữ`) damages no word: no other body's name
      // differs from a known one so.
      if (lookAlikeWord(got, want)) {
        distance += 1;
        lookAlike++;
        continue;
      }
      const d = editDistance(want, got);
      const last = i === n - 1;
      const limit = i === 0 || last ? 1 : want.length <= 3 ? 1 : 2;
      fits = d <= limit && d < want.length && (!last || n >= 4 || want.replace(/[^a-z]/g, '').length >= 3) && (i > 0 || want.length >= 3);
      damaged++;
      distance += d;
    }
    if (!fits || damaged + lookAlike === 0 || damaged > Math.max(1, Math.floor((n - 1) / 3))) continue;
    if (best === null || n > best.words || (n === best.words && distance < best.distance)) {
      best = { entry, words: n, distance };
      tied = false;
    } else if (n === best.words && distance === best.distance && entry.canonical !== best.entry.canonical) tied = true;
  }
  return best && !tied ? { entry: best.entry, words: best.words } : null;
}

/** Folded words of one length that differ in one letter, a pair OCR confuses (`fe`/`te`, `uu`/`nu`). */
function lookAlikeWord(got: string, want: string): boolean {
  if (got.length !== want.length || want.length < 2) return false;
  let changed = 0;
  for (let k = 0; k < want.length; k++) {
    if (got[k] === want[k]) continue;
    if (!LOOK_ALIKE_PAIRS.has(`${got[k]}|${want[k]}`)) return false;
    changed++;
  }
  return changed === 1;
}

/** The first `end` characters of `name` (a known name) with each word's marks as the dictionary spells it. */
function respelled(name: string, end: number, spellings: ReadonlyMap<string, string>): string {
  // A name printed without any marks (a line restoration left alone) stays as printed, not half marked.
  if (end <= 0 || fold(name) === name.toLocaleLowerCase('vi').replace(/đ/g, 'd')) return name;
  const printed = name.slice(0, end);
  const spelling = spellings.get(fold(printed).replace(/\s+/g, ' '));
  if (spelling === undefined || printed.length !== spelling.length) return name;
  const printedWords = printed.split(/(\s+)/);
  const spelledWords = spelling.split(/(\s+)/);
  if (printedWords.length !== spelledWords.length) return name;
  const out = printedWords.map((word, i) => {
    const want = spelledWords[i]!;
    if (/^\s+$/.test(word) || canonicalSyllable(word) === canonicalSyllable(want)) return word;
    // Letters in capitals as printed (`ĐÀI`, `UBND`) keep them; otherwise the printed word's case.
    return word === word.toLocaleUpperCase('vi') && word.length > 1 ? want.toLocaleUpperCase('vi') : applyCase(word, want.toLocaleLowerCase('vi'));
  });
  return `${out.join('')}${name.slice(end)}`;
}

/** `key` has single spaces; the text may have runs of white space where the key has one. */
function foldedStartsWith(folded: string, key: string): boolean {
  return endOfFoldedPrefix(folded, key) >= 0;
}

function endOfFoldedPrefix(folded: string, key: string): number {
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    if (key[k] === ' ') {
      if (!/\s/.test(folded[i] ?? '')) return -1;
      while (/\s/.test(folded[i] ?? '')) i++;
    } else if (folded[i] === key[k]) i++;
    else return -1;
  }
  return i;
}

let cached: AgencyLookup | null = null;

/** The lookup over dictionaries/agencies.txt, loaded once. */
export function defaultAgencyLookup(): AgencyLookup {
  if (cached) return cached;
  const path = DICTIONARY_URL.pathname;
  let text: string;
  try {
    text = readFileSync(DICTIONARY_URL, 'utf8');
  } catch (error) {
    throw new InputFileError(path, `cannot read the agency dictionary (${(error as Error).message})`);
  }
  const parsed = parseAgencyDictionary(text);
  if (!parsed.success) throw new InputFileError(path, `invalid agency dictionary: ${prettifyError(parsed.error).split('\n').join('; ')}`);
  cached = agencyLookup(parsed.data);
  return cached;
}

export interface AgencyContext {
  lines: readonly string[];
  sections: readonly SectionNode[];
  lookup: AgencyLookup;
  /** Place names of the plan's own header (`Đồng Nai` of `Ủy ban nhân dân tỉnh Đồng Nai`), as printed there. */
  places?: readonly string[];
  provenance: (line: number, raw: string) => Pick<Agency, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
}

// Words an organisation's name starts with (printed with a capital). Compared with their diacritics, so
// `Bố trí` is not `Bộ`; a name printed entirely without marks (imperfect restoration) is compared folded.
const ORG_HEADS = [
  'ủy ban', 'uỷ ban', 'ubnd', 'ub mttq', 'ubmttq', 'sở', 'ban', 'hội', 'đài', 'báo', 'công an', 'bộ', 'cục', 'chi cục', 'phòng',
  'trung tâm', 'trường', 'công chức', 'văn phòng', 'đoàn', 'liên đoàn', 'mặt trận', 'cổng thông tin', 'trang thông tin',
  'thư viện', 'bảo tàng', 'tỉnh đoàn', 'huyện đoàn', 'thành đoàn', 'viện', 'kho bạc', 'cơ quan', 'đảng ủy', 'đảng uỷ',
  'tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'thành ủy', 'bưu điện', 'bệnh viện', 'chi nhánh', 'ngân hàng', 'công ty',
  'thanh tra', 'tòa án', 'bảo hiểm', 'quỹ', 'thường trực', 'chi bộ', 'liên hiệp', 'nhà xuất bản', 'học viện', 'các', 'hđnd',
  'nhà trường', 'doanh nghiệp', 'chính quyền', 'thôn', 'bch', 'bộ chỉ huy', 'ban chỉ huy', 'bộ đội',
  'hội đồng', 'trạm', 'hạt', 'đồn', 'đội', 'tổ công tác', 'chi hội', 'ban quản lý', 'ban chỉ đạo', 'hợp tác xã',
  'điện lực', 'viettel', 'vnpt', 'mobifone', 'tổng công ty', 'tổng cục', 'cảnh sát', 'chi đoàn', 'ban điều hành', 'ban chấp hành',
  'ban thường vụ', 'ủy ban kiểm tra', 'lực lượng', 'phòng khám', 'liên minh', 'phòng giao dịch',
  'nhà văn hóa', 'nhà văn hoá', 'cảng vụ', 'vườn quốc gia', 'khu bảo tồn', 'trạm khuyến nông', 'nhà thiếu nhi', 'cung văn hóa', 'cung thiếu nhi', 'thuế cơ sở',
  // Heads of villages and residential groups, given duties like bodies (`Trưởng các thôn, bản`).
  'trưởng các', 'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng khu phố', 'tổ trưởng', 'trưởng công an', 'trưởng trạm',
  'trưởng tổ dân phố', 'trưởng khu dân cư',
  // A commune's staff given duties like a body (`Nhân viên thú y xã`, `Cán bộ Tư pháp - Hộ tịch xã`).
  'nhân viên', 'cán bộ',
];
// A lower-case piece of a list that starts a new body: `… và các tổ chức chính trị - xã hội`, `tổ chức xã hội …`.
const LOWER_GROUP = /^(cac\s+\p{L}+|to chuc)(?![\p{L}])/u;
// `Đề nghị …` (a request to a body outside the issuer's authority); OCR may garble its first syllable.
const REQUEST = /^((?:de|[a-z]{1,2}) nghi|giao|trach nhiem cua|doi voi|phan cong)\s+/;
/** The request opening a name (`Đề nghị`, `Giao`), matched folded; `Giáo dục` is no `Giao`. */
function requestAt(text: string): RegExpExecArray | null {
  const match = REQUEST.exec(fold(text));
  if (match && /^giao\s/.test(match[0]) && /^giao\s+duc(?![a-z])/.test(fold(text))) return null;
  return match;
}

// Duty phrases that open the sentence after a body's name (`Công an tỉnh bảo đảm an ninh …`, `Sở Tài chính tham
// mưu …`). Matched folded; a match counts where it is printed in lower case, or opens a line in capitals after a
// heading line that ended cleanly (`… và các đoàn thể` / `Vận động hội viên …`).
const DUTY_PHRASES = [
  'chu tri', 'phoi hop', 'co trach nhiem', 'chiu trach nhiem', 'tham muu', 'chi dao', 'huong dan', 'can cu', 'trien khai',
  'thuc hien', 'theo doi', 'bo tri', 'tuyen truyen', 'quan tam', 'dam bao', 'bao dam', 'tang cuong', 'day manh', 'la co quan',
  'la don vi', 'kiem tra', 'cung cap', 'xay dung', 'nghien cuu', 'dua tin', 'van dong', 'to chuc', 'don doc', 'tong hop',
  'ra soat', 'ho tro', 'tham gia', 'phat dong', 'phan anh', 'giam sat', 'chuan bi', 'lam tot', 'tiep tuc', 'ban hanh',
  'phat huy', 'quan ly', 'cap nhat', 'huy dong', 'boi duong', 'tap huan', 'gui',
  'bao cao', 'danh gia', 'de xuat', 'lap', 'chu dong', 'khan truong', 'nghiem tuc', 'ung pho', 'tiep nhan', 'duy tri',
  'phu trach', 'dieu phoi', 'huong ung', 'bao ve', 'van hanh', 'khai thac', 'xu ly', 'nang cao', 'tao dieu kien', 'sap xep',
  'dang tai', 'bien tap', 'phat song', 'cu can bo', 'lua chon', 'ky ket',
  'pho bien', 'long ghep', 'tham dinh', 'uu tien', 'cho vay', 'dam nhan', 'dam nhiem', 'tuan tra', 'san sang', 'kiem soat',
  'phat hien', 'thong ke', 'nam bat', 'dieu tra', 'quan triet', 'phan bo', 'can doi', 'dinh ky', 'thuong xuyen', 'tich cuc',
  'kip thoi', 'dieu dong', 'tu van', 'bo sung', 'hoan thanh', 'cai thien', 'nang cap', 'thu thap', 'tiep tuc',
  'theo chuc nang', 'trong pham vi', 'can cu chuc nang', 'co nhiem vu', 'du tru', 'chiu su', 'dong vien', 'khuyen khich',
  'tuyen dung', 'cong khai', 'niem yet', 'giai quyet', 'tiep can', 'nhan rong', 'chi tra', 'chuyen giao',
  'kien toan', 'cu', 'chap hanh',
  // Short words that are duties only as printed with their marks (or bare): see SHORT_DUTIES.
  'la', 'mo', 'giup', 'dua', 'lam dau moi', 'lam thuong truc',
];
// Duties that also make part of a name in lower case (`doanh nghiệp đưa người lao động đi làm việc ở nước
// ngoài`): they start the sentence only where they open a line in capitals after a complete heading line.
const LINE_START_DUTIES = new Set(['dua']);
// Folded duty words that stand for other words too (`là`/`lá`/`la`, `mở`/`mô`, `đưa`/`dừa`): they count only
// where printed as the duty or without any marks (an imperfect restoration).
const SHORT_DUTIES = new Map([
  ['la', 'là'],
  ['dua', 'đưa'],
  ['mo', 'mở'],
  ['giup', 'giúp'],
  ['lap', 'lập'],
  ['gui', 'gửi'],
  ['cu', 'cử'],
]);
const DUTY = new RegExp(String.raw`(?<![\p{L}])(?:${DUTY_PHRASES.join('|').replace(/ /g, '\\s+')})(?![\p{L}])`, 'gu');
// Where `tổ chức` (`quản lý`) names bodies, not a duty: `các tổ chức thành viên`, `tổ chức xã hội`, `Ban Quản lý`.
const NOT_A_DUTY_AFTER = /^\s+(?:chinh tri|xa hoi|thanh vien|doan the|hoi|nganh|kinh te|ton giao|co lien quan|du an)\b/;
// `Ban Quản lý dự án đầu tư xây dựng`: a duty word inside the lower-case part of a name.
// `Đội Quản lý trật tự xây dựng đô thị`: the order a body keeps is part of its name.
const NOT_A_DUTY_BEFORE = /(?:^|[\s,])(?:cac|nhung|(?<!dia\s)ban|phong|cac co quan,|dau tu|du an|trat tu)\s+$/;

/**
 * Offset in `body` where the duty sentence after a name starts (the name ends there), or -1. `lineStarts` holds
 * the offsets that open a printed line after a heading line that did not end in a connector.
 */
export function dutyStart(body: string, folded: string, lineStarts: ReadonlySet<number>): number {
  const exact = exactDutyStart(body, folded, lineStarts);
  const near = nearDutyStart(body, exact < 0 ? folded : folded.slice(0, exact));
  return near >= 0 ? near : exact;
}

function exactDutyStart(body: string, folded: string, lineStarts: ReadonlySet<number>): number {
  for (const match of folded.matchAll(DUTY)) {
    const at = match.index;
    if (at === 0) continue;
    const printed = body.slice(at, at + match[0].length);
    // The first letter decides: OCR flips the case of letters inside a word (`theo dOi`), a name's capital stays.
    const lowerCase = printed[0] === printed[0]!.toLocaleLowerCase('vi');
    if (!lowerCase && !lineStarts.has(at)) continue;
    if (LINE_START_DUTIES.has(match[0]) && lowerCase) continue;
    const short = SHORT_DUTIES.get(match[0]);
    if (short !== undefined && printed.toLocaleLowerCase('vi') !== short && printed.toLocaleLowerCase('vi') !== match[0]) continue;
    const namesBodies = /^(?:to chuc|quan ly)$/.test(match[0].replace(/\s+/g, ' '));
    if (namesBodies && NOT_A_DUTY_AFTER.test(folded.slice(at + match[0].length))) continue;
    // `bản` (a village: `các thôn, bản rà soát`) is no `Ban` of a name.
    const before = body.slice(Math.max(0, at - 20), at);
    if (lowerCase && NOT_A_DUTY_BEFORE.test(folded.slice(Math.max(0, at - 20), at)) && !/(?:^|[\s,])bản\s+$/u.test(before)) continue;
    // `Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên …`: the kind of education a centre gives, in its name.
    if (match[0] === 'thuong xuyen' && /giao duc\s+$/.test(folded.slice(Math.max(0, at - 12), at))) continue;
    return at;
  }
  return -1;
}

// Duties of two words or more, seven letters or more, that restoration may leave one letter off (`theo đi` for
// `theo dõi`, `vậu động`); shorter ones are too close to the words of names.
const NEAR_DUTIES = [...new Set(DUTY_PHRASES)].filter((phrase) => phrase.includes(' ') && phrase.length >= 7 && !/^(?:to chuc|quan ly)$/.test(phrase));

/** Where a duty printed one letter off starts, in lower case after the first word; -1 when none does. */
function nearDutyStart(body: string, folded: string): number {
  const words = [...folded.matchAll(/[a-z]+/g)];
  for (let i = 1; i < words.length; i++) {
    const at = words[i]!.index;
    if (body[at] !== body[at]!.toLocaleLowerCase('vi')) continue;
    for (const phrase of NEAR_DUTIES) {
      const size = phrase.split(' ').length;
      const last = words[i + size - 1];
      if (last === undefined) continue;
      const printed = folded.slice(at, last.index + last[0].length);
      if (/[^a-z ]/.test(printed) || Math.abs(printed.length - phrase.length) > 1) continue;
      // A capital inside is a name's next word (`Nhà Văn hóa Thanh niên` is no `hoàn thành`).
      if (/\p{Lu}/u.test(body.slice(at, last.index + last[0].length))) continue;
      if (editDistance(printed, phrase) === 1 && !NOT_A_DUTY_BEFORE.test(folded.slice(Math.max(0, at - 20), at))) return at;
    }
  }
  return -1;
}

// Words a known body's name may be followed by and still be its name: the level and place it serves
// (`Công an tỉnh`, `Ủy ban nhân dân các huyện, thành phố`). A phrase counts only whole (`thành phố`, not `phố`
// alone), and each word only as printed here or without any marks.
const LOCALITY_PHRASES = [
  'tỉnh', 'huyện', 'xã', 'thị trấn', 'thành phố', 'thị xã', 'quận', 'phường', 'các', 'cấp', 'thôn', 'bản', 'ấp', 'khu',
  'khu phố', 'khu vực', 'khu dân cư', 'tổ dân phố', 'trung ương', 'nhà nước', 'và', 'buôn', 'sóc', 'làng', 'khóm',
].map((phrase) => phrase.split(' '));

/** Number of words at the start of `words` that make a locality phrase (0 when none does). */
function localityLength(words: readonly string[]): number {
  let best = 0;
  for (const phrase of LOCALITY_PHRASES) {
    if (phrase.length <= best || phrase.length > words.length) continue;
    const fits = phrase.every((want, i) => {
      const word = words[i]!.toLocaleLowerCase('vi');
      return word === want || (word === fold(want) && word === fold(word));
    });
    if (fits) best = phrase.length;
  }
  return best;
}

/**
 * A known body's name printed into its sentence (`Công an tỉnh bảo đảm …`): the name is the longest known
 * name at the start, then its locality words and capitalised place names; it ends at the first other word.
 */
export function trimToKnownName(name: string, lookup: AgencyLookup): string {
  const known = lookup.knownPrefix(name);
  if (known === 0) return name;
  let end = known;
  // A name printed without any marks (a line restoration left alone) gets none on its last word either.
  const unmarked = fold(name) === name.toLocaleLowerCase('vi').replace(/đ/g, 'd');
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
    const notALevel = folded === 'cap' && fold(before) !== 'cac' && !/^(?:xa|huyen|tinh|co|thon|quan|phuong|trung|thanh|thi)$/.test(fold(following[0] ?? ''));
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
    if (!capitalised && !locality && !joiner && !inField) break;
    if (capitalised && fieldWords >= 0) fieldWords = 1;
    else if (inField) fieldWords++;
    else if (!joiner) fieldWords = -1;
    if (locality) localityTaken = true;
    if (phrase > 1) pendingWords = phrase - 1;
    end = known + match.index + match[0].length - (match[1]!.length - word.length);
  }
  return (name.slice(0, known) + rest).slice(0, end).replace(/[\s,]+$/, '');
}

/** How many words from `word` on make a piece of a unit's own name (`Cửa khẩu quốc tế`, `số 3`), or 0. */
function carriedNameWords(word: string, following: readonly string[]): number {
  const folded = [word, ...following.slice(0, 3)].map((w) => fold(w));
  if (folded[0] === 'so' && /^\d{1,2}$/.test(following[0] ?? '')) return 2;
  // A party committee that a body belongs to (`Ban Tuyên giáo và Dân vận Huyện ủy`, `Văn phòng Tỉnh ủy`).
  if (/^(?:huyen|tinh|thanh|thi|quan|dang)$/.test(folded[0]!) && /^\p{Lu}/u.test(word) && /^(?:uy|ủy|uỷ)$/u.test(following[0] ?? '')) return 2;
  if (folded[0] === 'cua' && folded[1] === 'khau' && /^\p{Lu}/u.test(word)) return folded[2] === 'quoc' && folded[3] === 'te' ? 4 : 2;
  return 0;
}

// Locality words whose marks restoration may get wrong (`các phương, xa`, `thì trận`) and whose bare form is no
// common word of a sentence; a phrase of several words is always safe.
const MARKS_FIXABLE = new Set(['xa', 'phuong', 'huyen', 'tinh', 'thon', 'quan']);
// Words of their own that fold like a locality (`Sở Y tế quan tâm`, `Phòng … quản lý`): never a damaged `quận`.
const LOCALITY_LOOKALIKES = new Set(['quan', 'quân', 'quản', 'quán', 'quần', 'quen', 'quên', 'quyền']);
const LIST_OPENERS = new Set(['cac', 'cap']);
const NEVER_A_PREDICATE = new Set(['huyen', 'phuong', 'xa', 'quan']);
const LOCALITY_FIRST_WORDS = new Set(LOCALITY_PHRASES.map((phrase) => fold(phrase[0]!)).filter((word) => word !== 'va'));

/**
 * The run of locality words after a known name, with each word's marks put right where its folded form is a
 * locality phrase (`các phương, xa` → `các phường, xã`). Same length, so offsets hold; stops at the first word
 * that is neither a locality nor `và` nor capitalised.
 */
function withLocalityMarks(rest: string, fixLastWord = true): string {
  const tokens = [...rest.matchAll(/[^\s,;:.]+/gu)];
  let out = rest;
  for (let k = 0; k < tokens.length; ) {
    const word = tokens[k]![0];
    if (/^\p{Lu}/u.test(word) || fold(word) === 'va') {
      k++;
      continue;
    }
    let fixed = 0;
    for (const phrase of LOCALITY_PHRASES) {
      if (phrase.length > tokens.length - k || phrase.length <= fixed) continue;
      const printed = tokens.slice(k, k + phrase.length).map((t) => t[0]);
      // A single locality word of four letters or more may also be one letter off (`tỉuh`, `huyệu`), same length.
      const near = (p: string, want: string) =>
        fold(p) === fold(want) || (phrase.length === 1 && want.length >= 4 && MARKS_FIXABLE.has(fold(want)) && editDistanceAtMost1(fold(p), fold(want)));
      if (!printed.every((p, i) => /^\p{Ll}+$/u.test(p) && near(p, phrase[i]!) && p.length === phrase[i]!.length)) continue;
      // A single word only inside a list of localities (after `các`, `và` or a comma): `xã xa` is not `xã xã`.
      const inList = k > 0 && (/,/.test(rest.slice(tokens[k - 1]!.index + tokens[k - 1]![0].length, tokens[k]!.index)) || /^(?:cac|va)$/.test(fold(tokens[k - 1]![0])));
      // The one word that ends the name right after the known part (`Trạm Y tế phương`, `Công an tính,`): no
      // sentence word stands there.
      const endsName = fixLastWord && k === 0 && tokens.length === 1 && /^\s*[,;:.]?\s*$/.test(rest.slice(tokens[0]!.index + tokens[0]![0].length));
      // … or followed by the end of the name, a comma, `và` or a place name (`Trung tâm Y tế huyến,`); `các`/`cấp`
      // where another locality follows (`cạc xã, thị trấn`).
      const after = rest.slice(tokens[k]!.index + tokens[k]![0].length);
      const boundary = fixLastWord && /^\s*(?:$|[,;:.]|và\s|\p{Lu})/u.test(after);
      const nextLocality = fixLastWord && tokens[k + 1] !== undefined && LOCALITY_FIRST_WORDS.has(fold(tokens[k + 1]![0]));
      const folded = fold(phrase[0]!);
      // Right after the known name, `huyền`, `phương` or `xa` begin no sentence (`tính` may: `tính toán`).
      const firstAfterName = fixLastWord && k === 0 && NEVER_A_PREDICATE.has(folded);
      const lookalike = phrase.length === 1 && LOCALITY_LOOKALIKES.has(printed[0]!.toLocaleLowerCase('vi'));
      const fixable = (MARKS_FIXABLE.has(folded) && !lookalike && (inList || endsName || boundary || firstAfterName)) || (LIST_OPENERS.has(folded) && nextLocality);
      if (phrase.length === 1 && printed[0] !== phrase[0] && !fixable) continue;
      fixed = phrase.length;
      phrase.forEach((marked, i) => {
        const at = tokens[k + i]!.index;
        out = out.slice(0, at) + marked + out.slice(at + marked.length);
      });
    }
    if (fixed === 0) break;
    k += fixed;
  }
  return out;
}

// Two-word names of administrative units, whose second word restoration may leave one letter off (`thị trên`).
const LOCALITY_PAIRS = ['thị trấn', 'thành phố', 'thị xã'];

function repairedLocality(previous: string, word: string): string {
  for (const pair of LOCALITY_PAIRS) {
    const [first, second] = pair.split(' ') as [string, string];
    // `và` is a word of its own (`Đô thị và Môi trường`), never a damaged `xã`.
    if (fold(previous) !== fold(first) || fold(word) === fold(second) || word.length !== second.length || fold(word) === 'va') continue;
    if (/^\p{Ll}+$/u.test(word) && editDistanceAtMost1(fold(word), fold(second))) return second;
  }
  return word;
}

// Chairing: `chủ trì`, `(là) cơ quan thường trực`, `là đầu mối`, `làm thường trực`.
const LEAD = /\bchu tri\b|co quan thuong truc|(?:co quan|don vi|la|lam) dau moi|la co quan chu tri|(?:la|lam) thuong truc|thuong truc (?:ban chi dao|giup)/g;

/** True when a name part starts like an organisation (`Sở …`, `Hội …`, `các tổ chức …`). */
export function startsLikeOrganisation(part: string): boolean {
  const text = part.trim().normalize('NFC');
  const folded = fold(text);
  if (!/^\p{Lu}/u.test(text)) {
    if (LOWER_GROUP.test(folded)) return true;
    // OCR lowers a capital now and then (`phòng Dân tộc`, `sở Y tế`): a head followed by a capitalised word still is one.
    const capitalised = text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
    const head = /^\p{L}+(?:\s\p{Ll}+)?\s(?=\p{Lu})/u.exec(capitalised);
    return head !== null && /^\p{Lu}/u.test(capitalised) && startsLikeOrganisation(capitalised) && !/^(?:Các|Những|Cơ quan|Thôn)\s/u.test(capitalised);
  }
  // A body named by its acronym and level (`TTYT huyện`, `BCHQS xã:`, `UBMTTQ tỉnh`): capitals only, then a
  // locality word, a colon or the end.
  if (/^[A-ZĐ][A-ZĐ&-]{2,}(?=\s*(?::|$|\s(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)(?![\p{L}])))/u.test(text)) return true;
  const lower = text.toLocaleLowerCase('vi');
  const unmarked = folded === lower.replace(/đ/g, 'd');
  return headMatches(text, unmarked ? folded : lower, unmarked) || (!unmarked && foldedHeadAllowed(lower) && headMatches(text, folded, true));
}

// Printed words that fold like a head but are words of their own before a capitalised word (`Trưởng Ban`, `Bão
// Yagi`, `Đại Hội`, places such as `Bảo Lâm`); `Trưởng` stands for `Trường` only before a kind of school.
const FOLDED_HEAD_STOP = /^(?:trưởng|bão|bảo|đại|bồ|hồi|quý|số)(?![\p{L}])/u;
const SCHOOL_KIND = /^truong\s+(?:mam non|mau giao|tieu hoc|trung hoc|thcs|thpt|pho thong|cao dang|dai hoc|chinh tri|ptdt)/;

/**
 * Restoration may leave a head with other marks (`Thành Đoan`, `Bảo Lạng Sơn`, `Trưởng Tiểu học`): the head is
 * compared folded unless its printed word is a word of its own there.
 */
function foldedHeadAllowed(lower: string): boolean {
  if (!FOLDED_HEAD_STOP.test(lower)) return true;
  return SCHOOL_KIND.test(fold(lower));
}

function headMatches(text: string, subject: string, folded: boolean): boolean {
  return ORG_HEADS.some((head) => {
    const key = folded ? fold(head) : head;
    if (subject === key) return true;
    if (!subject.startsWith(key) || !/^[\s,;:]/.test(subject.slice(key.length))) return false;
    // Staff name a body only by their post (`Nhân viên thú y xã`), not as a class (`Cán bộ, công chức …`).
    if (STAFF_HEADS.has(fold(key)) && !/^\s+(?!va\s|cong chuc|vien chuc)\S/.test(fold(subject.slice(key.length)))) return false;
    // A one-word head names a body only when a name follows (`Báo Lạng Sơn`, `Phòng Văn hóa`, `Sở VHTTDL`),
    // not a common word (`Báo cáo`, `Phòng chống`, `Ban hành`, `Trường hợp`).
    if (key.includes(' ') || !SINGLE_WORD_HEADS.has(fold(head))) return true;
    const next = text.slice(key.length).trim();
    return /^[\p{Lu}\d]/u.test(next);
  });
}

const STAFF_HEADS = new Set(['nhan vien', 'can bo']);
const SINGLE_WORD_HEADS = new Set(['so', 'ban', 'hoi', 'dai', 'bao', 'bo', 'cuc', 'phong', 'truong', 'doan', 'vien', 'quy', 'thon', 'tram', 'hat', 'don', 'doi']);

/** Splits `Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và …` into names; commas inside a name (`Sở Văn hóa, Thể thao và Du lịch`) stay. */
export function splitAgencyNames(text: string, lookup?: AgencyLookup): { name: string; offset: number }[] {
  const pieces: { text: string; offset: number; separator: string }[] = [];
  // Matched folded (same length as the text), so a name printed without its marks splits the same way.
  const separator = /\s*[,;]\s*|\s+va\s+|\s+(?=cac\s+(?:to chuc|co quan|don vi|hoi|doan the)(?![a-z]))/gi;
  let last = 0;
  let previousSeparator = '';
  for (const match of fold(text).matchAll(separator)) {
    pieces.push({ text: text.slice(last, match.index), offset: last, separator: previousSeparator });
    previousSeparator = text.slice(match.index, match.index + match[0].length);
    last = match.index + match[0].length;
  }
  pieces.push({ text: text.slice(last), offset: last, separator: previousSeparator });
  const names: { name: string; offset: number }[] = [];
  // A known name runs over separators (`Văn phòng HĐND và UBND huyện`): pieces inside it stay with it.
  let knownUntil = 0;
  for (const [k, piece] of pieces.entries()) {
    if (piece.text.trim() === '') continue;
    const current = names.at(-1);
    // The fields of a department's name listed with commas (`Phòng Bưu chính, Viễn thông và Công nghệ thông
    // tin`): a piece known only by an alias, then `và` and a field that starts no body, goes on the name.
    const next = pieces[k + 1];
    if (current && /^(?:Sở|Phòng|Bộ|Cục|Vụ|Ban|Trung tâm)\s/u.test(current.name.trim()) && /,/.test(piece.separator) && !startsLikeOrganisation(piece.text) &&
      next !== undefined && /^\s+và\s+$/iu.test(next.separator) && /^\p{Lu}/u.test(next.text) && !startsLikeOrganisation(next.text) &&
      (lookup === undefined || lookup.knownPrefix(next.text) === 0)) {
      current.name += `${piece.separator}${piece.text}`;
      continue;
    }
    if (current && piece.offset < knownUntil) {
      current.name += `${piece.separator}${piece.text}`;
      continue;
    }
    // A piece that starts with a known name is a body even where OCR lowered its capitals (`Đài phát thanh …`).
    const body = startsLikeOrganisation(piece.text) || (lookup !== undefined && lookup.knownPrefix(text.slice(piece.offset).trim()) > 0);
    if (current && !body) current.name += `${piece.separator}${piece.text}`;
    else {
      names.push({ name: piece.text, offset: piece.offset });
      const start = piece.offset + (piece.text.length - piece.text.trimStart().length);
      if (lookup !== undefined) knownUntil = start + lookup.knownPrefix(text.slice(start));
    }
  }
  return names.map(({ name, offset }) => ({ name: name.replace(/[\s:;.,]+$/, ''), offset }));
}

/**
 * The implementation part: `TỔ CHỨC THỰC HIỆN` (or a part on responsibilities); in a short plan without Roman
 * parts, the numbered item of that name.
 */
function implementationPart(sections: readonly SectionNode[]): SectionNode | null {
  const parts = sections.filter((node) => node.kind === 'part');
  const items = [...walkSections(sections)].filter((node) => node.kind === 'item');
  const titled = (pattern: RegExp) => (node: SectionNode) => pattern.test(fold(node.title));
  return (
    parts.find(titled(/to chuc thuc hien/)) ??
    parts.find(titled(/trach nhiem|phan cong/)) ??
    items.find(titled(/^to chuc thuc hien$/)) ??
    partOfBodies(parts)
  );
}

/**
 * Where the heading of the implementation part was lost, the last part whose numbered items mostly open with
 * the name of a body (`1. Sở …`, `2. Công an …`) stands for it.
 */
function partOfBodies(parts: readonly SectionNode[]): SectionNode | null {
  for (const part of [...parts].reverse()) {
    const items = part.children.filter((node) => node.kind === 'item');
    const bodies = items.filter((node) => startsLikeOrganisation(node.title)).length;
    if (items.length >= 2 && bodies * 2 > items.length) return part;
  }
  return null;
}

/** Organisations given a responsibility in the implementation part, one entry each, with role and tasks. */
export function extractAgencies(context: AgencyContext): Agency[] {
  const part = implementationPart(context.sections);
  if (!part) return [];
  const agencies: Agency[] = [];
  const seen = new Set<string>();
  const width = wrapWidth(context.lines);
  const levelHead = departmentHead(new FlowText(context.lines, part.startLine, part.endLine).text);
  const collect = (node: SectionNode): Agency[] => {
    const found = agenciesOfNode(node, context, width, levelHead);
    if (node.kind === 'bullet') return found;
    if (found.length === 0) return node.children.flatMap(collect);
    // `1. Các cơ quan chuyên môn thuộc UBND huyện` over `a) Phòng …: …` / `b) Phòng …: …` labels a group whose
    // members are given their duties below: the members are the agencies.
    if (found.every((agency) => GROUP_LABEL.test(agency.name)) && node.children.some((child) => child.kind !== 'bullet')) {
      const members = node.children.flatMap(collect);
      if (members.length > 0) return members;
    }
    // `8. UBND các huyện, thị xã, thành phố` / `- UBND thành phố Bắc Giang, UBND thị xã Việt Yên chủ trì …`: a bullet
    // that opens with other bodies and their duty gives those bodies a responsibility of their own.
    // The same body abbreviated (`5. Phòng Tài chính - Kế hoạch, …` / `- Phòng TC-KH bố trí …`) is no other one.
    const keyOf = (agency: Agency) => fold(context.lookup.canonical(agency.name) ?? agency.name);
    const named = new Set(found.map(keyOf));
    const members = memberBullets(node, context.lines)
      .flatMap((child) => agenciesOfNode(child, context, width, levelHead))
      .filter((agency) => !named.has(keyOf(agency)) && !named.has(fold(agency.name)));
    return [...found, ...members];
  };
  const numbered = part.children.some((child) => child.kind !== 'bullet');
  const prose = numbered ? [] : proseParagraphs(part, context.lines);
  for (const agency of [...prose, ...part.children].sort((a, b) => a.startLine - b.startLine).flatMap(collect)) {
    const key = fold(agency.name);
    if (seen.has(key)) continue;
    seen.add(key);
    agencies.push(agency);
  }
  return agencies;
}

const GROUP_LABEL = /^(?:các|những)\s/iu;

/**
 * An implementation part written as prose (`Giao Công chức … chủ trì …` / `Công chức … tham mưu …`): each
 * paragraph of its own text stands for an unnumbered item, read like a bullet (a colon or a duty must follow
 * the name). A paragraph starts on a line after one that ends a sentence.
 */
function proseParagraphs(part: SectionNode, lines: readonly string[]): SectionNode[] {
  const { start, end } = ownLineRange(part);
  const paragraphs: SectionNode[] = [];
  let open: SectionNode | null = null;
  for (let line = start + 1; line <= end; line++) {
    const text = (lines[line - 1] ?? '').trim();
    if (text === '') {
      open = null;
      continue;
    }
    if (open === null || /[.;:]$/.test((lines[line - 2] ?? '').trim())) {
      open = { number: '-', title: '', level: part.level + 1, path: part.path, kind: 'bullet', startLine: line, endLine: line, text: '', children: [] };
      paragraphs.push(open);
    } else open.endLine = line;
  }
  return paragraphs;
}

const GATHERING_HEADING = /^(?:trach nhiem cua )?cac (?:co quan|don vi|so|nganh|to chuc)(?:,? (?:don vi|co quan|nganh|to chuc))* (?:khac|lien quan)$/;

function agenciesOfNode(node: SectionNode, context: AgencyContext, width: number | null, levelHead: string | null): Agency[] {
  const { start, end } = ownLineRange(node);
  const flow = new FlowText(context.lines, start, end);
  const markerLength = NUMBERING_MARKER.exec(flow.text)?.[0].length ?? 0;
  const body = flow.text.slice(markerLength);
  const folded = flow.folded.slice(markerLength);
  let paragraphEnd = body.search(/\n/) < 0 ? body.length : body.search(/\n/);
  // Offsets where a printed line opens after a heading line that ended cleanly: a duty in capitals there
  // (`… và các đoàn thể` / `Vận động …`) starts the sentence after the name.
  const lineStarts = new Set<number>();
  // A short heading line followed by a line in capitals (`1. Sở Y tế` / `Chủ trì …`) ends the name there.
  let headingOpen = true;
  for (let line = start + 1; line <= end; line++) {
    const at = firstOffsetOfLine(flow, line) - markerLength;
    if (at <= 0 || at >= paragraphEnd) continue;
    const previous = context.lines[line - 2] ?? '';
    if (headingOpen && !headingContinues(previous, context.lines[line - 1] ?? '', width)) {
      paragraphEnd = at;
      headingOpen = false;
    }
    if (!CONNECTOR_AT_END.test(fold(previous).trim())) lineStarts.add(at);
  }
  const colon = body.slice(0, paragraphEnd).search(/:/);
  let nameEnd = colon >= 0 ? colon : paragraphEnd;
  let duty = -1;
  if (colon < 0) {
    duty = dutyStart(body.slice(0, paragraphEnd), folded.slice(0, paragraphEnd), lineStarts);
    if (duty >= 0) nameEnd = duty;
    const sentence = body.slice(0, nameEnd).search(/[.;](\s|$)/);
    if (sentence >= 0) nameEnd = sentence;
  }
  // A bullet names a body when a colon or a duty follows the name (`- Công an huyện: …`, `- Công an huyện chủ trì …`).
  if (node.kind === 'bullet' && colon < 0 && (duty < 0 || duty > nameEnd)) return [];
  let nameText = body.slice(0, nameEnd);
  let nameOffset = markerLength;
  const request = requestAt(nameText);
  if (request) {
    nameText = nameText.slice(request[0].length);
    nameOffset += request[0].length;
    // `Trách nhiệm của các cơ quan` labels a group whose members come below it, not an agency.
    if (!/^\p{Lu}/u.test(nameText) && node.children.length > 0) return [];
  }
  if (nameText.length > 160) return [];
  nameText = withLookAlikeHead(withHeadMarksRepaired(withSoRepaired(nameText, context.lookup), context.lookup));
  const papered = withPaperHead(nameText, context.places ?? []);
  nameOffset -= papered.length - nameText.length;
  nameText = papered;
  // A heading whose first word OCR damaged (`Công chế Tài chính - Kế toán xã:`) is still a known body.
  // So is one that starts with a known name whose capitals OCR lowered (`sở Nông nghiệp …`, `Hội khuyến học`).
  let known = context.lookup.knownPrefix(nameText.trim()) > 0 || context.lookup.repair(nameText) !== null;
  const bareAcronym = /^[A-ZĐ&-]{3,}$/u.test(nameText.trim());
  if ((!startsLikeOrganisation(nameText) || bareAcronym) && !known && node.kind !== 'bullet' && levelHead !== null) {
    // A numbered heading whose head OCR lost (`3. Tài nguyên và Môi trường`, `3. ở Tài chính`) names the
    // department of that field at the level the plan's other bodies are named at.
    const headed = withLostHead(nameText, levelHead, context.lookup);
    if (headed !== null) {
      nameOffset -= headed.length - nameText.length;
      nameText = headed;
      known = true;
    }
  }
  if (!startsLikeOrganisation(nameText) && !known) return [];

  // A heading that only gathers the bodies its bullets name (`3. Các đơn vị khác` / `- Bưu điện tỉnh: …`) is none itself.
  if (GATHERING_HEADING.test(fold(squash(nameText))) && squash(body.slice(nameEnd)).replace(/^[:.\s]+/, '') === '' && memberBullets(node, context.lines).length > 0) {
    return [];
  }
  // A bullet that opens with another body speaks of that body's role, not of this one's.
  const others = node.kind === 'bullet' ? [] : memberBullets(node, context.lines).filter((child) => !fold(stripMarker(nodeText(child, context.lines))).startsWith(fold(squash(stripMarker(nameText))).slice(0, 12)));
  const allText = fold(beforeOtherBodysClause(textWithout(node, others, context.lines), nameText));
  const role: Agency['role'] = isLead(allText) ? 'lead' : 'participant';
  const names = withSiblingLocality(splitAgencyNames(nameText, context.lookup));
  // Where a known name ended before the cut (`Công an tỉnh canh gác …`), the rest of the sentence is a task too.
  const lastName = names.at(-1);
  const lastPiece = lastName ? squash(lastName.name) : '';
  const spill = lastName && names.length === 1 ? lastPiece.slice(trimToKnownName(lastPiece, context.lookup).length) : '';
  const ownRest = body.slice(nameEnd + (colon >= 0 ? 1 : 0));
  const tasks = tasksOf(node, context.lines, spill === '' || /^[\s.,;:]/.test(ownRest) ? `${spill}${ownRest}` : `${spill} ${ownRest}`);
  const agencies = names.map(({ name, offset }) => {
    const at = nameOffset + offset + (nameText.slice(offset).length - nameText.slice(offset).trimStart().length);
    return agencyOf(name, at, names.length > 1 ? ownRole(name, node, context.lines) ?? role : role, tasks, flow, context);
  });
  const later = laterClauseAgencies(body, nameEnd, markerLength, flow, context, colon >= 0 ? colon : null);
  // `2. Các phòng, ban, ngành huyện: Phòng Kinh tế … chủ trì …; Phòng Tài chính … bố trí …`: the label gathers
  // the bodies named after its colon, each with its own duty; it is no body itself.
  const gathered = colon >= 0 && /^cac\s/.test(fold(squash(nameText))) && later.length > 0 && startsWithOwnBody(body.slice(colon + 1));
  return gathered ? later : [...agencies, ...later];
}

/**
 * The head the plan's departments are named with (`Sở` in a province's plan, `Phòng` in a district's): the one its
 * implementation part prints more often before a capitalised field, or null when it prints neither.
 */
function departmentHead(text: string): string | null {
  const count = (head: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${head}\\s+\\p{Lu}`, 'gu'))].length;
  const so = count('Sở');
  const phong = count('Phòng');
  if (so === phong) return null;
  return so > phong ? 'Sở' : 'Phòng';
}

// What OCR may leave of a lost head: nothing, or one or two signs or letters (`ở`, `S`, `$`).
const HEAD_REMNANT = /^(?:[^\s\p{Lu}]{1,2}|[S$5]\S?)\s+(?=\p{Lu})/u;

/** `Tài nguyên và Môi trường …` → `Sở Tài nguyên và Môi trường …` where the field is a known department's. */
function withLostHead(text: string, head: string, lookup: AgencyLookup): string | null {
  const trimmed = text.trimStart();
  const field = trimmed.replace(HEAD_REMNANT, '');
  if (!/^\p{Lu}/u.test(field)) return null;
  const headed = `${head} ${field}`;
  const known = lookup.knownPrefix(headed);
  // The field must be a known one of two words or more (`Tài chính`, `Y tế`) or its acronym (`GDĐT`), not a word
  // of the sentence.
  const fieldWords = headed.slice(head.length + 1, known).trim().split(/\s+/);
  if (known === 0 || (fieldWords.length < 2 && !/^[A-ZĐ&-]{3,}$/u.test(fieldWords[0] ?? ''))) return null;
  return headed;
}

/**
 * The role of one of several bodies a heading names, from the bullet under it that opens with its name
 * (`6. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa …` / `- Phòng Văn hóa và Thông tin chủ trì …` / `- Trung tâm …
 * treo …`); null when no bullet does.
 */
function ownRole(name: string, node: SectionNode, lines: readonly string[]): Agency['role'] | null {
  const key = fold(squash(name));
  if (key.length < 6) return null;
  for (const child of node.children) {
    const text = fold(stripMarker(nodeText(child, lines)));
    if (text.startsWith(key)) return isLead(text) ? 'lead' : 'participant';
  }
  return null;
}

/** One agency from a printed name piece starting at `at` in the flow text. */
function agencyOf(name: string, printedAt: number, role: Agency['role'], tasks: string[], flow: FlowText, context: AgencyContext): Agency {
  const at = Math.max(0, printedAt);
  const source = context.lookup.repairWords(squash(name));
  const repaired = context.lookup.repair(source);
  const trimmed = context.lookup.respell(trimProperNamed(trimToKnownName(repaired ?? source, context.lookup)));
  const printed = matchPlaces(withoutAbbreviation(trimmed), context.places ?? []);
  // The span as printed: a repaired name keeps the printed length of the piece it came from.
  const rawLength = repaired ? squash(name).length : trimmed.length;
  return {
    name: printed,
    canonical: context.lookup.canonical(printed),
    role,
    tasks,
    ...context.provenance(flow.lineAt(at), flow.rawSpan(at, at + rawLength)),
  };
}

/**
 * `Trung tâm … huyện (TTVHTT&TT)`: the short form a plan puts in brackets after a name is no part of it, nor is a
 * contact in brackets (`Nhân viên thú y xã (ông …, điện thoại 0912.447.083)`).
 */
function withoutAbbreviation(name: string): string {
  return name.replace(/\s*\((?:[^()]{1,30}|(?:ông|bà|đồng chí|ong|ba|óng)\s[^()]*|[^()]*\d{4}[.\s]?\d{3}[^()]*)\)$/iu, '');
}

/**
 * A numbered item that gives a second body its own duty in a later clause (`… vận động hội viên; Hội Chữ thập đỏ
 * phường tham gia sơ cứu`): a clause after `;` that opens with a capitalised body name followed by a duty names
 * that body too, with the clause as its task and its own role. `from` is where the item's first name ended in `body`.
 */
function laterClauseAgencies(body: string, from: number, markerLength: number, flow: FlowText, context: AgencyContext, colon: number | null = null): Agency[] {
  const found: Agency[] = [];
  const openers = [...body.matchAll(/[;.]\s+/g)].map((match) => ({ index: match.index, length: match[0].length }));
  if (colon !== null) openers.unshift({ index: colon, length: /^:\s*/.exec(body.slice(colon))![0].length });
  for (const match of openers) {
    const start = match.index + match.length;
    if (start < from) continue;
    const clauseEnd = body.slice(start).search(/;|\.(?:\s|$)/);
    let clause = body.slice(start, clauseEnd < 0 ? body.length : start + clauseEnd);
    let offset = start;
    const request = requestAt(clause);
    if (request) {
      clause = clause.slice(request[0].length);
      offset += request[0].length;
    }
    if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause)) continue;
    // A duty in capitals opening a printed line (`Sở Nội vụ` / `Đưa nội dung …`) ends the name there.
    const lineStarts = new Set<number>();
    for (let i = 1; i < clause.length; i++) {
      const at = markerLength + offset + i;
      if (/\S/.test(clause[i]!) && flow.lineAt(at) !== flow.lineAt(at - 1)) lineStarts.add(i);
    }
    const duty = dutyStart(clause, fold(clause), lineStarts);
    if (duty <= 0 || duty > 100 || clause.slice(0, duty).includes(':')) continue;
    const role: Agency['role'] = isLead(fold(clause)) ? 'lead' : 'participant';
    const tasks = [squash(clause.slice(duty))];
    for (const { name, offset: within } of splitAgencyNames(clause.slice(0, duty), context.lookup)) {
      found.push(agencyOf(name, markerLength + offset + within, role, tasks, flow, context));
    }
  }
  return found;
}

// `Sở` as OCR and restoration leave it (`SG`, `S6`, `Sé`, `Số`), at the start of a name in a list.
const MISREAD_SO = /(^|,\s*|\svà\s)((?:[S$5][^\s\p{L}])|(?:S\p{L}))(?=\s\p{Lu})/gu;

/** `SG Thông tin và Truyền thông` → `Sở Thông tin …` where the field then names a known department (same length). */
export function withSoRepaired(text: string, lookup: AgencyLookup): string {
  let out = text;
  for (const match of text.matchAll(MISREAD_SO)) {
    if (match[2] === 'Sở') continue;
    const at = match.index + match[1]!.length;
    const candidate = `Sở${text.slice(at + 2)}`;
    if (lookup.knownPrefix(candidate) > 3) out = `${out.slice(0, at)}Sở${out.slice(at + 2)}`;
  }
  // Glued to its field (`S&'Tài nguyên và Môi trường`): three signs where `Sở ` stood.
  for (const match of out.matchAll(MISREAD_SO_GLUED)) {
    const at = match.index + match[1]!.length;
    if (lookup.knownPrefix(`Sở ${out.slice(at + 3)}`) > 3) out = `${out.slice(0, at)}Sở ${out.slice(at + 3)}`;
  }
  // A department's own office and inspectorate (`Văn phòng Sẽ`, `Thanh tra S6`): nothing else is named so.
  return out.replace(MISREAD_SO_OF_OFFICE, (_whole, head: string) => `${head}Sở`);
}

const MISREAD_SO_GLUED = /(^|,\s*|\svà\s)[S$5][^\s\p{L}\d]{2}(?=\p{Lu})/gu;
const MISREAD_SO_OF_OFFICE = /((?:^|[\s,])(?:Văn phòng|Thanh tra)\s)(?!Sở)[S$5][^\s,;:.]?(?=$|[\s,;:.])/gu;

// Letters OCR takes for one another (`Hộl` for `Hội`, `Công on` for `Công an`, `huyệu` for `huyện`).
const LOOK_ALIKE_PAIRS = new Set(['i|l', 'l|i', 'u|n', 'n|u', 'a|o', 'o|a', 'c|e', 'e|c', 'h|b', 'b|h', 't|f', 'f|t', 'g|q', 'q|g', 'n|r', 'r|n', 'm|n', 'n|m']);

/** True when `printed` is `word` with exactly one letter read as its look-alike (marks kept as printed). */
function oneLookAlikeFrom(printed: string, word: string): boolean {
  const a = printed.normalize('NFD');
  const b = word.normalize('NFD');
  if (a.length !== b.length) return false;
  let changed = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (!LOOK_ALIKE_PAIRS.has(`${a[k]!.toLowerCase()}|${b[k]!.toLowerCase()}`)) return false;
    changed++;
  }
  return changed === 1;
}

/**
 * A heading whose head OCR read one letter as its look-alike (`Hộl Liên hiệp …`, `Công on huyện`): the head of a
 * body it then starts with. Only the head, one letter, and only where the text did not already start like a body.
 */
function withLookAlikeHead(text: string): string {
  const trimmed = text.trimStart();
  if (startsLikeOrganisation(trimmed)) return text;
  const lead = text.length - trimmed.length;
  for (const head of ORG_HEADS) {
    const size = head.split(' ').length;
    const words = trimmed.split(/\s+/).slice(0, size);
    if (words.length < size || !/^\p{Lu}/u.test(words[0]!)) continue;
    const printed = words.join(' ');
    const wanted = head.charAt(0).toLocaleUpperCase('vi') + head.slice(1);
    if (!oneLookAlikeFrom(printed, wanted)) continue;
    const repaired = `${text.slice(0, lead)}${wanted}${trimmed.slice(printed.length)}`;
    if (startsLikeOrganisation(repaired.trimStart())) return repaired;
  }
  return text;
}

/**
 * A list of bodies whose first head restoration gave the wrong marks (`Bảo Lạng Sơn, Đài Phát thanh …`): where
 * the first piece is no body as printed but its head is a head once folded, followed by a capitalised name, and a
 * later piece of the list is a body, the head takes its marks (same length).
 */
function withHeadMarksRepaired(text: string, lookup: AgencyLookup): string {
  if (startsLikeOrganisation(text) || lookup.knownPrefix(text.trim()) > 0) return withLaterPaperHeads(text);
  const head = /^(\p{Lu}\p{Ll}*)\s+(?=\p{Lu})/u.exec(text.trim());
  if (!head) return text;
  const marked = ORG_HEADS.find((candidate) => !candidate.includes(' ') && fold(candidate) === fold(head[1]!) && candidate.length === head[1]!.length);
  if (!marked) return text;
  const pieces = splitAgencyNames(text, lookup);
  if (!pieces.slice(1).some((piece) => startsLikeOrganisation(piece.name))) return text;
  const at = text.indexOf(head[1]!);
  const repaired = `${text.slice(0, at)}${marked[0]!.toLocaleUpperCase('vi')}${marked.slice(1)}${text.slice(at + marked.length)}`;
  return startsLikeOrganisation(repaired) ? repaired : text;
}

// A later member of a list of bodies opening with `Bảo`/`Bão`/`Bạo`/`Bào` and a proper name: the paper (`Báo`).
const LATER_PAPER = /((?:,|;|\svà)\s*)(?:Bảo|Bão|Bạo|Bào)(?=\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*\s*(?:$|[,;]|\svà\s))/gu;

/** `Đài Phát thanh …, Bảo Lạng Sơn` → `…, Báo Lạng Sơn` after a first piece that is a body (same length). */
function withLaterPaperHeads(text: string): string {
  return text.replace(LATER_PAPER, (whole, lead: string, offset: number) =>
    // After a place of a level (`huyện Bảo Lâm, Bảo Yên`) it is another place of the list.
    AFTER_PLACE.test(text.slice(0, offset)) ? whole : `${lead}Báo`,
  );
}

const AFTER_PLACE = /(?:^|\s)(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|các)\s+(?:\p{Lu}\p{Ll}*\s*)+$/u;

/**
 * The province's paper whose head restoration misread (`Bộ Lạng Sơn`, `Bảo Lạng Sơn` for `Báo Lạng Sơn`): a head
 * that folds to `bo`/`bao` right before the place name the plan's header prints is `Báo`.
 */
export function withPaperHead(text: string, places: readonly string[]): string {
  let out = text;
  for (const place of places) {
    const size = place.split(' ').length;
    out = out.replace(/(^|,\s*|\svà\s)(\p{L}{2,3})\s+((?:\p{Lu}\p{L}*\s*){1,4})/gu, (whole, lead: string, head: string, name: string) => {
      if (!/^(?:bo|bao)$/.test(fold(head)) || head === 'Báo') return whole;
      const words = name.trim().split(/\s+/).slice(0, size).join(' ');
      if (words.split(' ').length !== size || !editDistanceAtMost1(fold(words), fold(place))) return whole;
      return `${lead}Báo ${name}`;
    });
  }
  return out;
}

// Bodies named by a proper name (`Báo Đà Nẵng`): the name ends with its capitalised words and locality.
const PROPER_NAMED = /^Báo\s+(?:\p{Lu}[\p{L}-]*\s*)+/u;

function trimProperNamed(name: string): string {
  const head = PROPER_NAMED.exec(name);
  if (!head) return name;
  const rest = name.slice(head[0].length);
  const words = rest.split(/\s+/).filter(Boolean);
  const locality = localityLength(words);
  // One lower-case word may be the paper's own (`Báo Lao động`); more are the sentence.
  if (words.length - locality < 2) return name;
  return `${head[0].trimEnd()}${locality > 0 ? ` ${words.slice(0, locality).join(' ')}` : ''}`;
}

const CONNECTOR_AT_END = /(?:^|\s)(va|cua|voi|cac|cho|trong|tai|ve|theo|den|tu|nhung|hoac|la|de|duoc)$|[,\-–(“]$/;

function isLead(foldedText: string): boolean {
  const matches = [...foldedText.matchAll(LEAD), ...nearLeadPhrases(foldedText)];
  for (const match of matches) {
    const clause = foldedText.slice(0, match.index).split(/[;.\n]/).at(-1) ?? '';
    if (/phoi hop (voi|cung)/.test(clause)) continue;
    return true;
  }
  return false;
}

// Chairing phrases restoration may leave one letter off (`chn trì`, `cơ quan thường trục`).
const NEAR_LEAD_PHRASES = ['chu tri', 'co quan thuong truc'];

/** Offsets of chairing phrases printed one letter off, as `{ index }` like regular-expression matches. */
function nearLeadPhrases(foldedText: string): { index: number }[] {
  const found: { index: number }[] = [];
  const words = [...foldedText.matchAll(/[a-z]+/g)];
  for (const phrase of NEAR_LEAD_PHRASES) {
    const size = phrase.split(' ').length;
    for (let i = 0; i + size <= words.length; i++) {
      const first = words[i]!;
      const last = words[i + size - 1]!;
      const printed = foldedText.slice(first.index, last.index + last[0].length);
      if (/[^a-z ]/.test(printed) || printed === phrase) continue;
      if (editDistance(printed, phrase) === 1) found.push({ index: first.index });
    }
  }
  return found;
}

/** Bullets right under an item that open like a body (`- UBND thành phố …`, `- Phòng Y tế …`). */
function memberBullets(node: SectionNode, lines: readonly string[]): SectionNode[] {
  return node.children.filter((child) => {
    const text = stripMarker(nodeText(child, lines));
    // Officials named in person (`Trưởng bản Huổi Lè (ông …)`) are no bodies of their own.
    return child.kind === 'bullet' && startsLikeOrganisation(text) && !/^(?:Trưởng|Phó|Chủ tịch|Bí thư|Ông|Bà)\s/u.test(text);
  });
}

/** The text of a node without the lines of some of its children. */
/**
 * The item's text up to a later sentence or clause that opens with another body and its duty (`… triển khai thực
 * hiện. Sở Y tế là cơ quan thường trực …`): that body's role is its own (see laterClauseAgencies), not the item's.
 */
function beforeOtherBodysClause(text: string, ownName: string): string {
  const ownKey = fold(squash(stripMarker(ownName))).slice(0, 12);
  for (const match of text.matchAll(/[;.]\s+/g)) {
    const start = match.index + match[0].length;
    const clause = text.slice(start);
    if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause) || fold(clause).startsWith(ownKey)) continue;
    const duty = dutyStart(clause, fold(clause), new Set());
    if (duty > 0 && duty <= 100) return text.slice(0, start);
  }
  return text;
}

const LOCALITY_SPELLINGS = new Map(['quận', 'huyện', 'xã', 'tỉnh', 'phường'].map((word) => [fold(word), word]));

/**
 * Bodies listed in one item serve the same level: a name whose last word restoration left with other marks
 * (`Ban Chỉ huy Quân sự quân, Công an quận`) takes the level's spelling another name of the list prints.
 */
function withSiblingLocality(names: { name: string; offset: number }[]): { name: string; offset: number }[] {
  const lastWord = (name: string) => /(\p{L}+)\s*$/u.exec(name)?.[1] ?? '';
  const printedLevels = new Set(names.map(({ name }) => lastWord(name)).filter((word) => LOCALITY_SPELLINGS.get(fold(word)) === word));
  return names.map(({ name, offset }) => {
    const word = lastWord(name);
    const level = LOCALITY_SPELLINGS.get(fold(word));
    if (level === undefined || level === word || !printedLevels.has(level) || !/^\p{Ll}/u.test(word)) return { name, offset };
    const trimmed = name.trimEnd();
    return { name: `${trimmed.slice(0, trimmed.length - word.length)}${level}`, offset };
  });
}

/** True when the text (after a label's colon) opens with a body's name and its duty (`Phòng Kinh tế … chủ trì …`). */
function startsWithOwnBody(text: string): boolean {
  const clause = text.trimStart();
  if (!/^\p{Lu}/u.test(clause) || !startsLikeOrganisation(clause)) return false;
  const duty = dutyStart(clause, fold(clause), new Set());
  return duty > 0 && duty <= 100;
}

function textWithout(node: SectionNode, left: readonly SectionNode[], lines: readonly string[]): string {
  const kept = lines.map((line, k) => (left.some((child) => k + 1 >= child.startLine && k + 1 <= child.endLine) ? '' : line));
  return new FlowText(kept, node.startLine, node.endLine).text;
}

function nodeText(node: SectionNode, lines: readonly string[]): string {
  return new FlowText(lines, node.startLine, node.endLine).text;
}

// The numbering a node opens with, as structure reads it: `2.1.`, `a)` (also with a tone mark restoration gave
// it), a bullet, or a sign OCR left for an item's number (`% Ủy ban …`).
const NUMBERING_MARKER = /^\s*(?:[\dIVX]+(?:\.\d+)*\s*[.)]|[a-zđàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]\s?\)|[-–+•]|[%&$#@~^¢€£§]{1,2}(?=\s))\s*/iu;

function stripMarker(text: string): string {
  return text.replace(NUMBERING_MARKER, '');
}

function tasksOf(node: SectionNode, lines: readonly string[], ownRest: string): string[] {
  const tasks: string[] = [];
  const rest = squash(ownRest);
  if (/\p{L}/u.test(rest)) tasks.push(rest);
  for (const child of walkSections(node.children)) {
    const { start, end } = ownLineRange(child);
    const text = squash(stripMarker(new FlowText(lines, start, end).text));
    if (text !== '') tasks.push(text);
  }
  return tasks;
}

function firstOffsetOfLine(flow: FlowText, line: number): number {
  for (let offset = 0; offset < flow.text.length; offset++) if (flow.lineAt(offset) === line) return offset;
  return -1;
}

/** The place names a plan's header gives: after the level word of its issuer (`tỉnh Đồng Nai`), and its place line. */
export function placeNames(metadata: { issuer: string | null; place: string | null }): string[] {
  const places: string[] = [];
  const level = /(?:^|\s)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+((?:\p{Lu}\p{Ll}*\s?){1,4})$/u.exec(metadata.issuer ?? '');
  if (level) places.push(level[1]!.trim());
  const place = metadata.place?.trim() ?? '';
  // The issuer's name comes first; a place line that is only a misspelling of it (`Đồng Thép`) adds nothing.
  if (/^(?:\p{Lu}\p{Ll}*\s?){1,4}$/u.test(place) && !places.some((known) => editDistanceAtMost1(fold(known), fold(place)))) places.push(place);
  return places.filter((name) => name.split(' ').length >= 2);
}

/**
 * A place name inside an agency's name that the header prints too (`Báo Đồng Nai`), spelled as the header spells
 * it where restoration left it one letter off or with other marks (`Báo Động Nai`): the header is the better copy.
 */
/**
 * The spelling of the issuer's place name the plan's own copies agree on: restoration may misread the header copy
 * (`PHƯỜNG PHÚ HOÀ`) and get the date line and the title right. Only the lines before the first part vote on the
 * letters, where the plan names itself (a neighbouring place one letter apart, `Phú Hòa` beside `Phú Hội`, may fill
 * the body); the whole document breaks a tie there. The header's marks stand where it has the winning letters; else
 * the spelling of those letters the whole document prints most often.
 */
export function placeByVote(place: string, headerLines: readonly string[], lines: readonly string[]): string {
  const headerReadings = readingsOf(place, headerLines);
  if (headerReadings.length === 0) return place;
  const allReadings = readingsOf(place, lines);
  const inHeader = tally(headerReadings.map((r) => fold(r)));
  const inDocument = tally(allReadings.map((r) => fold(r)));
  // The header block decides; a tie there (`LẠNG SƠU` over `Lạng Sơn, ngày …`) goes to the whole document.
  const bestFolded = [...inHeader].sort(
    (a, b) => b[1] - a[1] || (inDocument.get(b[0]) ?? 0) - (inDocument.get(a[0]) ?? 0) || Number(a[0] !== fold(place)) - Number(b[0] !== fold(place)),
  )[0]![0];
  if (bestFolded === fold(place)) return place;
  const spellings = tally(allReadings.filter((r) => fold(r) === bestFolded));
  return [...spellings].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Capitalised runs of the place's length, one letter off it at most, title-cased. */
function readingsOf(place: string, lines: readonly string[]): string[] {
  const size = place.split(' ').length;
  const titled = (text: string) => text.split(' ').map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ');
  const readings: string[] = [];
  for (const line of lines) {
    const words = line.split(/[\s,.;:()“”"]+/).filter(Boolean);
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      if (!window.every((w) => /^\p{Lu}/u.test(w))) continue;
      const text = titled(window.join(' '));
      if (editDistanceAtMost1(fold(text), fold(place))) readings.push(text);
    }
  }
  return readings;
}

function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export function matchPlaces(name: string, places: readonly string[]): string {
  let out = name;
  for (const place of places) {
    const size = place.split(' ').length;
    const words = out.split(' ');
    for (let i = 1; i + size <= words.length; i++) {
      const window = words.slice(i, i + size).join(' ');
      if (!/^\p{Lu}/u.test(window) || window === place) continue;
      if (editDistanceAtMost1(fold(window), fold(place))) {
        words.splice(i, size, ...place.split(' '));
        out = words.join(' ');
        break;
      }
    }
  }
  return out;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * An issuer's name whose head restoration left a letter or a mark off (`SG Xây dựng`, `Bá Chính trị`): the head
 * of the body list whose name then reads as a known body. The name is returned as printed when none fits.
 */
export function repairedIssuer(issuer: string, lookup: AgencyLookup): string {
  const soRepaired = withSoRepaired(issuer, lookup);
  if (soRepaired !== issuer) return soRepaired;
  if (lookup.knownPrefix(issuer) > 0) return issuer;
  const head = /^(\p{Lu}\p{Ll}*)(?=\s\p{Lu})/u.exec(issuer);
  if (!head || head[1]!.length > 4) return issuer;
  for (const candidate of ORG_HEADS) {
    if (candidate.includes(' ') || candidate.length !== head[1]!.length || fold(candidate)[0] !== fold(head[1]!)[0]) continue;
    if (!editDistanceAtMost1(fold(candidate), fold(head[1]!))) continue;
    const repaired = `${candidate[0]!.toLocaleUpperCase('vi')}${candidate.slice(1)}${issuer.slice(head[1]!.length)}`;
    if (lookup.knownPrefix(repaired) > candidate.length + 3) return repaired;
  }
  return issuer;
}
