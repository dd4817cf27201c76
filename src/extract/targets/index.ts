// Targets: every percentage and counted target of a plan, with its year, subject and provenance.
import type { SectionNode, Target } from '../../schema/document.js';
import { ownLineRange, walkSections } from '../../structure/paths.js';
import { FlowText } from '../flow.js';
import { candidatesInBlock, targetsInBlock, type BlockCandidate } from './block.js';
import { figureFeatures } from './features.js';
import { loadTargetModel, targetProbability, type TargetModel } from './model.js';
import { withItemNumbersApart, withLookAlikeUnits, withMoneyUnits, withOcrTimeSpans, withOcrUnits, withoutItemMarks, withoutStrayApostrophes } from './ocr-units.js';
import { tableTargets } from './table.js';
import { withoutFiguresInWords } from './numbers.js';
import type { TargetContext } from './types.js';
import { issueYearOf } from './year.js';

export type { TargetContext } from './types.js';

/**
 * Which figures become targets: the hand-written filters (`rules`, the default), the learned model alone (`learned`)
 * or the learned model that also sees the rules' verdict (`hybrid`). Values, units, years and subjects are read the
 * same way in every mode.
 */
export const TARGET_FILTERS = ['rules', 'learned', 'hybrid'] as const;
export type TargetFilter = (typeof TARGET_FILTERS)[number];

export interface TargetOptions {
  targetFilter?: TargetFilter;
  /** The model for `learned` and `hybrid`; defaults to dictionaries/target-model.json. */
  model?: TargetModel;
}

/** A figure a filter may take or leave: the rules' verdict on it and what the model sees of it. */
export interface TargetCandidate {
  target: Target;
  /** The rules output it. */
  ruleAccepted: boolean;
  /** The filter that rejected it (null when none did; a figure the rules still left out was dropped later). */
  rejectedBy: string | null;
  view: BlockCandidate['view'];
  /** Read from a table of values by year: the rules' table reader decides those in every mode. */
  tableRow: boolean;
}

/** Every percentage target, and counted targets such as `05 bản/người dân` or `từ 04 đến 05 cuộc …`. */
export function extractTargets(input: TargetContext, options: TargetOptions = {}): Target[] {
  const filter = options.targetFilter ?? 'rules';
  if (filter === 'rules') return ruleTargets(input);
  const weights = (options.model ?? loadTargetModel())[filter];
  return targetCandidates(input)
    .filter((candidate) => candidate.tableRow || targetProbability(weights, candidateFeatures(candidate, filter)) >= weights.threshold)
    .map((candidate) => candidate.target)
    .sort((a, b) => a.line - b.line);
}

/**
 * The features of a candidate for a model: the hybrid also sees whether the rules output it (only that: it learns
 * from the rules' verdicts at first sight of each plan, which name no filter).
 */
export function candidateFeatures(candidate: TargetCandidate, filter: 'learned' | 'hybrid'): string[] {
  return figureFeatures(filter === 'hybrid' ? { ...candidate.view, ruleVerdict: candidate.ruleAccepted ? null : 'rejected' } : candidate.view);
}

interface Prepared {
  context: TargetContext;
  nodes: SectionNode[];
  issueYear: number | null;
  blocks: { node: SectionNode | null; start: number; end: number }[];
}

function prepare(input: TargetContext): Prepared {
  const lines = withoutItemMarks(withoutFiguresInWords(withLookAlikeUnits(withoutStrayApostrophes(withItemNumbersApart(input.rawLines ? withOcrTimeSpans(withMoneyUnits(withOcrUnits(input.lines, input.rawLines), input.rawLines), input.rawLines) : input.lines)))));
  const context = { ...input, lines };
  const nodes = [...walkSections(context.sections)];
  const issueYear = issueYearOf(context.lines, context.sections[0]?.startLine ?? 0);
  const blocks: { node: SectionNode | null; start: number; end: number }[] = nodes.map((node) => ({ node, ...ownLineRange(node) }));
  if (blocks.length === 0) blocks.push({ node: null, start: 1, end: context.bodyEndLine - 1 });
  return { context, nodes, issueYear, blocks };
}

function eachBlock<T>({ context, blocks }: Prepared, read: (flow: FlowText, node: SectionNode | null) => T[]): T[] {
  const out: T[] = [];
  for (const block of blocks) {
    const end = Math.min(block.end, context.bodyEndLine - 1);
    if (end < block.start) continue;
    out.push(...read(new FlowText(context.lines, block.start, end), block.node));
  }
  return out;
}

/** The targets the hand-written filters keep. */
function ruleTargets(input: TargetContext): Target[] {
  const prepared = prepare(input);
  const { context, nodes, issueYear } = prepared;
  const targets = eachBlock(prepared, (flow, node) => targetsInBlock(flow, node, nodes, context, issueYear));
  // A table row is read with the years of its header; what the running text reading took from it is dropped.
  const table = tableTargets(context, issueYear);
  const rowLines = new Set(table.map((target) => target.line));
  return [...targets.filter((target) => !rowLines.has(target.line)), ...table].sort((a, b) => a.line - b.line);
}

const sameFigure = (a: Target, b: Target) => a.line === b.line && a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit;

/**
 * Every figure the target readers find before the filters decide, with the rules' verdict: a figure the rules output
 * carries their target (so its subject and year are the rules' own), one they left out carries the filter that did.
 */
export function targetCandidates(input: TargetContext): TargetCandidate[] {
  const rules = ruleTargets(input);
  const prepared = prepare(input);
  const { context, nodes, issueYear } = prepared;
  const marked = eachBlock(prepared, (flow, node) => candidatesInBlock(flow, node, nodes, context, issueYear));
  const table = tableTargets(context, issueYear);
  const rowLines = new Set(table.map((target) => target.line));
  const used = new Set<Target>();
  const candidates: TargetCandidate[] = marked
    .filter(({ target }) => !rowLines.has(target.line))
    .map(({ target, rejectedBy, view }) => {
      const ruled = rules.find((rule) => !used.has(rule) && sameFigure(rule, target));
      if (ruled) used.add(ruled);
      return { target: ruled ?? target, ruleAccepted: ruled !== undefined, rejectedBy: ruled ? null : rejectedBy, view, tableRow: false };
    });
  for (const rule of rules) {
    if (used.has(rule)) continue;
    const row = rowLines.has(rule.line);
    candidates.push({ target: rule, ruleAccepted: true, rejectedBy: null, view: lineView(context.lines, rule, issueYear, row), tableRow: row });
  }
  return candidates.sort((a, b) => a.target.line - b.target.line);
}

/** What the model sees of a figure read from one line alone (a table row, or a figure the marked reading missed). */
function lineView(lines: readonly string[], target: Target, issueYear: number | null, tableRow: boolean): BlockCandidate['view'] {
  const text = lines[target.line - 1] ?? '';
  const printed = String(target.value).replace('.', ',');
  const at = Math.max(0, text.indexOf(printed));
  return { text, start: at, end: at + printed.length, sentence: { start: 0, end: text.length }, value: target.value, valueMax: target.valueMax, unit: target.unit, isCount: target.unit !== '%', sectionTitles: [], issueYear, tableRow, otherFigures: 0 };
}
