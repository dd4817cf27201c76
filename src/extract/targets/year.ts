// The year a target is due, and whether it is yearly.
import type { SectionNode, Target } from '../../schema/document.js';
import { ownLineRange } from '../../structure/paths.js';
import { fold } from '../../structure/fold.js';
import { FlowText } from '../flow.js';
import { quotedRanges } from './clauses.js';
import type { Found } from './types.js';

// `n[a-z]m` and `[dp]en` tolerate the commonest OCR damage to `năm` (nim, nem) and `Đến` (Pén).
// Also a quarter of a year (`trong quý III năm 2024`).
// `vào cuối năm 2024`; and a year that opens an item, whatever its first word became (`4. Bốn năm 2025` for `Đến`).
const YEAR_PHRASE = /(?:(?:(?<![a-z])[dp]?en|toi|truoc|vao|trong|het|phan dau|[dp]?en het|toi het)(?:\s+quy\s+[ivx]{1,3}|\s+cuoi)?\s+n[a-z]m|(?:^|[.;:,\n]\s*|\sva\s+)(?:[-+•]\s*|[a-z]\)\s*)?(?:\d{1,2}\.\s+[a-z]{2,4}\s+)?n[a-z]m|(?<=\d\s?(?:%|‰)\s{0,2}\(?)n[a-z]m)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/g;
export const YEARLY = /(h[a-z]ng\s+n[a-z]m|m[a-z]i\s+n[a-z]m|nam\s+nao\s+cung|%\s*\/\s*n[a-z]m)(?![a-z])/;

