/**
 * Rewrites a language model of the earlier file format (vnplan-syllable-lm/1: gzip of a JSON header and the
 * quantised arrays) in the current one, without rebuilding it: the same vocabulary, the same quantised numbers,
 * the same version string.
 *
 *   npx tsx scripts/lm/upgrade-lm-v1.ts dictionaries/syllable-lm.bin.gz dictionaries/syllable-lm.bin
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { LmMetadataSchema, serializeLm, type LmTables } from '../../src/restore/lm-file.js';

const V1HeaderSchema = LmMetadataSchema.extend({ format: z.literal('vnplan-syllable-lm/1') });
const V1_SCALE = 1000;

/** The arrays of a format-1 file, dequantised as its loader did (int16 thousandths into float32). */
export function readLmV1(file: Buffer): LmTables {
  const raw = gunzipSync(file);
  let offset = 0;
  const take = (bytes: number): Buffer => {
    const taken = Buffer.from(raw.subarray(offset, offset + bytes));
    if (taken.length !== bytes) throw new Error('format-1 model: truncated');
    offset += bytes;
    return taken;
  };
  const headerLength = take(4).readUInt32LE(0);
  const { format: _format, ...header } = V1HeaderSchema.parse(JSON.parse(take(headerLength).toString('utf8')));
  const idBytes = header.vocabulary.length <= 65536 ? 2 : 4;
  const aligned = (bytes: number): ArrayBuffer => {
    const copy = take(bytes);
    return copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.length) as ArrayBuffer;
  };
  const ids = (count: number): Uint32Array =>
    Uint32Array.from(idBytes === 2 ? new Uint16Array(aligned(count * 2)) : new Uint32Array(aligned(count * 4)));
  const logs = (count: number): Float32Array => Float32Array.from(new Int16Array(aligned(count * 2)), (q) => q / V1_SCALE);
  const { unigrams: u, bigrams: b, trigrams: t } = header;
  const tables: LmTables = {
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
  if (offset !== raw.length) throw new Error(`format-1 model: ${raw.length - offset} bytes after the arrays`);
  return tables;
}

function main(): void {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) throw new Error('usage: upgrade-lm-v1.ts OLD.bin.gz NEW.bin');
  const upgraded = serializeLm(readLmV1(readFileSync(from)));
  writeFileSync(to, upgraded);
  console.log(`${from} → ${to}: ${(upgraded.length / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/u, ''))) main();
