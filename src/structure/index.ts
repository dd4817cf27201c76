import type { SectionNode } from '../schema/document.js';

const ROMAN_HEADING = /^\s*([IVX]+)\.\s*(\S.*)$/;

/** First version: Roman-numbered parts only (the extraction issue deepens this). */
export function structure(lines: readonly string[]): SectionNode[] {
  const parts: SectionNode[] = [];
  lines.forEach((text, index) => {
    const match = ROMAN_HEADING.exec(text);
    if (!match) return;
    const previous = parts.at(-1);
    if (previous) previous.endLine = index;
    parts.push({
      number: match[1]!,
      title: match[2]!.trim(),
      level: 1,
      path: match[1]!,
      kind: 'part',
      startLine: index + 1,
      endLine: lines.length,
      text: text.trim(),
      children: [],
    });
  });
  return parts;
}
