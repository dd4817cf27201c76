/**
 * The signer's name under a plan's signature (PHÓ CHỦ TỊCH / Lâm Văn Thạnh): a line that is only a person's name,
 * surname first, given name last. The general model reads such a line as words (Làm Văn, Bụi Định, Chuyển); here
 * each word may only take the name list's syllables for its place (surname, middle, given) that the OCR channel
 * explains, and the decoder chooses among them. A word the list cannot explain is left to the decoder, and a line
 * whose first word can be no listed surname (Ksor H'Bhin, Kră Jăn Ha Tiếp) is not read as a Kinh name at all.
 */
import { normalizeVietnamese, stripDiacritics } from '../vietnamese/index.js';
import { nameSyllableKey, type PersonNames } from './person-names.js';

/** A line of two to four Title-Case words and nothing else, as printed (the OCR's letters, any marks). */
const PRINTED_NAME_LINE = /^\s*\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,3}\s*$/u;
/**
 * Lines of the signature block above a signer's name, compared in capitals without marks: the post (CHỦ TỊCH, PHÓ
 * GIÁM ĐỐC, TRƯỞNG BAN), the mandate (KT., TM.) or, where the two columns of the block were read as one, the Nơi
 * nhận list's last line (- Lưu: VT).
 */
const SIGNATURE_CUE = /CHU TICH|GIAM DOC|TRUONG BAN|TRUONG PHONG|BI THU|\bKT\.|\bTM\.|LUU\s*:/u;
/** Lines above the name looked at for a cue (the signature's blank lines are skipped). */
const CUE_LINES = 3;

/** Whether printed line `index` (0-based) of `lines` is a signer's name under a signature block. */
export function isSignerNameLine(lines: readonly string[], index: number): boolean {
  return PRINTED_NAME_LINE.test(lines[index] ?? '') && followsSignatureCue(lines, index);
}

function followsSignatureCue(lines: readonly string[], index: number): boolean {
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < CUE_LINES; k -= 1) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    if (SIGNATURE_CUE.test(stripDiacritics(normalizeVietnamese(line)).toUpperCase())) return true;
  }
  return false;
}

/** The Nơi nhận list's last line, `- Lưu: VT, …` (the OCR's Luu), up to its label's colon. */
const FILING_LABEL = /^\W{0,3}L[uư]u\s*:/iu;
/**
 * Two to four capitalised words ending the filing line after a full stop or comma: the signer's name, read into that
 * line where the two columns of the signature block were read as one (`- Lưu: VT, KT. Lâm Quang Thi`).
 */
const TRAILING_NAME = /[.,;]\s+(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}*){1,3})\s*$/u;

/** Where the filing line's label ends (its colon included), or -1 when line `index` is no filing line. */
export function filingLabelEnd(lines: readonly string[], index: number): number {
  const match = FILING_LABEL.exec(stripDiacritics(normalizeVietnamese(lines[index] ?? '')));
  return match ? match[0].length : -1;
}

/**
 * The column where a signer's name starts on printed line `index`: the first word's for a name line under the
 * signature block, the trailing name's on a filing line, or -1.
 */
export function signerNameStart(lines: readonly string[], index: number): number {
  const line = lines[index] ?? '';
  if (isSignerNameLine(lines, index)) return line.search(/\S/u);
  if (PRINTED_NAME_LINE.test(line)) return -1;
  // Nothing but the signer's name follows the filing list on its line: no cue is needed there.
  if (filingLabelEnd(lines, index) < 0) return -1;
  const trailing = TRAILING_NAME.exec(line);
  return trailing ? line.length - trailing[0].length + trailing[0].indexOf(trailing[1] as string) : -1;
}

/** A word's readings as the decoder holds them: what it would write, and how well the channel explains the print. */
export interface NameWordReading {
  output: string;
  channel: number;
}

/** How far (log) below the print's best explanation a listed syllable may be and still be taken. */
const LISTED_READING_GAP = 4;

/** The name syllables of each place in a name, canonical and lower case. */
export interface NameRoles {
  surname: ReadonlySet<string>;
  /** A word between surname and given name: a middle name, or the first of a two-syllable given name (Thu Hà). */
  middleOrGiven: ReadonlySet<string>;
  middle: ReadonlySet<string>;
  given: ReadonlySet<string>;
}

export function nameRolesOf(names: PersonNames): NameRoles {
  const given = [...names.given, ...(names['signer-given'] ?? [])];
  return {
    surname: new Set([...names.surname, ...(names['signer-surname'] ?? [])]),
    middleOrGiven: new Set([...names.middle, ...given]),
    middle: new Set(names.middle),
    given: new Set(given),
  };
}


/** The syllables a word at `position` of a name of `length` words is read from. */
function listAt(roles: NameRoles, position: number, length: number): ReadonlySet<string> {
  if (position === 0) return roles.surname;
  if (position === length - 1) return roles.given;
  return roles.middleOrGiven;
}

/** A word of the name line as the decoder holds it: the print, its readings and which of them keeps the print. */
export interface NameWord {
  printed: string;
  readings: readonly NameWordReading[];
  /** Index of the reading that writes the word as printed (-1: none). */
  keepIndex: number;
}

/**
 * Added to a listed middle name's reading between surname and given name: a middle name (Văn, Thị, Đình) is far
 * more common there than a given name of the same letters (Đình against Định).
 */
export const MIDDLE_NAME_PRIOR = 1;

/** A reading a signer's name word may take, by index, with what its place in the name adds to its channel score. */
export interface NameReadingChoice {
  index: number;
  prior: number;
}

/**
 * Per word of a signer's name, the readings the name may take: the listed syllables for its place that the channel
 * explains well enough (the print itself among them when listed as printed), or null where none does (the decoder
 * reads that word as any other). All null when the first word can be no listed surname.
 */
export function signerNameReadings(words: readonly NameWord[], roles: NameRoles): Array<NameReadingChoice[] | null> {
  const choices = words.map(({ printed, readings, keepIndex }, position) => {
    const best = readings.reduce((top, reading) => Math.max(top, reading.channel), -Infinity);
    const list = listAt(roles, position, words.length);
    const inMiddle = position > 0 && position < words.length - 1;
    const allowed: NameReadingChoice[] = [];
    readings.forEach((reading, index) => {
      const syllable = nameSyllableKey(index === keepIndex ? printed : reading.output);
      if (!list.has(syllable) || (index !== keepIndex && reading.channel < best - LISTED_READING_GAP)) return;
      allowed.push({ index, prior: inMiddle && roles.middle.has(syllable) ? MIDDLE_NAME_PRIOR : 0 });
    });
    return allowed.length > 0 ? allowed : null;
  });
  return choices[0] === null ? choices.map(() => null) : choices;
}
