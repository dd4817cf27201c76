/**
 * Name pairs: two adjacent words of a genre phrase the first of which is written with a capital inside the
 * phrase, or both (huyện [Hải Hậu], thành phố [Đà Nẵng], Thường trực [Huyện ủy], [Ngày Môi] trường thế giới).
 * A Title-Case word whose readings form such a pair with a neighbour's readings is not a name the model cannot
 * explain: the keep-bias stands aside and the language model, which counted the phrase, decides.
 */
import { canonicalSyllable, isWellFormedSyllable } from '../vietnamese/index.js';

const CAPITALISED = /^\p{Lu}/u;

/** The pairs of `phrases` as lowercase canonical syllables joined by a space. */
export function namePairsOfPhrases(phrases: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(/[\s,;.]+/u).filter((w) => w !== '' && /\p{L}/u.test(w));
    for (let i = 0; i + 1 < words.length; i += 1) {
      const first = words[i] as string;
      const second = words[i + 1] as string;
      if (!isWellFormedSyllable(first) || !isWellFormedSyllable(second) || !CAPITALISED.test(first)) continue;
      // A capital that opens the phrase only opens a sentence, unless the next word has one too.
      if (i === 0 && !CAPITALISED.test(second)) continue;
      pairs.add(`${canonicalSyllable(first.toLowerCase())} ${canonicalSyllable(second.toLowerCase())}`);
    }
  }
  return pairs;
}

/** The same pairs as language-model id pairs. */
export class NamePairs {
  private readonly keys = new Set<number>();
  private readonly size: number;

  constructor(pairs: Iterable<string>, lm: { idOf(token: string): number; has(token: string): boolean; vocabulary: readonly string[] }) {
    this.size = lm.vocabulary.length;
    for (const pair of pairs) {
      const [a, b] = pair.split(' ') as [string, string];
      if (lm.has(a) && lm.has(b)) this.keys.add(lm.idOf(a) * this.size + lm.idOf(b));
    }
  }

  has(w1: number, w2: number): boolean {
    return this.keys.has(w1 * this.size + w2);
  }
}
