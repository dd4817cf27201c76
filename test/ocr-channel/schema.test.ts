import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { createOcrChannelScorer, loadOcrChannel, parseOcrChannel, type OcrChannel } from '../../src/schema/ocr-channel.js';

const folder = mkdtempSync(path.join(tmpdir(), 'ocr-channel-'));
const write = (name: string, content: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
};

const tiny: OcrChannel = {
  schemaName: 'vnplan.OcrChannel',
  version: 1,
  description: 'test',
  trainedOn: { pages: 1, tokenPairs: 1, charPairs: 1, tokenAccuracy: 0.5, font: 'f', sizesPt: [13], dpis: [300], engine: 'e', corpus: 'c', seed: 1, emRounds: 1 },
  defaultFloorLogProb: -9,
  unknownIdentityLogProb: -0.1,
  floors: [{ truth: 'ư', logProb: -8, seen: 10 }],
  entries: [
    { truth: 'ư', ocr: 'u', logProb: Math.log(0.6), count: 6 },
    { truth: 'ư', ocr: 'w', logProb: Math.log(0.3), count: 3 },
  ],
  upperEntries: [{ truth: 'Đ', ocr: 'P', logProb: Math.log(0.4), count: 4 }],
  upperFloors: [{ truth: 'Đ', logProb: -7, seen: 10 }],
};

describe('loadOcrChannel', () => {
  it('loads and validates the committed table from the repo dictionaries folder', () => {
    const channel = loadOcrChannel();
    expect(channel.schemaName).toBe('vnplan.OcrChannel');
    expect(channel.entries.length).toBeGreaterThan(50);
    for (const entry of channel.entries) expect(entry.truth).toBe(entry.truth.toLowerCase());
    expect(channel.trainedOn.tokenPairs).toBeGreaterThan(0);
  });

  it('names the file and the first problem when the table is invalid', () => {
    const bad = write('bad.json', JSON.stringify({ ...tiny, entries: [{ truth: 'ab', ocr: 'x', logProb: -1, count: 1 }] }));
    expect(() => loadOcrChannel(bad)).toThrow(InputFileError);
    expect(() => loadOcrChannel(bad)).toThrow(/bad\.json: not a valid OCR channel table at entries\.0\.truth: truth must be exactly one character/);
  });

  it('rejects emissions longer than three characters and positive log-probabilities', () => {
    expect(() => parseOcrChannel({ ...tiny, entries: [{ truth: 'a', ocr: 'abcd', logProb: -1, count: 1 }] }, 'x.json')).toThrow(/0–3/);
    expect(() => parseOcrChannel({ ...tiny, entries: [{ truth: 'a', ocr: 'a', logProb: 0.5, count: 1 }] }, 'x.json')).toThrow(/entries\.0\.logProb/);
  });

  it('reports broken JSON and missing files as input errors', () => {
    expect(() => loadOcrChannel(write('broken.json', '{ "schemaName": '))).toThrow(/broken\.json: OCR channel table not valid JSON/);
    expect(() => loadOcrChannel(path.join(folder, 'missing.json'))).toThrow(/missing\.json: OCR channel table cannot be read/);
  });
});

describe('createOcrChannelScorer', () => {
  const scorer = createOcrChannelScorer(parseOcrChannel(tiny, 'tiny'));

  it('uses listed readings, the per-character floor, and identity for characters never seen', () => {
    expect(scorer.emission('ư', 'w')).toBeCloseTo(Math.log(0.3));
    expect(scorer.emission('ư', 'x')).toBe(-8);
    expect(scorer.emission('q', 'q')).toBe(-0.1);
    expect(scorer.emission('q', 'x')).toBe(-9);
  });

  it('lower-cases the OCR piece for lower-case truth and keeps case for capitals in upperEntries', () => {
    expect(scorer.emission('ư', 'W')).toBeCloseTo(Math.log(0.3));
    expect(scorer.emission('Đ', 'P')).toBeCloseTo(Math.log(0.4));
    expect(scorer.emission('Đ', 'p')).toBe(-7);
    expect(scorer.emission('Ư', 'U')).toBeCloseTo(Math.log(0.6)); // not in upperEntries: falls back to lower case
  });

  it('scores a token by its best cut', () => {
    expect(scorer.score('ư', 'w')).toBeCloseTo(Math.log(0.3));
    expect(scorer.score('qư', 'qw')).toBeCloseTo(-0.1 + Math.log(0.3));
    expect(scorer.score('q', 'abcd')).toBe(-Infinity);
  });
});

describe('the committed table', () => {
  const scorer = createOcrChannelScorer(loadOcrChannel());
  const known = [
    ['thư', 'thw'],
    ['viện', 'vién'],
    ['đẩy', 'pay'],
    ['suốt', 'sudt'],
    ['của', 'cia'],
    ['là', '1a'],
    ['số', 's6'],
  ] as const;

  it.each(known)('explains %s → %s far better than chance', (truth, ocr) => {
    const score = scorer.score(truth, ocr);
    // Chance: any 0–3 character reading of each true character, about 1 in 2000 each.
    expect(score).toBeGreaterThan([...truth].length * Math.log(1 / 2000) + 10);
    expect(score).toBeGreaterThan(-6);
  });

  it('prefers the true syllable behind each garbled token over the other syllables', () => {
    for (const [truth, ocr] of known) {
      for (const [other] of known) {
        if (other === truth) continue;
        expect(scorer.score(truth, ocr), `${ocr}: ${truth} vs ${other}`).toBeGreaterThan(scorer.score(other, ocr) + 3);
      }
    }
  });

  it('keeps the word-initial Đ → P confusion in the case-preserving section', () => {
    expect(scorer.score('Đẩy', 'Pay')).toBeGreaterThan(scorer.score('Đẩy', 'pay'));
    expect(scorer.emission('đ', 'd')).toBeGreaterThan(scorer.emission('đ', 'p'));
  });
});
