import type { SectionNode } from '../schema/document.js';
import { squash, stripEmphasis, upperShare } from './fold.js';
import { isClosingStart, isSignatureLine, LETTER_FOR_NUMBER, LETTER_ORDER, readMarker, romanValue, type LineMarker } from './markers.js';
import { withStandardPartTitle } from './part-titles.js';
import { tableRowIndices } from './tables.js';

export { fold, squash, stripEmphasis, upperShare } from './fold.js';
export { readMarker, isClosingStart, isSignatureLine } from './markers.js';
export { sectionPathAt, ownLineRange, walkSections } from './paths.js';

interface Draft {
  node: SectionNode;
  index: number; // 0-based line index of the heading
}

/** Index of the first line of the closing block (recipients / signature), or the line count. */
export function closingStartIndex(lines: readonly string[]): number {
  const skipHeader = Math.min(8, Math.floor(lines.length / 4));
  for (let i = skipHeader; i < lines.length; i++) if (isClosingStart(lines[i]!)) return i;
  for (let i = skipHeader; i < lines.length; i++) if (isSignatureLine(lines[i]!)) return i;
  return lines.length;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || stripEmphasis(line).trim() === '';
}

/** The heading of an item: the paragraph up to a colon, else up to its first sentence end. */
function headingOf(paragraph: string): string {
  const text = squash(paragraph);
  let quoteDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '“') quoteDepth++;
    else if (char === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (quoteDepth > 0) continue;
    else if (char === ':' && i > 0) return text.slice(0, i).trim();
    else if ((char === '.' || char === ';') && (i === text.length - 1 || text[i + 1] === ' ') && !/\d/.test(text[i - 1] ?? '')) {
      return text.slice(0, i).trim();
    }
  }
  return text.replace(/[.;:,]+$/, '').trim();
}

function nextLetter(previous: string | undefined): string {
  if (previous === undefined) return 'a';
  const at = LETTER_ORDER.indexOf(previous);
  return LETTER_ORDER[at + 1] ?? '?';
}

function lastNumber(node: SectionNode | undefined): number {
  if (!node) return 0;
  return Number(node.number.split('.').at(-1));
}

/**
 * Splits restored lines into the section tree: Roman parts (I. II. …, also OCR `|.`, `I1.`, `V.TO CHUC`),
 * Arabic items (1. 2. 2.1.), letters (a) b) … đ)), and `-` / `+` bullets, each with its heading, line span and
 * own text. Numbers must follow their sequence, so a line that merely starts with a number is body text.
 * The closing block (Nơi nhận, signature) is left out.
 */
export function structure(lines: readonly string[]): SectionNode[] {
  const limit = closingStartIndex(lines);
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const drafts: Draft[] = [];
  let expectedPart = 1;
  const width = wrapWidth(lines);

  const childrenOf = (parent: SectionNode | undefined) => (parent ? parent.children : roots);
  const pathUnder = (parent: SectionNode | undefined, segment: string) => (parent ? `${parent.path}.${segment}` : segment);

  // The numbered rows of a table of duties (`TT | Cơ quan, đơn vị | Nhiệm vụ`) are no items of the plan.
  const tableRows = tableRowIndices(lines, limit);
  for (let i = 0; i < limit; i++) {
    if (tableRows.has(i)) continue;
    const marker = readMarker(lines[i]!, expectedPart) ?? lostItemMarker(lines, i, stack);
    if (!marker) continue;
    const placed = place(marker, stack, roots);
    if (!placed) continue;
    const { parent, number, segment } = placed;
    while (stack.length > 0 && stack.at(-1) !== parent) stack.pop();
    const siblings = childrenOf(parent);
    const node: SectionNode = {
      number,
      title: titleAt(lines, i, limit, marker, expectedPart, width),
      level: stack.length + 1,
      path: pathUnder(parent, segment(siblings)),
      kind: marker.kind,
      startLine: i + 1,
      endLine: i + 1,
      text: '',
      children: [],
    };
    siblings.push(node);
    stack.push(node);
    drafts.push({ node, index: i });
    if (marker.kind === 'part') expectedPart = (romanValue(number) ?? expectedPart) + 1;
  }

  finishSpans(drafts, lines, limit);
  return roots;
}

