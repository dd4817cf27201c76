/**
 * The OCR channel: P(OCR string | true syllable). Each true character becomes 0–3 OCR characters with a learned
 * (or provisional) probability; a syllable's probability is the best alignment of its characters to the OCR string.
 */
import { IntPairTable } from './int-pair-table.js';

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
/** Strings longer than this are scored by the string path (no syllable is this long). */
const MAX_CODED_LENGTH = 24;
/** The most piece codes the table marks as listed (bytes). */
const MAX_LISTED_CODES = 1 << 24;
// Without the u flag the class matches UTF-16 code units, so it finds the halves of any astral character.
const SURROGATE = /[\uD800-\uDFFF]/;

export class ChannelModel {
  readonly version: string;
  private readonly table = new Map<string, Map<string, number>>();
  /** Per true character, its readings best first (for enumerating likely OCR forms). */
  readonly readings = new Map<string, Array<{ ocr: string; logProb: number }>>();
  private readonly smoothing: ChannelSmoothing;

  /**
   * `codedScoring: false` keeps score() on the string alignment only (the reference the coded one must equal).
   */
  constructor(entries: readonly ChannelEntry[], version: string, smoothing: ChannelSmoothing = DEFAULT_SMOOTHING, codedScoring = true) {
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
    this.codedScoring = codedScoring;
    let highest = Number.NEGATIVE_INFINITY;
    for (const row of this.table.values()) for (const logProb of row.values()) highest = Math.max(highest, logProb);
    this.emissionsNeverGain = highest <= 0 && smoothing.unknownIdentity <= 0 && smoothing.defaultFloor <= 0 && [...smoothing.floors.values()].every((f) => f <= 0);
  }

