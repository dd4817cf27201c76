/**
 * Name pairs: two adjacent words of a genre phrase the first of which is written with a capital inside the
 * phrase, or both (huyện [Hải Hậu], thành phố [Đà Nẵng], Thường trực [Huyện ủy], [Ngày Môi] trường thế giới).
 * A Title-Case word whose readings form such a pair with a neighbour's readings is not a name the model cannot
 * explain: the keep-bias stands aside and the language model, which counted the phrase, decides.
 */
import { canonicalSyllable, isMinorityNameSyllable, isWellFormedSyllable } from '../vietnamese/index.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * The pairs of `phrases` as lowercase canonical syllables joined by a space, the second word's capital kept
 * (`đà Nẵng`, `huyện ủy`): a pair matches only text whose second word is written the same way.
 */
export function namePairsOfPhrases(phrases: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(/[\s,;.]+/u).filter((w) => w !== '' && /\p{L}/u.test(w));
    for (let i = 0; i + 1 < words.length; i += 1) {
      const first = words[i] as string;
      const second = words[i + 1] as string;
      if (!isNameWord(first) || !isNameWord(second) || !CAPITALISED.test(first)) continue;
      // A capital that opens the phrase only opens a sentence, unless the next word has one too.
      if (i === 0 && !CAPITALISED.test(second)) continue;
      const secondWord = canonicalSyllable(second.toLowerCase());
      pairs.add(`${canonicalSyllable(first.toLowerCase())} ${CAPITALISED.test(second) ? capitalise(secondWord) : secondWord}`);
    }
  }
  return pairs;
}

/** A syllable, or a capitalised syllable of a Highland or North-West name (huyện [Krông Pắc]). */
function isNameWord(word: string): boolean {
  return isWellFormedSyllable(word) || (CAPITALISED.test(word) && isMinorityNameSyllable(word));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The same pairs as language-model id pairs, each with the case its second word is written in. */
export class NamePairs {
  /** Key → 1: second word capitalised, 2: lower case, 3: either. */
  private readonly keys = new Map<number, number>();
  private readonly size: number;

  constructor(pairs: Iterable<string>, lm: { idOf(token: string): number; has(token: string): boolean; vocabulary: readonly string[] }) {
    this.size = lm.vocabulary.length;
    for (const pair of pairs) {
      const [a, written] = pair.split(' ') as [string, string];
      const b = written.toLowerCase();
      if (!lm.has(a) || !lm.has(b)) continue;
      const key = lm.idOf(a) * this.size + lm.idOf(b);
      this.keys.set(key, (this.keys.get(key) ?? 0) | (CAPITALISED.test(written) ? 1 : 2));
    }
  }

  /** Whether (w1, w2) is a name pair whose second word is written capitalised (or not) as in the text. */
  has(w1: number, w2: number, secondCapitalised: boolean): boolean {
    const mask = this.keys.get(w1 * this.size + w2);
    return mask !== undefined && (mask & (secondCapitalised ? 1 : 2)) !== 0;
  }
}

/** Whether a word is written with a capital first letter. */
export function isCapitalised(text: string): boolean {
  return CAPITALISED.test(text);
}
