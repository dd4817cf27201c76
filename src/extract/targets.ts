import type { SectionNode, Target } from '../schema/document.js';
import { ownLineRange, walkSections } from '../structure/paths.js';
import { fold } from '../structure/fold.js';
import { FlowText } from './flow.js';

export interface TargetContext {
  lines: readonly string[];
  /** The same lines as OCR read them, before restoration (units restoration respelled are read from them). */
  rawLines?: readonly string[];
  sections: readonly SectionNode[];
  /** First line of the closing block (targets are not read past it). */
  bodyEndLine: number;
  provenance: (line: number, raw: string) => Pick<Target, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
}

interface Found {
  start: number; // where the figure (or the lower bound of a range) starts
  valueStart: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  isCount: boolean;
  /** Numerator of a count unit (`bản` in `bản/người dân`) — the thing counted. */
  countNoun: string;
  /** A share of a whole as printed (`03 trong 08` for `03/08 xã`), said in the subject. */
  share?: string;
}

// Every pattern below runs on the folded text (lower case, no diacritics; same length as the text), so words
// an imperfect restoration left without their marks (`phan dau`, `den nam 2025`, `01 bo suu tap`) still count.
const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
// `‰` (per mille) measures birth and death rates.
const PERCENT = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s?(?:%o(?![\p{L}])|%|‰|phan\s+tram)`, 'gu');
const RANGE_LOWER = new RegExp(String.raw`(?:tu\s+)?(?<![\d.,])(${NUMBER})\s?%?\s*(?:-|–|den|toi)\s*$`);

// Classifiers a counted target is measured in (`04 cuộc triển lãm`, `01 bộ sưu tập`, `05 bản/người dân`).
const COUNT_UNITS = [
  'lượt người', 'đầu sách', 'câu lạc bộ', 'hội thi', 'hội nghị', 'lớp học', 'tác phẩm', 'sự kiện', 'mô hình', 'chương trình',
  'cuộc', 'bản', 'cuốn', 'bộ', 'lớp', 'đợt', 'buổi', 'lượt', 'người', 'giải', 'điểm', 'tủ sách', 'thư viện', 'chuyên đề',
  'tin', 'bài', 'phóng sự', 'chuyên mục', 'trường', 'xã', 'hộ', 'đơn vị', 'nhà văn hóa', 'di tích', 'hiện vật', 'lần',
  'ấn phẩm', 'tập', 'học viên', 'đội', 'nhóm', 'hoạt động', 'sản phẩm', 'tài liệu', 'hội', 'trang', 'công trình', 'thôn',
  // Measure words with a two-syllable thing measured, and facilities plans count (`lượt` and `phòng` with a
  // one-syllable noun are read by COMPOUND_HEADS below).
  'lượt truy cập', 'lượt tham gia', 'phòng chức năng', 'phòng', 'điểm trường', 'trường học',
  'sân thể thao', 'khu vui chơi', 'tuyến', 'km', 'ha', 'cơ sở', 'doanh nghiệp', 'hợp tác xã', 'làng nghề', 'khóa',
  'hội thảo', 'tọa đàm', 'cụm', 'trạm', 'hộ kinh doanh', 'phường', 'thị trấn', 'huyện', 'thị xã',
  // Works and facilities of many sectors (`06 dự án`, `35 trạm y tế`, `12 ki-ốt`), lengths in metres, a bandwidth,
  // a concentration (`40 µg/m³`), and a time limit of a service (`không quá 05 ngày làm việc`, `không quá 24 giờ`,
  // read with its bound).
  'dự án', 'trạm y tế', 'ki-ốt', 'm', 'Mbps', 'µg', 'mg', 'ngày làm việc', 'giờ', 'thanh thiếu niên',
  // A change of a rate in points (`tăng 0,8 điểm phần trăm`); animals and couples counted (`1.100 con trâu, bò`,
  // `1.200 cặp nam, nữ`); quantities of supplies and areas (`650 lít`, `1.200 kg`, `4.500 m²`); equipment.
  'điểm phần trăm', 'tuổi', 'con', 'cặp', 'lít', 'kg', 'm²', 'm2', 'm³', 'm3', 'camera', 'chốt',
  // Measures of weight and yield, media items counted as a pair, groups named by their task, and count nouns whose
  // modifier is not part of the unit (`08 nút giao thông`, `15 xe ép rác`).
  'tấn', 'tạ', 'tin bài', 'tin, bài', 'tổ hợp tác', 'tổ hòa giải', 'nút', 'xe',
  // Head nouns that stand alone before their modifier (`85.000 cây phân tán`, `26 tổ bảo vệ rừng`, `350 mẫu test
  // nhanh`), printed materials, and localities counted together as one unit (`03/08 xã, thị trấn`).
  'cây', 'tổ', 'tổ dân phố', 'tổ tự quản', 'mẫu', 'tờ rơi', 'tờ gấp', 'băng rôn', 'pa nô', 'áp phích',
  'xã, thị trấn', 'xã, phường, thị trấn', 'xã, phường', 'phường, xã', 'thôn, bản', 'thôn, buôn', 'thôn, làng',
  'thôn, tổ dân phố', 'thôn, xóm', 'ấp, khóm', 'ngõ, hẻm', 'ngõ, ngách',
];
// Measure words that take the noun they measure as part of the unit: `phòng đọc`, `lượt khách`, and `lượt` with
// a noun of two syllables where it is one word (`lượt nông dân`, `lượt thông báo`).
const COMPOUND_HEADS = new Set(['luot', 'phong']);
const TWO_SYLLABLE_COUNTED = [
  'du khách', 'nông dân', 'học sinh', 'sinh viên', 'học viên', 'hội viên', 'đoàn viên', 'cán bộ', 'bạn đọc', 'thanh niên',
  'phụ nữ', 'người dân', 'trẻ em', 'bệnh nhân', 'đối tượng', 'lao động', 'truy cập', 'tham gia', 'sử dụng', 'tham quan',
  'thông báo', 'tin nhắn', 'phát sóng', 'người dân', 'công chức', 'viên chức', 'giáo viên', 'hộ gia đình',
].map((noun) => fold(noun));
// Words that cannot be that noun: the sentence goes on (`05 lượt trong năm`, `02 phòng tại trụ sở`).
const NOT_A_MEASURED_NOUN = new Set(
  'cua tai o va cho tren duoi duoc dat de trong voi moi hoac tu den nam thang hang cac nhung da se la co nhu theo'.split(' '),
);

// A count whose noun no list names (`10 cơ quan`, `150 căn nhà`, `3.000 tờ rơi`): the number and the noun phrase
// after it, read where a plan states a target (a cue before it, or a count printed with a leading zero).
const GENERIC_COUNT = /(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3})\s+(\p{Ll}+)(?:\s(\p{Ll}+))?(?![\p{L}\d/%])/gu;
// Words after a number that are not a counted thing: spans of time, ages, money and measures, ranks and parts.
// Compared as printed (`văn bản` is counted, `vạn` is not); the units of COUNT_UNITS are read there.
const NOT_COUNTED = new Set(
  (
    'tuổi tháng ngày năm giờ phút giây tuần quý đêm kỳ kì triệu tỷ tỉ nghìn ngàn trăm chục vạn đồng mét lít tấn kg cm mm ' +
    'độ mức bậc cấp hạng loại số phần điều khoản chương mục bản lần thứ người lượt phòng giai ' +
    'của tại ở và cho trên dưới được đạt để trong với mỗi hoặc từ đến hằng hàng các những đã sẽ là có như theo'
  ).split(' '),
);
const FOLDED_NOT_COUNTED = new Set([...NOT_COUNTED].map((word) => fold(word)));

