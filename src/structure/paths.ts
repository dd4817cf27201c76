import type { SectionNode } from '../schema/document.js';

/** Visits every node in document order. */
export function* walkSections(nodes: readonly SectionNode[]): Generator<SectionNode> {
  for (const node of nodes) {
    yield node;
    yield* walkSections(node.children);
  }
}

/**
 * Path of the innermost numbered section (part, item or letter; bullets are not numbered) holding a 1-based line,
 * such as `III.1` or `V.2.a`; null before the first section.
 */
export function sectionPathAt(nodes: readonly SectionNode[], line: number): string | null {
  for (const node of nodes) {
    if (line >= node.startLine && line <= node.endLine) {
      if (node.kind === 'bullet') return null;
      return sectionPathAt(node.children, line) ?? node.path;
    }
  }
  return null;
}

/** The node's own lines (1-based, inclusive): from its heading to the line before its first child. */
export function ownLineRange(node: SectionNode): { start: number; end: number } {
  const firstChild = node.children[0];
  return { start: node.startLine, end: firstChild ? firstChild.startLine - 1 : node.endLine };
}
