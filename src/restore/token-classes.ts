/**
 * Token classes the decoder must not read as syllables: part numerals at the start of a heading (`v.` → `V.`,
 * `1v.` → `IV.`), Roman numerals inside a line (`quý II`), technical tokens that start with digits (`4G`, `3D`),
 * one-letter abbreviations around a slash (`b/c`, `v/v`, `k/t`) and the `Số:` that opens a document number line.
 * Each rule gives, per line and start column, what the word piece there must become (often itself).
 */
import type { Correction } from '../schema/document.js';
import { isValidSyllable, stripDiacritics } from '../vietnamese/index.js';
import { tokenizeLine, type Piece } from './tokenize.js';
import { BoundedMemo } from './bounded-memo.js';

export interface TokenRule {
  /** The piece's text as the decoder sees it. */
  from: string;
  /** What it must be written as (equal to `from`: keep it). */
  to: string;
  reason: Correction['reason'];
}

/** Rules by line (1-based) and piece start (0-based column). */
export type TokenRules = Map<number, Map<number, TokenRule>>;

const ROMAN_VALUES: ReadonlyArray<[string, number]> = [
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [symbol, size] of ROMAN_VALUES) {
    while (rest >= size) {
      out += symbol;
      rest -= size;
    }
  }
  return out;
}

/** Value of an upper-case Roman numeral written canonically (I … XXX), else null. */
export function romanValue(text: string): number | null {
  if (!/^[IVX]{1,6}$/u.test(text)) return null;
  let value = 0;
  for (let i = 0; i < text.length; i += 1) {
    const current = text[i] === 'X' ? 10 : text[i] === 'V' ? 5 : 1;
    const next = text[i + 1] === 'X' ? 10 : text[i + 1] === 'V' ? 5 : text[i + 1] === 'I' ? 1 : 0;
    value += current < next ? -current : current;
  }
  return value >= 1 && value <= 30 && toRoman(value) === text ? value : null;
}

/** What OCR prints for I, V and X at the head of a bold heading (`|.`, `1v.`, `Il.`, `v.`). */
const ROMAN_GLYPH: Readonly<Record<string, string>> = {
  I: 'I', i: 'I', '1': 'I', l: 'I', L: 'I', '|': 'I', '!': 'I',
  V: 'V', v: 'V',
  X: 'X', x: 'X',
};
const ROMAN_LIKE_TOKEN = /^[IiVvXx1lL|!]{1,4}$/u;
/** Share of upper-case letters after the numeral for the line to count as a heading. */
const HEADING_UPPER_SHARE = 0.6;

function isHeadingText(text: string): boolean {
  const letters = [...text].filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (letters.length < 2) return false;
  return letters.filter((c) => c === c.toUpperCase()).length / letters.length >= HEADING_UPPER_SHARE;
}

/**
 * The part numeral a line-opening token stands for, given the value of the previous part (null: none yet):
 * its glyphs read as I/V/X when that is a numeral, else the next numeral of the sequence when it has as many
 * glyphs. Null when the token is not read as a numeral.
 */
export function partNumeral(token: string, previous: number | null): string | null {
  if (!ROMAN_LIKE_TOKEN.test(token)) return null;
  const mapped = [...token].map((c) => ROMAN_GLYPH[c] ?? c).join('');
  if (romanValue(mapped) !== null) return mapped;
  if (previous !== null) {
    const expected = toRoman(previous + 1);
    if (expected.length === mapped.length) return expected;
    // A bold glyph read twice (`Vv.` for V.).
    if (mapped.replace(/(.)\1+/gu, '$1') === expected) return expected;
  }
  return null;
}

/** Glyphs the English OCR prints for the list letter c. */
const LIST_LETTER_GLYPH: Readonly<Record<string, string>> = { '¢': 'c', '€': 'c' };

/**
 * The list letter a line-opening `x)` stands for: ¢ and € are c, and a `d)` right after `d)` is đ (the
 * Vietnamese sequence runs a, b, c, d, đ, e; the English OCR cannot print đ).
 */