/** A word of `set` as printed, or its bare form (no marks at all, as an imperfect restoration leaves it). */
function printedIn(word: string, set: ReadonlySet<string>, foldedSet: ReadonlySet<string>): boolean {
  const lower = word.toLocaleLowerCase('vi');
  return set.has(lower) || (lower === fold(lower) && foldedSet.has(lower));
}
// Two-syllable verbs that open a clause describing the noun before them.
const MODIFYING_VERBS = new Set(
  [
    'giám sát', 'kiểm dịch', 'kiểm tra', 'bảo vệ', 'tuyên truyền', 'hướng dẫn', 'phục vụ', 'hỗ trợ', 'xử lý', 'phòng chống',
    'chăm sóc', 'quản lý', 'tư vấn', 'thu gom', 'vận chuyển', 'cung cấp', 'tham gia', 'cứu hộ', 'cứu nạn', 'theo dõi',
    'phát hiện', 'tiếp nhận', 'thực hiện', 'sinh hoạt', 'hoạt động', 'đạt chuẩn', 'kết nối', 'quan trắc', 'cảnh báo', 'đăng ký',
    'dự kiến', 'trưng bày', 'chỉ dẫn',
  ].map((verb) => fold(verb)),
);
// First syllables of words that describe the noun counted before them rather than name a kind of thing, as printed.
const HEAD_MODIFIERS = new Set(['cổ', 'ở', 'mới', 'cũ', 'báo', 'tiết', 'tình', 'tạm', 'dột', 'kiên', 'hư', 'xuống', 'lớn', 'nhỏ']);
// Classifiers that need their noun to say what is counted (`căn nhà`, `tờ rơi`, `chiếc xe`).
const CLASSIFIERS = new Set('can to cai chiec con ngoi quyen buc tam cay toa'.split(' '));
// Words that cannot be the second syllable of the counted noun: the sentence goes on after a one-syllable noun.
const NOT_A_NOUN_SYLLABLE = new Set(
  (
    'của tại ở và cho trên dưới được đạt để trong với mỗi hoặc từ đến năm tháng hằng hàng các những đã sẽ là có như theo ' +
    'trở thuộc khác này đó tham đang cần phải chưa về sau trước lên xuống vào ra nữa mới gồm'
  ).split(' '),
);
const FOLDED_NOT_A_NOUN_SYLLABLE = new Set([...NOT_A_NOUN_SYLLABLE].map((word) => fold(word)));
// A target stated with a verb of doing or reaching right before the count (`tổ chức 02 lớp`, `in 3.000 tờ rơi`,
// `hỗ trợ xây mới 150 căn nhà`, `kiểm tra ít nhất 10 cơ quan`). Matched on the printed words, marks and all (or
// bare, as an imperfect restoration leaves them): a digit OCR made of a word (`từ 6 hình thành`, `Tuần 18`)
// does not follow such a verb.
const GENERIC_CUE_WORDS = [
  'đạt', 'phấn đấu', 'tổ chức', 'xây dựng', 'xây mới', 'thành lập', 'duy trì', 'biên soạn', 'phát hành', 'in', 'phát',
  'cấp phát', 'mở', 'tăng', 'thu hút', 'hỗ trợ', 'sửa chữa', 'nâng cấp', 'cải tạo', 'đào tạo', 'tập huấn', 'bồi dưỡng',
  'trang bị', 'lắp đặt', 'kiểm tra', 'giải quyết việc làm cho', 'phát triển', 'trồng', 'hoàn thành', 'ra mắt', 'công nhận',
  'vận động', 'có thêm', 'bình quân', 'trung bình', 'đưa', 'đăng', 'bổ sung', 'xử lý', 'tiếp nhận', 'khoảng', 'phát sóng',
  'xóa', 'xóa bỏ', 'kết nạp', 'tuyển sinh', 'giới thiệu việc làm cho', 'cấp', 'tiêm', 'treo', 'lắp mới', 'dựng',
  // Tasks of every sector that take what they count as object (`kiện toàn 20 nhóm`, `khám sàng lọc cho 500 người`).
  'kiện toàn', 'lấy', 'số hóa', 'tu bổ', 'khởi công', 'hoàn thiện', 'chỉnh trang', 'huấn luyện', 'khám', 'sàng lọc',
  'tư vấn', 'giám sát', 'thanh tra', 'hướng dẫn', 'chuyển giao', 'đăng ký', 'thu gom', 'nạo vét', 'trao', 'tặng', 'thăm',
  'cho vay', 'truyền dạy', 'phục dựng', 'khôi phục', 'bảo tồn', 'sưu tầm', 'phục hồi', 'chăm sóc', 'khoanh nuôi',
  'giải quyết việc làm', 'tạo việc làm', 'tương đương', 'công bố', 'rà soát', 'di dời', 'bố trí', 'cắm', 'lắp', 'bê tông hóa', 'cứng hóa', 'nhựa hóa', 'kiên cố hóa', 'cấp mới', 'tuyển dụng',
  // A bound stated for a count says it is a norm to keep (`không quá 35 học sinh`, `tối đa 30 người`).
  'không quá', 'không vượt quá', 'tối đa', 'không dưới', 'không ít hơn', 'không thấp hơn',
];
const GENERIC_FILLERS = ['ít nhất', 'tối thiểu', 'thêm', 'mới', 'khoảng', 'trên', 'từ', 'hơn', 'cho', 'được', 'và', 'tổng số', 'mỗi năm'];
// The bare form of a one-syllable word is a word of its own (`trong` for `trồng`, `dang` for `đăng`): only phrases
// are also taken bare.
const withBare = (words: readonly string[]) => [...new Set(words.flatMap((word) => (word.includes(' ') ? [word, fold(word)] : [word])))].join('|');
const GENERIC_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${withBare(GENERIC_CUE_WORDS)})(?:\s+(?:${withBare(GENERIC_FILLERS)}))*\s*$`, 'u');
// The same verbs anywhere in the clause before a count of a known unit (`tổ chức 24 hội nghị … cho khoảng 3.500
// lượt người`), and `và` / a comma after another count of the clause (`phát hành 20.000 tờ rơi và 150 pa nô`).
const CLAUSE_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${withBare(GENERIC_CUE_WORDS)})(?![\p{L}])`, 'u');
// … or after a comma and the next task's verb (`treo 20 băng rôn, phát 2.000 tờ rơi`).
const LIST_AFTER_COUNT = /^\s*(?:,|và|va|,\s*và|,\s*\p{Ll}+(?:\s\p{Ll}+)?)\s*$/u;

// Money: an amount is a target only with a cue before it (`đạt 120 tỷ đồng`), never by its leading zero alone.
const MONEY_UNITS = ['nghìn đồng', 'ngàn đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'đồng', 'USD', 'đô la Mỹ'];
// A count in thousands or millions keeps its multiplier in the unit (`1,2 triệu lượt`, `15 nghìn lượt khách`).
const MULTIPLIER = String.raw`(?:(?:nghin|ngan|trieu|ty|ti)\s+)?`;
const UNIT_ALTERNATION = [...new Set([...COUNT_UNITS, ...MONEY_UNITS].map((unit) => fold(unit)))].sort((a, b) => b.length - a.length).join('|');
const FOLDED_MONEY = new Set(MONEY_UNITS.map((unit) => fold(unit)));
// `150.000`: the dot groups thousands in Vietnamese print.
// `1,7 lần`, `4,5 tỷ đồng`: a decimal comma. A unit may be a rate over one or more slashes (`tạ/ha/vụ`).
// `03/08 xã, thị trấn`: a share of a whole (never a date: a counted noun follows, and no year).
const COUNT = new RegExp(
  String.raw`(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)(?:\/(\d{1,3})(?![\d/]))?\s+(${MULTIPLIER}(?:${UNIT_ALTERNATION}))(?![\p{L}])(?!\s+chuc(?![\p{L}]))`,
  'gu',
);
// Numbers of articles, clauses, parts, years, terms…, and a classification (`theo 03 nhóm`, `thùng phân loại 03
// ngăn`, `chia thành 02 nhóm`); `định kỳ` is not
// `kỳ`, and `cả năm`, `mỗi năm` are not a year.
const NOT_COUNT_BEFORE = /(dieu|khoan|(?<!danh |tong |o )muc|pham vi|ban kinh|(?<!cu )cach|chuong|so|phu luc|bieu|mau|phan loai|(?<!thu )gom|gom co|(?:chia|phan) thanh|(?<!(?:ca|moi|hang) )nam|thang|ngay|giai doan|khoa|lan thu|phan|tap|(?<!dinh )ky|thu|theo)\s*$/;
const COUNT_CUE = /(?<![a-z])(dat|phan dau|to chuc|xay dung|moi|hang nam|it nhat|toi thieu|thanh lap|duy tri|thuc hien|tu|co|binh quan|trung binh|bien soan|phat hanh|mo|tang|suu tam|thu hut|(?:[dp]en|toi|trong|vao) n[a-z]m (?:19|20)\d\d)(?![a-z])/;
// A support level per person or item the plan commits to (`mức hỗ trợ … 800.000 đồng/người/tháng`) is a target, as
// the T23–T28 notes say; the most a loan or a grant gives per item (`tối đa 40 triệu đồng/máy`) is not, as the
// H9–H12 gold decisions say (the T23–T28 notes count it: the two disagree, the final judge's rule is kept); nor are
// the worth of one item handed out (`mỗi sổ trị giá 5 triệu đồng`) and a budget (`tổng kinh phí 4,2 tỷ đồng`).
const SUPPORT_CUE = /(?<![a-z])(?:muc ho tro|ho tro|muc tro cap|tro cap|muc chi)(?![a-z])/;
const GRANT_MAXIMUM_BEFORE = /(?:^|\s)(?:toi da|khong qua|khong vuot qua)\s*$/;
const MONEY_CUE = /(?<![a-z])(dat|phan dau|tang|it nhat|toi thieu|giai ngan|huy dong|thu hut|binh quan|trung binh|khong qua|khong vuot qua)(?![a-z])/;

// `n[a-z]m` and `[dp]en` tolerate the commonest OCR damage to `năm` (nim, nem) and `Đến` (Pén).
// Also a quarter of a year (`trong quý III năm 2024`).
// `vào cuối năm 2024`; and a year that opens an item, whatever its first word became (`4. Bốn năm 2025` for `Đến`).
const YEAR_PHRASE = /(?:(?:(?<![a-z])[dp]?en|toi|truoc|vao|trong|het|phan dau|[dp]?en het|toi het)(?:\s+quy\s+[ivx]{1,3}|\s+cuoi)?\s+n[a-z]m|(?:^|[.;:,\n]\s*|\sva\s+)(?:[-+•]\s*)?(?:\d{1,2}\.\s+[a-z]{2,4}\s+)?n[a-z]m|(?<=\d\s?(?:%|‰)\s{0,2})n[a-z]m)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/g;
const YEARLY = /(h[a-z]ng\s+n[a-z]m|m[a-z]i\s+n[a-z]m|nam\s+nao\s+cung|%\s*\/\s*n[a-z]m)(?![a-z])/;

const LEAD_IN = /^(?:[-+•,:;\s]|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|va\s|[pd]han [dp]au\s|[pd]han [dp]au$|[dp]?en n[a-z]m \d{4}|toi nam \d{4}|n[a-z]m \d{4}|trong nam \d{4}|vao (?:cuoi )?n[a-z]m \d{4}|h[a-z]ng n[a-z]m|m[a-z]i n[a-z]m|trong do|cu the|dat\s|dat$|co\s)+/;
const TRAILING_FILLER = /(?:\s*(?:tu|dat|va vuot|vuot|la|o muc|khoang|tren|duoi|hon|it nhat|toi thieu|toi da|khong qua|khong duoi|bang|chiem|phan dau|dat ty le|[,:;-]))+\s*$/;
const VERB_BEFORE = /(?:^|\s)(dat|tang|giam|chiem|la|bang|len|xuong|duy tri|trung binh|binh quan)(?:\s+(?:binh quan|khoang|tu|tren|duoi|toi thieu|it nhat|hon|ty le|muc))*\s*$/;
const TRAILING_VERB = /\s*(?:(?:keo giam|tang|giam|dat|chiem|duy tri)(?:\s+binh quan)?|binh quan|trung binh)\s*$/;
// `100% (25/25 xã) …`: the share a percentage stands for, printed in brackets, is no part of what it measures.
const AFTER_LEAD = /^(?:\s|tro len|tro xuong|so voi[^,;]*|m[a-z]i n[a-z]m|h[a-z]ng n[a-z]m|\/(?:nam|thang|quy|tuan|ngay)|\(\d{1,4}\/\d{1,4}\)|(?:vao|den|trong) (?:cuoi )?n[a-z]m (?:19|20)\d\d)+/;
// … and a time the target is due by (`… trước ngày 30/9/2024`, `trong quý III năm 2024`).
// … and the funds a task is given (`… với tổng kinh phí 4,5 tỷ đồng`, `…, mức hỗ trợ 5 triệu đồng/hộ`).
// … and the worth of each item handed out (`…, mỗi sổ trị giá 5 triệu đồng`).
const SUBJECT_STOP = /\s(?:moi(?= [a-z]+ tri gia(?![a-z]))|cho nguoi|dap ung|phu hop voi|thu hut|nham|de|gop phan|trong do|(?:voi )?(?:tong )?kinh phi|muc ho tro|(?:truoc|trong|den|vao) (?:ngay|quy|thang) [\divx])/;
const MEASURES = new Set(['km', 'ha', 'tan', 'ta', 'm', 'kg', 'lit', 'm²', 'm2', 'm³', 'm3']);
const CONNECTOR_ONLY = /^[\s,;:]*(?:va|hoac|,|[dp]en n[a-z]m \d{4}|toi nam \d{4}|n[a-z]m \d{4}|dat|phan dau|\s)*[\s,;:]*$/;
const CORRESPONDING = /^(?:cac\s+)?(?:chi tieu|muc)\s+tuong\s+ung/;

// The marked words the folded patterns above stand for. A folded match is accepted only when each word it
// covers is printed either exactly so or bare (no marks at all, as an imperfect restoration may leave it):
// `tu` may be `từ` or `tu`, never `tư`; `de` may be `để`, never `đề`.
const PATTERN_WORDS = new Set(
  (
    'và hoặc phấn đấu đến tới năm trong hết hằng hàng mỗi nào cũng đó cụ thể đạt có từ là ở mức khoảng trên dưới hơn ít nhất ' +
    'tối thiểu đa không quá bằng chiếm tỷ tỉ lệ tăng giảm lên xuống duy trì trung bình quân trở so với cho người đáp ứng ' +
    'phù hợp thu hút nhằm để góp phần trước vào'
  ).split(' '),
);

// Folded forms that stand for several common words; only these need the check (other marked words, even
// damaged ones like `Ẻn` for `Đến`, are taken as the folded pattern says).
const AMBIGUOUS = new Set('tu co de la bang dat tang hon toi do so da qua len it phan dau'.split(' '));

function wordsAllowed(text: string): boolean {
  for (const word of text.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? []) {
    const folded = fold(word);
    if (folded !== word && AMBIGUOUS.has(folded) && !PATTERN_WORDS.has(word)) return false;
  }
  return true;
}

/** A piece of text with its folded form, cut by patterns matched on the folded form. */
class Span {
  constructor(
    readonly text: string,
    readonly folded: string,
  ) {}
  static of(text: string): Span {
    return new Span(text, fold(text));
  }
  slice(start: number, end?: number): Span {
    return new Span(this.text.slice(start, end), this.folded.slice(start, end));
  }
  /** Drops a match of a `^`-anchored pattern. */
  dropStart(pattern: RegExp): Span {
    const match = pattern.exec(this.folded);
    if (!match || match.index !== 0 || !wordsAllowed(this.text.slice(0, match[0].length))) return this;
    return this.slice(match[0].length);
  }
  /** Drops a match of a `$`-anchored pattern. */
  dropEnd(pattern: RegExp): Span {
    // The longest tail whose words are allowed: `… điện tử đạt` drops `đạt`, though `tử đạt` folds like `từ đạt`.
    for (let from = 0; from < this.folded.length; ) {
      const match = pattern.exec(this.folded.slice(from));
      if (!match) return this;
      const at = from + match.index;
      if (wordsAllowed(this.text.slice(at))) return this.slice(0, at);
      // Retry from the next word boundary, never inside a word.
      const next = this.folded.slice(at + 1).search(/\s/);
      if (next < 0) return this;
      from = at + 1 + next;
    }
    return this;
  }
  test(pattern: RegExp): boolean {
    const match = pattern.exec(this.folded);
    return match !== null && wordsAllowed(this.text.slice(match.index, match.index + match[0].length));
  }
  /** Index of the first match whose words are allowed, or -1. */
  search(pattern: RegExp): number {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of this.folded.matchAll(global)) {
      if (wordsAllowed(this.text.slice(match.index, match.index + match[0].length))) return match.index;
    }
    return -1;
  }
  tidy(): string {
    const text = this.text.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+/, '').replace(/[\s,;:–-]+$/, '');
    return (/\(/.test(text) ? text : text.replace(/\)+$/, '')).trim();
  }
}

