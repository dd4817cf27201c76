/**
 * The language model's file format, read without parsing: a JSON header (validated by LmHeaderSchema) followed
 * by little-endian arrays that the loader views in place.
 *
 *   "VNLM" · u32 header length · header JSON (space-padded to 8 bytes) · body
 *
 * The header holds the vocabulary as one string, its words joined by line feeds (one string is quicker to parse
 * and validate than thousands).
 *
 * The body holds, each array starting on an 8-byte boundary (ids are u16 while the vocabulary fits, else u32):
 *   unigramLogProb i16[V] · unigramBackoff i16[V]
 *   bigramW1 id[B] · bigramW2 id[B] · bigramLogProb i16[B] · bigramBackoff i16[B]   (sorted by w1, then w2)
 *   trigramStart u32[B + 1]: the trigrams of context bigram b are trigramW3/trigramLogProb[start[b] .. start[b + 1])
 *   trigramW3 id[T] (sorted within a context) · trigramLogProb i16[T]
 * Log-probabilities are natural logs quantised to int16 thousandths of a nat (logProbScale).
 */
import { z } from 'zod';
import { alignUp, checkedBody, crc32, readContainerHeader, writeContainer, type ContainerKind } from './binary-file.js';

export const LM_FORMAT = 'vnplan-syllable-lm/2';
/** The model's file in the dictionaries folder. */
export const LM_FILE = 'syllable-lm.bin';
export const LM_LOG_PROB_SCALE = 1000;
const MAGIC = 'VNLM';

