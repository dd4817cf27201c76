// Figures that are no targets: numbers of articles and terms, baselines, results already reached, scopes.
import { fold } from '../../structure/fold.js';
import { clauseAround, clauseBeforeOf, isSentenceEnd, sentenceAround } from './clauses.js';
import { CLAUSE_CUE } from './cues.js';
import { MEASURES } from './units.js';
import { levelAlternation } from '../levels.js';

// Numbers of articles, clauses, parts, years, terms…, the documents a task rests on (`Căn cứ 05 văn bản …`), and a classification (`theo 03 nhóm`, `thùng phân loại 03
// ngăn`, `chia thành 02 nhóm`); `định kỳ` and `đăng ký` are not
// `kỳ`, and `cả năm`, `mỗi năm` are not a year.
// … and a rank (`thuộc nhóm 20 tỉnh dẫn đầu`, `top 10`).
const NOT_COUNT_BEFORE = /(dieu|khoan|nhom|top|(?<!danh |tong |o )muc|pham vi|ban kinh|(?<!cu )cach|chuong|(?<!tru |co )so|phu luc|bieu|mau|phan loai|(?<!thu )gom|gom co|(?:chia|phan) thanh|(?<!(?:ca|moi|hang) )nam|thang|ngay|giai doan|khoa|lan thu|phan|tap|(?<!(?:dinh|dang) )ky|thu|theo|can cu)\s*$/;
export const STARTING_LEVEL_AFTER = /^\s*(?:\(?(?:vao |cuoi )?n[a-z]m (?:19|20)\d\d\)?\s*)?,?\s*(?:xuong|len|giam xuong|tang len)(?:\s+(?:con|muc|den))?\s+(?:duoi\s+|tren\s+|khoang\s+)?\d/;
// The people a body that runs the plan is made of (`Ban Chỉ đạo gồm 15 thành viên`, `Số lượng thành viên Tổ giúp việc:
// 09 người`, `03 tổ công tác, mỗi tổ 05 thành viên`): how the plan is run, not a target. The size of a team the plan
// sets up for people (`mỗi thôn một tổ … gồm 3 - 5 thành viên`, `lực lượng xung kích từ 25 đến 30 người`) is one.
// The count follows the body's name within a few words and no verb of doing between (`tổ công tác hỗ trợ 500 người
// dân` counts whom the team serves).
const RUNNING_BODY = /(?:^|\s)(?:ban chi dao|to giup viec|to cong tac|doan cong tac|to thu ky|ban to chuc|ban bien tap|hoi dong (?:tham dinh|thi dua|xet duyet|giam khao))(?=\s|,|:|$)/g;
export function membersOfRunningBody(text: string, folded: string, clauseStart: number, valueStart: number, unit: string): boolean {
  if (!/^(?:nguoi|thanh vien)$/.test(unit)) return false;
  const body = [...folded.slice(clauseStart, valueStart).matchAll(RUNNING_BODY)].at(-1);
  if (body === undefined) return false;
  const between = text.slice(clauseStart + body.index + body[0].length, valueStart);
  return (between.match(/\p{L}+/gu) ?? []).length <= 8 && !CLAUSE_CUE.test(between.toLocaleLowerCase('vi'));
}
// `Không để xảy ra … từ 30 người … trở lên`: the count defines what must not happen; it is not a target.
export const NOT_TO_HAPPEN = /khong (?:de )?(?:xay ra|phat sinh|de xay ra)/;
// A clause that forbids a change (`- Không chuyển đổi quỹ đất 20% sang mục đích khác`, `4. Không chuyển đổi trên 24,6
// ha đất lúa`): its figure bounds what may not be done, no level to reach. (`không quá`, `không dưới` … bound a target;
// `không ngừng` goes on doing.)
// Read as printed: `Khống chế … không quá 5%` caps a rate, it forbids nothing.
const PROHIBITION = /^[\s\-+•]*(?:không|khong)\s+(\p{L}+)/u;
const NOT_A_PROHIBITION = /^(?:qua|duoi|vuot|thap|cao|it|nhieu|con|de|phat|xay|ngung|ngot)$/;
export function prohibition(printedClause: string): boolean {
  const verb = PROHIBITION.exec(printedClause.toLocaleLowerCase('vi'))?.[1];
  return verb !== undefined && !NOT_A_PROHIBITION.test(fold(verb));
}
// A level a condition names (`tạm dừng phun thuốc khi tốc độ gió vượt 15 km/h`, `nếu tỷ lệ … dưới 50% thì …`,
// `báo động khi mực nước trên 3 m`): where a rule starts to apply, no level to reach (`khi … đạt trên 90%` still aims at its figure).
// The conjunction is read as printed: folded, `khí` (air, `khí thải … trên 10%`) is `khi` and `nêu` (to state) is `nếu`.
const CONDITION_WORD = /(?:^|\s)(khi|neu|trong truong hop)\s/g;
const PRINTED_CONDITION_WORD = /^(?:khi|nếu|trong trường hợp)$/iu;
const BOUND_AT_END = /^(?:[^,;:]*\s)?(?<!dat\s)(?:vuot(?: qua)?|tren|duoi|lon hon|nho hon|cao hon|thap hon)\s*$/;