/** Every percentage target, and counted targets such as `05 bản/người dân` or `từ 04 đến 05 cuộc …`. */
export function extractTargets(input: TargetContext): Target[] {
  const context = input.rawLines ? { ...input, lines: withOcrUnits(input.lines, input.rawLines) } : input;
  const targets: Target[] = [];
  const nodes = [...walkSections(context.sections)];
  const blocks: { node: SectionNode | null; start: number; end: number }[] = nodes.map((node) => ({ node, ...ownLineRange(node) }));
  if (blocks.length === 0) blocks.push({ node: null, start: 1, end: context.bodyEndLine - 1 });
  for (const block of blocks) {
    const end = Math.min(block.end, context.bodyEndLine - 1);
    if (end < block.start) continue;
    const flow = new FlowText(context.lines, block.start, end);
    targets.push(...targetsInBlock(flow, block.node, nodes, context));
  }
  // A table row is read with the years of its header; what the running text reading took from it is dropped.
  const table = tableTargets(context);
  const rowLines = new Set(table.map((target) => target.line));
  return [...targets.filter((target) => !rowLines.has(target.line)), ...table].sort((a, b) => a.line - b.line);
}

// Units of measure as OCR printed them after a figure: `m?` (OCR's reading of m² and m³), `m2`, `m3`, `m`, `pg/m3`.
// OCR may also print the superscript as another symbol (`m¥`, `m°`): read as `m?`.
const OCR_UNIT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s?((?:[pµu]g\/)?m(?:[23²³]|[^\s\p{L}\d/,.;:()\-–])?)(?=[\s/,.;:)]|$)/gu;
// What a volume measures (`nạo vét 65.000 m? bùn`, `đổ 120 m? bê tông`); an area is the other reading of `m?`.
const VOLUME_WORDS = /(?:^|[^a-z])(?:nao vet|vet|khoi luong|bun|cat|dat dao|dao dap|be tong|nuoc|chat thai|rac)(?![a-z])/;

/**
 * The restored lines with a unit of measure put back where restoration made a word of it (`3.500 m?` → `3.500 mỏ?`,
 * `1.850 m kè` → `1.850 ẩm kế`, `40 pg/m3` → `40 độ/mã`): the figure must read the same in both, and only the unit
 * token after it changes. Used to read targets only; the text itself stays as restored.
 */
function withOcrUnits(lines: readonly string[], rawLines: readonly string[]): string[] {
  return lines.map((line, k) => {
    const raw = rawLines[k] ?? '';
    let out = line;
    for (const match of raw.matchAll(OCR_UNIT)) {
      const digits = match[1]!;
      const printed = match[2]!;
      const unit = ocrUnit(printed, `${raw.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20)} ${line}`);
      if (unit === null) continue;
      const escaped = digits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const restored = new RegExp(`(?<![\\d.,])(${escaped})(\\s?)([^\\s/,.;:)]+(?:/[^\\s,.;:)]+)?)`, 'u').exec(out);
      if (!restored) continue;
      const token = restored[3]!;
      if (token === unit || token.startsWith(`${unit}/`) || fold(token) === fold(unit)) continue;
      // Only a token restoration made of the unit: it opens with the unit's letter or a mark over it (`mỏ`, `ẩm`, `độ`).
      if (!/^(?:m|ẩm|độ|mỏ|mổ|mở|mô)/iu.test(token)) continue;
      const tail = unit.includes('/') ? '' : token.includes('/') ? token.slice(token.indexOf('/')) : '';
      out = `${out.slice(0, restored.index)}${digits} ${unit}${tail}${out.slice(restored.index + restored[0].length)}`;
    }
    return out;
  });
}

function ocrUnit(printed: string, around: string): string | null {
  if (/^[pµu]g\/m3$/.test(printed)) return 'µg/m³';
  if (printed === 'm') return 'm';
  if (printed === 'm2' || printed === 'm²') return 'm²';
  if (printed === 'm3' || printed === 'm³') return 'm³';
  if (/^m[^\p{L}\d]$/u.test(printed)) return VOLUME_WORDS.test(fold(around)) ? 'm³' : 'm²';
  return null;
}

// A table of targets by year (often in a PHỤ LỤC): a header whose last cells are years (`Năm 2024 Năm 2025 Năm
// 2026`, `2024 | 2025`), then rows `1 Tỷ lệ … % 85 90 95` — the indicator, its unit, one value per year.
const TABLE_YEARS = /((?:(?:năm\s+)?(?:19|20)\d\d\s*\|?\s*){2,6})(?:ghi chú\s*\|?\s*)?$/iu;
const TABLE_UNITS = ['%', '‰', ...COUNT_UNITS].sort((a, b) => b.length - a.length).map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const TABLE_ROW = new RegExp(
  String.raw`^\|?\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]?\s*\|?\s+)?(\p{L}.*?)\s*\|?\s*(${TABLE_UNITS.join('|')})?\s*\|?\s*((?:\d[\d.,]*\s?(?:%|‰)?\s*\|?\s*)+)$`,
  'u',
);

function tableTargets(context: TargetContext): Target[] {
  const out: Target[] = [];
  const { lines } = context;
  for (let index = 0; index < lines.length; index++) {
    const header = TABLE_YEARS.exec(lines[index]!);
    if (!header) continue;
    const years = [...header[1]!.matchAll(/(?:19|20)\d\d/g)].map((match) => Number(match[0]));
    // Years of a span (`giai đoạn 2021 - 2025`) are no columns: they rise one by one, or name a plan's years.
    if (new Set(years).size !== years.length || years.some((year, k) => k > 0 && year <= years[k - 1]!)) continue;
    if (/[-–]\s*$/.test(lines[index]!.slice(0, header.index).trimEnd()) || !/(?:chỉ tiêu|nội dung|đơn vị|tt|stt|năm\s+(?:19|20)\d\d)/iu.test(lines[index]!)) continue;
    for (let row = index + 1; row < Math.min(lines.length, index + 40); row++) {
      if (TABLE_YEARS.test(lines[row]!)) break;
      const cells = TABLE_ROW.exec(lines[row]!.trim());
      if (!cells) continue;
      const values = [...cells[3]!.matchAll(/\d[\d.,]*/g)].map((match) => match[0]);
      if (values.length !== years.length) continue;
      // No unit cell: each value carries its sign (`92% 94% 95%`).
      const signs = cells[3]!.match(/%|‰/g) ?? [];
      const unit = cells[2] ?? (signs.length === values.length && new Set(signs).size === 1 ? signs[0]! : null);
      if (unit === null) continue;
      const subject = cells[1]!.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim();
      values.forEach((printed, k) => {
        const value = unit === '%' || unit === '‰' ? Number(printed.replace(',', '.')) : countValue(printed);
        if (!Number.isFinite(value)) return;
        out.push({
          value,
          valueMax: null,
          unit,
          comparator: 'eq',
          year: years[k]!,
          yearly: false,
          subject,
          sentence: lines[row]!.trim(),
          confidence: 0.7,
          ...context.provenance(row + 1, lines[row]!),
        });
      });
    }
  }
  return out;
}

function targetsInBlock(flow: FlowText, node: SectionNode | null, nodes: readonly SectionNode[], context: TargetContext): Target[] {
  if (node !== null && inPartOf(node, nodes, NO_TARGET_PART)) return [];
  const bodyStart = headingEnd(flow, node);
  const taskItem = node !== null && node.kind !== 'part' && !inImplementationPart(node, nodes);
  const found = findFigures(flow.text, flow.folded, node !== null && inTargetSection(node, nodes), taskItem, bodyStart);
  if (found.length === 0) return [];
  const quotes = quotedRanges(flow.text);
  const years = [...flow.folded.matchAll(YEAR_PHRASE)]
    .filter((match) => !quotes.some(([a, b]) => match.index >= a && match.index < b))
    // Where the phrase's first word starts (not the punctuation before a clause's opening `năm 2025`).
    .map((match) => ({ at: match.index + /^[^a-z]*(?:va\s+)?/.exec(match[0])![0].length, year: Number(match[1]) }));
  const inherited = node ? inheritedYear(node, nodes, context.lines) : null;

  const out: Target[] = [];
  const subjects: (string | null)[] = [];
  const yearlyPhrases: (string | null)[] = [];
  found.forEach((figure, k) => {
    const next = found[k + 1];
    const previous = found[k - 1];
    const around = clauseAround(flow.text, figure.start, figure.end);
    // A heading on a line of its own is not part of the clause of its body's first figure.
    const clause = bodyStart > 0 && figure.start >= bodyStart ? { start: Math.max(around.start, bodyStart), end: around.end } : around;
    const subjectClause = subjectWindow(flow.text, clause, figure, previous, next);
    const sentence = sentenceAround(flow.text, figure.start, figure.end);
    const yearlyClause = YEARLY.test(flow.folded.slice(clause.start, clause.end));
    const year = pickYear(years, flow.folded, figure, previous, clause, next, yearlyClause ? null : inherited, yearlyClause);
    const subject = subjectOf(flow.text, figure, subjectClause, next, k > 0 ? subjects[k - 1] ?? null : null, clause.start);
    subjects.push(subject);
    const yearlyMatch = YEARLY.exec(flow.folded.slice(clause.start, clause.end));
    yearlyPhrases.push(
      // `15%/năm` says `mỗi năm` in the subject.
      yearlyMatch
        ? flow.text
            .slice(clause.start + yearlyMatch.index, clause.start + yearlyMatch.index + yearlyMatch[0].length)
            .replace(/^%\s*/, '')
            .replace(/^\/\s*/, 'mỗi ')
        : null,
    );
    out.push({
      value: figure.value,
      valueMax: figure.valueMax,
      unit: figure.unit,
      comparator: comparatorOf(flow.folded, figure),
      year,
      yearly: isYearly(flow.folded, clause, sentence),
      subject: subject ?? '',
      sentence: flow.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim(),
      // Lower when no subject could be read for the figure.
      confidence: subject ? 0.8 : 0.5,
      ...context.provenance(flow.lineAt(figure.valueStart), flow.rawSpan(figure.start, figure.end)),
    });
  });
  // Shared subjects: `đạt 80% và đến năm 2030, đạt 100% Trung tâm …` — the first figure takes the next one's subject.
  for (let k = out.length - 2; k >= 0; k--) {
    if (subjects[k] === null && out[k + 1]!.subject !== '') out[k]!.subject = out[k + 1]!.subject;
  }
  // A shared predicate: `100% hồ sơ cấp tỉnh, 90% hồ sơ cấp huyện và 70% hồ sơ cấp xã được xử lý …` — each
  // member of the list is measured by the predicate printed after the last one.
  for (let k = out.length - 2; k >= 0; k--) {
    const here = found[k]!;
    const after = found[k + 1]!;
    const between = flow.text.slice(here.end, after.start);
    if (/[;:.\n]/.test(between) || !/(?:,|\svà)\s*$/u.test(between)) continue;
    const predicate = /\s(được|đã được)\s.+$/u.exec(out[k + 1]!.subject);
    if (!predicate || /(?:^|\s)được\s/u.test(out[k]!.subject) || out[k]!.subject === '') continue;
    out[k]!.subject = `${out[k]!.subject}${predicate[0]}`;
  }
  // Siblings of a list that share the measured quantity of the first: `Tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu
  // gieo cấy đạt 70%` (the head before the shared word), `… đạt 98% ở khu vực thành thị và 90% ở khu vực nông thôn`
  // (the first's subject with the place of its own).
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
  // What a change is measured against goes in the subject: `Số vụ tái vi phạm giảm so với năm 2023`.
  out.forEach((target, k) => {
    const comparison = comparisonAfter(flow.text, flow.folded, found[k]!, found[k + 1]);
    if (comparison && target.subject !== '' && !fold(target.subject).includes(fold(comparison))) target.subject = `${target.subject} ${comparison}`;
  });
  out.forEach((target) => {
    target.subject = changeAfterRate(target.subject);
  });
  // `Tỷ lệ chợ có tổ quản lý an toàn thực phẩm: 100%`: nothing but the figure after a colon; the words before it say.
  out.forEach((target, k) => {
    if (target.subject !== '') return;
    const at = found[k]!.start;
    const colon = flow.text.lastIndexOf(':', at);
    if (colon < 0 || flow.text.slice(colon + 1, at).trim() !== '') return;
    const opening = clauseAround(flow.text, colon - 1, colon);
    target.subject = Span.of(flow.text.slice(opening.start, colon)).dropStart(LEAD_IN).tidy();
  });
  // `Đạt 100% số xã, phường, thị trấn (15/15)`: the share in brackets said as a share.
  out.forEach((target) => {
    target.subject = target.subject.replace(/\s*\((\d{1,4})\/(\d{1,4})\)$/u, ' ($1 trong $2)');
  });
  // `…, tương đương 21.800 căn hộ`: a count that restates the figure before it measures what that one measures.
  out.forEach((target, k) => {
    if (k === 0 || !found[k]!.isCount || !/(?:^|\s)tuong duong(?:\s+(?:voi|khoang))?\s*$/.test(flow.folded.slice(Math.max(0, found[k]!.start - 30), found[k]!.start))) return;
    const measured = out[k - 1]!.subject.replace(/(?:\s*\([^()]*\))+$/u, '').replace(/^(?:tỷ lệ|tỉ lệ|số)\s+/iu, '');
    if (measured === '') return;
    const noun = found[k]!.countNoun;
    target.subject = fold(measured).startsWith(fold(noun)) ? measured : `${noun} ${measured}`;
  });
  // Places named in a list (`tại chợ nổi Cái Răng, chợ Tân An và chợ Thốt Nốt`) say where, not what is measured.
  out.forEach((target) => {
    target.subject = withoutNamedPlaces(target.subject);
  });
  // `100% (25/25 xã) có trạm y tế …`: the bodies in brackets are what is measured, their share said as above.
  out.forEach((target) => {
    const bracket = /^\((\d{1,4})\/(\d{1,4})(?:\s+([^()]+))?\)\s*/u.exec(target.subject);
    if (bracket) target.subject = `${bracket[3] ? `${bracket[3]} ` : ''}${target.subject.slice(bracket[0].length)} (${bracket[1]} trong ${bracket[2]})`.trim();
  });
  // A share of a whole goes in the subject too: `xã, thị trấn được công nhận … (03 trong 08)`.
  out.forEach((target, k) => {
    const share = found[k]!.share;
    if (share && target.subject !== '') target.subject = `${target.subject} (${share})`;
  });
  // A qualifier goes in the subject (the value stays plain): `(trên 50%)`, `(từ 75% trở lên)`, `(ít nhất)`.
  out.forEach((target, k) => {
    const qualifier = qualifierOf(flow.text, flow.folded, found[k]!);
    if (qualifier && target.subject !== '' && !fold(target.subject).includes(fold(qualifier))) target.subject = `${target.subject} (${qualifier})`;
  });
  out.forEach((target, k) => {
    const opening = YEARLY.exec(fold(target.sentence.slice(0, 40)));
    const phrase = yearlyPhrases[k] ?? (opening ? target.sentence.slice(opening.index, opening.index + opening[0].length) : undefined);
    if (target.yearly && phrase && !target.subject.toLowerCase().includes(phrase.toLowerCase()) && target.subject !== '') {
      target.subject = `${target.subject} (${phrase.toLowerCase()})`;
    }
  });
  return out;
}

