import { describe, expect, it } from 'vitest';
import { jointKeepGap, type TrigramModel } from '../../src/restore/joint-margin.js';

// A toy model: ids 0 <s>, 1 </s>, 2 printed word, 3 its changed reading, 4 the neighbour's misreading, 5 its right reading.
const START = 0;
const END = 1;
const PRINTED = 2;
const CHANGED = 3;
const MISREAD = 4;
const RIGHT = 5;

/** The pair CHANGED MISREAD −1 (a strong phrase), PRINTED RIGHT −2; every other word −6. */
function toyModel(pairs: ReadonlyMap<string, number>): TrigramModel {
  return {
    logProb: (_w1, w2, w3) => pairs.get(`${w2} ${w3}`) ?? -6,
  };
}

const PAIRS = new Map([
  [`${CHANGED} ${MISREAD}`, -1],
  [`${PRINTED} ${RIGHT}`, -2],
]);
const context = { startId: START, endId: END, channelWeight: 1 };

describe('jointKeepGap', () => {
  it('lets a changed neighbour take the reading that suits the kept word', () => {
    const lm = toyModel(PAIRS);
    const ids = Int32Array.from([CHANGED, MISREAD]);
    const neighbour = { position: 1, readings: [{ lmId: MISREAD, channel: -1 }, { lmId: RIGHT, channel: -1.5 }], chosen: 0 };
    const gap = jointKeepGap(ids, 0, { lmId: CHANGED, channel: -1 }, { lmId: PRINTED, channel: 0 }, [neighbour], { lm, ...context });
    // Chosen: −6 −1 −6 (trigrams) −1 −1 (channels) = −15; kept with RIGHT: −6 −2 −6 + 0 −1.5 = −15.5.
    expect(gap.gap).toBeCloseTo(0.5);
    expect(gap.picks.get(1)).toBe(1);
    // The chosen path is left as it was.
    expect([...ids]).toEqual([CHANGED, MISREAD]);
  });

  it('equals the plain gap when the neighbour has no better reading for the kept word', () => {
    const lm = toyModel(new Map([[`${CHANGED} ${MISREAD}`, -1]]));
    const ids = Int32Array.from([CHANGED, MISREAD]);
    const neighbour = { position: 1, readings: [{ lmId: MISREAD, channel: -1 }], chosen: 0 };
    const gap = jointKeepGap(ids, 0, { lmId: CHANGED, channel: -1 }, { lmId: PRINTED, channel: 0 }, [neighbour], { lm, ...context });
    expect(gap.gap).toBeCloseTo(-6 - 1 - 6 - 2 - (-6 - 6 - 6 - 1));
    expect(gap.picks.get(1)).toBe(0);
  });
});

describe('the joint keep margin in the restorer (made-up lines)', () => {
  // The margin is off by default since the model was rebuilt with the K–N corpus files (on: 11 tokens worse, 1
  // better on the tuning plans); jointKeepGap's own tests above keep the mechanism checked for when it is switched on.
  it('reads a printed word and its garbled neighbour as the phrase they print, with the margin on or off', async () => {
    const { loadRestorer } = await import('../../src/restore/index.js');
    const restorer = await loadRestorer();
    const withMargin = await loadRestorer({ decoder: { jointKeepMargin: 0.1 } });
    for (const r of [restorer, withMargin]) expect(r.restore('phai tu bd dung quy trinh').text).toBe('phải tu bổ đúng quy trình');
    // Controls: where từ is the word, it is still restored.
    expect(restorer.restore('phai tu bo thoi quen xau').text).toBe('phải từ bỏ thói quen xấu');
    expect(restorer.restore('thuc hien tu nam 2024 den nam 2025').text).toBe('thực hiện từ năm 2024 đến năm 2025');
  });
});
