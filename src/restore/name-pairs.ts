/**
 * Name pairs: two adjacent words of a genre phrase the first of which is written with a capital inside the
 * phrase, or both (huyện [Hải Hậu], thành phố [Đà Nẵng], Thường trực [Huyện ủy], [Ngày Môi] trường thế giới).
 * A Title-Case word whose readings form such a pair with a neighbour's readings is not a name the model cannot
 * explain: the keep-bias stands aside and the language model, which counted the phrase, decides.
 */
import { canonicalSyllable, isMinorityNameSyllable, isWellFormedSyllable } from '../vietnamese/index.js';
import { IntPairMap } from './int-pair-map.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * The pairs of `phrases` as lowercase canonical syllables joined by a space, the second word's capital kept
 * (`đà Nẵng`, `huyện ủy`): a pair matches only text whose second word is written the same way.
 */
export function namePairsOfPhrases(phrases: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  const canonicalWords = new Map<string, string>();
  const canonical = (word: string): string => {
    let found = canonicalWords.get(word);
    if (found === undefined) canonicalWords.set(word, (found = canonicalSyllable(word)));
    return found;
  };
  const nameWords = new Map<string, boolean>();
  const nameWord = (word: string): boolean => {
    let found = nameWords.get(word);
    if (found === undefined) nameWords.set(word, (found = isNameWord(word)));
    return found;
  };
  for (const phrase of phrases) {
    const words = phrase.split(/[\s,;.]+/u).filter((w) => w !== '' && /\p{L}/u.test(w));
    for (let i = 0; i + 1 < words.length; i += 1) {
      const first = words[i] as string;
      const second = words[i + 1] as string;
      if (!nameWord(first) || !nameWord(second) || !CAPITALISED.test(first)) continue;
      // A capital that opens the phrase only opens a sentence, unless the next word has one too.
      if (i === 0 && !CAPITALISED.test(second)) continue;
      const secondWord = canonical(second.toLowerCase());
      pairs.add(`${canonical(first.toLowerCase())} ${CAPITALISED.test(second) ? capitalise(secondWord) : secondWord}`);
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
  /** Per (id, id): 1: second word capitalised, 2: lower case, 3: either. */
  private readonly masks = new IntPairMap();

  /**
   * @param marksOnly the pairs are evidence only for readings that keep their printed letters: a long list (every
   *   commune's name) would otherwise give nearly any word a reading that forms some name.
   */
  constructor(
    pairs: Iterable<string>,
    lm: { idOf(token: string): number; has(token: string): boolean; vocabulary: readonly string[] },
    readonly marksOnly = false,
  ) {
    for (const pair of pairs) {
      const space = pair.indexOf(' ');
      const a = space < 0 ? pair : pair.slice(0, space);
      // As split(' ') reads the pair: the second word ends at the next space.
      const rest = space < 0 ? '' : pair.slice(space + 1);
      const nextSpace = rest.indexOf(' ');
      const written = space < 0 ? undefined : nextSpace < 0 ? rest : rest.slice(0, nextSpace);
      if (written === undefined) throw new TypeError(`name pair without a second word: ${pair}`);
      const b = written.toLowerCase();
      if (!lm.has(a) || !lm.has(b)) continue;
      const first = lm.idOf(a);
      const second = lm.idOf(b);
      this.masks.set(first, second, Math.max(0, this.masks.get(first, second)) | (CAPITALISED.test(written) ? 1 : 2));
    }
  }

  /** Whether (w1, w2) is a name pair whose second word is written capitalised (or not) as in the text. */
  has(w1: number, w2: number, secondCapitalised: boolean): boolean {
    const mask = this.masks.get(w1, w2);
    return mask > 0 && (mask & (secondCapitalised ? 1 : 2)) !== 0;
  }
}

/** Whether a word is written with a capital first letter. */
export function isCapitalised(text: string): boolean {
  return CAPITALISED.test(text);
}