/**
 * A subject without a list of named places after `tại`/`ở` (two or more runs of capitalised words, joined by commas
 * or `và`); the words after the list stay.
 */
function withoutNamedPlaces(subject: string): string {
  const at = subject.search(/\s(?:tại|ở|trên)\s/u);
  if (at < 0) return subject;
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
    // A lower-case word inside the list names the kind of place (`chợ`, `phường`, `các`) or joins (`và`).
    if (!/^(?:các|và|chợ|nổi|phường|xã|thôn|bản|buôn|sóc|phum|ấp|khóm|khu|phố|đường|quận|huyện|thành|thị|trấn|tổ|dân|cụm|làng|xóm|tuyến|bến|cảng|chùa|đình)$/u.test(word)) break;
  }
  if (runs < 2 || lastCapital < 0) return subject;
  const kept = words.slice(lastCapital + 1).join(' ');
  return `${subject.slice(0, at)}${kept ? ` ${kept}` : ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * A change of a rate said after it: `Giảm tỷ lệ hộ nghèo xuống` → `tỷ lệ hộ nghèo (giảm xuống)`, and the level a
 * change starts from left out (`Tỷ lệ … giảm từ 4,5% năm 2023 xuống còn` → `Tỷ lệ … giảm xuống còn`).
 */
function changeAfterRate(subject: string): string {
  const withoutStart = subject.replace(/\s+từ\s+[\d.,]+\s?(?:%|‰)[^%‰]*?\s(xuống còn|xuống|lên)$/u, ' $1');
  const opening = /^(giảm|tăng|nâng|hạ|nâng cao|kéo giảm)\s+((?:tỷ|tỉ)\s+(?:lệ|suất|số)\s.+?)(?:\s+(xuống còn|xuống|lên|đến|tới))?$/iu.exec(withoutStart);
  if (!opening) return withoutStart;
  return `${opening[2]} (${opening[1]!.toLocaleLowerCase('vi')}${opening[3] ? ` ${opening[3]}` : ''})`;
}

/**
 * Where the body of an item starts when its heading stands on a line of its own (`4. Truyền dạy di sản` /
 * `Mở 04 lớp …`): the next line opens with a capital. 0 when the heading runs on into its text.
 */
function headingEnd(flow: FlowText, node: SectionNode | null): number {
  if (node === null || node.kind === 'bullet') return 0;
  for (let at = 0; at < flow.text.length; at++) {
    if (flow.lineAt(at) === node.startLine) continue;
    return /[,\p{Ll}]\s*$/u.test(flow.text.slice(0, at).trimEnd()) && /^\s*\p{Lu}/u.test(flow.text.slice(at)) && !/,\s*$/.test(flow.text.slice(0, at)) ? at : 0;
  }
  return 0;
}

/**
 * The stretch of a clause whose words can describe a figure. Between two figures of one clause, the last comma
 * splits what the first says after it from what the second says before it
 * (`… 05 bản/người dân và đạt 01 bản sách …, mỗi người dân đọc trung bình 06 cuốn`).
 */
function subjectWindow(
  text: string,
  clause: { start: number; end: number },
  figure: Found,
  previous: Found | undefined,
  next: Found | undefined,
): { start: number; end: number } {
  let start = clause.start;
  if (previous && previous.end <= figure.start && previous.end > clause.start) {
    // `…, trong đó lao động đi thị trường Hàn Quốc, Nhật Bản chiếm trên 60%`: the part after `trong đó` is one.
    const between = text.slice(previous.end, figure.start);
    const within = /,\s*trong đó\s/u.exec(between);
    const comma = within ? within.index : between.lastIndexOf(',');
    start = previous.end + (comma >= 0 ? comma + 1 : 0);
  }
  let end = clause.end;
  if (next && next.start < clause.end) {
    const comma = text.slice(figure.end, next.start).indexOf(',');
    end = comma >= 0 ? figure.end + comma : next.start;
  }
  return { start, end };
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** A count after a verb of doing or reaching in its clause, or listed after another count of the clause. */
/** A verb of doing printed in lower case: in capitals inside a clause it is part of a name (`Phòng Giáo dục và Đào tạo`). */
function lowerCaseCue(printed: string): boolean {
  const lower = printed.toLocaleLowerCase('vi');
  const global = new RegExp(CLAUSE_CUE.source, 'gu');
  for (const match of lower.matchAll(global)) {
    if (printed[match.index] === lower[match.index]) return true;
    // … or a verb that opens the clause, capitalised as its first word (`Đào tạo nghề cho 25 lao động`).
    if (/^[\s\-+•–,;:]*(?:\d{1,2}(?:\.\d{1,2})*\.\s*|[a-zđ]\)\s*)?$/u.test(printed.slice(0, match.index))) return true;
  }
  return false;
}

function countCued(text: string, clauseStart: number, valueStart: number, earlier: readonly Found[], adjacentOnly: boolean): boolean {
  const printedBefore = text.slice(clauseStart, valueStart).toLocaleLowerCase('vi');
  if (GENERIC_CUE.test(printedBefore)) return true;
  // A verb further back only for a number of two digits or more: a lone digit there may be OCR's reading of a word.
  if (!adjacentOnly && lowerCaseCue(text.slice(clauseStart, valueStart)) && /\d\D*\d/.test(text.slice(valueStart, valueStart + 8).split(/\s/)[0] ?? '')) return true;
  const previous = earlier.filter((f) => f.isCount && f.end <= valueStart && f.end >= clauseStart).at(-1);
  return previous !== undefined && LIST_AFTER_COUNT.test(text.slice(previous.end, valueStart));
}

function findFigures(text: string, folded: string, targetSection = false, inItem = false, bodyStart = 0): Found[] {
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
    // What a clause says was reached already (`đã đạt 85%`) or holds now (`hiện nay … 96%`, `đến nay 100% xã`).
    const clauseOpen = folded.lastIndexOf('\n', valueStart) + 1;
    const ownClause = folded.slice(Math.max(clauseOpen, valueStart - 120), valueStart).split(/[;:]|\.(?!\d)/).at(-1) ?? '';
    if (DONE.test(text.slice(valueStart - ownClause.length, valueStart)) || UNTIL_NOW.test(ownClause) || SHARE_NOW.test(ownClause)) continue;
    // `lãi suất cho vay 6,6%/năm theo quy định hiện hành`: a rate the rules set, not one the plan aims at.
    if (/^\s*(?:\/\s*(?:n[a-z]m|thang|quy|tuan|ngay)\s*)?theo quy dinh/.test(folded.slice(end, end + 30)) && !/(?:^|\s)(?:dat|phan dau|tang|giam)(?:\s|$)/.test(ownClause)) continue;
    // `giảm từ 4,5% năm 2023 xuống còn 2%`: the level a change starts from is where things stand, not a target.
    if (/(?:^|\s)tu\s*$/.test(window) && STARTING_LEVEL_AFTER.test(folded.slice(end, end + 40))) continue;
    found.push({ start: valueStart, valueStart, end, value, valueMax: null, unit: percentUnit(match[0]), isCount: false, countNoun: '' });
  }
  for (const match of folded.matchAll(COUNT)) {
    const valueStart = match.index;
    let end = valueStart + match[0].length;
    const digits = match[1]!;
    const whole = match[2] === undefined ? null : Number(match[2]);
    const unitText = match[3]!;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (NOT_COUNT_BEFORE.test(before) || DETERMINER_BEFORE.test(text.slice(Math.max(0, valueStart - 12), valueStart))) continue;
    if (/^(?:nguoi|thanh vien)$/.test(unitText) && (MEMBERS_BEFORE.test(before) || EACH_BODY_BEFORE.test(before))) continue;
    // A share of a whole (`03/08 xã`) has its part no larger than the whole, and is no date (`ngày 03/08`).
    if (whole !== null && (countValue(digits) > whole || /ngay\s*$/.test(before))) continue;
    const unitStart = valueStart + match[0].lastIndexOf(unitText);
    const head = unitText.replace(/^(?:nghin|ngan|trieu|ty|ti)\s+/, '');
    if (!printedAsUnit(text.slice(end - head.length, end), head) && text[end] !== '/') continue;
    // An age is a target only where it is reached (`tuổi thọ trung bình đạt 74,8 tuổi`), never a group (`trẻ dưới 5 tuổi`).
    if (head === 'tuoi' && !/(?:^|\s)(?:dat|tang|len|keo dai)\s*$/.test(before)) continue;
    // A time limit is a target only as a bound on a service (`không quá 07 ngày làm việc`), never a duration.
    if ((head === 'ngay lam viec' || head === 'gio') && !/(?:^|\s)(?:khong qua|khong vuot qua|toi da|duoi|rut ngan(?: xuong)?(?: con)?|con)\s*$/.test(before)) continue;
    // A service for a group (`khám sức khỏe định kỳ 01 lần/năm cho người cao tuổi`) is defined by it; a norm for each
    // body (`mỗi câu lạc bộ sinh hoạt định kỳ 01 lần/quý`) or a duty's rhythm (`định kỳ 01 lần/quý kiểm tra`) is a target.
    if (head === 'lan' && /dinh ky\s*$/.test(before) && /^\/\p{L}+\s+cho\s/u.test(folded.slice(end)) && !/(?:^|\s)moi\s/.test(clauseBeforeOf(folded, valueStart))) continue;
    const clauseBefore = before.split(/[;\n]|\.(?!\d)/).at(-1) ?? '';
    const wideBefore = folded.slice(Math.max(0, valueStart - 100), valueStart);
    const clauseStart = Math.max(valueStart - (wideBefore.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '').length, bodyStart <= valueStart ? bodyStart : 0);
    const money = FOLDED_MONEY.has(head) || FOLDED_MONEY.has(unitText);
    if (NOT_TO_HAPPEN.test(folded.slice(clauseStart, valueStart)) || BASELINE.test(before) || UNTIL_NOW.test(folded.slice(clauseStart, valueStart))) continue;
    if (DONE.test(text.slice(clauseStart, valueStart))) continue;
    if (insideShare(text, folded, clauseStart, valueStart, end)) continue;
    // Where a task is done (`tập huấn cho nông dân tại 14 xã, thị trấn`) is its scope, not a count to reach.
    if (whole === null && PLACE_UNIT.test(head) && SCOPE_BEFORE.test(text.slice(Math.max(0, valueStart - 20), valueStart))) continue;
    // `trên 01 ha đất`, `trọng tải trên 1 tấn`: one unit after trên is the measure a value is taken on or a
    // threshold that says which things count, never a count to reach.
    if (countValue(digits) === 1 && /(?:^|\s)tren\s*$/.test(before)) continue;
    if (money) {
      // `giải ngân cho vay … với tổng mức 350 tỷ đồng`: the verb may be a few words back in the clause.
      const perItem = /^\s*\//.test(text.slice(end)) && !GRANT_MAXIMUM_BEFORE.test(before);
      if (!MONEY_CUE.test(clauseBefore) && !/(?:^|\s)(?:giai ngan|huy dong)\s/.test(folded.slice(clauseStart, valueStart)) && !(perItem && SUPPORT_CUE.test(folded.slice(clauseStart, valueStart)))) continue;
    } else if (
      !(digits.length >= 2 && digits.startsWith('0')) &&
      whole === null &&
      !COUNT_CUE.test(clauseBefore) &&
      !countCued(text, clauseStart, valueStart, found, false) &&
      // In a part of objectives, or as the object of an item's task, a count needs no listed verb; but a lone
      // digit may be OCR's reading of a word, and the scope a sentence of objectives states (`ở 15 thôn`) is none.
      !(
        digits.replace(/\D/g, '').length >= 2 &&
        ((targetSection && !SCOPE_BEFORE.test(text.slice(clauseStart, valueStart))) || (inItem && itemObject(text, clauseStart, valueStart, found)))
      )
    ) {
      continue;
    }
    if (found.some((f) => valueStart < f.end && end > f.start)) continue;
    const after = folded.slice(end);
    const longNoun = head === 'luot' ? TWO_SYLLABLE_COUNTED.find((word) => after.startsWith(` ${word}`) && !/^[\p{L}\d]/u.test(after.slice(word.length + 1))) : undefined;
    const luotNoun = head === 'luot' ? measuredNounAfter(text, end) : 0;
    if (luotNoun > (longNoun ? longNoun.length + 1 : 0)) end += luotNoun;
    else if (longNoun) end += longNoun.length + 1;
    else if (COMPOUND_HEADS.has(head)) {
      const noun = /^\s(\p{Ll}+)(?![\p{L}\d/])/u.exec(text.slice(end));
      if (noun && !NOT_A_MEASURED_NOUN.has(fold(noun[1]!))) end += noun[0].length;
    }
    // A street (`tuyến phố`) is one noun where nothing modifies it (`12 tuyến phố:`, `05 tuyến phố “Văn minh”`);
    // before a modifier the head stands alone (`02 tuyến phố ẩm thực` → `tuyến`).
    const street = head === 'tuyen' ? /^\s(phố|đường|pho|duong)(?=\s*(?:[:;,.“"(]|chính|trọng điểm|$))/u.exec(text.slice(end)) : null;
    if (street) end += street[0].length;
    end += rateTail(text, end);
    const printedUnit = withTimeDenominator(text.slice(unitStart, end).replace(/\s+/g, ' '));
    const slash = printedUnit.indexOf('/');
    const countNoun = slash >= 0 ? printedUnit.slice(0, slash) : printedUnit;
    let start = valueStart;
    let value = countValue(digits);
    let valueMax: number | null = null;
    let lowerAt = valueStart;
    // `110.000 - 120.000 tấn`: a lower bound in thousands too.
    const lower = /(?:tu\s+)?(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s*(?:-|–|den|toi)\s*$/.exec(before);
    if (whole === null && lower && countValue(lower[1]!) < value) {
      valueMax = value;
      value = countValue(lower[1]!);
      start = valueStart - lower[0].length;
      lowerAt = start + lower[0].indexOf(lower[1]!, lower[0].search(/\d/));
    }
    const share = whole === null ? undefined : `${digits} trong ${match[2]}`;
    // An amount of money is described by what comes before it (`tổng thu … đạt 120 tỷ đồng`), like a percentage.
    found.push({ start, valueStart: lowerAt, end, value, valueMax, unit: printedUnit, isCount: !money, countNoun, share });
  }
  found.push(...rateCounts(text, folded, found));
  found.push(...genericCounts(text, folded, found, targetSection));
  found.push(...fractions(text, found));
  found.push(...countsInWords(text, folded, found, targetSection));
  return found.sort((a, b) => a.start - b.start);
}

// A fraction of a whole (`Hoàn thành 2/3 số căn hộ …`, `ít nhất 3/4 số điểm`): the numerator with the denominator as
// its unit, the fraction and what it is of said in the subject. Only before `số` (a date `2/3` never is).
// `số` as restoration may leave it (`2/3 sở phường`): any mark on its vowel, in lower case (`Sở` is a department).
const FRACTION = /(?<![\d.,/\p{L}])([1-9])\/([2-9]|10)(?![\d/])\s+s[ốổởộóòỗoô]\s+(\p{Ll}+)(?:\s(\p{Ll}+))?/gu;

function fractions(text: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(FRACTION)) {
    const start = match.index;
    if (Number(match[1]) >= Number(match[2]) || taken.some((f) => start < f.end && start + match[0].length > f.start)) continue;
    if (/(?:ngày|tháng)\s*$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
    const first = match[3]!;
    const noun = CLASSIFIERS.has(fold(first)) && match[4] !== undefined ? `${first} ${match[4]}` : first;
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
const NUMBER_WORDS = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);
const WORD_COUNT_UNITS = COUNT_UNITS.filter(
  (unit) => !/^(?:xã|lần|tuổi|người|con|hội|bộ|điểm phần trăm|km|ha|kg|lít|tấn|tạ|m²|m2|m³|m3|trang|tin|bài|phòng)$/u.test(unit) && !unit.startsWith('xã'),
).sort((a, b) => b.length - a.length);
const NUMBER_WORD = [...NUMBER_WORDS.keys()].join('|');
const WORD_COUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:từ\s+)?(${NUMBER_WORD})\s*(?:-|–|đến|tới)\s*)?(${NUMBER_WORD})\s+(?:(${WORD_COUNT_UNITS.join('|')})(?![\p{L}])|(\p{Ll}+)(?:\s(\p{Ll}+))?(?![\p{L}]))`,
  'gu',
);
// `mỗi xã một mô hình`, `mỗi trường xây dựng một tủ sách`: the bodies each count is for, a few words back.
const EACH_BEFORE = /(?:^|\s)mỗi(?:\s+[\p{Ll},]+){1,8}\s*$/u;
const AT_LEAST_BEFORE = /(?:^|\s)(?:ít nhất|tối thiểu)\s*$/u;

