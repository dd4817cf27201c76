/**
 * Syllables of names in the Latin scripts of the Central Highlands and the North-West (Ê Đê, Gia Rai, Ba Na, …):
 * Krông, Búk, Ksor, Mlô, Niê, Jrai. They are not Vietnamese syllables but follow a shape of their own: a
 * consonant cluster Vietnamese does not write (kr, kpl, ml, jr …), a final k, r, l, s or h, or a vowel
 * of Vietnamese letters that ends where Vietnamese would not (Niê, Mlô). A word is accepted as such a name only when
 * it has one of these marks and is neither a Vietnamese syllable nor one with its marks dropped or misplaced (vién,
 * cia, tyt stay garbled words), so the check stays a check and not a hole.
 */
import { isValidSyllable } from './syllable.js';
import { stripDiacritics, toNfc } from './normalize.js';

const CONSONANT = 'bcdđghjklmnpqrstvwxz';
const VOWEL = 'aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ';
const TONED = new Set([...'àằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ']);
const SHAPE = new RegExp(`^([${CONSONANT}]{0,3})([${VOWEL}]{1,3})([${CONSONANT}]{0,2})$`, 'u');

/** Onset clusters of the Highland and North-West scripts that Vietnamese never writes. */
const NAME_CLUSTERS = new Set([
  'kr', 'kl', 'kp', 'kpl', 'km', 'kn', 'ks', 'bl', 'br', 'bk', 'bkr', 'dl', 'dr', 'đr', 'hd', 'hdr', 'hl', 'hm', 'hn',
  'hr', 'hw', 'jr', 'ml', 'mn', 'mr', 'pl', 'pr', 'rc', 'rh', 'sr', 'tl', 'kb', 'gl', 'gr', 'chr', 'j', 'w', 'y',
]);
const VIETNAMESE_ONSETS = new Set([
  '', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x', 'ch', 'gh', 'kh', 'ng', 'nh',
  'ph', 'th', 'tr', 'gi', 'qu', 'ngh',
]);
/** Finals of those scripts that Vietnamese never writes. */
const NAME_FINALS = new Set(['k', 'r', 'l', 's', 'h']);
const VIETNAMESE_FINALS = new Set(['', 'c', 'p', 't', 'm', 'n', 'ng', 'nh', 'ch', 'k', 'r', 'l', 's', 'h']);
/** Vowel letters the English alphabet lacks: a name written with them is written in a Vietnamese-based script. */
const VIETNAMESE_VOWEL = /[ăâêôơư]/u;

/** Whether `word` (any case) is spelled as a minority name syllable and is not a Vietnamese syllable. */
export function isMinorityNameSyllable(word: string): boolean {
  const lower = toNfc(word).toLowerCase();
  const match = SHAPE.exec(lower);
  if (!match) return false;
  let [, onset = '', vowels = '', final = ''] = match;
  // A y before another vowel opens the syllable (Yang, Yông).
  if (onset === '' && vowels.length > 1 && vowels.startsWith('y')) [onset, vowels] = ['y', vowels.slice(1)];
  if (!VIETNAMESE_FINALS.has(final)) return false;
  // Two vowels alone that Vietnamese never writes so (Ea, as in Ea Kar).
  if (onset === '' && final === '' && vowels.length === 2 && !TONED.has(vowels[0] as string) && !isValidSyllable(lower)) return !isValidSyllable(stripDiacritics(lower));
  if ([...vowels].filter((v) => TONED.has(v)).length > 1) return false;
  if (!NAME_CLUSTERS.has(onset) && !VIETNAMESE_ONSETS.has(onset)) return false;
  if (isValidSyllable(lower)) return false;
  // Without a letter of its own the word may be a Vietnamese syllable whose marks the OCR lost or misplaced.
  if (!VIETNAMESE_VOWEL.test(vowels) && isValidSyllable(stripDiacritics(lower))) return false;
  return NAME_CLUSTERS.has(onset) || NAME_FINALS.has(final) || (VIETNAMESE_VOWEL.test(vowels) && onset !== '');
}

const PIECE = new RegExp(`^[${CONSONANT}]{0,3}[${VOWEL}]{1,3}[${CONSONANT}]{0,2}$`, 'u');
const LONGEST_NAME_WORD = 12;

/** Whether `piece` could be one syllable of a name word: a Vietnamese syllable or a minority-name one. */
function isNameWordPiece(piece: string): boolean {
  return PIECE.test(piece) && (isValidSyllable(piece) || isMinorityNameSyllable(piece));
}

/** Whether `lower` splits into `pieces` name-word pieces (2 or 3), each a syllable of its own. */
function splitsIntoPieces(lower: string, pieces: number): boolean {
  if (pieces === 1) return isNameWordPiece(lower);
  for (let cut = 1; cut < lower.length; cut += 1) {
    if (isNameWordPiece(lower.slice(0, cut)) && splitsIntoPieces(lower.slice(cut), pieces - 1)) return true;
  }
  return false;
}

/**
 * Whether `word` is a Highland place or people name of two or three syllables written as one word, as these
 * scripts do (Pleiku = Plei·ku, Krông Ana, Cư Kuin, Ayun Pa): it starts with a capital, is no syllable of its own
 * (nor one whose marks the OCR lost), and splits into two or three syllables. The shape is loose (a run-together
 * `Thuvien` passes too), so it is for checking curated dictionary names, not for reading OCR output.
 */
export function isPolysyllabicNameWord(word: string): boolean {
  const nfc = toNfc(word);
  if (!/^\p{Lu}\p{Ll}+$/u.test(nfc) || nfc.length > LONGEST_NAME_WORD) return false;
  const lower = nfc.toLowerCase();
  if (isValidSyllable(lower) || isValidSyllable(stripDiacritics(lower)) || isMinorityNameSyllable(lower)) return false;
  return splitsIntoPieces(lower, 2) || splitsIntoPieces(lower, 3);
}