export function listLetter(token: string, previous: string | null): string {
  const letter = LIST_LETTER_GLYPH[token] ?? token;
  if (letter === 'd' && previous === 'd') return 'đ';
  return letter;
}

/** `1`, `11`, `111`: how the English OCR may print a bold I, II, III. */
const DIGIT_ONES = /^1{1,3}$/u;

/**
 * The part numeral a heading's opening `1`/`11`/`111` stands for: the next part of the sequence or the one after
 * it (the part between was printed so that it was not read as one: `1. CHỈ TIÊU` for II., then `111.`), never one
 * the sequence has passed (a heading `1.` is a numbered item unless no part came before it).
 */
export function digitPartNumeral(token: string, previous: number | null): string | null {
  if (!DIGIT_ONES.test(token)) return null;
  const value = token.length;
  const last = previous ?? 0;
  return value > last && value <= last + 2 ? 'I'.repeat(value) : null;
}

/** A part numeral glued to its heading's first word (`V.TO CHỨC`): kept whole rather than read as one syllable. */
const GLUED_NUMERAL = /^[IVX]{1,4}\.\p{L}/u;
/** Digits then capitals (4G, 5G, 3D): a technical name, never a garbled syllable. */
const DIGIT_LED_NAME = /^\d+\p{Lu}{1,3}$/u;
/** Upper-case Roman numerals of two or more letters (quý II, giai đoạn III). */
const INNER_ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/u;
/** IV or IX with its I printed as 1 or | (mục 1V): a unit or a model name is not written so in a plan. */
const ROMAN_WITH_DIGIT_ONE = /^[1|][VX]$/u;

/** The Roman numeral inside a line that the OCR printed with 1 or | for I (1V → IV), else null. */
export function romanWithDigitOnes(token: string): string | null {
  return ROMAN_WITH_DIGIT_ONE.test(token) ? `I${token.slice(1)}` : null;
}

/** `Số:` as OCR prints it at the head of the number line (S6, So, SO, S0, Sé). */
const NUMBER_LABEL = /^[S$§5][6o0OôÔéóòồố]$/u;

/**
 * A capital vowel with Vietnamese marks inside an otherwise lower-case word: the Vietnamese OCR model prints some
 * marked vowels as capitals (rỘng, cuỘc, sỞ, HỒng). Words in capitals (SỞ) are headings and stay as they are.
 */
const ONE_INNER_CAPITAL = /^\p{Lu}?\p{Ll}*(\p{Lu})\p{Ll}*$/u;

/** The word with its stray capital vowel made lower-case, or null when the word has none (or would not be a syllable). */
export function recasedStrayCapital(word: string): string | null {
  const capital = ONE_INNER_CAPITAL.exec(word)?.[1];
  if (capital === undefined || !/\p{Ll}/u.test(word)) return null;
  const base = stripDiacritics(capital);
  if (base === capital || !/^[AEIOUY]$/u.test(base)) return null;
  const [first = '', ...rest] = [...word];
  const recased = first + rest.join('').toLowerCase();
  return recased !== word && isValidSyllable(recased) ? recased : null;
}

/** Units that also spell a syllable (ha: hà, hạ), written after a number or a slash (12 ha, tạ/ha). */
const SYLLABLE_LIKE_UNITS = new Set(['ha']);

function isUnitAfterQuantity(piece: Piece, previous: Piece | undefined): boolean {
  if (!SYLLABLE_LIKE_UNITS.has(piece.text) || previous === undefined) return false;
  return previous.kind === 'number' || (previous.kind === 'punct' && previous.text === '/' && previous.start + 1 === piece.start);
}

/**
 * The tick a duty matrix or a table by year marks its cells with (`1 Tuyên truyền x x x`, or `v` as the OCR reads a
 * check mark), or a multiplication sign (`60 x 40 cm`). Alone in running text the English OCR's `x` is xã or xử with
 * the rest lost (`x hội`, `x lý`), so only a line that ticks two cells or more, or an `x` between two numbers, keeps it.
 */
const TICK = /^[xXvV]$/u;

