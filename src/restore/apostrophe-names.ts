/**
 * Highland names with a glottal apostrophe (M'Nông, H'Mông, Ea H'leo, Cư M'gar) as the genre phrases write them.
 * The English OCR drops or swaps their marks (M'Nong, and M'Néng: é for ô) and the decoder never rewrites such a
 * word by the model (it may be any name): only a phrase's name restores it, one with the same letters once marks
 * are set aside, or else one with the same consonants whose vowels the OCR may have misread, and only when no
 * other phrase name matches as well. Last, a vowel the OCR printed as consonant letters (H'Mbng, H'Mbdng for
 * H'Mông): a name a few letters off, whose letters up to the one after the apostrophe and whose last letter are
 * the print's, when it is the only such name.
 */
import { stripDiacritics } from '../vietnamese/index.js';
import { editDistanceWithin } from '../vietnamese/edit-distance.js';
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
  const skeleton = names.get(consonantSkeleton(word));
  const name = exact !== undefined ? exact : skeleton !== undefined ? skeleton : nearestName(bareLetters(word), names);
  // Only marks are repaired: a name printed right but in another case (M'Gar, M'gar) stays as printed.
  return name && name.toLowerCase() !== word.replace(/’/gu, "'").toLowerCase() ? name : null;
}

/** The shortest print a near match is sought for, and the letters (one in three) it may differ by, at most two. */
const NEAR_MIN_LENGTH = 5;
const NEAR_MAX_EDITS = 2;

/** The one phrase name (by bare letters) a few edits from `bare`, with its opening through the apostrophe's next letter and its last letter. */
function nearestName(bare: string, names: ReadonlyMap<string, string | null>): string | null | undefined {
  const apostrophe = bare.indexOf("'");
  if (bare.length < NEAR_MIN_LENGTH || apostrophe < 0 || apostrophe + 2 > bare.length) return undefined;
  const opening = bare.slice(0, apostrophe + 2);
  const budget = Math.min(NEAR_MAX_EDITS, Math.floor(bare.length / 3));
  let found: string | null | undefined;
  for (const [key, name] of names) {
    if (key.startsWith('~') || !key.startsWith(opening) || key.at(-1) !== bare.at(-1)) continue;
    if (editDistanceWithin(key, bare, budget) > budget) continue;
    if (found !== undefined && found !== name) return null;
    found = name;
  }
  return found;
}
