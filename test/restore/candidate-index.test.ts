import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCandidateFormIndex,
  CANDIDATE_INDEX_FILE,
  CANDIDATE_INDEX_FORMAT,
  CandidateIndexFormatError,
  readCandidateIndex,
  serializeCandidateIndex,
  type CandidateFormIndex,
} from '../../src/restore/candidate-index.js';
import { CandidateGenerator, DEFAULT_CANDIDATE_OPTIONS, otherSpellingsOf } from '../../src/restore/candidates.js';
import { ChannelModel } from '../../src/restore/channel.js';
import { clearRestorerCaches, DEFAULT_DICTIONARY_DIR, LM_FILE, loadChannel, loadInventory, loadRestorer } from '../../src/restore/index.js';
import { SyllableLm } from '../../src/restore/lm.js';

const channel = new ChannelModel(
  [
    { truth: 'ư', ocr: 'w', logProb: -0.5 },
    { truth: 'ư', ocr: 'ư', logProb: -1.2 },
    { truth: 'ê', ocr: 'é', logProb: -0.7 },
    { truth: 'ệ', ocr: 'é', logProb: -0.9 },
    { truth: 'ệ', ocr: 'ê', logProb: -1.1 },
    { truth: 'h', ocr: 'h', logProb: -0.01 },
    { truth: 't', ocr: 't', logProb: -0.01 },
    { truth: 'v', ocr: 'v', logProb: -0.01 },
    { truth: 'i', ocr: 'i', logProb: -0.05 },
    { truth: 'i', ocr: 'l', logProb: -3 },
    { truth: 'n', ocr: 'n', logProb: -0.02 },
    { truth: 'n', ocr: 'ri', logProb: -4 },
    { truth: 'ó', ocr: '6', logProb: -2 },
    { truth: 'ó', ocr: 'ó', logProb: -0.3 },
    { truth: 'a', ocr: 'a', logProb: -0.1 },
    { truth: 'á', ocr: 'a', logProb: -2.5 },
  ],
  'test',
);
const inventory = ['thư', 'viện', 'hóa', 'thủy', 'tin', 'vin', 'hòa'];

function arraysOf(index: CandidateFormIndex): unknown {
  return {
    fingerprint: index.fingerprint,
    otherSpellings: index.otherSpellings,
    formUnits: index.formUnits,
    keyHigh: [...index.keyHigh],
    keyLow: [...index.keyLow],
    longForms: [...index.longForms],
    formStart: [...index.formStart],
    entrySpelling: [...index.entrySpelling],
    entryChannel: [...index.entryChannel],
  };
}

