import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputFileError } from '../errors/index.js';
import type { Metadata } from '../schema/document.js';
import { fold, squash, stripEmphasis, upperShare } from '../structure/fold.js';
import { joinWrapped } from '../structure/index.js';
import { readMarker } from '../structure/markers.js';
import { codePattern, isSpacedRange, normalizeCode, typeFromCode } from './codes.js';
import { placeNames, startsLikeOrganisation, withLookAlikeLettersRepaired, type AgencyLookup } from './agencies.js';
import { editDistance } from '../vietnamese/index.js';
import { PERSON_NAMES_FILE, parsePersonNames, type PersonNames } from '../restore/person-names.js';
import { isoFromParts } from './dates.js';
import { levelAlternation, printedLevel, printedLevelOpening } from './levels.js';
import { DOCUMENT_TYPES, TYPE_ALTERNATION, typeName } from './kinds.js';

export interface HeaderFacts {
  metadata: Metadata;
  /** 1-based line of the place-and-date line, or null. */
  issueLine: number | null;
  /** Last line of the header/title block (before the body). */
  headerEndLine: number;
}

const LEVEL_ALTERNATION = levelAlternation('folded', { space: String.raw`\s+` });
// The national motto printed beside the issuer; loose, because OCR garbles it (`XÃ HQI`).
const MOTTO = /(cong\s+hoa\b.{0,30}?\bviet\s+nam|doc\s+lap\b.{0,20}?\bhanh\s+phuc|\S+\s+lap\s*[-–]\s*tu\s+do\b.*$)/;
// `ngày … tháng … năm …`, also as an imperfect restoration leaves it (`ngdy`, `thing`, `nim`).
const STRICT_PLACE_DATE = /(?<![a-z])ng[a-z]{1,2}y?\s*(\d{1,2})?\s*th[a-z]{1,2}ng\s*(\d{1,2})\s*n[a-z]m\s*(\d{4})/;
// The same with any letter of the three words damaged (`ugày 05 tbáng 3 năn 2024`): the figures between them say
// what the words were, so each need only be one letter from ngày, tháng, năm.
const LOOSE_PLACE_DATE = /(?<![a-z])([a-z]{3,5})\s*(\d{1,2})?\s*([a-z]{4,6})\s*(\d{1,2})\s*([a-z]{2,4})\s*(\d{4})/g;
const PLACE_DATE = {
  exec(folded: string): RegExpExecArray | null {
    const strict = STRICT_PLACE_DATE.exec(folded);
    if (strict) return strict;
    for (const match of folded.matchAll(LOOSE_PLACE_DATE)) {
      if (!oneEditFrom(match[1]!, 'ngay') || !oneEditFrom(match[3]!, 'thang') || !oneEditFrom(match[5]!, 'nam')) continue;
      const groups = [match[0], match[2], match[4], match[6]] as unknown as RegExpExecArray;
      groups.index = match.index;
      groups.input = folded;
      return groups;
    }
    return null;
  },
  test(folded: string): boolean {
    return this.exec(folded) !== null;
  },
};

/** At most one letter changed, dropped or added. */
function oneEditFrom(word: string, target: string): boolean {
  if (word === target) return true;
  if (Math.abs(word.length - target.length) > 1) return false;
  if (word.length === target.length) return [...word].filter((char, k) => char !== target[k]).length === 1;
  const [short, long] = word.length < target.length ? [word, target] : [target, word];
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}
// What OCR makes of `Số:` (`S6:`, `Sé:`, `$6:`, `SO:`, `Sô`), in the header only.
const OWN_NUMBER_LABEL = /(?:^|\s)[s$5][o06b8e]?\s*[:.;]/;
// `Số 215/KH-UBND` without its colon: only above the kind line, where nothing is cited.
const BARE_NUMBER_LABEL = /(?:^|\s)so\s+(?=\d)/;
// Words of a citation: a date line after them is a cited document's, not the plan's own.
const CITATION_WORDS = /(?:^|\s)(?:can cu|luat|quyet dinh|nghi dinh|nghi quyet|ke hoach|cong van|chi thi|thong tu|so)(?:\s|$)/;
const BODY_START = /^(can cu|thuc hien\s+(quyet dinh|ke hoach|cong van|chi thi|nghi quyet|chuong trinh phoi hop|huong dan|thong bao)|theo|de trien khai|nham)/;
// After a first title line, a line that carries out a cited document of any kind with its number opens the
// preamble (`Thực hiện Kết luận số 01-KL/TW …`); a title may itself open so, so the first line is not tested.
const PREAMBLE_AFTER_TITLE = new RegExp(String.raw`^(?:thuc hien|thi hanh|trien khai thuc hien|trien khai)\s+(?:${TYPE_ALTERNATION})\s+(?:so\s+)?\d`);

