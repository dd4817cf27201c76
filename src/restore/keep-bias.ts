/**
 * Keep-bias: a word the OCR printed as a valid syllable in Title Case inside a sentence is most often a name
 * (a place, a person, an ethnic group). The language model knows little of names, so its unigram preference
 * (hành over hanh, ăn over an) should not override the letters the OCR printed. A known phrase (Đài Phát thanh)
 * still wins: its trigram gain is far larger than the bias.
 */
import { isValidSyllable, isWellFormedSyllable, stripDiacritics } from '../vietnamese/index.js';
import { ContextMemo } from './context-memo.js';
import { BoundedMemo } from './bounded-memo.js';
import { bareNameKey } from './place-names.js';

export interface KeepBiasSettings {
  /** Added to keeping a valid Title-Case syllable inside a sentence. */
  titleCaseKeepBonus: number;
  /**
   * Added on top when the word before is Title Case too: the word continues a name (Nghệ An, Cát Hanh). 4 since the
   * model rebuilt with the S–W plan texts (kn3-6175451ba77f), which knows more names itself; the sweep is in the commit.
   */
  nameRunKeepBonus: number;
  /** Added to keeping a valid lower-case syllable when no other reading forms a known phrase with a neighbour. */
  plainKeepBonus: number;
  /** A valid syllable is changed only when the change beats keeping it, in context, by this much (marks only)... */
  markChangeMargin: number;
  /** ... or by this much when its base letters change too (Hanh → Hàng). */
  letterChangeMargin: number;
  /**
   * ... and by at least this much when the printed word carries no mark at all (gom → gồm, thi → thì): the English
   * OCR drops nearly every mark, so a toneless word is weak evidence for itself, and the model's preference for the
   * more frequent marked reading is what breaks it when it was right. A wider margin trades restored syllables for
   * fewer damaged ones; the sweep that chose this value is in the commit that set it.
   */
  tonelessChangeMargin: number;
  /**
   * Added to keeping a capitalised word of three or more plain letters that is no Vietnamese syllable even
   * without marks (Jrai, Ayun, Bahnar): a foreign or ethnic name, changed only when the channel and the model
   * explain it as a garbled syllable by a wide margin (Qudc → Quốc). A word with a doubled i (Miia, Phii) is none:
   * that is the English OCR's print of a marked u.
   */
  foreignNameKeepBonus: number;
  /**
   * Added on top to a Title-Case word right after a lower-case place unit (phường Linh, thôn Na Hin): the first
   * word of a place's name, which the model knows no better than a person's.
   */
  placeNameKeepBonus: number;
  /**
   * A Title-Case word gets no keep-bias when fewer than this share of the place names written with its letters
   * spell it as printed (0: off).
   */
  rareNameSpellingShare: number;
  /** Added to keeping a Title-Case word in a name run with a foreign-looking word (Phi Mur, Kra Jan Ha; inForeignNameRun). */
  foreignRunKeepBonus: number;
}

export const DEFAULT_KEEP_BIAS: KeepBiasSettings = {
  titleCaseKeepBonus: 2,
  nameRunKeepBonus: 4,
  plainKeepBonus: 0.7,
  markChangeMargin: 0,
  letterChangeMargin: 2,
  tonelessChangeMargin: 1.1,
  foreignNameKeepBonus: 10,
  placeNameKeepBonus: 0.5,
  rareNameSpellingShare: 0.05,
  foreignRunKeepBonus: 7,
};

/** Place units, without marks, that a place's name follows in running text. */
const PLACE_UNIT_WORDS = new Set(['xa', 'huyen', 'tinh', 'phuong', 'quan', 'thon', 'ap', 'buon', 'bon', 'plei', 'xom', 'lang', 'ban', 'soc']);

/** The word before is a lower-case place unit on the same line (phường Linh). */
function followsPlaceUnit(previous: BiasSlot | 'boundary' | number | undefined, item: BiasSlot): boolean {
  if (typeof previous !== 'object' || previous.line !== item.line) return false;
  const text = previous.piece.text;
  return text === text.toLowerCase() && PLACE_UNIT_WORDS.has(stripDiacritics(text));
}

