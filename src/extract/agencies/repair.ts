import { fold, upperShare } from '../../structure/fold.js';
import { NO_LINE_STARTS, dutyStart } from './duties.js';
import { ORG_HEADS, startsLikeOrganisation } from './heads.js';
import { splitAgencyNames } from './list.js';
import { levelAlternation } from '../levels.js';
import type { AgencyLookup } from './lookup.js';
import { editDistanceAtMost1, oneLookAlikeFrom } from './similarity.js';
import { withPairsRepaired } from './pairs.js';

const PRINTED_LEVELS = levelAlternation('printed');

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

// `Sở` glued to the first letter of its field (`SOY tệ`, `SGY tổ`, `SG'Y tế` for `Sở Y tế`): one or two signs or
// letters where `ở ` stood, before the field's capital.
const SO_GLUED_TO_FIELD = /(^|,\s*|\svà\s)S(\S{1,2}?)(?=\p{Lu})/gu;

/**
 * `Trưởng ban` alone or right before its duty (`Trưởng ban lập danh sách …`), where the plan names its villages
 * `bản …`: restoration's reading of `Trưởng bản` (the head of a village); the head of a board never stands without
 * the board's name (`Trưởng ban công tác Mặt trận`). Same length.
 */
export function withVillageHeadMarks(text: string, villagesPrinted: boolean): string {
  const head = /^(\s*Trưởng\s+)ban(?![\p{L}])/u.exec(text);
  if (!villagesPrinted || !head) return text;
  const duty = dutyStart(text, fold(text), NO_LINE_STARTS);
  const between = text.slice(head[0].length, duty < 0 ? text.length : duty);
  return /^[\s,;:.]*$/.test(between) || listsVillagePost(between) ? `${head[1]}bản${text.slice(head[0].length)}` : text;
}

/**
 * ` và Tổ trưởng tổ hòa giải các bản (…)`: another post of the villages listed after `Trưởng ban` (no board is named
 * in the whole list: no word `ban` follows, and the post names its villages `bản`).
 */
function listsVillagePost(between: string): boolean {
  const list = /^\s*(?:,|và)\s*\p{Lu}/u.exec(between);
  if (!list) return false;
  const rest = between.slice(list[0].length - 1);
  return /(?<!\p{L})bản(?!\p{L})/u.test(rest) && !/(?<!\p{L})ban(?!\p{L})/iu.test(rest);
}

/** True when the text opens with `Sở` glued to its field's capital (`SOY tế`, `S&Y tế`): a body OCR damaged. */
export function opensWithGluedSo(text: string): boolean {
  return /^S\S{1,2}?\p{Lu}\p{Ll}*\s/u.test(text.trimStart()) && !/^S\p{Ll}/u.test(text.trimStart());
}

/**
 * `SOY tệ chỉ đạo …` → `Sở Y tế chỉ đạo …` where the field then names a known department, its last word also one
 * letter off (`SGY tổ` → `Sở Y tế`: see AgencyLookup.repair). The text may grow by a character or two.
 */
export function withGluedSo(text: string, lookup: AgencyLookup): string {
  let out = text;
  for (let from = 0; ; ) {
    SO_GLUED_TO_FIELD.lastIndex = from;
    const match = SO_GLUED_TO_FIELD.exec(out);
    if (!match) return out;
    const at = match.index + match[1]!.length;
    const candidate = `Sở ${out.slice(match.index + match[0].length)}`;
    const repaired = lookup.knownPrefix(candidate) > 3 ? candidate : lookup.repair(candidate, true);
    if (repaired !== null) out = `${out.slice(0, at)}${repaired}`;
    from = at + 3;
  }
}

const MISREAD_SO_GLUED = /(^|,\s*|\svà\s)[S$5][^\s\p{L}\d]{2}(?=\p{Lu})/gu;
const MISREAD_SO_OF_OFFICE = /((?:^|[\s,])(?:Văn phòng|Thanh tra)\s)(?!Sở)[S$5][^\s,;:.]?(?=$|[\s,;:.])/gu;

// Each head with its number of words and as printed at the start of a name.
const CAPITALISED_HEADS = ORG_HEADS.map((head) => ({ size: head.split(' ').length, wanted: head.charAt(0).toLocaleUpperCase('vi') + head.slice(1) }));

/**
 * A heading whose head OCR read one letter as its look-alike (`Hộl Liên hiệp …`, `Công on huyện`): the head of a
 * body it then starts with. Only the head, one letter, and only where the text did not already start like a body.
 */