/** A figure after a condition's bound (above), in the clause from `clauseStart`. */
export function conditionBound(text: string, folded: string, clauseStart: number, valueStart: number): boolean {
  const clause = folded.slice(clauseStart, valueStart);
  for (const match of clause.matchAll(CONDITION_WORD)) {
    const at = clauseStart + match.index + match[0].indexOf(match[1]!);
    if (!PRINTED_CONDITION_WORD.test(text.slice(at, at + match[1]!.length))) continue;
    if (BOUND_AT_END.test(clause.slice(match.index + match[0].length))) return true;
  }
  return false;
}
// What there is now (`hiện có 3.450 con`, and in brackets, `(hiện có 215 cửa hàng)`) is a baseline, not a target.
export const BASELINE = /(?:^|[\s(])hien (?:nay )?(?:(?:moi|chi) )?(?:co|dang co|con)\s*$/;
// … and the counts listed after such a count (`hiện có 35 cơ sở tôn giáo, 12 điểm nhóm …`), or a part of it after
// `trong đó` (`hiện có 28 trường, trong đó 19 trường có phòng máy`): the list states what is.
export const BASELINE_LIST = /(?:^|[\s(])hien (?:nay )?(?:co|dang co|con)\s+(?:\d[\d.,]*\s[^;:\d]*?(?:,|\sva)(?:\s*trong do,?)?\s*)+$/;
// `Toàn huyện hiện có 85% hộ …`, `hiện đạt khoảng 60%`: the share there is now, right before the figure.
export const SHARE_NOW = /(?:^|[\s(])hien (?:nay )?(?:co|dang co|con|dat|la)(?:\s+(?:khoang|tren|gan|hon|duoi|tu))?\s*$/;
// … and so is what a clause says holds until now (`đến nay 12 xã đạt chuẩn`, `tính đến nay …`, `hiện nay …`).
export const UNTIL_NOW = /(?:^|[\s(])(?:den nay|hien nay|hien tai|tinh den nay|tu truoc den nay)(?:\s|,|$)/;
// A level said to be reached only so far (`mới chỉ đạt 45%`, `chỉ đạt 40%`, `chưa đạt 30%`; `mới đạt` may follow `việc
// làm mới`), and what a place is (`diện tích tự nhiên 1.250 km²`, `dân số 85.000 người`; not a rate or a size of
// the population a plan aims at: `tỷ lệ tăng dân số 1,1%`, `quy mô dân số …`): where things stand, right before
// the figure. (`sửa chữa đạt` folds like `chưa đạt`: a repair reaches its figure.)
export const LEVEL_SO_FAR = /(?:(?:^|\s)(?:moi chi|chi|(?<!sua )chua) (?:dat|co|la|chiem)|(?:^|\s)(?:dien tich tu nhien|(?<!(?:tang|ty le|quy mo|mat do|phat trien) )(?:tong )?dan so)(?:\s+(?:la|co|gom))?)(?:\s+(?:khoang|hon|gan|tren|duoi|xap xi))?\s*$/;

// A clause that opens on a rate (`tỷ lệ …`): what follows it up to its share is what the share measures.
const RATE_OPENED = /(?:^|\s)ty le\s/;
const SHARE_STATED = /(?:^|\s)(?:dat|la|chiem|o muc)(?:\s|$)/;

/**
 * A count inside what a percentage measures (`Tỷ lệ … được tầm soát ít nhất 04 bệnh … đạt 55%`, `100% hộ … tại 14
 * bản ký cam kết`): a share is printed in the same clause, with no `và` or comma-and-verb between.
 */
export function insideShare(text: string, folded: string, clauseStart: number, valueStart: number, end: number): boolean {
  let clauseEnd = end;
  while (clauseEnd < folded.length && !/[;:\n]/.test(folded[clauseEnd]!) && !isSentenceEnd(text, clauseEnd)) clauseEnd++;
  const clause = folded.slice(clauseStart, clauseEnd);
  const at = valueStart - clauseStart;
  const shares = [...clause.matchAll(/\d\s?(?:%|‰)/g)].map((m) => m.index);
  return shares.some((share) => {
    const between = share < at ? clause.slice(share, at) : clause.slice(at, share);
    // A count in brackets opened after the share breaks down what the share measures (`100% cơ sở (gồm 35 cơ sở sản
    // xuất và 20 cơ sở kinh doanh) …`), a list or not.
    if (share < at && /\([^()]*$/.test(between)) return true;
    // After `tỷ lệ`, what comes before the verb that states its share says what it measures, two figures joined by
    // và too (`tỷ lệ túi máu 250 ml và 350 ml đạt 60%`); a change of the rate is no part of it (`giảm tỷ lệ … 1,5 điểm
    // phần trăm, xuống dưới 6%`, `… 2 điểm phần trăm xuống còn 4%`).
    if (share > at && RATE_OPENED.test(clause.slice(0, at)) && !/\d\s?(?:%|‰)/.test(clause.slice(0, at)) && !between.includes(',') && SHARE_STATED.test(between)) return true;
    return !/(?:^|\s)va\s|,/.test(between);
  });
}

// A count a clause says brings the total number to (`xây thêm 12 bể, nâng tổng số lên 40 bể`, `đưa tổng số hộ được
// hỗ trợ lên 300 hộ`): the sum of counts the plan states one by one, not one more (T54, T63; a total of another measure,
// `nâng tổng diện tích … lên 12.000 m²`, T31, stays a target).
const TOTAL_NUMBER_RAISED = /(?:^|\s)(?:nang|dua)\s+tong so(?:\s+[a-z]+){0,8}?\s+(?:len|den)(?:\s+(?:con|muc))?\s*$/;
export function totalNumberRaised(folded: string, clauseStart: number, valueStart: number): boolean {
  return TOTAL_NUMBER_RAISED.test(folded.slice(clauseStart, valueStart));
}

// What was done already (`đã tổ chức 25 lớp`) is a result, not a target.
export const DONE = /(?:^|\s)(?:đã|Đã)(?:\s+\p{L}+){1,2}\s*$/u;
// … and the share what was done makes, stated after it (`đến ngày 31/12 đã cấp 12.400 giấy phép, đạt 86% số hồ sơ`):
// where things stand, unless an aim comes between (`…, phấn đấu đạt 95%`).
export const DONE_SHARE = /(?:^|\s)(?:đã|Đã)\s(?:(?!phấn đấu|mục tiêu)[^,;])*,\s*(?:đạt|bằng|chiếm)(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*$/u;
export const SCOPE_BEFORE = /(?:^|\s)(?:ở|tại|thuộc|của|trên địa bàn|trong|với|o|tai|thuoc|cua|tren dia ban|voi)\s*$/iu;
// A numeral never follows a plural marker: `các 18 hội` is OCR's `các lễ hội`.
// (`mọi` is left out: before a figure it is restoration's reading of `mời` or `mỗi`.)
export const DETERMINER_BEFORE = /(?:^|\s)(?:các|những|từng|cac|nhung)\s*$/iu;

// Words that fold like `mục`, `thứ`, `khoản`, `kỳ` and `biểu` but are others as printed: a level (`đạt mức 62.000
// tấn`) and verbs of collecting, drilling, signing and giving (`thu 300 mẫu nước`, `khoan 25 giếng`, `ký 120 hợp đồng`,
// `biếu 500 suất quà`).
const OTHER_WORD_AS_PRINTED = /(?:^|\s)(?:mức|thu|khoan|ký|kí|biếu)\s*$/iu;

// `phối hợp 08 đồn biên phòng thực hiện`: the partners of a task, counted, are no count to reach.
const PARTNERS_BEFORE = /(?:^|\s)phoi hop(?: voi)?(?: cac)?\s*$/;

/**
 * A number of an article, a part, a year, a term … (`Điều 5`, `giai đoạn 2`), a word OCR made a number of (`các 18
 * hội`), or the partners of a task.
 */
// A rank, a class or an alarm level (`chợ hạng 3`, `đô thị loại 2`, `lũ trên báo động 3`), as printed: folded, `hạng`
// is also `hàng`, and `loại` opens `loại bỏ`. Ranking is a task (`xếp hạng 06 di tích`, `nâng hạng 02 đô thị`), and
// `các loại` closes a list (`rau màu các loại 12 ha`).
const RANK_BEFORE = /(?:^|\s)(?<!(?:xếp|nâng|thăng)\s)hạng\s*$|(?:^|\s)(?<!các\s)loại\s*$|(?:^|\s)báo động\s*$/iu;

// A number right after another with nothing but a space between (`có 3/4 50 xã` for `3/4 số xã`): prose never prints
// two so, one is OCR's digits for a word. (A year and a count, `năm 2026 15 xã`, are set apart by a comma in print.)
// Which one: a count printed with a leading zero is the plan's (`Mỗi tổ 6 01 tổ …`, OCR's `6` for `có`), for OCR
// makes no leading zero of a word.
const NUMBER_BEFORE = /(?<![\p{L}\d.,/])\d(?:[\d.,/]*\d)?\s+$/u;
const numberAfterNumber = (text: string, valueStart: number) => NUMBER_BEFORE.test(text.slice(Math.max(0, valueStart - 14), valueStart)) && !/^0\d/.test(text.slice(valueStart, valueStart + 2));

// A programme or a document named by its number, printed with a capital (`Tổ công tác Đề án 06 phường`, `vốn Chương
// trình 135`, `triển khai Nghị quyết 57`): a name, no count; in lower case the noun is counted (`xây dựng 02 đề án`).
const NAMED_BY_NUMBER = /(?<![\p{L}])(?:Đề án|Chương trình|Dự án|Nghị quyết|Nghị định|Chỉ thị|Kết luận|Thông tư|Quyết định|Kế hoạch|Công văn)\s+$/u;

export function numberOfSomethingElse(text: string, folded: string, valueStart: number): boolean {
  return numberAfterNumber(text, valueStart) || NAMED_BY_NUMBER.test(text.slice(Math.max(0, valueStart - 20), valueStart)) || RANK_BEFORE.test(text.slice(Math.max(0, valueStart - 14), valueStart)) || (NOT_COUNT_BEFORE.test(folded.slice(Math.max(0, valueStart - 40), valueStart)) && !OTHER_WORD_AS_PRINTED.test(text.slice(Math.max(0, valueStart - 12), valueStart))) || DETERMINER_BEFORE.test(text.slice(Math.max(0, valueStart - 12), valueStart)) || PARTNERS_BEFORE.test(folded.slice(Math.max(0, valueStart - 20), valueStart));
}

// A measure of the things a task is for (`tàu cá có chiều dài từ 15 m trở lên`, `phương tiện có trọng tải trên 5 tấn`)
// says which of them count: a threshold, not a level to reach.
const PROPERTY_BEFORE =
  /(?:^|\s)co (?:chieu dai|chieu rong|chieu cao|do cao|do sau|do dai|trong tai|tai trong|cong suat|dung tich|dien tich)(?:\s+(?:tu|tren|duoi|hon|khong qua|khong duoi|toi da|toi thieu|it nhat))?\s*$/;
// `cách trung tâm huyện 25 km`: how far a place is.
const DISTANCE_BEFORE = /(?:^|\s)cach(?:\s+[a-z]+){0,5}\s*$/;

/** A measure that is a threshold or a distance (above), never a count to reach. */
export function thresholdOrDistance(folded: string, valueStart: number, unit: string): boolean {
  const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
  return MEASURES.has(unit) && (PROPERTY_BEFORE.test(before) || DISTANCE_BEFORE.test(clauseBeforeOf(folded, valueStart)));
}

// A support level or a cap set by a cited regulation (`mức hỗ trợ tối đa 70% chi phí … theo Nghị định số …`, `Mức hỗ
// trợ theo Nghị quyết … là 30 triệu đồng/ha`, `… 40 triệu đồng/hộ theo quy định của tỉnh`): the rules fix it, the plan does not aim at it.
const SUPPORT_WORDS = /(?:^|\s)(?:muc ho tro|ho tro|tro cap|muc chi|muc tro cap)(?:\s|$)/;
// … or by a policy or a mechanism the plan only applies (`hỗ trợ 30% giá giống theo chính sách của tỉnh`, `theo cơ chế …`).
const CITED_RULE = /(?:^|\s)theo (?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat|quy dinh|chinh sach|co che)(?:\s|$)/;

/** A support level or cap of a sentence that cites the regulation fixing it; or a grant's cap per item after it. */
export function fixedSupport(text: string, folded: string, valueStart: number, end: number): boolean {
  const sentence = sentenceAround(text, valueStart, end);
  const clause = clauseAround(text, valueStart, end);
  const sentenceBefore = folded.slice(sentence.start, valueStart);
  if (!SUPPORT_WORDS.test(sentenceBefore)) return false;
  if (CITED_RULE.test(folded.slice(clause.start, clause.end))) return true;
  // `…; không quá 100 triệu đồng/doanh nghiệp/năm`: the most a grant of the sentence gives per item.
  return /^\s*\//.test(text.slice(end)) && /(?:^|\s)(?:toi da|khong qua|khong vuot qua)\s*$/.test(folded.slice(clause.start, valueStart));
}

/**
 * A count that says which bodies are meant (`Cơ sở có từ 50 lao động trở lên phải …`, `tiêu thụ từ 1.000 TOE/năm
 * trở lên`): a bound of what a body has, not a level to reach.
 */
export function definingThreshold(folded: string, valueStart: number, end: number): boolean {
  const before = folded.slice(Math.max(0, valueStart - 40), valueStart);
  if (!/^\s*(?:\/[a-z]+\s*)?tro (?:len|xuong)(?![a-z])/.test(folded.slice(end, end + 40))) return false;
  return /(?:^|\s)(?:co|tieu thu|su dung|quy mo) (?:tu|tren|duoi)\s*$/.test(before) || propertyBound(folded, valueStart);
}

// A property of a thing or a person (`cân nặng`, `chiều cao`, `trọng lượng`), named in the clause before a bound
// (`cân nặng từ 45 kg trở lên`, and the next bound of the list, `…, từ 50 kg trở lên đối với nam`): it says who or
// what is meant, unless the clause aims at it after naming it (`trọng lượng … đạt từ 90 kg trở lên`).
const PROPERTY_NOUN = /(?:^|\s)(?:chieu dai|chieu rong|chieu cao|do cao|do sau|do dai|trong tai|tai trong|dung tich|can nang|trong luong)\s(.*)$/;
const AIM_AFTER_PROPERTY = /(?:^|\s)(?:dat|phan dau|tang|nang|giam)(?:\s|$)/;

function propertyBound(folded: string, valueStart: number): boolean {
  const property = PROPERTY_NOUN.exec(clauseBeforeOf(folded, valueStart));
  return property !== null && /(?:^|\s)(?:tu|tren|duoi)\s*$/.test(property[1]!) && !AIM_AFTER_PROPERTY.test(property[1]!);
}

const LEVEL = levelAlternation('folded');
// A place whose figures a sentence may count: a level, or the hamlets and street groups under a commune.
const PLACE_OR_HAMLET = `${LEVEL}|thon|ban|to dan pho`;

// A sentence that opens by saying how far things got or where its figures come from (`Tính đến ngày 31/12/2024, …`,
// `Qua 05 năm thực hiện, …`, `Theo số liệu thống kê, …`, `Lũy kế …`, `Kết quả năm 2024: …`), or by counting what a
// place has and then a part of it (`Toàn xã có 1.250 hộ, trong đó …`); and one that says what the rules require
// (`Theo quy định, mỗi điểm … phải có ít nhất 02 nhân viên`).
const RESULTS_OPENING = new RegExp(
  String.raw`^(?:tinh den|qua (?:\S+ ){0,2}n[a-z]m|sau (?:\S+ ){0,2}n[a-z]m (?:thuc hien|trien khai)|theo (?:so lieu|ket qua) (?:thong ke|dieu tra|ra soat|tong hop|bao cao|tong dieu tra)|luy ke|hien tai|(?:trong )?\d{1,2} thang (?:dau|qua)|uoc (?:thuc hien|dat|tinh)|(?:trong )?(?:nhung )?(?:n[a-z]m|thoi gian|giai doan|nhiem ky) (?:qua|vua qua)(?:\s|,)|theo quy dinh(?: hien hanh)?\s*,|ket qua(?: thuc hien)?(?: n[a-z]m (?:19|20)\d\d)?\s*[:,]|(?:toan|ca|tren dia ban) (?:${PLACE_OR_HAMLET})(?: hien(?: nay)?)? co\s(?:[^.;]|\.(?=\d))*?,\s*trong do(?:\s|,|:))`,
);
// … unless the plan's aim comes before the figure (`…; phấn đấu đến năm 2027 đạt 90%`).
const AIM = /(?:^|\s)(?:phan dau|muc tieu|nang len|tang len|giam xuong|den n[a-z]m|den het n[a-z]m)(?:\s|$)/;
const PLACE_HAS = new RegExp(String.raw`^(?:toan|ca|tren dia ban) (?:${PLACE_OR_HAMLET})(?: hien(?: nay)?)? co\s`);
const PLACE_MADE_OF = new RegExp(
  String.raw`^(?:(?:toan|ca|tren dia ban) )?(?:${LEVEL})(?:\s+[^\s,;.]+){0,3}?(?: hien(?: nay)?)? (?:co|gom)\s+[\d.]+\s+(?:xa|thon|ban|phuong|to dan pho|ap|khom|buon|lang|xom|khu pho|don vi hanh chinh|thi tran)(?:\s*,\s*(?:xa|thon|ban|phuong|to dan pho|ap|khom|buon|khu pho|thi tran))*\s*(?:[;,.(]|$|va\s)`,
);
const ITEM_OPENING = /^[\s\-+•–]*(?:[a-zđ]\)\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s*)?/u;

// A clause opened by a year, a school year or a period (`; năm 2026 …`, `; năm học 2026 - 2027 …`, `; đến năm 2027 …`).
const CLAUSE_YEAR = /;\s*(?:[-+•]\s*)?(?:(?:den(?: het)?|trong|cuoi) )?(?:n[a-z]m hoc|n[a-z]m|giai doan) ((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?/g;

/** A clause before the figure, after the sentence's first, that opens on the plan's year or a later one. */
function laterClauseOfAim(before: string, issueYear: number | null): boolean {
  if (issueYear === null) return false;
  return [...before.matchAll(CLAUSE_YEAR)].some((match) => Number(match[2] ?? match[1]) >= issueYear);
}

/** A figure of a sentence that states what is (above), not a target; `issueYear` keeps `Tính đến ngày 31/12/2026` an aim. */
export function inSentenceOfWhatIs(text: string, folded: string, sentence: { start: number; end: number }, figureStart: number, issueYear: number | null): boolean {
  const from = sentence.start + ITEM_OPENING.exec(folded.slice(sentence.start, sentence.end))![0].length;
  // A sentence that opens with what was done (`Đã số hóa 45.000 trang …, đạt 80% kế hoạch`).
  if (/^Đã\s/u.test(text.slice(from, figureStart))) return true;
  const opened = folded.slice(from, sentence.end);
  // A later clause that opens on the plan's year or a later one states the aim (`Tính đến cuối năm 2025, … đạt 92%;
  // năm 2026 đạt trên 95%`): what the opening says of the past ends there.
  if (laterClauseOfAim(folded.slice(from, figureStart), issueYear)) return false;
  // A period that ended before the plan's year (`Giai đoạn 2021 - 2024, …`, a school year too: `Năm học 2023 - 2024, …`) is one of results.
  const period = /^(?:giai doan|n[a-z]m hoc) ((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/.exec(opened);
  if (period && issueYear !== null && Number(period[2]) < issueYear) return true;
  // A place described by the places it is made of (`Huyện có 25 xã, thị trấn; 85% dân số …`, `Xã … có 12 thôn`), not
  // a count of places that reach something (`Toàn huyện có 25 xã đạt chuẩn …`).
  if (PLACE_MADE_OF.test(opened) && !AIM.test(folded.slice(from, figureStart))) return true;
  // What a place counts, followed by the aim it is the ground of (`Toàn tỉnh có 120 trạm bơm, phấn đấu 100% …`).
  if (PLACE_HAS.test(opened) && figureStart < sentence.end && AIM.test(folded.slice(figureStart, sentence.end)) && !AIM.test(folded.slice(from, figureStart))) return true;
  const opening = RESULTS_OPENING.exec(opened);
  if (!opening) return false;
  const before = folded.slice(from, figureStart);
  if (AIM.test(before.slice(Math.min(opening[0].length, before.length)))) return false;
  if (opening[0].startsWith('tinh den')) {
    const year = /(?:19|20)\d\d/.exec(before.slice(0, 40));
    if (year ? issueYear === null || Number(year[0]) >= issueYear : !/^tinh den (?:nay|thoi diem (?:nay|hien tai))/.test(before)) return false;
  }
  return true;
}

// A rate the rules or a lender fix (`lãi suất ưu đãi 6,6%/năm`, `thuế suất … là 10%`, `mức đóng … bằng 22% mức tiền
// lương tháng`, `phụ cấp bằng 30% mức lương cơ sở`, `lệ phí …`): the plan applies it, it does not aim at it; unless a
// verb of reaching is in the clause (`Giảm lãi suất cho vay bình quân 0,5%`) and no cited rule follows the figure.
// Global, for every such noun of a clause; only `matchAll` reads it, which leaves its `lastIndex` alone.
const REGULATED_RATE_NOUNS = /(?:^|\s)(?:lai suat|thue suat|muc dong(?! gop)|ty le dong(?! gop)|muc phat|le phi|muc phi|muc thu phi|muc huong|duoc huong|phu cap)(?:\s|$)/g;
const REACHING = /(?:^|\s)(?:dat|phan dau|(?<!gia )tang|giam|nang|toi thieu|it nhat)(?:\s|$)/;
const CITED_RULE_AFTER = /^\s*(?:\/\s*[a-z]+\s*)?theo (?:quy dinh|nghi dinh|nghi quyet|thong tu|quyet dinh|luat)(?:\s|$)/;
const PAY_BASE_AFTER = /^\s*(?:cua\s+)?(?:muc luong co so|muc luong toi thieu|luong co so|muc chuan|muc tien luong|tien luong thang|muc thu nhap)(?![a-z])/;

/** A rate the rules fix, or a share of a pay base (above). */
export function regulatedRate(folded: string, clauseStart: number, valueStart: number, end: number): boolean {
  if (PAY_BASE_AFTER.test(folded.slice(end, end + 40))) return true;
  const before = folded.slice(clauseStart, valueStart);
  const noun = [...before.matchAll(REGULATED_RATE_NOUNS)].at(-1);
  // After `tỷ lệ` the noun says what the share measures (`tỷ lệ thanh toán trực tuyến phí, lệ phí từ 60% trở lên`,
  // `tỷ lệ người … được hưởng phụ cấp đạt 90%`): a rate of the plan's own, however it is printed.
  if (noun !== undefined && !noun[0].includes('ty le') && RATE_OPENED.test(before.slice(0, noun.index + 1))) return false;
  // `Thuế suất … được giảm 2% theo Nghị định số …`: a change the cited rules make is theirs too.
  return noun !== undefined && (!REACHING.test(`${before.slice(0, noun.index)} ${before.slice(noun.index + noun[0].length)}`) || CITED_RULE_AFTER.test(folded.slice(end, end + 30)));
}

// A share of the funds (`Nguồn vốn: ngân sách trung ương hỗ trợ 70%, ngân sách tỉnh 20%`, `vốn đối ứng của doanh
// nghiệp tối thiểu 30% tổng mức đầu tư`) or a sum's share in brackets (`ngân sách tỉnh 8 tỷ đồng (64%)`): how a plan
// is paid for, not what it aims at. A budget the plan's own figures are of (`Thu ngân sách … tăng 8%`, `tỷ lệ giải
// ngân vốn … đạt 95%`) opens with its own words and is no such share.
const FUNDS_SHARE_BEFORE =
  /^(?:\s|va|con lai|trong do|[-+•:,]|[a-z]\)|\d{1,2}(?:\.\d{1,2})*\.)*(?:nguon )?(?:von|ngan sach|kinh phi)(?:\s+(?!(?:dat|phan dau|tang|giam|giai ngan|thu|chi|tiet kiem)(?:\s|$))[a-z]+){0,8}?(?:\s+(?:ho tro|dam bao|bo tri|chi tra|doi ung|cap|chiem|la))?(?:\s+(?:toi thieu|toi da|khoang|it nhat|tren|duoi))?\s*$/;
// `Trích 10% nguồn thu phí để chi cho …`, `phân bổ 30% kinh phí cho các huyện`: a share of receipts or funds set aside.
const SET_ASIDE = /(?:^|\s)(?:trich|phan bo)\s*$/;
const RECEIPTS_AFTER = /^\s*(?:tong\s+)?(?:nguon thu|so thu|kinh phi|ngan sach|du toan|nguon von|tien thu)(?![a-z])/;
const MONEY_BEFORE_BRACKET = /(?:dong|usd)\s*\(\s*$/;

/** A share of the funds or of receipts set aside (above). */
export function fundsShare(folded: string, valueStart: number, end: number): boolean {
  if (MONEY_BEFORE_BRACKET.test(folded.slice(Math.max(0, valueStart - 12), valueStart)) && /^\s*\)/.test(folded.slice(end))) return true;
  if (SET_ASIDE.test(folded.slice(Math.max(0, valueStart - 12), valueStart)) && RECEIPTS_AFTER.test(folded.slice(end, end + 30))) return true;
  const clause = folded.slice(Math.max(0, valueStart - 120), valueStart).split(/[,;:\n(]|\.(?!\d)/).at(-1) ?? '';
  return FUNDS_SHARE_BEFORE.test(clause);
}

// A figure a cited document sets (`Cụ thể hóa Kế hoạch số 45/KH-UBND của UBND tỉnh với mục tiêu đến năm 2030 giảm
// 30% …`, `Nghị quyết Đại hội Đảng bộ tỉnh đề ra chỉ tiêu 90% …`): another body's target, quoted as the ground of the
// plan; the plan's own follows its own verb (`…; huyện phấn đấu đạt 95%`) or its own subject after a comma (`Thực hiện
// Kế hoạch số …, huyện xác định mục tiêu …`).
const CITED_AIM =
  /(?:ke hoach|nghi quyet|quyet dinh|chuong trinh|chien luoc|de an|chi thi|ket luan)(?:\s+so\s+\S+|\s+dai hoi|\s+cua\s)[^;,]*?(?:,\s*nhiem ky[^;,]*?)?\s(?:voi|co|dat|dat ra|de ra|xac dinh|giao)\s+(?:muc tieu|chi tieu)(?:\s|$)/;
const OWN_AIM = /(?:^|\s)(?:phan dau|quyet tam)(?:\s|$)/;

/** A figure of the aim of a cited document (above). */
export function citedDocumentsFigure(folded: string, sentenceStart: number, figureStart: number): boolean {
  const clause = folded.slice(sentenceStart, figureStart).split(';').at(-1)!;
  const cited = CITED_AIM.exec(clause);
  return cited !== null && !OWN_AIM.test(clause.slice(cited.index + cited[0].length));
}

// `Tỷ lệ hộ … mới đạt 45%, phấn đấu đến năm 2027 đạt 60%`: a level stated with a verb of being, then the aim it is the
// ground of in the same sentence: where things stand.
const STATE_BEFORE = /(?:^|\s)(?:dat|la|chiem|co)(?:\s+(?:khoang|gan|hon|tren|duoi|xap xi))?\s*$/;
const AIM_AFTER = /^[^.;]*?[,;]\s*(?:va\s+)?phan dau\s[^.]*?\d/;

/** A share stated as it is before the sentence's aim (above). */
export function levelBeforeAim(text: string, folded: string, clauseBefore: string, valueStart: number, end: number): boolean {
  const state = STATE_BEFORE.exec(clauseBefore);
  // (A clause that names its year is an aim of that year or a past one the year rules read: `Năm 2025 đạt 80%, phấn đấu …`.)
  if (!state || AIM.test(clauseBefore) || /n[a-z]m (?:19|20)\d\d/.test(clauseBefore)) return false;
  // (A verb of doing before it makes it a task: `Cắm mốc giới cho 25 di tích; phấn đấu …`.)
  if (CLAUSE_CUE.test(text.slice(valueStart - clauseBefore.length, valueStart - state[0].length).toLocaleLowerCase('vi'))) return false;
  const sentence = sentenceAround(text, valueStart, end);
  return AIM_AFTER.test(folded.slice(end, sentence.end));
}

// `đạt 65% (năm 2025 đạt 58%)`, `giảm 20% … (năm 2025 xảy ra 150 vụ)`: an aside in brackets on the level of another year
// or of the same time last year (a school year too: `(năm học trước 61%)`), or the level a comparison is made with
// (`tăng 10% so với năm 2025 (7,7 triệu lượt)`), is where things stand; its figures are no targets and its year is not theirs. A year alone in brackets (`45% (năm
// 2030)`) is no such aside.
const BASELINE_ASIDE = /\(\s*(?:n[a-z]m (?:hoc )?(?:19|20)\d\d|cung ky(?: n[a-z]m (?:truoc|(?:19|20)\d\d))?|n[a-z]m (?:hoc )?truoc|ky truoc)[^()\n]*?\d[^()\n]*\)|(?<=so voi [^()\n;]{0,40})\(\s*\d[\d.,]*\s+[^()\n]*\)/g;

/** Where the baseline asides of a block are, as [start, end) ranges. */
export function baselineAsides(folded: string): [number, number][] {
  return [...folded.matchAll(BASELINE_ASIDE)].map((match) => [match.index, match.index + match[0].length]);
}
