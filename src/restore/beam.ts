/**
 * Beam search over one sentence with trigram states: hypotheses that share their last word share the bigram
 * look-ups, contexts without stored trigrams skip the trigram look-up, and all work arrays are reused.
 */
import type { SyllableLm } from './lm.js';
import { RowCache } from './row-cache.js';
import type { PairBonus } from './document-pairs.js';

export interface BeamReading {
  lmId: number;
  /** log P(OCR token | this reading); the search weighs it by `channelWeight`. */
  channel: number;
}

export interface BeamSettings {
  /** Weight of the channel log-probability against the language model. */
  channelWeight: number;
  /** Hypotheses kept per position. */
  beamSize: number;
  /** Hypotheses this far (log-prob) behind the best are dropped. */
  beamThreshold: number;
}

interface PackedReadings {
  /** A number of its own (-1: not cached), for the row caches. */
  id: number;
  /** The arena generation the numbers were written in (a stale one is packed again). */
  generation: number;
  /** Where its numbers start in the packing arenas, and how many there are. */
  at: number;
  width: number;
}

/** Rows each row cache holds before it forgets them all, and the numbers its rows may hold together. */
const ROWS_CACHED = 1 << 17;
const ROW_ARENA = 1 << 20;
/** Readings the packing arenas hold before they start over (a readings list packed then is packed again). */
const PACK_ARENA = 1 << 18;

export class BeamSearch {
  /** Readings as flat arrays, per readings array (the decoder reuses one array for every occurrence of a word). */
  private readonly packed = new WeakMap<readonly BeamReading[], PackedReadings>();

  private nextPackedId = 0;
  /** Per (readings, w2): log P(reading | w2) from the bigram level, each reading in order. */
  private readonly bigramRows = new RowCache(ROWS_CACHED, ROW_ARENA);
  /** Per (readings, context slot of w1 w2): the trigram log-probability the search adds, backed off where not stored. */
  private readonly contextRows = new RowCache(ROWS_CACHED, ROW_ARENA);

  /** Language-model ids and weighted channel scores of every packed readings list, side by side. */
  private readonly packedIds: Int32Array;
  private readonly packedChannels: Float64Array;
  private packedUsed = 0;
  private packGeneration = 0;

  private pack(readings: readonly BeamReading[], channelWeight: number): PackedReadings {
    let packed = this.packed.get(readings);
    if (packed === undefined || packed.generation !== this.packGeneration) {
      const width = readings.length;
      if (width > this.packedIds.length) throw new RangeError(`${width} readings exceed the packing arena`);
      if (this.packedUsed + width > this.packedIds.length) {
        // Lists packed before are packed again when next met (same numbers, a new id).
        this.packGeneration += 1;
        this.packedUsed = 0;
      }
      const at = this.packedUsed;
      for (let k = 0; k < width; k += 1) {
        const reading = readings[k] as BeamReading;
        this.packedIds[at + k] = reading.lmId;
        this.packedChannels[at + k] = channelWeight * reading.channel;
      }
      this.packedUsed += width;
      if (this.nextPackedId === 0x7fffffff) {
        // Ids would repeat: forget the rows filed under the old ones.
        this.nextPackedId = 0;
        this.bigramRows.clear();
        this.contextRows.clear();
      }
      packed = { id: this.nextPackedId, generation: this.packGeneration, at, width };
      this.nextPackedId += 1;
      this.packed.set(readings, packed);
    }
    return packed;
  }

  constructor(
    private readonly lm: SyllableLm,
    private readonly startId: number,
    private readonly endId: number,
    private readonly settings: BeamSettings,
    /** Readings the packing arenas hold (tests make it small, to exercise packing again). */
    packArenaSize = PACK_ARENA,
  ) {
    this.packedIds = new Int32Array(packArenaSize);
    this.packedChannels = new Float64Array(packArenaSize);
    const size = Math.max(1, settings.beamSize);
    this.order = new Int32Array(size);
    this.groupedScratch = new Uint8Array(size);
    this.beamScratch = {
      w1a: new Int32Array(size),
      w2a: new Int32Array(size),
      scoreA: new Float64Array(size),
      w1b: new Int32Array(size),
      w2b: new Int32Array(size),
      scoreB: new Float64Array(size),
    };
  }

