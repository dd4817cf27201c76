/**
 * A syllable trigram model in back-off form (probabilities from interpolated modified Kneser–Ney, computed by
 * scripts/build-lm.ts), read from the file format of lm-file.ts: the arrays are viewed in place, and only the
 * bigram hash table is built at load.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UNKNOWN_TOKEN } from './lm-text.js';
import { IntPairTable } from './int-pair-table.js';
import { InputFileError } from '../errors/index.js';
import { dequantise, LmFormatError, serializeLm, viewLm, type LmTables, type LmViews } from './lm-file.js';

export { deserializeLm, LM_FORMAT, LmFormatError, LmHeaderSchema, LmMetadataSchema, serializeLm, viewLm } from './lm-file.js';
export type { LmHeader, LmMetadata, LmTables, LmViews } from './lm-file.js';

/** Models read by `SyllableLm.shared`, by resolved path. */
const sharedModels = new Map<string, SyllableLm>();

/**
 * Natural-log probabilities of the next token given up to two previous ones. Bigrams sit in a hash table; the
 * trigrams of one context (w1, w2) are a sorted run of the file's trigram arrays, found from the context's bigram
 * slot and searched by w3, so scoring many next words in one context touches one small run of memory.
 */
export class SyllableLm {
  readonly vocabulary: readonly string[];
  readonly version: string;
  readonly unknownId: number;
  private readonly ids: Map<string, number>;
  private readonly unigramLogProb: Float32Array;
  private readonly unigramBackoff: Float32Array;
  private readonly bigrams: IntPairTable;
  /** Quantised (see dequantise): the file's arrays, viewed in place. */
  private readonly bigramLogProb: Int16Array;
  private readonly bigramBackoff: Int16Array;
  /** Per bigram slot: its trigram run is trigramW3 / trigramLogProb[trigramStart[slot] .. trigramStart[slot + 1]). */
  private readonly trigramStart: Uint32Array;
  private readonly trigramW3: Uint16Array | Uint32Array;
  private readonly trigramLogProb: Int16Array;
  private readonly bigramW1: Uint16Array | Uint32Array;
  private readonly bigramW2: Uint16Array | Uint32Array;
  private strongPairs: { successors: IdLists; predecessors: IdLists } | null = null;

  private constructor(views: LmViews) {
    this.vocabulary = views.metadata.vocabulary;
    this.version = views.metadata.version;
    this.ids = new Map();
    for (let id = 0; id < this.vocabulary.length; id += 1) this.ids.set(this.vocabulary[id] as string, id);
    this.unknownId = this.ids.get(UNKNOWN_TOKEN) ?? 0;
    this.unigramLogProb = Float32Array.from(views.unigramLogProb, dequantise);
    this.unigramBackoff = Float32Array.from(views.unigramBackoff, dequantise);
    this.bigramW1 = views.bigramW1;
    this.bigramW2 = views.bigramW2;
    this.bigramLogProb = views.bigramLogProb;
    this.bigramBackoff = views.bigramBackoff;
    this.trigramStart = views.trigramStart;
    this.trigramW3 = views.trigramW3;
    this.trigramLogProb = views.trigramLogProb;
    // Each bigram's log-probability sits in its bucket: a look-up reads one cache line.
    const count = views.bigramW1.length;
    this.bigrams = new IntPairTable(count, true, true);
    for (let i = 0; i < count; i += 1) {
      this.bigrams.setWithValue(views.bigramW1[i] as number, views.bigramW2[i] as number, i, dequantise(views.bigramLogProb[i] as number));
    }
  }

  /**
   * The model of the file at `path`, read once per process: the restorer and the extractor's word test share it
   * (a model is read-only).
   */
  static shared(path: string): SyllableLm {
    const resolved = resolve(path);
    let lm = sharedModels.get(resolved);
    if (!lm) {
      lm = SyllableLm.fromFile(readFileSync(resolved), path);
      sharedModels.set(resolved, lm);
    }
    return lm;
  }

  /** Forgets the shared models (the next `shared` reads the file again). */
  static forgetShared(): void {
    sharedModels.clear();
  }

  /**
   * The model of a file's bytes (format: lm-file.ts). A file of another format, or a damaged one, is an
   * InputFileError naming `path`.
   */
  static fromFile(file: Uint8Array, path = 'language model file'): SyllableLm {
    try {
      return new SyllableLm(viewLm(file));
    } catch (error) {
      if (error instanceof LmFormatError) throw new InputFileError(path, `language model: ${error.message}`, 'rebuild it with `npx tsx scripts/build-lm.ts`');
      throw error;
    }
  }

