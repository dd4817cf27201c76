/**
 * Splits OCR lines into pieces the decoder can replace one by one without touching anything else: each
 * whitespace-separated chunk loses its leading and trailing punctuation, and the core is split on / and -.
 */

export type PieceKind =
  /** Something that may be a (garbled) syllable. */
  | 'word'
  /** Digits, dates, percentages. */
  | 'number'
  /** Punctuation, separators and symbols. */
  | 'punct'
  /** A URL or e-mail address: never touched. */
  | 'link';

export interface Piece {
  text: string;
  kind: PieceKind;
  /** 0-based UTF-16 offset in its line. */
  start: number;
}

const LEADING = /^[“"'‘(«\[{<*•]+/u;
// `./.` closes the last sentence of a document.
const TRAILING = /(?:\.\/\.|[,.;:!?”"’)»\]}>*…])+$/u;
const LINK = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$/iu;
const NUMBER = /^[\d.,%]+$/u;
/** OCR prints these for letters (1& = là, ¢6 = có, x4 = xã): a core holding them may still be a word. */
const LETTER_LIKE = /[\p{L}&¢€¥|]/u;

function classify(text: string): PieceKind {
  if (NUMBER.test(text)) return 'number';
  if (LETTER_LIKE.test(text)) return 'word';
  return 'punct';
}

function splitCore(core: string, start: number, into: Piece[]): void {
  let offset = start;
  for (const part of core.split(/([/\-–])/u)) {
    if (part === '') continue;
    into.push({ text: part, kind: /^[/\-–]$/u.test(part) ? 'punct' : classify(part), start: offset });
    offset += part.length;
  }
}

export function tokenizeLine(line: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of line.matchAll(/\S+/gu)) {
    const chunk = match[0];
    const start = match.index;
    if (LINK.test(chunk.replace(TRAILING, ''))) {
      const link = chunk.replace(TRAILING, '');
      pieces.push({ text: link, kind: 'link', start });
      if (link.length < chunk.length) pieces.push({ text: chunk.slice(link.length), kind: 'punct', start: start + link.length });
      continue;
    }
    const leading = LEADING.exec(chunk)?.[0] ?? '';
    const rest = chunk.slice(leading.length);
    const trailing = rest.length > 0 ? (TRAILING.exec(rest)?.[0] ?? '') : '';
    const core = rest.slice(0, rest.length - trailing.length);
    if (leading) pieces.push({ text: leading, kind: 'punct', start });
    if (core) splitCore(core, start + leading.length, pieces);
    if (trailing) pieces.push({ text: trailing, kind: 'punct', start: start + leading.length + core.length });
  }
  return pieces;
}