const cleanLine = (line: string | undefined) => squash(stripEmphasis(line ?? ''));

function levelName(folded: string): string | null {
  return printedLevel(folded.replace(/\s+/g, ' '));
}

/** `QUẢNG NGHIỆP` → `Quảng Nghiệp`. */
function titleCase(words: string): string {
  return words
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

function isKindLine(line: string): string | null {
  const text = cleanLine(line);
  if (text === '' || upperShare(text) < 0.8) return null;
  return typeName(fold(text));
}

/** Reads the header (number, kind, issuer, place, date, title) from the lines before the first section. */
export function readHeader(lines: readonly string[], firstSectionLine: number, lookup: AgencyLookup | null = null): HeaderFacts {
  const headerLimit = Math.min(firstSectionLine > 0 ? firstSectionLine - 1 : lines.length, 40);
  const head = lines.slice(0, headerLimit);

  let kindIndex = -1;
  let kind: string | null = null;
  for (let i = 0; i < Math.min(head.length, 25); i++) {
    const found = isKindLine(head[i]!);
    if (found) {
      kind = found;
      kindIndex = i;
      break;
    }
  }

  let number: string | null = null;
  let issueLine: number | null = null;
  let place: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < Math.min(head.length, 20); i++) {
    const text = cleanLine(head[i]);
    const folded = fold(text);
    if (number === null && OWN_NUMBER_LABEL.test(folded)) number = readOwnNumber(text, OWN_NUMBER_LABEL);
    if (number === null && i < kindIndex && BARE_NUMBER_LABEL.test(folded)) number = readOwnNumber(text, BARE_NUMBER_LABEL);
    const dateMatch = PLACE_DATE.exec(folded);
    if (issueLine === null && dateMatch && isPlaceAndDate(text.slice(0, dateMatch.index))) {
      issueLine = i + 1;
      date = isoFromParts(dateMatch[1] ? Number(dateMatch[1]) : null, Number(dateMatch[2]), Number(dateMatch[3]));
      place = readPlace(text.slice(0, dateMatch.index));
    }
  }
  // A label OCR garbled past reading: the header above the kind line cites nothing, so a code there is the plan's own.
  if (kindIndex >= 0) number ??= codeAboveKind(head, kindIndex);
  if (kind === null && number) kind = typeFromCode(number);

  const titleBlock = readTitle(head, kindIndex);
  const preamble = head.map(cleanLine).join(' ');
  const issuer = readIssuerFromHeader(head, lookup) ?? readBodyIssuerFromHeader(head, lookup) ?? readIssuerFromBody(preamble);
  if (kind === null && /ban hanh ke hoach|xay dung ke hoach/.test(fold(preamble))) kind = 'Kế hoạch';
  place = withIssuersPlace(place, issuer, lines);

  return {
    metadata: {
      number,
      kind,
      issuer,
      place,
      date,
      title: titleBlock.title,
      signer: null,
      signerTitle: null,
      recipients: [],
    },
    issueLine,
    headerEndLine: Math.max(titleBlock.endLine, issueLine ?? 0),
  };
}

/**
 * A place line that restoration read as another place two letters off the issuer's (`Phú Thọ, ngày …` under
 * `PHƯỜNG PHÚ THỦY`): where that reading is printed nowhere else and the issuer's place at least twice in the plan
 * (its header's copy counts), the place is the issuer's. Same first word and word count only: a district's plan may be dated
 * at its town, whose name is another.
 */