  /**
   * Best reading per position of one sentence: each item is either a fixed LM token id or the readings of a word.
   * Returns, per position, the index of the chosen reading (0 for fixed tokens). `bonuses` (per position, null for
   * none) adds to a reading's score when the word before it is a given one (document-pairs.ts).
   */
  run(segment: ReadonlyArray<readonly BeamReading[] | number>, bonuses?: ReadonlyArray<readonly PairBonus[] | null>): Int32Array {
    const { lm } = this;
    const { channelWeight, beamSize, beamThreshold } = this.settings;
    const n = segment.length;
    if (this.pathScratch.back.length < n * beamSize) {
      const size = Math.max(n * beamSize, this.pathScratch.back.length * 2);
      this.pathScratch = { back: new Int32Array(size), choice: new Int32Array(size) };
    }
    const { back: backs, choice: choices } = this.pathScratch;
    let count = 1;
    let w1s = this.beamScratch.w1a;
    let w2s = this.beamScratch.w2a;
    let scores = this.beamScratch.scoreA;
    let nextW1 = this.beamScratch.w1b;
    let nextW2 = this.beamScratch.w2b;
    let nextScores = this.beamScratch.scoreB;
    w1s[0] = -1;
    w2s[0] = this.startId;
    scores[0] = 0;
    const fixed = this.fixedToken;
    const fixedIds = this.fixedTokenId;
    const fixedChannels = this.fixedTokenChannel;
    const bigramValues = this.bigramRows.values;
    const contextValues = this.contextRows.values;
    for (let pos = 0; pos < n; pos += 1) {
      const item = segment[pos] as readonly BeamReading[] | number;
      let packed: PackedReadings;
      let ids: Int32Array;
      let channels: Float64Array;
      if (typeof item === 'number' || item.length === 1) {
        // One reading (a fixed token, or a word's only reading): scored directly, never cached, so never packed.
        const only = typeof item === 'number' ? null : (item[0] as BeamReading);
        fixedIds[0] = only === null ? (item as number) : only.lmId;
        fixedChannels[0] = only === null ? 0 : channelWeight * only.channel;
        packed = fixed;
        ids = fixedIds;
        channels = fixedChannels;
      } else {
        packed = this.pack(item, channelWeight);
        ids = this.packedIds;
        channels = this.packedChannels;
      }
      const { at: readingsAt, width } = packed;
      // A single reading is cheaper to score than to look up.
      const cached = packed.id >= 0 && width > 1;
      if (this.scratch.score.length < count * width) this.growScratch(count * width);
      const { w1: tw1, w2: tw2, score: tscore, back: tback, choice: tchoice } = this.scratch;
      if (this.bigramScratch.length < width) this.bigramScratch = new Float64Array(width * 2);
      if (this.contextScratch.length < width) this.contextScratch = new Float64Array(width * 2);
      const positionBonuses = bonuses?.[pos] ?? null;
      let used = 0;
      const grouped = this.groupedScratch;
      grouped.fill(0, 0, count);
      for (let g = 0; g < count; g += 1) {
        if (grouped[g] === 1) continue;
        const w2 = w2s[g] as number;
        // The bigram row of this group: found when first needed (a cached context row does not need it).
        let bigram: Float64Array | null = null;
        let bigramAt = 0;
        const groupStart = used;
        for (let k = 0; k < width; k += 1) {
          tw1[used + k] = w2;
          tw2[used + k] = ids[readingsAt + k] as number;
          tscore[used + k] = -Infinity;
        }
        used += width;
        for (let h = g; h < count; h += 1) {
          if (grouped[h] === 1 || w2s[h] !== w2) continue;
          grouped[h] = 1;
          const w1 = w1s[h] as number;
          const base = scores[h] as number;
          const slot = lm.contextSlot(w1, w2);
          let row: Float64Array;
          let rowAt = 0;
          let found = cached && slot >= 0 ? this.contextRows.find(packed.id, slot) : -1;
          if (found >= 0) {
            row = contextValues;
            rowAt = found;
          } else {
            if (bigram === null) {
              found = cached ? this.bigramRows.find(packed.id, w2) : -1;
              if (found >= 0) {
                bigram = bigramValues;
                bigramAt = found;
              } else {
                bigram = cached ? bigramValues : this.bigramScratch;
                bigramAt = cached ? this.bigramRows.make(packed.id, w2, width) : 0;
                lm.fillBigramRow(w2, ids, readingsAt, width, bigram, bigramAt);
              }
            }
            if (slot < 0) {
              // No stored context: the bigram level alone (its back-off weight is 0).
              row = bigram;
              rowAt = bigramAt;
            } else {
              row = cached ? contextValues : this.contextScratch;
              rowAt = cached ? this.contextRows.make(packed.id, slot, width) : 0;
              lm.fillContextRow(slot, ids, readingsAt, width, bigram, bigramAt, row, rowAt);
            }
          }
          for (let k = 0; k < width; k += 1) {
            const score = base + (row[rowAt + k] as number) + (channels[readingsAt + k] as number);
            const at = groupStart + k;
            if (score > (tscore[at] as number)) {
              tscore[at] = score;
              tback[at] = h;
              tchoice[at] = k;
            }
          }
          if (positionBonuses !== null) {
            for (const { previous, reading, bonus } of positionBonuses) {
              if (previous !== w2) continue;
              const score = base + (row[rowAt + reading] as number) + (channels[readingsAt + reading] as number) + bonus;
              const at = groupStart + reading;
              if (score > (tscore[at] as number)) {
                tscore[at] = score;
                tback[at] = h;
                tchoice[at] = reading;
              }
            }
          }
        }
      }
      let keep = Math.min(beamSize, used);
      const order = this.order;
      let filled = 0;
      for (let i = 0; i < used; i += 1) {
        const score = tscore[i] as number;
        if (filled === keep && score <= (tscore[order[keep - 1] as number] as number)) continue;
        let j = filled === keep ? keep - 1 : filled;
        if (filled < keep) filled += 1;
        while (j > 0 && (tscore[order[j - 1] as number] as number) < score) {
          order[j] = order[j - 1] as number;
          j -= 1;
        }
        order[j] = i;
      }
      // Hypotheses far behind the best cannot recover within a trigram's reach.
      const floor = (tscore[order[0] as number] as number) - beamThreshold;
      while (keep > 1 && (tscore[order[keep - 1] as number] as number) < floor) keep -= 1;
      const rowStart = pos * beamSize;
      for (let b = 0; b < keep; b += 1) {
        const i = order[b] as number;
        nextW1[b] = tw1[i] as number;
        nextW2[b] = tw2[i] as number;
        nextScores[b] = tscore[i] as number;
        backs[rowStart + b] = tback[i] as number;
        choices[rowStart + b] = tchoice[i] as number;
      }
      const w1Swap = w1s;
      w1s = nextW1;
      nextW1 = w1Swap;
      const w2Swap = w2s;
      w2s = nextW2;
      nextW2 = w2Swap;
      const scoreSwap = scores;
      scores = nextScores;
      nextScores = scoreSwap;
      count = keep;
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let h = 0; h < count; h += 1) {
      const score = (scores[h] as number) + lm.logProb(w1s[h] as number, w2s[h] as number, this.endId);
      if (score > bestScore) {
        bestScore = score;
        best = h;
      }
    }
    const chosen = new Int32Array(n);
    for (let pos = n - 1; pos >= 0; pos -= 1) {
      chosen[pos] = choices[pos * beamSize + best] as number;
      best = backs[pos * beamSize + best] as number;
    }
    return chosen;
  }

  /** A position with one reading (a fixed token: channel 0), its id and channel set per position. */
  private readonly fixedToken: PackedReadings = { id: -1, generation: -1, at: 0, width: 1 };
  private readonly fixedTokenId = new Int32Array(1);
  private readonly fixedTokenChannel = new Float64Array(1);
  private bigramScratch = new Float64Array(64);
  private contextScratch = new Float64Array(64);
  private pathScratch = { back: new Int32Array(0), choice: new Int32Array(0) };
  private readonly beamScratch: { w1a: Int32Array; w2a: Int32Array; scoreA: Float64Array; w1b: Int32Array; w2b: Int32Array; scoreB: Float64Array };
  private readonly groupedScratch: Uint8Array;
  private readonly order: Int32Array;
  private scratch = { w1: new Int32Array(0), w2: new Int32Array(0), score: new Float64Array(0), back: new Int32Array(0), choice: new Int32Array(0) };

  private growScratch(size: number): void {
    const capacity = Math.max(size, this.scratch.score.length * 2, 256);
    this.scratch = {
      w1: new Int32Array(capacity),
      w2: new Int32Array(capacity),
      score: new Float64Array(capacity),
      back: new Int32Array(capacity),
      choice: new Int32Array(capacity),
    };
  }
}
