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
  /** The first of two words the OCR printed glued (SOY tế, mucV): written with the space it lost (token-classes.ts). */
  spaceAfter?: true;
}

const LEADING = /^[“"'‘(«\[{<*•]+/u;
// `./.` closes the last sentence of a document.
const TRAILING = /(?:\.\/\.|[,.;:!?”"’)»\]}>*…])+$/u;
const LINK = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$/iu;
const LINK_OPENING = /^(?:https?:\/\/|www\.)/iu;
const NUMBER = /^[\d.,%]+$/u;
/** OCR prints these for letters (1& = là, ¢6 = có, x4 = xã): a core holding them may still be a word. */
const LETTER_LIKE = /[\p{L}&¢€¥|]/u;

function classify(text: string): PieceKind {
  if (NUMBER.test(text)) return 'number';
  if (LETTER_LIKE.test(text)) return 'word';
  return 'punct';
}

/** A separator the core of a chunk is split on (its own punct piece). */
function isSeparator(unit: number): boolean {
  return unit === 0x2f || unit === 0x2d || unit === 0x2013; // / - –
}

/** The parts of `core` between and including its separators, as `core.split(/([/\-–])/u)` gives them, empty ones left out. */
function splitCore(core: string, start: number, into: Piece[]): void {
  let partStart = 0;
  for (let i = 0; i <= core.length; i += 1) {
    if (i < core.length && !isSeparator(core.charCodeAt(i))) continue;
    if (i > partStart) {
      const part = core.slice(partStart, i);
      into.push({ text: part, kind: classify(part), start: start + partStart });
    }
    if (i < core.length) into.push({ text: core.charAt(i), kind: 'punct', start: start + i });
    partStart = i + 1;
  }
}

/** Whether a UTF-16 unit is one that `\s` matches (ECMAScript white space and line terminators). */
function isWhiteSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
    unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

export function tokenizeLine(line: string): Piece[] {
  const pieces: Piece[] = [];
  // The runs of non-space characters (what /\S+/gu matches: no space character is a surrogate).
  let i = 0;
  while (i < line.length) {
    if (isWhiteSpace(line.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < line.length && !isWhiteSpace(line.charCodeAt(i))) i += 1;
    addChunk(line.slice(start, i), start, pieces);
  }
  return pieces;
}

function addChunk(chunk: string, start: number, pieces: Piece[]): void {
  // Only a chunk with an @ or opening like a URL can be a link (trailing punctuation holds neither).
  if ((chunk.includes('@') || LINK_OPENING.test(chunk)) && LINK.test(chunk.replace(TRAILING, ''))) {
    const link = chunk.replace(TRAILING, '');
    pieces.push({ text: link, kind: 'link', start });
    if (link.length < chunk.length) pieces.push({ text: chunk.slice(link.length), kind: 'punct', start: start + link.length });
    return;
  }
  const leading = LEADING.exec(chunk)?.[0] ?? '';
  const rest = chunk.slice(leading.length);
  const trailing = rest.length > 0 ? (TRAILING.exec(rest)?.[0] ?? '') : '';
  const core = rest.slice(0, rest.length - trailing.length);
  if (leading) pieces.push({ text: leading, kind: 'punct', start });
  if (core) splitCore(core, start + leading.length, pieces);
  if (trailing) pieces.push({ text: trailing, kind: 'punct', start: start + leading.length + core.length });
}