function withIssuersPlace(place: string | null, issuer: string | null, lines: readonly string[]): string | null {
  const own = placeNames({ issuer, place: null })[0];
  if (place === null || own === undefined) return place;
  const [printed, wanted] = [fold(place), fold(own)];
  const [printedWords, wantedWords] = [printed.split(' '), wanted.split(' ')];
  if (printed === wanted || printedWords.length !== wantedWords.length || printedWords[0] !== wantedWords[0] || editDistance(printed, wanted) > 2) return place;
  const text = fold(lines.join('\n'));
  const copies = (name: string) => [...text.matchAll(new RegExp(`(?<![a-z])${escapeRegExp(name)}(?![a-z])`, 'g'))].length;
  return copies(printed) === 1 && copies(wanted) >= 2 ? own : place;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The place-and-date line: a place name (and maybe the number) before the date, ending in a comma as printed. */
function isPlaceAndDate(beforeDate: string): boolean {
  if (/,\s*$/.test(beforeDate)) return true;
  // OCR may drop the comma: a capitalised place right before the date still marks it, where nothing is cited.
  const afterNumber = fold(beforeDate).replace(/^.*\d\s?\/\s?\S*/, '');
  return /\p{Lu}\p{Ll}*\s*$/u.test(beforeDate) && !CITATION_WORDS.test(afterNumber);
}

function codeAboveKind(head: readonly string[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const text = cleanLine(head[i]);
    if (/^(can cu|thuc hien|theo)\b/.test(fold(text))) return null;
    for (const match of text.matchAll(codePattern())) {
      if (isSpacedRange(match[0]) || !/[/-]\s?[A-ZĐ]/.test(match[0])) continue;
      return normalizeCode(match[0]);
    }
  }
  return null;
}

function readOwnNumber(text: string, label: RegExp): string | null {
  const at = Math.max(0, fold(text).search(label));
  const after = text.slice(at);
  for (const match of after.matchAll(codePattern())) {
    if (isSpacedRange(match[0])) continue;
    return normalizeCode(match[0]);
  }
  return null;
}

function readPlace(beforeDate: string): string | null {
  // `Số: 04 /KH-UBND Quảng Nghiệp,` → the capitalised words right before the comma.
  const trimmed = beforeDate.replace(/[\s,]+$/, '');
  const words = trimmed.split(/\s+/);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 5; k--) {
    const word = words[k]!;
    // A unit named by its number (`Phường 5, ngày …`, `Quận 3, ngày …`): the level word and the number.
    if (name.length === 0 && /^\d{1,2}$/.test(word) && /^(?:Phường|Quận|Xã|Thị trấn)$/u.test(words[k - 1] ?? '')) {
      return `${words[k - 1]} ${word}`;
    }
    if (!/^\p{Lu}[\p{L}]*$/u.test(word) || /^(UBND|KH|QĐ)$/.test(word)) break;
    name.unshift(word);
  }
  return name.length > 0 ? name.join(' ') : null;
}

/**
 * A bracket the title opens and never closes, glued to a word in lower case (`phát triển (ứng dụng …`): OCR's
 * reading of a mark (the horn of `ư` as `(`), not a bracket of the title. Brackets the title closes stay.
 */
function withoutStrayBracket(title: string): string {
  const open: number[] = [];
  for (let k = 0; k < title.length; k++) {
    if (title[k] === '(') open.push(k);
    else if (title[k] === ')') open.pop();
  }
  let out = title;
  for (const at of open.reverse()) {
    if (at > 0 && /\s/.test(out[at - 1]!) && /^\p{Ll}/u.test(out.slice(at + 1))) out = out.slice(0, at) + out.slice(at + 1);
  }
  return out;
}

