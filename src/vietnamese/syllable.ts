/**
 * Vietnamese syllables: split into onset, rime and tone, put back together, check phonotactic validity,
 * and move the tone mark between the two placement styles (old `hòa`/`thủy`, new `hoà`/`thuỷ`).
 */
import { mapLegacyEth, stripDiacritics } from './normalize.js';
import { memoisePerWord } from './word-memo.js';

/** 0 ngang (no mark), 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot below). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export interface Syllable {
  /** Lowercase initial consonant(s) as written: '', b, ch, gh, gi, ngh, qu, ... */
  onset: string;
  /** Lowercase rime without the tone mark, with its vowel marks: `ương`, `oa`, `uyên`. */
  rime: string;
  tone: Tone;
}

export type ToneStyle = 'old' | 'new';

const TONE_BY_COMBINING: Readonly<Record<string, Tone>> = {
  '\u0300': 1,
  '\u0301': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
const COMBINING_BY_TONE = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
] as const;

const OPEN_RIMES = [
  'a', 'e', 'ê', 'i', 'y', 'o', 'ô', 'ơ', 'u', 'ư',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'ươi', 'ươu', 'iêu', 'yêu', 'uôi', 'oa', 'oe', 'uê', 'uy', 'uya', 'uyu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uơ',
];
const CLOSED_RIMES = [
  'am', 'an', 'ang', 'anh', 'ap', 'at', 'ac', 'ach',
  'ăm', 'ăn', 'ăng', 'ăp', 'ăt', 'ăc',
  'âm', 'ân', 'âng', 'âp', 'ât', 'âc',
  'em', 'en', 'eng', 'ep', 'et', 'ec',
  'êm', 'ên', 'ênh', 'êp', 'êt', 'êch',
  'im', 'in', 'inh', 'ip', 'it', 'ich',
  'om', 'on', 'ong', 'op', 'ot', 'oc', 'oong', 'ooc',
  'ôm', 'ôn', 'ông', 'ôp', 'ôt', 'ôc',
  'ơm', 'ơn', 'ơp', 'ơt',
  'um', 'un', 'ung', 'up', 'ut', 'uc',
  'ưm', 'ưn', 'ưng', 'ưt', 'ưc',
  'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêc',
  'yêm', 'yên', 'yêt',
  'uôm', 'uôn', 'uông', 'uôt', 'uôc',
  'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươc',
  'oam', 'oan', 'oang', 'oanh', 'oap', 'oat', 'oac', 'oach',
  'oăm', 'oăn', 'oăng', 'oăt', 'oăc',
  'oen', 'oet',
  'uân', 'uâng', 'uât',
  'uênh', 'uêch',
  'uyn', 'uynh', 'uyt', 'uych',
  'uyên', 'uyêt',
  // Central Highlands place names keep a k coda: Đắk Lắk, Krông Pắk.
  'ak', 'ăk', 'ek', 'êk', 'ok', 'ôk', 'uk',
];
const RIMES: ReadonlySet<string> = new Set([...OPEN_RIMES, ...CLOSED_RIMES]);

const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);
const FRONT_VOWEL_START = /^[eêiy]/;
/** Rimes ending in a stop take only the sắc or nặng tone. */
const STOP_CODA = /(p|t|c|ch|k)$/;
const LETTERS_ONLY = /^[a-zđăâêôơư]+$/;

/** Splits a word into its toneless lowercase letters and its tone; null when it carries two tone marks. */
export function splitTone(word: string): { letters: string; tone: Tone } | null {
  let tone: Tone = 0;
  let letters = '';
  for (const ch of mapLegacyEth(word).toLowerCase().normalize('NFD')) {
    const mark = TONE_BY_COMBINING[ch];
    if (mark === undefined) {
      letters += ch;
    } else {
      if (tone !== 0) return null;
      tone = mark;
    }
  }
  return { letters: letters.normalize('NFC'), tone };
}

function hasVowel(text: string): boolean {
  for (const ch of text) if (VOWELS.has(ch)) return true;
  return false;
}

