// The targets of one section block.
import type { SectionNode, Target } from '../../schema/document.js';
import { FlowText } from '../flow.js';
import { fold } from '../../structure/fold.js';
import { clauseAround, sentenceAround } from './clauses.js';
import { findFigures } from './figures.js';
import { comparatorOf } from './qualifiers.js';
import { baselineAsides, citedDocumentsFigure, inSentenceOfWhatIs } from './filters.js';
import { NO_TARGET_ITEM, NO_TARGET_PART, headingEnd, inItemOf, inImplementationPart, inPartOf, inTargetSection } from './sections.js';
import { subjectOf, subjectWindow } from './subject.js';
import { finishSubjects } from './subject-lists.js';
import type { FigureView } from './features.js';
import type { FilterMode, Found, TargetContext } from './types.js';
import { YEARLY, inPastYear, respectiveYears, inheritedYear, isYearly, outsideYearSpans, pickYear, statedYearsIn, withLaterYears, yearsIn } from './year.js';

export function targetsInBlock(flow: FlowText, node: SectionNode | null, nodes: readonly SectionNode[], context: TargetContext, issueYear: number | null): Target[] {
  return readBlock(flow, node, nodes, context, issueYear, 'drop').map(({ target }) => target);
}

/** A figure read as a target in mark mode: what the rules' filters say of it, and what the learned model sees. */
export interface BlockCandidate {
  target: Target;
  /** The filter that rejects it (null: every filter passes it). */
  rejectedBy: string | null;
  view: FigureView;
}

/** Every figure of a block with the filters' verdicts instead of their decisions (mark mode). */
export function candidatesInBlock(flow: FlowText, node: SectionNode | null, nodes: readonly SectionNode[], context: TargetContext, issueYear: number | null): BlockCandidate[] {
  return readBlock(flow, node, nodes, context, issueYear, 'mark');
}

function readBlock(flow: FlowText, node: SectionNode | null, nodes: readonly SectionNode[], context: TargetContext, issueYear: number | null, mode: FilterMode): BlockCandidate[] {
  const partRejected = node !== null && (inPartOf(node, nodes, NO_TARGET_PART) || inItemOf(node, nodes, NO_TARGET_ITEM));
  if (partRejected && mode === 'drop') return [];
  const bodyStart = headingEnd(flow, node);
  const taskItem = node !== null && node.kind !== 'part' && !inImplementationPart(node, nodes);
  const asides = baselineAsides(flow.folded);
  const outsideAsides = (at: number) => !asides.some(([start, end]) => at >= start && at < end);
  const years = outsideYearSpans(yearsIn(flow), flow.folded, true).filter((y) => outsideAsides(y.at));
  const blockRejection = (figure: Found, sentence: { start: number; end: number }): string | null => {
    if (inPastYear(years, sentence, figure, issueYear, flow.folded)) return 'past-year';
    if (inSentenceOfWhatIs(flow.text, flow.folded, sentence, figure.start, issueYear)) return 'what-is';
    if (citedDocumentsFigure(flow.folded, sentence.start, figure.start)) return 'cited-aim';
    return outsideAsides(figure.start) ? null : 'baseline-aside';
  };
  const read = findFigures(flow.text, flow.folded, node !== null && inTargetSection(node, nodes), taskItem, bodyStart, mode).map((figure) => ({
    figure,
    sentence: sentenceAround(flow.text, figure.start, figure.end),
  }));
  const kept =
    mode === 'drop'
      ? read.filter(({ figure, sentence }) => blockRejection(figure, sentence) === null)
      : read.map(({ figure, sentence }) => {
          const rejectedBy = figure.rejectedBy ?? (partRejected ? 'no-target-part' : blockRejection(figure, sentence));
          return { figure: rejectedBy === null ? figure : { ...figure, rejectedBy }, sentence };
        });
  const found = kept.map(({ figure }) => figure);
  if (found.length === 0) return [];
  const heading = node ? inheritedYear(node, nodes, context.lines, issueYear) : null;
  const inherited = heading?.year ?? null;
  // A year a clause names anywhere (`Tổng thu … trên địa bàn năm 2025 đạt …`) is the year of its figures, where it is
  // not before the plan's own.
  const spansApart = outsideYearSpans(years, flow.folded);
  const laterYears = outsideYearSpans(statedYearsIn(flow.folded), flow.folded).filter((y) => outsideAsides(y.at));
  const targetYears = issueYear === null ? spansApart : withLaterYears(spansApart, laterYears, issueYear);

  const out: Target[] = [];
  const subjects: (string | null)[] = [];
  const yearlyPhrases: (string | null)[] = [];
  found.forEach((figure, k) => {
    const next = found[k + 1];
    const previous = found[k - 1];
    const around = clauseAround(flow.text, figure.start, figure.end);
    // A heading on a line of its own is not part of the clause of its body's first figure.
    const clause = bodyStart > 0 && figure.start >= bodyStart ? { start: Math.max(around.start, bodyStart), end: around.end } : around;
    const window = subjectWindow(flow.text, clause, figure, previous, next);
    // An aside on the baseline after the figure (`… so với năm 2025 (7,7 triệu lượt)`) is no part of its subject.
    const aside = asides.find(([start]) => start >= figure.end && start < window.end);
    const subjectClause = aside ? { start: window.start, end: aside[0] } : window;
    const { sentence } = kept[k]!;
    // A rate per year (`18.000 phương tiện đo/năm`) under a year to reach by (`2. Chỉ tiêu đến năm 2027`) is yearly,
    // like `15%/năm`; under the year it is of (`2. Năm 2025`) it is that year's.
    const yearlyClause = YEARLY.test(flow.folded.slice(clause.start, clause.end)) || (/\/\s*n[a-z]m$/.test(fold(figure.unit)) && heading?.byDeadline === true);
    const year = pickYear(targetYears, flow.folded, figure, previous, clause, next, yearlyClause ? null : inherited, yearlyClause);
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
  respectiveYears(out, found, flow);
  finishSubjects({ out, found, subjects, yearlyPhrases, flow });
  // Headings only: a bullet's title, or a long one, is the text of a sentence.
  const titles = node === null ? [] : nodes.filter((other) => (other === node || node.path.startsWith(`${other.path}.`)) && isHeading(other)).map((other) => other.title);
  return out.map((target, k) => {
    const { figure, sentence } = kept[k]!;
    const otherFigures = found.filter((other) => other !== figure && other.start >= sentence.start && other.start < sentence.end).length;
    const view: FigureView = { text: flow.text, start: figure.start, end: figure.end, sentence, value: figure.value, valueMax: figure.valueMax, unit: figure.unit, isCount: figure.isCount, sectionTitles: titles, issueYear, tableRow: false, otherFigures, ...(figure.reader === undefined ? {} : { reader: figure.reader }) };
    return { target, rejectedBy: figure.rejectedBy ?? null, view };
  });
}

const HEADING_WORDS = 12;

function isHeading(node: SectionNode): boolean {
  return node.kind !== 'bullet' && node.title.split(/\s+/).length <= HEADING_WORDS;
}