// A year printed right after a figure is that figure's (`đạt 42% vào năm 2025 và 45% vào năm 2030`), also in
// brackets (`90% (năm 2026) và 95% (năm 2027)`).
const YEAR_RIGHT_AFTER = /^\s*\(?\s*$/;

export function pickYear(
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

/** The years a text states (`đến năm 2025`), outside quotations, with where each phrase's first word starts. */
export function yearsIn(flow: { text: string; folded: string }): { at: number; year: number }[] {
  const quotes = quotedRanges(flow.text);
  return (
    [...flow.folded.matchAll(YEAR_PHRASE)]
      .filter((match) => !quotes.some(([a, b]) => match.index >= a && match.index < b))
      // Where the phrase's first word starts (not the punctuation before a clause's opening `năm 2025`).
      .map((match) => ({ at: match.index + /^[^a-z]*(?:va\s+)?/.exec(match[0])![0].length, year: Number(match[1]) }))
  );
}

// An item headed by what it is about and its year (`1. Tuyển quân năm 2025`, `a) Chỉ tiêu năm 2026`): the year of the
// targets under it, unless it is before the plan's own (`1. Kết quả năm 2024`). A part so headed names the plan's year
// and gives none.
// … and an item headed by a season or a stage with its year alone (`2. Vụ Hè Thu 2026:`, `b) Đợt 2 năm 2026`); a span
// (`1. Vụ Đông Xuân 2025 - 2026`) and a date (`… ngày 31/12/2026`) give none.
const HEADING_YEAR = /(?:(?<![a-z])n[a-z]m|[a-z])\s+((?:19|20)\d\d)\s*:?\s*$/;

/**
 * A year stated in an enclosing heading or lead-in (`b) Mục tiêu đến năm 2025:`) applies to the targets under it;
 * `byDeadline` when it is a year to reach by (`đến năm 2027`), not the year of the targets (`2. Năm 2025`).
 */
export function inheritedYear(node: SectionNode, nodes: readonly SectionNode[], lines: readonly string[], issueYear: number | null = null): { year: number; byDeadline: boolean } | null {
  const ancestors = nodes.filter((other) => other !== node && other.kind !== 'bullet' && node.path.startsWith(`${other.path}.`));
  ancestors.sort((a, b) => b.path.length - a.path.length);
  for (const ancestor of ancestors) {
    const { start, end } = ownLineRange(ancestor);
    const flow = new FlowText(lines, start, end);
    // A part's heading names the plan's year (`II. CHỈ TIÊU ĐẾN HẾT NĂM 2026`, `II. CHỈ TIÊU NĂM 2026`) and gives none.
    const last = yearsIn(flow).filter(({ at }) => ancestor.kind !== 'part' || flow.lineAt(at) !== ancestor.startLine).at(-1);
    if (last) return { year: last.year, byDeadline: /^(?:[dp]?en|toi|het|truoc)\s/.test(flow.folded.slice(last.at)) };
    const headed = ancestor.kind === 'part' ? null : HEADING_YEAR.exec(fold(ancestor.title));
    if (headed && (issueYear === null || Number(headed[1]) >= issueYear)) return { year: Number(headed[1]), byDeadline: false };
  }
  return null;
}

/** Yearly when the clause says so (`tăng 8% mỗi năm`) or the sentence opens with it (`Mỗi năm, xây dựng 01 …; 04 …`). */
export function isYearly(folded: string, clause: { start: number; end: number }, sentence: { start: number; end: number }): boolean {
  if (YEARLY.test(folded.slice(clause.start, clause.end))) return true;
  const opening = folded.slice(sentence.start, sentence.end).replace(/^[\s\-+•]+/, '').split(/\s+/).slice(0, 4).join(' ');
  return YEARLY.test(opening);
}

/**
 * The year the plan was issued, from the place and date line of its header (`Bạc Liêu, ngày 14 tháng 6 năm 2024`,
 * `…, ngày 14/6/2024`), read before the first section; null when none is printed there.
 */
export function issueYearOf(lines: readonly string[], firstSectionLine: number): number | null {
  const header = lines.slice(0, firstSectionLine > 1 ? firstSectionLine - 1 : Math.min(lines.length, 15));
  for (const line of header) {
    const folded = fold(line);
    const date = /(?:^|[\s,])ngay\s+\d{1,2}(?:\s+thang\s+\d{1,2}\s+n[a-z]m\s+|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)((?:19|20)\d\d)(?!\d)/.exec(folded);
    if (date) return Number(date[1]);
  }
  return null;
}

// Any year of a sentence (`Kết quả năm 2023: …`, `Tỷ lệ này năm 2022 đạt 70%`), not only the phrases that give a
// target its year; but not the year a change is measured from (`so với năm 2023`, `so với thực hiện năm 2024`, `từ
// năm 2020`), a year that names a law or a programme (`Luật An toàn thực phẩm năm 2010`, `Chương trình … năm 2023`),
// nor the year of a date in words (`ngày 25 tháng 01 năm 2024`).
const ANY_YEAR = /(?<![a-z])n[a-z]m\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)/g;
const NOT_A_STATED_YEAR_BEFORE = /(?:(?:^|\s)(?:so voi(?:\s+[a-z]+){0,3}|cung ky|tu|ke tu|thang \d{1,2})|(?:luat|hien phap|nghi dinh|nghi quyet|thong tu|chi thi|ket luan|quyet dinh|chuong trinh|de an|chien luoc)(?:\s+[^\s.;:,]+){0,8})\s*$/;
// `giảm từ 6,5% năm 2023 xuống còn 4%`: the figure after a change from that year is the level to reach.
const CHANGE_TO = /(?:^|\s)(?:xuong|len|phan dau|nang)(?:\s|$)/;

/** Every year a sentence of a block states, with where its word `năm` starts. */
export function statedYearsIn(folded: string): { at: number; year: number }[] {
  return [...folded.matchAll(ANY_YEAR)]
    .filter((match) => !NOT_A_STATED_YEAR_BEFORE.test(folded.slice(Math.max(0, match.index - 60), match.index)))
    .map((match) => ({ at: match.index, year: Number(match[1]) }));
}

// `từ năm 1976 đến năm 2015`: a span of years says which things are meant or over what time, never a target year; it
// says when things stood only where it opens its clause (`Từ năm 2021 đến năm 2023, …`).
const YEAR_SPAN = /(?<![a-z])tu n[a-z]m (?:19|20)\d\d\s*(?:[dp]en|toi|-|–)\s*(?:n[a-z]m\s+)?(?:19|20)\d\d/g;
const CLAUSE_OPENING = /(?:^|[.;:\n])[\s\-+•]*(?:[a-z]\)\s*|\d{1,2}(?:\.\d{1,2})*\.\s*)?$/;