export function withLookAlikeHead(text: string): string {
  const trimmed = text.trimStart();
  if (startsLikeOrganisation(trimmed)) return text;
  const lead = text.length - trimmed.length;
  const textWords = trimmed.split(/\s+/);
  if (!/^\p{Lu}/u.test(textWords[0]!)) return text;
  for (const { size, wanted } of CAPITALISED_HEADS) {
    if (textWords.length < size) continue;
    const printed = textWords.slice(0, size).join(' ');
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
export function withHeadMarksRepaired(text: string, lookup: AgencyLookup): string {
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

const AFTER_PLACE = new RegExp(String.raw`(?:^|\s)(?:${PRINTED_LEVELS}|các)\s+(?:\p{Lu}\p{Ll}*\s*)+$`, 'u');

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

/**
 * The head the plan's departments are named with (`Sở` in a province's plan, `Phòng` in a district's): the one its
 * implementation part prints more often before a capitalised field, or null when it prints neither.
 */
export function departmentHead(text: string): string | null {
  const count = (head: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${head}\\s+\\p{Lu}`, 'gu'))].length;
  const so = count('Sở');
  const phong = count('Phòng');
  if (so === phong) return null;
  return so > phong ? 'Sở' : 'Phòng';
}

// What OCR may leave of a lost head: nothing, or one or two signs or letters (`ở`, `S`, `$`).
const HEAD_REMNANT = /^(?:[^\s\p{Lu}]{1,2}|[S$5]\S?)\s+(?=\p{Lu})/u;

/** `Tài nguyên và Môi trường …` → `Sở Tài nguyên và Môi trường …` where the field is a known department's. */
export function withLostHead(text: string, head: string, lookup: AgencyLookup): string | null {
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
 * An issuer's name whose head restoration left a letter or a mark off (`SG Xây dựng`, `Bá Chính trị`): the head
 * of the body list whose name then reads as a known body. The name is returned as printed when none fits.
 */
export function repairedIssuer(printed: string, lookup: AgencyLookup): string {
  const issuer = withPairsRepaired(withPartyCommitteeRepaired(withPostRepaired(withHeadsInSentenceCase(printed))), lookup.pairs);
  const unglued = withGluedSo(issuer, lookup);
  if (unglued !== issuer) return unglued;
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

// Posts that issue documents, the first word of which restoration may leave a letter short (`B trưởng` for `Bộ trưởng`).
const ISSUING_POSTS = ['Bộ trưởng', 'Thủ tướng', 'Chủ tịch', 'Giám đốc', 'Cục trưởng', 'Thứ trưởng'];

/** `B trưởng BỘ Nội vụ` → `Bộ trưởng BỘ Nội vụ`: a post whose first word is one letter off, before a capital. */
function withPostRepaired(issuer: string): string {
  const opening = /^(\p{L}{1,4})\s+(\p{Ll}+)(?=\s+\p{Lu})/u.exec(issuer);
  if (!opening) return issuer;
  const post = ISSUING_POSTS.find((candidate) => {
    const [first, second] = candidate.split(' ');
    return second === opening[2] && first !== opening[1] && editDistanceAtMost1(fold(first!), fold(opening[1]!));
  });
  return post === undefined ? issuer : `${post}${issuer.slice(opening[0].length)}`;
}

/** `Bộ trưởng BỘ Y tế`: a head in capitals inside a name in sentence case (a restored line) is the head. */
function withHeadsInSentenceCase(issuer: string): string {
  if (upperShare(issuer) >= 0.6) return issuer;
  return issuer.replace(/(?<![\p{L}])(BỘ|SỞ|CỤC|BAN|HỘI|ĐÀI|VIỆN|PHÒNG)(?=\s+(?:\p{Lu}(?!\p{Lu})|\p{Ll}))/gu, (head) => head.charAt(0) + head.slice(1).toLocaleLowerCase('vi'));
}

// The party committees of a level (`Tỉnh ủy`, `Quận ủy`), by the level word as printed in their name.
const COMMITTEE_LEVELS = new Map([['tinh', 'Tỉnh'], ['huyen', 'Huyện'], ['quan', 'Quận'], ['thanh', 'Thành'], ['thi', 'Thị'], ['dang', 'Đảng']]);

// Committees of their own one letter from a level (`Chi ủy` of a party cell, `Khối ủy`, `Đoàn ủy`).
const OTHER_COMMITTEES = new Set(['chi', 'khoi', 'doan']);

/** `Ban Thường vụ Quén Uy Thanh Xuân` → `… Quận ủy …`: a level one letter off before `ủy` with its mark lost. */
function withPartyCommitteeRepaired(issuer: string): string {
  return issuer.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{1,5})\s+([UuỦủ]y|[UuỦủ]ỷ)(?![\p{L}])/gu, (whole, level: string) => {
    const folded = fold(level);
    // A level word printed whole keeps its own marks (`Quân ủy Trung ương` is no `Quận ủy`); only `ủy` is put right.
    if (COMMITTEE_LEVELS.has(folded) || OTHER_COMMITTEES.has(folded)) return `${level} ủy`;
    const meant = [...COMMITTEE_LEVELS].find(([key]) => editDistanceAtMost1(key, folded));
    return meant === undefined ? whole : `${meant[1]} ủy`;
  });
}