// An item number OCR turned into a sign (`% Ủy ban nhân dân các xã` for `7. Ủy ban …`) or a stroke (`i Ủy ban …`).
// The line may go on past a clause (`% Ủy ban … triển khai tại địa phương; báo cáo …`), not past a sentence.
const SIGN_FOR_NUMBER = /^(?:[%&$#@~^¢€£§]{1,2}|[il|!])[.,]?\s+(\p{Lu}[^.]*)$/u;
// … or into a lone capital before a body's head (LETTER_FOR_NUMBER).
const BODY_AFTER_LETTER = new RegExp(String.raw`${LETTER_FOR_NUMBER.source}\s+(\p{Lu}[^.]*)$`, 'u');

/**
 * A line that opens with a sign where the next item's number belongs: a capitalised heading line with no sentence
 * end, after a line that ended one, inside a list of numbered items. It takes the next number of that list.
 */
function lostItemMarker(lines: readonly string[], index: number, stack: readonly SectionNode[]): LineMarker | null {
  const line = stripEmphasis(lines[index]!).trim();
  const match = SIGN_FOR_NUMBER.exec(line) ?? BODY_AFTER_LETTER.exec(line);
  if (!match) return null;
  let previous = index - 1;
  while (previous >= 0 && isBlank(lines[previous])) previous--;
  if (previous < 0 || !/[.;:]$/.test(lines[previous]!.trim())) return null;
  const item = [...stack].reverse().find((node) => node.kind === 'item' && !node.number.includes('.'));
  if (!item) return null;
  const next = String(Number(item.number) + 1);
  // A figure that lost its dot (`2 Sở Tài chính`) must be the very number the list expects.
  const figure = /^\d+/.exec(line)?.[0];
  if (figure !== undefined && figure !== next) return null;
  return { kind: 'item', number: next, rest: match[1]!.trim() };
}

interface Placement {
  parent: SectionNode | undefined;
  number: string;
  segment: (siblings: readonly SectionNode[]) => string;
}

/** Where a marker goes in the open stack, or null when its number is out of sequence. */
function place(marker: LineMarker, stack: readonly SectionNode[], roots: readonly SectionNode[]): Placement | null {
  const find = (accept: (node: SectionNode) => boolean): SectionNode | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (accept(stack[k]!)) return stack[k];
    return undefined;
  };
  const kids = (parent: SectionNode | undefined) => (parent ? parent.children : roots);
  switch (marker.kind) {
    case 'part':
      return { parent: undefined, number: marker.number, segment: () => marker.number };
    case 'item': {
      const parts = marker.number.split('.');
      const value = Number(parts.at(-1));
      let parent: SectionNode | undefined;
      if (parts.length === 1) {
        parent = find((node) => node.kind === 'part');
      } else {
        const prefix = parts.slice(0, -1).join('.');
        parent = find((node) => node.kind === 'item' && node.number === prefix) ?? find((node) => node.kind === 'part');
      }
      const siblings = kids(parent).filter((node) => node.kind === 'item');
      const previous = lastNumber(siblings.at(-1));
      const inSequence = previous === 0 ? value >= 1 && value <= 2 : value > previous && value <= previous + 2;
      if (!inSequence) return null;
      const segment = parent?.kind === 'item' ? String(value) : marker.number;
      return { parent, number: marker.number, segment: () => segment };
    }
    case 'letter': {
      const parent = find((node) => node.kind === 'item' || node.kind === 'part');
      const previous = kids(parent).filter((node) => node.kind === 'letter').at(-1)?.number;
      const expected = nextLetter(previous);
      let letter = marker.number;
      if (letter === 'd' && expected === 'đ') letter = 'đ'; // the stroke of đ is easily lost
      const skipped = nextLetter(expected);
      if (letter !== expected && letter !== skipped) return null;
      return { parent, number: letter, segment: () => letter };
    }
    case 'bullet': {
      const numbered = (node: SectionNode) => node.kind !== 'bullet';
      const parent =
        marker.number === '+'
          ? find((node) => numbered(node) || node.number === '-')
          : find(numbered);
      return {
        parent,
        number: marker.number,
        segment: (siblings) => `${marker.number}${siblings.filter((node) => node.number === marker.number).length + 1}`,
      };
    }
  }
}

// Anything shaped like a numbering marker ends a heading, even one rejected as out of sequence.
const LOOKS_NUMBERED = /^(([IVXYl|1!]{1,6}|\d{1,2}(\.\d{1,2})*|[a-zđ])\s?[.)]\s|[IVX]{1,5}\s*[-–/]\s*\p{Lu})/u;

