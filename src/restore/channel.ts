/**
 * The OCR channel: P(OCR string | true syllable). Each true character becomes 0–3 OCR characters with a learned
 * (or provisional) probability; a syllable's probability is the best alignment of its characters to the OCR string.
 */

export interface ChannelEntry {
  /** One lowercase NFC character of the true text. */
  truth: string;
  /** What the OCR printed for it: 0–3 lowercase characters. */
  ocr: string;
  /** Natural log of P(ocr | truth). */
  logProb: number;
}

/** Costs for what no entry explains, in log-probability units. */
export interface ChannelFallback {
  /** A true character read as a character the table does not list for it. */
  substitute: number;
  /** A true character lost. */
  drop: number;
  /** An OCR character that no true character explains (added after a true character's reading). */
  insert: number;
}

export const DEFAULT_FALLBACK: ChannelFallback = { substitute: -9, drop: -9, insert: -9 };
const MAX_OCR_SPAN = 3;

export class ChannelModel {
  readonly version: string;
  private readonly table = new Map<string, Map<string, number>>();
  /** Per true character, its readings best first (for enumerating likely OCR forms). */
  readonly readings = new Map<string, Array<{ ocr: string; logProb: number }>>();
  private readonly fallback: ChannelFallback;

  constructor(entries: readonly ChannelEntry[], version: string, fallback: ChannelFallback = DEFAULT_FALLBACK) {
    this.version = version;
    this.fallback = fallback;
    for (const entry of entries) {
      let row = this.table.get(entry.truth);
      if (!row) {
        row = new Map();
        this.table.set(entry.truth, row);
      }
      const previous = row.get(entry.ocr);
      if (previous === undefined || entry.logProb > previous) row.set(entry.ocr, entry.logProb);
    }
    for (const [truth, row] of this.table) {
      this.readings.set(
        truth,
        [...row.entries()].map(([ocr, logProb]) => ({ ocr, logProb })).sort((a, b) => b.logProb - a.logProb),
      );
    }
  }

  /** log P(ocr | truth char), with the fallback for unlisted readings of length 1 and 0. */
  private readingLogProb(truth: string, ocr: string): number {
    const listed = this.table.get(truth)?.get(ocr);
    if (listed !== undefined) return listed;
    if (ocr.length === 0) return this.fallback.drop;
    if (ocr.length === 1) return ocr === truth ? -0.1 : this.fallback.substitute;
    return Number.NEGATIVE_INFINITY;
  }

  /** log P(ocr | truth) of whole lowercase strings: the best alignment (Viterbi over character spans). */
  score(truth: string, ocr: string): number {
    const t = [...truth];
    const o = [...ocr];
    const width = o.length + 1;
    let previous = new Float64Array(width).fill(Number.NEGATIVE_INFINITY);
    previous[0] = 0;
    // Leading junk before the first true character.
    for (let j = 1; j < width; j += 1) previous[j] = (previous[j - 1] as number) + this.fallback.insert;
    for (let i = 0; i < t.length; i += 1) {
      const truthChar = t[i] as string;
      const current = new Float64Array(width).fill(Number.NEGATIVE_INFINITY);
      for (let j = 0; j < width; j += 1) {
        let best = Number.NEGATIVE_INFINITY;
        for (let span = 0; span <= MAX_OCR_SPAN && span <= j; span += 1) {
          const before = previous[j - span] as number;
          if (before === Number.NEGATIVE_INFINITY) continue;
          const reading = o.slice(j - span, j).join('');
          let logProb = this.readingLogProb(truthChar, reading);
          if (logProb === Number.NEGATIVE_INFINITY && span >= 2) {
            // Unlisted multi-character reading: one listed/fallback character plus inserted junk.
            logProb = this.readingLogProb(truthChar, o[j - span] as string) + (span - 1) * this.fallback.insert;
          }
          const value = before + logProb;
          if (value > best) best = value;
        }
        current[j] = best;
      }
      previous = current;
    }
    return previous[o.length] as number;
  }
}
