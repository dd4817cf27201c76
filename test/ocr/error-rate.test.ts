import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance, wordErrorRate } from '../../src/ocr/error-rate.js';

describe('error rates', () => {
  it('counts edits', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([], [...'abc'])).toBe(3);
    expect(editDistance([...'abc'], [...'abc'])).toBe(0);
  });

  it('scores characters over NFC code points, ignoring layout whitespace', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch';
    expect(characterErrorRate('Kế hoạch', decomposed).rate).toBe(0);
    expect(characterErrorRate('Kế hoạch\nsố 1', 'Kế  hoạch số 1').rate).toBe(0);
    expect(characterErrorRate('Kế hoạch', 'Ke hoach')).toMatchObject({ errors: 2, length: 8 });
  });

  it('scores words', () => {
    expect(wordErrorRate('triển khai kế hoạch', 'trién khai kế hoạch')).toMatchObject({ errors: 1, length: 4, rate: 0.25 });
  });
});