/** What the build says about the model: its words, its size and where its counts came from. */
export const LmMetadataSchema = z.object({
  version: z.string(),
  vocabulary: z.array(z.string()).min(2),
  unigrams: z.int().min(1),
  bigrams: z.int().min(0),
  trigrams: z.int().min(0),
  sources: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LmMetadata = z.infer<typeof LmMetadataSchema>;

/** The file's header: the metadata and what the loader needs to trust the body it views. */
export const LmHeaderSchema = LmMetadataSchema.extend({
  format: z.literal(LM_FORMAT),
  /** The vocabulary's words in id order, joined by line feeds. */
  vocabulary: z.string().min(3),
  logProbScale: z.literal(LM_LOG_PROB_SCALE),
  byteOrder: z.literal('LE'),
  idBytes: z.union([z.literal(2), z.literal(4)]),
  bodyBytes: z.int().min(0),
  /** CRC-32 of the body: a damaged or truncated file is refused, not read as numbers. */
  bodyCrc32: z.int().min(0),
});
export type LmHeader = z.infer<typeof LmHeaderSchema>;

/** The model as plain arrays (what the builder makes; log-probabilities in nats). */
export interface LmTables {
  header: LmMetadata;
  /** Per vocabulary id: log P(w) and back-off weight of the context w. */
  unigramLogProb: Float32Array;
  unigramBackoff: Float32Array;
  /** Parallel arrays sorted by (w1, w2): w1, w2, log P(w2|w1), back-off of context (w1,w2). */
  bigramW1: Uint32Array;
  bigramW2: Uint32Array;
  bigramLogProb: Float32Array;
  bigramBackoff: Float32Array;
  /** Sorted by (w1, w2, w3); every (w1, w2) is a stored bigram. */
  trigramW1: Uint32Array;
  trigramW2: Uint32Array;
  trigramW3: Uint32Array;
  trigramLogProb: Float32Array;
}

type Ids = Uint16Array | Uint32Array;

/** The file's arrays, viewed in place (no copy): what the SyllableLm reads. */
export interface LmViews {
  metadata: LmMetadata;
  unigramLogProb: Int16Array;
  unigramBackoff: Int16Array;
  bigramW1: Ids;
  bigramW2: Ids;
  bigramLogProb: Int16Array;
  bigramBackoff: Int16Array;
  trigramStart: Uint32Array;
  trigramW3: Ids;
  trigramLogProb: Int16Array;
}

/** A language-model file that cannot be read: the message names what is wrong, the caller adds the file. */
export class LmFormatError extends Error {}

/** The quantised log-probability as the loader returns it (a float32, as the arrays of format 1 held it). */
export function dequantise(quantised: number): number {
  return Math.fround(quantised / LM_LOG_PROB_SCALE);
}

function quantise(values: Float32Array): Int16Array {
  const out = new Int16Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = Math.max(-32768, Math.min(32767, Math.round((values[i] ?? 0) * LM_LOG_PROB_SCALE)));
  return out;
}


/** Byte offset and element count of each body array, in file order. */
function layoutOf(counts: { unigrams: number; bigrams: number; trigrams: number; idBytes: 2 | 4 }): {
  sections: Array<{ name: keyof Omit<LmViews, 'metadata'>; offset: number; count: number; bytes: number }>;
  bodyBytes: number;
} {
  const { unigrams: u, bigrams: b, trigrams: t, idBytes } = counts;
  const order: Array<[keyof Omit<LmViews, 'metadata'>, number, number]> = [
    ['unigramLogProb', u, 2],
    ['unigramBackoff', u, 2],
    ['bigramW1', b, idBytes],
    ['bigramW2', b, idBytes],
    ['bigramLogProb', b, 2],
    ['bigramBackoff', b, 2],
    ['trigramStart', b + 1, 4],
    ['trigramW3', t, idBytes],
    ['trigramLogProb', t, 2],
  ];
  let offset = 0;
  const sections = order.map(([name, count, bytes]) => {
    const section = { name, offset, count, bytes };
    offset = alignUp(offset + count * bytes);
    return section;
  });
  return { sections, bodyBytes: offset };
}

/** Where each trigram context's run starts among the trigrams (a CSR index over the sorted bigrams). */
function trigramStartsOf(tables: LmTables): Uint32Array {
  const b = tables.bigramW1.length;
  const starts = new Uint32Array(b + 1);
  let bigram = 0;
  for (let i = 0; i < tables.trigramW1.length; i += 1) {
    const w1 = tables.trigramW1[i] as number;
    const w2 = tables.trigramW2[i] as number;
    // Both lists are sorted by (w1, w2): walk the bigrams forward to this trigram's context.
    while (bigram < b && ((tables.bigramW1[bigram] as number) < w1 || ((tables.bigramW1[bigram] as number) === w1 && (tables.bigramW2[bigram] as number) < w2))) {
      bigram += 1;
      starts[bigram] = i;
    }
    if (bigram >= b || tables.bigramW1[bigram] !== w1 || tables.bigramW2[bigram] !== w2) {
      throw new LmFormatError(`trigram ${i} has no bigram context, or the n-grams are not sorted`);
    }
  }
  for (let k = bigram + 1; k <= b; k += 1) starts[k] = tables.trigramW1.length;
  return starts;
}

function checkSortedBigrams(tables: LmTables): void {
  for (let i = 1; i < tables.bigramW1.length; i += 1) {
    const w1 = tables.bigramW1[i] as number;
    const previous = tables.bigramW1[i - 1] as number;
    if (w1 < previous || (w1 === previous && (tables.bigramW2[i] as number) <= (tables.bigramW2[i - 1] as number))) {
      throw new LmFormatError(`bigram ${i} is out of order`);
    }
  }
}

export function serializeLm(tables: LmTables): Buffer {
  const metadata = LmMetadataSchema.parse(tables.header);
  const idBytes: 2 | 4 = metadata.vocabulary.length <= 0x10000 ? 2 : 4;
  checkSortedBigrams(tables);
  const ids = (values: Uint32Array): Ids => (idBytes === 2 ? Uint16Array.from(values) : Uint32Array.from(values));
  if (metadata.vocabulary.some((word) => word === '' || word.includes('\n'))) throw new LmFormatError('a vocabulary word is empty or holds a line feed');
  const arrays: Omit<LmViews, 'metadata'> = {
    unigramLogProb: quantise(tables.unigramLogProb),
    unigramBackoff: quantise(tables.unigramBackoff),
    bigramW1: ids(tables.bigramW1),
    bigramW2: ids(tables.bigramW2),
    bigramLogProb: quantise(tables.bigramLogProb),
    bigramBackoff: quantise(tables.bigramBackoff),
    trigramStart: trigramStartsOf(tables),
    trigramW3: ids(tables.trigramW3),
    trigramLogProb: quantise(tables.trigramLogProb),
  };
  const layout = layoutOf({ unigrams: metadata.unigrams, bigrams: metadata.bigrams, trigrams: metadata.trigrams, idBytes });
  const body = Buffer.alloc(layout.bodyBytes);
  for (const section of layout.sections) {
    const array = arrays[section.name];
    if (array.length !== section.count) throw new LmFormatError(`${section.name} holds ${array.length} entries, the header says ${section.count}`);
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), section.offset);
  }
  checkIndexes({ metadata, ...arrays });
  const header: LmHeader = {
    format: LM_FORMAT,
    ...metadata,
    vocabulary: metadata.vocabulary.join('\n'),
    logProbScale: LM_LOG_PROB_SCALE,
    byteOrder: 'LE',
    idBytes,
    bodyBytes: layout.bodyBytes,
    bodyCrc32: crc32(body),
  };
  return writeContainer(MAGIC, header, body);
}

const fail = (message: string): Error => new LmFormatError(message);
const LM_KIND: ContainerKind<LmHeader> = { magic: MAGIC, what: 'language-model', format: LM_FORMAT, schema: LmHeaderSchema, fail };

function readHeader(file: Uint8Array): { header: LmHeader; vocabulary: string[]; bodyOffset: number } {
  if (file.byteLength >= 2 && file[0] === 0x1f && file[1] === 0x8b) {
    throw new LmFormatError(`a gzip file (the earlier format vnplan-syllable-lm/1); this version reads ${LM_FORMAT}`);
  }
  const { header, bodyOffset } = readContainerHeader(file, LM_KIND);
  const vocabulary = header.vocabulary.split('\n');
  if (vocabulary.length !== header.unigrams) throw new LmFormatError('invalid header: unigram count differs from the vocabulary size');
  return { header, vocabulary, bodyOffset };
}