  /** The model of builder tables (through the file format, so tests read what a file would hold). */
  static fromTables(tables: LmTables): SyllableLm {
    return SyllableLm.fromFile(serializeLm(tables));
  }

  idOf(token: string): number {
    return this.ids.get(token) ?? this.unknownId;
  }

  has(token: string): boolean {
    return this.ids.has(token);
  }

  /** Bigram slot of the context (w1, w2), or -1: pass it to contextBackoff / contextHasTrigrams / trigramInContext. */
  contextSlot(w1: number, w2: number): number {
    return w1 < 0 ? -1 : this.bigrams.get(w1, w2);
  }

  contextBackoff(slot: number): number {
    return slot >= 0 ? dequantise(this.bigramBackoff[slot] as number) : 0;
  }

  contextHasTrigrams(slot: number): boolean {
    return slot >= 0 && (this.trigramStart[slot + 1] as number) > (this.trigramStart[slot] as number);
  }

  /** log P(w3 | context) when that trigram is stored, else NaN. */
  trigramInContext(slot: number, w3: number): number {
    let low = this.trigramStart[slot] as number;
    let high = (this.trigramStart[slot + 1] as number) - 1;
    const words = this.trigramW3;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const word = words[mid] as number;
      if (word === w3) return dequantise(this.trigramLogProb[mid] as number);
      if (word < w3) low = mid + 1;
      else high = mid - 1;
    }
    return Number.NaN;
  }

  /**
   * Writes bigramLogProbOf(w2, ids[from + k]) to out[outAt + k] for k below `width`: a row filled in one call, its
   * numbers never leaving typed arrays (a number returned from a call that is not inlined is a heap allocation).
   */
  fillBigramRow(w2: number, ids: Int32Array, from: number, width: number, out: Float64Array, outAt: number): void {
    for (let k = 0; k < width; k += 1) out[outAt + k] = this.bigramLogProbOf(w2, ids[from + k] as number);
  }

  /**
   * Writes log P(ids[from + k] | the context of bigram `slot`) to out[outAt + k] for k below `width`: the stored
   * trigram, else the context's back-off weight plus the bigram level's number, read from bigramRow[bigramAt + k].
   */
  fillContextRow(slot: number, ids: Int32Array, from: number, width: number, bigramRow: Float64Array, bigramAt: number, out: Float64Array, outAt: number): void {
    const backoff = this.contextBackoff(slot);
    const useTrigrams = this.contextHasTrigrams(slot);
    for (let k = 0; k < width; k += 1) {
      let lp = Number.NaN;
      if (useTrigrams) lp = this.trigramInContext(slot, ids[from + k] as number);
      if (lp !== lp) lp = backoff + (bigramRow[bigramAt + k] as number);
      out[outAt + k] = lp;
    }
  }

  /** log P(w3 | w2) from the bigram level (backing off to unigrams). */
  bigramLogProbOf(w2: number, w3: number): number {
    const stored = this.bigrams.valueOf(w2, w3);
    if (stored === stored) return stored;
    return (this.unigramBackoff[w2] ?? 0) + (this.unigramLogProb[w3] ?? -20);
  }

  /** log P(w3 | w1 w2); pass -1 for a missing w1. */
  logProb(w1: number, w2: number, w3: number): number {
    const slot = this.contextSlot(w1, w2);
    if (slot >= 0) {
      const tri = this.trigramInContext(slot, w3);
      if (tri === tri) return tri;
      return dequantise(this.bigramBackoff[slot] as number) + this.bigramLogProbOf(w2, w3);
    }
    return this.bigramLogProbOf(w2, w3);
  }

  unigram(w: number): number {
    return this.unigramLogProb[w] ?? -20;
  }

  /**
   * Words that follow `w` in a strong bigram: log P(next | w) ≥ STRONG_BIGRAM and at least STRONG_ASSOCIATION
   * above the next word's unigram (theo → dõi, tham → mưu). Built on first use.
   */
  strongSuccessors(w: number): Int32Array {
    const index = this.strongPairIndex().successors;
    return index.ids.subarray(index.start[w] ?? 0, index.start[w + 1] ?? 0);
  }

  /**
   * Adds to `into` (when absent) the ids `strongSuccessors(w)` (or, with `before`, `strongPredecessors(w)`) would
   * return, without building a view.
   */
  addStrongNeighbours(w: number, before: boolean, into: number[]): void {
    const index = before ? this.strongPairIndex().predecessors : this.strongPairIndex().successors;
    const end = index.start[w + 1] ?? 0;
    for (let k = index.start[w] ?? 0; k < end; k += 1) {
      const id = index.ids[k] as number;
      if (!into.includes(id)) into.push(id);
    }
  }

  /** Whether `w` has a strong successor (or, with `before`, a strong predecessor), without building a view. */
  hasStrongNeighbour(w: number, before: boolean): boolean {
    const index = before ? this.strongPairIndex().predecessors : this.strongPairIndex().successors;
    return (index.start[w + 1] ?? 0) > (index.start[w] ?? 0);
  }

  /** Words that precede `w` in such a bigram (mưu ← tham). */
  strongPredecessors(w: number): Int32Array {
    const index = this.strongPairIndex().predecessors;
    return index.ids.subarray(index.start[w] ?? 0, index.start[w + 1] ?? 0);
  }

  private strongPairIndex(): { successors: IdLists; predecessors: IdLists } {
    if (this.strongPairs) return this.strongPairs;
    const size = this.vocabulary.length;
    // Two passes over the bigrams: count each word's pairs, then file them, in bigram order within a word.
    const successorStart = new Int32Array(size + 1);
    const predecessorStart = new Int32Array(size + 1);
    const kinds = new Uint8Array(this.bigramW1.length);
    for (let i = 0; i < this.bigramW1.length; i += 1) {
      const w2 = this.bigramW2[i] as number;
      const logProb = dequantise(this.bigramLogProb[i] as number);
      if (logProb < STRONG_BIGRAM || logProb - this.unigram(w2) < STRONG_ASSOCIATION) continue;
      const w1 = this.bigramW1[i] as number;
      // Frequent words are offered by the candidate search anyway; a collocation brings back a rare one.
      if (this.unigram(w2) <= RARE_UNIGRAM) {
        kinds[i] = 1;
        successorStart[w1 + 1] = (successorStart[w1 + 1] as number) + 1;
      }
      if (this.unigram(w1) <= RARE_UNIGRAM) {
        kinds[i] = (kinds[i] as number) | 2;
        predecessorStart[w2 + 1] = (predecessorStart[w2 + 1] as number) + 1;
      }
    }
    for (let w = 0; w < size; w += 1) {
      successorStart[w + 1] = (successorStart[w + 1] as number) + (successorStart[w] as number);
      predecessorStart[w + 1] = (predecessorStart[w + 1] as number) + (predecessorStart[w] as number);
    }
    const successorIds = new Int32Array(successorStart[size] as number);
    const predecessorIds = new Int32Array(predecessorStart[size] as number);
    const successorFill = successorStart.slice(0, size);
    const predecessorFill = predecessorStart.slice(0, size);
    for (let i = 0; i < kinds.length; i += 1) {
      const kind = kinds[i] as number;
      if (kind === 0) continue;
      const w1 = this.bigramW1[i] as number;
      const w2 = this.bigramW2[i] as number;
      if ((kind & 1) !== 0) {
        successorIds[successorFill[w1] as number] = w2;
        successorFill[w1] = (successorFill[w1] as number) + 1;
      }
      if ((kind & 2) !== 0) {
        predecessorIds[predecessorFill[w2] as number] = w1;
        predecessorFill[w2] = (predecessorFill[w2] as number) + 1;
      }
    }
    this.strongPairs = { successors: { start: successorStart, ids: successorIds }, predecessors: { start: predecessorStart, ids: predecessorIds } };
    return this.strongPairs;
  }
}

/** Per word id, a run of ids: ids[start[w] .. start[w + 1]). */
interface IdLists {
  start: Int32Array;
  ids: Int32Array;
}

/**
 * A bigram this likely (natural log) ... Looser bounds (-8, 4) restore a little more but double the collocations and
 * cost a sixth of the batch speed; the rarity bound alone (-8.5 -> -5.5) adds a seventh of them and most of the gain
 * (stir dung → sử dụng, bén vig → bền vững); the commits that set them hold the sweeps.
 */
const STRONG_BIGRAM = -6;
/** ... and this much likelier than its second word alone is a collocation that can propose a reading ... */
const STRONG_ASSOCIATION = 5;
/**
 * ... when the proposed word is at most this frequent: the candidate search's unigram-ranked cut drops rare words,
 * and a word of middling frequency (sử for the print stir, vững for vig) may be cut too.
 */
const RARE_UNIGRAM = -5.5;
