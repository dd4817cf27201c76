import { isValidSyllable, isWellFormedSyllable } from '../vietnamese/index.js';

export interface TextLayerAssessment {
  usable: boolean;
  /** Letter tokens that look like words (contain a lower-case letter). */
  syllables: number;
  /** Share of those that are valid Vietnamese syllables, marks or not (`hoc`, `học`). */
  validShare: number;
  /** Share that are written with their marks as correct text does (`học`, not `hoc`). */
  wellFormedShare: number;
}

/**
 * Measured on the seed texts: the garbled text layers of real scans have 72–75 % valid syllables and 54–57 %
 * well-formed ones; clean plan texts have 99–100 % of both. The thresholds sit well between.
 */
export const MIN_VALID_SHARE = 0.9;
export const MIN_WELL_FORMED_SHARE = 0.85;
/** Below this many words a page's text layer says too little to judge (a page number, a stamp). */
export const MIN_SYLLABLES = 8;

export function letterTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((token) => token.length > 0 && /\p{Ll}/u.test(token));
}

/** Decides whether a PDF page's text layer can stand in for OCR: enough words, and nearly all real Vietnamese. */
export function assessTextLayer(text: string): TextLayerAssessment {
  const tokens = letterTokens(text);
  const share = (test: (token: string) => boolean) => (tokens.length === 0 ? 0 : tokens.filter(test).length / tokens.length);
  const validShare = share(isValidSyllable);
  const wellFormedShare = share(isWellFormedSyllable);
  const usable = tokens.length >= MIN_SYLLABLES && validShare >= MIN_VALID_SHARE && wellFormedShare >= MIN_WELL_FORMED_SHARE;
  return { usable, syllables: tokens.length, validShare, wellFormedShare };
}
