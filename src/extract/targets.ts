import type { SectionNode, Target } from '../schema/document.js';
import { ownLineRange, walkSections } from '../structure/paths.js';
import { fold } from '../structure/fold.js';
import { FlowText } from './flow.js';

export interface TargetContext {
  lines: readonly string[];
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
}

const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
const PERCENT = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s?(?:%|phần\s+trăm)`, 'gu');
const RANGE_LOWER = new RegExp(String.raw`(?:(?:từ|tu)\s+)?(?<![\d.,])(${NUMBER})\s?%?\s*(?:-|–|đến|tới|den)\s*$`, 'u');

// Classifiers a counted target is measured in (`04 cuộc triển lãm`, `01 bộ sưu tập`, `05 bản/người dân`).
const COUNT_UNITS = [
  'lượt người', 'đầu sách', 'câu lạc bộ', 'hội thi', 'hội nghị', 'lớp học', 'tác phẩm', 'sự kiện', 'mô hình', 'chương trình',
  'cuộc', 'bản', 'cuốn', 'bộ', 'lớp', 'đợt', 'buổi', 'lượt', 'người', 'giải', 'điểm', 'tủ sách', 'thư viện', 'chuyên đề',
  'tin', 'bài', 'phóng sự', 'chuyên mục', 'trường', 'xã', 'hộ', 'đơn vị', 'nhà văn hóa', 'di tích', 'hiện vật', 'lần',
  'ấn phẩm', 'tập', 'học viên', 'đội', 'nhóm', 'hoạt động', 'sản phẩm', 'tài liệu', 'hội', 'trang', 'công trình', 'thôn',
];
const UNIT_ALTERNATION = [...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|');
const COUNT = new RegExp(
  String.raw`(?<![\d.,/\p{L}])(\d{1,3})\s+(${UNIT_ALTERNATION})(?![\p{L}])(?:(\s\p{L}+)?\/(\p{L}+(?:\s(?:dân|học|đình))?))?`,
  'gu',
);
const NOT_COUNT_BEFORE = /(điều|khoản|điểm|mục|chương|số|năm|tháng|ngày|giai đoạn|khóa|khoá|lần thứ|phần|tập|kỳ|thứ)\s*$/iu;
const COUNT_CUE = /(đạt|phấn đấu|tổ chức|xây dựng|mỗi|hằng năm|hàng năm|ít nhất|tối thiểu|thành lập|duy trì|thực hiện|từ|có|bình quân|trung bình|biên soạn|phát hành|mở|tăng|sưu tầm|phấn đấu có)/iu;

// Matched on the folded text (no diacritics), so `den nam 2025` left by an imperfect restoration still counts.
const YEAR_PHRASE = /(?:(?:den|toi|truoc|vao|trong|het|den het|toi het)\s+nam|(?:^|[.;:\n]\s*)nam)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/g;
const YEARLY = /(hang\s+nam|moi\s+nam|nam\s+nao\s+cung)/;

const LEAD_IN = /^(?:[-+•,:;\s]|và\s|phấn đấu\s|phấn đấu$|đến năm \d{4}|tới năm \d{4}|năm \d{4}|trong năm \d{4}|hằng năm|hàng năm|mỗi năm|trong đó|cụ thể|đạt\s|đạt$|có\s)+/iu;
const TRAILING_FILLER = /(?:\s*(?:từ|đạt|là|ở mức|khoảng|trên|dưới|hơn|ít nhất|tối thiểu|tối đa|không quá|không dưới|bằng|chiếm|phấn đấu|đạt tỷ lệ|[,:;-]))+\s*$/iu;
const VERB_BEFORE = /(đạt|tăng|giảm|chiếm|là|bằng|lên|xuống|duy trì|trung bình|bình quân)(?:\s+(?:bình quân|khoảng|từ|trên|dưới|tối thiểu|ít nhất|hơn|tỷ lệ|mức))*\s*$/iu;
const TRAILING_VERB = /\s*(?:(?:tăng|giảm|đạt|chiếm|duy trì)(?:\s+bình quân)?|bình quân|trung bình)\s*$/iu;
const AFTER_LEAD = /^(?:\s|trở lên|trở xuống|so với[^,;]*|mỗi năm|hằng năm|hàng năm|\/năm)+/iu;
const SUBJECT_STOP = /\s(?:cho người|đáp ứng|phù hợp với|thu hút|nhằm|để|góp phần|trong đó)\s/iu;
const CONNECTOR_ONLY = /^[\s,;:]*(?:và|hoặc|,|đến năm \d{4}|tới năm \d{4}|năm \d{4}|đạt|phấn đấu|\s)*[\s,;:]*$/iu;
const CORRESPONDING = /^(?:các\s+)?(?:chỉ tiêu|mức)\s+tương\s+ứng/iu;

/** Every percentage target, and counted targets such as `05 bản/người dân` or `từ 04 đến 05 cuộc …`. */
export function extractTargets(context: TargetContext): Target[] {
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
  return targets;
}

function targetsInBlock(flow: FlowText, node: SectionNode | null, nodes: readonly SectionNode[], context: TargetContext): Target[] {
  const found = findFigures(flow.text);
  if (found.length === 0) return [];
  const quotes = quotedRanges(flow.text);
  const years = [...flow.folded.matchAll(YEAR_PHRASE)]
    .filter((match) => !quotes.some(([a, b]) => match.index >= a && match.index < b))
    .map((match) => ({ at: match.index, year: Number(match[1]) }));
  const inherited = node ? inheritedYear(node, nodes, context.lines) : null;

  const out: Target[] = [];
  const subjects: (string | null)[] = [];
  const yearlyPhrases: (string | null)[] = [];
  found.forEach((figure, k) => {
    const next = found[k + 1];
    const previous = found[k - 1];
    const clause = clauseAround(flow.text, figure.start, figure.end);
    // The words before a figure belong to it only from the end of the figure before it.
    // Between two figures of one clause, the last comma splits what the first one says after it from what the
    // second one says before it (`… 05 bản/người dân và đạt 01 bản sách …, mỗi người dân đọc trung bình 06 cuốn`).
    let subjectStart = clause.start;
    if (previous && previous.end <= figure.start && previous.end > clause.start) {
      const between = flow.text.slice(previous.end, figure.start);
      const comma = between.lastIndexOf(',');
      subjectStart = previous.end + (comma >= 0 ? comma + 1 : 0);
    }
    let subjectEnd = clause.end;
    if (next && next.start < clause.end) {
      const comma = flow.text.slice(figure.end, next.start).indexOf(',');
      subjectEnd = comma >= 0 ? figure.end + comma : next.start;
    }
    const subjectClause = { start: subjectStart, end: subjectEnd };
    const sentence = sentenceAround(flow.text, figure.start, figure.end);
    const year = pickYear(years, figure, clause, next, inherited);
    const subject = subjectOf(flow.text, figure, subjectClause, next, k > 0 ? subjects[k - 1] ?? null : null);
    subjects.push(subject);
    const yearlyMatch = YEARLY.exec(flow.folded.slice(clause.start, clause.end));
    yearlyPhrases.push(yearlyMatch ? flow.text.slice(clause.start + yearlyMatch.index, clause.start + yearlyMatch.index + yearlyMatch[0].length) : null);
    out.push({
      value: figure.value,
      valueMax: figure.valueMax,
      unit: figure.unit,
      comparator: comparatorOf(flow.text, figure),
      year,
      yearly: isYearly(flow.folded, clause, sentence),
      subject: subject ?? '',
      sentence: flow.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim(),
      confidence: subject ? 0.8 : 0.5,
      ...context.provenance(flow.lineAt(figure.valueStart), flow.rawSpan(figure.start, figure.end)),
    });
  });
  // Shared subjects: `đạt 80% và đến năm 2030, đạt 100% Trung tâm …` — the first figure takes the next one's subject.
  for (let k = out.length - 2; k >= 0; k--) {
    if (subjects[k] === null && out[k + 1]!.subject !== '') out[k]!.subject = out[k + 1]!.subject;
  }
  out.forEach((target, k) => {
    const opening = YEARLY.exec(fold(target.sentence.slice(0, 40)));
    const phrase = yearlyPhrases[k] ?? (opening ? target.sentence.slice(opening.index, opening.index + opening[0].length) : undefined);
    if (target.yearly && phrase && !target.subject.toLowerCase().includes(phrase.toLowerCase()) && target.subject !== '') {
      target.subject = `${target.subject} (${phrase.toLowerCase()})`;
    }
  });
  return out;
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function findFigures(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(PERCENT)) {
    const valueStart = match.index;
    const end = valueStart + match[0].length;
    const value = toNumber(match[1]!);
    const window = text.slice(Math.max(0, valueStart - 30), valueStart);
    const lower = RANGE_LOWER.exec(window);
    if (lower && toNumber(lower[1]!) < value) {
      const rangeStart = valueStart - lower[0].length;
      const lowerStart = rangeStart + lower[0].indexOf(lower[1]!, lower[0].search(/\d/));
      // `từ 8% đến 10%`: the lower bound was already read as a figure of its own; fold it into the range.
      if (found.at(-1)?.valueStart === lowerStart) found.pop();
      found.push({ start: rangeStart, valueStart: lowerStart, end, value: toNumber(lower[1]!), valueMax: value, unit: '%', isCount: false, countNoun: '' });
      continue;
    }
    found.push({ start: valueStart, valueStart, end, value, valueMax: null, unit: '%', isCount: false, countNoun: '' });
  }
  for (const match of text.matchAll(COUNT)) {
    const valueStart = match.index;
    const end = valueStart + match[0].length;
    const digits = match[1]!;
    const before = text.slice(Math.max(0, valueStart - 40), valueStart);
    if (NOT_COUNT_BEFORE.test(before)) continue;
    const clauseBefore = before.split(/[;.\n]/).at(-1) ?? '';
    if (!(digits.length >= 2 && digits.startsWith('0')) && !COUNT_CUE.test(clauseBefore)) continue;
    if (found.some((f) => valueStart < f.end && end > f.start)) continue;
    const noun = match[2]!;
    const unit = match[4] ? `${noun}${match[3] ?? ''}/${match[4]}` : noun;
    let start = valueStart;
    let value = Number(digits);
    let valueMax: number | null = null;
    const lower = /(?:từ\s+)?(?<![\d.,])(\d{1,3})\s*(?:-|–|đến|tới)\s*$/u.exec(before);
    if (lower && Number(lower[1]) < value) {
      valueMax = value;
      value = Number(lower[1]);
      start = valueStart - lower[0].length;
    }
    const lowerAt = lower && valueMax !== null ? valueStart - lower[0].length + lower[0].indexOf(lower[1]!) : valueStart;
    found.push({ start, valueStart: lowerAt, end, value, valueMax, unit, isCount: true, countNoun: `${noun}${match[3] ?? ''}` });
  }
  return found.sort((a, b) => a.start - b.start);
}

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”?/g)) ranges.push([match.index, match.index + match[0].length]);
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

function pickYear(
  years: readonly { at: number; year: number }[],
  figure: Found,
  clause: { start: number; end: number },
  next: Found | undefined,
  inherited: number | null,
): number | null {
  const before = years.filter((y) => y.at < figure.start);
  const inClauseBefore = before.filter((y) => y.at >= clause.start).at(-1);
  if (inClauseBefore) return inClauseBefore.year;
  const limit = Math.min(clause.end, next ? next.start : Infinity);
  const after = years.find((y) => y.at > figure.end && y.at < limit);
  if (after) return after.year;
  const earlier = before.at(-1);
  if (earlier) return earlier.year;
  return inherited;
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

function comparatorOf(text: string, figure: Found): Target['comparator'] {
  if (figure.valueMax !== null) return 'eq';
  const before = text.slice(Math.max(0, figure.start - 25), figure.start).toLowerCase();
  const after = text.slice(figure.end, figure.end + 15).toLowerCase();
  if (/trở lên/.test(after) || /(ít nhất|tối thiểu|không dưới|không ít hơn)\s*$/.test(before)) return 'gte';
  if (/trở xuống/.test(after) || /(tối đa|không quá|không vượt quá)\s*$/.test(before)) return 'lte';
  if (/(trên|hơn)\s*$/.test(before)) return 'gt';
  if (/(dưới)\s*$/.test(before)) return 'lt';
  return 'eq';
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+/, '').replace(/[\s,;:–-]+$/, '').replace(/\)\s*$/, (m) => (text.includes('(') ? m : '')).trim();
}

function cutAfter(phrase: string): string {
  const stop = SUBJECT_STOP.exec(` ${phrase} `);
  const cut = stop ? phrase.slice(0, Math.max(0, stop.index)) : phrase;
  return tidy(cut.replace(/\s+(?:và|hoặc|từ|trên|dưới|đạt)\s*$/iu, ''));
}

function subjectOf(text: string, figure: Found, clause: { start: number; end: number }, next: Found | undefined, previousSubject: string | null): string | null {
  const beforeRaw = text.slice(clause.start, figure.start);
  const before = tidy(beforeRaw.replace(LEAD_IN, '').replace(TRAILING_FILLER, ''));
  const afterEnd = Math.min(clause.end, next ? next.start : Infinity);
  const afterRaw = text.slice(figure.end, afterEnd);
  const after = cutAfter(afterRaw.replace(AFTER_LEAD, ''));
  const core = tidy(before.replace(TRAILING_VERB, '').replace(LEAD_IN, ''));
  const beforeHasNoun = core.split(/\s+/).filter(Boolean).length >= 2;
  const verbBefore = VERB_BEFORE.test(beforeRaw);

  if (figure.isCount && !figure.unit.includes('/')) {
    return tidy(`${figure.countNoun} ${after}`);
  }
  if (CORRESPONDING.test(after) && previousSubject) {
    return `${previousSubject.replace(/\s*\((?:hằng|hàng|mỗi) năm\)$/u, '')} (${CORRESPONDING.exec(after)![0]})`;
  }
  const afterUseful = after !== '' && !CONNECTOR_ONLY.test(afterRaw.replace(AFTER_LEAD, ''));
  if (afterUseful && !(verbBefore && beforeHasNoun)) return figure.isCount ? tidy(`${figure.countNoun} ${after}`) : after;
  if (beforeHasNoun) return before;
  if (afterRaw.trim() !== '' && CONNECTOR_ONLY.test(afterRaw) && next) return null; // shares the next figure's subject
  if (previousSubject) return previousSubject.replace(/\s*\((?:hằng|hàng|mỗi) năm\)$/u, '');
  return before !== '' ? before : after !== '' ? after : null;
}

/** Yearly when the clause says so (`tăng 8% mỗi năm`) or the sentence opens with it (`Mỗi năm, xây dựng 01 …; 04 …`). */
function isYearly(folded: string, clause: { start: number; end: number }, sentence: { start: number; end: number }): boolean {
  if (YEARLY.test(folded.slice(clause.start, clause.end))) return true;
  const opening = folded.slice(sentence.start, sentence.end).replace(/^[\s\-+•]+/, '').split(/\s+/).slice(0, 4).join(' ');
  return YEARLY.test(opening);
}
