import { fold } from '../../structure/fold.js';
import { oneLookAlikeReadings } from './similarity.js';

/** Pairs of adjacent words by their folded form (`quan ly`), each with the spellings it is printed in (`quản lý`). */
export type WordPairs = ReadonlyMap<string, readonly string[]>;

const WORD = /\p{L}+/gu;

/** Adjacent words of a text that only a single space parts, folded, with their spelling. */
function pairsOf(text: string): Array<{ folded: string; spelling: string }> {
  const words = [...text.matchAll(WORD)];
  const pairs: Array<{ folded: string; spelling: string }> = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k]!, words[k + 1]!];
    if (text.slice(a.index + a[0].length, b.index) !== ' ') continue;
    const spelling = `${a[0]} ${b[0]}`;
    pairs.push({ folded: fold(spelling), spelling });
  }
  return pairs;
}

/** The word pairs of the known names (every one of them, each spelled as the list spells it). */
export function namePairs(names: readonly string[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const name of names) {
    for (const { folded, spelling } of pairsOf(name)) {
      const spellings = pairs.get(folded) ?? [];
      if (!spellings.includes(spelling)) pairs.set(folded, [...spellings, spelling]);
    }
  }
  return pairs;
}

/**
 * The word pairs a plan prints twice or more (`mầm non`, `di tích` in a plan about them), each in the spelling it
 * prints most often: the better copy of a pair restoration or OCR damaged once in a body's name. Not proper names.
 */
export function documentPairs(lines: readonly string[]): Map<string, string[]> {
  const spellings = new Map<string, Map<string, number>>();
  for (const line of lines) {
    for (const { folded, spelling } of pairsOf(line)) {
      // Two capitalised words are a proper name (`Bẹ Xa`), whose better copy the header gives (see matchPlaces).
      if (/^\p{Lu}\S*\s\p{Lu}/u.test(spelling)) continue;
      const counts = spellings.get(folded) ?? new Map<string, number>();
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      spellings.set(folded, counts);
    }
  }
  const pairs = new Map<string, string[]>();
  for (const [folded, counts] of spellings) {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    if (total >= 2) pairs.set(folded, [...counts].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling));
  }
  return pairs;
}

/**
 * A word of a name one look-alike letter off (`mầm nan`, `Phòng Quảu lý`, `Tiểu bọc`), put right where it makes no
 * known pair with either neighbour and exactly one swap makes one (the known names' pairs, then the plan's own): the
 * word takes that pair's spelling. A word that makes a known pair with one neighbour stays as printed. Same length:
 * each letter keeps its place.
 */
export function withPairsRepaired(name: string, ...vocabularies: WordPairs[]): string {
  const words = [...name.matchAll(WORD)].map((match) => ({ text: match[0], index: match.index, folded: fold(match[0]) }));
  const known = (folded: string) => vocabularies.find((pairs) => pairs.has(folded))?.get(folded);
  const joined = (k: number) => k >= 0 && k + 1 < words.length && name.slice(words[k]!.index + words[k]!.text.length, words[k + 1]!.index) === ' ';
  const upper = (text: string) => /^\p{Lu}/u.test(text);
  let out = name;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    // The pairs the word makes: with the word before it (it comes second) and with the word after it (first).
    const pairs = [joined(at - 1) ? { other: words[at - 1]!, second: true } : null, joined(at) ? { other: words[at + 1]!, second: false } : null].filter(
      (pair) => pair !== null,
    );
    const key = (own: string, pair: (typeof pairs)[number]) => (pair.second ? `${pair.other.folded} ${own}` : `${own} ${pair.other.folded}`);
    if (pairs.length === 0 || pairs.some((pair) => known(key(word.folded, pair)) !== undefined)) continue;
    const spellings = new Map<string, string>();
    for (const pair of pairs) {
      // A word before a capital ends where a proper name starts (`hộ Tu Mơ Rông` is no `Bộ Tư`).
      if (pair.second ? !upper(pair.other.text) && upper(word.text) : !upper(word.text) && upper(pair.other.text)) continue;
      for (const reading of oneLookAlikeReadings(word.folded)) {
        // A capitalised word (a head, a place) is put right only by a capitalised one, a word in lower case by one in
        // lower case (`thực hiện phong trào` holds no `Biên phòng`).
        const spelling = (known(key(reading, pair)) ?? [])
          .map((spelled) => spelled.split(' ')[pair.second ? 1 : 0]!)
          .find((candidate) => upper(word.text) === upper(candidate) && candidate.length === word.text.length);
        if (spelling !== undefined) spellings.set(fold(spelling), spelling);
      }
    }
    if (spellings.size !== 1) continue;
    const spelling = [...spellings.values()][0]!;
    const initial = upper(word.text) ? spelling[0]!.toLocaleUpperCase('vi') : spelling[0]!.toLocaleLowerCase('vi');
    out = `${out.slice(0, word.index)}${initial}${spelling.slice(1)}${out.slice(word.index + word.text.length)}`;
  }
  return out;
}
