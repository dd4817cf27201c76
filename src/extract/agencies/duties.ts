import { fold } from '../../structure/fold.js';
import { startsLikeOrganisation } from './heads.js';
import type { AgencyLookup } from './lookup.js';
import { phrasesOneEditOff } from './similarity.js';
import { isTwoWordLevel, levelAlternation, levelFirstWordAlternation } from '../levels.js';

// `Đề nghị …` (a request to a body outside the issuer's authority); OCR may garble its first syllable.
// `nghị` may have a letter read as its look-alike too (`Đề ngbị`, `Đề ughị`, `Đề nqhị`).
const REQUEST = /^((?:de|[a-z]{1,2}) (?:nghi|[nu][gq][hb]i)|g[il][ao][ao]|trach nhiem cua|doi voi|phan cong)\s+/;
/** The request opening a name (`Đề nghị`, `Giao`), matched folded; `Giáo dục` is no `Giao`. */
export function requestAt(text: string): RegExpExecArray | null {
  const match = REQUEST.exec(fold(text));
  if (match && /^g[il][ao][ao]\s/.test(match[0]) && /^g[il][ao][ao]\s+duc(?![a-z])/.test(fold(text))) return null;
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
  'kien toan', 'cu', 'chap hanh', 'keu goi', 'ban giao', 'chia se', 'ket noi', 'quang ba', 'khao sat', 'nhac nho', 'thanh lap',
  'lap dat', 'thay the', 'sua chua', 'xac minh', 'bieu duong', 'danh', 'hop',
  // Verbs of the genre no known name uses in lower case (checked against dictionaries/agencies.txt).
  'tham tra', 'cap phep', 'dieu chinh', 'tham du', 'cung ung', 'lien ket', 'khen thuong', 'xet duyet', 'phe duyet', 'thu gom',
  'van chuyen', 'thiet lap', 'phat hanh', 'dieu tri', 'ung cuu', 'so cuu', 'canh gac', 'cong bo', 'tuyen duong', 'kien nghi',
  'tong ket', 'so ket', 'nghiem thu', 'giai ngan', 'quyet toan', 'cai tao', 'mua sam', 'trang bi', 'cung co', 'huan luyen',
  'dien tap', 'ngan chan', 'dau tranh', 'triet pha', 'truy quet', 'mo rong', 'thu hut', 'canh bao', 'dong gop',
  'ung ho', 'nop', 'giam dinh', 'thu mua', 'bao toan', 'kiem ke', 'kiem dem', 'tiep dan', 'doi thoai', 'day nhanh', 'gioi thieu', 'thong bao', 'phat tin',
  'nam chac', 'nam tinh hinh', 'phong ngua', 'giao khoan', 'thu tien', 'thu phi', 'thu thue', 'xu phat', 'xac nhan', 'nao vet',
  'gia co', 'tich tru', 'thu hoi', 'dang ky', 'di doi', 'so tan', 'khoi to',
  // Short words that are duties only as printed with their marks (or bare): see SHORT_DUTIES.
  'la', 'mo', 'giup', 'dua', 'lam dau moi', 'lam thuong truc', 'cap', 'ky',
  // A duty said in the negative (`Công ty … không cấp điện cho công trình vi phạm`).
  'khong',
  // A partner joined to the body (`Trưởng ấp cùng người có uy tín vận động …`) is no part of its name.
  'cung',
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
  ['danh', 'dành'],
  ['hop', 'họp'],
  ['nop', 'nộp'],
  ['cap', 'cấp'],
  ['ky', 'ký'],
  ['khong', 'không'],
  ['cung', 'cùng'],
]);
// A short duty whose bare form is a common word of names and of unread lines (`hop` of `hợp tác xã`): it counts
// only as printed with its marks.
const MARKED_ONLY = new Set(['hop', 'ky', 'cung']);
const DUTY = new RegExp(String.raw`(?<![\p{L}])(?:${DUTY_PHRASES.join('|').replace(/ /g, '\\s+')})(?![\p{L}])`, 'gu');
// Where `tổ chức` (`quản lý`) names bodies, not a duty: `các tổ chức thành viên`, `tổ chức xã hội`, `Ban Quản lý`.
const NOT_A_DUTY_AFTER = /^\s+(?:chinh tri|xa hoi|thanh vien|doan the|hoi|nganh|kinh te|ton giao|co lien quan|du an)\b/;
// `Ban Quản lý dự án đầu tư xây dựng`: a duty word inside the lower-case part of a name.
// `Đội Quản lý trật tự xây dựng đô thị`: the order a body keeps is part of its name.
// `các chủ đầu tư lập …`: the investors are a body, and their duty follows.
const NOT_A_DUTY_BEFORE = /(?:^|[\s,])(?:cac|nhung|(?<!dia\s)ban|phong|cac co quan,|(?<!chu\s)dau tu|du an|trat tu)\s+$/;

/** For a text whose lines are not known: no capital is excused as a line's first letter. */
export const NO_LINE_STARTS: ReadonlySet<number> = new Set();

