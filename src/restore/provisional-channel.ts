/**
 * A small hand-written OCR channel: what Tesseract's English model prints for Vietnamese letters. Used when
 * dictionaries/ocr-channel.json (learned from aligned OCR of typeset text) is missing. Probabilities are rough
 * and unnormalised on purpose; the learned table replaces them.
 */
import { composeSyllable, stripDiacritics } from '../vietnamese/index.js';
import type { ChannelEntry } from './channel.js';

const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const CONSONANTS = [...'bcdghklmnpqrstvx'];
const LATIN1 = new Set([...'àáâãäèéêëìíîïòóôõöùúûüýÿ']);
const TONES = [0, 1, 2, 3, 4, 5] as const;

/** Extra readings by vowel family (any tone), with rough probabilities. */
const FAMILY_READINGS: Readonly<Record<string, Array<[string, number]>>> = {
  a: [['&', 0.02], ['4', 0.02], ['d', 0.01], ['e', 0.01], ['o', 0.01]],
  ă: [['i', 0.12], ['ii', 0.03], ['a', 0.3], ['&', 0.02], ['e', 0.02]],
  â: [['i', 0.1], ['ii', 0.02], ['a', 0.3], ['é', 0.02], ['4', 0.01], ['e', 0.02]],
  e: [['c', 0.01], ['é', 0.05], ['¢', 0.01]],
  ê: [['é', 0.15], ['e', 0.3], ['¢', 0.03], ['è', 0.03], ['c', 0.01]],
  i: [['1', 0.01], ['l', 0.02], ['j', 0.02], ['í', 0.03], ['ì', 0.02]],
  o: [['0', 0.02], ['6', 0.02], ['d', 0.03], ['é', 0.02], ['a', 0.01], ['¢', 0.01]],
  ô: [['6', 0.06], ['0', 0.03], ['d', 0.04], ['b', 0.02], ['é', 0.03], ['o', 0.3], ['¢', 0.01]],
  ơ: [['6', 0.05], ['0', 0.03], ['d', 0.04], ['¢', 0.02], ['&', 0.03], ['é', 0.03], ['o', 0.3]],
  u: [['i', 0.03], ['ii', 0.02], ['t', 0.01], ['w', 0.01], ['v', 0.01]],
  ư: [['w', 0.15], ['u', 0.3], ['ir', 0.06], ['ur', 0.05], ['tr', 0.02], ['i', 0.03], ['r', 0.01]],
  y: [['¥', 0.05], ['v', 0.02], ['ý', 0.05]],
};

/** Extra readings of particular toned letters. */
const LETTER_READINGS: Readonly<Record<string, Array<[string, number]>>> = {
  à: [['&', 0.12]],
  ã: [['4', 0.06], ['3', 0.05], ['&', 0.03]],
  á: [['4', 0.05], ['d', 0.02]],
  ả: [['4', 0.02]],
  ạ: [['4', 0.01]],
  ó: [['6', 0.05], ['d', 0.04]],
  ố: [['6', 0.12], ['b', 0.06], ['é', 0.05], ['d', 0.05]],
  ớ: [['6', 0.1], ['é', 0.05], ['d', 0.05], ['dé', 0.02]],
  // The dot below an o joins it into a g-like glyph (hgc = học).
  ọ: [['g', 0.02]],
  ộ: [['d', 0.06], ['6', 0.03], ['g', 0.02]],
  ợ: [['d', 0.04], ['g', 0.02]],
  ữ: [['ir', 0.06], ['tr', 0.04], ['i', 0.05]],
  ứ: [['ir', 0.04], ['tr', 0.02]],
  ị: [['j', 0.08]],
  ỳ: [['ÿ', 0.02]],
  ỹ: [['¥', 0.15]],
  ý: [['¥', 0.1]],
  ế: [['é', 0.25]],
  ệ: [['é', 0.1], ['¢', 0.04]],
  ề: [['é', 0.1], ['è', 0.1]],
  ủ: [['i', 0.06], ['ii', 0.04], ['t', 0.02]],
};

/** Readings any letter with a mark may take. */
const MARKED_LETTER_READINGS: Array<[string, number]> = [['d', 0.02], ['&', 0.01], ['é', 0.01], ['6', 0.005], ['¢', 0.005], ['€', 0.005]];

const CONSONANT_READINGS: Readonly<Record<string, Array<[string, number]>>> = {
  đ: [['d', 0.6], ['p', 0.15], ['b', 0.03], ['o', 0.01], ['ð', 0.01]],
  l: [['1', 0.04], ['|', 0.01], ['i', 0.01]],
  c: [['¢', 0.01], ['€', 0.01], ['e', 0.01]],
  n: [['m', 0.01], ['ri', 0.01], ['u', 0.005]],
  m: [['rn', 0.02], ['n', 0.01], ['ni', 0.005]],
  g: [['q', 0.01], ['y', 0.005]],
  h: [['b', 0.01], ['li', 0.005]],
  t: [['l', 0.01], ['f', 0.005]],
};

function letterOf(base: string, tone: (typeof TONES)[number]): string {
  return composeSyllable({ onset: '', rime: base, tone });
}

export function provisionalChannelEntries(): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  const add = (truth: string, ocr: string, p: number): void => {
    entries.push({ truth, ocr, logProb: Math.log(p) });
  };
  for (const family of BASE_VOWELS) {
    for (const tone of TONES) {
      const truth = letterOf(family, tone);
      const plain = stripDiacritics(truth);
      if (truth === plain) add(truth, truth, 0.9);
      else {
        add(truth, plain, 0.5);
        // Clean input (a text layer, the Vietnamese OCR model) prints the letter itself.
        add(truth, truth, LATIN1.has(truth) ? 0.3 : 0.25);
      }
      // Latin-1 look-alikes with the same base letter.
      for (const look of LATIN1) if (look !== truth && stripDiacritics(look) === plain) add(truth, look, 0.02);
      for (const [ocr, p] of FAMILY_READINGS[family] ?? []) add(truth, ocr, p);
      for (const [ocr, p] of LETTER_READINGS[truth] ?? []) add(truth, ocr, p);
      // A marked letter's marks often turn into a stray glyph of its own (tdm = tâm, S& = Sở, K& = Kế).
      if (truth !== plain) {
        for (const [ocr, p] of MARKED_LETTER_READINGS) add(truth, ocr, p);
        // ... or a glyph beside the bare letter (hoda = hoá, hoéa = hoá, véan = văn, veé = về).
        for (const [mark, p] of [['d', 0.01], ['é', 0.01]] as const) {
          add(truth, `${mark}${plain}`, p);
          add(truth, `${plain}${mark}`, p / 2);
        }
      }
      add(truth, '', 0.003);
    }
  }
  for (const consonant of [...CONSONANTS, 'đ']) {
    add(consonant, consonant, consonant === 'đ' ? 0.25 : 0.95);
    for (const [ocr, p] of CONSONANT_READINGS[consonant] ?? []) add(consonant, ocr, p);
    add(consonant, '', 0.002);
  }
  return entries;
}

export const PROVISIONAL_CHANNEL_VERSION = 'provisional-1';