const CONNECTOR_END = /(?:^|\s)(và|của|với|các|cho|trong|tại|về|theo|đến|từ|những|hoặc|là|để|được)$|[,\-–(“]$/iu;

/**
 * The width the paragraphs of a text were wrapped at, in characters: the 90th percentile of its line lengths
 * (most lines of a wrapped paragraph are full). Null for a short text, which says too little.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((line) => stripEmphasis(line).trim().length).filter((length) => length > 0).sort((a, b) => a - b);
  if (lengths.length < 20) return null;
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

/**
 * Whether a heading goes on from `previous` to `next`. A heading line that ends cleanly and is followed by a
 * line opening with a capital is complete when the next line's first word would have fitted on it, i.e. the
 * line was broken on purpose (`1. Mục đích` / `Nâng cao …`); a wrapped one runs on (`… Thể thao và Du` / `lịch`,
 * `… Sở Giáo dục và` / `Đào tạo`). Without a known wrap width, a line of 55 characters or more counts as full.
 */
export function headingContinues(previous: string, next: string, width: number | null = null): boolean {
  const before = stripEmphasis(previous).trim();
  const after = stripEmphasis(next).trim();
  if (!/^\p{Lu}/u.test(after)) return true;
  if (CONNECTOR_END.test(before)) return true;
  if (width === null) return before.length >= 55;
  const firstWord = after.split(/\s+/)[0] ?? '';
  // A greedy wrap breaks a line only where the next word does not fit; proportional type and OCR make character
  // counts approximate, so a line within a tenth of the width counts as full.
  return before.length + 1 + firstWord.length > width * 0.9;
}

function titleAt(lines: readonly string[], index: number, limit: number, marker: LineMarker, expectedPart: number, width: number | null): string {
  const parts = [marker.rest];
  for (let j = index + 1; j < limit; j++) {
    const line = lines[j]!;
    if (isBlank(line) || readMarker(line, expectedPart + 1) || LOOKS_NUMBERED.test(stripEmphasis(line).trim())) break;
    if (marker.kind === 'part' && upperShare(line) < 0.6) break;
    if (marker.kind !== 'part' && !headingContinues(lines[j - 1]!, line, width)) break;
    parts.push(stripEmphasis(line).trim());
  }
  const paragraph = joinWrapped(parts);
  return marker.kind === 'part' ? withStandardPartTitle(squash(paragraph)) : headingOf(paragraph);
}

/** Joins wrapped lines; a line ending in a hyphen glued to a word (`BVHTTDL-`) continues without a space. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (/\S-$/.test(out) && /^\S/.test(part)) out += part;
    else out += ` ${part}`;
  }
  return out;
}

function finishSpans(drafts: readonly Draft[], lines: readonly string[], limit: number): void {
  for (let k = 0; k < drafts.length; k++) {
    const { node, index } = drafts[k]!;
    let end = limit - 1;
    for (let m = k + 1; m < drafts.length; m++) {
      if (drafts[m]!.node.level <= node.level) {
        end = drafts[m]!.index - 1;
        break;
      }
    }
    while (end > index && isBlank(lines[end])) end--;
    node.endLine = end + 1;
    const ownEnd = node.children.length > 0 ? node.children[0]!.startLine - 2 : end;
    const own: string[] = [];
    for (let j = index; j <= ownEnd; j++) own.push(stripEmphasis(lines[j]!).trim());
    while (own.length > 1 && own.at(-1) === '') own.pop();
    node.text = own.join('\n');
  }
}