/**
 * Offset in `body` where the duty sentence after a name starts (the name ends there), or -1. `lineStarts` holds
 * the offsets that open a printed line after a heading line that did not end in a connector; no duty starts before
 * `nameEnd` (see knownNameEnd).
 */
export function dutyStart(body: string, folded: string, lineStarts: ReadonlySet<number>, nameEnd = 0): number {
  const from = Math.max(nameEnd, remitEnd(body, folded));
  const exact = exactDutyStart(body, folded, lineStarts, undefined, from);
  const near = nearDutyStart(body, exact < 0 ? folded : folded.slice(0, exact), from);
  return near >= 0 ? near : exact;
}

/**
 * Where a known name the text opens with (after a request: `Giao …`, `Đề nghị …`) ends, or 0: a duty word inside it
 * is the name's (`Trung tâm Dịch vụ tổng hợp xã quản lý …` is no `tổng hợp`).
 */
export function knownNameEnd(text: string, lookup: AgencyLookup): number {
  const request = requestAt(text)?.[0].length ?? 0;
  const known = lookup.knownPrefix(text.slice(request));
  return known > 0 ? request + known : 0;
}

// Bodies named for their remit in lower case (`Ban Chỉ đạo xây dựng nông thôn mới xã`, `Tổ công tác triển khai Đề án
// 06 huyện`): duty words there are the name's, up to the level it serves.
const REMIT_HEAD = /^(?:ban chi dao|to cong tac|ban dieu hanh|ban van dong|to giup viec)\s/;
const REMIT_LEVEL = new RegExp(String.raw`\s(?:${levelAlternation('folded')})(?![a-z])(?!\s+hoi(?![a-z]))`);

/** Where the remit of such a body ends at its level (no duty starts before), or 0. */
function remitEnd(body: string, folded: string): number {
  if (!REMIT_HEAD.test(folded)) return 0;
  const level = REMIT_LEVEL.exec(folded.slice(0, 140));
  if (!level || /[.;:]/.test(body.slice(0, level.index))) return 0;
  return level.index + 1;
}

/**
 * True when a duty phrase opens exactly at `at`, in capitals too (a table's duty cell starts with one: `Phòng Quản lý
 * đô thị Chủ trì thẩm định …`), or one printed a letter off there (`Ra soét` for `Rà soát`).
 */
export function dutyOpensAt(body: string, folded: string, at: number, nearToo = true): boolean {
  if (at > 0 && exactDutyStart(body, folded, new Set([at]), at) === at) return true;
  if (!nearToo) return false;
  const near = phrasesOneEditOff(folded.slice(at), NEAR_DUTIES).next();
  return !near.done && near.value.start === 0;
}

function exactDutyStart(body: string, folded: string, lineStarts: ReadonlySet<number>, only?: number, from = 0): number {
  for (const match of folded.matchAll(DUTY)) {
    const at = match.index;
    if (at === 0 || at < from || (only !== undefined && at !== only)) continue;
    const printed = body.slice(at, at + match[0].length);
    // The first letter decides: OCR flips the case of letters inside a word (`theo dOi`), a name's capital stays.
    const lowerCase = printed[0] === printed[0]!.toLocaleLowerCase('vi');
    if (!lowerCase && !lineStarts.has(at)) continue;
    if (LINE_START_DUTIES.has(match[0]) && lowerCase) continue;
    const short = SHORT_DUTIES.get(match[0]);
    const bareAllowed = !MARKED_ONLY.has(match[0]);
    // Opening a line in capitals after a heading line that ended cleanly, the word starts the sentence whatever
    // marks restoration left on it (`Đữa nội dung … vào cuộc vận động`).
    const opensLine = !lowerCase && bareAllowed;
    // `lập` with another mark (`lặp dự toán`) is still the duty, but for `lặp lại` and `san lấp`.
    const otherMarkedLap = match[0] === 'lap' && !/^\s+lai(?![a-z])/.test(folded.slice(at + 3)) && !/(?:^|\s)san\s+$/.test(folded.slice(Math.max(0, at - 5), at));
    if (short !== undefined && !opensLine && !otherMarkedLap && printed.toLocaleLowerCase('vi') !== short && (!bareAllowed || printed.toLocaleLowerCase('vi') !== match[0])) continue;
    const namesBodies = /^(?:to chuc|quan ly)$/.test(match[0].replace(/\s+/g, ' '));
    if (namesBodies && NOT_A_DUTY_AFTER.test(folded.slice(at + match[0].length))) continue;
    // `bản` (a village: `các thôn, bản rà soát`) is no `Ban` of a name.
    const before = body.slice(Math.max(0, at - 20), at);
    if (lowerCase && NOT_A_DUTY_BEFORE.test(folded.slice(Math.max(0, at - 20), at)) && !/(?:^|[\s,])bản\s+$/u.test(before)) continue;
    // `Trung tâm Trợ giúp pháp lý`: `giúp` of `trợ giúp` is a word of the name.
    if (match[0] === 'giup' && /(?:^|\s)tro\s+$/.test(folded.slice(Math.max(0, at - 5), at))) continue;
    // `Cục Hàng không`, `Phòng không`, `thư ký`, `không gian`, `không khí`: words of names.
    if (match[0] === 'khong' && (/(?:^|\s)(?:hang|phong)\s+$/.test(folded.slice(Math.max(0, at - 6), at)) || /^\s+(?:gian|khi|quan|luu|anh)(?![a-z])/.test(folded.slice(at + 5)))) continue;
    if (match[0] === 'ky' && /(?:^|\s)thu\s+$/.test(folded.slice(Math.max(0, at - 4), at))) continue;
    // `tổ họp tác` is restoration's `tổ hợp tác` (a cooperative group), no meeting.
    if (match[0] === 'hop' && /^\s+tac(?![a-z])/.test(folded.slice(at + 3))) continue;
    if (match[0] === 'cap' && !grantsSomething(folded.slice(Math.max(0, at - 12), at), folded.slice(at + 3))) continue;
    // `Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên …`: the kind of education a centre gives, in its name.
    if (match[0] === 'thuong xuyen' && /giao duc\s+$/.test(folded.slice(Math.max(0, at - 12), at))) continue;
    return at;
  }
  return -1;
}

