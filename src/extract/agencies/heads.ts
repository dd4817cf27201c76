import { fold } from '../../structure/fold.js';
import { isOneWordLevel, levelAlternation } from '../levels.js';
import { printedWithoutMarks } from './similarity.js';

const PRINTED_LEVELS = levelAlternation('printed');

// Words an organisation's name starts with (printed with a capital). Compared with their diacritics, so
// `Bố trí` is not `Bộ`; a name printed entirely without marks (imperfect restoration) is compared folded.
export const ORG_HEADS = [
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
  'trưởng tổ dân phố', 'trưởng khu dân cư', 'trưởng ban công tác',
  // A commune's staff given duties like a body (`Nhân viên thú y xã`, `Cán bộ Tư pháp - Hộ tịch xã`).
  'nhân viên', 'cán bộ',
  // Posts given duties for the bodies they head (`Chủ tịch Ủy ban nhân dân các xã`, `Hiệu trưởng các trường`).
  'chủ tịch', 'giám đốc', 'thủ trưởng', 'hiệu trưởng',
  'hiệp hội', 'đại học', 'tập đoàn', 'ban đại diện', 'thuế', 'bộ phận', 'bql', 'mttq',
  // Groups of a commune's people given duties (`Tổ hòa giải ở cơ sở`, `Tổ Công nghệ số cộng đồng`, `Đội xung kích`).
  'tổ hòa giải', 'tổ hoà giải', 'tổ tự quản', 'tổ bảo vệ', 'tổ an ninh', 'tổ công nghệ số', 'đội xung kích', 'đội tình nguyện', 'đội dân phòng',
  // A province's newspaper merged with its radio and television station (`Báo và Phát thanh, Truyền hình …`).
  'báo và phát thanh',
];

// A lower-case piece of a list that starts a new body: `… và các tổ chức chính trị - xã hội`, `tổ chức xã hội …`.
// Village elders are given duties beside the village heads (`Trưởng thôn và già làng vận động …`).
const LOWER_GROUP = /^(cac\s+\p{L}+|to chuc|gia lang)(?![\p{L}])/u;

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
  if (ACRONYM_AND_LEVEL.test(text)) return true;
  const lower = text.toLocaleLowerCase('vi');
  const unmarked = printedWithoutMarks(text);
  return (
    headMatches(text, unmarked ? folded : lower, unmarked) ||
    (!unmarked && foldedHeadAllowed(lower) && headMatches(text, folded, true)) ||
    (!unmarked && headMatches(text, withLaterHeadWordsRespelled(lower), false))
  );
}

// The marked words heads use after a given first word (`trưởng` → các, thôn, bản, ban, công, …).
const LATER_HEAD_WORDS = new Map<string, Set<string>>();
for (const head of ORG_HEADS) {
  const [first, ...rest] = head.split(' ');
  if (rest.length > 0) LATER_HEAD_WORDS.set(first!, new Set([...(LATER_HEAD_WORDS.get(first!) ?? []), ...rest]));
}

/**
 * The text with the later words of a head put back to their marks where its first word is printed right and the
 * later ones only carry other marks (`Trưởng cắc thôn`, `Trưởng Cổng an xã`): a head whose first word stands for
 * itself (`Trưởng`, `Bảo`) is not compared folded as a whole. A later word printed as another head's word after the
 * same first word (`Trưởng Ban …` beside `Trưởng bản`) is printed right: no repair. Same length.
 */
function withLaterHeadWordsRespelled(lower: string): string {
  for (const head of ORG_HEADS) {
    const words = head.split(' ');
    const start = lower.slice(0, head.length);
    if (words.length < 2 || start === head || fold(start) !== fold(head) || /^\p{L}/u.test(lower.slice(head.length))) continue;
    const printed = start.split(' ');
    const siblings = LATER_HEAD_WORDS.get(words[0]!)!;
    if (words.every((word, i) => printed[i] === word || (i > 0 && !siblings.has(printed[i]!)))) return `${head}${lower.slice(head.length)}`;
  }
  return lower;
}

const NAMED_BY_LEVEL = new Set(['doan', 'thue']);
const FOLDED_BY_LEVEL = new RegExp(String.raw`^(?:${levelAlternation('folded', { only: isOneWordLevel })})\s`);
const BY_LEVEL = new RegExp(String.raw`^(?:${PRINTED_LEVELS})(?=$|[\s,;:.])`, 'u');
const ACRONYM_AND_LEVEL = new RegExp(String.raw`^[A-ZĐ][A-ZĐ&-]{2,}(?=\s*(?::|$|\s(?:${PRINTED_LEVELS})(?![\p{L}])))`, 'u');

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
    // A post stands for a body only with the body or class it heads (`Giám đốc các sở`, `Chủ tịch UBND xã`), not
    // alone or in a list of officials (`Chủ tịch, các Phó Chủ tịch …`).
    // `các` matched folded: restoration may print `cắc`.
    if (POST_HEADS.has(fold(key))) return /^\s+\p{Lu}/u.test(text.slice(key.length)) || /^\s+cac\s/.test(fold(text.slice(key.length)));
    // A one-word head names a body only when a name follows (`Báo Lạng Sơn`, `Phòng Văn hóa`, `Sở VHTTDL`),
    // not a common word (`Báo cáo`, `Phòng chống`, `Ban hành`, `Trường hợp`).
    if (key.includes(' ') || !SINGLE_WORD_HEADS.has(fold(head))) return true;
    const next = text.slice(key.length).trim();
    // The youth union and the tax office are named by their level alone (`Đoàn phường`, `Thuế tỉnh Hưng Yên`).
    if (NAMED_BY_LEVEL.has(fold(head)) && BY_LEVEL.test(next)) return true;
    // … whatever marks restoration left on the level, where the place's name follows (`Thuế tinh Tây Ninh`).
    if (NAMED_BY_LEVEL.has(fold(head)) && FOLDED_BY_LEVEL.test(fold(next)) && /^\S+\s+\p{Lu}/u.test(next)) return true;
    return /^[\p{Lu}\d]/u.test(next);
  });
}

const STAFF_HEADS = new Set(['nhan vien', 'can bo']);
const POST_HEADS = new Set(['chu tich', 'giam doc', 'thu truong', 'hieu truong']);
const SINGLE_WORD_HEADS = new Set(['thue', 'so', 'ban', 'hoi', 'dai', 'bao', 'bo', 'cuc', 'phong', 'truong', 'doan', 'vien', 'quy', 'thon', 'tram', 'hat', 'don', 'doi']);