function splitOnset(letters: string): { onset: string; rime: string } {
  for (const onset of ONSETS) {
    if (!letters.startsWith(onset)) continue;
    const rime = letters.slice(onset.length);
    // `gì`, `gìn`: the i belongs to the rime when nothing else could be its vowel.
    if ((onset === 'gi' || onset === 'qu') && !hasVowel(rime)) continue;
    return { onset, rime };
  }
  return { onset: '', rime: letters };
}

function isRimeAllowed(onset: string, rime: string): boolean {
  if (RIMES.has(rime)) return true;
  // After gi the i of iê is not written (giếng), after qu the medial u is part of the onset (quỳnh, quyên).
  if (onset === 'gi') return rime.startsWith('ê') && RIMES.has(`i${rime}`);
  if (onset === 'qu') return rime.startsWith('y') && RIMES.has(`u${rime}`);
  return false;
}

function isSpellingAllowed(onset: string, rime: string): boolean {
  const front = FRONT_VOWEL_START.test(rime);
  // `gì`, `gìn`, `gích`: g before i is the gi onset whose i doubles as the vowel.
  if (onset === 'g' && rime.startsWith('i')) return true;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return false;
  // k before a back vowel is not standard spelling but is how place names are written (Bắc Kạn, Kon Tum).
  if ((onset === 'gh' || onset === 'ngh') && !front) return false;
  if (onset === 'qu' && rime.startsWith('u')) return false;
  if (onset === 'gi' && rime.startsWith('i')) return false;
  return true;
}

/**
 * Onset, rime and tone of a Vietnamese syllable (any case, NFC or not), or null if it is not one.
 * A stop coda (p t c ch) takes only sắc or nặng; with `allowMissingTone` a bare `hoc` also passes, as text
 * stripped of its diacritics reads.
 */
export function decomposeSyllable(word: string, options: { allowMissingTone?: boolean } = {}): Syllable | null {
  const split = splitTone(word);
  if (split === null || !LETTERS_ONLY.test(split.letters)) return null;
  const { onset, rime } = splitOnset(split.letters);
  if (!isRimeAllowed(onset, rime) || !isSpellingAllowed(onset, rime)) return null;
  const toneFits = split.tone === 2 || split.tone === 5 || (split.tone === 0 && options.allowMissingTone === true);
  if (STOP_CODA.test(rime) && !toneFits) return null;
  return { onset, rime, tone: split.tone };
}

/**
 * True for a phonotactically valid Vietnamese syllable in any case, with or without diacritics
 * (`học`, `hoc`, `HỌC`); false for `hòc` (wrong tone on a stop coda), `thw`, `s6`, `UBND`.
 */
export function isValidSyllable(word: string): boolean {
  return validWord(word);
}

const validWord = memoisePerWord((word: string) => decomposeSyllable(word, { allowMissingTone: true }) !== null || isValidBareSyllable(word));

/** Rimes with their vowel marks removed, for text typed or read without any marks (`suot`, `nguoi`). */
const BARE_RIMES: ReadonlySet<string> = new Set([...RIMES].map((rime) => stripDiacritics(rime)));

function isValidBareSyllable(word: string): boolean {
  const lower = mapLegacyEth(word).normalize('NFC').toLowerCase();
  if (!/^[a-zđ]+$/.test(lower)) return false;
  const { onset, rime } = splitOnset(lower);
  return (BARE_RIMES.has(rime) || (onset === 'qu' && BARE_RIMES.has(`u${rime}`))) && isSpellingAllowed(onset, rime);
}

/** Stricter than isValidSyllable: a fully marked syllable as correct text writes it (`hoc` fails). */
export function isWellFormedSyllable(word: string): boolean {
  return wellFormedWord(word);
}

const wellFormedWord = memoisePerWord((word: string) => decomposeSyllable(word) !== null);

/** Index in `rime` of the vowel that carries the tone mark. */
export function toneVowelIndex(rime: string, style: ToneStyle = 'old'): number {
  const chars = [...rime];
  let end = 0;
  while (end < chars.length && VOWELS.has(chars[end] as string)) end += 1;
  const cluster = chars.slice(0, end);
  if (cluster.length <= 1) return 0;
  for (let i = cluster.length - 1; i >= 0; i -= 1) if (MARKED_VOWELS.has(cluster[i] as string)) return i;
  if (end < chars.length) return cluster.length - 1;
  if (cluster.length >= 3) return 1;
  const pair = cluster.join('');
  if (style === 'new' && (pair === 'oa' || pair === 'oe' || pair === 'uy')) return 1;
  return 0;
}

