import { describe, expect, it } from 'vitest';
import { apostropheNamesOf, repairedApostropheName } from '../../src/restore/apostrophe-names.js';

describe('apostrophe names repaired against the genre phrases', () => {
  const names = apostropheNamesOf(['người M\'Nông', 'huyện Cư M\'gar', 'huyện Ea H\'leo', 'tiếng H\'Mông', 'xã H\'Mong', 'vùng K\'Ho']);

  it('restores marks the OCR dropped or swapped when one phrase name has the same letters', () => {
    expect(repairedApostropheName("M'Nong", names)).toBe("M'Nông");
    expect(repairedApostropheName("M'Néng", names)).toBe("M'Nông");
    expect(repairedApostropheName('M’Nong', names)).toBe("M'Nông");
  });

  it('keeps a name printed right, in another case, unknown, or matching two phrase names', () => {
    expect(repairedApostropheName("M'Nông", names)).toBeNull();
    expect(repairedApostropheName("M'Gar", names)).toBeNull();
    expect(repairedApostropheName("H'Djuk", names)).toBeNull();
    // H'Mông and H'Mong are both phrase names: the letters H'Mong do not say which.
    expect(repairedApostropheName("H'Mông", names)).toBeNull();
    expect(repairedApostropheName("H'Móng", names)).toBeNull();
    // Not an apostrophe name (a mark printed as an apostrophe after a word: co’ quan).
    expect(repairedApostropheName('co’', names)).toBeNull();
  });
});

describe('apostrophe names whose vowels the OCR misread', () => {
  it('matches the consonants when no name has the same bare letters, and only one name has those consonants', () => {
    const names = apostropheNamesOf(["người M'Nông", "huyện Ea H'leo", "xã H'Lai", "xã H'Linh"]);
    expect(repairedApostropheName("M'Néng", names)).toBe("M'Nông");
    // H'lao: H'leo and H'Lai share its consonants, so neither is chosen.
    expect(repairedApostropheName("H'lao", names)).toBeNull();
    // K'Nang: no name has its consonants.
    expect(repairedApostropheName("K'Nang", names)).toBeNull();
  });
});

describe('apostrophe names whose vowel the OCR printed as consonant letters', () => {
  const names = apostropheNamesOf(["đồng bào H'Mông", "người M'Nông", "huyện Ea H'leo", "huyện Cư M'gar"]);

  it('takes the one name a letter or two off that opens and ends as the print does', () => {
    expect(repairedApostropheName("H'Mbng", names)).toBe("H'Mông");
    expect(repairedApostropheName("H'Mbdng", names)).toBe("H'Mông");
  });

  it('leaves a print that opens or ends otherwise, is too short or too far, or is near two names', () => {
    expect(repairedApostropheName("H'Djuk", names)).toBeNull();
    expect(repairedApostropheName("H'Mbnh", names)).toBeNull();
    expect(repairedApostropheName("H'Mbdxyg", names)).toBeNull();
    expect(repairedApostropheName("K'bn", names)).toBeNull();
    const twoNames = apostropheNamesOf(["đồng bào H'Mông", "xã H'Mang"]);
    expect(repairedApostropheName("H'Mbng", twoNames)).toBeNull();
  });
});
