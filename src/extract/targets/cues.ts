// Cues that a count is a target: verbs of doing or reaching before it, a bound, a listed count before it.
import { fold } from '../../structure/fold.js';
import type { Found } from './types.js';

// A target stated with a verb of doing or reaching right before the count (`tổ chức 02 lớp`, `in 3.000 tờ rơi`,
// `hỗ trợ xây mới 150 căn nhà`, `kiểm tra ít nhất 10 cơ quan`). Matched on the printed words, marks and all (or
// bare, as an imperfect restoration leaves them): a digit OCR made of a word (`từ 6 hình thành`, `Tuần 18`)
// does not follow such a verb.
export const GENERIC_CUE_WORDS = [
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
  // … and of works and services (`bàn giao 150 căn hộ`, `thay thế 300 cột điện`, `mua sắm 12 xe`).
  'bàn giao', 'thay thế', 'chuyển đổi', 'làm mới', 'mua sắm', 'nhân rộng', 'ký kết', 'tu sửa', 'vận hành', 'đầu tư',
  // … and of rights protected (`bảo hộ thêm 12 nhãn hiệu`), and supplies laid in (`dự trữ 300 bao cát`).
  'bảo hộ', 'dự trữ',
  // A count to bring down is a target as one to raise is (`giảm 15 vụ …`, `kéo giảm 20 điểm ùn tắc`), like `tăng`.
  'giảm', 'kéo giảm',
  // A bound stated for a count says it is a norm to keep (`không quá 35 học sinh`, `tối đa 30 người`).
  'không quá', 'không vượt quá', 'tối đa', 'không dưới', 'không ít hơn', 'không thấp hơn',
];
const GENERIC_FILLERS = ['ít nhất', 'tối thiểu', 'thêm', 'mới', 'khoảng', 'trên', 'từ', 'hơn', 'cho', 'được', 'và', 'tổng số', 'mỗi năm'];
// The bare form of a one-syllable word is a word of its own (`trong` for `trồng`, `dang` for `đăng`): only phrases
// are also taken bare, or with any marks restoration may have put on them (`tổ chúc`, `hố trợ`): no other phrase
// folds like one of them.
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ', e: 'eèéẻẽẹêềếểễệ', i: 'iìíỉĩị', o: 'oòóỏõọôồốổỗộơờớởỡợ', u: 'uùúủũụưừứửữự', y: 'yỳýỷỹỵ', d: 'dđ',
};
const anyMarks = (phrase: string) => [...fold(phrase)].map((letter) => (LETTER_VARIANTS[letter] ? `[${LETTER_VARIANTS[letter]}]` : letter)).join('');
export const withBare = (words: readonly string[]) => [...new Set(words.map((word) => (word.includes(' ') ? anyMarks(word) : word)))].join('|');
export const GENERIC_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${withBare(GENERIC_CUE_WORDS)})(?:\s+(?:${withBare(GENERIC_FILLERS)}))*\s*$`, 'u');
// The same verbs anywhere in the clause before a count of a known unit (`tổ chức 24 hội nghị … cho khoảng 3.500
// lượt người`), and `và` / a comma after another count of the clause (`phát hành 20.000 tờ rơi và 150 pa nô`).
export const CLAUSE_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${withBare(GENERIC_CUE_WORDS)})(?![\p{L}])`, 'u');
// … or after a comma and the next task's verb (`treo 20 băng rôn, phát 2.000 tờ rơi`).
export const LIST_AFTER_COUNT = /^\s*(?:,|và|va|,\s*và|,\s*\p{Ll}+(?:\s\p{Ll}+)?)\s*$/u;

export const COUNT_CUE = /(?<![a-z])(dat|phan dau|to chuc|xay dung|moi|hang nam|it nhat|toi thieu|thanh lap|duy tri|thuc hien|tu|co|binh quan|trung binh|bien soan|phat hanh|mo|tang|giam|suu tam|thu hut|(?:[dp]en|toi|trong|vao) n[a-z]m (?:19|20)\d\d)(?![a-z])/;
// A support level per person or item the plan commits to (`mức hỗ trợ … 800.000 đồng/người/tháng`) is a target, as
// the T23–T28 notes say; the most a loan or a grant gives per item (`tối đa 40 triệu đồng/máy`) is not, as the
// H9–H12 gold decisions say (the T23–T28 notes count it: the two disagree, the final judge's rule is kept); nor are
// the worth of one item handed out (`mỗi sổ trị giá 5 triệu đồng`) and a budget (`tổng kinh phí 4,2 tỷ đồng`).
export const SUPPORT_CUE = /(?<![a-z])(?:muc ho tro|ho tro|muc tro cap|tro cap|muc chi)(?![a-z])/;
export const GRANT_MAXIMUM_BEFORE = /(?:^|\s)(?:toi da|khong qua|khong vuot qua)\s*$/;
// … and a sum to recover (`thu hồi nợ đọng 320 tỷ đồng`).
export const MONEY_CUE = /(?<![a-z])(dat|phan dau|tang|it nhat|toi thieu|giai ngan|huy dong|thu hut|thu hoi|binh quan|trung binh|khong qua|khong vuot qua|khong duoi|khong thap hon)(?![a-z])/;

/** A verb of doing printed in lower case: in capitals inside a clause it is part of a name (`Phòng Giáo dục và Đào tạo`). */
export function lowerCaseCue(printed: string): boolean {
  const lower = printed.toLocaleLowerCase('vi');
  const global = new RegExp(CLAUSE_CUE.source, 'gu');
  for (const match of lower.matchAll(global)) {
    if (printed[match.index] === lower[match.index]) return true;
    // … or a verb that opens the clause, capitalised as its first word (`Đào tạo nghề cho 25 lao động`).
    if (/^[\s\-+•–,;:]*(?:\d{1,2}(?:\.\d{1,2})*\.\s*|[a-zđ]\)\s*)?$/u.test(printed.slice(0, match.index))) return true;
  }
  return false;
}

/** A count after a verb of doing or reaching in its clause, or listed after another count of the clause. */
export function countCued(text: string, clauseStart: number, valueStart: number, earlier: readonly Found[], adjacentOnly: boolean): boolean {
  const printedBefore = text.slice(clauseStart, valueStart).toLocaleLowerCase('vi');
  if (GENERIC_CUE.test(printedBefore)) return true;
  // A verb further back only for a number of two digits or more: a lone digit there may be OCR's reading of a word.
  if (!adjacentOnly && lowerCaseCue(text.slice(clauseStart, valueStart)) && /\d\D*\d/.test(text.slice(valueStart, valueStart + 8).split(/\s/)[0] ?? '')) return true;
  const previous = earlier.filter((f) => f.isCount && f.end <= valueStart && f.end >= clauseStart).at(-1);
  return previous !== undefined && LIST_AFTER_COUNT.test(text.slice(previous.end, valueStart));
}

const NOT_AN_OBJECT_BEFORE = /(?:^|\s)(?:với|của|thuộc|gồm|theo|về|giữa|trong số)\s*$/iu;

// An item's task whose object is the count: `a) Tu bổ, chống xuống cấp 18 di tích`, `kiện toàn 26 tổ …` after the
// heading's colon, `; treo 20 băng rôn`. A few words from the start of the clause, none of them a number.
const ITEM_MARKER = /^\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))?\s*/u;
export function itemObject(text: string, clauseStart: number, valueStart: number, earlier: readonly Found[], maxWords = 10): boolean {
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
  return words.length >= 1 && words.length <= maxWords && !words.some((word) => /^\d+$/.test(word));
}

export const GENERIC_CUE_SET = new Set(GENERIC_CUE_WORDS);

// A norm or a bound stated before a rate (`không vượt quá 110 bé trai/100 bé gái`, `tối thiểu 02 …/…`).
export const RATE_CUE = /(?:^|\s)(?:dat|tren|duoi|hon|it nhat|toi thieu|toi da|khoang|khong qua|khong vuot qua|khong duoi|khong it hon|binh quan|trung binh|moi)\s*$/;