/** English prepositions inside a foreign title (Make in Viet Nam, Made in Vietnam). */
const ENGLISH_TITLE_KEEP_FACTOR = 3;
const ENGLISH_LINKS = new Set(['in', 'of', 'by']);

/**
 * A capitalised word after an English preposition that follows a word no Vietnamese syllable spells (Make in Viet
 * Nam): part of an English title, written as printed.
 */
function continuesEnglishTitle(items: ReadonlyArray<BiasSlot | 'boundary' | number>, i: number): boolean {
  const item = items[i];
  const link = items[i - 1];
  const word = items[i - 2];
  if (typeof item !== 'object' || typeof link !== 'object' || typeof word !== 'object') return false;
  if (link.line !== item.line || word.line !== item.line || !ENGLISH_LINKS.has(link.piece.text)) return false;
  return isForeignLookingName(word.piece.text);
}

/** The margin a change from a valid syllable `from` to `to` must clear. */
export function minChangeMargin(from: string, to: string, settings: KeepBiasSettings): number {
  const shape = changeShape(from, to);
  const margin = shape & SAME_LETTERS ? settings.markChangeMargin : settings.letterChangeMargin;
  return shape & TONELESS ? Math.max(margin, settings.tonelessChangeMargin) : margin;
}

const SAME_LETTERS = 1;
const TONELESS = 2;
/** Per printed word, then per reading: its shape (SAME_LETTERS, TONELESS); emptied once it holds 100,000 shapes. */
const changeShapes = new Map<string, Map<string, number>>();
let changeShapeCount = 0;

function changeShape(from: string, to: string): number {
  let byTarget = changeShapes.get(from);
  let shape = byTarget?.get(to);
  if (shape !== undefined) return shape;
  const bare = stripDiacritics(from);
  shape = (bare.toLowerCase() === stripDiacritics(to).toLowerCase() ? SAME_LETTERS : 0) | (bare === from ? TONELESS : 0);
  if (changeShapeCount >= 100_000) {
    changeShapes.clear();
    changeShapeCount = 0;
    byTarget = undefined;
  }
  if (!byTarget) {
    byTarget = new Map();
    changeShapes.set(from, byTarget);
  }
  byTarget.set(to, shape);
  changeShapeCount += 1;
  return shape;
}

/** What the bias needs of a decoder slot. */
export interface BiasSlot {
  line: number;
  piece: { text: string; start: number };
  readings: ReadonlyArray<{ channel: number; lmId: number; output?: string }>;
  keepIndex: number;
}

/** What the bias needs of the language model: whether a bigram is stored. */
export interface BigramLookup {
  contextSlot(w1: number, w2: number): number;
  bigramLogProbOf(w2: number, w3: number): number;
  unigram(w: number): number;
}

/** How much more likely (log) a stored bigram makes its second word than the word alone, to count as a phrase. */
const PHRASE_ASSOCIATION = 2;
/** The same, for a word continuing a run of Title-Case words (a name): a weak phrase does not explain a name. */
const RUN_PHRASE_ASSOCIATION = 3;
/**
 * In a name run, a phrase is evidence only when the model has seen it often, not merely more than chance: the log
 * probability of the two words together (unigram of the first plus the bigram) must reach this. A rare reading paired
 * with a neighbour's rare reading (ba sẻ, mả bố, sáo đá, ông tráng: -13.5 to -16.4) is associated by chance, as
 * pointwise association overrates rare pairs; the phrases that name things (quận ủy -12.1, văn hóa -8.7) are far
 * more frequent. The sweep that chose the value is in the commit that set it.
 */
const RUN_PHRASE_MIN_LOG_PROB = -13.5;
const RUN_PHRASE_MEMO_KEY = `${RUN_PHRASE_ASSOCIATION}/${RUN_PHRASE_MIN_LOG_PROB}`;
/** The same, for a lower-case word (its bias is small, so a weaker phrase is enough to lift it). */
const PLAIN_PHRASE_ASSOCIATION = 1;

/** Readings of a slot that take part in the phrase test. */
const PHRASE_READINGS = 6;

