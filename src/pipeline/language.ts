import { isValidSyllable } from '../vietnamese/index.js';

/** Below this share of valid Vietnamese syllables a text is not Vietnamese (garbled OCR of Vietnamese scores ~0.7). */
export const MIN_VIETNAMESE_SHARE = 0.5;
/** Too few words to judge. */
export const MIN_WORDS_TO_JUDGE = 20;

export interface LanguageCheck {
  words: number;
  vietnameseShare: number;
  isVietnamese: boolean;
}

export function checkVietnamese(text: string): LanguageCheck {
  const words = text.match(/\p{L}+/gu) ?? [];
  const valid = words.filter((word) => isValidSyllable(word)).length;
  const vietnameseShare = words.length === 0 ? 0 : valid / words.length;
  return { words: words.length, vietnameseShare, isVietnamese: words.length < MIN_WORDS_TO_JUDGE || vietnameseShare >= MIN_VIETNAMESE_SHARE };
}
