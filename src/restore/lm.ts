/**
 * A syllable trigram model in back-off form (probabilities from interpolated modified Kneser–Ney, computed by
 * scripts/build-lm.ts). File: gzip of [u32 header length][header JSON][arrays], log-probabilities quantised to
 * int16 thousandths of a nat.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { UNKNOWN_TOKEN } from './lm-text.js';
import { IntPairTable } from './int-pair-table.js';

export const LM_FORMAT = 'vnplan-syllable-lm/1';
const SCALE = 1000;

export const LmHeaderSchema = z.object({
  format: z.literal(LM_FORMAT),
  version: z.string(),
  vocabulary: z.array(z.string()).min(2),
  unigrams: z.int().min(1),
  bigrams: z.int().min(0),
  trigrams: z.int().min(0),
  sources: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LmHeader = z.infer<typeof LmHeaderSchema>;

/** The model as plain arrays (what the builder writes and the loader reads). */
export interface LmTables {
  header: LmHeader;
  /** Per vocabulary id: log P(w) and back-off weight of the context w. */
  unigramLogProb: Float32Array;
  unigramBackoff: Float32Array;
  /** Parallel arrays: w1, w2, log P(w2|w1), back-off of context (w1,w2). */
  bigramW1: Uint32Array;
  bigramW2: Uint32Array;
  bigramLogProb: Float32Array;
  bigramBackoff: Float32Array;
  trigramW1: Uint32Array;
  trigramW2: Uint32Array;
  trigramW3: Uint32Array;
  trigramLogProb: Float32Array;
}

function quantise(values: Float32Array): Int16Array {
  const out = new Int16Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = Math.max(-32768, Math.min(32767, Math.round((values[i] ?? 0) * SCALE)));
  return out;
}

function dequantise(values: Int16Array): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = (values[i] ?? 0) / SCALE;
  return out;
}

/** Narrowest unsigned array that holds every id. */
function packIds(values: Uint32Array, vocabularySize: number): Uint8Array {
  const bytes = vocabularySize <= 65536 ? 2 : 4;
  const packed = bytes === 2 ? Uint16Array.from(values) : Uint32Array.from(values);
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
}

