import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { clearRestorerCaches, DEFAULT_DICTIONARY_DIR, LM_FILE, loadRestorer } from '../../src/restore/index.js';
import { deserializeLm, LM_FORMAT, serializeLm, SyllableLm } from '../../src/restore/lm.js';
import { tinyLmTables } from './tiny-lm.js';

const tables = tinyLmTables({ note: 'made-up text' });
const file = serializeLm(tables);

/** The error SyllableLm.fromFile throws for these bytes (or null when it loads). */
function loadError(bytes: Uint8Array): InputFileError | null {
  try {
    SyllableLm.fromFile(bytes, '/models/syllable-lm.bin');
    return null;
  } catch (error) {
    if (error instanceof InputFileError) return error;
    throw error;
  }
}

/** The file with its header JSON rewritten by `edit` (same length, so the body stays where it was). */
function withHeader(edit: (json: string) => string): Buffer {
  const copy = Buffer.from(file);
  const length = copy.readUInt32LE(4);
  const json = copy.toString('utf8', 8, 8 + length);
  const edited = edit(json.trimEnd());
  expect(Buffer.byteLength(edited)).toBeLessThanOrEqual(length);
  copy.fill(0x20, 8, 8 + length);
  copy.write(edited, 8, 'utf8');
  return copy;
}

describe('language-model file format', () => {
  it('gives back the quantised tables it was written from', () => {
    const back = deserializeLm(file);
    expect(back.header).toEqual(tables.header);
    const quantised = (values: Float32Array): number[] => [...values].map((v) => Math.max(-32768, Math.min(32767, Math.round(v * 1000))));
    for (const name of ['unigramLogProb', 'unigramBackoff', 'bigramLogProb', 'bigramBackoff', 'trigramLogProb'] as const) {
      expect([...back[name]].map((v) => Math.round(v * 1000)), name).toEqual(quantised(tables[name]));
    }
    for (const name of ['bigramW1', 'bigramW2', 'trigramW1', 'trigramW2', 'trigramW3'] as const) expect([...back[name]], name).toEqual([...tables[name]]);
  });

  it('scores as the tables say, trigram, back-off and unknown context alike', () => {
    const lm = SyllableLm.fromFile(file);
    const id = (token: string): number => lm.idOf(token);
    const back = deserializeLm(file);
    // A stored trigram is its own log-probability.
    const t = back.trigramW1.findIndex((_, k) => back.trigramW2[k] === id('tập') && back.trigramW1[k] === id('học') && back.trigramW3[k] === id('suốt'));
    expect(t).toBeGreaterThanOrEqual(0);
    expect(lm.logProb(id('học'), id('tập'), id('suốt'))).toBe(back.trigramLogProb[t]);
    // An unseen trigram backs off through its context's weight to the bigram level.
    const slot = lm.contextSlot(id('học'), id('tập'));
    expect(lm.logProb(id('học'), id('tập'), id('sở'))).toBeCloseTo(lm.contextBackoff(slot) + lm.bigramLogProbOf(id('tập'), id('sở')), 6);
    expect(lm.contextHasTrigrams(slot)).toBe(true);
    expect(lm.contextHasTrigrams(lm.contextSlot(id('sở'), id('học')))).toBe(false);
  });

  it('loads the shipped model in the current format', () => {
    const bytes = readFileSync(join(DEFAULT_DICTIONARY_DIR, LM_FILE));
    expect(bytes.toString('latin1', 0, 4)).toBe('VNLM');
    expect(bytes.toString('utf8', 8, 200)).toContain(`"format":"${LM_FORMAT}"`);
    expect(SyllableLm.fromFile(bytes).vocabulary.length).toBeGreaterThan(5000);
  });

  it('refuses a file of another version, naming the file and both formats', () => {
    const other = loadError(withHeader((json) => json.replace(LM_FORMAT, 'vnplan-syllable-lm/9')));
    expect(other?.message).toBe(`/models/syllable-lm.bin: language model: format vnplan-syllable-lm/9; this version reads ${LM_FORMAT}`);
    expect(loadError(gzipSync(Buffer.from('{"format":"vnplan-syllable-lm/1"}')))?.message).toContain('earlier format vnplan-syllable-lm/1');
  });

  it('refuses a damaged, truncated or foreign file with a one-line reason', () => {
    const damaged = Buffer.from(file);
    damaged[damaged.length - 3] = (damaged[damaged.length - 3] as number) ^ 0x40;
    expect(loadError(damaged)?.message).toContain('checksum');
    expect(loadError(file.subarray(0, file.length - 8))?.message).toContain('truncated');
    expect(loadError(Buffer.from('hello, world'))?.message).toContain('not a vnplan language-model file');
    const moreUnigrams = withHeader((json) => json.replace(/"unigrams":(\d+)/u, (_, n: string) => `"unigrams":${Number(n) + 1}`));
    expect(loadError(moreUnigrams)?.message).toContain('invalid header: unigram count differs from the vocabulary size');
    expect(loadError(withHeader((json) => json.slice(0, -1)))?.message).toContain('not valid JSON');
    for (const bytes of [damaged, file.subarray(0, 20), Buffer.alloc(0)]) expect(loadError(bytes)?.message.split('\n')).toHaveLength(1);
  });

  it('refuses to write n-grams the look-ups could not search (out of order, unknown context)', () => {
    const swapped = { ...tables, trigramW3: Uint32Array.from(tables.trigramW3) };
    const k = [...Array(swapped.trigramW3.length - 1).keys()].find(
      (i) => tables.trigramW1[i] === tables.trigramW1[i + 1] && tables.trigramW2[i] === tables.trigramW2[i + 1],
    ) as number;
    [swapped.trigramW3[k], swapped.trigramW3[k + 1]] = [swapped.trigramW3[k + 1] as number, swapped.trigramW3[k] as number];
    expect(() => serializeLm(swapped)).toThrow(/trigram \d+ is out of order/u);
    const orphan = { ...tables, trigramW2: Uint32Array.from(tables.trigramW2, (w) => (w + 1) % tables.header.vocabulary.length) };
    expect(() => serializeLm(orphan)).toThrow(/no bigram context|out of order/u);
  });

  it('makes loadRestorer fail with the model file named when the shipped file is damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-lm-'));
    copyFileSync(join(DEFAULT_DICTIONARY_DIR, 'syllables.txt'), join(dir, 'syllables.txt'));
    const damaged = readFileSync(join(DEFAULT_DICTIONARY_DIR, LM_FILE));
    damaged[damaged.length >> 1] = (damaged[damaged.length >> 1] as number) ^ 1;
    writeFileSync(join(dir, LM_FILE), damaged);
    clearRestorerCaches();
    await expect(loadRestorer({ dictionaryDir: dir })).rejects.toThrow(`${join(dir, LM_FILE)}: language model: body checksum mismatch (damaged file)`);
  });
});