/**
 * Views the arrays of a model file in place (the file's bytes are copied once only if they are not 8-byte
 * aligned in memory). Throws LmFormatError for another format, a damaged or truncated body, or broken indexes.
 */
export function viewLm(file: Uint8Array): LmViews {
  const { header, vocabulary, bodyOffset } = readHeader(file);
  const layout = layoutOf(header);
  if (layout.bodyBytes !== header.bodyBytes) throw new LmFormatError(`the header's counts need ${layout.bodyBytes} body bytes, it says ${header.bodyBytes}`);
  if (file.byteLength !== bodyOffset + header.bodyBytes) {
    throw new LmFormatError(`body is ${file.byteLength - bodyOffset} bytes, the header says ${header.bodyBytes} (truncated or padded file)`);
  }
  const body = checkedBody(file, bodyOffset, header.bodyCrc32, fail);
  const view = (section: (typeof layout.sections)[number]): Int16Array | Uint16Array | Uint32Array => {
    const at = body.byteOffset + section.offset;
    if (section.name === 'trigramStart') return new Uint32Array(body.buffer, at, section.count);
    if (section.bytes === 4) return new Uint32Array(body.buffer, at, section.count);
    if (section.name.endsWith('LogProb') || section.name.endsWith('Backoff')) return new Int16Array(body.buffer, at, section.count);
    return new Uint16Array(body.buffer, at, section.count);
  };
  const views = Object.fromEntries(layout.sections.map((section) => [section.name, view(section)])) as unknown as Omit<LmViews, 'metadata'>;
  const { trigramStart, trigramW3 } = views;
  if (trigramStart[0] !== 0 || trigramStart[trigramStart.length - 1] !== trigramW3.length) throw new LmFormatError('trigram index does not cover the trigrams');
  const { version, unigrams, bigrams, trigrams, sources } = header;
  return { metadata: { version, vocabulary, unigrams, bigrams, trigrams, sources }, ...views };
}

/**
 * The invariants the look-ups rely on (ids in range, runs in order). The writer checks them before it writes;
 * the loader trusts a body whose checksum matches rather than walking every n-gram again.
 */
function checkIndexes(views: LmViews): void {
  const size = views.metadata.unigrams;
  const { bigramW1, bigramW2, trigramStart, trigramW3 } = views;
  for (let i = 0; i < bigramW1.length; i += 1) {
    const w1 = bigramW1[i] as number;
    const w2 = bigramW2[i] as number;
    if (w1 >= size || w2 >= size) throw new LmFormatError(`bigram ${i} names a word outside the vocabulary`);
    if (i > 0) {
      const p1 = bigramW1[i - 1] as number;
      if (w1 < p1 || (w1 === p1 && w2 <= (bigramW2[i - 1] as number))) throw new LmFormatError(`bigram ${i} is out of order`);
    }
  }
  if (trigramStart[0] !== 0 || trigramStart[trigramStart.length - 1] !== trigramW3.length) throw new LmFormatError('trigram index does not cover the trigrams');
  for (let b = 0; b + 1 < trigramStart.length; b += 1) {
    const start = trigramStart[b] as number;
    const end = trigramStart[b + 1] as number;
    if (end < start) throw new LmFormatError(`trigram index goes backwards at bigram ${b}`);
    let previous = -1;
    for (let k = start; k < end; k += 1) {
      const w3 = trigramW3[k] as number;
      if (w3 <= previous || w3 >= size) throw new LmFormatError(`trigram ${k} is out of order or outside the vocabulary`);
      previous = w3;
    }
  }
}

/** The model's arrays as the builder made them (log-probabilities after quantisation): for tests and tools. */
export function deserializeLm(file: Uint8Array): LmTables {
  const views = viewLm(file);
  const b = views.bigramW1.length;
  const trigramW1 = new Uint32Array(views.trigramW3.length);
  const trigramW2 = new Uint32Array(views.trigramW3.length);
  for (let k = 0; k < b; k += 1) {
    trigramW1.fill(views.bigramW1[k] as number, views.trigramStart[k], views.trigramStart[k + 1]);
    trigramW2.fill(views.bigramW2[k] as number, views.trigramStart[k], views.trigramStart[k + 1]);
  }
  const logs = (values: Int16Array): Float32Array => Float32Array.from(values, dequantise);
  return {
    header: views.metadata,
    unigramLogProb: logs(views.unigramLogProb),
    unigramBackoff: logs(views.unigramBackoff),
    bigramW1: Uint32Array.from(views.bigramW1),
    bigramW2: Uint32Array.from(views.bigramW2),
    bigramLogProb: logs(views.bigramLogProb),
    bigramBackoff: logs(views.bigramBackoff),
    trigramW1,
    trigramW2,
    trigramW3: Uint32Array.from(views.trigramW3),
    trigramLogProb: logs(views.trigramLogProb),
  };
}