describe('candidate form index', () => {
  const options = { ...DEFAULT_CANDIDATE_OPTIONS, formsPerSyllable: 6 };
  const built = buildCandidateFormIndex(inventory, otherSpellingsOf(inventory), channel, options.formsPerSyllable, options.minFormLogProb);

  it('survives a file round trip unchanged', () => {
    expect(arraysOf(readCandidateIndex(serializeCandidateIndex(built)))).toEqual(arraysOf(built));
  });

  it('offers the same candidates read from a file as enumerated, and uses the file only when it fits', () => {
    const fresh = new CandidateGenerator(inventory, channel, options);
    const fromFile = readCandidateIndex(serializeCandidateIndex(built));
    const prebuilt = new CandidateGenerator(inventory, channel, options, () => 0, fromFile);
    expect(prebuilt.candidateFormIndex).toBe(fromFile);
    for (const token of ['thw', 'viên', 'vién', 'h6a', 'hoá', 'tln', 'thuỷ', 'xyz']) expect(prebuilt.candidatesFor(token), token).toEqual(fresh.candidatesFor(token));
    // Another inventory, other limits or another channel: the file is not used.
    expect(new CandidateGenerator([...inventory, 'tín'], channel, options, () => 0, fromFile).candidateFormIndex).not.toBe(fromFile);
    expect(new CandidateGenerator(inventory, channel, { ...options, formsPerSyllable: 7 }, () => 0, fromFile).candidateFormIndex).not.toBe(fromFile);
    const otherChannel = new ChannelModel([{ truth: 'ư', ocr: 'w', logProb: -0.4 }], 'other');
    expect(new CandidateGenerator(inventory, otherChannel, options, () => 0, fromFile).candidateFormIndex).not.toBe(fromFile);
  });

  it('finds forms longer than a numeric key holds', () => {
    const long = ['nghiêng', 'khuya'];
    const generator = new CandidateGenerator(long, new ChannelModel([{ truth: 'n', ocr: 'ri', logProb: -0.2 }], 't'), options);
    expect(generator.candidatesFor('righiêrig').map((c) => c.syllable)).toEqual(['nghiêng']);
    expect(generator.candidateFormIndex.longForms.size).toBeGreaterThan(0);
  });

  it('refuses a damaged or other-version file with a one-line reason', () => {
    const file = serializeCandidateIndex(built);
    const damaged = Buffer.from(file);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 0x10;
    expect(() => readCandidateIndex(damaged)).toThrow(CandidateIndexFormatError);
    expect(() => readCandidateIndex(damaged)).toThrow('checksum');
    const otherVersion = Buffer.from(file.toString('latin1').replace(CANDIDATE_INDEX_FORMAT, 'vnplan-candidate-index/0'), 'latin1');
    expect(() => readCandidateIndex(otherVersion)).toThrow(`format vnplan-candidate-index/0; this version reads ${CANDIDATE_INDEX_FORMAT}`);
    expect(() => readCandidateIndex(file.subarray(0, file.length - 8))).toThrow('truncated');
  });

  it('makes loadRestorer fail naming the index file when it is damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-index-'));
    for (const name of [LM_FILE, 'syllables.txt']) copyFileSync(join(DEFAULT_DICTIONARY_DIR, name), join(dir, name));
    writeFileSync(join(dir, CANDIDATE_INDEX_FILE), Buffer.from('VNCI\u0004\u0000\u0000\u0000{}  ', 'latin1'));
    clearRestorerCaches();
    await expect(loadRestorer({ dictionaryDir: dir })).rejects.toThrow(`${join(dir, CANDIDATE_INDEX_FILE)}: candidate index: invalid header`);
  });
});

describe('the committed candidate index', () => {
  it('is the one the shipped dictionaries give (else: npx tsx scripts/build-candidate-index.ts)', () => {
    const lm = SyllableLm.fromFile(readFileSync(join(DEFAULT_DICTIONARY_DIR, LM_FILE)));
    const shippedInventory = loadInventory(DEFAULT_DICTIONARY_DIR, lm);
    const committed = readCandidateIndex(readFileSync(join(DEFAULT_DICTIONARY_DIR, CANDIDATE_INDEX_FILE)));
    const generator = new CandidateGenerator(shippedInventory, loadChannel(DEFAULT_DICTIONARY_DIR, {}), DEFAULT_CANDIDATE_OPTIONS, () => 0, committed);
    expect(generator.candidateFormIndex, 'the committed index is stale: run npx tsx scripts/build-candidate-index.ts').toBe(committed);
    // What its fingerprint cannot see (the tone placement code): the file must equal an enumeration now.
    const enumerated = buildCandidateFormIndex(
      shippedInventory,
      otherSpellingsOf(shippedInventory),
      loadChannel(DEFAULT_DICTIONARY_DIR, {}),
      DEFAULT_CANDIDATE_OPTIONS.formsPerSyllable,
      DEFAULT_CANDIDATE_OPTIONS.minFormLogProb,
    );
    expect(arraysOf(committed), 'the committed index is stale: run npx tsx scripts/build-candidate-index.ts').toEqual(arraysOf(enumerated));
  }, 60_000);
});