function readTitle(head: readonly string[], kindIndex: number): { title: string | null; endLine: number } {
  const isHeaderLine = (line: string) => {
    const folded = fold(cleanLine(line));
    return (
      folded === '' ||
      MOTTO.test(folded) ||
      /^[s$5][o06b8e]?\s*[:.;]/.test(folded) ||
      PLACE_DATE.test(folded) ||
      (upperShare(cleanLine(line)) > 0.8 && /^(uy ban|ubnd|hoi dong|so |ban |phong )/.test(folded)) ||
      /^[-_=.\s*]+$/.test(cleanLine(line))
    );
  };
  let i = kindIndex >= 0 ? kindIndex + 1 : 0;
  while (i < head.length && (cleanLine(head[i]) === '' || (kindIndex < 0 && isHeaderLine(head[i]!)))) i++;
  const parts: string[] = [];
  let endLine = kindIndex + 1;
  for (; i < head.length && parts.length < 5; i++) {
    const text = cleanLine(head[i]);
    if (text === '' || /^[-_=.]+$/.test(text)) break;
    const folded = fold(text);
    if (BODY_START.test(folded) || readMarker(text, 1) || (parts.length > 0 && PREAMBLE_AFTER_TITLE.test(folded))) break;
    if (parts.length === 0 && isHeaderLine(head[i]!)) break;
    parts.push(text);
    endLine = i + 1;
  }
  if (parts.length === 0) return { title: null, endLine: Math.max(0, endLine) };
  // A word restoration left one look-alike letter off and no syllable (`an toàu`, `hoạt độug`) is read as the one
  // syllable a single swap gives; see withLookAlikeLettersRepaired.
  const title = withoutStrayBracket(withLookAlikeLettersRepaired(joinWrapped(parts)))
    .replace(/\s+”/g, '”')
    .replace(/“\s+/g, '“')
    .replace(/\s+/g, ' ')
    .trim();
  return { title, endLine };
}

function withoutMotto(text: string): string {
  const motto = MOTTO.exec(fold(text));
  return (motto ? text.slice(0, motto.index) + text.slice(motto.index + motto[0].length) : text).trim();
}

/** `SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH` → the dictionary's canonical name, else sentence case. */
function bodyName(upper: string, lookup: AgencyLookup | null): string {
  const sentence = upper.toLocaleLowerCase('vi').replace(/^\p{L}/u, (c) => c.toLocaleUpperCase('vi'));
  return lookup?.canonical(sentence) ?? sentence;
}

/**
 * The issuer from the header block: `ỦY BAN NHÂN DÂN` + `XÃ QUẢNG NGHIỆP` → Ủy ban nhân dân xã Quảng Nghiệp;
 * a department under the committee (`UBND TỈNH …` + `SỞ …`) is the issuer itself.
 */
function readIssuerFromHeader(head: readonly string[], lookup: AgencyLookup | null): string | null {
  for (let i = 0; i < Math.min(head.length, 12); i++) {
    const text = cleanLine(head[i]);
    if (upperShare(withoutMotto(text)) < 0.6) continue;
    const match = /^(uy ban nhan dan|ubnd)\b/.exec(fold(text));
    if (!match) continue;
    let rest = withoutMotto(text.slice(match[0].length));
    let j = i + 1;
    while (j < head.length && cleanLine(head[j]) === '') j++;
    const nextLine = withoutMotto(cleanLine(head[j]));
    // `UBND QUẬN CẦU GIẤY` over `UBND PHƯỜNG YÊN HÒA`: the lower committee issues the plan.
    if (rest !== '' && upperShare(nextLine) > 0.8 && /^(uy ban nhan dan|ubnd)\b/.test(fold(nextLine))) continue;
    const area = rest === '' ? null : areaOf(rest);
    if (rest === '') rest = nextLine;
    else if (inCapitals(nextLine) && startsLikeOrganisation(titleCase(nextLine)) && !/^(so|s6)\s*[:.]/.test(fold(nextLine))) {
      // A department under the committee (`UBND TỈNH THANH HÓA` / `SỞ Y TẾ`) issues the plan: the department of
      // that province (`Sở Y tế tỉnh Thanh Hóa`).
      const body = bodyName(withContinuation(nextLine, head, j), lookup);
      return withCommitteeArea(body, area);
    }
    return `Ủy ban nhân dân ${areaOf(rest) ?? ''}`.trim();
  }
  return null;
}

