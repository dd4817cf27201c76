// What the learned accept/reject decision sees of a figure: words of the genre around it, never a plan's names,
// line numbers or whole sentences.
import { fold } from '../../structure/fold.js';

export interface FigureView {
  /** The running text the figure stands in (a section block, or a table row). */
  text: string;
  /** The figure as printed: from its lower bound (a range) to the end of its unit. */
  start: number;
  end: number;
  sentence: { start: number; end: number };
  value: number;
  valueMax: number | null;
  unit: string;
  isCount: boolean;
  /** The titles of the sections the figure lies in, the part first. */
  sectionTitles: readonly string[];
  issueYear: number | null;
  tableRow: boolean;
  /** Other figures (percentages, counts) in the same sentence. */
  otherFigures: number;
  /** Which reader found the figure (`percent`, `listed`, `generic` …; `table` for a table row). */
  reader?: string;
  /** The rule verdict, given to the hybrid model only: null = accepted, else the filter that rejected it. */
  ruleVerdict?: string | null;
}

const LEFT_WORDS = 6;
const RIGHT_WORDS = 4;
const CLAUSE_WORDS = 16;

// Verbs and cues that open what a clause says of its figure, longest first. Matched with their marks: folded,
// `đạt` (reach) and `đặt` (`lắp đặt`, install) are one word; the feature is named by the folded cue.
const CLAUSE_CUES = [
  'phấn đấu', 'đạt', 'giảm', 'tăng', 'hiện có', 'hiện nay', 'đã', 'chiếm', 'trên', 'tối thiểu', 'ít nhất', 'tối đa',
  'không quá', 'duy trì', 'nâng', 'hoàn thành', 'tổ chức', 'xây dựng', 'hỗ trợ', 'đào tạo', 'tập huấn', 'kiểm tra',
  'mục tiêu', 'chỉ tiêu', 'đến nay', 'lũy kế', 'so với', 'tỷ lệ', 'bảo đảm', 'đảm bảo', 'thực hiện', 'có', 'là', 'còn',
  'khoảng', 'bình quân', 'mỗi', 'hằng năm', 'hàng năm', 'kế hoạch', 'nghị quyết', 'quyết định', 'theo', 'trong đó', 'từ', 'đến',
].sort((a, b) => b.length - a.length);
const CUE_PATTERN = new RegExp(String.raw`(?<![\p{L}])(${CLAUSE_CUES.join('|')})(?![\p{L}])`, 'gu');

/** The cues of a stretch of text, in order, named folded. */
function cuesIn(text: string): string[] {
  return [...text.normalize('NFC').toLocaleLowerCase('vi').matchAll(CUE_PATTERN)].map((match) => fold(match[1]!));
}

// The kind of a section, from the words of its title.
const SECTION_KINDS: [string, RegExp][] = [
  ['objectives', /(?:^|\s)(?:muc tieu|chi tieu)(?:\s|$|,|:)/],
  ['situation', /(?:^|\s)(?:tinh hinh|ket qua|thuc trang|danh gia|dac diem|hien trang|khai quat|tong quan|kho khan|han che|uoc thuc hien)(?:\s|$|,|:)/],
  ['implementation', /(?:^|\s)(?:to chuc thuc hien|trach nhiem|phan cong)(?:\s|$|,|:)/],
  ['tasks', /(?:^|\s)(?:nhiem vu|giai phap|noi dung|hoat dong)(?:\s|$|,|:)/],
  ['funding', /(?:^|\s)(?:kinh phi|nguon von|ngan sach)(?:\s|$|,|:)/],
  ['appendix', /(?:^|\s)phu luc(?:\s|$|,|:)/],
  ['grounds', /(?:^|\s)(?:can cu|co so|su can thiet|boi canh)(?:\s|$|,|:)/],
  ['purpose', /(?:^|\s)(?:muc dich|yeu cau)(?:\s|$|,|:)/],
  ['timeline', /(?:^|\s)(?:thoi gian|tien do|che do bao cao)(?:\s|$|,|:)/],
];

const MONEY = /(?:dong|usd)$/;
const MEASURES = /^(?:ha|km|m|m2|m3|tan|ta|kg|lit|mw|kw|kwh|toe|km2|cm|mm|hec ta)(?:\s|\/|$)/;

/** The kinds a section title names (several where it names several: `MỤC TIÊU VÀ NHIỆM VỤ`). */
export function sectionKinds(title: string): string[] {
  const folded = fold(title).toLowerCase();
  const kinds = SECTION_KINDS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind);
  return kinds.length > 0 ? kinds : ['other'];
}

/** The class of a unit: a share, money, a measure, a rate over something, or a count. */
export function unitClass(unit: string, isCount: boolean): string {
  const folded = fold(unit).toLowerCase().trim();
  if (folded === '%' || folded === '‰' || folded.includes('phan tram')) return 'percent';
  if (MONEY.test(folded.split('/')[0]!.trim())) return 'money';
  if (MEASURES.test(folded)) return 'measure';
  if (folded.includes('/')) return 'rate';
  return isCount ? 'count' : 'other';
}

