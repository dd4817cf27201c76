/**
 * The decoder's rules about single words and lines: what is never changed (abbreviations, codes, list letters),
 * how a change is classified, which lines are all-caps headings.
 */
import type { Correction } from '../schema/document.js';
import { canonicalSyllable, isValidSyllable, stripDiacritics } from '../vietnamese/index.js';
import type { RestoreDictionary } from './dictionary.js';
import type { Piece } from './tokenize.js';

type Reason = Correction['reason'];

/** A word of a line, as the decoder holds it. */
export interface LinePiece {
  line: number;
  piece: Piece;
}

export const SENTENCE_PUNCT = /[.;:!?…]/u;
export const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•–])/u;
/** Letters outside ASCII and Latin-1: Tesseract's English model never prints them. */
export const VIETNAMESE_ONLY_LETTER = /[ăĂđĐơƠưƯĩĨũŨạ-ỹẠ-Ỹ]/u;
/** Share of capitalised words above which a line is a heading written in capitals. */
const ALL_CAPS_LINE_SHARE = 0.6;
/** Share of words with such letters above which a text is taken to come from a Vietnamese-aware source. */
export const VIETNAMESE_SOURCE_SHARE = 0.2;
export const ROMAN_LIKE = /^[IVX1lL|]{1,4}$/u;
export const UPPER_ABBREVIATION = /^(?=(?:.*\p{Lu}){2})[\p{Lu}&]+$/u;
export const CAMEL_ABBREVIATION = /^\p{Lu}{2,}\p{Ll}+$/u;
/** One capital, an apostrophe, then a capitalised or lower-case word (H'Mông, H'leo, K'Ho; not THU'C or hu’dng). */
export const VOWEL_PAIR_NAME = /^[AEOU](?:[aeiouy]|[AEIOUY])$/u;
export const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}?\p{Ll}+$/u;

/** Tokens nothing should change: abbreviations, known codes, single list letters. */
export function isProtectedWord(text: string, next: Piece | undefined, dictionary: RestoreDictionary): boolean {
  if (dictionary.protectedTokens.has(text)) return true;
  // All-caps without a vowel (KH, TTTT, VHTT&DL) is an abbreviation; with vowels it may be a garbled heading word.
  if (UPPER_ABBREVIATION.test(text) && !/[AEIOUY]/u.test(stripDiacritics(text).toUpperCase())) return true;
  // Y as the only vowel and no syllable (TTYT, BHYT, SYT: y tế): y is a word of its own there, not a vowel the OCR
  // garbled (KY, LY, TY are syllables and go on to the decoder).
  if (UPPER_ABBREVIATION.test(text) && !/[AEIOU]/u.test(stripDiacritics(text).toUpperCase()) && !isValidSyllable(text)) return true;
  if (CAMEL_ABBREVIATION.test(text) && !isValidSyllable(text)) return true;
  // Names of the Central Highlands and northern minorities written with an apostrophe after their first capital
  // (H'Mông, Ea H'leo, K'Ho): no Vietnamese syllable has one, and the English OCR prints the apostrophe as it is.
  if (APOSTROPHE_NAME.test(text)) return true;
  // A capitalised pair of vowels that spells no syllable (Ea Kar, Ea Súp: `ea`, water, opens place names of the
  // Central Highlands): the English OCR prints two plain vowels as they are. Not I or Y first: the OCR prints l as
  // I (Iy for lý).
  if (VOWEL_PAIR_NAME.test(text) && !isValidSyllable(text)) return true;
  // Initials and column letters: a lone capital is not a syllable worth guessing.
  if (/^\p{Lu}$/u.test(text)) return true;
  if (/\d/u.test(text) && /^[\p{Lu}\d]+$/u.test(text) && /\p{Lu}.*\d|\d.*\p{Lu}/u.test(text) && text.length > 3) return true;
  // Formulas and codes with a digit the English OCR never prints for a letter (CO2, SO2, H2S, PM2, ST25): it reads
  // 0, 1, 3, 4, 5, 6 and 8 into Vietnamese letters (T6 for Tổ, X3 for xã), but not 2, 7 or 9.
  if (/^\p{Lu}[\p{L}\d]*$/u.test(text) && /[279]/u.test(text)) return true;
  // Times, areas and codes (8h30, 120m2, 3a45): digits around letters, or many digits.
  if (/\d\p{L}+\d/u.test(text) || (text.match(/\d/gu)?.length ?? 0) >= 3) return true;
  // a) b) list markers.
  if ([...text].length === 1 && next?.kind === 'punct' && next.text.startsWith(')')) return true;
  return false;
}

export function classifyChange(from: string, to: string): Reason {
  if (canonicalSyllable(from) === canonicalSyllable(to) || from.normalize('NFC') === to) return 'normalize';
  if (stripDiacritics(from).toLowerCase() === stripDiacritics(to).toLowerCase()) return 'lm';
  return 'confusion';
}

/** Longest token the decoder tries to read as a syllable (the longest syllables have 7 letters). */
export const MAX_WORD_LENGTH = 12;
/** A superscript digit or a micro sign: a unit (m², km³, µg), which no syllable spells. */
export const SUPERSCRIPT_DIGIT = /[\u00B2\u00B3\u00B9\u2070-\u2079\u00B5\u03BC]/u;

/** How many of a slot's best readings compete for the runner-up when a change's confidence is judged. */
export const RUNNER_UP_READINGS = 3;

/**
 * Lines whose syllables of two or more letters are mostly written in capitals (headings; abbreviations that are
 * not syllables do not count). Only lines with two all-caps words are examined closely.
 */
export function allCapsLines(items: ReadonlyArray<LinePiece | 'boundary' | number>): Set<number> {
  const byLine = new Map<number, LinePiece[]>();
  for (const item of items) {
    if (typeof item !== 'object') continue;
    const list = byLine.get(item.line);
    if (list) list.push(item);
    else byLine.set(item.line, [item]);
  }
  const lines = new Set<number>();
  for (const [line, slots] of byLine) {
    const isCaps = (text: string): boolean => text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
    if (slots.filter((slot) => isCaps(slot.piece.text)).length < 2) continue;
    let words = 0;
    let upper = 0;
    for (const slot of slots) {
      const text = slot.piece.text;
      if (text.length < 2 || !isValidSyllable(stripDiacritics(text))) continue;
      words += 1;
      if (isCaps(text)) upper += 1;
    }
    if (words >= 2 && upper / words >= ALL_CAPS_LINE_SHARE) lines.add(line);
  }
  return lines;
}
