// Which syllables make a word together, by the syllable language model the restorer ships (dictionaries/syllable-lm.bin).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SyllableLm } from '../../restore/lm.js';

export const SYLLABLE_LM_PATH = fileURLToPath(new URL('../../../dictionaries/syllable-lm.bin', import.meta.url));

// How much more the last two syllables must cling together than the first two, in nats, and how much at least.
const SPLIT_MARGIN = 1;
const WORD_ASSOCIATION = 3;

let loaded: SyllableLm | null | undefined;

/** The model, read once on first use (the restorer's copy when it has read it); null where the package has none (the readers then keep two syllables). */
function model(): SyllableLm | null {
  if (loaded === undefined) loaded = existsSync(SYLLABLE_LM_PATH) ? SyllableLm.shared(SYLLABLE_LM_PATH) : null;
  return loaded;
}

/** log P(b | a) − log P(b) of a bigram the model stores; −Infinity for one it does not (or a syllable it does not know). */
function association(lm: SyllableLm, a: string, b: string): number {
  if (!lm.has(a) || !lm.has(b)) return -Infinity;
  const first = lm.idOf(a);
  const second = lm.idOf(b);
  return lm.contextSlot(first, second) >= 0 ? lm.bigramLogProbOf(first, second) - lm.unigram(second) : -Infinity;
}

/**
 * Whether taking `first second` as a noun would cut a word in half: `second third` is a word (`06 chuỗi cung ứng`,
 * `24 chuyến tuần tra`, `05 vùng an toàn`) that clings together clearly more than `first second` do. Lower case, as
 * the model reads.
 */
export function cutsWordInHalf(first: string, second: string, third: string, lm: SyllableLm | null = model()): boolean {
  if (lm === null) return false;
  const [a, b, c] = [first, second, third].map((syllable) => syllable.toLocaleLowerCase('vi').normalize('NFC')) as [string, string, string];
  const tail = association(lm, b, c);
  return tail >= WORD_ASSOCIATION && tail > association(lm, a, b) + SPLIT_MARGIN;
}

/** Whether two syllables cling together as a word by the model (`phát điện`, `tài liệu`); false without a model. */
export function makesWord(first: string, second: string, lm: SyllableLm | null = model()): boolean {
  if (lm === null) return false;
  const [a, b] = [first, second].map((syllable) => syllable.toLocaleLowerCase('vi').normalize('NFC')) as [string, string];
  return association(lm, a, b) >= WORD_ASSOCIATION;
}
