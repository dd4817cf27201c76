import type { SectionNode } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import { LETTER_FOR_NUMBER } from '../../structure/markers.js';
import { ownLineRange, walkSections } from '../../structure/paths.js';
import { FlowText } from '../flow.js';
import { startsLikeOrganisation } from './heads.js';

/**
 * The implementation part: `TỔ CHỨC THỰC HIỆN` (or a part on responsibilities); in a short plan without Roman
 * parts, the numbered item of that name.
 */
export function implementationPart(sections: readonly SectionNode[]): SectionNode | null {
  const parts = sections.filter((node) => node.kind === 'part');
  const items = [...walkSections(sections)].filter((node) => node.kind === 'item');
  const titled = (pattern: RegExp) => (node: SectionNode) => pattern.test(fold(node.title));
  return (
    parts.find(titled(/to chuc thuc hien/)) ??
    parts.find(titled(/trach nhiem|phan cong/)) ??
    items.find(titled(/^to chuc thuc hien$/)) ??
    partOfBodies(parts)
  );
}

/**
 * Where the heading of the implementation part was lost, the last part whose numbered items mostly open with
 * the name of a body (`1. Sở …`, `2. Công an …`) stands for it.
 */
function partOfBodies(parts: readonly SectionNode[]): SectionNode | null {
  for (const part of [...parts].reverse()) {
    const items = part.children.filter((node) => node.kind === 'item');
    const bodies = items.filter((node) => startsLikeOrganisation(node.title)).length;
    if (items.length >= 2 && bodies * 2 > items.length) return part;
  }
  return null;
}

/**
 * An implementation part written as prose (`Giao Công chức … chủ trì …` / `Công chức … tham mưu …`): each
 * paragraph of its own text stands for an unnumbered item, read like a bullet (a colon or a duty must follow
 * the name). A paragraph starts on a line after one that ends a sentence.
 */
export function proseParagraphs(part: SectionNode, lines: readonly string[]): SectionNode[] {
  const { start, end } = ownLineRange(part);
  const paragraphs: SectionNode[] = [];
  let open: SectionNode | null = null;
  for (let line = start + 1; line <= end; line++) {
    const text = (lines[line - 1] ?? '').trim();
    if (text === '') {
      open = null;
      continue;
    }
    if (open === null || /[.;:]$/.test((lines[line - 2] ?? '').trim())) {
      open = { number: '-', title: '', level: part.level + 1, path: part.path, kind: 'bullet', startLine: line, endLine: line, text: '', children: [] };
      paragraphs.push(open);
    } else open.endLine = line;
  }
  return paragraphs;
}

export const GATHERING_HEADING = /^(?:trach nhiem cua )?cac (?:co quan|don vi|so|nganh|to chuc)(?:,? (?:don vi|co quan|nganh|to chuc))* (?:khac|lien quan)$/;

/** Bullets right under an item that open like a body (`- UBND thành phố …`, `- Phòng Y tế …`). */
export function memberBullets(node: SectionNode, lines: readonly string[]): SectionNode[] {
  return node.children.filter((child) => {
    const text = stripMarker(nodeText(child, lines));
    // Officials named in person (`Trưởng bản Huổi Lè (ông …)`) are no bodies of their own.
    return child.kind === 'bullet' && startsLikeOrganisation(text) && !/^(?:Trưởng|Phó|Chủ tịch|Bí thư|Ông|Bà)\s/u.test(text);
  });
}

/** The text of a node without the lines of some of its children. */

export function textWithout(node: SectionNode, left: readonly SectionNode[], lines: readonly string[]): string {
  const kept = lines.map((line, k) => (left.some((child) => k + 1 >= child.startLine && k + 1 <= child.endLine) ? '' : line));
  return new FlowText(kept, node.startLine, node.endLine).text;
}

export function nodeText(node: SectionNode, lines: readonly string[]): string {
  return new FlowText(lines, node.startLine, node.endLine).text;
}

// The numbering a node opens with, as structure reads it: `2.1.`, `a)` (also with a tone mark restoration gave
// it), a bullet, or a sign or stroke OCR left for an item's number (`% Ủy ban …`, `i Ủy ban …`).
const MARKER = /^\s*(?:[\dIVX]+(?:\.\d+)*\s*[.)]|\d{1,2},(?=\s+\p{Lu})|[l|]\.(?=\s+\p{Lu})|[a-zđàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]\s?\)|[-–+•]|[%&$#@~^¢€£§]{1,2}[.,]?(?=\s)|[il|!][.,]?(?=\s+\p{Lu}))\s*/iu;
// The marker, or a lone capital structure took for a lost item number (`A Ủy ban …`: see LETTER_FOR_NUMBER).
export const NUMBERING_MARKER = { exec: (text: string): RegExpExecArray | null => MARKER.exec(text) ?? LOST_NUMBER.exec(text) };
const LOST_NUMBER = new RegExp(String.raw`^\s*${LETTER_FOR_NUMBER.source.slice(1)}\s*`, 'u');

export function stripMarker(text: string): string {
  const marker = NUMBERING_MARKER.exec(text);
  return marker ? text.slice(marker[0].length) : text;
}

export function tasksOf(node: SectionNode, lines: readonly string[], ownRest: string): string[] {
  const tasks: string[] = [];
  const rest = squash(ownRest);
  if (/\p{L}/u.test(rest)) tasks.push(rest);
  for (const child of walkSections(node.children)) {
    const { start, end } = ownLineRange(child);
    const text = squash(stripMarker(new FlowText(lines, start, end).text));
    if (text !== '') tasks.push(text);
  }
  return tasks;
}

export function firstOffsetOfLine(flow: FlowText, line: number): number {
  for (let offset = 0; offset < flow.text.length; offset++) if (flow.lineAt(offset) === line) return offset;
  return -1;
}
