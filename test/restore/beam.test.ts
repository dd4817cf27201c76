import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeamSearch, type BeamReading } from '../../src/restore/beam.js';
import { SyllableLm } from '../../src/restore/lm.js';
import { DEFAULT_DICTIONARY_DIR, LM_FILE } from '../../src/restore/index.js';
import { SENTENCE_END, SENTENCE_START } from '../../src/restore/lm-text.js';

const lm = SyllableLm.fromFile(readFileSync(join(DEFAULT_DICTIONARY_DIR, LM_FILE)));
const startId = lm.idOf(SENTENCE_START);
const endId = lm.idOf(SENTENCE_END);
// Frequent syllables, so that stored bigrams and trigrams (and their back-offs) all take part.
const COMMON = ['của', 'và', 'các', 'xã', 'huyện', 'tỉnh', 'kế', 'hoạch', 'thực', 'hiện', 'phát', 'triển', 'ủy', 'ban', 'nhân', 'dân', 'năm', 'số', 'người', 'trong'].map((w) => lm.idOf(w));

type Item = BeamReading[] | number;

function readingsAt(segment: readonly Item[], pos: number): BeamReading[] {
  const item = segment[pos] as Item;
  return typeof item === 'number' ? [{ lmId: item, channel: 0 }] : item;
}

/** A path's score under the trigram model plus the channel, summed as the beam sums it. */
function pathScore(segment: readonly Item[], path: readonly number[]): number {
  let w1 = -1;
  let w2 = startId;
  let score = 0;
  segment.forEach((_, pos) => {
    const reading = readingsAt(segment, pos)[path[pos] as number] as BeamReading;
    score = score + lm.logProb(w1, w2, reading.lmId) + reading.channel;
    w1 = w2;
    w2 = reading.lmId;
  });
  return score + lm.logProb(w1, w2, endId);
}

/** The best score of any path, by trying every one (the beam, wide enough, must reach it). */
function bestScore(segment: readonly Item[]): number {
  let best = -Infinity;
  const walk = (pos: number, path: number[]): void => {
    if (pos === segment.length) {
      best = Math.max(best, pathScore(segment, path));
      return;
    }
    readingsAt(segment, pos).forEach((_, k) => walk(pos + 1, [...path, k]));
  };
  walk(0, []);
  return best;
}

const reading = fc.record({ lmId: fc.constantFrom(...COMMON), channel: fc.double({ min: -8, max: 0, noNaN: true }) });
const item: fc.Arbitrary<Item> = fc.oneof(fc.array(reading, { minLength: 1, maxLength: 4 }), fc.constantFrom(...COMMON));
const segment = fc.array(item, { minLength: 1, maxLength: 5 });

describe('BeamSearch', () => {
  it('finds the best path of a trigram model when the beam holds every state, cached rows or not', () => {
    const wide = new BeamSearch(lm, startId, endId, { channelWeight: 1, beamSize: 64, beamThreshold: Infinity });
    fc.assert(
      fc.property(segment, (seg) => {
        const expected = bestScore(seg);
        // Twice: the second run reads the rows the first one cached. (Equal paths may tie: compare scores.)
        expect(pathScore(seg, [...wide.run(seg)])).toBe(expected);
        expect(pathScore(seg, [...wide.run(seg)])).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same choices whatever its caches hold', () => {
    const settings = { channelWeight: 1, beamSize: 3, beamThreshold: 6 };
    const warm = new BeamSearch(lm, startId, endId, settings);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        for (const seg of segments) {
          const cold = new BeamSearch(lm, startId, endId, settings);
          expect([...warm.run(seg)]).toEqual([...cold.run(seg)]);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same choices when its packing arena starts over between and within runs', () => {
    const settings = { channelWeight: 1, beamSize: 3, beamThreshold: 6 };
    // Room for one word's readings at a time: almost every list is packed again, under a new number.
    const cramped = new BeamSearch(lm, startId, endId, settings, 4);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        // Each segment twice, so lists packed before the arena started over are met again.
        for (const seg of [...segments, ...segments]) {
          const roomy = new BeamSearch(lm, startId, endId, settings);
          expect([...cramped.run(seg)]).toEqual([...roomy.run(seg)]);
        }
      }),
      { numRuns: 50 },
    );
  });
});
