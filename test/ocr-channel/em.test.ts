import { describe, expect, it } from 'vitest';
import { channelModel, initialModel, segment, smoothCounts, trainChannel, type TokenPair } from '../../scripts/ocr-channel/em.js';

const pair = (truth: string, ocr: string, count = 1): TokenPair => ({ truth: [...truth], ocr: [...ocr], count });

describe('segment', () => {
  it('cuts the OCR token into one 0–3 character piece per true character', () => {
    expect(segment([...'thư'], [...'thw'], initialModel)?.emissions).toEqual(['t', 'h', 'w']);
    expect(segment([...'viện'], [...'vién'], initialModel)?.emissions).toEqual(['v', 'i', 'é', 'n']);
    expect(segment([...'ư'], [...'ur'], initialModel)?.emissions).toEqual(['ur']);
  });

  it('lets a character vanish', () => {
    expect(segment([...'hoạt'], [...'hot'], initialModel)?.emissions).toEqual(['h', 'o', '', 't']);
  });

  it('refuses tokens longer than three characters per true character', () => {
    expect(segment([...'a'], [...'abcd'], initialModel)).toBeNull();
  });
});

describe('smoothCounts', () => {
  it('keeps probability mass for unseen readings and never exceeds one', () => {
    const counts = new Map([['ư', new Map([['u', 6], ['w', 3], ['ur', 1]])]]);
    const channel = smoothCounts(counts, { unseenSpread: 100 });
    const row = channel.table.get('ư');
    const seenMass = [...(row?.values() ?? [])].reduce((sum, logProb) => sum + Math.exp(logProb), 0);
    const floor = channel.floor.get('ư') ?? 0;
    expect(seenMass).toBeLessThan(1);
    expect(seenMass + 100 * Math.exp(floor)).toBeCloseTo(1, 6);
    expect(row?.get('u')).toBeGreaterThan(row?.get('w') ?? 0);
    expect(floor).toBeLessThan(row?.get('ur') ?? 0);
  });

  it('drops readings seen fewer than minCount times', () => {
    const channel = smoothCounts(new Map([['a', new Map([['a', 10], ['d', 1]])]]), { minCount: 2 });
    expect(channel.table.get('a')?.has('d')).toBe(false);
  });
});

describe('trainChannel', () => {
  it('learns a systematic confusion that the starting model knows nothing about', () => {
    const pairs = [pair('thư', 'thw', 20), pair('như', 'nhw', 10), pair('tư', 'tir', 5), pair('thu', 'thu', 20), pair('cư', 'cu', 10)];
    const { channel, rounds } = trainChannel(pairs, { minCount: 1 });
    const model = channelModel(channel);
    expect(model('ư', 'w')).toBeGreaterThan(model('ư', 'x'));
    expect(model('ư', 'w')).toBeGreaterThan(initialModel('ư', 'w'));
    expect(model('ư', 'w')).toBeGreaterThan(model('ư', 'u')); // 30 of 45 in the data
    expect(model('ư', 'ir')).toBeGreaterThan(model('ư', 'x'));
    expect(rounds.at(-1)?.changedSegmentations).toBe(0);
  });
});
