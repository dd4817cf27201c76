import { describe, expect, it } from 'vitest';
import { buildKneserNey, type CountedText } from '../../scripts/lm/kneser-ney.js';
import { SyllableLm } from '../../src/restore/lm.js';
import { lmSentencesOfCleanText } from '../../src/restore/lm-text.js';

const main: CountedText = {
  sentences: lmSentencesOfCleanText('học tập suốt đời. tu sửa nhà văn hóa. thư viện tỉnh. bổ sung sách cho thư viện. nhà văn hóa thôn.'),
  weight: 2,
  fragment: false,
};
// A general text: `tu bổ` and many new left neighbours of `nhà`, and a word the main text never has (đê).
const general = lmSentencesOfCleanText('tu bổ đê. tu bổ nhà. sửa nhà. xây nhà. dựng nhà. bán nhà. mua nhà. ở nhà.');

function model(texts: CountedText[]): SyllableLm {
  const tables = buildKneserNey(texts, {
    extraVocabulary: [],
    minTokenCount: 1,
    minTrigramCount: 1,
    unknownToken: '<unk>',
    header: { version: 'test', sources: {} },
  });
  return SyllableLm.fromTables(tables);
}

const withGeneral = (continuationWeight: number): SyllableLm =>
  model([main, { sentences: general, weight: 1, fragment: true, knownVocabularyOnly: true, continuationWeight }]);

describe('a general-language text in the Kneser–Ney build', () => {
  it('adds no word to the vocabulary and keeps every distribution proper', () => {
    const lm = withGeneral(0.1);
    expect(lm.has('đê')).toBe(false);
    for (const [w1, w2] of [['tu', 'bổ'], ['', 'nhà'], ['<s>', 'tu']] as const) {
      let sum = 0;
      for (let id = 0; id < lm.vocabulary.length; id += 1) sum += Math.exp(lm.logProb(w1 ? lm.idOf(w1) : -1, lm.idOf(w2), id));
      expect(sum, `${w1} ${w2}`).toBeCloseTo(1, 2);
    }
  });

  it('teaches its word pairs (tu bổ)', () => {
    const bare = model([main]);
    const lm = withGeneral(0.1);
    const pBo = (m: SyllableLm): number => m.logProb(-1, m.idOf('tu'), m.idOf('bổ'));
    expect(pBo(lm)).toBeGreaterThan(pBo(bare));
  });

  it('reshapes the lower orders less at a lower continuation weight', () => {
    const bare = model([main]);
    const unigram = (m: SyllableLm, word: string): number => m.logProb(-1, -1, m.idOf(word));
    const shift = (m: SyllableLm): number => Math.abs(unigram(m, 'nhà') - unigram(bare, 'nhà'));
    expect(shift(withGeneral(0.1))).toBeLessThan(shift(withGeneral(1)));
  });
});
