import { buildKneserNey } from '../../scripts/lm/kneser-ney.js';
import type { LmTables } from '../../src/restore/lm.js';
import { lmSentencesOfCleanText } from '../../src/restore/lm-text.js';

/** A made-up text small enough to reason about, counted into a trigram model as scripts/build-lm.ts would. */
export const TINY_LM_TEXT = 'học tập suốt đời. học tập thường xuyên. thư viện tỉnh, thư viện huyện. học sinh đọc sách ở thư viện.';

export function tinyLmTables(sources: Record<string, string> = {}): LmTables {
  return buildKneserNey([{ sentences: lmSentencesOfCleanText(TINY_LM_TEXT), weight: 1, fragment: false }], {
    extraVocabulary: ['sở'],
    minTokenCount: 1,
    minTrigramCount: 1,
    unknownToken: '<unk>',
    header: { version: 'test', sources },
  });
}
