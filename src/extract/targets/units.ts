// Units and counted nouns: what a number is counted in, and words after a number that are no counted thing.
import { fold } from '../../structure/fold.js';

// The extent of a unit, as the annotators of every tuning plan keep it (555 count units of gold 000–002, T1–T46 and
// H1–H4: 228 one word or symbol, 215 a noun of more syllables, 77 a rate over `/`, 26 with a multiplier, 9 a pair):
// - the counted noun as one word (`hầm`, `vùng`, `mét giá`, `hợp tác xã`), never a word after it that says which kind
//   (`hầm biogas`, `vùng an toàn …`: the kind goes to the subject);
// - `lượt` with the people it counts, up to a verb (`lượt độc giả khai thác …` → lượt độc giả), without a second kind
//   after a comma (`lượt công chức, viên chức` → lượt công chức);
// - two nouns named together as one kind stay together (`xã, thị trấn`, `tin, bài`, `cơ quan, đơn vị`);
// - a multiplier (`triệu trang`) and a rate over `/` (`bản/người dân`) are part of it, in a table's unit cell too.
// Classifiers a counted target is measured in (`04 cuộc triển lãm`, `01 bộ sưu tập`, `05 bản/người dân`).
export const COUNT_UNITS = [
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
  // Power and energy (`50 MW điện mặt trời`, `1.200 triệu kWh`), areas in km², and a bandwidth in Gbps.
  'MW', 'MWp', 'kW', 'kWp', 'kWh', 'MWh', 'GWh', 'km²', 'km2', 'Gbps',
  // Energy in tonnes and kilograms of oil equivalent (`350.000 TOE`, `85 kgOE/tấn clinker`), a ration (`726 kcal/trẻ/ngày`,
  // `2 g/trẻ/ngày`), and the certificates land and business plans count (`320 giấy chứng nhận`).
  'TOE', 'kgOE', 'kcal', 'g', 'giấy chứng nhận', 'chỗ học', 'hội chợ', 'hội diễn', 'hội trại', 'hội viên', 'đội viên', 'thành viên', 'phòng y tế', 'phòng học', 'phòng khám',
  // Measures of weight and yield, media items counted as a pair, groups named by their task, and count nouns whose
  // modifier is not part of the unit (`08 nút giao thông`, `15 xe ép rác`).
  'tấn', 'tạ', 'tin bài', 'tin, bài', 'tổ hợp tác', 'tổ hòa giải', 'nút', 'xe',
  // Files and those a commendation names (`chỉnh lý 12.000 hồ sơ`, `khen thưởng 50 tập thể, 120 cá nhân`): words of
  // their own, never `hộ` or a volume (`tập`).
  'hồ sơ', 'tập thể', 'cá nhân',
  // A shop is one word (`150 cửa hàng xăng dầu` → cửa hàng, not cửa); so are a toilet (`16 nhà vệ sinh`, not nhà) and
  // the labour a plan raises (`4.000 ngày công`: `ngày` alone is a span of time).
  'cửa hàng', 'nhà vệ sinh', 'ngày công',
  // Head nouns that stand alone before their modifier (`85.000 cây phân tán`, `26 tổ bảo vệ rừng`, `350 mẫu test
  // nhanh`), printed materials, and localities counted together as one unit (`03/08 xã, thị trấn`).
  'cây', 'tổ', 'tổ dân phố', 'tổ tự quản', 'mẫu', 'tờ rơi', 'tờ gấp', 'băng rôn', 'pa nô', 'áp phích',
  'xã, thị trấn', 'xã, phường, thị trấn', 'xã, phường', 'phường, xã', 'thôn, bản', 'thôn, buôn', 'thôn, làng',
  'thôn, tổ dân phố', 'thôn, xóm', 'ấp, khóm', 'ngõ, hẻm', 'ngõ, ngách',
  // Bodies counted together as one kind (`45 cơ quan, đơn vị`), the archive's shelf length (`1.250 mét giá tài liệu`)
  // and a store of data (`60 TB`, `500 GB`).
  'cơ quan, đơn vị', 'cơ quan, tổ chức', 'mét giá', 'TB', 'GB',
  // The hamlets of every region, counted like thôn (`35/35 xóm`, `12/15 buôn`, `06 sóc`, `10 khóm`).
  'xóm', 'buôn', 'làng', 'ấp', 'khóm', 'sóc', 'phum',
  // Words that open with a unit of another sense (`25 trường hợp`, not schools; `30 trang trại`, not pages; `06 bản
  // đồ`, `03 hội đồng`, `20 bộ đội`): the word is the unit.
  'trường hợp', 'trang trại', 'bản đồ', 'hội đồng', 'bộ đội',
  // Blood is counted in units (`tiếp nhận 2.500 đơn vị máu`): `đơn vị` alone there would read as bodies (`45 cơ quan,
  // đơn vị`), so the unit keeps what it measures, as `lượt` keeps whom it counts.
  'đơn vị máu',
];
// Measure words that take the noun they measure as part of the unit: `phòng đọc`, `lượt khách`, and `lượt` with
// a noun of two syllables where it is one word (`lượt nông dân`, `lượt thông báo`).
export const COMPOUND_HEADS = new Set(['luot', 'phong']);
export const TWO_SYLLABLE_COUNTED = [
  'du khách', 'nông dân', 'học sinh', 'sinh viên', 'học viên', 'hội viên', 'đoàn viên', 'cán bộ', 'bạn đọc', 'thanh niên',
  'phụ nữ', 'người dân', 'trẻ em', 'bệnh nhân', 'đối tượng', 'lao động', 'truy cập', 'tham gia', 'sử dụng', 'tham quan',
  'thông báo', 'tin nhắn', 'phát sóng', 'người dân', 'công chức', 'viên chức', 'giáo viên', 'hộ gia đình', 'người nuôi',
  'người bệnh', 'người học',
].map((noun) => fold(noun));
// Words that cannot be that noun: the sentence goes on (`05 lượt trong năm`, `02 phòng tại trụ sở`).
export const NOT_A_MEASURED_NOUN = new Set(
  'cua tai o va cho tren duoi duoc dat de trong voi moi hoac tu den nam thang hang cac nhung da se la co nhu theo'.split(' '),
);