const likelyReadingsCache = new WeakMap<object, ReadonlyArray<{ lmId: number }>>();

/**
 * A neighbour's readings that take part in the phrase test: its first PHRASE_READINGS (the candidate order, the
 * channel with the syllable's prior) and the PHRASE_READINGS the channel alone explains best. The prior pushes a
 * rarer reading down the list (`doc`: độc, đọc, được, dọc, dốc, dược before đốc), so Giám đốc went unseen.
 */
function likelyReadings(readings: ReadonlyArray<{ lmId: number; channel: number }>): ReadonlyArray<{ lmId: number }> {
  if (readings.length <= PHRASE_READINGS) return readings;
  let likely = likelyReadingsCache.get(readings);
  if (!likely) {
    const byChannel = [...readings].sort((a, b) => b.channel - a.channel).slice(0, PHRASE_READINGS);
    likely = [...new Set([...readings.slice(0, PHRASE_READINGS), ...byChannel])];
    likelyReadingsCache.set(readings, likely);
  }
  return likely;
}

/**
 * Strongest association (log ratio of a stored bigram over the unigram) of any of `readings[from .. to)` but the
 * one at `skip` with a neighbour, among the pairs whose joint log probability reaches `minJoint`.
 */
function strongestAssociation(
  readings: ReadonlyArray<{ lmId: number }>,
  from: number,
  to: number,
  skip: number,
  neighbours: ReadonlyArray<BiasSlot | undefined>,
  before: readonly boolean[],
  lm: BigramLookup,
  minJoint = -Infinity,
): number {
  let best = -Infinity;
  for (let n = 0; n < neighbours.length; n += 1) {
    const neighbour = neighbours[n];
    if (!neighbour) continue;
    const others = likelyReadings(neighbour.readings);
    const neighbourFirst = before[n] === true;
    for (let o = 0; o < others.length; o += 1) {
      const otherId = (others[o] as { lmId: number }).lmId;
      for (let r = from; r < to; r += 1) {
        if (r === skip) continue;
        const readingId = (readings[r] as { lmId: number }).lmId;
        const w1 = neighbourFirst ? otherId : readingId;
        const w2 = neighbourFirst ? readingId : otherId;
        if (lm.contextSlot(w1, w2) < 0) continue;
        const conditional = lm.bigramLogProbOf(w1, w2);
        if (minJoint !== -Infinity && lm.unigram(w1) + conditional < minJoint) continue;
        best = Math.max(best, conditional - lm.unigram(w2));
      }
    }
  }
  return best;
}

/**
 * Whether another reading of the slot forms a phrase the language model has seen with a reading of a neighbouring
 * word, more strongly than the printed word does: then the model's vote rests on a phrase (Phòng Văn hóa, Tỉnh
 * ủy), not on a bare unigram.
 */
const phraseMemos = new WeakMap<BigramLookup, ContextMemo<boolean>>();

/** The memo's key of a phrase test: its threshold, and the run's frequency floor when that is on. */
function phraseMemoKey(threshold: number, minJoint: number): string {
  return minJoint === -Infinity ? String(threshold) : RUN_PHRASE_MEMO_KEY;
}

/** computePhraseEvidence, remembered per model and readings arrays (the decoder shares one array per word text). */
function hasPhraseEvidence(
  slot: BiasSlot,
  neighbours: ReadonlyArray<BiasSlot | undefined>,
  before: boolean[],
  lm: BigramLookup,
  threshold: number,
  /** Pairs less frequent than this (joint log probability) are no phrase. */
  minJoint = -Infinity,
): boolean {
  let memo = phraseMemos.get(lm);
  if (!memo) {
    memo = new ContextMemo<boolean>();
    phraseMemos.set(lm, memo);
  }
  return memo.get(slot.readings, neighbours[0]?.readings ?? null, neighbours[1]?.readings ?? null, phraseMemoKey(threshold, minJoint), () =>
    computePhraseEvidence(slot, neighbours, before, lm, threshold, minJoint),
  );
}

