import type { DateMention } from '../schema/document.js';
import { fold } from '../structure/fold.js';
import { dutyTables } from '../structure/tables.js';
import { CODE_SOURCE } from './codes.js';
import type { FlowText } from './flow.js';

const pad = (value: number) => String(value).padStart(2, '0');

function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** ISO date from parts; reduced precision `YYYY-MM` when the day is blank; null when the parts are impossible. */
export function isoFromParts(day: number | null, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  if (day === null) return `${year}-${pad(month)}`;
  if (!validDayMonth(day, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface DateContext {
  flow: FlowText;
  /** The line of the place-and-date line, whose date is the plan's own issue date. */
  issueLine: number | null;
  provenance: (line: number, raw: string) => Pick<DateMention, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
}

// The words of a date as OCR and an imperfect restoration may leave them: a letter read as its look-alike (`ugày`,
// `tbáng`, `uăm`), `năm` with another vowel (`nim`).
export const NGAY = '[nurm][gq][ao]y';
export const THANG = '[tf][hb][ao][nurm][gq]';
export const NAM = '[nurm][a-z][mn]';
const TEXT_DATE = new RegExp(String.raw`${NGAY}\s*(\d{1,2})?\s*${THANG}\s*(\d{1,2})\s*${NAM}\s*(\d{4})`, 'g');
// `trước ngày 15 tháng 6 hằng năm`: a day and month in words without a year.
const TEXT_DAY_MONTH = new RegExp(String.raw`${NGAY}\s*(\d{1,2})\s*${THANG}\s*(\d{1,2})(?![\d\s]*${NAM}\s*\d)`, 'g');
const FULL_DATE = /(?<![\d/.,])(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{4})(?![\d/])/g;
const DASHED_DATE = /ngay\s+(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)/g;
const DAY_MONTH = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/]|\s?\/\s?\d)/g;

// `tr…c` / `tr…de`: `trước` as an imperfect restoration leaves it (`trắc`, `trục`, `trurde`), never `trong`, `trình`.
// `Đến ngày 31/12/2025 tỷ lệ … đạt …`: the day a target is due (the end of a period `từ ngày … đến ngày …` is
// read as such below; `tính đến ngày` is the day a count was taken).
// `Đến` whose Đ the scan lost where it opens a sentence or a bullet (`- én ngày 31/12/2025 tỷ lệ …`) is still `đến`.
const DEADLINE_CUE = /(?:(?<![a-z])tr[a-z]{0,3}(?:c|de)(?:\s+ngay)?|truoc|cham nhat|han chot|thoi han|han cuoi|khong qua|den het|(?<!tinh\s)(?<![a-z])den(?=\s+ngay)|(?:^|[-–.;:]\s*)en(?=\s+ngay))(?:\s+(?:la|ngay))*\s*$/;
// `Ngày Sách …`, `Ngày phòng, chống …`: a day named with a capital N (OCR may flip the case of the rest), whatever
// tone or hat restoration left on its `a` (`Ngảy`, `Ngạy`, `Ngầy`); so a month (`Thảng hành động`; `Thắng` is a person's name).
const NAMED_DAY = /(^|[\s,(“"])(?:N[gG][aàáảãạâầấẩẫậAÀÁẢÃẠÂẦẤẨẪẬ][yY]|Th[aàáảãạ]ng|Tuần lễ|Tuần)\s+\p{L}/u;
// An occasion the day is named for: `nhân dịp 18/11`, `kỷ niệm …`, `lễ hội …`.
const OCCASION_CUE = /(ky niem|le hoi|ngay le|nhan dip|vao dip|dip|chao mung|huong ung)(?![a-z])/;
// A law or other document cited by name and date only (`Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023`).
const CITED_BY_NAME = /(?:^|[\s(])(?<!phap\s)(?:luat|bo luat|phap lenh|hien phap|nghi dinh|nghi quyet|quyet dinh|chi thi|thong tu|ke hoach|cong van|chuong trinh|de an|chien luoc|ket luan|huong dan)\s+\S/;
// A date written in words starts at its `ngày`, one in figures after it: both may follow the code.
const CODE_THEN_DAY = new RegExp(String.raw`${CODE_SOURCE}\s*,?\s*(?:ban hành\s+)?(?:ng\p{L}{1,3}\s*)?$`, 'u');

/** Every explicit calendar date: full dates as ISO, day/month without a year as `--MM-DD`, with its kind. */
export function extractDates(context: DateContext): DateMention[] {
  const { flow } = context;
  const found: { start: number; end: number; iso: string }[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);

  for (const match of flow.folded.matchAll(TEXT_DATE)) {
    const iso = isoFromParts(match[1] ? Number(match[1]) : null, Number(match[2]), Number(match[3]));
    if (iso) found.push({ start: match.index, end: match.index + match[0].length, iso });
  }
  for (const match of flow.folded.matchAll(TEXT_DAY_MONTH)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const end = match.index + match[0].length;
    if (validDayMonth(day, month) && !taken(match.index, end)) found.push({ start: match.index, end, iso: `--${pad(month)}-${pad(day)}` });
  }
  for (const pattern of [FULL_DATE, DASHED_DATE]) {
    for (const match of flow.folded.matchAll(pattern)) {
      const offset = match[0].indexOf(match[1]!, pattern === DASHED_DATE ? 4 : 0);
      const start = match.index + offset;
      const end = match.index + match[0].length;
      const iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
      if (iso && !taken(start, end)) found.push({ start, end, iso });
    }
  }
  for (const match of flow.folded.matchAll(DAY_MONTH)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const start = match.index;
    const end = start + match[0].length;
    if (!validDayMonth(day, month) || taken(start, end)) continue;
    if (!looksLikeDayMonth(flow, start, end)) continue;
    found.push({ start, end, iso: `--${pad(month)}-${pad(day)}` });
  }

  found.sort((a, b) => a.start - b.start);
  const timeCells = timeCellLines(flow.lines);
  const mentions = found.map(({ start, end, iso }) => {
    const line = flow.lineAt(start);
    const text = flow.text.slice(start, end).replace(/\s+/g, ' ');
    const kind = kindOf(context, start, line, iso);
    // A row of a table of duties with a time column (`… | Thời hạn`): its date is the day the duty is due.
    return { text, iso, kind: kind === 'other' && timeCells.has(line) ? 'deadline' as const : kind, ...context.provenance(line, flow.rawSpan(start, end)) };
  });
  // `từ ngày A đến (hết) ngày B`: the bounds of a period share a kind; a period is no deadline, but the bounds of
  // an observance (`Tháng hành động … từ ngày 15/11 đến ngày 15/12`) are observances. The period may be in brackets
  // after what it bounds (`Tháng hành động (từ ngày 15/4 đến ngày 15/5)`).
  for (let k = 1; k < found.length; k++) {
    const between = flow.folded.slice(found[k - 1]!.end, found[k]!.start);
    const opening = flow.folded.slice(Math.max(0, found[k - 1]!.start - 12), found[k - 1]!.start);
    if (!/^\s*,?\s*(?:den|toi)(?:\s+het)?(?:\s+ngay)?\s*$/.test(between) || !/(?:^|[\s(])tu(?:\s+ngay)?\s*$/.test(opening)) continue;
    const first = mentions[k - 1]!;
    const second = mentions[k]!;
    if (first.kind === 'observance' || second.kind === 'observance') first.kind = second.kind = 'observance';
    else if (first.kind !== 'reference') first.kind = second.kind = 'other';
  }
  // `nợ thuế đến ngày 31/12/2024 còn …` in a plan of 2025: a day the plan reached before it was issued states where
  // things stood; `đến ngày` is a deadline only ahead (a calendar's `trước ngày` keeps its cue).
  const issued = mentions.find((mention) => mention.kind === 'issue')?.iso;
  mentions.forEach((mention, k) => {
    if (issued === undefined || mention.kind !== 'deadline' || mention.iso.startsWith('--') || mention.iso >= issued) return;
    if (REACHED_BY.test(flow.folded.slice(Math.max(0, found[k]!.start - 12), found[k]!.start))) mention.kind = 'other';
  });
  return mentions;
}

/** The lines of the rows of every table of duties that has a time column (`Thời gian`, `Thời hạn`, `Tiến độ`). */
function timeCellLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const table of dutyTables(lines, 1, lines.length)) {
    if (!table.columns.includes('time')) continue;
    for (const row of table.rows) for (let line = row.startLine; line <= row.endLine; line++) found.add(line);
  }
  return found;
}

/** A bare `d/m` is a date only where the text says so: `ngày 25/11`, `Ngày Sách … - 21/4`, `23/11 hằng năm`. */
function looksLikeDayMonth(flow: FlowText, start: number, end: number): boolean {
  const before = flow.folded.slice(Math.max(0, start - 80), start);
  const after = flow.folded.slice(end, end + 20);
  const originalBefore = flow.text.slice(Math.max(0, start - 80), start);
  if (/\bso\s*$/.test(before)) return false;
  if (/ngay\s*$/.test(before) || /[-–]\s*$/.test(before)) return true;
  if (/^\s*(hang|moi)\s+nam/.test(after)) return true;
  const clause = originalBefore.split(/[;.\n]/).at(-1) ?? '';
  return NAMED_DAY.test(clause) || OCCASION_CUE.test(fold(clause));
}

function kindOf(context: DateContext, start: number, line: number, iso: string): DateMention['kind'] {
  const { flow } = context;
  if (context.issueLine !== null && line === context.issueLine && !iso.startsWith('--')) return 'issue';
  const before = flow.folded.slice(Math.max(0, start - 40), start);
  if (DEADLINE_CUE.test(before) || NOT_AFTER.test(before) || rawDeadlineCue(context, start, line)) return 'deadline';
  const originalBefore = flow.text.slice(Math.max(0, start - 70), start).split(/[;\n]/).at(-1) ?? '';
  // `(Kèm theo Kế hoạch số 96/KH-UBND ngày 16/5/2025 …)` over an appendix names the plan itself: no citation.
  if (OWN_PLAN_ATTACHED.test(fold(originalBefore))) return 'other';
  if (CODE_THEN_DAY.test(originalBefore)) return 'reference';
  const clause = flow.text.slice(Math.max(0, start - 80), start).split(/[;.\n]/).at(-1) ?? '';
  if (iso.startsWith('--')) {
    // A named day or month may be long (`Tháng hành động vì … trên cơ sở giới từ ngày 15/11`): its sentence counts.
    const sentence = flow.text.slice(Math.max(0, start - 160), start).split(/[;.\n]/).at(-1) ?? '';
    // A bound of a period (`cao điểm hưởng ứng từ ngày 01/5 đến ngày 31/5`) is an observance only as a named month.
    const bound = /(?:^|\s)(?:tu|den|toi)(?:\s+het)?\s+ngay\s*$/.test(before);
    if (NAMED_DAY.test(sentence) || /[-–]\s*$/.test(clause) || (!bound && OCCASION_CUE.test(fold(clause)))) return 'observance';
  } else if (citedByName(flow, start)) return 'reference';
  // `… gửi Sở … <damaged trước> ngày 30/4/2024`, `báo cáo kết quả … ngày 15/12`: the day a report is due.
  if (REPORT_DUE.test(fold(clause)) && /(?:^|\s)[a-z]{1,6}\s+(?:ngay\s*)?$/.test(before) && !/(?:^|\s)(?:vao|tu|trong|den)\s+(?:ngay\s*)?$/.test(before)) {
    return 'deadline';
  }
  return 'other';
}

// `Không xuống giống sau ngày 20/12`, `không tổ chức … sau ngày`: nothing may be done after the day, its deadline.
const NOT_AFTER = /(?:^|[\s.;:,])khong\s+(?:[a-z]+\s+){1,5}sau\s+ngay\s*$/;

const OWN_PLAN_ATTACHED = /\(\s*kem theo\s+ke hoach\s+so\s[^()]*$/;

/**
 * `… 800.000 trang trại ngày 15/11/2025`: restoration made a word of the OCR's damaged `trước` (`trade ngdy`). The
 * OCR line still shows the cue before the same figures (a `n..y` word read as `ngày`).
 */
function rawDeadlineCue(context: DateContext, start: number, line: number): boolean {
  const raw = context.provenance(line, '').rawOcr;
  const printed = context.flow.text.slice(start, start + 10).match(/^[\d/.\s]+\d/)?.[0];
  if (!raw || !printed) return false;
  const at = raw.indexOf(printed);
  if (at < 0) return false;
  const before = fold(raw.slice(Math.max(0, at - 40), at)).replace(/(?<![a-z])n[a-z]{2}y(?![a-z])/g, 'ngay');
  return RAW_BEFORE_CUE.test(before);
}

// Only `trước ngày` is read off the OCR line: `đến ngày` also ends a period (`từ ngày … đến ngày …`), which is read on
// the restored text. `Đến` that lost its Đ at the start of the line or a bullet (`- én ngay 31/12/2025`) ends none.
const RAW_BEFORE_CUE = /(?:(?<![a-z])tr[a-z]{0,3}(?:c|de)|^\s*(?:[-–+]\s*)?en)\s+ngay\s*$/;

const REACHED_BY = /(?:^|\s)den\s+ngay\s*$/;
const REPORT_DUE = /(?:^|\s)(?:gui|bao cao|nop|hoan thanh|hoan tat)(?:\s|$)/;

/**
 * A full date in a citation without a number: the sentence opens with `Căn cứ` (the legal basis) and names a
 * document type before the date, with no other date in between.
 */
function citedByName(flow: FlowText, start: number): boolean {
  const window = flow.text.slice(Math.max(0, start - 160), start).split(/[;.\n]/).at(-1) ?? '';
  // The citation starts at its `Căn cứ` (the header's date may be printed just before it).
  const opening = fold(window).search(/(?:^|\s)can\s+cu\s/);
  // … or at a document named first in a clause of a `Căn cứ` list (`…; Luật sửa đổi, bổ sung … ngày 22/11/2019`).
  const listed = opening < 0 && /^\s*(?:luat|bo luat|phap lenh|nghi dinh|nghi quyet|quyet dinh|chi thi|thong tu)\s/.test(fold(window)) && /(?:^|\s)can\s+cu\s/.test(fold(flow.text.slice(Math.max(0, start - 500), start - window.length)));
  if (opening < 0 && !listed) return false;
  const sentence = opening < 0 ? window : window.slice(opening);
  const folded = fold(sentence);
  if (/(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|thang\s+\d/.test(folded)) return false;
  return CITED_BY_NAME.test(folded);
}