// Words after a number that are not a counted thing: spans of time, ages, money and measures, ranks and parts.
// Compared as printed (`văn bản` is counted, `vạn` is not); the units of COUNT_UNITS are read there.
export const NOT_COUNTED = new Set(
  (
    'tuổi tháng ngày năm giờ phút giây tuần quý đêm kỳ kì triệu tỷ tỉ nghìn ngàn trăm chục vạn đồng mét lít tấn kg cm mm ' +
    'độ mức bậc cấp hạng loại số phần điều khoản chương mục bản lần thứ người lượt phòng giai ' +
    'của tại ở và cho trên dưới được đạt để trong với mỗi hoặc từ đến hằng hàng các những đã sẽ là có như theo'
  ).split(' '),
);
export const FOLDED_NOT_COUNTED = new Set([...NOT_COUNTED].map((word) => fold(word)));

/** A word of `set` as printed, or its bare form (no marks at all, as an imperfect restoration leaves it). */
export function printedIn(word: string, set: ReadonlySet<string>, foldedSet: ReadonlySet<string>): boolean {
  const lower = word.toLocaleLowerCase('vi');
  return set.has(lower) || (lower === fold(lower) && foldedSet.has(lower));
}
// Two-syllable verbs that open a clause describing the noun before them.
export const MODIFYING_VERBS = new Set(
  [
    'giám sát', 'kiểm dịch', 'kiểm tra', 'bảo vệ', 'tuyên truyền', 'hướng dẫn', 'phục vụ', 'hỗ trợ', 'xử lý', 'phòng chống',
    'chăm sóc', 'quản lý', 'tư vấn', 'thu gom', 'vận chuyển', 'cung cấp', 'tham gia', 'cứu hộ', 'cứu nạn', 'theo dõi',
    'phát hiện', 'tiếp nhận', 'thực hiện', 'sinh hoạt', 'hoạt động', 'đạt chuẩn', 'kết nối', 'quan trắc', 'cảnh báo', 'đăng ký',
    'dự kiến', 'trưng bày', 'chỉ dẫn', 'điều tra', 'khảo sát', 'tránh trú', 'trú ẩn', 'khai thác',
    // … and what the people a count names do (`lượt người sử dụng dịch vụ` → lượt người, as `lượt người tham gia`).
    'sử dụng', 'tham dự', 'hưởng lợi', 'hưởng ứng',
  ].map((verb) => fold(verb)),
);
// First syllables of words that describe the noun counted before them rather than name a kind of thing, as printed.
// Two-syllable words that say what kind or where a thing counted before them is (`02 cầu dân sinh` → cầu, `05 chợ
// nông thôn` → chợ, `120 đèn năng lượng mặt trời` → đèn), folded.
export const DESCRIBING_WORDS = new Set(
  [
    'dân sinh', 'nông thôn', 'đô thị', 'công cộng', 'tập trung', 'kiên cố', 'nội đồng', 'tự động', 'thông minh', 'cộng đồng',
    'trọng điểm', 'liên xã', 'liên thôn', 'liên huyện', 'dân cư', 'đầu mối', 'truyền thống', 'hiện đại', 'năng lượng',
    'tạm thời', 'cố định', 'lưu động', 'dã chiến', 'chuyên dụng', 'chuyên dùng', 'đa năng', 'quy mô', 'loại nhỏ', 'loại vừa',
    'liên kết', 'bảo hiểm', 'giao thông', 'thủy lợi', 'sản xuất', 'chăn nuôi', 'nuôi trồng', 'trồng trọt', 'lưu trữ',
    'an toàn',
  ].map((word) => fold(word)),
);
// … of them, those that never name a thing: a count of one is no count (`kênh thủy 104 nội đồng`: OCR's digits for a word).
export const ONLY_DESCRIBING = new Set(
  ['dân sinh', 'công cộng', 'tập trung', 'kiên cố', 'nội đồng', 'tự động', 'thông minh', 'trọng điểm', 'hiện đại', 'tạm thời', 'cố định', 'lưu động', 'dã chiến', 'chuyên dụng', 'chuyên dùng', 'đa năng'].map((word) => fold(word)),
);
// Classifiers that are the unit alone before the noun they count (`1.245 thửa đất` → thửa, `06 vụ tranh chấp` → vụ,
// `04 đoàn kiểm tra` → đoàn), as printed.
// … and books and portions (`46 quyển sổ` → quyển, `450 suất quà` → suất), by the classifier rule.
// … and guns, or the members of a household (`30 khẩu súng săn` → khẩu, `1.200 khẩu ở thôn …`).
export const CLASSIFIERS_ALONE = new Set(['thửa', 'vụ', 'đoàn', 'phiên', 'quyển', 'suất', 'khẩu']);
// … read on the bare letters, as restoration may misplace their mark (`46 quyền sổ`): no count of rights is printed so.
export const FOLDED_CLASSIFIERS_ALONE = new Set(['quyen', 'suat']);
// … and a container before the verb of what it holds (`40 bể chứa nước mưa` → bể, `500 túi đựng thuốc` → túi): the
// verb and its object say which kind, as `nuôi` does for a cage.
export const HEAD_MODIFIERS = new Set(['cổ', 'ở', 'mới', 'cũ', 'báo', 'tiết', 'tình', 'tạm', 'dột', 'kiên', 'hư', 'xuống', 'lớn', 'nhỏ', 'nuôi', 'chứa', 'đựng']);
// Classifiers that need their noun to say what is counted (`căn nhà`, `tờ rơi`, `chiếc xe`).
export const CLASSIFIERS = new Set('can to cai chiec con ngoi buc tam cay toa'.split(' '));
// Words that cannot be the second syllable of the counted noun: the sentence goes on after a one-syllable noun.
export const NOT_A_NOUN_SYLLABLE = new Set(
  (
    'của tại ở và cho trên dưới được đạt để trong với mỗi hoặc từ đến năm tháng hằng hàng các những đã sẽ là có như theo ' +
    'trở thuộc khác này đó tham đang cần phải chưa về sau trước lên xuống vào ra nữa mới gồm sang'
  ).split(' '),
);
export const FOLDED_NOT_A_NOUN_SYLLABLE = new Set([...NOT_A_NOUN_SYLLABLE].map((word) => fold(word)));
// Money: an amount is a target only with a cue before it (`đạt 120 tỷ đồng`), never by its leading zero alone.
export const MONEY_UNITS = ['nghìn đồng', 'ngàn đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'đồng', 'USD', 'đô la Mỹ'];
export const FOLDED_MONEY = new Set(MONEY_UNITS.map((unit) => fold(unit)));
export const MEASURES = new Set(['km', 'ha', 'tan', 'ta', 'm', 'kg', 'lit', 'm²', 'm2', 'm³', 'm3', 'km²', 'km2', 'mw', 'mwp', 'kw', 'kwp', 'kwh', 'mwh', 'gwh', 'toe', 'kgoe', 'kcal', 'g', 'tb', 'gb']);
// A count of the places where something happens (`ở 15 thôn, buôn`, `tại 12 xã`) is its scope, not a target.
// Matched as printed (or bare): `trồng` and `tái` are not `trong` and `tại`.
// Units that are places (`14 xã, thị trấn`, `05 thôn`), folded.
export const PLACE_UNIT = /^(?:xa|thon|phuong|ban|ap|xom|buon|lang|khom|soc|phum|to dan pho|khu pho|huyen|thi tran|thi xa|xa, thi tran|xa, phuong, thi tran|xa, phuong|phuong, xa|thon, ban|thon, buon|thon, lang|thon, to dan pho|thon, xom|ap, khom)$/;
// Folded unit forms shared by a word that does follow a number in plans (`35 tuyên truyền viên`, `12 làn điệu`, `04 giai đoạn`, `20 đối tượng`): no
// such unit. Other marks are taken as restoration's damage (`26 tố bảo vệ` is `tổ`, `lấy 30 màu` is `mẫu`).
const OTHER_SENSE = new Map([
  ['tuyen', ['tuyên']],
  ['lan', ['làn']],
  ['giai', ['giai']],
  ['doi', ['đối', 'đời']],
  ['phuong', ['phương', 'phượng']],
  // `28 phông lưu trữ`: an archive's fonds, no room.
  ['phong', ['phông']],
  // `5 lạng`, a weight; `lăng`, a tomb.
  ['lang', ['lạng', 'lăng', 'láng']],
]);

export function printedAsUnit(printed: string, folded: string): boolean {
  return !(OTHER_SENSE.get(folded) ?? []).includes(printed.toLocaleLowerCase('vi'));
}

// `1,7 lần` measures a ratio, like a percentage.
export const TIMES = new Set(['lan', 'diem phan tram', 'tuoi']);

/** The listed spelling of a unit given in its folded form (`phuong` → `phường`, a place unit). */
export function listedUnit(folded: string): string {
  return COUNT_UNITS.find((unit) => fold(unit) === folded && /^(?:xã|thôn|phường|bản|ấp|xóm|buôn|làng|khóm|sóc|phum|huyện|thị trấn|thị xã|tổ dân phố|khu phố)/u.test(unit)) ?? folded;
}

// Listed units by their folded form, where one unit alone folds so.
const LISTED_BY_FOLD: ReadonlyMap<string, string> = (() => {
  const byFold = new Map<string, string[]>();
  for (const unit of COUNT_UNITS) byFold.set(fold(unit), [...(byFold.get(fold(unit)) ?? []), unit]);
  return new Map([...byFold].filter(([, units]) => units.length === 1).map(([folded, units]) => [folded, units[0]!]));
})();

/**
 * A unit as printed, with its counted noun (before any `/`) in the listed spelling where restoration left its marks
 * off or one mark wrong (`3.500 cho học` → `chỗ học`, `ki-ót` → `ki-ốt`); a unit printed as listed stays as printed.
 */
export function withListedSpelling(unit: string): string {
  const slash = unit.indexOf('/');
  const noun = slash >= 0 ? unit.slice(0, slash) : unit;
  const multiplier = /^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+/u.exec(noun)?.[0] ?? '';
  const head = noun.slice(multiplier.length);
  // One syllable may be another word, marked or bare (`tờ` is no `tổ`, `ban` no `bản`): only a noun of more syllables is respelled.
  if (COUNT_UNITS.includes(head) || !/[\s,-]/.test(head)) return unit;
  const listed = LISTED_BY_FOLD.get(fold(head));
  return listed === undefined ? unit : `${multiplier}${listed}${slash >= 0 ? unit.slice(slash) : ''}`;
}

/**
 * A second noun of the same kind joined to a counted one by a comma (`hai hội chợ, phiên chợ`, like `tin, bài`): both
 * are the unit. The length of `, phiên chợ` after `end`, or 0.
 */
export function pairedNounAfter(text: string, end: number, unit: string): number {
  // The people `lượt` counts take no second kind (`600 lượt công chức, viên chức` → lượt công chức); bodies do (below).
  if (/^lượt\s/u.test(unit)) return listedPairAfter(text, end, unit);
  const head = unit.split(/\s+/).at(-1)!;
  const pair = /^,\s(\p{Ll}+)\s(\p{Ll}+)(?![\p{L}\d])/u.exec(text.slice(end));
  if (pair && unit.includes(' ') && pair[2] === head && pair[1] !== unit.split(/\s+/)[0]) return pair[0].length;
  return listedPairAfter(text, end, unit);
}

// Kinds of bodies a plan counts together as one kind (`45 cơ quan, đơn vị`, `08 doanh nghiệp, hợp tác xã`, `hộ kinh
// doanh, hợp tác xã`), longest first. Media and events named together are counted each (`150 pa nô, áp phích` → pa nô,
// `24 phóng sự, tọa đàm` → phóng sự), unless they share their head (`hội chợ, phiên chợ`, above).
// (`tổ chức` is left out: after a comma it is more often the next task's verb, `05 hợp tác xã, tổ chức 10 lớp`.)
export const BODIES = ['hợp tác xã', 'tổ hợp tác', 'doanh nghiệp', 'hộ kinh doanh', 'cơ sở', 'cơ quan', 'đơn vị'].sort((a, b) => b.length - a.length);

/**
 * Two kinds of bodies named together (above): the length of `, tổ hợp tác` after `end` when both the counted noun and
 * the one after the comma are such kinds, and no number follows (`05 hợp tác xã, 10 tổ hợp tác` counts each); two a
 * count may be either of too (`01 doanh nghiệp hoặc hợp tác xã`), as for kinds of people.
 */
// Kinds of bodies are phrases of two or three syllables: compared folded, a mark restoration put wrong (`hỗ kinh
// doanh`) does not hide them, and no other phrase folds the same.
const FOLDED_BODIES = BODIES.map((kind) => fold(kind));
const bodyAt = (rest: string, except?: string) => FOLDED_BODIES.find((kind) => kind !== except && fold(rest.slice(0, kind.length)) === kind && !/^[\p{L}\d]/u.test(rest.slice(kind.length)));

function listedPairAfter(text: string, end: number, unit: string): number {
  const first = fold(unit.replace(/^lượt\s+/u, ''));
  if (!FOLDED_BODIES.includes(first)) return 0;
  const after = text.slice(end);
  const comma = /^(?:,\s|\s(?:hoặc|hay)\s)/u.exec(after);
  if (!comma) return 0;
  const second = bodyAt(after.slice(comma[0].length), first);
  return second === undefined ? 0 : comma[0].length + second.length;
}

/** The length of a kind of bodies `lượt` counts (`lượt hộ kinh doanh`, `lượt doanh nghiệp`) after `at`, or 0. */
export function bodyAfterLuot(text: string, at: number): number {
  const body = bodyAt(text.slice(at).replace(/^\s/, ''));
  return body === undefined || !/^\s/.test(text.slice(at)) ? 0 : body.length + 1;
}

// A machine is named by what it does (`04 máy tính`, `01 máy sạ cụm`, `02 máy quét tài liệu`): `máy` never stands
// alone. The name is its first syllable, with the next where the two make a word (`máy sạ cụm`, `máy tính`), or with
// the next two where they make a word and then the clause goes on with a word of the sentence or ends (`máy quét tài
// liệu cho …`). A verb or a word that describes the machine ends it (`02 máy chiếu đa năng` → máy chiếu).
const MACHINE_HEAD = /^máy$/iu;

/** The length of a machine's name after `máy` at `at` (` tính`, ` quét tài liệu`), or 0 when `máy` heads no name there. */
export function machineNameAfter(head: string, text: string, at: number, makesWord: (a: string, b: string) => boolean): number {
  if (!MACHINE_HEAD.test(head)) return 0;
  const syllables: { word: string; end: number }[] = [];
  let end = at;
  let closed = false;
  while (syllables.length < 4) {
    const rest = text.slice(end);
    const word = /^\s(\p{Ll}+)(?![\p{L}\d/-])/u.exec(rest);
    const pair = /^\s(\p{Ll}+\s\p{Ll}+)/u.exec(rest);
    const describes = syllables.length > 0 && pair !== null && (MODIFYING_VERBS.has(fold(pair[1]!)) || DESCRIBING_WORDS.has(fold(pair[1]!)));
    if (!word || printedIn(word[1]!, NOT_A_NOUN_SYLLABLE, FOLDED_NOT_A_NOUN_SYLLABLE) || describes) {
      // The run ends at a word of the sentence, a describing word, or punctuation and the end of the text.
      closed = word !== null || /^\s*(?:[,.;:)]|$)/u.test(rest) || describes;
      break;
    }
    end += word[0].length;
    syllables.push({ word: word[1]!, end });
  }
  const [first, second, third] = syllables;
  if (first === undefined) return 0;
  if (closed && syllables.length === 3 && makesWord(second!.word, third!.word)) return third!.end - at;
  return (second !== undefined && makesWord(first.word, second.word) ? second.end : first.end) - at;
}
