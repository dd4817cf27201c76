// Targets: every percentage and counted target of a plan, with its year, subject and provenance.
import type { SectionNode, Target } from '../../schema/document.js';
import { ownLineRange, walkSections } from '../../structure/paths.js';
import { FlowText } from '../flow.js';
import { targetsInBlock } from './block.js';
import { withItemNumbersApart, withLookAlikeUnits, withMoneyUnits, withOcrUnits, withoutItemMarks, withoutStrayApostrophes } from './ocr-units.js';
import { tableTargets } from './table.js';
import { withoutFiguresInWords } from './numbers.js';
import type { TargetContext } from './types.js';
import { issueYearOf } from './year.js';

export type { TargetContext } from './types.js';

/** Every percentage target, and counted targets such as `05 bản/người dân` or `từ 04 đến 05 cuộc …`. */
export function extractTargets(input: TargetContext): Target[] {
  const lines = withoutItemMarks(withoutFiguresInWords(withLookAlikeUnits(withoutStrayApostrophes(withItemNumbersApart(input.rawLines ? withMoneyUnits(withOcrUnits(input.lines, input.rawLines), input.rawLines) : input.lines)))));
  const context = { ...input, lines };
  const targets: Target[] = [];
  const nodes = [...walkSections(context.sections)];
  const issueYear = issueYearOf(context.lines, context.sections[0]?.startLine ?? 0);
  const blocks: { node: SectionNode | null; start: number; end: number }[] = nodes.map((node) => ({ node, ...ownLineRange(node) }));
  if (blocks.length === 0) blocks.push({ node: null, start: 1, end: context.bodyEndLine - 1 });
  for (const block of blocks) {
    const end = Math.min(block.end, context.bodyEndLine - 1);
    if (end < block.start) continue;
    const flow = new FlowText(context.lines, block.start, end);
    targets.push(...targetsInBlock(flow, block.node, nodes, context, issueYear));
  }
  // A table row is read with the years of its header; what the running text reading took from it is dropped.
  const table = tableTargets(context, issueYear);
  const rowLines = new Set(table.map((target) => target.line));
  return [...targets.filter((target) => !rowLines.has(target.line)), ...table].sort((a, b) => a.line - b.line);
}