/** A header line in capitals, also where OCR lowered a short first word (`sở NỘI VỤ` for `SỞ NỘI VỤ`). */
function inCapitals(line: string): boolean {
  if (upperShare(line) > 0.8) return true;
  const first = /^(\p{L}{1,3})\s+(\S.*)$/u.exec(line);
  return first !== null && upperShare(first[2]!) > 0.9 && fold(first[2]!).split(/\s+/).length >= 2;
}

// The level words as printed (`quân sự` is no `quận`); `xã hội` is no level.
const PRINTED_LEVEL = new RegExp(String.raw`(?:^|\s)(${levelAlternation('printed')})(?!\s+hội(?:\s|$))((?:\s+\S+){0,4})$`, 'u');

/**
 * A body under the committee takes the committee's area (`Sở Y tế` + `tỉnh Thanh Hóa`) unless its name already
 * ends with its own level and place (`Sở Y tế tỉnh Thanh Hóa`); one that ends with the bare level (`Ban Chỉ đạo xã`)
 * takes the place of the committee's area at that level.
 */
function withCommitteeArea(body: string, area: string | null): string {
  if (area === null) return body;
  const placed = PRINTED_LEVEL.exec(body.toLocaleLowerCase('vi'));
  if (placed === null) return `${body} ${area}`;
  const [areaLevel, areaPlace] = [printedLevelOpening(area), area.replace(/^\S+(?:\s+(?:phố|xã|trấn))?\s+/u, '')];
  return placed[2]!.trim() === '' && placed[1] === areaLevel ? `${body} ${areaPlace}` : body;
}

/**
 * The issuer of a body's own header with no committee above it (`BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ` / `HUYỆN ĐAM RÔNG`):
 * the body's name from its first lines in capitals, and the level and place of the line under it.
 */
function readBodyIssuerFromHeader(head: readonly string[], lookup: AgencyLookup | null): string | null {
  for (let i = 0; i < Math.min(head.length, 3); i++) {
    const text = withoutMotto(cleanLine(head[i]));
    if (text === '') continue;
    if (upperShare(text) <= 0.8 || !startsLikeOrganisation(titleCase(text)) || /^(so|s6)\s*[:.]/.test(fold(text))) return null;
    const areaAt = head.findIndex((line, k) => k > i && k < i + 4 && areaOf(withoutMotto(cleanLine(line))) !== null);
    const name = withContinuation(text, areaAt < 0 ? head : head.slice(0, areaAt), i);
    const area = areaAt < 0 ? null : areaOf(withoutMotto(cleanLine(head[areaAt])));
    return area === null ? bodyName(name, lookup) : `${bodyName(name, lookup)} ${area}`;
  }
  return null;
}

/**
 * A body's name in capitals that runs over the next header lines (`BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM,` / `TỆ NẠN
 * XÃ HỘI VÀ …` / `TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC`): lines in capitals up to the motto, the number, the place and
 * date, or the kind of document (at most three more).
 */
function withContinuation(first: string, head: readonly string[], index: number): string {
  let name = first;
  for (let k = index + 1; k < Math.min(head.length, index + 4); k++) {
    const raw = cleanLine(head[k]);
    const text = withoutMotto(raw);
    const folded = fold(text);
    if (text === '' || text !== raw.trim() || upperShare(text) <= 0.8 || OWN_NUMBER_LABEL.test(folded) || PLACE_DATE.test(folded)) break;
    if (DOCUMENT_TYPES.some(([kind]) => folded.startsWith(kind))) break;
    name = `${name} ${text}`;
  }
  return name;
}

const AREA_LINE = new RegExp(`^(${LEVEL_ALTERNATION})\\s+(.+)$`);

/** `TỈNH THANH HÓA` → `tỉnh Thanh Hóa` (the level word and the place name in capitals), or null. */
function areaOf(rest: string): string | null {
  const level = AREA_LINE.exec(fold(rest));
  if (!level) return null;
  const name = rest.slice(rest.length - level[2]!.length).trim();
  const upperName = name
    .split(/\s+/)
    .filter((word) => upperShare(word) > 0.8 || /^[-–]$/.test(word) || /^\d{1,2}$/.test(word))
    .join(' ')
    .replace(/(^|\s)[-–](?=\s*$)|^[-–]\s/g, '')
    .replace(/\s[-–](\s[-–])+/g, '')
    .trim();
  // A unit named by its number is named with its level in capitals (`Phường 5`, `Quận 3`).
  if (/^\d{1,2}$/.test(upperName)) return `${(levelName(level[1]!) ?? '').replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))} ${upperName}`.trim();
  return `${levelName(level[1]!)} ${titleCase(upperName)}`.trim();
}