// What `cấp` names where it is no duty: a level, known by its first word (`cấp xã`, `cấp thị xã`), or another rank
// (`các cấp`, `cấp ủy`, `cấp có thẩm quyền`, `cấp trên`).
const LEVEL_AFTER_CAP = new RegExp(
  String.raw`^\s+(?:${levelFirstWordAlternation('folded')}|thon|ban|co so|co tham quyen|trung uong|uy|tren|duoi|chinh quyen|ngan sach|quoc gia|bo|so|nganh)(?![a-z])`,
);

/** `… huyện cấp thẻ bảo hiểm y tế`, `cấp mã số vùng trồng`: `cấp` is the duty unless it names a level. */
function grantsSomething(foldedBefore: string, foldedAfter: string): boolean {
  if (/(?:^|\s)(?:cac|moi|tung|theo|o|tai)\s+$/.test(foldedBefore)) return false;
  return /^\s+\S/.test(foldedAfter) && !LEVEL_AFTER_CAP.test(foldedAfter);
}

// Duties of two words or more, seven letters or more, that restoration may leave one letter off (`theo đi` for
// `theo dõi`, `vậu động`); shorter ones are too close to the words of names.
const NEAR_DUTIES = [...new Set(DUTY_PHRASES)].filter((phrase) => phrase.includes(' ') && phrase.length >= 7 && !/^(?:to chuc|quan ly)$/.test(phrase));

const LEVEL_START = new RegExp(String.raw`^(?:${levelAlternation('folded')})\s`);
// The first word of a two-word level (`thành phố`, `thị xã`, `thị trấn`) is no word of a duty either.
const TWO_WORD_LEVEL_START = new RegExp(String.raw`^(?:${levelAlternation('folded', { only: isTwoWordLevel })})(?![a-z])`);

/** Where a duty printed one letter off starts, in lower case after the first word; -1 when none does. */
function nearDutyStart(body: string, folded: string, from = 0): number {
  for (const { start, end } of phrasesOneEditOff(folded, NEAR_DUTIES, 1)) {
    if (start < from) continue;
    if (body[start] !== body[start]!.toLocaleLowerCase('vi')) continue;
    // A level word right after a name (`Đài Truyền thanh xã phát …` is no `xử phạt`) is the name's own.
    if (LEVEL_START.test(folded.slice(start))) continue;
    // A capital inside is a name's next word (`Nhà Văn hóa Thanh niên` is no `hoàn thành`).
    if (/\p{Lu}/u.test(body.slice(start, end))) continue;
    // A word that names a class of bodies (`Các phòng, ban chuyên môn` is no `vận chuyển`) opens no damaged duty.
    if (/^(?:ban|phong|so|hoi|doan|nganh|to)\s/.test(folded.slice(start))) continue;
    // Nor may it start inside the head of the next body (`…, Chi đoàn thanh niên` is no `hoàn thành`).
    const previousWord = /(\p{Lu}\p{Ll}*)\s+$/u.exec(body.slice(Math.max(0, start - 12), start));
    if (previousWord && startsLikeOrganisation(body.slice(start - previousWord[0].length))) continue;
    // Nor may it end in the first word of a level (`… nhân dâu thành phố` is no `đấu tranh`).
    const lastWord = folded.slice(start, end).lastIndexOf(' ') + start + 1;
    if (TWO_WORD_LEVEL_START.test(folded.slice(lastWord))) continue;
    if (!NOT_A_DUTY_BEFORE.test(folded.slice(Math.max(0, start - 20), start))) return start;
  }
  return -1;
}

export const CONNECTOR_AT_END = /(?:^|\s)(va|cua|voi|cac|cho|trong|tai|ve|theo|den|tu|nhung|hoac|la|de|duoc)$|[,\-–(“]$/;
