/**
 * Highland names with a glottal apostrophe (M'Nông, H'Mông, Ea H'leo, Cư M'gar) as the genre phrases write them.
 * The English OCR drops or swaps their marks (M'Nong, and M'Néng: é for ô) and the decoder never rewrites such a
 * word by the model (it may be any name): only a phrase's name restores it, one with the same letters once marks
 * are set aside, or else one with the same consonants whose vowels the OCR may have misread, and only when no
 * other phrase name matches as well.
 */
import { stripDiacritics } from '../vietnamese/index.js';
import { APOSTROPHE_NAME } from './word-rules.js';

/** The letters a name keeps whatever marks the OCR printed: no marks, lower case, a plain apostrophe. */
function bareLetters(word: string): string {
  return stripDiacritics(word).toLowerCase().replace(/’/gu, "'");
}

/** Its consonants in place, each run of vowels one wildcard: what survives a misread vowel (ô printed é). */
function consonantSkeleton(word: string): string {
  return `~${bareLetters(word).replace(/[aeiouy]+/gu, '*')}`;
}

function addName(names: Map<string, string | null>, key: string, word: string): void {
  const known = names.get(key);
  if (known === undefined) names.set(key, word);
  else if (known !== null && known !== word) names.set(key, null);
}

/** Apostrophe names of `phrases` by their bare letters and by their skeleton; a key two names share maps to null. */
export function apostropheNamesOf(phrases: readonly string[]): Map<string, string | null> {
  const names = new Map<string, string | null>();
  for (const phrase of phrases) {
    for (const word of phrase.split(/[\s,;.()]+/u)) {
      if (!APOSTROPHE_NAME.test(word)) continue;
      addName(names, bareLetters(word), word);
      addName(names, consonantSkeleton(word), word);
    }
  }
  return names;
}

/** The phrase name `word` is a mark-damaged print of, or null (unknown, ambiguous, or right but for its case). */
export function repairedApostropheName(word: string, names: ReadonlyMap<string, string | null>): string | null {
  if (!APOSTROPHE_NAME.test(word)) return null;
  const exact = names.get(bareLetters(word));
  // A name with the same bare letters decides (even by being ambiguous); the skeleton only when none has them.
  const name = exact !== undefined ? exact : names.get(consonantSkeleton(word));
  // Only marks are repaired: a name printed right but in another case (M'Gar, M'gar) stays as printed.
  return name && name.toLowerCase() !== word.replace(/’/gu, "'").toLowerCase() ? name : null;
}