function countsInWords(text: string, folded: string, taken: readonly Found[], targetSection: boolean): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(WORD_COUNT)) {
    const start = match.index;
    // A noun no list names (`mỗi phường một vườn hoa`): its first syllable, and a second that does not go on with
    // the sentence.
    const listed = match[3] !== undefined;
    const second = match[5] !== undefined && !printedIn(match[5], NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) ? match[5] : undefined;
    const noun = listed ? match[3]! : second ? `${match[4]} ${second}` : match[4]!;
    if (!listed && (printedIn(match[4]!, NOT_COUNTED, FOLDED_NOT_COUNTED) || /^(?:xã|lần|cách|số|vài|chút|mặt|phần|trong|khi|lúc)$/u.test(match[4]!))) continue;
    const nounAt = start + match[0].lastIndexOf(listed ? match[3]! : match[4]!);
    const valueStart = start + match[0].lastIndexOf(match[2]!, nounAt - start - 1);
    let end = nounAt + noun.length;
    if ([...taken, ...found].some((f) => start < f.end && end > f.start)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const wideClause = folded.slice(Math.max(0, start - 100), start).split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    if (NOT_TO_HAPPEN.test(wideClause) || UNTIL_NOW.test(wideClause) || DONE.test(clauseBefore) || DETERMINER_BEFORE.test(clauseBefore)) continue;
    if (/(?:^|\s)(?:thứ|lần)\s*$/u.test(clauseBefore)) continue;
    const value = NUMBER_WORDS.get(match[2]!)!;
    const lower = match[1] === undefined ? null : NUMBER_WORDS.get(match[1])!;
    const lowerBefore = clauseBefore.toLocaleLowerCase('vi');
    const cued = GENERIC_CUE.test(lowerBefore);
    // `một` is a count where it is distributed (`mỗi xã một …`), bounded (`ít nhất một …`) or of a listed unit
    // after a verb of doing (`xây dựng một điểm trưng bày`); a noun no list names needs the first two.
    const each = EACH_BEFORE.test(lowerBefore) || AT_LEAST_BEFORE.test(lowerBefore);
    if (!(each || (cued && listed)) || (!listed && !(targetSection && EACH_BEFORE.test(lowerBefore)))) continue;
    // `mỗi gia đình là một hạt nhân`: a likeness, no count.
    if (/(?:^|\s)là\s*$/u.test(lowerBefore)) continue;
    // `09 lớp tập huấn, mỗi quận, huyện một lớp`: the one for each only spreads a count the sentence gave.
    if (each && [...taken, ...found].some((f) => f.isCount && f.end <= start && f.start >= start - 120 && fold(f.countNoun) === fold(noun) && !/[.;\n]/.test(text.slice(f.end, start)))) continue;
    if (insideShare(text, folded, start - clauseBefore.length, start, end)) continue;
    end += rateTail(text, end);
    const unit = text.slice(nounAt, end).replace(/\s+/g, ' ');
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

const STARTING_LEVEL_AFTER = /^\s*(?:\(?(?:vao |cuoi )?n[a-z]m (?:19|20)\d\d\)?\s*)?,?\s*(?:xuong|len|giam xuong|tang len)(?:\s+(?:con|muc|den))?\s+(?:duoi\s+|tren\s+|khoang\s+)?\d/;
// `Số lượng thành viên …: 07 người`, `Tổ công tác gồm 09 người`: who a body is made of, not a target.
// `mỗi đoàn 07 thành viên`: how many a team of the plan has.
const EACH_BODY_BEFORE = /(?:^|\s)moi (?:doan|to|ban|nhom|doi|hoi dong)\s*$/;
const MEMBERS_BEFORE = /(?:thanh vien|thanh phan|gom|bao gom)[^.;\n]{0,50}?[:\s]\s*$/;
// `Không để xảy ra … từ 30 người … trở lên`: the count defines what must not happen; it is not a target.
const NOT_TO_HAPPEN = /khong (?:de )?(?:xay ra|phat sinh|de xay ra)/;
// What there is now (`hiện có 3.450 con`) is a baseline, not a target.
const BASELINE = /(?:^|\s)hien (?:nay )?(?:co|dang co|con)\s*$/;
// `Toàn huyện hiện có 85% hộ …`, `hiện đạt khoảng 60%`: the share there is now, right before the figure.
const SHARE_NOW = /(?:^|\s)hien (?:nay )?(?:co|dang co|con|dat|la)(?:\s+(?:khoang|tren|gan|hon|duoi|tu))?\s*$/;
// … and so is what a clause says holds until now (`đến nay 12 xã đạt chuẩn`, `tính đến nay …`, `hiện nay …`).
const UNTIL_NOW = /(?:^|\s)(?:den nay|hien nay|tinh den nay|tu truoc den nay)(?:\s|,|$)/;

/**
 * A count inside what a percentage measures (`Tỷ lệ … được tầm soát ít nhất 04 bệnh … đạt 55%`, `100% hộ … tại 14
 * bản ký cam kết`): a share is printed in the same clause, with no `và` or comma-and-verb between.
 */
function insideShare(text: string, folded: string, clauseStart: number, valueStart: number, end: number): boolean {
  let clauseEnd = end;
  while (clauseEnd < folded.length && !/[;:\n]/.test(folded[clauseEnd]!) && !isSentenceEnd(text, clauseEnd)) clauseEnd++;
  const clause = folded.slice(clauseStart, clauseEnd);
  const at = valueStart - clauseStart;
  const shares = [...clause.matchAll(/\d\s?(?:%|‰)/g)].map((m) => m.index);
  return shares.some((share) => {
    const between = share < at ? clause.slice(share, at) : clause.slice(at, share);
    return !/(?:^|\s)va\s|,/.test(between);
  });
}

// What was done already (`đã tổ chức 25 lớp`) is a result, not a target.
const DONE = /(?:^|\s)(?:đã|Đã)(?:\s+\p{L}+){1,2}\s*$/u;
const NOT_AN_OBJECT_BEFORE = /(?:^|\s)(?:với|của|thuộc|gồm|theo|về|giữa|trong số)\s*$/iu;

// A count of the places where something happens (`ở 15 thôn, buôn`, `tại 12 xã`) is its scope, not a target.
// Matched as printed (or bare): `trồng` and `tái` are not `trong` and `tại`.
// Units that are places (`14 xã, thị trấn`, `05 thôn`), folded.
const PLACE_UNIT = /^(?:xa|thon|phuong|ban|ap|to dan pho|khu pho|huyen|thi tran|thi xa|xa, thi tran|xa, phuong, thi tran|xa, phuong|phuong, xa|thon, ban|thon, buon|thon, lang|thon, to dan pho|thon, xom|ap, khom)$/;
const SCOPE_BEFORE = /(?:^|\s)(?:ở|tại|thuộc|của|trên địa bàn|trong|với|o|tai|thuoc|cua|tren dia ban|voi)\s*$/iu;
// Folded unit forms shared by a word that does follow a number in plans (`35 tuyên truyền viên`, `12 làn điệu`, `04 giai đoạn`, `20 đối tượng`): no
// such unit. Other marks are taken as restoration's damage (`26 tố bảo vệ` is `tổ`, `lấy 30 màu` is `mẫu`).
const OTHER_SENSE = new Map([
  ['tuyen', ['tuyên']],
  ['lan', ['làn']],
  ['giai', ['giai']],
  ['doi', ['đối', 'đời']],
  ['phuong', ['phương', 'phượng']],
]);

function printedAsUnit(printed: string, folded: string): boolean {
  return !(OTHER_SENSE.get(folded) ?? []).includes(printed.toLocaleLowerCase('vi'));
}

// A numeral never follows a plural marker: `các 18 hội` is OCR's `các lễ hội`.
const DETERMINER_BEFORE = /(?:^|\s)(?:các|những|mọi|từng|cac|nhung)\s*$/iu;

// An item's task whose object is the count: `a) Tu bổ, chống xuống cấp 18 di tích`, `kiện toàn 26 tổ …` after the
// heading's colon, `; treo 20 băng rôn`. A few words from the start of the clause, none of them a number.
const ITEM_MARKER = /^\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))?\s*/u;
function itemObject(text: string, clauseStart: number, valueStart: number, earlier: readonly Found[]): boolean {
  // Counts already read in the clause are objects of the same task (`Mở 04 lớp … cho 160 học viên`).
  let lead = text.slice(clauseStart, valueStart);
  for (const figure of earlier) {
    if (figure.start >= clauseStart && figure.end <= valueStart) {
      lead = `${lead.slice(0, figure.start - clauseStart)}${' '.repeat(figure.end - figure.start)}${lead.slice(figure.end - clauseStart)}`;
    }
  }
  lead = lead.replace(ITEM_MARKER, '');
  const words = lead.match(/[\p{L}\d]+/gu) ?? [];
  // A partner or a part (`phối hợp với 12 xã`, `của 05 trường`) is no object of the task.
  if (NOT_AN_OBJECT_BEFORE.test(lead)) return false;
  return words.length >= 1 && words.length <= 10 && !words.some((word) => /^\d+$/.test(word));
}