function computePhraseEvidence(
  slot: BiasSlot,
  neighbours: ReadonlyArray<BiasSlot | undefined>,
  before: boolean[],
  lm: BigramLookup,
  threshold: number,
  minJoint: number,
): boolean {
  const other = strongestAssociation(slot.readings, 0, Math.min(slot.readings.length, PHRASE_READINGS), slot.keepIndex, neighbours, before, lm, minJoint);
  if (other < threshold) return false;
  const kept = strongestAssociation(slot.readings, slot.keepIndex, slot.keepIndex + 1, -1, neighbours, before, lm, minJoint);
  return other > kept;
}

/** Administrative units whose name follows them in a header (XÃ, HUYỆN, TỈNH, PHƯỜNG, QUẬN), without marks. */
const UNIT_WORDS = new Set(['XA', 'HUYEN', 'TINH', 'PHUONG', 'QUAN']);

function isCapsWord(item: BiasSlot | 'boundary' | number | undefined): item is BiasSlot {
  if (typeof item !== 'object') return false;
  const text = item.piece.text;
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** An all-caps valid syllable that is the second word after an administrative unit word (XÃ CÁT [HANH]). */
function isCapsNameContinuation(items: ReadonlyArray<BiasSlot | 'boundary' | number>, i: number): boolean {
  const item = items[i];
  const previous = items[i - 1];
  const unit = items[i - 2];
  if (!isCapsWord(item) || !isCapsWord(previous) || !isCapsWord(unit) || item.line !== unit.line) return false;
  return UNIT_WORDS.has(stripDiacritics(unit.piece.text).toUpperCase().replace(/4|3/gu, 'A')) && isValidWord(item.piece.text);
}

/** A Title-Case word right after `Name, ` on its line: the next name of a list (Kỳ Sơn, Tương Dương, Quế Phong). */
function isListedAfterName(items: ReadonlyArray<BiasSlot | 'boundary' | number>, i: number, lines: readonly string[]): boolean {
  const item = items[i];
  const before = items[i - 2];
  if (typeof item !== 'object' || typeof items[i - 1] !== 'number' || typeof before !== 'object') return false;
  if (!startsWithCapital(before.piece.text)) return false;
  const afterBefore = (lines[before.line - 1] ?? '').slice(before.piece.start + before.piece.text.length);
  if (before.line === item.line) return /^\s*,\s*$/u.test(afterBefore.slice(0, item.piece.start - before.piece.start - before.piece.text.length));
  // The list runs on over a line end (Tày, Nùng, / Dao).
  return before.line === item.line - 1 && /^\s*,\s*$/u.test(afterBefore) && (lines[item.line - 1] ?? '').slice(0, item.piece.start).trim() === '';
}

const validWords = new BoundedMemo<boolean>(100_000, isWellFormedSyllable);

function isValidWord(text: string): boolean {
  return validWords.get(text);
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A capital, then two or more plain letters, the rest lower case; no w (the English OCR's ư: Twong, Chwong). */
const PLAIN_CAPITALISED = /^[A-Z][a-vx-z]{2,}$/u;

/** A capitalised plain-letter word no Vietnamese syllable spells, with or without marks (Jrai, Ayun, Sene, Ya). */
export function isForeignLookingName(text: string): boolean {
  return foreignNames.get(text);
}

/**
 * A capital consonant and one plain vowel (Ya, Yo of K'Ho and Ê Đê names); not I, the English OCR's l (Ia for là), nor C
 * or G, whose only misspellings (Ce, Gi…) break the k/gh rule no name breaks either: a garble, not a name.
 */
const SHORT_CAPITALISED = /^[BDFHJKLMNPQRSTVWXYZ][aeiou]$/u;

/** A doubled i: the English OCR's print of u with a mark (Phii for Phú, Liing for Lũng, Miii for Mũi), in no name it keeps. */
const DOUBLED_I = /ii/u;

const foreignNames = new BoundedMemo<boolean>(
  100_000,
  (text) => (PLAIN_CAPITALISED.test(text) || SHORT_CAPITALISED.test(text)) && !DOUBLED_I.test(text) && !isValidSyllable(text),
);
/** The slot after `item` when only spaces part them on one line: the next word of the same name. */
function adjacentWord(items: ReadonlyArray<BiasSlot | 'boundary' | number>, i: number, step: 1 | -1, lines: readonly string[]): BiasSlot | undefined {
  const item = items[i] as BiasSlot;
  const other = items[i + step];
  if (typeof other !== 'object' || other.line !== item.line) return undefined;
  const [first, second] = step === 1 ? [item, other] : [other, item];
  const gap = (lines[item.line - 1] ?? '').slice(first.piece.start + first.piece.text.length, second.piece.start);
  return /^ +$/u.test(gap) ? other : undefined;
}

/** A word's readings explain it as a garbled syllable when the channel gives one of them at least this (log). */
const EXPLAINED_CHANNEL = -8;

/** No reading but the printed word's explains it (Mur: Mực at -8.2): no garbled syllable, a word of another language. */
function isUnexplainedWord(slot: BiasSlot): boolean {
  if (slot.readings.length < 2) return false;
  return slot.readings.every((reading, k) => k === slot.keepIndex || reading.channel < EXPLAINED_CHANNEL);
}

/** The women's middle name (Alăng Thị Lem): read as Thị by the decoder's favourMiddleNameThi, in any people's name. */
const MIDDLE_NAME = 'Thi';

/** How far a name run is searched for a foreign-looking word, each way. */
const FOREIGN_RUN_REACH = 2;

/**
 * A capitalised word in a run of capitalised words (only spaces between) of which one, within FOREIGN_RUN_REACH,
 * is a foreign-looking name (Touneh Ya Tiên, bon Phi Mur).
 */
function inForeignNameRun(items: ReadonlyArray<BiasSlot | 'boundary' | number>, i: number, lines: readonly string[]): boolean {
  let foreign = false;
  let first = i;
  for (const step of [-1, 1] as const) {
    let at = i;
    for (let k = 0; k < FOREIGN_RUN_REACH; k += 1) {
      const other = adjacentWord(items, at, step, lines);
      if (!other || !startsWithCapital(other.piece.text)) break;
      at += step;
      if (isForeignLookingName(other.piece.text) && isUnexplainedWord(other)) foreign = true;
    }
    if (step === -1) first = at;
  }
  return foreign && opensPersonOrPlaceName(items, first, lines);
}

/**
 * The run of capitalised words starting at `first` opens its line or follows a place unit or ông/bà (bon Phi Mur,
 * ông Touneh Ya): it is a person's or a place's name, not a script's or a product's (chữ Chăm Akhar Thrah).
 */
function opensPersonOrPlaceName(items: ReadonlyArray<BiasSlot | 'boundary' | number>, first: number, lines: readonly string[]): boolean {
  const item = items[first] as BiasSlot;
  if ((lines[item.line - 1] ?? '').slice(0, item.piece.start).trim() === '') return true;
  const previous = adjacentWord(items, first, -1, lines);
  return previous !== undefined && (followsPlaceUnit(previous, item) || followsHonorific(previous, item));
}

/** Only a list marker or an opening quote/bracket before the word on its line: the word starts a sentence. */
const SENTENCE_OPENING = /^\s*(?:(?:[a-zđ][).]|\d+(?:\.\d+)*[.)]|[IVX]+\.|[-+•–*])\s*)?$/u;
const OPENING_BRACKET = /[“"‘'(«[]\s*$/u;

/**
 * A word that opens its line without a list marker while the line before ends inside a sentence (after a comma or
 * a lower-case word): the sentence runs on over the line end (… đồng bào Tày, Nùng, / Dao, Lô Lô …), so a capital
 * here marks a name, not a sentence's start.
 */
function continuesSentence(before: string, line: number, lines: readonly string[]): boolean {
  if (before.trim() !== '') return false;
  const previous = lines[line - 2];
  return previous !== undefined && /(?:,|\p{Ll})\s*$/u.test(previous);
}

/** A line of two to four Title-Case words and nothing else (a signer's name under the signature: Phan Văn Linh). */
const NAME_LINE = /^\s*\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,3}\s*$/u;

/** Whether a line is only a name of two to four Title-Case words (a signer's). */
export function isNameLine(line: string): boolean {
  return NAME_LINE.test(line);
}

function opensNameLine(item: BiasSlot, lines: readonly string[]): boolean {
  return item.piece.start === (lines[item.line - 1] ?? '').search(/\S/u) && NAME_LINE.test(lines[item.line - 1] ?? '');
}

/** Words that introduce a person by name (ông Chau Sóc Khang, bà Néang Sa Vanh). */
const HONORIFICS = new Set(['ông', 'bà']);
/** Readings of the word before that are looked at for an honorific. */
const HONORIFIC_READINGS = 3;

/** The word before, on the same line and in lower case, reads as ông or bà among its first readings. */
function followsHonorific(previous: BiasSlot | 'boundary' | number, item: BiasSlot): boolean {
  if (typeof previous !== 'object' || previous.line !== item.line || /\p{Lu}/u.test(previous.piece.text)) return false;
  return previous.readings.slice(0, HONORIFIC_READINGS).some((r) => r.output !== undefined && HONORIFICS.has(r.output));
}

/**
 * A capitalised word right after ông or bà that is no syllable even without its marks (bà Néang Sa Vanh): a name
 * in a language the OCR printed as written, so its marks are the name's own.
 */
function isMarkedNameAfterHonorific(previous: BiasSlot | 'boundary' | number | undefined, item: BiasSlot): boolean {
  const text = item.piece.text;
  const bare = stripDiacritics(text);
  return bare !== text && previous !== undefined && PLAIN_CAPITALISED.test(bare) && !isValidSyllable(bare) && followsHonorific(previous, item);
}

const nameMemo = new ContextMemo<boolean>();

interface NamePairLookup {
  has(w1: number, w2: number, secondCapitalised: boolean): boolean;
  /** Its pairs are evidence only for readings that keep the printed letters (a long list of places). */
  readonly marksOnly?: boolean;
}

/**
 * Whether `reading` of `item` forms a name pair with a reading of the word before (capitalised) or after. Pairs of
 * a marks-only list count only for a reading that keeps the word's printed letters (place-names.ts).
 */
function readingFormsName(
  reading: { lmId: number; output?: string },
  item: BiasSlot,
  previous: BiasSlot | undefined,
  next: BiasSlot | undefined,
  pairs: NamePairLookup,
): boolean {
  if (pairs.marksOnly && !keepsLetters(reading, item)) return false;
  if (previous && startsWithCapital(previous.piece.text)) {
    const capitalised = startsWithCapital(item.piece.text);
    for (const other of previous.readings) {
      if (pairs.has(other.lmId, reading.lmId, capitalised)) return true;
    }
  }
  if (next) {
    const capitalised = startsWithCapital(next.piece.text);
    for (const other of next.readings) {
      if (pairs.has(reading.lmId, other.lmId, capitalised)) return true;
    }
  }
  return false;
}

/** The printed reading forms no name pair of any list, and another reading does. */
function otherReadingFormsName(item: BiasSlot, previous: BiasSlot | undefined, next: BiasSlot | undefined, lists: readonly NamePairLookup[]): boolean {
  const formsName = (reading: { lmId: number; output?: string }): boolean => lists.some((pairs) => readingFormsName(reading, item, previous, next, pairs));
  if (formsName(item.readings[item.keepIndex] as { lmId: number; output?: string })) return false;
  for (let k = 0; k < item.readings.length; k += 1) {
    if (k !== item.keepIndex && formsName(item.readings[k] as { lmId: number; output?: string })) return true;
  }
  return false;
}

/** A reading that changes only the marks of the printed word (Hanh → Hành, not → Thành). */
export function keepsLetters(reading: { output?: string }, item: { piece: { text: string } }): boolean {
  return reading.output !== undefined && bareNameKey([reading.output]) === bareNameKey([item.piece.text]);
}

function startsWithCapital(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

export function isTitleCaseWord(text: string): boolean {
  return TITLE_CASE.test(text);
}

/**
 * Bonus per slot for keeping its word as printed, by position in `items` (0 where none). `lines` are the
 * decoder's input lines (to see what precedes a word on its line). A capitalised word whose readings form a
 * known name pair with a neighbour's (`names`, name-pairs.ts) gets none: the model knows that name.
 */
export function keepBiases(
  items: ReadonlyArray<BiasSlot | 'boundary' | number>,
  lines: readonly string[],
  lm: BigramLookup,
  settings: KeepBiasSettings = DEFAULT_KEEP_BIAS,
  names?: {
    pairs: readonly NamePairLookup[];
    personPairs?: NamePairLookup;
    cleanLines: ReadonlySet<number>;
    /** Of the place names whose word has these letters without marks, the share spelt as printed (place-names.ts). */
    spellingShare?: (word: string) => number | undefined;
  },
): Float64Array {
  /** Another reading, not the printed one, forms a known name with a neighbour on its line (Pa Nang → Đà Nẵng). */
  const anotherReadingFormsName = (i: number): boolean => {
    const item = items[i] as BiasSlot;
    if (!names || names.cleanLines.has(item.line)) return false;
    // A name does not run on across a line end (a header's columns, a heading above a paragraph).
    const before = items[i - 1];
    const after = items[i + 1];
    const previous = typeof before === 'object' && before.line === item.line ? before : undefined;
    const next = typeof after === 'object' && after.line === item.line ? after : undefined;
    if (!previous && !next) return false;
    // A signer's line names a person: only personal-name pairs count there.
    const personOnly = names.personPairs !== undefined && isNameLine(lines[item.line - 1] ?? '');
    const flags = `${item.keepIndex}${startsWithCapital(item.piece.text) ? 1 : 0}${previous && startsWithCapital(previous.piece.text) ? 1 : 0}${next && startsWithCapital(next.piece.text) ? 1 : 0}${personOnly ? 'p' : ''}`;
    let known = nameMemo.peek(item.readings, previous?.readings ?? null, next?.readings ?? null, flags);
    if (known === undefined) {
      known = otherReadingFormsName(item, previous, next, personOnly ? [names.personPairs as NamePairLookup] : names.pairs);
      nameMemo.put(item.readings, previous?.readings ?? null, next?.readings ?? null, flags, known);
    }
    return known;
  };
  const bonus = new Float64Array(items.length);
  const isTitleSlot = (item: BiasSlot | 'boundary' | number | undefined): boolean =>
    typeof item === 'object' && isTitleCaseWord(item.piece.text);
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as BiasSlot | 'boundary' | number;
    if (typeof item !== 'object' || item.keepIndex < 0 || item.readings.length < 2) continue;
    const text = item.piece.text;
    if (settings.foreignNameKeepBonus !== 0 && continuesEnglishTitle(items, i)) {
      // Outside the model's vocabulary as printed (viet), so keeping it costs the unknown word's penalty too.
      bonus[i] = ENGLISH_TITLE_KEEP_FACTOR * settings.foreignNameKeepBonus;
      continue;
    }
    if (settings.foreignNameKeepBonus !== 0 && (isForeignLookingName(text) || isMarkedNameAfterHonorific(items[i - 1], item))) {
      bonus[i] = settings.foreignNameKeepBonus;
      continue;
    }
    if (settings.plainKeepBonus !== 0 && text === text.toLowerCase() && isValidWord(text)) {
      // A lower-case word whose other readings the model knows in no phrase with a neighbour: only the unigram
      // prefers them (truyền thanh → thành); keeping the printed valid word costs little.
      const around = [items[i - 1], items[i + 1]].map((n) => (typeof n === 'object' ? n : undefined));
      if (!hasPhraseEvidence(item, around, [true, false], lm, PLAIN_PHRASE_ASSOCIATION)) bonus[i] = settings.plainKeepBonus;
      continue;
    }
    if (settings.foreignRunKeepBonus !== 0 && text !== MIDDLE_NAME && isTitleCaseWord(text) && isValidWord(text) && inForeignNameRun(items, i, lines)) {
      // Phi Mur, Kra Jan Ha: a name with a word no Vietnamese syllable spells is a minority people's name, and its
      // other words are that language's too; a Vietnamese name the model or a list knows (Phù Mỹ) is no evidence.
      bonus[i] = settings.foreignRunKeepBonus;
      continue;
    }
    if ((isTitleCaseWord(text) || isCapsWord(item)) && isValidWord(text) && anotherReadingFormsName(i)) continue;
    if (isCapsNameContinuation(items, i)) {
      // XÃ CÁT HANH, HUYỆN BÌNH LIÊU: the second word of a place name in an all-caps header. A name does not run on
      // over the line end: the next line of a header is the other column (CỘNG HÒA …).
      const around = [items[i - 1], items[i + 1]].map((n) => (typeof n === 'object' && n.line === item.line ? n : undefined));
      if (!hasPhraseEvidence(item, around, [true, false], lm, RUN_PHRASE_ASSOCIATION, RUN_PHRASE_MIN_LOG_PROB)) bonus[i] = settings.titleCaseKeepBonus + settings.nameRunKeepBonus;
      continue;
    }
    if (!isTitleCaseWord(text) || !isValidWord(text)) continue;
    const previous = items[i - 1];
    if (previous === undefined || (previous === 'boundary' && !opensNameLine(item, lines))) continue;
    const before = (lines[item.line - 1] ?? '').slice(0, item.piece.start);
    const namesLine = opensNameLine(item, lines);
    if (OPENING_BRACKET.test(before) || (SENTENCE_OPENING.test(before) && !namesLine && !continuesSentence(before, item.line, lines))) continue;
    const next = items[i + 1];
    const neighbours = [previous, next].map((n) => (typeof n === 'object' ? n : undefined));
    // The first word of a signer's line gets the plain Title-Case bias only: a name's marks are usually lost in
    // print (Hoang → Hoàng), while the words after it already count as a run.
    const afterHonorific = followsHonorific(previous, item);
    const inNameRun = isTitleSlot(previous) || isListedAfterName(items, i, lines) || afterHonorific;
    // After ông or bà a capitalised word is the name; a phrase it would form with the honorific (ông cháu) is no
    // evidence against it.
    if (afterHonorific) neighbours[0] = undefined;
    // After a place unit the model's unit-name bigram (phường lĩnh, of phường Lĩnh Nam) is a gazetteer's count, not
    // evidence that this place is that one; a known name of two words still shows as a name pair.
    const afterPlaceUnit = settings.placeNameKeepBonus !== 0 && !inNameRun && followsPlaceUnit(previous, item);
    if (afterPlaceUnit) neighbours[0] = undefined;
    const association = inNameRun ? RUN_PHRASE_ASSOCIATION : PHRASE_ASSOCIATION;
    if (hasPhraseEvidence(item, neighbours, [true, false], lm, association, inNameRun ? RUN_PHRASE_MIN_LOG_PROB : -Infinity)) continue;
    // The country's place names nearly never spell the word so (Tay: 0 of 208 are Tay, 206 are Tây): the print lost its
    // marks, it is no evidence for keeping them lost.
    const share = names?.spellingShare?.(text);
    if (share !== undefined && share < settings.rareNameSpellingShare) continue;
    let value = settings.titleCaseKeepBonus;
    if (inNameRun) value += settings.nameRunKeepBonus;
    else if (afterPlaceUnit) value += settings.placeNameKeepBonus;
    bonus[i] = value;
  }
  return bonus;
}

const biasedCache = new WeakMap<object, Map<number, unknown[]>>();

/**
 * The readings with `bonus` added to the kept one's channel score. The same input array and bonus give the same
 * output array (the beam search packs readings once per array).
 */
export function withKeepBonus<R extends { channel: number }>(readings: readonly R[], keepIndex: number, bonus: number): R[] {
  let byBonus = biasedCache.get(readings);
  if (!byBonus) {
    byBonus = new Map();
    biasedCache.set(readings, byBonus);
  }
  const cached = byBonus.get(bonus);
  if (cached) return cached as R[];
  const out = [...readings];
  const own = out[keepIndex] as R;
  out[keepIndex] = { ...own, channel: own.channel + bonus };
  byBonus.set(bonus, out);
  return out;
}