/** The years outside spans of years (above); with `keepOpening`, a span that opens its clause is kept. */
export function outsideYearSpans<T extends { at: number }>(years: readonly T[], folded: string, keepOpening = false): T[] {
  const spans = [...folded.matchAll(YEAR_SPAN)]
    .filter((match) => !(keepOpening && CLAUSE_OPENING.test(folded.slice(Math.max(0, match.index - 20), match.index))))
    .map((match) => [match.index, match.index + match[0].length] as const);
  return years.filter((y) => !spans.some(([start, end]) => y.at >= start && y.at < end));
}

/** The years of a block's phrases with the other years it states from the plan's own on, in order, each once. */
export function withLaterYears(years: readonly { at: number; year: number }[], stated: readonly { at: number; year: number }[], issueYear: number): { at: number; year: number }[] {
  const later = stated.filter((y) => y.year >= issueYear && !years.some((other) => Math.abs(other.at - y.at) <= 12 && other.year === y.year));
  return [...years, ...later].sort((a, b) => a.at - b.at);
}

/**
 * A figure of a sentence that states a year before the plan's own (`Năm 2023 toàn tỉnh có 3.300 ha …, sản lượng
 * đạt 61.500 tấn`): where things stood, not a target.
 */
export function inPastYear(
  years: readonly { at: number; year: number }[],
  sentence: { start: number; end: number },
  figure: Found,
  issueYear: number | null,
  folded: string,
): boolean {
  if (issueYear === null) return false;
  const inSentence = folded.slice(sentence.start, figure.start);
  const stated = [...years, ...outsideYearSpans(statedYearsIn(inSentence), inSentence, true).map((y) => ({ at: y.at + sentence.start, year: y.year }))]
    .filter((y) => y.at >= sentence.start && y.at < figure.start)
    .sort((a, b) => a.at - b.at)
    .at(-1);
  return stated !== undefined && stated.year < issueYear && !CHANGE_TO.test(folded.slice(stated.at, figure.start));
}

// `… năm 2026, 2027, 2028 lần lượt đạt 60%, 70% và 80%`: the years of a list, each of the figures after `lần lượt` in turn.
const RESPECTIVE_YEARS = /n[a-z]m\s+((?:19|20)\d\d(?:\s*(?:,|va)\s*(?:n[a-z]m\s+)?(?:19|20)\d\d)+)\s+lan luot\b/g;

/**
 * The targets of a clause that lists its years and says `lần lượt`, each given the year of its place in the list;
 * the years leave their subjects. A list with another number of figures after it changes nothing.
 */
export function respectiveYears(targets: Target[], found: readonly Found[], flow: { text: string; folded: string }): void {
  for (const match of flow.folded.matchAll(RESPECTIVE_YEARS)) {
    const years = [...match[1]!.matchAll(/(?:19|20)\d\d/g)].map((year) => Number(year[0]));
    const after = match.index + match[0].length;
    const clauseEnd = flow.folded.slice(after).search(/[;\n]|\.(?!\d)/);
    const limit = clauseEnd < 0 ? flow.folded.length : after + clauseEnd;
    const indices = found.flatMap((figure, k) => (figure.start >= after && figure.start < limit ? [k] : []));
    if (indices.length !== years.length) continue;
    const subject = flow.text.slice(0, match.index).split(/[;:\n]/).at(-1)!.replace(/^[\s\-+•]*(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*\.\s*)?/u, '').trim();
    indices.forEach((k, order) => {
      targets[k]!.year = years[order]!;
      if (subject !== '') targets[k]!.subject = subject;
    });
  }
}