// A rate after a counted noun: `/người dân`, `/hợp tác xã`, `/100 bé gái`, `/ha/vụ`. A span of time ends it
// (`01 lần/quý kiểm tra`); otherwise it takes up to three syllables of a noun.
const TIME_DENOMINATORS = new Set('nam thang quy tuan ngay gio vu ky dot lan'.split(' '));
// Words that open the rest of the clause after a rate, as printed (`15 trẻ/nhóm đối với nhóm …`, `… so với năm …`).
const CLAUSE_GOES_ON = new Set(['đối', 'khi', 'nếu', 'so', 'kể', 'nhằm']);
const DENOMINATOR_STOP = new Set([...FOLDED_NOT_A_NOUN_SYLLABLE, 'bang', 'tai', 'nhu', 'thi', 'ma']);
function rateTail(text: string, at: number): number {
  let end = at;
  // A word of the counted noun before the slash (`03 bản sách/người dân`).
  const noun = /^\s(\p{Ll}+)(?=\/)/u.exec(text.slice(end));
  if (noun) end += noun[0].length;
  for (;;) {
    const part = /^\/(?:\d{1,3}(?:\.\d{3})*\s)?(\p{Ll}+[²³]?)/u.exec(text.slice(end));
    if (!part) return noun && end === at + noun[0].length ? 0 : end - at;
    end += part[0].length;
    const first = fold(part[1]!);
    if (TIME_DENOMINATORS.has(first) && !/^\shọc(?![\p{L}])/u.test(text.slice(end))) {
      // `m³/ngày đêm`: a day and its night are one span.
      if (first === 'ngay') end += /^\sđêm(?![\p{L}])/u.exec(text.slice(end))?.[0].length ?? 0;
      continue;
    }
    for (let extra = 0; extra < 2; extra++) {
      const word = /^\s(\p{Ll}+)(?![\p{L}\d])/u.exec(text.slice(end));
      if (!word || DENOMINATOR_STOP.has(fold(word[1]!)) || CLAUSE_GOES_ON.has(word[1]!.toLocaleLowerCase('vi'))) break;
      end += word[0].length;
    }
  }
}

/**
 * The people `lượt` counts, as printed after it (`450 lượt tiểu thương`, `320 lượt cán bộ y tế`): up to four
 * lower-case syllables, ending before a word that goes on with the sentence or a verb describing them. 0 when none.
 */
function clauseBeforeOf(folded: string, at: number): string {
  return folded.slice(Math.max(0, at - 100), at).split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
}

function measuredNounAfter(text: string, at: number): number {
  // A noun that stands alone before its modifier (`lượt khách du lịch`, `lượt hộ chăn nuôi`) is read as one syllable.
  if (/^\s(?:hộ|khách|người|dân|trẻ|xe|em|bé)(?![\p{L}])/u.test(text.slice(at))) return 0;
  let end = at;
  for (let count = 0; count < 4; count++) {
    const word = /^\s(\p{Ll}+)(?![\p{L}\d/-])/u.exec(text.slice(end));
    if (!word || printedIn(word[1]!, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) || NOT_A_MEASURED_NOUN.has(fold(word[1]!))) break;
    const pair = /^\s(\p{Ll}+\s\p{Ll}+)/u.exec(text.slice(end));
    if (pair && (MODIFYING_VERBS.has(fold(pair[1]!)) || GENERIC_CUE_SET.has(pair[1]!))) break;
    end += word[0].length;
  }
  // A single syllable is no noun of people (`lượt người` is read as a unit of its own).
  return /\s\p{Ll}+\s\p{Ll}+/u.test(text.slice(at, end)) ? end - at : 0;
}
const GENERIC_CUE_SET = new Set(GENERIC_CUE_WORDS);

// OCR prints `‰` as `%o`.
// A span of time a rate is per, as restoration may leave it one letter off (`chuyên mục/thống` for `/tháng`).
const TIME_WORDS = ['tháng', 'năm', 'quý', 'tuần', 'ngày'];
function withTimeDenominator(unit: string): string {
  const last = /\/(\p{Ll}+)$/u.exec(unit);
  if (!last || TIME_WORDS.includes(last[1]!)) return unit;
  const word = fold(last[1]!);
  const near = TIME_WORDS.filter((time) => fold(time).length >= 4 && word.length === fold(time).length && hammingOne(word, fold(time)));
  return near.length === 1 ? `${unit.slice(0, last.index + 1)}${near[0]}` : unit;
}

function hammingOne(a: string, b: string): boolean {
  let differences = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differences++;
  return differences === 1;
}

const percentUnit = (printed: string) => (/‰|%o/.test(printed) ? '‰' : '%');

/** `3.000` → 3000 (a dot groups thousands), `1,7` → 1.7 (a comma is the decimal mark). */
function countValue(digits: string): number {
  return Number(digits.replace(/\./g, '').replace(',', '.'));
}

// A count per something whose noun no list names: `02 lao động trẻ/hợp tác xã`, `110 bé trai/100 bé gái`,
// `20.000 đồng/đoàn viên` is read as money above. The noun before the slash takes up to three syllables.
const RATE_COUNT = /(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s+(\p{Ll}+(?:\s\p{Ll}+){0,2})(?=\/)/gu;
// A norm or a bound stated before a rate (`không vượt quá 110 bé trai/100 bé gái`, `tối thiểu 02 …/…`).
const RATE_CUE = /(?:^|\s)(?:dat|tren|duoi|hon|it nhat|toi thieu|toi da|khoang|khong qua|khong vuot qua|khong duoi|khong it hon|binh quan|trung binh|moi)\s*$/;

function rateCounts(text: string, folded: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(RATE_COUNT)) {
    const valueStart = match.index;
    const digits = match[1]!;
    const words = match[2]!.split(' ');
    // Days or hours per person or thing (`lưu trú bình quân 1,4 ngày/khách`) measure a stay or a service, stated
    // with a norm before them (checked with the cue below); per a span of time they are no count.
    const timePerThing = words.length === 1 && /^(?:ngày|giờ)$/u.test(words[0]!) && !TIME_DENOMINATORS.has(fold(/^\/(\p{L}+)/u.exec(text.slice(valueStart + match[0].length))?.[1] ?? 'ngay'));
    if ((printedIn(words[0]!, NOT_COUNTED, FOLDED_NOT_COUNTED) && !timePerThing) || words.slice(1).some((word) => printedIn(word, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE))) continue;
    if (taken.some((f) => valueStart < f.end && valueStart + match[0].length > f.start)) continue;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (NOT_COUNT_BEFORE.test(before) || DETERMINER_BEFORE.test(text.slice(Math.max(0, valueStart - 12), valueStart))) continue;
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const printedBefore = text.slice(valueStart - clauseBefore.length, valueStart).toLocaleLowerCase('vi');
    const cue = RATE_CUE.exec(clauseBefore);
    const cueAllowed = cue !== null && wordsAllowed(text.slice(valueStart - clauseBefore.length + cue.index, valueStart));
    // … or listed after another rate of the clause (`đạt 10 bác sĩ/10.000 dân và 32 giường bệnh/10.000 dân`).
    const previousRate = [...taken, ...found].filter((f) => f.isCount && f.unit.includes('/') && f.end <= valueStart && f.end >= valueStart - clauseBefore.length).at(-1);
    const listed = previousRate !== undefined && LIST_AFTER_COUNT.test(text.slice(previousRate.end, valueStart));
    if (!(digits.length >= 2 && digits.startsWith('0')) && !cueAllowed && !listed && !GENERIC_CUE.test(printedBefore)) continue;
    if (timePerThing && !cueAllowed) continue;
    const unitStart = valueStart + match[0].indexOf(match[2]!, digits.length);
    const end = unitStart + match[2]!.length + rateTail(text, unitStart + match[2]!.length);
    const unit = text.slice(unitStart, end).replace(/\s+/g, ' ');
    found.push({ start: valueStart, valueStart, end, value: countValue(digits), valueMax: null, unit, isCount: true, countNoun: match[2]! });
  }
  return found;
}