function isTick(piece: Piece | undefined): boolean {
  return piece?.kind === 'word' && TICK.test(piece.text);
}

function isCheckMark(pieces: readonly Piece[], index: number, ticks: number): boolean {
  const piece = pieces[index];
  if (!isTick(piece)) return false;
  if (ticks >= 2) return true;
  return /^[xX]$/u.test(piece!.text) && pieces[index - 1]?.kind === 'number' && pieces[index + 1]?.kind === 'number';
}

/**
 * Units a table prints in its unit column, before the row's figures (`Diện tích trồng mới ha 40 55 70`): each also
 * spells a syllable or a syllable's start (ha: hả, m: ẩm, cm: cẩm), so only figures right after one make it a unit.
 */
const UNIT_BEFORE_FIGURES = new Set(['ha', 'm', 'cm', 'mm', 'km', 'ml', 'kg', 'kw', 'kwh', 'mw']);

function isUnitBeforeFigure(piece: Piece, next: Piece | undefined, afterNext: Piece | undefined): boolean {
  // Two figures in a row (a year's column and the next): one figure after `ha` is as likely `số hóa 120 trang`.
  return UNIT_BEFORE_FIGURES.has(piece.text) && next?.kind === 'number' && afterNext?.kind === 'number' && next.start === piece.start + piece.text.length + 1;
}

/** Units of area and volume the English OCR could read as a marked syllable (m3 as mã), after a quantity. */
const POWER_UNIT = /^(?:[kcdh]?m)[23]$/u;
/** A number word before a unit (18,6 triệu m3), as printed or as the English OCR prints it (tri€u, nghin). */
const NUMBER_WORD = /^(?:tri.u|ngh.n|ng.n|t[yỷi])$/u;

