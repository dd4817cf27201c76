import { describe, expect, it } from 'vitest';
import { isMinorityNameSyllable, isPolysyllabicNameWord, isValidSyllable } from '../../src/vietnamese/index.js';

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

describe('isPolysyllabicNameWord', () => {
  it('accepts Highland names of two or three syllables written as one word', () => {
    for (const word of ['Pleiku', 'Ana', 'Kuin', 'Ayun', 'Mađaguôi', 'Huoai', 'Đakrông']) {
      expect(isPolysyllabicNameWord(word), word).toBe(true);
    }
  });

  it('leaves one-syllable words to the other checks, and rejects lower case, garbles of one syllable and odd shapes', () => {
    // Krông, Kmar: minority-name syllables; Hà, Nội: Vietnamese; vién, Cia: one garbled syllable; kcal, Xyz: no vowel
    // split; pleiku: a name is written with a capital; Aaaaaaaaaaaaa: too long for a name word.
    for (const word of ['Krông', 'Kmar', 'Hà', 'Nội', 'Vién', 'Cia', 'Kcal', 'Xyz', 'pleiku', 'PLEIKU', 'Ple1ku', 'Aaaaaaaaaaaaa']) {
      expect(isPolysyllabicNameWord(word), word).toBe(false);
    }
  });
});