function genericCounts(text: string, folded: string, taken: readonly Found[], objectOfTask = false): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(GENERIC_COUNT)) {
    const valueStart = match.index;
    const digits = match[1]!;
    const first = fold(match[2]!);
    if (printedIn(match[2]!, NOT_COUNTED, FOLDED_NOT_COUNTED) || Number(digits.replace(/\./g, '')) === 0) continue;
    if (fold(`${match[2]} ${match[3] ?? ''}`).startsWith('thanh vien') && (MEMBERS_BEFORE.test(folded.slice(Math.max(0, valueStart - 60), valueStart)) || EACH_BODY_BEFORE.test(folded.slice(Math.max(0, valueStart - 20), valueStart)))) continue;
    // A lone digit before a noun no list names is more often OCR's reading of a letter (`6 dịch`
    // for `ổ dịch`, `8 hội` for `lễ hội`) than a count: plans print small counts with a leading zero (`02 đợt`).
    if (/^[1-9]$/.test(digits)) continue;
    if ([...taken, ...found].some((f) => valueStart < f.end && valueStart + match[0].length > f.start)) continue;
    const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
    if (NOT_COUNT_BEFORE.test(before) || DETERMINER_BEFORE.test(text.slice(Math.max(0, valueStart - 12), valueStart))) continue;
    const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    const earlier = [...taken, ...found].sort((a, b) => a.start - b.start);
    const wideClause = folded.slice(Math.max(0, valueStart - 100), valueStart).split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
    if (NOT_TO_HAPPEN.test(wideClause) || BASELINE.test(before) || UNTIL_NOW.test(wideClause) || DONE.test(text.slice(valueStart - wideClause.length, valueStart))) continue;
    if (insideShare(text, folded, valueStart - clauseBefore.length, valueStart, valueStart + match[0].length)) continue;
    // As for listed units: one unit after trên, and the places where a task is done, are no counts.
    if (Number(digits.replace(/\./g, '')) === 1 && /(?:^|\s)tren\s*$/.test(before)) continue;
    if (PLACE_UNIT.test(first) && SCOPE_BEFORE.test(text.slice(Math.max(0, valueStart - 20), valueStart))) continue;
    // A verb a few words back (`đào tạo nghề cho 20 lao động`) only for two digits or more: OCR makes lone digits of words.
    const near = text.slice(valueStart - Math.min(clauseBefore.length, 30), valueStart);
    const cueAt = near.toLocaleLowerCase('vi').search(CLAUSE_CUE);
    // … and no capitalised word between (`tổ chức Tuần 18 hưởng ứng`: the number belongs to a name).
    const nearCue = /\d\D*\d/.test(digits) && cueAt >= 0 && lowerCaseCue(near) && !/\s\p{Lu}/u.test(near.slice(cueAt));
    // … or, in a part of objectives, as the object of the clause's first words (`Cắm 70 biển …`); not a number from
    // 10 to 19, which OCR makes of a word opening with l or I (`lễ` → 18, `lò` → 10).
    const taskObject = objectOfTask && /\d\D*\d/.test(digits) && !/^1\d$/.test(digits) && itemObject(text, valueStart - clauseBefore.length, valueStart, earlier) && !SCOPE_BEFORE.test(text.slice(valueStart - clauseBefore.length, valueStart));
    if (!(digits.length >= 2 && digits.startsWith('0')) && !nearCue && !taskObject && !countCued(text, valueStart - clauseBefore.length, valueStart, earlier, true)) continue;
    // A rate (`02 lao động trẻ/hợp tác xã`) is read by rateCounts.
    if (/^\s*\p{Ll}*\//u.test(text.slice(valueStart + match[0].length))) continue;
    const second = match[3];
    const third = /^\s(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(valueStart + match[0].length))?.[1];
    // A head noun before a verb that describes it stands alone (`36 camera giám sát`, `01 chốt kiểm dịch`).
    const modifierVerb = second !== undefined && third !== undefined && MODIFYING_VERBS.has(fold(`${second} ${third}`));
    // The classifier rule: a noun counted alone is the unit, a word after it that says what kind (old, to live in,
    // for warning, of savings) is not (`15 nhà cổ` → nhà, `86 biển báo hiệu` → biển, `30 sổ tiết kiệm` → sổ); a
    // house counted by its classifier is counted in căn (`04 căn nhà tình nghĩa` → căn).
    const describes = second !== undefined && (HEAD_MODIFIERS.has(second.toLocaleLowerCase('vi')) || (first === 'can' && second.toLocaleLowerCase('vi') === 'nhà'));
    const twoSyllables = second !== undefined && !modifierVerb && !describes && (CLASSIFIERS.has(first) || !printedIn(second, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE));
    if (CLASSIFIERS.has(first) && !twoSyllables && !describes) continue;
    // An agent noun in -viên takes its third syllable (`45 cộng tác viên`, `20 tuyên truyền viên`).
    const unit = twoSyllables ? (third !== undefined && fold(third) === 'vien' ? `${match[2]} ${second} ${third}` : `${match[2]} ${second}`) : match[2]!;
    const unitStart = valueStart + match[0].indexOf(match[2]!, digits.length);
    const end = unitStart + unit.length;
    let start = valueStart;
    let value = Number(digits.replace(/\./g, ''));
    let valueMax: number | null = null;
    let lowerAt = valueStart;
    const lower = /(?:tu\s+)?(?<![\d.,])(\d{1,3})\s*(?:-|–|den|toi)\s*$/.exec(before);
    if (lower && Number(lower[1]) < value) {
      valueMax = value;
      value = Number(lower[1]);
      start = valueStart - lower[0].length;
      lowerAt = start + lower[0].indexOf(lower[1]!, lower[0].search(/\d/));
    }
    found.push({ start, valueStart: lowerAt, end, value, valueMax, unit, isCount: true, countNoun: unit });
  }
  return found;
}

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // A quotation left open (OCR lost the closing mark) is taken to run to the end of its line at most.
  for (const match of text.matchAll(/“[^”\n]{0,300}”?/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[;:\n]/.test(text[from - 1]!) && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !/[;:\n]/.test(text[to]!) && !isSentenceEnd(text, to)) to++;
  return { start: from, end: to };
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && !isSentenceEnd(text, to)) to++;
  return { start: from, end: Math.min(text.length, to + 1) };
}