/** The lowercase NFC spelling of a syllable, tone mark placed in the given style. */
export function composeSyllable(syllable: Syllable, style: ToneStyle = 'old'): string {
  const chars = [...syllable.rime];
  if (syllable.tone !== 0 && chars.length > 0) {
    const index = toneVowelIndex(syllable.rime, style);
    chars[index] = `${chars[index]}${COMBINING_BY_TONE[syllable.tone]}`;
  }
  return `${syllable.onset}${chars.join('')}`.normalize('NFC');
}

export type CasePattern = 'lower' | 'title' | 'upper';

/** Whether a word is written lower case, Title case or UPPER CASE (by its letters; one capital letter is Title). */
export function casePatternOf(template: string): CasePattern {
  return casePatternOfWord(template);
}

const casePatternOfWord = memoisePerWord((template: string): CasePattern => {
  const letters = [...template].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 'lower';
  const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
  if (letters.length > 1 && letters.every(isUpper)) return 'upper';
  return isUpper(letters[0] as string) ? 'title' : 'lower';
});

/** Writes a lowercase word in the given case pattern. */
export function withCase(pattern: CasePattern, word: string): string {
  if (pattern === 'upper') return word.toUpperCase();
  if (pattern === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** Copies the case pattern of `template` (lower, Title, UPPER) onto a lowercase word. */
export function applyCase(template: string, word: string): string {
  return withCase(casePatternOf(template), word);
}

/** Re-places the tone mark of a valid syllable in the given style, keeping its case; other words unchanged. */
export function convertToneStyle(word: string, style: ToneStyle): string {
  return style === 'old' ? oldPlacement(word) : newPlacement(word);
}

function placeTone(word: string, style: ToneStyle): string {
  const syllable = decomposeSyllable(word);
  if (syllable === null) return word.normalize('NFC');
  return applyCase(word, composeSyllable(syllable, style));
}

const oldPlacement = memoisePerWord((word: string) => placeTone(word, 'old'));
const newPlacement = memoisePerWord((word: string) => placeTone(word, 'new'));

/** The canonical spelling used for counting and evaluation: lowercase, NFC, đ for ð, old tone placement. */
export function canonicalSyllable(word: string): string {
  return canonicalWord(word);
}

const canonicalWord = memoisePerWord((word: string): string => {
  const syllable = decomposeSyllable(word);
  if (syllable === null) return mapLegacyEth(word).normalize('NFC').toLowerCase();
  return composeSyllable(syllable, 'old');
});

/** Which placement a word shows: only open oa/oe/uy rimes with a tone tell the styles apart. */
export function syllableToneStyle(word: string): ToneStyle | null {
  const syllable = decomposeSyllable(word);
  if (syllable === null || syllable.tone === 0) return null;
  const oldForm = composeSyllable(syllable, 'old');
  const newForm = composeSyllable(syllable, 'new');
  if (oldForm === newForm) return null;
  const lower = word.normalize('NFC').toLowerCase();
  return lower === newForm ? 'new' : lower === oldForm ? 'old' : null;
}

/** The placement style most words of a text show, or null when none tells. */
export function detectToneStyle(text: string): ToneStyle | null {
  let oldCount = 0;
  let newCount = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const style = syllableToneStyle(word);
    if (style === 'old') oldCount += 1;
    if (style === 'new') newCount += 1;
  }
  if (oldCount === newCount) return null;
  return oldCount > newCount ? 'old' : 'new';
}

/** Re-places tone marks of every syllable of a text, keeping everything else as it is. */
export function convertTextToneStyle(text: string, style: ToneStyle): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => convertToneStyle(word, style));
}

/** Canonical form of a whole text for comparison: every syllable in old placement, original case. */
export function canonicalizeToneStyle(text: string): string {
  return convertTextToneStyle(mapLegacyEth(text), 'old');
}
