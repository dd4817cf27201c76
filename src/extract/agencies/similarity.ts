import { fold } from '../../structure/fold.js';
import { editDistance, isValidSyllable } from '../../vietnamese/index.js';

// Letters OCR takes for one another (`Hộl` for `Hội`, `Công on` for `Công an`, `huyệu` for `huyện`).
const LOOK_ALIKE_PAIRS = new Set(['i|l', 'l|i', 'u|n', 'n|u', 'a|o', 'o|a', 'c|e', 'e|c', 'h|b', 'b|h', 't|f', 'f|t', 'g|q', 'q|g', 'n|r', 'r|n', 'm|n', 'n|m']);

/** Every reading of a folded word with exactly one letter swapped for its look-alike (`quau` → `quan`, `qnau`, …). */
export function oneLookAlikeReadings(folded: string): string[] {
  const readings: string[] = [];
  for (let k = 0; k < folded.length; k++) {
    for (const pair of LOOK_ALIKE_PAIRS) {
      if (pair[0] === folded[k]) readings.push(`${folded.slice(0, k)}${pair[2]}${folded.slice(k + 1)}`);
    }
  }
  return readings;
}

/** True when `printed` is `word` with exactly one letter read as its look-alike (marks kept as printed). */
export function oneLookAlikeFrom(printed: string, word: string): boolean {
  const a = printed.normalize('NFD');
  const b = word.normalize('NFD');
  if (a.length !== b.length) return false;
  let changed = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (!LOOK_ALIKE_PAIRS.has(`${a[k]!.toLowerCase()}|${b[k]!.toLowerCase()}`)) return false;
    changed++;
  }
  return changed === 1;
}

/** Folded words of one length that differ in one letter, a pair OCR confuses (`fe`/`te`, `uu`/`nu`). */
export function lookAlikeWord(got: string, want: string): boolean {
  return want.length >= 2 && oneLookAlikeFrom(got, want);
}

/** True when the text carries no tone or vowel mark and no `đ` (a line restoration left alone). */
export function printedWithoutMarks(text: string): boolean {
  return fold(text) === text.toLocaleLowerCase('vi').replace(/đ/g, 'd');
}

/**
 * Spans of folded text, whole words of letters and spaces only, one edit away from one of the phrases (a phrase
 * restoration left one letter off: `chn trì`, `theo đi`), by their first word in order.
 */
export function* phrasesOneEditOff(folded: string, phrases: readonly string[], firstWord = 0): Generator<{ start: number; end: number }> {
  const words = [...folded.matchAll(/[a-z]+/g)];
  for (let i = firstWord; i < words.length; i++) {
    for (const phrase of phrases) {
      const last = words[i + phrase.split(' ').length - 1];
      if (last === undefined) continue;
      const start = words[i]!.index;
      const end = last.index + last[0].length;
      const printed = folded.slice(start, end);
      if (/[^a-z ]/.test(printed) || Math.abs(printed.length - phrase.length) > 1) continue;
      if (editDistance(printed, phrase) === 1) yield { start, end };
    }
  }
}

export function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// For a word alone, without a known name to compare with, a vowel read as another vowel (`a`/`o`: `héa` is `hóa`
// with its mark moved, not `héo`) is too ambiguous: only swaps that change a letter's kind or a consonant count.
/** The word with its tone mark dropped and its vowel marks kept (`hõc` → `hoc`, `tấp` → `tâp`). */
function withoutTone(word: string): string {
  return word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

// Consonants of one shape (not `r`, which OCR also leaves of a marked vowel: `nir` for `nữ`).
const CONSONANT_SHAPES = new Set(['h|b', 'b|h', 't|f', 'f|t', 'g|q', 'q|g', 'm|n', 'n|m']);

const LOOK_ALIKES_OF = new Map<string, string[]>();
for (const pair of LOOK_ALIKE_PAIRS) {
  const [printed, meant] = pair.split('|') as [string, string];
  if (/[aeiouy]/.test(printed) && /[aeiouy]/.test(meant)) continue;
  LOOK_ALIKES_OF.set(printed, [...(LOOK_ALIKES_OF.get(printed) ?? []), meant]);
}

/**
 * Each marked word of a name that is no Vietnamese syllable, put right where exactly one of its letters read as
 * its look-alike gives one (`Tbành Đoàn` → `Thành Đoàn`, `tnên địa bàn` → `trên địa bàn`, `dùnq`); words in
 * capitals (acronyms), words without marks and words no single swap explains stay as printed. Same length.
 */
export function withLookAlikeLettersRepaired(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    // Letters that spell a syllable once the tone is dropped (`hõc`) point at a wrong tone, not a wrong letter.
    if (word.length < 2 || word === word.toLocaleUpperCase('vi') || isValidSyllable(word) || isValidSyllable(withoutTone(word))) return word;
    // A word without any mark may be one restoration left alone (`nir` for `nữ`, `Khn`): only a consonant read as
    // another consonant of its shape is put right there (`Minb` → `Minh`, `cba` → `cha`).
    const unmarked = printedWithoutMarks(word);
    const readings = new Set<string>();
    for (let k = 0; k < word.length; k++) {
      const letter = word[k]!;
      const upper = letter !== letter.toLowerCase();
      for (const meant of LOOK_ALIKES_OF.get(letter.toLowerCase()) ?? []) {
        if (unmarked && !CONSONANT_SHAPES.has(`${letter.toLowerCase()}|${meant}`)) continue;
        const reading = `${word.slice(0, k)}${upper ? meant.toUpperCase() : meant}${word.slice(k + 1)}`;
        if (isValidSyllable(reading)) readings.add(reading);
      }
    }
    return readings.size === 1 ? [...readings][0]! : word;
  });
}
