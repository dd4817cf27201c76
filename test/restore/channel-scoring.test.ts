import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelModel, mixChannels, type ChannelEntry } from '../../src/restore/channel.js';
import { provisionalChannelEntries } from '../../src/restore/provisional-channel.js';
import { DEFAULT_DICTIONARY_DIR } from '../../src/restore/index.js';
import { parseOcrChannel } from '../../src/schema/ocr-channel.js';

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụýỳỷỹỵ'];
const OCR_SYMBOLS = [...'aeiouwyczxdlnmgth0134568&|¢€¥é®©°\'"-.,?!'];
// Characters no table lists (Latin-1 letters, CJK, an astral emoji) must fall back to the smoothing exactly.
const STRANGERS = ['ß', 'ø', '字', '😀', 'Ω'];

function learnedEntries(): { entries: ChannelEntry[]; floors: Map<string, number>; defaultFloor: number; unknownIdentity: number } {
  const path = join(DEFAULT_DICTIONARY_DIR, 'ocr-channel.json');
  const table = parseOcrChannel(JSON.parse(readFileSync(path, 'utf8')), path);
  return {
    entries: table.entries.map((e) => ({ truth: e.truth, ocr: e.ocr, logProb: e.logProb })),
    floors: new Map(table.floors.map((f) => [f.truth, f.logProb])),
    defaultFloor: table.defaultFloorLogProb,
    unknownIdentity: table.unknownIdentityLogProb,
  };
}

function pair(coded: boolean): ChannelModel {
  const learned = learnedEntries();
  const smoothing = { floors: learned.floors, defaultFloor: learned.defaultFloor, unknownIdentity: learned.unknownIdentity };
  const learnedModel = new ChannelModel(learned.entries, 'learned', smoothing, coded);
  const provisional = new ChannelModel(provisionalChannelEntries(), 'provisional', undefined, coded);
  const mixed = mixChannels(learnedModel, provisional, 0.9, 'mixed');
  // mixChannels builds a coded model; rebuild the reference from the same readings with coding off.
  if (coded) return mixed;
  const entries: ChannelEntry[] = [];
  for (const [truth, readings] of mixed.readings) for (const r of readings) entries.push({ truth, ocr: r.ocr, logProb: r.logProb });
  const floors = new Map<string, number>();
  for (const truth of mixed.readings.keys()) floors.set(truth, mixed.emission(truth, '\u0000'));
  return new ChannelModel(entries, 'mixed-reference', { floors, defaultFloor: -9, unknownIdentity: -0.1 }, false);
}

describe('ChannelModel.score over integer codes', () => {
  const coded = pair(true);
  const reference = pair(false);
  const truthText = fc.array(fc.constantFrom(...LETTERS, ...STRANGERS), { minLength: 0, maxLength: 8 }).map((cs) => cs.join(''));
  const ocrText = fc.array(fc.constantFrom(...OCR_SYMBOLS, ...LETTERS, ...STRANGERS), { minLength: 0, maxLength: 12 }).map((cs) => cs.join(''));
  const floor = fc.constantFrom(Number.NEGATIVE_INFINITY, -12, -6, -3);

  it('gives exactly the string alignment’s score, with and without a floor', () => {
    fc.assert(
      fc.property(truthText, ocrText, floor, (truth, ocr, f) => {
        expect(Object.is(coded.score(truth, ocr, f), reference.score(truth, ocr, f))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives it when many syllables are scored against one OCR string in a row, then another', () => {
    fc.assert(
      fc.property(fc.array(ocrText, { minLength: 1, maxLength: 3 }), fc.array(truthText, { minLength: 1, maxLength: 12 }), floor, (ocrs, truths, f) => {
        for (const ocr of ocrs) {
          for (const truth of truths) expect(Object.is(coded.score(truth, ocr, f), reference.score(truth, ocr, f))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives it for real OCR forms of real syllables', () => {
    const cases: Array<[string, string]> = [
      ['thư', 'thw'], ['viện', 'vién'], ['đẩy', 'pay'], ['của', 'cia'], ['là', '1&'], ['số', 's6'], ['xã', 'x4'],
      ['lớp', '16p'], ['trước', 'truce'], ['nghiêng', 'nghiéng'], ['ủy', 'gy'], ['', ''], ['a', ''], ['', 'a'],
    ];
    for (const [truth, ocr] of cases) expect(Object.is(coded.score(truth, ocr), reference.score(truth, ocr))).toBe(true);
    expect(coded.score('thư', 'thw')).toBeGreaterThan(coded.score('thư', 'xyz'));
  });
});