const PROPER_NAME = String.raw`((?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*){0,3})`;

// Global, read only through `matchAll` (which leaves its `lastIndex` alone).
const COMMITTEE_ISSUES_PLAN = new RegExp(
  String.raw`(?<!cua\s)(uy ban nhan dan|ubnd)\s+(${LEVEL_ALTERNATION})((?:\s+[^\s,;.]+){0,4}?)\s+(ban hanh|xay dung)\s+(ke hoach|chuong trinh|de an|huong dan)`,
  'gu',
);
const WHOLE_PROPER_NAME = new RegExp(`^${PROPER_NAME}$`, 'u');
const PROPER_NAME_AT_START = new RegExp(`^${PROPER_NAME}`, 'u');

function readIssuerFromBody(preamble: string): string | null {
  const folded = fold(preamble);
  // `Ủy ban nhân dân xã Hồng Phong xây dựng Kế hoạch`, `UBND tỉnh ban hành Kế hoạch`; not `của UBND huyện …`,
  // which names the issuer of a cited document.
  for (const match of folded.matchAll(COMMITTEE_ISSUES_PLAN)) {
    const level = levelName(match[2]!)!;
    const nameStart = match.index + match[1]!.length + match[0].slice(match[1]!.length).indexOf(match[2]!) + match[2]!.length;
    const original = preamble.slice(nameStart, nameStart + match[3]!.length).trim();
    if (original === '') return withArea(preamble, folded, match.index, match[2]!, level);
    if (WHOLE_PROPER_NAME.test(original)) return `Ủy ban nhân dân ${level} ${original}`;
  }
  return null;
}

/** `UBND tỉnh ban hành Kế hoạch … trên địa bàn tỉnh Sơn La`: the name comes with the area. */
function withArea(preamble: string, folded: string, from: number, levelFolded: string, level: string): string {
  const area = new RegExp(String.raw`tren\s+dia\s+ban\s+(?:toan\s+)?${levelFolded}\s+`, 'u').exec(folded.slice(from));
  if (area) {
    const start = from + area.index + area[0].length;
    const areaName = PROPER_NAME_AT_START.exec(preamble.slice(start, start + 60))?.[1];
    if (areaName) return `Ủy ban nhân dân ${level} ${areaName}`;
  }
  return `Ủy ban nhân dân ${level}`;
}

const SIGN_TITLE = /(?:(tm|kt|tl|tuq|q)\s*\.\s*)?((?:pho\s+)?(?:chu\s+tich|giam\s+doc|truong\s+ban|bi\s+thu|uy\s+ban\s+nhan\s+dan|chanh\s+van\s+phong|truong\s+phong))/g;

/** Signer, signature block and recipients, read from the closing block (from `Nơi nhận` to the end). */
export function readClosing(
  lines: readonly string[],
  closingStart: number,
  rawLines: readonly string[] = lines,
): Pick<Metadata, 'signer' | 'signerTitle' | 'recipients'> {
  if (closingStart >= lines.length) return { signer: null, signerTitle: null, recipients: [] };
  const closing = beforeAppendix(lines.slice(closingStart).map(cleanLine));
  const titles: string[] = [];
  const titleSpans = new Map<number, [number, number][]>();
  closing.forEach((text, index) => {
    const folded = fold(text);
    for (const match of folded.matchAll(SIGN_TITLE)) {
      const original = text.slice(match.index, match.index + match[0].length);
      // A title alone on its line is one whatever case restoration left it in (`chủ TỊCH`).
      if (upperShare(original) < 0.8 && fold(text).trim() !== match[0]) continue;
      titles.push(original.replace(/\s*\.\s*/, '. ').replace(/\s+/g, ' ').toLocaleUpperCase('vi'));
      titleSpans.set(index, [...(titleSpans.get(index) ?? []), [match.index, match.index + match[0].length]]);
    }
  });

  const recipients: string[] = [];
  closing.forEach((text, index) => {
    let line = text;
    for (const [start, end] of [...(titleSpans.get(index) ?? [])].reverse()) line = line.slice(0, start) + line.slice(end);
    if (index === 0) line = line.replace(/^.*?:/, '');
    line = line.replace(/\}.*$/, '').trim();
    if (!/^[-–+•]/.test(line)) return;
    const recipient = line.replace(/^[-–+•]\s*/, '').replace(/[\s;,.]+$/, '').trim();
    if (/\p{L}/u.test(recipient)) recipients.push(recipient);
  });

  const signer = readSigner(closing);
  const name = signer === null ? null : withLookAlikeLettersRepaired(withSurnameFromScan(signer.name, rawLines[closingStart + signer.index] ?? ''));
  return { signer: name, signerTitle: titles.length > 0 ? titles.join(' / ') : null, recipients };
}

