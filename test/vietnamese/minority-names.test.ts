import { describe, expect, it } from 'vitest';
import { isMinorityNameSyllable, isValidSyllable } from '../../src/vietnamese/index.js';

describe('isMinorityNameSyllable', () => {
  it('accepts syllables of Highland and North-West names spelled as their scripts write them', () => {
    for (const word of ['Krông', 'Ksor', 'Mlô', 'Niê', 'Kplăng', 'Jrai', 'Kbang', 'Chro', 'Glei', 'Pưh', 'Ea', 'Yang', 'Kar', 'Rcom']) {
      expect(isMinorityNameSyllable(word), word).toBe(true);
    }
  });

  it('rejects Vietnamese syllables: they are a kind of their own', () => {
    for (const word of ['Pắc', 'Rơ', 'Nậm', 'người', 'hoc', 'Nay']) {
      expect(isValidSyllable(word), word).toBe(true);
      expect(isMinorityNameSyllable(word), word).toBe(false);
    }
  });

  it('rejects garbled OCR words, abbreviations and shapes no name has', () => {
    // vién: a syllable whose marks the OCR misplaced; cia, thw: misreadings; kcal: a cluster no script writes.
    for (const word of ['vién', 'cia', 'thw', 'tyt', 'TTYT', 'BHYT', 'kcal', 'trirde', 'xyz', 'PGP', 'ngưởi', 'Ana', 'Kuin']) {
      expect(isMinorityNameSyllable(word), word).toBe(false);
    }
  });
});