/** Folded word tokens; a number is `<n>`, a year `<y>`, a share sign `%`. */
export function wordTokens(text: string): string[] {
  return fold(text)
    .toLowerCase()
    .replace(/%|‰/g, ' % ')
    .split(/[^\p{L}\d%]+/u)
    .filter(Boolean)
    .map((token) => (/^(?:19|20)\d\d$/.test(token) ? '<y>' : /^\d/.test(token) ? '<n>' : token));
}

function yearRelation(years: readonly number[], issueYear: number | null): string {
  if (years.length === 0) return 'none';
  if (issueYear === null) return 'some';
  const latest = Math.max(...years);
  return latest < issueYear ? 'past' : latest === issueYear ? 'same' : 'later';
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The features of one figure: names such as `l:dat`, `cue:phan dau`, `part:objectives`, `unit:percent`. */
export function figureFeatures(view: FigureView): string[] {
  const features = new Set<string>(['bias']);
  const sentenceStart = Math.min(view.sentence.start, view.start);
  const before = view.text.slice(Math.max(sentenceStart, view.start - 160), view.start);
  const after = view.text.slice(view.end, Math.min(view.sentence.end, view.end + 120));
  const left = wordTokens(before).slice(-LEFT_WORDS);
  const right = wordTokens(after).slice(0, RIGHT_WORDS);
  if (left.length < LEFT_WORDS) features.add('l:<start>');
  left.forEach((word, k) => {
    features.add(`l:${word}`);
    // The two words right before the figure also with their place.
    if (k >= left.length - 2) features.add(`l${left.length - k}:${word}`);
  });
  if (left.length >= 2) features.add(`lb:${left.at(-2)} ${left.at(-1)}`);
  right.forEach((word, k) => {
    features.add(`r:${word}`);
    if (k === 0) features.add(`r1:${word}`);
  });
  if (right.length === 0) features.add('r:<end>');
  // The rest of the clause on both sides, as a bag (`theo Nghị định …` after a figure, `hiện nay` well before it).
  const clauseBefore = before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
  for (const word of wordTokens(clauseBefore).slice(-CLAUSE_WORDS, -LEFT_WORDS)) features.add(`cl:${word}`);
  const clauseAfter = after.split(/[;:\n]|\.(?!\d)/)[0] ?? '';
  for (const word of wordTokens(clauseAfter).slice(RIGHT_WORDS, CLAUSE_WORDS)) features.add(`cr:${word}`);

  // The clause's last cue before the figure.
  const cues = cuesIn(before.split(/[;:\n]|\.(?!\d)/).at(-1) ?? '');
  features.add(`cue:${cues.at(-1) ?? 'none'}`);
  if (cues.length > 1) features.add(`cue2:${cues.at(-2)}`);
  const sentenceCue = cuesIn(view.text.slice(sentenceStart, view.start));
  if (sentenceCue.length > 0) features.add(`scue:${sentenceCue[0]}`);
  if (/^[\s\-+•–]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])?\s*$/u.test(view.text.slice(sentenceStart, view.start))) features.add('opens-sentence');

  // Where it stands: the part's kind and every kind of the chain.
  const [part, ...inner] = view.sectionTitles;
  if (part === undefined) features.add('part:none');
  else for (const kind of sectionKinds(part)) features.add(`part:${kind}`);
  for (const title of inner) for (const kind of sectionKinds(title)) features.add(`sec:${kind}`);

  const unit = unitClass(view.unit, view.isCount);
  features.add(`unit:${unit}`);
  const head = wordTokens(view.unit.split('/')[0] ?? '')[0];
  if (unit !== 'percent' && head !== undefined) features.add(`noun:${head}`);
  if (view.unit.includes('/')) features.add('per');
  if (view.valueMax !== null) features.add('range');
  const printed = view.text.slice(view.start, view.end);
  if (/(?<![\d.,])0\d/.test(printed)) features.add('leading-zero');
  if (view.value === 100) features.add('v:100');
  else if (view.value < 10) features.add('v:<10');
  if (!Number.isInteger(view.value)) features.add('v:decimal');
  if (view.tableRow) features.add('table-row');
  if (view.reader !== undefined) features.add(`reader:${view.reader}`);
  // A bare number from 10 to 19 is what OCR often makes of a word opening with l or I (`lễ` → 18).
  if (Number.isInteger(view.value) && view.value >= 10 && view.value <= 19 && /^1\d(?!\d)/.test(printed)) features.add('v:bare-teen');

  const sentenceText = view.text.slice(sentenceStart, view.sentence.end);
  const yearsBefore = [...view.text.slice(sentenceStart, view.start).matchAll(YEAR)].map((m) => Number(m[0]));
  const yearsAfter = [...view.text.slice(view.end, view.sentence.end).matchAll(YEAR)].map((m) => Number(m[0]));
  features.add(`year-before:${yearRelation(yearsBefore, view.issueYear)}`);
  features.add(`year-after:${yearRelation(yearsAfter, view.issueYear)}`);
  features.add(`others:${Math.min(view.otherFigures, 3)}`);
  if (/\(\s*$/.test(view.text.slice(Math.max(0, view.start - 3), view.start))) features.add('in-brackets');
  if (sentenceText.length > 400) features.add('long-sentence');

  if (view.ruleVerdict !== undefined) features.add(`rule:${view.ruleVerdict ?? 'accepted'}`);
  return [...features].sort();
}
