/**
 * How clean text becomes language-model tokens. The build script (counting) and the decoder (scoring) both use
 * these names so that the two agree on what a token is.
 */
import { canonicalSyllable, isWellFormedSyllable, normalizeVietnamese } from '../vietnamese/index.js';

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';
export const NUMBER_TOKEN = '<num>';
export const COMMA_TOKEN = '<,>';
export const UNKNOWN_TOKEN = '<unk>';

const SENTENCE_PUNCTUATION = /^[.;:!?…]+$/;
const NUMBER = /^\d+([.,]\d+)*%?$/;

/** The LM token of one clean word: its canonical syllable, `<num>`, or its lowercase form. */
export function lmTokenOfWord(word: string): string {
  if (NUMBER.test(word)) return NUMBER_TOKEN;
  if (isWellFormedSyllable(word)) return canonicalSyllable(word);
  return word.toLowerCase().replace(/’/gu, "'");
}

/**
 * Splits clean text into sentences of LM tokens. Words are letter runs (split on / and - as the decoder does),
 * numbers become `<num>`, commas `<,>`; . ; : ! ? and line breaks end a sentence; other symbols are dropped.
 */
export function lmSentencesOfCleanText(text: string): string[][] {
  const sentences: string[][] = [];
  for (const line of normalizeVietnamese(text).split('\n')) {
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 0) sentences.push(current);
      current = [];
    };
    // A name with a glottal apostrophe (H'Mông, Cư M'gar) is one word, as the decoder reads it.
    for (const piece of line.match(/\p{Lu}['’]\p{L}+|\p{L}+|\d+(?:[.,]\d+)*%?|[.;:!?…]+|,/gu) ?? []) {
      if (SENTENCE_PUNCTUATION.test(piece)) flush();
      else if (piece === ',') {
        if (current.length > 0) current.push(COMMA_TOKEN);
      } else current.push(lmTokenOfWord(piece));
    }
    flush();
  }
  return sentences;
}