  private readonly codedScoring: boolean;
  /**
   * The table with characters and pieces as integers (null when the alphabet is too large to code), built on the
   * first score(): a channel made only to be mixed into another never scores, and never needs it.
   */
  private coded: CodedTable | null | undefined = undefined;
  /**
   * Whether no emission is above 0: a partial alignment's score then only falls, so a search may stop a
   * candidate as soon as it is below a floor (score's `floor`).
   */
  readonly emissionsNeverGain: boolean;

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
    let coded = this.coded;
    if (coded === undefined) {
      coded = this.codedScoring ? codeTable(this.table, this.smoothing) : null;
      this.coded = coded;
    }
    if (coded !== null && ocr.length <= MAX_CODED_LENGTH && truth.length <= MAX_CODED_LENGTH) {
      const value = this.scoreCoded(coded, truth, ocr, floor);
      if (value !== null) return value;
    }
    return this.scoreStrings(truth, ocr, floor);
  }

  /** The OCR string whose pieces `pieceCodes` holds (codedOcrPieces: coded yet), and whether it holds a surrogate. */
  private codedOcr: string | null = null;
  private codedOcrPieces = false;
  private codedOcrHasSurrogate = false;
  /** Work buffers of scoreCoded. */
  private readonly truthIndices = new Int32Array(MAX_CODED_LENGTH);
  private readonly pieceCodes = new Int32Array((MAX_CODED_LENGTH + 1) * (MAX_OCR_SPAN + 1));
  private readonly codedPrevious = new Float64Array(MAX_CODED_LENGTH + 1);
  private readonly codedCurrent = new Float64Array(MAX_CODED_LENGTH + 1);

  /**
   * score() over integer codes: the same alignment, the same additions in the same order, so the same number;
   * null when a true character has no row in the table (scoreStrings handles it).
   */
  private scoreCoded(coded: CodedTable, truth: string, ocr: string, floor: number): number | null {
    const tLength = truth.length;
    const oLength = ocr.length;
    const truthIndices = this.truthIndices;
    for (let i = 0; i < tLength; i += 1) {
      const index = coded.truthIndex[truth.charCodeAt(i)] as number;
      // Not in the table (or half of a surrogate pair): the string path applies the smoothing's own rules.
      if (index < 0) return null;
      truthIndices[i] = index;
    }
    // The OCR string's pieces are coded once for the many syllables a search scores against the same token.
    if (ocr !== this.codedOcr) {
      this.codedOcr = null;
      this.codedOcrHasSurrogate = false;
      for (let j = 0; j < oLength; j += 1) if (isSurrogate(ocr.charCodeAt(j))) this.codedOcrHasSurrogate = true;
      this.codedOcrPieces = false;
      this.codedOcr = ocr;
    }
    if (this.codedOcrHasSurrogate) return null;
    if (oLength > tLength * MAX_OCR_SPAN) return Number.NEGATIVE_INFINITY;
    const width = oLength + 1;
    const stride = MAX_OCR_SPAN + 1;
    const radix = coded.radix;
    const pieces = this.pieceCodes;
    if (!this.codedOcrPieces) {
      codePieces(coded, ocr, pieces);
      this.codedOcrPieces = true;
    }
    let previous = this.codedPrevious;
    let current = this.codedCurrent;
    for (let j = 1; j < width; j += 1) previous[j] = Number.NEGATIVE_INFINITY;
    previous[0] = 0;
    const { pairs, values, unlisted, short } = coded;
    for (let i = 0; i < tLength; i += 1) {
      const truthIndex = truthIndices[i] as number;
      const floorOfChar = unlisted[truthIndex] as number;
      const rowStart = truthIndex * radix;
      for (let j = 0; j < width; j += 1) current[j] = Number.NEGATIVE_INFINITY;
      let best = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < width; j += 1) {
        const here = previous[j] as number;
        if (here < floor || here === Number.NEGATIVE_INFINITY) continue;
        for (let span = 0; span <= MAX_OCR_SPAN && j + span < width; span += 1) {
          const code = pieces[j * stride + span] as number;
          let emission: number;
          if (code < 0) emission = floorOfChar;
          else if (code < radix) emission = short[rowStart + code] as number;
          else {
            const slot = pairs.get(truthIndex, code);
            emission = slot < 0 ? floorOfChar : (values[slot] as number);
          }
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
    return previous[oLength] as number;
  }

  private scoreStrings(truth: string, ocr: string, floor: number): number {
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

/** The channel table with characters and OCR pieces as small integers. */
interface CodedTable {
  /** Per UTF-16 unit: the index of the true character's row, or -1. */
  truthIndex: Int32Array;
  /** Per UTF-16 unit: its code among the characters of OCR pieces (1 …), or 0 when no entry holds it. */
  ocrCode: Int32Array;
  /** A piece's code: its characters' codes as digits in this radix (pieces of 0–3 characters never collide). */
  radix: number;
  /** (row, piece code) → slot in values. */
  pairs: IntPairTable;
  values: Float64Array;
  /** Per row: the log-probability of a reading the row does not list. */
  unlisted: Float64Array;
  /** Per row, per code below the radix (the empty piece and every single character): its emission, dense. */
  short: Float64Array;
  /** Per piece code: 1 when some row lists the piece (null when the codes are too many to hold so). */
  listed: Uint8Array | null;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

function codeTable(table: ReadonlyMap<string, ReadonlyMap<string, number>>, smoothing: ChannelSmoothing): CodedTable | null {
  const truthIndex = new Int32Array(0x10000).fill(-1);
  const ocrCode = new Int32Array(0x10000);
  let codes = 0;
  let entries = 0;
  for (const row of table.values()) {
    for (const ocr of row.keys()) {
      // A reading longer than an alignment's longest piece never matches one.
      if (ocr.length > MAX_OCR_SPAN) continue;
      entries += 1;
      for (let k = 0; k < ocr.length; k += 1) {
        const unit = ocr.charCodeAt(k);
        if (isSurrogate(unit)) return null;
        if (ocrCode[unit] === 0) {
          codes += 1;
          ocrCode[unit] = codes;
        }
      }
    }
  }
  const radix = codes + 1;
  if (radix ** MAX_OCR_SPAN >= 2 ** 31) return null;
  const pairs = new IntPairTable(entries);
  const values = new Float64Array(entries);
  const unlisted = new Float64Array(table.size);
  const short = new Float64Array(table.size * radix);
  const listed = radix ** MAX_OCR_SPAN <= MAX_LISTED_CODES ? new Uint8Array(radix ** MAX_OCR_SPAN) : null;
  let rowIndex = 0;
  let slot = 0;
  for (const [truth, row] of table) {
    if (truth.length !== 1) return null;
    truthIndex[truth.charCodeAt(0)] = rowIndex;
    unlisted[rowIndex] = smoothing.floors.get(truth) ?? smoothing.defaultFloor;
    short.fill(unlisted[rowIndex] as number, rowIndex * radix, (rowIndex + 1) * radix);
    for (const [ocr, logProb] of row) {
      if (ocr.length > MAX_OCR_SPAN) continue;
      let code = 0;
      for (let k = 0; k < ocr.length; k += 1) code = code * radix + (ocrCode[ocr.charCodeAt(k)] as number);
      pairs.set(rowIndex, code, slot);
      values[slot] = logProb;
      if (code < radix) short[rowIndex * radix + code] = logProb;
      if (listed !== null) listed[code] = 1;
      slot += 1;
    }
    rowIndex += 1;
  }
  return { truthIndex, ocrCode, radix, pairs, values, unlisted, short, listed };
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

/**
 * pieces[j * (MAX_OCR_SPAN + 1) + span]: the code of ocr[j .. j + span), -1 for a piece holding a character no
 * entry has or a piece of two or three characters that no row lists (it reads as any unlisted piece: no look-up).
 */
function codePieces(coded: CodedTable, ocr: string, pieces: Int32Array): void {
  const width = ocr.length + 1;
  const stride = MAX_OCR_SPAN + 1;
  const radix = coded.radix;
  const listed = coded.listed;
  for (let j = 0; j < width; j += 1) {
    pieces[j * stride] = 0;
    let code = 0;
    for (let span = 1; span <= MAX_OCR_SPAN; span += 1) {
      if (j + span < width) {
        const c = coded.ocrCode[ocr.charCodeAt(j + span - 1)] as number;
        code = code < 0 || c === 0 ? -1 : code * radix + c;
      }
      pieces[j * stride + span] = code >= radix && listed !== null && listed[code] === 0 ? -1 : code;
    }
  }
}
