/**
 * The document's own word pairs (a cache model): a plan repeats its phrases (trồng rừng, công chúng, truyền thông),
 * and where one occurrence was printed clearly enough for a confident reading, the same pair is the likelier
 * reading of an occurrence the print left ambiguous. The first pass decodes the document as usual; the pairs of
 * adjacent words it read with confidence are counted here, and the second pass adds a bonus to a reading that forms
 * such a pair with a reading of the word before it (the search sees both sides of a word that way), once per other
 * occurrence up to PAIR_COUNT_CAP. A pair counts only from another place of the document: an occurrence never vouches
 * for itself.
 */

/** A bonus the search adds to reading `reading` of a position when the word before it is `previous` (an LM id). */
export interface PairBonus {
  previous: number;
  reading: number;
  bonus: number;
}

/** A pair seen elsewhere once adds the bonus, twice or more twice the bonus. */
export const PAIR_COUNT_CAP = 2;

export class DocumentPairs {
  private readonly byFirst = new Map<number, Map<number, number>>();

  add(first: number, second: number): void {
    let seconds = this.byFirst.get(first);
    if (!seconds) {
      seconds = new Map();
      this.byFirst.set(first, seconds);
    }
    seconds.set(second, (seconds.get(second) ?? 0) + 1);
  }

  count(first: number, second: number): number {
    return this.byFirst.get(first)?.get(second) ?? 0;
  }

  successors(first: number): ReadonlyMap<number, number> | undefined {
    return this.byFirst.get(first);
  }

  get size(): number {
    return this.byFirst.size;
  }
}

/**
 * The bonuses of one position: each reading id of the word before (`previousIds`) and each of this word's reading
 * ids that form a pair of the document elsewhere (`own`: the pair this very position gave the count, if any, which
 * is taken off). Null when there are none (the usual case).
 */
export function pairBonusesAt(
  pairs: DocumentPairs,
  previousIds: readonly number[],
  readingIds: readonly number[],
  own: readonly [number, number] | null,
  bonus: number,
): PairBonus[] | null {
  let out: PairBonus[] | null = null;
  for (let p = 0; p < previousIds.length; p += 1) {
    const previous = previousIds[p] as number;
    const seconds = pairs.successors(previous);
    // Each previous word once (two readings of a word may share an id).
    if (!seconds || previousIds.indexOf(previous) < p) continue;
    for (let reading = 0; reading < readingIds.length; reading += 1) {
      const id = readingIds[reading] as number;
      let count = seconds.get(id) ?? 0;
      if (own !== null && own[0] === previous && own[1] === id) count -= 1;
      if (count >= 1) (out ??= []).push({ previous, reading, bonus: bonus * Math.min(count, PAIR_COUNT_CAP) });
    }
  }
  return out;
}