export function serializeLm(tables: LmTables): Buffer {
  const header = Buffer.from(JSON.stringify(tables.header), 'utf8');
  const v = tables.header.vocabulary.length;
  const parts: Uint8Array[] = [
    new Uint8Array(new Uint32Array([header.length]).buffer),
    header,
    new Uint8Array(quantise(tables.unigramLogProb).buffer),
    new Uint8Array(quantise(tables.unigramBackoff).buffer),
    packIds(tables.bigramW1, v),
    packIds(tables.bigramW2, v),
    new Uint8Array(quantise(tables.bigramLogProb).buffer),
    new Uint8Array(quantise(tables.bigramBackoff).buffer),
    packIds(tables.trigramW1, v),
    packIds(tables.trigramW2, v),
    packIds(tables.trigramW3, v),
    new Uint8Array(quantise(tables.trigramLogProb).buffer),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function deserializeLm(file: Buffer): LmTables {
  const raw = gunzipSync(file);
  // Each array is copied out of the unzipped bytes (aligned for its type); the bytes themselves are not copied first.
  const data = raw.buffer;
  const base = raw.byteOffset;
  const slice = (from: number, to: number): ArrayBuffer => data.slice(base + from, base + Math.min(to, raw.byteLength)) as ArrayBuffer;
  let offset = 0;
  const headerLength = new Uint32Array(slice(0, 4))[0] ?? 0;
  offset = 4;
  const header = LmHeaderSchema.parse(JSON.parse(Buffer.from(slice(offset, offset + headerLength)).toString('utf8')));
  offset += headerLength;
  const idBytes = header.vocabulary.length <= 65536 ? 2 : 4;
  const take = (count: number, bytes: number): ArrayBuffer => {
    const taken = slice(offset, offset + count * bytes);
    offset += count * bytes;
    return taken;
  };
  const ids = (count: number): Uint32Array =>
    Uint32Array.from(idBytes === 2 ? new Uint16Array(take(count, 2)) : new Uint32Array(take(count, 4)));
  const logs = (count: number): Float32Array => dequantise(new Int16Array(take(count, 2)));
  const u = header.unigrams;
  const b = header.bigrams;
  const t = header.trigrams;
  return {
    header,
    unigramLogProb: logs(u),
    unigramBackoff: logs(u),
    bigramW1: ids(b),
    bigramW2: ids(b),
    bigramLogProb: logs(b),
    bigramBackoff: logs(b),
    trigramW1: ids(t),
    trigramW2: ids(t),
    trigramW3: ids(t),
    trigramLogProb: logs(t),
  };
}

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
  private readonly bigramLogProb: Float32Array;
  private readonly bigramBackoff: Float32Array;
  /** Per bigram slot: where its trigram run starts and ends in trigramW3 / trigramLogProb (start −1: none). */
  private readonly trigramStart: Int32Array;
  private readonly trigramEnd: Int32Array;
  private readonly trigramW3: Uint32Array;
  private readonly trigramLogProb: Float32Array;
  private readonly bigramW1: Uint32Array;
  private readonly bigramW2: Uint32Array;
  private strongPairs: { successors: IdLists; predecessors: IdLists } | null = null;

  constructor(tables: LmTables) {
    this.bigramW1 = tables.bigramW1;
    this.bigramW2 = tables.bigramW2;
    this.vocabulary = tables.header.vocabulary;
    this.version = tables.header.version;
    this.ids = new Map(this.vocabulary.map((token, id) => [token, id]));
    this.unknownId = this.ids.get(UNKNOWN_TOKEN) ?? 0;
    this.unigramLogProb = tables.unigramLogProb;
    this.unigramBackoff = tables.unigramBackoff;
    this.bigramLogProb = tables.bigramLogProb;
    this.bigramBackoff = tables.bigramBackoff;
    this.trigramW3 = tables.trigramW3;
    this.trigramLogProb = tables.trigramLogProb;
    // Each bigram's log-probability sits in its bucket: a look-up reads one cache line.
    this.bigrams = new IntPairTable(tables.bigramW1.length, true, true);
    for (let i = 0; i < tables.bigramW1.length; i += 1) {
      this.bigrams.setWithValue(tables.bigramW1[i] as number, tables.bigramW2[i] as number, i, tables.bigramLogProb[i] as number);
    }
    this.trigramStart = new Int32Array(tables.bigramW1.length).fill(-1);
    this.trigramEnd = new Int32Array(tables.bigramW1.length);
    let previous = -1;
    let previousW1 = -1;
    let previousW2 = -1;
    for (let i = 0; i < tables.trigramW1.length; i += 1) {
      const w1 = tables.trigramW1[i] as number;
      const w2 = tables.trigramW2[i] as number;
      // The trigrams of a context follow one another: its slot is looked up once per run.
      const context = w1 === previousW1 && w2 === previousW2 ? previous : this.bigrams.get(w1, w2);
      previousW1 = w1;
      previousW2 = w2;
      if (context < 0) throw new Error(`language model: trigram ${i} has no bigram context`);
      if (context !== previous) {
        if (this.trigramStart[context] !== -1) throw new Error('language model: trigrams are not sorted by context');
        this.trigramStart[context] = i;
        previous = context;
      }
      this.trigramEnd[context] = i + 1;
    }
  }

  static fromFile(file: Buffer): SyllableLm {
    return new SyllableLm(deserializeLm(file));
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
    return slot >= 0 ? (this.bigramBackoff[slot] as number) : 0;
  }

  contextHasTrigrams(slot: number): boolean {
    return slot >= 0 && (this.trigramStart[slot] as number) >= 0;
  }

  /** log P(w3 | context) when that trigram is stored, else NaN. */
  trigramInContext(slot: number, w3: number): number {
    let low = this.trigramStart[slot] as number;
    if (low < 0) return Number.NaN;
    let high = (this.trigramEnd[slot] as number) - 1;
    const words = this.trigramW3;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const word = words[mid] as number;
      if (word === w3) return this.trigramLogProb[mid] as number;
      if (word < w3) low = mid + 1;
      else high = mid - 1;
    }
    return Number.NaN;
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
      return (this.bigramBackoff[slot] as number) + this.bigramLogProbOf(w2, w3);
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
      const logProb = this.bigramLogProb[i] as number;
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

/** A bigram this likely (natural log) ... */
const STRONG_BIGRAM = -6;
/** ... and this much likelier than its second word alone is a collocation that can propose a reading ... */
const STRONG_ASSOCIATION = 5;
/** ... when the proposed word is this rare (the candidate search's unigram-ranked cut drops such words). */
const RARE_UNIGRAM = -8.5;