function isPowerUnitAfterQuantity(piece: Piece, previous: Piece | undefined): boolean {
  if (!POWER_UNIT.test(piece.text) || previous === undefined) return false;
  return previous.kind === 'number' || NUMBER_WORD.test(stripDiacritics(previous.text).toLowerCase());
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** A one-letter piece glued by a slash to another one-letter piece (b/c, v/v, k/t). */
function isSlashedLetter(line: string, piece: Piece): boolean {
  if ([...piece.text].length !== 1 || !isLetter(piece.text)) return false;
  const start = piece.start;
  const end = start + piece.text.length;
  const after = line[end] === '/' && isLetter(line[end + 1]) && !isLetter(line[end + 2]) && line[end + 2] !== '/';
  const before = line[start - 1] === '/' && isLetter(line[start - 2]) && !isLetter(line[start - 3]) && line[start - 3] !== '/';
  return (after && !isLetter(line[start - 1])) || (before && !isLetter(line[end]));
}

/**
 * Sở as the English OCR prints it glued to the Y of Sở Y tế (SOY, S&Y, SG'Y, S&'Y: ở as O, G or &, the space lost),
 * and glued by an apostrophe to a capitalised word (S&'Tài nguyên). Only before a printed tế does the Y stand for
 * the health department; an apostrophe after the round letter is no part of any word.
 */
const SO_GLUED_TO_Y = /^(S[OG&03Q6][’']?)(Y)$/u;
const SO_GLUED_BY_APOSTROPHE = /^(S[OG&03Q6][’'])(\p{Lu}\p{Ll}+)$/u;
/** tế as the English OCR prints it (té, t€, t6, te&). */
const HEALTH_AS_PRINTED = /^t[eéèê€6&]{1,2}$/iu;
/** What the head of such a glued word is written as. */
const GLUED_SO_READING = 'Sở';
/**
 * A word that numbers its part of a text glued to a Roman numeral (Như mucV;, phanII): the English OCR lost the space
 * before the numeral. Only these words, without marks as printed or with them; a capital inside any other word is
 * the OCR's print of a marked vowel (dOng, cHUC).
 */
const NUMBERED_WORD_GLUED_TO_NUMERAL = /^(\p{Ll}+)([IVX]+)$/u;
const WORDS_BEFORE_NUMERAL = new Set(['muc', 'phan', 'khoan', 'chuong', 'dieu', 'diem', 'luc', 'quy', 'loai', 'dot']);

/**
 * Two words glued at the apostrophe the English OCR printed for the horn of ư or ơ (DU'BAO: DỰ BÁO), the space lost:
 * the word before it has two letters or more (an apostrophe after one capital is a highland name's: H'Mông, M'Nông),
 * and the word after it is a syllable of two letters or more that opens with a consonant, the letters together no
 * syllable: THU'C, du’ong (dưỡng) and hu’ong are one word whose vowel carries the horn.
 */
const GLUED_AT_HORN = /^(\p{L}+[UOuo]['’])([^aeiouyAEIOUY\P{L}]\p{L}+)$/u;

/**
 * cơ sở as the English OCR prints it (co's): the horn of ơ as an apostrophe, the space lost and sở cut to its s. No
 * word is spelt so, and cơ with an apostrophe before a lone s is how every such print of the pair reads.
 */
const CO_GLUED_TO_SO = /^([Cc][Oo]['’])([Ss])$/u;

/** The two words of a printed word the OCR glued together, or null. */
function gluedWords(piece: Piece, next: Piece | undefined): [string, string] | null {
  if (piece.kind !== 'word') return null;
  const horn = GLUED_AT_HORN.exec(piece.text);
  if (horn !== null) {
    const [head, tail] = [horn[1] as string, horn[2] as string];
    if (isValidSyllable(tail) && isValidSyllable(head.slice(0, -1)) && !isValidSyllable(head.slice(0, -1) + tail)) return [head, tail];
  }
  const base = CO_GLUED_TO_SO.exec(piece.text);
  if (base !== null) return [base[1] as string, base[2] as string];
  const so = SO_GLUED_BY_APOSTROPHE.exec(piece.text) ?? (next?.kind === 'word' && HEALTH_AS_PRINTED.test(next.text) ? SO_GLUED_TO_Y.exec(piece.text) : null);
  if (so !== null) return [so[1] as string, so[2] as string];
  const numbered = NUMBERED_WORD_GLUED_TO_NUMERAL.exec(piece.text);
  if (numbered !== null && WORDS_BEFORE_NUMERAL.has(stripDiacritics(numbered[1] as string))) return [numbered[1] as string, numbered[2] as string];
  return null;
}

/** An item's number glued to the word after its dot (3.Y tế, 2.Các): the number and dot are no part of the word. */
const NUMBER_GLUED_TO_WORD = /^(\d+(?:\.\d+)*)([.|])(\p{L}.*)$/u;

/** A tilde or equals sign the OCR printed for a list dash, glued to the item's first word (~Lưu:, =Sở Y tế). */
const TILDE_GLUED_TO_WORD = /^([~=]+)(\p{L}.*)$/u;

/** A cell rule of a ruled table standing alone (the numeral of a heading, `|.`, is read before this). */
const TABLE_RULE = /^[|¦]+$/u;

/** The number, its dot and the word of a word piece that opens with a glued item number (or the tilde and the word), or null. */
function numberedWord(piece: Piece): Piece[] | null {
  const tilde = piece.kind === 'word' ? TILDE_GLUED_TO_WORD.exec(piece.text) : null;
  if (tilde !== null) {
    const mark = tilde[1] as string;
    return [
      { text: mark, kind: 'punct', start: piece.start },
      { text: tilde[2] as string, kind: 'word', start: piece.start + mark.length },
    ];
  }
  const match = piece.kind === 'word' ? NUMBER_GLUED_TO_WORD.exec(piece.text) : null;
  if (match === null) return null;
  const number = match[1] as string;
  return [
    { text: number, kind: 'number', start: piece.start },
    { text: match[2] as string, kind: 'punct', start: piece.start + number.length },
    { text: match[3] as string, kind: 'word', start: piece.start + number.length + 1 },
  ];
}

/** Splits an item number glued to its first word (by its dot, or a table's rule: `1|Kẻ Gỗ`) into number, mark and word, as if a space followed the dot (the spacing stays as printed). */
function splitNumberedWords(pieces: Piece[]): Piece[] {
  let out: Piece[] | null = null;
  pieces.forEach((piece, index) => {
    const numbered = numberedWord(piece);
    if (numbered === null) out?.push(piece);
    else (out ??= pieces.slice(0, index)).push(...numbered);
  });
  return out ?? pieces;
}

/** Splits each glued word into its two pieces, the first written with the lost space (spaceAfter). */
function splitGluedWords(pieces: Piece[]): Piece[] {
  let out: Piece[] | null = null;
  pieces.forEach((piece, index) => {
    const parts = gluedWords(piece, pieces[index + 1]);
    if (parts === null) {
      out?.push(piece);
      return;
    }
    out ??= pieces.slice(0, index);
    const [head, tail] = parts;
    out.push({ text: head, kind: 'word', start: piece.start, spaceAfter: true }, { text: tail, kind: 'word', start: piece.start + head.length });
  });
  return out ?? pieces;
}

const linePieces = new BoundedMemo<Piece[]>(50_000, (line) => splitGluedWords(splitNumberedWords(tokenizeLine(line))));

/** tokenizeLine (glued words split), remembered per line text (a batch meets the same header and heading lines again and again). */
export function piecesOfLine(line: string): Piece[] {
  return linePieces.get(line);
}

interface LineRules {
  /** The heading's opening word, when it may be a part numeral (resolved against the previous part). */
  numeralPiece: Piece | null;
  /** The line's opening list letter (`a)`, `¢)`), resolved against the previous one. */
  listLetterPiece: Piece | null;
  rules: Array<[Piece, string, Correction['reason']?]>;
}

/** The word that opens the archive line of the Nơi nhận block (Lưu: VT, …), as the English OCR prints it (Luu, Buu, Lua, Lwi). */
const ARCHIVE_LABEL = /^[LB][uưw][uưai]$/u;
/** The archive line's first entry, VT (văn thư), as printed: VI when the English OCR read its T as I. */
const ARCHIVE_ENTRY = /^V[TI]$/u;

/**
 * The label and first entry of an archive line: the line files a copy with the office clerk, VT (văn thư); a Roman
 * VI never follows Lưu:, and no other word before : VT opens a line of the Nơi nhận block.
 */
function archiveLine(pieces: readonly Piece[]): { label: Piece; entry: Piece } | null {
  const label = pieces.findIndex((piece) => piece.kind === 'word');
  const first = pieces[label];
  const colon = pieces[label + 1];
  const entry = pieces[label + 2];
  if (!first || !ARCHIVE_LABEL.test(first.text) || !colon?.text.startsWith(':') || !entry || !ARCHIVE_ENTRY.test(entry.text)) return null;
  return { label: first, entry };
}

const lineRulesCache = new Map<string, LineRules>();

/** The rules of one line that do not depend on other lines, remembered per line text. */
function rulesOfLine(text: string): LineRules {
  const cached = lineRulesCache.get(text);
  if (cached) return cached;
  const pieces = piecesOfLine(text);
  const first = pieces[0];
  const second = pieces[1];
  const result: LineRules = { numeralPiece: null, listLetterPiece: null, rules: [] };
  const taken = new Set<number>();
  if (first?.kind === 'word' && [...first.text].length === 1 && second?.text.startsWith(')') && second.start === first.start + first.text.length) {
    result.listLetterPiece = first;
    taken.add(first.start);
  }
  const numeralCandidate = first?.kind === 'word' || (first?.kind === 'number' && DIGIT_ONES.test(first.text));
  if (first && numeralCandidate && second?.kind === 'punct' && /^[.\-–]/u.test(second.text) && second.start === first.start + first.text.length) {
    if (ROMAN_LIKE_TOKEN.test(first.text) && isHeadingText(text.slice(second.start + second.text.length))) {
      result.numeralPiece = first;
      taken.add(first.start);
    }
  }
  if (first?.kind === 'word' && second?.text.startsWith(':') && NUMBER_LABEL.test(first.text)) {
    result.rules.push([first, first.text === first.text.toUpperCase() && /[A-Z].$/u.test(first.text) && !/\d/u.test(first.text) ? 'SỐ' : 'Số']);
    taken.add(first.start);
  }
  const archive = archiveLine(pieces);
  if (archive !== null) {
    if (archive.entry.text !== 'VT') result.rules.push([archive.entry, 'VT', 'confusion']);
    if (archive.label.text !== 'Lưu') result.rules.push([archive.label, 'Lưu', 'confusion']);
    taken.add(archive.entry.start).add(archive.label.start);
  }
  const ticks = pieces.filter(isTick).length;
  pieces.forEach((piece, index) => {
    if (piece.kind !== 'word' || taken.has(piece.start)) return;
    // The rule between two cells of a ruled table, as the OCR prints it (`STT | Tên hồ chứa | Dung tích`): no letter.
    if (TABLE_RULE.test(piece.text)) {
      result.rules.push([piece, piece.text]);
      return;
    }
    if (piece.spaceAfter === true && /^S[^\p{Ll}]/u.test(piece.text)) {
      result.rules.push([piece, GLUED_SO_READING, 'confusion']);
      return;
    }
    const glued = pieces[index - 1];
    if (glued?.spaceAfter === true && glued.start + glued.text.length === piece.start) {
      // The numeral or the Y of a split word stays as printed.
      if (/^(?:[IVX]+|Y)$/u.test(piece.text)) {
        result.rules.push([piece, piece.text]);
        return;
      }
    }
    const roman = romanWithDigitOnes(piece.text);
    if (roman !== null) {
      result.rules.push([piece, roman, 'confusion']);
      return;
    }
    if (
      DIGIT_LED_NAME.test(piece.text) ||
      GLUED_NUMERAL.test(piece.text) ||
      INNER_ROMAN.test(piece.text) ||
      isSlashedLetter(text, piece) ||
      isCheckMark(pieces, index, ticks) ||
      isUnitAfterQuantity(piece, pieces[index - 1]) ||
      isPowerUnitAfterQuantity(piece, pieces[index - 1]) ||
      isUnitBeforeFigure(piece, pieces[index + 1], pieces[index + 2])
    ) {
      result.rules.push([piece, piece.text]);
      return;
    }
    const recased = recasedStrayCapital(piece.text);
    if (recased !== null) result.rules.push([piece, recased, 'normalize']);
  });
  if (lineRulesCache.size >= 50_000) lineRulesCache.clear();
  lineRulesCache.set(text, result);
  return result;
}

/** Rules for the word pieces of `lines` (the decoder's input lines). */
export function tokenRules(lines: readonly string[]): TokenRules {
  const rules: TokenRules = new Map();
  const set = (line: number, piece: Piece, to: string, reason: Correction['reason']): void => {
    let byStart = rules.get(line);
    if (!byStart) {
      byStart = new Map();
      rules.set(line, byStart);
    }
    byStart.set(piece.start, { from: piece.text, to, reason });
  };
  let lastPart: number | null = null;
  let lastListLetter: string | null = null;
  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    const { numeralPiece, listLetterPiece, rules: lineRules } = rulesOfLine(text);
    if (listLetterPiece) {
      const letter = listLetter(listLetterPiece.text, lastListLetter);
      if (letter !== listLetterPiece.text) set(lineNumber, listLetterPiece, letter, 'confusion');
      lastListLetter = letter;
    }
    if (numeralPiece) {
      const numeral = numeralPiece.kind === 'number' ? digitPartNumeral(numeralPiece.text, lastPart) : partNumeral(numeralPiece.text, lastPart);
      if (numeral !== null) {
        set(lineNumber, numeralPiece, numeral, 'confusion');
        lastPart = romanValue(numeral);
      }
    }
    for (const [piece, to, reason] of lineRules) set(lineNumber, piece, to, reason ?? (to === piece.text ? 'normalize' : 'confusion'));
  });
  return rules;
}