// The heading of an appendix printed after the signature (`PHỤ LỤC`, `Phụ lục I`, `PHỤ LỤC 02`).
const APPENDIX_HEADING = /^phu luc(?:\s+(?:[ivx]+|\d+|so\s+\d+))?\s*[:.]?$/;

/** The closing block up to an appendix printed after it: its tables are no part of the signature. */
function beforeAppendix(closing: readonly string[]): string[] {
  const at = closing.findIndex((text, index) => index > 0 && APPENDIX_HEADING.test(fold(text.trim())));
  return at < 0 ? [...closing] : closing.slice(0, at);
}

const PERSON_NAMES_URL = new URL(`../../dictionaries/${PERSON_NAMES_FILE}`, import.meta.url);
let surnames: ReadonlySet<string> | null = null;

/** Vietnamese surnames (the list's surnames and signers' surnames), title case, from `dictionaries/person-names.txt`. */
function knownSurnames(): ReadonlySet<string> {
  if (surnames) return surnames;
  const path = fileURLToPath(PERSON_NAMES_URL);
  let names: PersonNames;
  try {
    names = parsePersonNames(path, readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputFileError(path, `cannot read the person-name list (${(error as Error).message})`);
  }
  const keys = [...names.surname, ...(names['signer-surname'] ?? [])];
  surnames = new Set(keys.map((key) => key.charAt(0).toUpperCase() + key.slice(1)));
  return surnames;
}

// Marked vowels the OCR prints as digits or signs: `V6` is `Võ`/`Vô`, `L3` is `Lã`, `Dwong` is `Dương`.
const SCAN_VOWELS: Record<string, string> = { '6': 'o', '0': 'o', '3': 'a', '4': 'a', '€': 'e', '&': 'e', w: 'u' };

/**
 * A signature line whose surname a scan glued to a stroke of the signature (`PDwong Xuân Huyện` for `Dương Xuân
 * Huyên`): the first word, less one or two leading letters, read as the one known surname it spells.
 */
function withScannedSurname(line: string): string {
  const match = /^(\p{Lu}{1,2})(\p{Lu}\p{Ll}+)(\s+\p{Lu}\p{Ll}*){1,3}$/u.exec(line);
  if (!match) return line;
  const word = match[2]!;
  const scanned = fold([...word].map((char, i) => (i > 0 ? SCAN_VOWELS[char] ?? char : char)).join(''));
  const fits = [...knownSurnames()].filter((surname) => fold(surname) === scanned);
  return fits.length === 1 ? `${fits[0]}${line.slice(match[1]!.length + word.length)}` : line;
}

/**
 * A signer's surname that restoration turned into another word (`Vị Thanh Tâm` from `V6 Thanh Tam`): the one known
 * surname whose letters the scan's word shows (digits read as the vowels OCR makes of them). Kept as restored when
 * it is a surname already or no single surname fits.
 */
function withSurnameFromScan(name: string, rawLine: string): string {
  const [first, ...rest] = name.split(' ');
  if (first === undefined || rest.length === 0 || knownSurnames().has(first)) return name;
  const rawFirst = rawLine.replace(/^[^\p{L}\d]+/u, '').split(/\s+/)[0] ?? '';
  const scanned = fold([...rawFirst].map((char, i) => (i > 0 ? SCAN_VOWELS[char] ?? char : char)).join(''));
  const fits = [...knownSurnames()].filter((surname) => fold(surname) === scanned && surname.length === first.length);
  return fits.length === 1 ? [fits[0]!, ...rest].join(' ') : name;
}

const SIGN_TITLE_WORDS = /\b(chu tich|uy ban|nhan dan|giam doc|truong|bi thu|noi nhan|luu|van phong|cong hoa|ke hoach|quyet dinh)\b/;
// A person's name: capitalised words; the first may be a single letter or carry an apostrophe as the names of the
// Central Highlands peoples do (`Y Wơn Êban`, `H'Hen Niê`).
const NAME_LINE = /^(\p{Lu}(?:\p{Ll}+|'\p{Lu}?\p{Ll}+)?)(\s+\p{Lu}\p{Ll}*){1,4}$/u;

/**
 * A signer's name a two-column layout printed at the end of a recipients line (`- Lưu: VT, KT. Nguyễn Trọng
 * Khiêm`): the capitalised words after the archive's office codes, or after the last stop of another recipient
 * where the first of them is a known surname.
 */
function nameAfterRecipient(text: string): string | null {
  const recipient = /^\s*[-–+•]?\s*(\p{L}+)/u.exec(text);
  if (!recipient) return null;
  const tail = /[.,;:]\s*([^.,;:]+?)\s*$/u.exec(text)?.[1];
  if (tail === undefined || !NAME_LINE.test(tail) || tail.replace(/\s/g, '').length < 6 || SIGN_TITLE_WORDS.test(fold(tail))) return null;
  // A name, not an office's code or a body (`VT`, `UBND`): some word in lower case after its first letter.
  if (!/\p{Ll}/u.test(tail)) return null;
  if (fold(recipient[1]!) === 'luu') return tail;
  return knownSurnames().has(tail.split(/\s+/)[0]!) ? tail : null;
}

/**
 * A name restoration printed with a word or two in capitals (`Chu Vân HỒ`, `NGUYỄN Thị Lan`): each word capitalised,
 * some in capitals and some not, led by a known surname; read in title case. A line of the signature block
 * (`TM. ỦY BAN NHÂN DÂN`) is no name.
 */
function nameInMixedCase(candidate: string): string | null {
  const words = candidate.split(/\s+/);
  if (words.length < 2 || words.length > 5 || candidate.replace(/\s/g, '').length < 6 || SIGN_TITLE_WORDS.test(fold(candidate))) return null;
  const inCapitals = words.filter((word) => word.length > 1 && /^\p{Lu}+$/u.test(word)).length;
  if (inCapitals === 0 || inCapitals === words.length || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  const name = titleCase(candidate);
  return NAME_LINE.test(name) && knownSurnames().has(name.split(' ')[0]!) ? name : null;
}

function readSigner(closing: readonly string[]): { name: string; index: number } | null {
  let seen = 0;
  for (let k = closing.length - 1; k >= 0 && seen < 6; k--) {
    const text = closing[k]!;
    if (text === '') continue;
    seen++;
    const candidate = withScannedSurname(text.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, ''));
    if (NAME_LINE.test(candidate) && candidate.replace(/\s/g, '').length >= 6) return { name: candidate, index: k };
    const mixed = nameInMixedCase(candidate);
    if (mixed !== null) return { name: mixed, index: k };
    const merged = nameAfterRecipient(text);
    if (merged !== null) return { name: merged, index: k };
    // A name printed in capitals (`NGUYỄN VĂN AN`), not a line of the signature block.
    const words = candidate.split(/\s+/);
    if (words.length >= 2 && words.length <= 5 && upperShare(candidate) === 1 && candidate.replace(/\s/g, '').length >= 6) {
      if (!SIGN_TITLE_WORDS.test(fold(candidate)) && words.every((word) => /^\p{Lu}+$/u.test(word))) return { name: titleCase(candidate), index: k };
    }
  }
  return null;
}

export { DOCUMENT_TYPES };