/** A full stop that ends a sentence (not the dot inside `2.5` or `TP.`). */
function isSentenceEnd(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const next = text[at + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  return !/\d/.test(text[at - 1] ?? '') || next === undefined || /\s\p{Lu}/u.test(text.slice(at + 1, at + 3));
}

// A year printed right after a figure is that figure's (`đạt 42% vào năm 2025 và 45% vào năm 2030`).
const YEAR_RIGHT_AFTER = /^\s*$/;

function pickYear(
  years: readonly { at: number; year: number }[],
  folded: string,
  figure: Found,
  previous: Found | undefined,
  clause: { start: number; end: number },
  next: Found | undefined,
  inherited: number | null,
  yearly: boolean,
): number | null {
  const own = years.find((y) => y.at >= figure.end && YEAR_RIGHT_AFTER.test(folded.slice(figure.end, y.at)) && (!next || y.at < next.start));
  if (own) return own.year;
  // … and not the year of the figure after it.
  const takenByPrevious = (y: { at: number }) => previous !== undefined && y.at >= previous.end && YEAR_RIGHT_AFTER.test(folded.slice(previous.end, y.at));
  const before = years.filter((y) => y.at < figure.start && !takenByPrevious(y));
  const inClauseBefore = before.filter((y) => y.at >= clause.start).at(-1);
  if (inClauseBefore) return inClauseBefore.year;
  const limit = Math.min(clause.end, next ? next.start : Infinity);
  const after = years.find((y) => y.at > figure.end && y.at < limit);
  if (after) return after.year;
  // A yearly figure (`hằng năm từ 93% trở lên`) has a target year only where its own clause states one.
  if (yearly) return null;
  const earlier = before.at(-1);
  if (earlier) return earlier.year;
  return inherited;
}

/** A section of objectives (`MỤC TIÊU`, `Chỉ tiêu cụ thể`) or one inside it: what it counts, it sets as a target. */
function inTargetSection(node: SectionNode, nodes: readonly SectionNode[]): boolean {
  const chain = nodes.filter((other) => other === node || node.path.startsWith(`${other.path}.`));
  return chain.some((other) => other.kind !== 'bullet' && /(?:^|\s)(?:muc tieu|chi tieu)(?:\s|$|,|:)/.test(fold(other.title)));
}

// A part that reports what was reached (`KẾT QUẢ THỰC HIỆN NĂM 2023`, `ĐÁNH GIÁ …`, `TÌNH HÌNH …`, `THỰC TRẠNG`)
// or shares out the funds (`KINH PHÍ`): its figures are results and budget shares, not targets.
const NO_TARGET_PART = /^(?:ket qua|danh gia|tinh hinh|thuc trang|kinh phi)(?:\s|,|$)/;
function inPartOf(node: SectionNode, nodes: readonly SectionNode[], title: RegExp): boolean {
  const part = nodes.find((other) => other.kind === 'part' && (other === node || node.path.startsWith(`${other.path}.`)));
  return part !== undefined && title.test(fold(part.title).trim());
}

/**
 * The implementation part gives bodies their duties (`Phòng Giáo dục chỉ đạo 25 trường`): a count there is the
 * scope of a duty, read as a target only with a verb of reaching or a count printed with a leading zero.
 */
function inImplementationPart(node: SectionNode, nodes: readonly SectionNode[]): boolean {
  const part = nodes.find((other) => other.kind === 'part' && (other === node || node.path.startsWith(`${other.path}.`)));
  return part !== undefined && /(?:^|\s)(?:to chuc thuc hien|trach nhiem|phan cong)/.test(fold(part.title));
}

/** A year stated in an enclosing heading or lead-in (`b) Mục tiêu đến năm 2025:`) applies to the targets under it. */
function inheritedYear(node: SectionNode, nodes: readonly SectionNode[], lines: readonly string[]): number | null {
  const ancestors = nodes.filter((other) => other !== node && other.kind !== 'bullet' && node.path.startsWith(`${other.path}.`));
  ancestors.sort((a, b) => b.path.length - a.path.length);
  for (const ancestor of ancestors) {
    const { start, end } = ownLineRange(ancestor);
    const ownFlow = new FlowText(lines, start, end);
    const quotes = quotedRanges(ownFlow.text);
    const years = [...ownFlow.folded.matchAll(YEAR_PHRASE)].filter((m) => !quotes.some(([a, b]) => m.index >= a && m.index < b));
    const last = years.at(-1);
    if (last) return Number(last[1]);
  }
  return null;
}

const QUALIFIER_BEFORE = /(?:^|\s)(tren|duoi|hon|it nhat|toi thieu|toi da|khoang|khong qua|khong vuot qua|khong duoi|khong it hon)\s*$/;

/**
 * The qualifier of a percentage as printed, with its figure (`trên 50%`, `từ 75% trở lên`); null when there is
 * none, for a range, and for a count.
 */
function qualifierOf(text: string, folded: string, figure: Found): string | null {
  if (figure.valueMax !== null) return null;
  const before = folded.slice(Math.max(0, figure.start - 25), figure.start);
  const upward = /^\s*tro (?:len|xuong)/.exec(folded.slice(figure.end, figure.end + 12));
  const word = QUALIFIER_BEFORE.exec(before);
  if (!word && !upward) return null;
  const printedWord = word ? text.slice(figure.start - before.length + before.lastIndexOf(word[1]!), figure.start).trim() : '';
  if (!wordsAllowed(printedWord)) return null;
  // A count says its qualifier alone (`(tối thiểu)`, `(ít nhất)`), the figure being its value.
  if (figure.isCount) return word ? printedWord : null;
  const from = upward && /(?:^|\s)tu\s*$/.test(before) ? figure.start - (before.length - before.search(/tu\s*$/)) : null;
  const start = word ? figure.start - before.length + before.lastIndexOf(word[1]!) : from ?? figure.start;
  const end = upward ? figure.end + upward[0].length : figure.end;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

function comparatorOf(folded: string, figure: Found): Target['comparator'] {
  if (figure.valueMax !== null) return 'eq';
  const before = folded.slice(Math.max(0, figure.start - 25), figure.start);
  const after = folded.slice(figure.end, figure.end + 15);
  if (/^\s*tro len/.test(after) || /(it nhat|toi thieu|khong duoi|khong it hon)\s*$/.test(before)) return 'gte';
  if (/^\s*tro xuong/.test(after) || /(toi da|khong qua|khong vuot qua)\s*$/.test(before)) return 'lte';
  if (/(?:^|\s)(tren|hon)\s*$/.test(before)) return 'gt';
  if (/(?:^|\s)duoi\s*$/.test(before)) return 'lt';
  return 'eq';
}

function cutAfter(phrase: Span): string {
  const stop = Span.of(` ${phrase.text} `).search(SUBJECT_STOP);
  const cut = stop >= 0 ? phrase.slice(0, Math.max(0, stop)) : phrase;
  // Words of the next task left before the next figure (`… tờ rơi và đăng 50 tin`, `… lớp cho 200 lượt`).
  return cut.dropEnd(/(?:^|\s+)(?:va|hoac|tu|tren|duoi|dat|cho|voi|khoang|cho khoang|va \p{L}+)\s*$/u).tidy();
}

const YEARLY_SUFFIX = /\s*\((?:(?:hằng|hàng|mỗi) năm|\/\s*năm)\)$/u;

/** The shortest phrase saying what a figure measures; null when it shares the subject of the next figure. */
function subjectOf(
  text: string,
  figure: Found,
  clause: { start: number; end: number },
  next: Found | undefined,
  previousSubject: string | null,
  wholeClauseStart = clause.start,
): string | null {
  const whole = Span.of(text);
  const beforeRaw = whole.slice(clause.start, figure.start);
  const beforeSpan = beforeRaw.dropStart(LEAD_IN).dropEnd(TRAILING_FILLER);
  const before = beforeSpan.tidy();
  const afterEnd = Math.min(clause.end, next ? next.start : Infinity);
  const afterRaw = whole.slice(figure.end, Math.max(figure.end, afterEnd)).dropStart(AFTER_LEAD);
  const after = cutAfter(afterRaw);
  const core = Span.of(before).dropEnd(TRAILING_VERB).dropStart(LEAD_IN).tidy();
  // A bare head (`Phấn đấu đạt tỷ lệ 95% hộ …`) says nothing of what is measured: the words after the figure do.
  const beforeHasNoun = core.split(/\s+/).filter(Boolean).length >= 2 && !/^(?:ty le|ti le|muc|so luong)$/.test(fold(core).trim());
  const verbBefore = beforeRaw.test(VERB_BEFORE);

  // The words before a figure name its task only where they open the clause (not after another figure of it).
  // `Mỗi huyện, thành phố tổ chức 02 cuộc …`: the body each count is for, then the task.
  // A light verb may come first (`bảo đảm mỗi xã, phường, thị trấn có 01 đội …`).
  const light = LIGHT_VERB.exec(fold(core));
  const scopeCore = light && light[0] !== '' && /^moi\s/.test(fold(core).slice(light[0].length)) ? core.slice(light[0].length) : core;
  const guessed = clause.start === wholeClauseStart ? EACH_SCOPE_KNOWN.exec(scopeCore) ?? EACH_SCOPE.exec(scopeCore) : null;
  // `Mỗi xã, thị trấn một đội …`: no verb at all, the words the guess took for one are a place of the list.
  const placeOnly = guessed !== null && LOCALITY_WORDS.test(fold(scopeCore.trim()));
  const scopeMatch = placeOnly && /^(?:mỗi|mọi)\s/iu.test(scopeCore) ? ([scopeCore, scopeCore] as unknown as RegExpExecArray) : guessed;
  const scope = scopeMatch ? `${scopeCore.slice(0, scopeMatch[1]!.length).trim().replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}` : null;
  const taskWords = scopeMatch ? scopeCore.slice(scopeMatch[1]!.length) : core;
  const task = clause.start === wholeClauseStart ? taskPhrase(taskWords) : null;
  // `Theo dõi diễn biến sạt lở 02 lần/tháng trong mùa …`: a frequency measures the task before it.
  if (figure.isCount && fold(figure.countNoun) === 'lan' && /\//.test(figure.unit) && beforeHasNoun && !verbBefore) {
    const when = after.split(/\s(?:và|hoặc)\s|,/u)[0]!.trim();
    return when !== '' && /^(?:trong|vào|khi|tại)\s/u.test(when) ? `${before} ${when}` : before;
  }
  if (figure.isCount && !TIMES.has(fold(figure.countNoun))) {
    // `Giảm tỷ lệ mắc lao xuống dưới 100 người/100.000 dân`: a rate per head of population measures the rate the
    // words before name, with the verb of change said after it.
    const rateHead = /\/\d/.test(figure.unit) ? /(?:^|\s)(?:ty|ti) (?:le|suat|so)\s/.exec(fold(core)) : null;
    if (rateHead && rateHead.index > 0) {
      const change = Span.of(core.slice(0, rateHead.index)).dropStart(LEAD_IN).tidy();
      const rest = Span.of(core.slice(rateHead.index)).dropEnd(/\s+(?:xuong|len)(?:\s+(?:con|duoi|tren))?\s*$/).tidy();
      return change === '' ? rest : `${rest} (${change.toLocaleLowerCase('vi')})`;
    }
    // `Số lao động … đạt 950 người`, `Diện tích gieo cấy … 22.600 ha`: the amount of a measured quantity.
    if (beforeHasNoun && (verbBefore || task === null) && (NOUN_HEAD.test(fold(core)) || (MEASURES.has(fold(figure.countNoun)) && after === ''))) return before;
    // A measure (`35 km hộ lan`, `12 ha ô chôn lấp`) is not the thing measured; a thing counted is. The task done
    // to it says which of them the plan counts (`điểm đen … được xử lý dứt điểm`, `câu lạc bộ … thành lập mới`).
    const noun = MEASURES.has(fold(figure.countNoun)) && after !== '' ? '' : figure.countNoun;
    // Nothing after the count and no task: the words before say what it is (`mỗi người dân đọc trung bình 06 cuốn`).
    if (after === '' && task === null && scope === null && beforeHasNoun) return Span.of(`${noun} ${before}`).tidy();
    const phrase = Span.of(`${noun} ${after}${task ? ` ${task}` : ''}`).tidy();
    return scope && figure.isCount ? `${phrase} (${scope})` : phrase;
  }
  const corresponding = Span.of(after).test(CORRESPONDING) ? CORRESPONDING.exec(fold(after)) : null;
  if (corresponding && previousSubject) {
    return `${previousSubject.replace(YEARLY_SUFFIX, '')} (${after.slice(0, corresponding[0].length)})`;
  }
  const afterUseful = after !== '' && !afterRaw.test(CONNECTOR_ONLY);
  if (afterUseful && !(verbBefore && beforeHasNoun)) {
    if (figure.isCount) return Span.of(`${figure.countNoun} ${after}`).tidy();
    // `Phủ sóng di động 4G đến 100% thôn, bản`: what is measured, and the task done to it.
    // … or where it is done (`Hoàn thành kết nối … tại 100% nhà thuốc`), the task then of any length a clause has.
    const placeTask = /\s(?:den|toi|cho|tai)$/.test(fold(core)) ? task ?? (clause.start === wholeClauseStart ? taskPhrase(taskWords, 24) : null) : null;
    if (placeTask !== null) return `${after} ${placeTask}`;
    // `Kiểm tra 100% cơ sở …`, `cưỡng chế, tháo dỡ 100% công trình vi phạm …`: the share is of what the task is done to.
    // A comma before the share makes the words before it another member of a list (`thư viện xã, 70% thư viện …`).
    const listMember = /,\s*$/.test(beforeRaw.text);
    return task !== null && !listMember && !/\s(?:den|toi|cho|tai|o|voi|cua|trong)$/.test(fold(core)) ? `${after} ${task}` : after;
  }
  // `Tỷ lệ … đạt 99% ở khu vực thị trấn`: the place the share is measured in belongs to it.
  if (beforeHasNoun) return /^(?:ở|tại)\s/u.test(after) ? `${before} ${after}` : before;
  if (afterRaw.text.trim() !== '' && afterRaw.test(CONNECTOR_ONLY) && next) return null; // shares the next figure's subject
  if (previousSubject) return previousSubject.replace(YEARLY_SUFFIX, '');
  return before !== '' ? before : after !== '' ? after : null;
}

// A quantity a plan measures, opening the words before its figure (`Số lao động …`, `Diện tích …`).
const NOUN_HEAD = /^(?:so(?! hoa)|ty le|ti le|dien tich|luong|nang suat|san luong|tong|muc|thu nhap|doanh thu|do che phu|gia tri|kim ngach|quy mo|chi so|thoi gian|khoi luong|quy|von|ty so|ti so|ty suat|ti suat)(?:\s|$)/;
// `1,7 lần` measures a ratio, like a percentage.
const TIMES = new Set(['lan', 'diem phan tram', 'tuoi']);
// `Mỗi xã, phường, thị trấn có 01 đội …`: `mỗi` and the bodies named, up to the verb (printed in lower case).
// A verb the list names is looked for first; else the last one or two lower-case words are taken for the verb.
const EACH_SCOPE_KNOWN = /^((?:mỗi|mọi)\s+\p{L}+(?:(?:,\s*|\s+)\p{L}+)*?)\s+(?=(?:tổ chức|có|xây dựng|duy trì|thành lập|thực hiện|triển khai|phấn đấu|đạt|hoàn thành)(?:\s|$))/iu;
const EACH_SCOPE = /^((?:mỗi|mọi)\s+\p{L}+(?:(?:,\s*|\s+)\p{L}+)*?)\s+(?=\p{Ll}+(?:\s\p{Ll}+)?\s*$)/iu;
const LOCALITY_WORDS = /(?:^|[\s,])(?:thi tran|phuong|xa|thon|ban|buon|huyen|quan|thi xa|thanh pho|to dan pho|ap|khom|lang|xom|khu pho|truong|don vi|co quan)$/;
// Verbs that only say a target is set or an event held (`Tổ chức 02 đợt …`, `Phấn đấu 100% …`): not the task.
const LIGHT_VERB = /^(?:to chuc|xay dung|thuc hien|trien khai|phan dau|dat|co|mo|hoan thanh|dam bao|bao dam|don)(?:\s+|$)/;
// Verbs that bring the thing counted into being: it is not acted on (`câu lạc bộ … thành lập mới`).
const MAKING_VERB = /^(?:thanh lap|trong|duy tri|lap dat|lap moi|phat hanh|in|xay moi|bien soan|ra mat|san xuat)(?:\s|$)/;
const TRAILING_PREPOSITION = /(?:\s(?:den|toi|cho|voi|vao|khoang|them|tong so|tai|o|tren))+\s*$/;

/**
 * The task a count or share is the object of, from the words before its figure (`Xử lý dứt điểm 09 điểm đen`
 * → `được xử lý dứt điểm`); null when they are no short verb phrase or only a light verb.
 */
function taskPhrase(core: string, maxWords = 10): string | null {
  let phrase = Span.of(` ${core.trim()}`).dropEnd(TRAILING_PREPOSITION).tidy();
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords || words.some((word) => /^\d/.test(word) && !/^\d+\p{L}+$/u.test(word)) || /[()“”"]/.test(phrase)) return null;
  let folded = fold(phrase);
  for (let light = LIGHT_VERB.exec(folded); light && light[0] !== ''; light = LIGHT_VERB.exec(folded)) {
    phrase = phrase.slice(light[0].length);
    folded = folded.slice(light[0].length);
  }
  phrase = phrase.replace(/^[\s,]+/, '').trim();
  // A noun phrase (`mỗi người dân đọc`, `các xã tổ chức`, a name in capitals) is no task.
  if (phrase === '' || NOUN_HEAD.test(fold(phrase)) || /^(?:moi|cac|nhung|tung)\s/.test(fold(phrase)) || /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(phrase)) return null;
  // `toàn huyện có`, `mỗi người đạt`: a holder and a light verb, no task.
  if (/\s(?:co|dat|la)$/.test(fold(phrase))) return null;
  const lower = phrase.charAt(0).toLocaleLowerCase('vi') + phrase.slice(1);
  return MAKING_VERB.test(fold(lower)) || /^(?:được|bị)\s/u.test(lower) ? lower : `được ${lower}`;
}

/** `… giảm 10% so với năm 2023`, `… so với cùng kỳ`: the comparison printed right after a figure, or null. */
function comparisonAfter(text: string, folded: string, figure: Found, next: Found | undefined): string | null {
  const limit = Math.min(next ? next.start : folded.length, figure.end + 80);
  const match = /^\s*(?:tro (?:len|xuong)\s*)?(so voi [^,;:.\n()]*?)(?=\s*(?:[,;:\n()]|\.(?!\d)|$))/.exec(folded.slice(figure.end, limit));
  if (!match) return null;
  const start = figure.end + match[0].length - match[1]!.length;
  const printed = text.slice(start, figure.end + match[0].length).trim();
  return wordsAllowed(printed.split(/\s+/).slice(0, 2).join(' ')) ? printed : null;
}

/** Yearly when the clause says so (`tăng 8% mỗi năm`) or the sentence opens with it (`Mỗi năm, xây dựng 01 …; 04 …`). */
function isYearly(folded: string, clause: { start: number; end: number }, sentence: { start: number; end: number }): boolean {
  if (YEARLY.test(folded.slice(clause.start, clause.end))) return true;
  const opening = folded.slice(sentence.start, sentence.end).replace(/^[\s\-+•]+/, '').split(/\s+/).slice(0, 4).join(' ');
  return YEARLY.test(opening);
}
