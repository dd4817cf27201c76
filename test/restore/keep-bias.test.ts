import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEEP_BIAS, isForeignLookingName, keepBiases, minChangeMargin, withKeepBonus, type BiasSlot, type BigramLookup } from '../../src/restore/keep-bias.js';
import { loadRestorer, type Restorer } from '../../src/restore/index.js';

const noPhrases: BigramLookup = { contextSlot: () => -1, bigramLogProbOf: () => -10, unigram: () => -10 };

function slot(text: string, start: number, line = 1): BiasSlot {
  return { line, piece: { text, start }, readings: [{ channel: -1, lmId: 1 }, { channel: -2, lmId: 2 }], keepIndex: 0 };
}

describe('keep-bias for names', () => {
  it('biases a valid Title-Case syllable inside a sentence, more when it continues a name', () => {
    const line = 'tại xã Long Phong';
    const items = [slot('tại', 0), slot('xã', 4), slot('Long', 7), slot('Phong', 12)];
    const bias = keepBiases(items, [line], noPhrases, { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0, placeNameKeepBonus: 0 });
    expect([...bias]).toEqual([0, 0, 2, 7]);
  });

  it("adds the place-name bonus to a name's first word after a lower-case unit, and sets the unit-name bigram aside", () => {
    const settings = { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0, placeNameKeepBonus: 1 };
    const items = [slot('tại', 0), slot('phường', 4), slot('Linh', 11)];
    expect([...keepBiases(items, ['tại phường Linh'], noPhrases, settings)]).toEqual([0, 0, 3]);
    // The unit reads 2 and the other reading of Linh 2: a stored bigram of the two is no phrase against the name.
    const unitPhrase: BigramLookup = { contextSlot: (a, b) => (a === 1 && b === 2 ? 0 : -1), bigramLogProbOf: () => -1, unigram: () => -8 };
    expect([...keepBiases(items, ['tại phường Linh'], unitPhrase, settings)]).toEqual([0, 0, 3]);
    // After a word that is no unit the same bigram stands against the name.
    const other = [slot('tại', 0), slot('vùng', 4), slot('Linh', 9)];
    expect([...keepBiases(other, ['tại vùng Linh'], unitPhrase, settings)]).toEqual([0, 0, 0]);
  });

  it('does not bias the first word of a sentence, of a list item or after an opening quote', () => {
    const lines = ['Phong trào', 'a) Long an', '“Hanh trình'];
    const items: Array<BiasSlot | 'boundary'> = ['boundary', slot('Phong', 0, 1), slot('trào', 6, 1), slot('Long', 3, 2), slot('an', 8, 2), slot('Hanh', 1, 3)];
    expect([...keepBiases(items, lines, noPhrases, { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0 })].every((b) => b === 0)).toBe(true);
  });

  it('does not bias a word the language model knows in a phrase with its neighbour', () => {
    const phrase: BigramLookup = { contextSlot: (a, b) => (a === 2 && b === 2 ? 0 : -1), bigramLogProbOf: () => -1, unigram: () => -8 };
    const items = [slot('tại', 0), slot('Long', 4)];
    expect([...keepBiases(items, ['tại Long'], phrase)]).toEqual([0, 0]);
  });

  it("looks for the phrase among the neighbour's readings the channel explains best, not only its first ones", () => {
    // The neighbour's seventh reading (id 17, the channel's best) forms a phrase with the word's other reading (id 2).
    const phrase: BigramLookup = { contextSlot: (a, b) => (a === 2 && b === 17 ? 0 : -1), bigramLogProbOf: () => -1, unigram: () => -8 };
    const neighbour: BiasSlot = {
      line: 1,
      piece: { text: 'doc', start: 6 },
      readings: [10, 11, 12, 13, 14, 15, 17].map((lmId) => ({ lmId, channel: lmId === 17 ? -0.1 : -1 })),
      keepIndex: -1,
    };
    const items = [slot('tại', 0), slot('Giam', 4), neighbour];
    expect([...keepBiases(items, ['tại Giam doc'], phrase, { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0 })]).toEqual([0, 0, 0]);
    const farPhrase: BigramLookup = { ...phrase, contextSlot: (a, b) => (a === 2 && b === 16 ? 0 : -1) };
    const unlikely = { ...neighbour, readings: [10, 11, 12, 13, 14, 15, 16].map((lmId) => ({ lmId, channel: lmId === 16 ? -5 : -1 })) };
    expect([...keepBiases([slot('tại', 0), slot('Giam', 4), unlikely], ['tại Giam doc'], farPhrase, { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0 })]).toEqual([0, 2, 0]);
  });

  it('sets a rare chance pair aside as evidence against a name run, and not a frequent phrase', () => {
    // Reading 2 of `Se` pairs with the word before (reading 1 of `Ba`): as strongly associated either way (bigram −4
    // against the unigram −8), but the pair as a whole is rare (unigram of the first −10) or frequent (−5).
    const pair = (firstUnigram: number): BigramLookup => ({
      contextSlot: (a, b) => (a === 1 && b === 2 ? 0 : -1),
      bigramLogProbOf: () => -4,
      unigram: (w) => (w === 1 ? firstUnigram : -8),
    });
    const items = [slot('ấp', 0), slot('Ba', 3), slot('Se', 6)];
    const settings = { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0, placeNameKeepBonus: 0 };
    expect(keepBiases(items, ['ấp Ba Se'], pair(-10), settings)[2]).toBe(7);
    expect(keepBiases(items, ['ấp Ba Se'], pair(-5), settings)[2]).toBe(0);
  });

  it('keeps the name bias of a capitalised word after ông or bà even where it forms a phrase with the honorific', () => {
    // Reading 2 of `Chau` (cháu) forms a phrase with the honorific's reading (id 30, ông).
    const phrase: BigramLookup = { contextSlot: (a, b) => (a === 30 && b === 2 ? 0 : -1), bigramLogProbOf: () => -1, unigram: () => -8 };
    const honorific: BiasSlot = { line: 1, piece: { text: 'ông', start: 0 }, readings: [{ channel: 0, lmId: 30, output: 'ông' } as BiasSlot['readings'][number]], keepIndex: 0 };
    const items = [honorific, slot('Chau', 4), slot('Sen', 9)];
    const bias = keepBiases(items, ['ông Chau Sen'], phrase, { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 });
    expect(bias[1]).toBe(7);
  });

  it('biases the second word of a place name after an administrative unit in an all-caps header', () => {
    const items = [slot('XA', 0), slot('LONG', 3), slot('PHONG', 8)];
    const bias = keepBiases(items, ['XA LONG PHONG'], noPhrases, { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 });
    expect([...bias]).toEqual([0, 0, 7]);
    const heading = [slot('TO', 0), slot('CHUC', 3), slot('THUC', 8)];
    expect([...keepBiases(heading, ['TO CHUC THUC'], noPhrases)]).toEqual([0, 0, 0]);
  });

  it('treats a Title-Case word after `Name, ` as the next name of a list', () => {
    const line = 'các dân tộc Tay, Dao';
    const items: Array<BiasSlot | number> = [slot('các', 0), slot('dân', 4), slot('tộc', 8), slot('Tay', 12), 7, slot('Dao', 17)];
    const bias = keepBiases(items, [line], noPhrases, { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 });
    expect([...bias]).toEqual([0, 0, 0, 2, 0, 7]);
  });

  it('treats a list of names that runs on over a line end as one list', () => {
    const lines = ['đồng bào Tay,', 'Dao sống gần rừng'];
    const items: Array<BiasSlot | number> = [slot('đồng', 0, 1), slot('bào', 5, 1), slot('Tay', 9, 1), 7, slot('Dao', 0, 2), slot('sống', 4, 2)];
    const bias = keepBiases(items, lines, noPhrases, { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 });
    expect([...bias]).toEqual([0, 0, 2, 0, 7, 0]);
  });

  it('biases a capital that opens a line inside a running sentence, not one after a full stop', () => {
    const settings = { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 };
    const running = [slot('gần', 0, 1), slot('sông', 4, 1), slot('Gam', 0, 2), slot('chảy', 4, 2)];
    expect([...keepBiases(running, ['gần sông', 'Gam chảy'], noPhrases, settings)]).toEqual([0, 0, 2, 0]);
    const ended: Array<BiasSlot | 'boundary'> = [slot('gần', 0, 1), slot('sông', 4, 1), 'boundary', slot('Gam', 0, 2), slot('chảy', 4, 2)];
    expect([...keepBiases(ended, ['gần sông.', 'Gam chảy'], noPhrases, settings)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("biases a signer's name on a line of its own and a name after ông or bà", () => {
    const settings = { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0 };
    const signer: Array<BiasSlot | 'boundary'> = ['boundary', slot('Phan', 0, 1), slot('Van', 5, 1), slot('Linh', 9, 1)];
    expect([...keepBiases(signer, ['Phan Van Linh'], noPhrases, settings)]).toEqual([0, 2, 7, 7]);
    const heading: Array<BiasSlot | 'boundary'> = ['boundary', slot('Phan', 0, 1), slot('công', 5, 1)];
    expect([...keepBiases(heading, ['Phan công'], noPhrases, settings)]).toEqual([0, 0, 0]);
    const honorific = (word: string): BiasSlot => ({ line: 1, piece: { text: '6ng', start: 0 }, readings: [{ channel: -1, lmId: 3, output: word }], keepIndex: -1 });
    expect([...keepBiases([honorific('ông'), slot('Chau', 4)], ['6ng Chau'], noPhrases, settings)]).toEqual([0, 7]);
    expect([...keepBiases([honorific('ống'), slot('Chau', 4)], ['6ng Chau'], noPhrases, settings)]).toEqual([0, 2]);
  });

  it('gives a capitalised plain-letter word that no syllable spells (a foreign or ethnic name) a large bonus', () => {
    const items = [slot('người', 0), slot('Bahnar', 6), slot('và', 13), slot('Miia', 16), slot('Twong', 21), slot('Gy', 27)];
    const bias = keepBiases(items, ['người Bahnar và Miia Twong Gy'], noPhrases, { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0, foreignNameKeepBonus: 10 });
    // Twong carries the OCR's w for ư, Miia its ii for a marked u; Gy is too short to be told from a garbled syllable.
    expect([...bias]).toEqual([0, 10, 0, 0, 0, 0]);
  });

  it('does not bias invalid syllables, all-caps words or a token kept by a rule', () => {
    const items = [slot('tại', 0), slot('Twong', 4), slot('LONG', 10), { ...slot('Hanh', 15), keepIndex: -1 }];
    expect([...keepBiases(items, ['tại Twong LONG Hanh'], noPhrases, { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0 })]).toEqual([0, 0, 0, 0]);
  });

  it('gives a valid lower-case word a small bonus unless another reading forms a known phrase', () => {
    const settings = { ...DEFAULT_KEEP_BIAS, plainKeepBonus: 0.7 };
    const items = [slot('về', 0), slot('thanh', 3)];
    expect([...keepBiases(items, ['về thanh'], noPhrases, settings)]).toEqual([0.7, 0.7]);
    const phrase: BigramLookup = { contextSlot: (a, b) => (a === 2 && b === 2 ? 0 : -1), bigramLogProbOf: () => -1, unigram: () => -8 };
    expect([...keepBiases(items, ['về thanh'], phrase, settings)]).toEqual([0, 0]);
  });

  it('adds the bonus to the kept reading only and returns the same array for the same input', () => {
    const readings = [{ channel: -3, lmId: 1 }, { channel: -1, lmId: 2 }];
    const biased = withKeepBonus(readings, 0, 4);
    expect(biased.map((r) => r.channel)).toEqual([1, -1]);
    expect(readings[0]?.channel).toBe(-3);
    expect(withKeepBonus(readings, 0, 4)).toBe(biased);
  });
});

describe('keep-bias for names with a foreign-looking word', () => {
  const settings = { ...DEFAULT_KEEP_BIAS, titleCaseKeepBonus: 2, nameRunKeepBonus: 5, plainKeepBonus: 0, foreignRunKeepBonus: 7 };
  /** A word the channel explains as no syllable (every other reading below -8): a word of another language. */
  function foreign(text: string, start: number, line = 1): BiasSlot {
    return { line, piece: { text, start }, readings: [{ channel: -9, lmId: 5 }, { channel: -7, lmId: 6 }], keepIndex: 1 };
  }
  function unit(text: string, start: number): BiasSlot {
    return { line: 1, piece: { text, start }, readings: [{ channel: 0, lmId: 30, output: text }], keepIndex: 0 };
  }
  /** The other reading (id 2) of a word forms a known name with any neighbour: without the foreign word no keep-bias. */
  const otherReadingPairs = { has: (w1: number, w2: number) => w1 === 2 || w2 === 2 };
  const names = { pairs: [otherReadingPairs], cleanLines: new Set<number>() };

  it('keeps a valid word beside a foreign-looking one after a place unit, whatever name the lists know', () => {
    const line = 'tại buôn Sa Dlung';
    const items = [slot('tại', 0), unit('buôn', 4), slot('Sa', 9), foreign('Dlung', 12)];
    expect(keepBiases(items, [line], noPhrases, settings, names)[2]).toBe(7);
    // The same word beside a Vietnamese syllable: the known name pair decides (no bias).
    const plain = [slot('tại', 0), unit('buôn', 4), slot('Sa', 9), unit('Lung', 12)];
    expect(keepBiases(plain, ['tại buôn Sa Lung'], noPhrases, settings, names)[2]).toBe(0);
  });

  it('keeps the words after a foreign-looking first name following ông or bà', () => {
    const line = 'ông Kpuih Ha Nam';
    const items = [unit('ông', 0), foreign('Kpuih', 4), slot('Ha', 10), slot('Nam', 13)];
    expect([...keepBiases(items, [line], noPhrases, settings, names)].slice(2)).toEqual([7, 7]);
  });

  it('gives no such bias when the run follows another word (a script, a product) or when the foreign word is a garble', () => {
    const script = [slot('chữ', 0), slot('Cham', 4), foreign('Akhar', 9)];
    expect(keepBiases(script, ['chữ Cham Akhar'], noPhrases, settings, names)[1]).toBe(0);
    // Pic: the channel reads it as Đức (-1): a garbled Vietnamese syllable, no foreign name.
    const garbled: BiasSlot = { line: 1, piece: { text: 'Pic', start: 14 }, readings: [{ channel: -1, lmId: 7 }, { channel: -7, lmId: 8 }], keepIndex: 1 };
    const items = [slot('tại', 0), unit('phường', 4), slot('Thu', 11), garbled];
    expect(keepBiases(items, ['tại phường Thu Pic'], noPhrases, settings, names)[2]).toBe(0);
  });

  it('takes a capital consonant and one plain vowel no syllable spells for a foreign name, never I (the OCR prints l so)', () => {
    expect(isForeignLookingName('Ya')).toBe(true);
    expect(isForeignLookingName('Yo')).toBe(true);
    expect(isForeignLookingName('Ia')).toBe(false);
    expect(isForeignLookingName('Ha')).toBe(false);
    expect(isForeignLookingName('Gy')).toBe(false);
    expect(isForeignLookingName('Ce')).toBe(false);
  });

  it('takes no word with a doubled i for a foreign name: the English OCR prints a marked u so (Phii, Kiim), no name it keeps', () => {
    expect(isForeignLookingName('Phii')).toBe(false);
    expect(isForeignLookingName('Kiim')).toBe(false);
    expect(isForeignLookingName('Ayun')).toBe(true);
    expect(isForeignLookingName('Bhin')).toBe(true);
  });
});

describe('change margins', () => {
  it('asks more of a change of base letters than of marks alone', () => {
    const settings = { ...DEFAULT_KEEP_BIAS, markChangeMargin: 0, letterChangeMargin: 2, tonelessChangeMargin: 0 };
    expect(minChangeMargin('Hanh', 'Hành', settings)).toBe(0);
    expect(minChangeMargin('Hanh', 'Hàng', settings)).toBe(2);
  });

  it('asks at least the toneless margin of a change of a word printed without any mark', () => {
    const settings = { ...DEFAULT_KEEP_BIAS, markChangeMargin: 0, letterChangeMargin: 2, tonelessChangeMargin: 0.9 };
    expect(minChangeMargin('gom', 'gồm', settings)).toBe(0.9);
    expect(minChangeMargin('Hanh', 'Hàng', settings)).toBe(2);
    expect(minChangeMargin('tién', 'tiến', settings)).toBe(0);
  });
});

describe('keep-bias in the restorer', () => {
  let restorer: Restorer;
  beforeAll(async () => {
    restorer = await loadRestorer();
  }, 60_000);

  it('keeps the second syllable of an unfamiliar name that OCR printed as a valid syllable', async () => {
    const input = 'cong dong dan toc Tay tai xa Loc Hanh';
    const restored = restorer.restore(input).text;
    expect(restored.startsWith('cộng đồng dân tộc')).toBe(true);
    expect(restored.endsWith(' Hanh')).toBe(true);
    // Without the bias the language model's unigram vote (hành) wins.
    const unbiased = await loadRestorer({ decoder: { titleCaseKeepBonus: 0, nameRunKeepBonus: 0 } });
    expect(unbiased.restore(input).text.endsWith(' Hành')).toBe(true);
  });

  it('keeps the other words of a name that holds a word no Vietnamese syllable spells', async () => {
    const input = 'Truong thon lam viec voi ong Touneh Ha Phu va ba Ka Nhung.';
    expect(restorer.restore(input).text).toContain('ông Touneh Ha Phu');
    const unbiased = await loadRestorer({ decoder: { foreignRunKeepBonus: 0 } });
    expect(unbiased.restore(input).text).not.toContain('ông Touneh Ha Phu');
  });
});
