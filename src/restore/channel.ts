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

/** What the table says about readings it does not list. */
export interface ChannelSmoothing {
  /** Per true character: log-probability of any reading not listed for it. */
  floors: ReadonlyMap<string, number>;
  /** Floor for a true character the table never saw. */
  defaultFloor: number;
  /** log P(printed as itself) for a true character the table never saw. */
  unknownIdentity: number;
}

export const DEFAULT_SMOOTHING: ChannelSmoothing = { floors: new Map(), defaultFloor: -9, unknownIdentity: -0.1 };
const MAX_OCR_SPAN = 3;
// Without the u flag the class matches UTF-16 code units, so it finds the halves of any astral character.
const SURROGATE = /[\uD800-\uDFFF]/;

export class ChannelModel {
  readonly version: string;
  private readonly table = new Map<string, Map<string, number>>();
  /** Per true character, its readings best first (for enumerating likely OCR forms). */
  readonly readings = new Map<string, Array<{ ocr: string; logProb: number }>>();
  private readonly smoothing: ChannelSmoothing;

  constructor(entries: readonly ChannelEntry[], version: string, smoothing: ChannelSmoothing = DEFAULT_SMOOTHING) {
    this.version = version;
    this.smoothing = smoothing;
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

  /** log P(ocr piece | one true character), smoothed by the character's floor. */
  emission(truth: string, ocr: string): number {
    const row = this.table.get(truth);
    if (!row) return ocr === truth ? this.smoothing.unknownIdentity : this.smoothing.defaultFloor;
    return row.get(ocr) ?? this.smoothing.floors.get(truth) ?? this.smoothing.defaultFloor;
  }

  /** Work buffers of score(), reused between calls (scoring is the hot path of candidate search). */
  private previousRow = new Float64Array(16);
  private currentRow = new Float64Array(16);
  private pieceBuffer: string[] = [];

  /**
   * log P(ocr | truth) of whole lowercase strings: the best cut of the OCR string into 0–3 character pieces.
   * With `floor`, the search stops as soon as every partial alignment is below it: a score under the floor may
   * then come back as -Infinity (callers that pass a floor drop such scores anyway).
   */
  score(truth: string, ocr: string, floor = Number.NEGATIVE_INFINITY): number {
    // NFC Vietnamese letters and OCR symbols are single UTF-16 units; split into code points only when needed.
    const t: string | string[] = SURROGATE.test(truth) ? [...truth] : truth;
    const o: string | string[] = SURROGATE.test(ocr) ? [...ocr] : ocr;
    if (o.length > t.length * MAX_OCR_SPAN) return Number.NEGATIVE_INFINITY;
    const width = o.length + 1;
    // pieces[j * (MAX_OCR_SPAN + 1) + span] = o[j .. j + span)
    const stride = MAX_OCR_SPAN + 1;
    if (this.pieceBuffer.length < width * stride) this.pieceBuffer = new Array<string>(width * stride * 2).fill('');
    const pieces = this.pieceBuffer;
    for (let j = 0; j < width; j += 1) {
      pieces[j * stride] = '';
      let piece = '';
      for (let span = 1; span <= MAX_OCR_SPAN; span += 1) {
        if (j + span < width) piece += o[j + span - 1] as string;
        pieces[j * stride + span] = piece;
      }
    }
    if (this.previousRow.length < width) {
      this.previousRow = new Float64Array(width * 2);
      this.currentRow = new Float64Array(width * 2);
    }
    let previous = this.previousRow;
    let current = this.currentRow;
    previous.fill(Number.NEGATIVE_INFINITY, 0, width);
    previous[0] = 0;
    for (let i = 0; i < t.length; i += 1) {
      const truthChar = t[i] as string;
      current.fill(Number.NEGATIVE_INFINITY, 0, width);
      const row = this.table.get(truthChar);
      const unlisted = row ? (this.smoothing.floors.get(truthChar) ?? this.smoothing.defaultFloor) : this.smoothing.defaultFloor;
      let best = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < width; j += 1) {
        const here = previous[j] as number;
        // Log-probabilities only fall: a partial alignment already below the floor cannot recover.
        if (here < floor || here === Number.NEGATIVE_INFINITY) continue;
        for (let span = 0; span <= MAX_OCR_SPAN && j + span < width; span += 1) {
          const piece = pieces[j * stride + span] as string;
          const emission = row ? (row.get(piece) ?? unlisted) : piece === truthChar ? this.smoothing.unknownIdentity : unlisted;
          const value = here + emission;
          if (value > (current[j + span] as number)) {
            current[j + span] = value;
            if (value > best) best = value;
          }
        }
      }
      if (best < floor) return Number.NEGATIVE_INFINITY;
      const swap = previous;
      previous = current;
      current = swap;
    }
    return previous[o.length] as number;
  }

}

/**
 * Mixes a learned channel with a hand-written prior: P = w·P_learned + (1 − w)·P_prior for every reading either
 * lists (a learned table from a few thousand pairs never saw rare misreadings like ố → 6).
 */
export function mixChannels(learned: ChannelModel, prior: ChannelModel, learnedWeight: number, version: string): ChannelModel {
  const entries: ChannelEntry[] = [];
  const truths = new Set([...learned.readings.keys(), ...prior.readings.keys()]);
  const floors = new Map<string, number>();
  for (const truth of truths) {
    const ocrs = new Set([...(learned.readings.get(truth) ?? []), ...(prior.readings.get(truth) ?? [])].map((r) => r.ocr));
    const mix = (ocr: string): number =>
      Math.log(learnedWeight * Math.exp(learned.emission(truth, ocr)) + (1 - learnedWeight) * Math.exp(prior.emission(truth, ocr)));
    for (const ocr of ocrs) entries.push({ truth, ocr, logProb: mix(ocr) });
    // An unlisted reading: both floors mixed.
    floors.set(truth, mix('\u0000'));
  }
  return new ChannelModel(entries, version, { floors, defaultFloor: -9, unknownIdentity: -0.1 });
}
