/**
 * The decoder: per OCR word a small set of readings (keep it, or a valid syllable the channel explains), scored
 * by the syllable trigram model plus the channel, best sequence by beam search within each sentence.
 */
import type { Correction } from '../schema/document.js';
import {
  applyCase,
  canonicalSyllable,
  casePatternOf,
  withCase,
  isValidSyllable,
  splitTone,
  isWellFormedSyllable,
  normalizeVietnamese,
  stripDiacritics,
} from '../vietnamese/index.js';
import type { CandidateGenerator } from './candidates.js';
import type { ChannelModel } from './channel.js';
import type { RestoreDictionary } from './dictionary.js';
import { COMMA_TOKEN, NUMBER_TOKEN, SENTENCE_END, SENTENCE_START } from './lm-text.js';
import type { SyllableLm } from './lm.js';
import type { Piece } from './tokenize.js';
import { BeamSearch, type BeamSettings } from './beam.js';
import { jointKeepGap, type FreeNeighbour } from './joint-margin.js';
import { DEFAULT_KEEP_BIAS, isForeignLookingName, isNameLine, keepBiases, keepsLetters, minChangeMargin, withKeepBonus, type KeepBiasSettings } from './keep-bias.js';
import { piecesOfLine, tokenRules } from './token-classes.js';
import { codeRules } from './codes.js';
import { farCandidatesOf } from './far-candidates.js';
import { ReadingLicenser } from './licensed-readings.js';
import { NamePairs, namePairsOfPhrases } from './name-pairs.js';
import { PlaceNameIndex, type PlaceContext, type PlaceName } from './place-names.js';
import type { PersonNames } from './person-names.js';
import { filingLabelEnd, nameRolesOf, signerNameReadings, signerNameStart, type NameRoles } from './signer-names.js';
import { apostropheNamesOf, repairedApostropheName } from './apostrophe-names.js';
import { mentionsNorthWestPeoples, mentionsVillagePeoples, NORTH_WEST_NAME_HEADS } from './north-west-names.js';
import { ContextMemo } from './context-memo.js';
import { BoundedMemo } from './bounded-memo.js';
import { DocumentPairs, PAIR_COUNT_CAP, pairBonusesAt, type PairBonus } from './document-pairs.js';

/** Far candidates this far (log-prob) below the token's best reading are not offered. */
const FAR_BEAM_WIDTH = 10;
/** How much the channel must prefer keeping a word before a change resting on one side of it is flagged. */
const ONE_SIDE_CHANNEL_GAP = 0.7;
/** Readings of a changed neighbour tried when a printed word is kept (jointKeepGap). */
const JOINT_NEIGHBOUR_READINGS = 8;
/** Changes that win by this much or more with the neighbours as chosen are not searched for a near tie. */
const JOINT_LOCAL_LIMIT = 6;
/** Lines either side of a line that judge whether it comes from a Vietnamese-aware source. */
const CLEAN_WINDOW_LINES = 4;
/** Letters a foreign word, a unit or an abbreviation is written with. */
const PLAIN_LETTERS = /^[A-Za-z]+$/u;
/** A word that starts with a capital (a name in a clean line: Chôl Chnăm Thmây stays). */
const readingBonusCache = new WeakMap<object, Map<string, unknown[]>>();

/** `readings` with `bonus` added to the channel of the readings at `indices` (one array per input and indices). */
function withReadingBonus<R extends { channel: number }>(readings: R[], indices: readonly number[], bonus: number): R[] {
  let byKey = readingBonusCache.get(readings);
  if (!byKey) {
    byKey = new Map();
    readingBonusCache.set(readings, byKey);
  }
  const key = `${indices.join(',')}:${bonus}`;
  const cached = byKey.get(key);
  if (cached) return cached as R[];
  const out = [...readings];
  for (const k of indices) out[k] = { ...(out[k] as R), channel: (out[k] as R).channel + bonus };
  byKey.set(key, out);
  return out;
}

const CAPITALISED = /^\p{Lu}/u;
/** The Y that opens an Ê Đê or Gia Rai person's name (Y Hlen, Y Wơn): the word after it is the name, printed as written. */
const NAME_PREFIX_Y = 'Y';
/** A name word: a capital, later a lower-case letter (Ea, H'leo; not the abbreviation UBND). */
const TITLE_CASE_NAME = /^\p{Lu}.*\p{Ll}/u;
/**
 * Words that put a place's name after them (xã Tân Lập, thôn Nà Lình, ấp Mỹ Hòa, bon Bu Prăng, plei Ơp). bản only
 * where the printed ban forms no phrase with the next word (favourPlaceUnits): the OCR's ban is far more often ban
 * (các ban Đảng, Ủy ban Mặt trận).
 */
const PLACE_UNITS = new Set(['xã', 'huyện', 'tỉnh', 'phường', 'quận', 'thôn', 'ấp', 'buôn', 'bon', 'plei', 'sóc', 'làng', 'phum', 'xóm', 'bản']);
/** Administrative units of one word, and of two (thị trấn, thị xã, thành phố: first word → second → unit). */
const ONE_WORD_UNITS = new Map<string, PlaceName['unit']>([
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['huyện', 'huyện'],
  ['quận', 'quận'],
  ['tỉnh', 'tỉnh'],
]);
const TWO_WORD_UNITS = new Map<string, Map<string, PlaceName['unit']>>([
  ['thị', new Map<string, PlaceName['unit']>([['trấn', 'thị trấn'], ['xã', 'thị xã']])],
  ['thành', new Map<string, PlaceName['unit']>([['phố', 'thành phố']])],
  ['đặc', new Map<string, PlaceName['unit']>([['khu', 'đặc khu']])],
]);

/** A unit word as the text prints it: its slots, each with the reading that is the unit's word. */
interface PrintedUnit {
  unit: PlaceName['unit'];
  words: Array<{ slot: Slot; reading: Reading }>;
}

/** Words that are, or open, an administrative unit's name (xã, thị …), lower case. */
const UNIT_WORDS = new Set([...ONE_WORD_UNITS.keys(), ...TWO_WORD_UNITS.keys(), ...[...TWO_WORD_UNITS.values()].flatMap((m) => [...m.keys()])]);
/** Per readings array: whether any reading is such a word (most are not; the check runs for every word slot). */
const readsAsUnitWord = new WeakMap<readonly Reading[], boolean>();

function hasUnitWordReading(readings: readonly Reading[]): boolean {
  let found = readsAsUnitWord.get(readings);
  if (found === undefined) {
    found = readings.some((reading) => UNIT_WORDS.has(reading.output.toLowerCase()));
    readsAsUnitWord.set(readings, found);
  }
  return found;
}

/** The administrative unit a slot (with the one before it) reads as, by any of its readings, or null. */
function placeUnitOf(slot: Slot, before: Slot | null): PrintedUnit | null {
  if (!hasUnitWordReading(slot.readings)) return null;
  if (before !== null && before.line === slot.line && hasUnitWordReading(before.readings)) {
    for (const first of before.readings) {
      const seconds = TWO_WORD_UNITS.get(first.output.toLowerCase());
      if (!seconds) continue;
      for (const second of slot.readings) {
        const unit = seconds.get(second.output.toLowerCase());
        if (unit !== undefined) return { unit, words: [{ slot: before, reading: first }, { slot, reading: second }] };
      }
    }
  }
  for (const reading of slot.readings) {
    const unit = ONE_WORD_UNITS.get(reading.output.toLowerCase());
    if (unit !== undefined) return { unit, words: [{ slot, reading }] };
  }
  return null;
}

/** Words that head an office's name (Phòng, Sở, Cục, Chi cục, Ban, Hội, Đội, Trạm, Trường, Bộ, Viện, Đoàn). */
const AGENCY_HEADS = new Set(['phòng', 'sở', 'cục', 'chi', 'ban', 'hội', 'đội', 'trạm', 'trường', 'bộ', 'viện', 'đoàn']);
/** The rest of a line opening with an abbreviation in capitals (LĐ-TB&XH, GD&ĐT, CM, VHTT), the OCR's D for Đ too. */
const ABBREVIATION_NEXT = /^\s+[\p{Lu}&]{2,}(?:[-&][\p{Lu}&]+)*(?![\p{Ll}])/u;

/**
 * Units whose names a plan writes without the unit word (Hải Phòng, Bạc Liêu, Thủ Đức). Not districts: their names
 * are shared with seasons and communes (Đồng Xuân, vụ Đông Xuân; huyện Năm Căn, xã Nậm Cắn: 9 worse, 6 better).
 */
const WELL_KNOWN_PLACE_UNITS: ReadonlyArray<PlaceName['unit']> = ['tỉnh', 'thành phố'];
/** The most words of such a name tried (Bà Rịa - Vũng Tàu is read in parts). */
const WELL_KNOWN_PLACE_WORDS = 3;

/** Readings of a printed word that is no syllable tried as a word of a place's name. */
const PLACE_NAME_READINGS = 6;
/** Word-by-word combinations of those readings tried at most, per name. */
const MAX_PLACE_NAME_GUESSES = 256;

/**
 * The capitalised word slot after `previous` that continues its name: on the same line, or opening the next line when
 * `previous` ends its line (a name the page wraps: xã Tu / Mơ Rông).
 */
function continuesNameRun(previous: Slot, item: Slot | 'boundary' | number | undefined, lines: readonly string[]): item is Slot {
  if (typeof item !== 'object' || !CAPITALISED.test(item.piece.text)) return false;
  if (item.line === previous.line) return true;
  if (item.line !== previous.line + 1) return false;
  const ends = (lines[previous.line - 1] ?? '').trimEnd().length === previous.piece.start + previous.piece.text.length;
  return ends && item.piece.start === (lines[item.line - 1] ?? '').search(/\S/u);
}


/** The printed word is the list's word, or its letters without any mark (the English OCR's way). */
function spellsOrOmitsMarks(printed: string, word: string): boolean {
  return printed.toLowerCase() === word.toLowerCase() || stripDiacritics(printed) === printed;
}

/** A village of the North-West (bản) and the printed ban of a body (Ban, Ủy ban) share their letters. */
const VILLAGE_UNIT = 'bản';
/** Units a trưởng heads, as printed without marks (Trưởng thôn, Trưởng ban, Trưởng phòng). */
const HEADED_UNITS = new Set(['ban', 'thon', 'ap', 'xom', 'buon', 'bon', 'phong', 'khoa', 'tram', 'doan', 'nhom']);
/** Words before a unit that count over all of its kind (các bản, mỗi bản, từng bản), without marks. */
const ENUMERATING = new Set(['cac', 'moi', 'tung', 'cic', 'mdi']);
/**
 * First syllables of the bodies a ban or Ủy ban names (Ban Chỉ đạo, Ban Chấp hành, Ủy ban Mặt trận, Ủy ban Nhân dân,
 * các ban Đảng, Ban Tổ chức, Ban Giám sát …), written from general knowledge of the genre, without marks: a village
 * (bản Pa Hin) is named by none of them as printed (Ủy ban Tài chính, Ủy ban sông Mê Công, Ủy ban Về người Việt Nam ở
 * nước ngoài too). The model's bigrams do not tell them apart: ban bố is a verb.
 */
const BODY_AFTER_BAN = new Set(
  ('chi chap thuong dan tuyen to kinh phap van noi kiem giam thanh cong ton dieu dai bao tiep vi bien quan canh nhan ' +
    'quoc an mat bi dang doi trung thi lien chu ho soan nghien khoa xay phong cuu giai boi chung bau sang hoa phat tri ' +
    'tu tham hoi tai song ve')
    .split(' '),
);
/** Levels (and their OCR prints, without marks) after which CA is the police's abbreviation: CA huyện, CA các xã. */
const LEVEL_AFTER_POLICE = new Set(['huyen', 'tinh', 'xa', 'x3', 'x4', 'phuong', 'quan', 'thi', 'thanh', 'tp', 'cac', 'cap']);
/** Words after which a number is an amount (2 tỷ 18 triệu đồng), compared without marks. */
const AMOUNT_WORDS = new Set(['trieu', 'nghin', 'ngan', 'tram', 'dong', 'ty', 'usd']);

/**
 * Whether the number at `index` is the English OCR's print of lệ in tỷ lệ (`Ty 18 hồ sơ`: l as 1, ệ as 8). Only
 * right after a printed ty/tỷ that follows no number, and before a word that is no amount word (tỷ lệ is always
 * followed by what it measures): `2 tỷ 18 triệu`, `tỷ 18 %` stay as printed.
 */
function isRatioWordPrintedAsDigits(pieces: readonly Piece[], index: number): boolean {
  if ((pieces[index] as Piece).text !== '18') return false;
  const previous = pieces[index - 1];
  if (!previous || previous.kind !== 'word' || !/^t[yỷ]$/iu.test(previous.text)) return false;
  const beforeRatio = pieces[index - 2];
  if (beforeRatio?.kind === 'number') return false;
  // Công ty 18 is a company's number, not tỷ lệ.
  if (beforeRatio?.kind === 'word' && /^cong$/iu.test(stripDiacritics(beforeRatio.text))) return false;
  const next = pieces[index + 1];
  return next?.kind === 'word' && !AMOUNT_WORDS.has(stripDiacritics(next.text).toLowerCase());
}

/** A quarter's numeral as printed, Roman or with the English OCR's 1 for I (Quý II as Quy 11). */
const QUARTER_NUMERAL = /^(?:I{1,3}|IV|1{1,3}|1V)$/u;
/** Numbers that can only be a quarter's Roman numeral after Quý, and that numeral. */
const QUARTER_DIGITS = new Map([['11', 'II'], ['111', 'III']]);

/** The word Quý (a quarter) as printed, its mark lost or kept. */
function isQuarterWord(piece: Piece | undefined): boolean {
  return piece?.kind === 'word' && /^qu[yý]$/iu.test(piece.text);
}

/** Words a 6 numbers (ngày 6, tháng 6, mục 6, điểm 6), without marks: the 6 is a number there. */
const NUMBERED_BEFORE_SIX = new Set(['ngay', 'thang', 'nam', 'muc', 'khoan', 'dieu', 'diem', 'lan', 'phan', 'so']);
/** Words after dịch that make a printed 6 a count (6 dịch vụ, 6 dịch bệnh), without marks. */
const COUNTED_AFTER_DICH = new Set(['vu', 'benh']);

/**
 * Whether the number at `index` is the English OCR's print of ổ in ổ dịch (an outbreak: `xử lý 6 dịch`, `100% 6
 * dịch`, `Số 6 dịch`; ổ printed as 6 as in s6 for số): a lone 6 after a word or a per cent sign, before dịch that
 * no vụ or bệnh follows (6 dịch vụ, 6 dịch bệnh are counts).
 */
function isNestPrintedAsSix(pieces: readonly Piece[], index: number): boolean {
  if ((pieces[index] as Piece).text !== '6') return false;
  const previous = pieces[index - 1];
  if (!previous || !(previous.kind === 'word' || previous.text.endsWith('%'))) return false;
  if (previous.kind === 'word' && NUMBERED_BEFORE_SIX.has(stripDiacritics(previous.text).toLowerCase())) return false;
  const next = pieces[index + 1];
  if (next?.kind !== 'word' || stripDiacritics(next.text).toLowerCase() !== 'dich') return false;
  const after = pieces[index + 2];
  return !(after?.kind === 'word' && COUNTED_AFTER_DICH.has(stripDiacritics(after.text).toLowerCase()));
}

/**
 * Lone capitals that are one-letter syllables of names once their mark is back (Ê Đê, Ô Môn, Ơ Đu), or a word whose
 * vowel the English OCR lost (S for Sở and Số, T for Tổ); the model decides. Other lone capitals (initials, column
 * letters, Y of an Ê Đê man's name, B of a village Prông B) stay as printed.
 */
const LONE_CAPITAL_READINGS = new Map<string, readonly string[]>([
  ['E', ['Ê']],
  ['O', ['Ô', 'Ơ']],
  ['S', ['Sở', 'Số']],
  ['T', ['Tổ']],
]);

/** Words a letter labels (nhóm máu O, vitamin E, khu A, phụ lục E), without marks: the letter stays a letter. */
const LABELLED_BY_LETTER = new Set(['nhom', 'vitamin', 'loai', 'hang', 'khoi', 'luc', 'muc', 'diem', 'phan', 'bang', 'khu', 'day', 'lo', 'tang', 'kieu', 'mau', 'to', 'doi', 'lop', 'toa', 'cap', 'vung', 'so']);

/** Readings this far (log) below a slot's likeliest print explanation do not count as what it may say. */
const LABEL_READING_GAP = 2;

/** The slot before may read, by what the channel finds likely, as a word a letter labels (nhém: nhóm). */
function followsLabelWord(previous: Slot | 'boundary' | number | undefined): boolean {
  if (typeof previous !== 'object') return false;
  const best = previous.readings.reduce((top, reading) => Math.max(top, reading.channel), -Infinity);
  return previous.readings.some(
    (reading) => reading.channel >= best - LABEL_READING_GAP && LABELLED_BY_LETTER.has(stripDiacritics(reading.output).toLowerCase()),
  );
}

/** The English OCR's two capitals for a capital Đ opening a word in Title Case (DPén, BPộc, PBiều, PDwong). */
const DOUBLED_D = /^(?:DP|BP|PB|PD)(?=\p{Ll})/u;

/** The header's `Số` as the English OCR prints it with a round capital for ố (SG, SO, SQ, S0). */
const NUMBER_LABEL_MISREAD = /^S[GOQ0]$/u;
/** Two capitals without a vowel (SG, TS, KL). */
const CAPS_PAIR = /^[B-DF-HJ-NP-TV-XZ]{2}$/u;
/** Two to five capitals without marks. */
const CAPS_NON_SYLLABLE = /^[A-Z]{2,5}$/u;
/** Three to six capitals without marks: an acronym (AQI, LED, DBI) when no syllable spells it. */
const CAPS_ACRONYM = /^[A-Z]{3,6}$/u;
/**
 * Units of measure written after a number (1.850 m, 5 m/năm, 120 ha, 100 m2 as the OCR prints m², 726 kcal/trẻ,
 * 2 g/ngày, 85 kgOE/tấn): no syllable, so never a garbled word there. Vietnamese units (tấn, lít, giờ) are
 * syllables and go through the decoder.
 */
const MEASURE_UNIT =
  /^(?:(?:[kcdm]?m|km)[23]?|ha|[km]?g|ml|k?cal|[kM]?J|kgOE|TOE|ppm|ppb|mmHg|[kMG]?Hz|[KMGT]B|[kMG]bps|kVA|MVA|kV|[kMG]Wh?|Wh|mAh?|dB|lux)$/u;
/**
 * A unit of length the OCR printed before a `?` that stood for its square (m? or m2?: m²). Area is what plans
 * measure in m² far more often than volume in m³, whose ³ the OCR prints the same way.
 */
const SQUARE_MISREAD = /^((?:[kcd]?m|km))2?$/u;
/** A squared or cubed unit after a slash (µg/m3, m3/ngày đêm): the 2 or 3 is the exponent, not a letter. */
const POWER_UNIT = /^[kcd]?m[23]$/u;
/**
 * A dollar sign before a letter, or before the 6 or & the English OCR prints for ố and ở, in a short word: the
 * OCR's S ($6 = Số, $& = Sở). Before other digits it is an amount ($5, $50).
 */
const DOLLAR_FOR_S = /^\$(?:\p{L}|[6&¢€](?!\d))[\p{L}&¢€¥|]{0,3}$/u;
/** Words that introduce a person by name. */
const HONORIFIC_READINGS = new Set(['ông', 'bà']);
/** Lines of a plan's header where the issuer is named. */
const HEADER_LINES = 6;
/** The issuer's level word after UBND or NHÂN DÂN, or opening the line below ỦY BAN NHÂN DÂN (marks stripped). */
const ISSUER_LEVELS: Readonly<Record<string, string>> = { QUAN: 'quận', PHUONG: 'phường', XA: 'xã', X4: 'xã', X3: 'xã', HUYEN: 'huyện', TINH: 'tỉnh' };
const LEVEL_AFTER_ISSUER = /(?:\bUBND|\bNHAN DAN)\s+(QUAN|PHUONG|XA|X4|X3|HUYEN|TINH)\s+[A-Z]/u;
const LEVEL_OPENING_LINE = /^\s*(QUAN|PHUONG|XA|X4|X3|HUYEN|TINH)\s+[A-Z]/u;

/** The level of the plan's issuer (quận, phường, xã, huyện, tỉnh) as its header names it, or null. */
function issuerLevel(lines: readonly string[]): string | null {
  let level: string | null = null;
  let afterIssuer = false;
  for (const line of lines.slice(0, HEADER_LINES)) {
    const bare = stripDiacritics(line).toUpperCase();
    const match = LEVEL_AFTER_ISSUER.exec(bare) ?? (afterIssuer ? LEVEL_OPENING_LINE.exec(bare) : null);
    if (match) level = ISSUER_LEVELS[match[1] as string] ?? level;
    afterIssuer = /\bNHAN DAN\s*$|\bUBND\s*$|\bNHAN DAN\s{2,}/u.test(bare) || /^\s*(?:UY BAN )?NHAN DAN\b/u.test(bare);
  }
  return level;
}

/** Below this share of capitals among its letters a line is running text, not an upper-case heading. */
const RUNNING_TEXT_UPPER_SHARE = 0.5;

/** Whether most letters of the line are lower case: an all-caps word in it is not a word of a heading. */
function isRunningText(line: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of line) {
    const lower = c.toLowerCase();
    if (lower === c.toUpperCase()) continue;
    letters += 1;
    if (c !== lower) upper += 1;
  }
  return letters > 0 && upper / letters < RUNNING_TEXT_UPPER_SHARE;
}

/**
 * A printed word that carries a mark becomes another reading of the same letters (kém → kèm, Bé → Bè): the OCR
 * printed a mark there, so only the mark's kind is in doubt.
 */
function isMarkOnlyChange(from: string, to: string): boolean {
  const bare = stripDiacritics(from);
  return bare !== from && bare.toLowerCase() === stripDiacritics(to).toLowerCase();
}

/** Two to four capitals with a vowel among them: in running text, a short word whose marked vowel the English OCR printed as a capital (BO: Bộ, HO: Hồ, HOI: Hội). */
const SHORT_CAPITALS = /^(?=.*[AEIOUY])[A-Z]{2,4}$/u;

/** A word of two or more letters, all capitals (an abbreviation, or a word of a run in capitals: CHỦ TỊCH). */
function isCapitalsWord(item: { piece: Piece } | number | undefined): boolean {
  if (typeof item !== 'object') return false;
  const text = item.piece.text;
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * A word of SHORT_CAPITALS in a line of running text that the decoder read as another syllable (no rule forced it),
 * with no word in capitals beside it (CHU TICH, UBND XA stay in capitals): the capitals were the OCR's, not the
 * document's, so the word is written in Title case (Bộ Chỉ huy, ông Hồ Văn Lộc), as a Title-Case print would be.
 */
function isStrayCapitalWord(
  item: { line: number; piece: Piece },
  chosen: { output: string; forcedReason?: unknown },
  before: { line: number; piece: Piece } | number | undefined,
  after: { line: number; piece: Piece } | number | undefined,
): boolean {
  if (chosen.forcedReason !== undefined || chosen.output === item.piece.text || !SHORT_CAPITALS.test(item.piece.text)) return false;
  const besideInCapitals = (other: typeof before) => typeof other === 'object' && other.line === item.line && isCapitalsWord(other);
  return !besideInCapitals(before) && !besideInCapitals(after);
}

/**
 * A printed word opening with a capital and then a lower-case letter where the capital is the English OCR's print of
 * a small letter: I for l (Ida, Iuu, Itra: lúa, lưu, lừa), U for ư with a tone (Ung, Umg: ứng).
 */
const CAPITAL_I_FOR_L = /^I\p{Ll}/u;
const CAPITAL_U_FOR_HORNED_U = /^U\p{Ll}/u;
const HORNED_U_READING = /^[ƯỨỪỬỮỰ]/u;

/**
 * A word printed with a capital I for its l (Ida → lúa, Iuu → lưu), or U for its ư (Ung → ứng), inside a
 * sentence: the word before it on its line is lower case with only spaces or a comma between, and the word after it
 * is no capitalised one (bà Lưu Thị Hoa, a name, keeps its capital). Its reading is written in lower case, as the
 * print's capital was the OCR's.
 */
function isCapitalIForL(
  item: { line: number; piece: Piece },
  chosen: { output: string },
  before: { line: number; piece: Piece } | number | undefined,
  after: { line: number; piece: Piece } | number | undefined,
  line: string,
): boolean {
  const text = item.piece.text;
  const smallLetter = (CAPITAL_I_FOR_L.test(text) && chosen.output.startsWith('L')) || (CAPITAL_U_FOR_HORNED_U.test(text) && HORNED_U_READING.test(chosen.output));
  if (!smallLetter) return false;
  if (typeof before !== 'object' || before.line !== item.line || !/\p{Ll}$/u.test(before.piece.text)) return false;
  if (!/^,?\s+$/u.test(line.slice(before.piece.start + before.piece.text.length, item.piece.start))) return false;
  return !(typeof after === 'object' && after.line === item.line && /^\p{Lu}/u.test(after.piece.text));
}

/**
 * A Title-Case or lower-case print that spells a syllable without its marks (Noi, nhan, Hanh): the document's own
 * case, not a garble (Td) nor a word of capitals with one letter the OCR lowered (cHI).
 */
function isPrintedInOwnCase(text: string): boolean {
  return OWN_CASE_PRINT.test(text) && isValidSyllable(stripDiacritics(text));
}
const OWN_CASE_PRINT = /^\p{L}\p{Ll}+$/u;

/** Capitals, then only lower-case vowels: a word of capitals whose marked vowel the English OCR printed small (PHi for PHÍ). */
const CAPITALS_WITH_SMALL_VOWEL = /^[A-Z]{2,}[aeiouy]+$/u;

/**
 * A changed word printed as CAPITALS_WITH_SMALL_VOWEL beside a heading's word in capitals on its line (KINH PHi): a
 * word of that heading, written in capitals.
 */
function isCapitalsWithSmallVowel(
  item: { line: number; piece: Piece },
  chosen: { output: string },
  before: { line: number; piece: Piece } | number | undefined,
  after: { line: number; piece: Piece } | number | undefined,
): boolean {
  if (chosen.output === item.piece.text || !CAPITALS_WITH_SMALL_VOWEL.test(item.piece.text)) return false;
  const inCapitals = (other: typeof before) => typeof other === 'object' && other.line === item.line && isHeadingWordInCapitals(other.piece.text);
  return inCapitals(before) || inCapitals(after);
}

/** A word of three or more capitals that spells a syllable without marks (KINH, THUC): a heading's, not an abbreviation (UBND) nor a stray short word (SO). */
function isHeadingWordInCapitals(text: string): boolean {
  return /^[A-Z]{3,}$/u.test(text) && isValidSyllable(text.toLowerCase());
}

/** The header's number label (Số: 45/KH-UBND), written so by the document format whatever case the OCR printed. */
const NUMBER_LABEL = 'Số';

/** A changed word read as số in capitals right before a colon (SO: 45/KH-UBND): the header's number label. */
function isNumberLabel(item: { piece: Piece }, output: string, line: string): boolean {
  if (output !== 'SỐ' || output === item.piece.text) return false;
  return /^\s*:/u.test(line.slice(item.piece.start + item.piece.text.length));
}

/** The word with its first letter a capital and the rest lower case. */
function titleCased(word: string): string {
  const [first = '', ...rest] = [...word];
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/** A word slot a rule kept exactly as printed (an abbreviation, a protected token, a name). */
function isKeptAsPrinted(slot: { piece: Piece; readings: ReadonlyArray<{ output: string; forcedReason?: unknown }> }): boolean {
  const only = slot.readings[0];
  return slot.readings.length === 1 && only !== undefined && only.output === slot.piece.text && only.forcedReason === undefined;
}
import {
  LIST_MARKER,
  MAX_WORD_LENGTH,
  ROMAN_LIKE,
  RUNNER_UP_READINGS,
  SENTENCE_PUNCT,
  SUPERSCRIPT_DIGIT,
  VIETNAMESE_ONLY_LETTER,
  VIETNAMESE_SOURCE_SHARE,
  APOSTROPHE_NAME,
  allCapsLines,
  classifyChange,
  isProtectedWord,
} from './word-rules.js';

export interface DecoderSettings extends BeamSettings, KeepBiasSettings {
  /** Channel score given to keeping a token that is not a valid syllable as it is. */
  keepUnexplained: number;
  /** Added to keeping a well-formed word written with letters only a Vietnamese-aware source prints. */
  cleanWordBonus: number;
  /** Added on top, in a line from such a source, to keeping a well-formed word that carries marks. */
  cleanMarkedWordBonus: number;
  /** Added to keeping a word the language model does not know (its <unk> mass is shared by many words). */
  unknownWordPenalty: number;
  /** A change whose score beats the runner-up by less than this is flagged low-confidence. */
  lowConfidenceMargin: number;
  /** Offer frequent syllables two edits from a garbled token (far-candidates.ts). */
  farCandidates: boolean;
  /** Offer readings a neighbour's strong collocation licenses (licensed-readings.ts). */
  licensedReadings: boolean;
  /**
   * Added to a capitalised word's readings that form a known name with a neighbour (name-pairs.ts). The model rebuilt
   * with the plan corpus's G-* and J-* files (18a2023) knows many more place names itself, and with the bonus at 3 it
   * pulled unknown names onto known ones (Phi Mur → Phù Mỹ); the sweep that lowered it is in the commit that set it.
   */
  namePairBonus: number;
  /** Added to keeping two unknown capitals without a vowel (SG, TS) as printed (capsPairChoice). */
  capsPairKeepBonus: number;
  /** Added to a place-unit reading (xã, thôn) of a lower-case word right before a capitalised one (favourPlaceUnits). */
  placeUnitBonus: number;
  /** Added to the reading Thị of a capitalised Thi between a surname and a capitalised word (favourMiddleNameThi). */
  middleNameBonus: number;
  /**
   * Added to the reading of a lower-case word that is the level of the plan's issuer, as its header names it (UBND
   * QUẬN …: quan → quận in the body; favourIssuerLevel). The header is strong evidence, so the bonus is large.
   */
  issuerLevelBonus: number;
  /** Added to the readings ông and bà of a lower-case word right before a person's name (favourHonorifics). */
  honorificBonus: number;
  /** Added to the readings of a capitalised word that head an office's name, right before an abbreviation (favourAgencyHeads). */
  agencyHeadBonus: number;
  /** Added to the reading trưởng of a word right before a unit it heads (Trưởng thôn, Trưởng bản, Trưởng phòng; favourHeadTitles). */
  headTitleBonus: number;
  /** Added on top to bản, in a plan naming the North-West's peoples, for a printed ban before a name or ending an enumeration (favourVillages). */
  villageUnitBonus: number;
  /** Added to a North-West name head (Nậm, Huổi, Chiềng) opening a name, in a plan naming those peoples (favourNorthWestHeads). */
  northWestHeadBonus: number;
  /**
   * Added to the margin a change of a well-formed printed word must clear when the chosen reading forms no stored
   * bigram with either neighbour (restsOnUnigram): only its frequency speaks for it.
   */
  unigramChangeMargin: number;
  /**
   * A change of a well-formed printed word is undone when the printed word forms a phrase with a neighbour (a stored
   * bigram at least this much likelier than chance, in log) while the chosen reading forms no bigram likelier than
   * chance with either neighbour (tôm, cua biển → của): only its frequency speaks for it. 0 turns this off.
   */
  printedPhraseAssociation: number;
  /**
   * A change of a printed word without marks is undone when the best text that keeps the word, its changed
   * neighbours re-chosen (joint-margin.ts), scores within this much of the chosen text: a near tie once the neighbour
   * may take the reading that suits the printed word (tu bd → từ bỏ where tu bổ was printed). 0 turns this off: the
   * model rebuilt with the K–N corpus files reads those phrases itself, and at 0.1 the margin cost 11 tokens of the
   * tuning plans for 1.
   */
  jointKeepMargin: number;
  /**
   * Added, in a second pass, to a reading of a lower-case printed word without marks that forms a pair of adjacent
   * words the first pass read with confidence elsewhere in the same document, once per other occurrence up to
   * PAIR_COUNT_CAP (document-pairs.ts). 0 turns the second pass off.
   */
  documentPairBonus: number;
  /** A first-pass reading is confident when it beats the runner-up, in its context, by at least this much. */
  documentPairConfidence: number;
  /**
   * Weight of the document's own word counts in the second pass (a cache model, documentWordBonuses): a reading the
   * first pass read with confidence elsewhere in the same document, far more often than the model expects of it,
   * gains weight × ln(1 + ratio × documentWordShare / (1 − documentWordShare)), ratio being its share of the
   * document's confident words over its unigram probability. 0 turns this off.
   */
  documentWordWeight: number;
  /** The cache's share in its mixture with the model (1 − λ of the interpolation). */
  documentWordShare: number;
  /** A word counts for the cache only when read with confidence at least this often elsewhere in the document. */
  documentWordMinCount: number;
}

export const DEFAULT_DECODER_SETTINGS: DecoderSettings = {
  channelWeight: 1,
  keepUnexplained: -11,
  unknownWordPenalty: -6,
  cleanWordBonus: 5,
  cleanMarkedWordBonus: 8,
  beamSize: 12,
  beamThreshold: 10,
  lowConfidenceMargin: 2,
  ...DEFAULT_KEEP_BIAS,
  farCandidates: true,
  licensedReadings: true,
  namePairBonus: 2.25,
  capsPairKeepBonus: 16,
  placeUnitBonus: 3,
  middleNameBonus: 6,
  issuerLevelBonus: 3,
  honorificBonus: 3,
  northWestHeadBonus: 6,
  villageUnitBonus: 3,
  headTitleBonus: 3,
  agencyHeadBonus: 3,
  unigramChangeMargin: 1,
  printedPhraseAssociation: 2,
  jointKeepMargin: 0,
  documentPairBonus: 1,
  documentPairConfidence: 4,
  documentWordWeight: 1,
  documentWordShare: 0.2,
  documentWordMinCount: 1,
};

type Reason = Correction['reason'];

interface Reading {
  output: string;
  lmId: number;
  channel: number;
  /** Set when a rule rather than the decoder chose this reading. */
  forcedReason?: Reason;
  /** Set when the rule's reading is a best guess the print cannot settle (m? is m² or m³). */
  guess?: boolean;
}

interface Slot {
  line: number;
  piece: Piece;
  readings: Reading[];
  /** Index of the reading that keeps the token as it is (after NFC). */
  keepIndex: number;
  chosen: number;
  /** What the decoder asks of the printed word, found with its readings (absent: asked of the word itself). */
  facts?: WordFacts;
}

/** Facts of a printed word: normalizeVietnamese of it, and whether it is syllable-like and well-formed. */
interface WordFacts {
  normalized: string;
  syllableLike: boolean;
  wellFormed: boolean;
}

/** A word's facts and its choices per variant (kind, line opening, next character). */
interface WordEntry {
  facts: WordFacts;
  variants: Map<number, { readings: Reading[]; keepIndex: number }>;
}

export interface DecodeResources {
  lm: SyllableLm;
  channel: ChannelModel;
  candidates: CandidateGenerator;
  dictionary: RestoreDictionary;
  settings: DecoderSettings;
  /** Known segments of document codes (QĐ, TTg, HĐND): code segments are repaired against them. */
  codeSegments?: ReadonlySet<string>;
  /** Pairs of personal-name syllables (`nguyễn văn`, `văn hùng`) taken as name pairs. */
  personNamePairs?: readonly string[];
  /** The person-name syllables by their place in a name: a signer's name line is read from them (signer-names.ts). */
  personNames?: PersonNames;
  /**
   * Administrative units (xã Trà Thanh): their names' adjacent words are name pairs, and a name printed after its
   * unit without marks takes the one spelling the list gives it.
   */
  placeNames?: readonly PlaceName[];
}

export interface DecodeOutput {
  text: string;
  corrections: Correction[];
  stats: { syllables: number; validBefore: number; validAfter: number; changed: number; lowConfidence: number };
}

export class Decoder {
  private readonly reasonCache = new Map<string, Map<string, Reason>>();
  private readonly readingCache = new Map<string, { readings: Reading[]; keepIndex: number }>();
  private readonly startId: number;
  private readonly endId: number;
  private readonly numberId: number;
  private readonly commaId: number;

  private readonly correctionsByFirstWord = new Map<string, RestoreDictionary['corrections']>();
  /** Per word text (and what follows it), the readings a rule or the channel gives it. */
  private readonly wordCache = new Map<string, WordEntry>();
  private wordCacheEntries = 0;

  private readonly beam: BeamSearch;
  private readonly licenser: ReadingLicenser;
  private readonly namePairs: NamePairs;
  /** Pairs of the administrative units' names: evidence for readings that keep their printed letters only. */
  private readonly placePairs: NamePairs;
  /** Surname–middle and middle–given pairs of the person-name list alone (no places, no agencies). */
  private readonly personPairs: NamePairs;
  private readonly nameRoles: NameRoles | null;
  /** The letters (without marks) of every syllable of the person-name list. */
  private readonly personNameLetters: ReadonlySet<string>;
  private readonly favouredMemo = new ContextMemo<number[]>();
  /** Code segments kept as printed: the code-segment list, protected tokens and code-correction targets. */
  private readonly knownCodeSegments: ReadonlySet<string>;
  /** The genre phrases' apostrophe names by their bare letters (apostrophe-names.ts). */
  private readonly apostropheNames: ReadonlyMap<string, string | null>;
  private readonly placeIndex: PlaceNameIndex;

  constructor(private readonly r: DecodeResources) {
    for (const correction of r.dictionary.corrections) {
      const first = correction.from[0] as string;
      const list = this.correctionsByFirstWord.get(first);
      if (list) list.push(correction);
      else this.correctionsByFirstWord.set(first, [correction]);
    }
    this.startId = r.lm.idOf(SENTENCE_START);
    this.endId = r.lm.idOf(SENTENCE_END);
    this.numberId = r.lm.idOf(NUMBER_TOKEN);
    this.commaId = r.lm.idOf(COMMA_TOKEN);
    this.beam = new BeamSearch(r.lm, this.startId, this.endId, r.settings);
    this.licenser = new ReadingLicenser(r.lm, r.channel, isWellFormedSyllable);
    this.namePairs = new NamePairs([...namePairsOfPhrases(r.dictionary.phrases), ...(r.personNamePairs ?? [])], r.lm);
    this.placeIndex = new PlaceNameIndex(r.placeNames ?? []);
    this.placePairs = new NamePairs(this.placeIndex.namePairs(), r.lm, true);
    this.personPairs = new NamePairs(r.personNamePairs ?? [], r.lm);
    this.nameRoles = r.personNames ? nameRolesOf(r.personNames) : null;
    this.personNameLetters = new Set(
      Object.values(r.personNames ?? {}).flatMap((syllables: string[] | undefined) => (syllables ?? []).map((syllable) => stripDiacritics(syllable).toLowerCase())),
    );
    this.knownCodeSegments = new Set([...(r.codeSegments ?? []), ...r.dictionary.protectedTokens, ...r.dictionary.codeCorrections.values()]);
    this.apostropheNames = apostropheNamesOf(r.dictionary.phrases);
  }

  private lmIdOfWord(text: string): number {
    const lower = text.toLowerCase().replace(/’/gu, "'");
    return this.r.lm.has(lower) ? this.r.lm.idOf(lower) : this.r.lm.idOf(canonicalSyllable(lower));
  }

  /**
   * A word the English OCR opened with $ for a capital S ($6: for Số:, $& for Sở): read as the word with an S, and
   * kept as printed, $ included, when no reading explains it.
   */
  private dollarWordChoice(piece: Piece, isFirstWord: boolean, next: Piece | undefined): { readings: Reading[]; keepIndex: number } {
    const asS = `S${piece.text.slice(1)}`;
    const choice = this.wordChoice({ ...piece, text: asS, kind: 'word' }, isFirstWord, next);
    const readings = choice.readings.map((reading) => (reading.output === asS ? { ...reading, output: piece.text } : reading));
    return { readings, keepIndex: choice.keepIndex };
  }

  /**
   * A word the English OCR opened with two capitals for its Đ (DPén for Đến, PBiều for Điều): read as the word with
   * Đ, kept as printed when no reading explains it.
   */
  private doubledDWordChoice(piece: Piece, isFirstWord: boolean, next: Piece | undefined): { readings: Reading[]; keepIndex: number } {
    const asD = piece.text.replace(DOUBLED_D, 'Đ');
    const choice = this.wordChoice({ ...piece, text: asD, kind: 'word' }, isFirstWord, next);
    const readings = choice.readings.map((reading) => (reading.output === asD ? { ...reading, output: piece.text } : reading));
    return { readings, keepIndex: choice.keepIndex };
  }

  /**
   * The model's token for a unit of measure after a number: its own where the model knows it, else the number's. A
   * unit the model never saw (kcal, kgOE) would be <unk>, and the word after it (kcal/trẻ/ngày) read without context.
   */
  private unitLmId(unit: string): number {
    const lower = unit.toLowerCase();
    return this.r.lm.has(lower) ? this.r.lm.idOf(lower) : this.numberId;
  }

  private fixed(output: string, lmId: number, forcedReason?: Reason): { readings: Reading[]; keepIndex: number } {
    const reading: Reading = { output, lmId, channel: 0 };
    if (forcedReason) reading.forcedReason = forcedReason;
    return { readings: [reading], keepIndex: 0 };
  }

  /** Readings of a word token that no rule fixed: keep it, or the channel's candidates. */
  private readingsOf(text: string): { readings: Reading[]; keepIndex: number } {
    if (this.readingCache.size >= 200_000) this.readingCache.clear();
    const cached = this.readingCache.get(text);
    if (cached) return cached;
    const lower = text.toLowerCase();
    const valid = isWellFormedSyllable(text);
    const ownCanonical = valid ? canonicalSyllable(text) : null;
    const readings: Reading[] = [];
    let keepIndex = -1;
    const pattern = casePatternOf(text);
    for (const candidate of this.r.candidates.candidatesFor(lower)) {
      const isOwn = candidate.syllable === ownCanonical;
      if (isOwn) keepIndex = readings.length;
      readings.push({
        output: isOwn ? text : withCase(pattern, candidate.spelling),
        lmId: this.r.lm.idOf(candidate.syllable),
        channel: candidate.channel,
      });
    }
    if (!valid && this.r.settings.farCandidates) this.addFarReadings(lower, pattern, readings);
    // A well-formed syllable with letters the English OCR model cannot print (ạ, ơ, ư, đ, ệ ...) came from a
    // source that writes Vietnamese (a text layer, the Vietnamese OCR model): trust it more than the channel says.
    if (keepIndex >= 0 && valid && VIETNAMESE_ONLY_LETTER.test(text)) {
      const own = readings[keepIndex] as Reading;
      readings[keepIndex] = { ...own, channel: own.channel + this.r.settings.cleanWordBonus };
    }
    if (keepIndex < 0) {
      keepIndex = readings.length;
      const lmId = this.lmIdOfWord(text);
      let channel = valid ? this.r.channel.score(lower, lower) : this.r.settings.keepUnexplained;
      if (valid && VIETNAMESE_ONLY_LETTER.test(text)) channel += this.r.settings.cleanWordBonus;
      // <unk> carries the mass of every rare word; one unknown word gets only a share of it.
      if (lmId === this.r.lm.unknownId) channel += this.r.settings.unknownWordPenalty;
      readings.push({ output: text, lmId, channel });
    }
    const result = { readings, keepIndex };
    this.readingCache.set(text, result);
    return result;
  }

  /**
   * A number of one or two digits right after a word may be the English OCR's print of a syllable (sạt 16: lở, quốc
   * 16: lộ, Tuần 18: lễ; l as 1, a marked vowel as 6 or 8). Its readings: the number, with a bonus, and the syllables
   * the channel explains it as that form a strong collocation with a reading of the word before (licensed-readings.ts);
   * null when none does. The model then weighs the number against the phrase.
   */
  private numberAsWord(piece: Piece, previous: Slot): Reading[] | null {
    if (!SHORT_NUMBER.test(piece.text)) return null;
    const { lm } = this.r;
    const successors: number[] = [];
    for (const reading of previous.readings.slice(0, NUMBER_WORD_PREVIOUS_READINGS)) lm.addStrongNeighbours(reading.lmId, false, successors);
    if (successors.length === 0) return null;
    // A one-letter reading is a Roman numeral the model learnt lower-cased (quý 1 is never quý i).
    const words = this.readingsOf(piece.text).readings.filter((reading) => [...reading.output].length >= 2 && successors.includes(reading.lmId));
    if (words.length === 0) return null;
    return [{ output: piece.text, lmId: this.numberId, channel: NUMBER_KEEP_BONUS }, ...words];
  }

  /**
   * A lone capital of LONE_CAPITAL_READINGS: kept, or read as the syllables the English OCR prints so (Ê in Ê Đê, Ô in
   * Ô Môn, Sở in S Y tế); the model, which knows those words, decides against the keep-bias of a capitalised word.
   */
  private loneCapitalChoice(text: string, spellings: readonly string[]): { readings: Reading[]; keepIndex: number } {
    const readings: Reading[] = [{ output: text, lmId: this.lmIdOfWord(text), channel: this.r.channel.score(text.toLowerCase(), text.toLowerCase()) }];
    for (const spelling of spellings) {
      const lower = spelling.toLowerCase();
      readings.push({ output: spelling, lmId: this.r.lm.idOf(lower), channel: this.r.channel.score(lower, text.toLowerCase()) });
    }
    return { readings, keepIndex: 0 };
  }

  /** Frequent syllables two edits away that the regular search did not reach (far-candidates.ts). */
  private addFarReadings(lower: string, pattern: ReturnType<typeof casePatternOf>, readings: Reading[]): void {
    const present = new Set(readings.map((r) => r.lmId));
    // As in the regular search, a reading far below the best explanation is not worth the beam's time.
    const floor = readings.reduce((best, r) => Math.max(best, r.channel), -Infinity) - FAR_BEAM_WIDTH;
    for (const far of farCandidatesOf(this.r.lm, this.r.channel, isWellFormedSyllable).candidatesFor(lower)) {
      const lmId = this.r.lm.idOf(far.syllable);
      if (present.has(lmId) || far.channel < floor) continue;
      present.add(lmId);
      readings.push({ output: withCase(pattern, far.syllable), lmId, channel: far.channel });
    }
  }

  private wordChoice(piece: Piece, isFirstWord: boolean, next: Piece | undefined): { readings: Reading[]; keepIndex: number } {
    const text = normalizeVietnamese(piece.text);
    if (piece.kind === 'link') return this.fixed(text, this.r.lm.unknownId);
    if (isFirstWord && ROMAN_LIKE.test(text) && /[I|]/u.test(text) && next?.text.startsWith('.')) {
      // Section numerals: OCR reads I as | or 1 (`|.`, `I1.`).
      return this.fixed(text.replace(/[1lL|]/gu, 'I'), this.r.lm.unknownId, 'confusion');
    }
    const code = this.r.dictionary.codeCorrections.get(text);
    if (code !== undefined) return this.fixed(code, this.lmIdOfWord(code), 'dictionary');
    if (isFirstWord && NUMBER_LABEL_MISREAD.test(text) && next?.text.startsWith(':')) {
      // `SG: 41/KH-UBND` opening a line: the header's Số:, its ố printed as a round capital.
      return this.fixed('Số', this.lmIdOfWord('số'), 'confusion');
    }
    if (text === 'CA' && next !== undefined && LEVEL_AFTER_POLICE.has(stripDiacritics(next.text).toLowerCase())) {
      // CA huyện, CA các xã: the police (Công an) of that level, an abbreviation, not các or cả.
      return this.fixed(text, this.lmIdOfWord(text));
    }
    if (CAPS_PAIR.test(text) && !this.knownCodeSegments.has(text) && !(next && /^[-/–]/u.test(next.text))) {
      const pair = this.capsPairChoice(text);
      if (pair) return pair;
    }
    const name = repairedApostropheName(text, this.apostropheNames);
    if (name) return this.fixed(name, this.lmIdOfWord(name), 'dictionary');
    const loneCapital = LONE_CAPITAL_READINGS.get(text);
    if (loneCapital && !(next?.kind === 'punct' && /^[).]/u.test(next.text))) return this.loneCapitalChoice(text, loneCapital);
    if (isProtectedWord(text, next, this.r.dictionary)) return this.fixed(text, this.lmIdOfWord(text));
    // No syllable is this long; a run of glued or junk characters is left as it is. Nor holds one a superscript
    // digit or a micro sign (m², km³, µg): a unit stays as printed.
    if ([...text].length > MAX_WORD_LENGTH || SUPERSCRIPT_DIGIT.test(text)) return this.fixed(text, this.r.lm.unknownId);
    return this.readingsOf(text);
  }

  /**
   * Two capitals without a vowel that no list knows (SG, TS): an abbreviation, or a Title-Case syllable whose
   * vowel the English OCR printed as a capital (Sở → SG, Tổ → TS). It keeps a large bias for staying, and becomes
   * the syllable only where the model and the channel explain it by a wide margin (SG Tài chính, TS chức).
   */
  private capsPairChoice(text: string): { readings: Reading[]; keepIndex: number } | null {
    const titled = text.charAt(0) + text.slice(1).toLowerCase();
    const base = this.readingsOf(titled);
    if (base.readings.length < 2) return null;
    const bonus = this.r.settings.capsPairKeepBonus;
    const readings = base.readings.map((reading, k) => (k === base.keepIndex ? { ...reading, output: text, channel: reading.channel + bonus } : reading));
    return { readings, keepIndex: base.keepIndex };
  }

  /**
   * Lines that come from a source that writes Vietnamese (a text layer, the Vietnamese OCR model): around them
   * (CLEAN_WINDOW_LINES either side) many words carry letters the English OCR model cannot print. Judged per
   * neighbourhood rather than per document, so a scanned page inside a text-layer document is still restored.
   */
  private cleanLines(items: ReadonlyArray<Slot | 'boundary' | number>, lineCount: number): Set<number> {
    const words = new Int32Array(lineCount + 2);
    const vietnamese = new Int32Array(lineCount + 2);
    for (const item of items) {
      if (typeof item !== 'object') continue;
      const text = item.piece.text;
      const marked = VIETNAMESE_ONLY_LETTER.test(text);
      // Abbreviations and codes (UBND, KGVX) carry no marks in any source: only syllable-like words count.
      if (!marked && !(item.facts?.syllableLike ?? this.isSyllableLike(text))) continue;
      words[item.line] = (words[item.line] as number) + 1;
      if (marked) vietnamese[item.line] = (vietnamese[item.line] as number) + 1;
    }
    const clean = new Set<number>();
    let windowWords = 0;
    let windowVietnamese = 0;
    const at = (line: number): [number, number] => (line >= 1 && line <= lineCount ? [words[line] as number, vietnamese[line] as number] : [0, 0]);
    for (let line = 1 - CLEAN_WINDOW_LINES; line <= 1 + CLEAN_WINDOW_LINES; line += 1) {
      const [w, v] = at(line);
      windowWords += w;
      windowVietnamese += v;
    }
    for (let line = 1; line <= lineCount; line += 1) {
      if ((words[line] as number) > 0 && windowVietnamese / Math.max(1, windowWords) >= VIETNAMESE_SOURCE_SHARE) clean.add(line);
      const [wOut, vOut] = at(line - CLEAN_WINDOW_LINES);
      const [wIn, vIn] = at(line + CLEAN_WINDOW_LINES + 1);
      windowWords += wIn - wOut;
      windowVietnamese += vIn - vOut;
    }
    return clean;
  }

  /**
   * Clean mode: in a line from a Vietnamese-aware source a well-formed word is trusted (a marked or capitalised one
   * much more: only overwhelming language-model evidence changes it), and a word of plain ASCII letters or a capitalised
   * word that is no syllable even without marks (tour, km, Jrai, Internet; unlike sach) is a foreign word, a unit
   * or a name: it stays.
   */
  private trustCleanLines(items: Array<Slot | 'boundary' | number>, clean: ReadonlySet<number>): void {
    for (const item of items) {
      if (typeof item !== 'object' || item.keepIndex < 0 || item.readings.length < 2 || !clean.has(item.line)) continue;
      const text = normalizeVietnamese(item.piece.text);
      if (!this.isWellFormed(text)) {
        // … and so does a name printed with the source's own letters that no mark would make well formed (Đak Đoa,
        // Krông): only a reading with other letters would, and the source prints letters as they are written.
        const letters = splitTone(text)?.letters;
        const nameLetters = (CAPITALISED.test(text) || VIETNAMESE_ONLY_LETTER.test(text)) && !item.readings.some((reading, k) => k !== item.keepIndex && splitTone(normalizeVietnamese(reading.output))?.letters.toLowerCase() === letters?.toLowerCase());
        if (((PLAIN_LETTERS.test(text) || CAPITALISED.test(text)) && !isValidSyllable(text)) || nameLetters) {
          item.readings = [item.readings[item.keepIndex] as Reading];
          item.keepIndex = 0;
        }
        continue;
      }
      // Words with Vietnamese-only letters already carry the clean-word bonus (readingsOf).
      let bonus = VIETNAMESE_ONLY_LETTER.test(text) ? 0 : this.r.settings.cleanWordBonus;
      // A capitalised word is trusted like a marked one: the source prints marks, so a name it prints without
      // them (Chau, a Khmer name) is printed as the name is written.
      if (stripDiacritics(text) !== text || CAPITALISED.test(text)) bonus += this.r.settings.cleanMarkedWordBonus;
      item.readings = withKeepBonus(item.readings, item.keepIndex, bonus);
    }
  }

  private slotsOfLine(line: string, lineNumber: number): Array<Slot | 'boundary' | number> {
    const pieces = piecesOfLine(line);
    const out: Array<Slot | 'boundary' | number> = [];
    if (line.trim() === '' || LIST_MARKER.test(line)) out.push('boundary');
    const firstWord = pieces.findIndex((p) => p.kind !== 'punct');
    let runningText: boolean | undefined;
    for (let i = 0; i < pieces.length; i += 1) {
      const piece = pieces[i] as Piece;
      const next = pieces[i + 1];
      if (piece.kind === 'number') {
        // `111.` opening a heading may be a part numeral (token-classes.ts): a slot a rule can rewrite.
        if (i === 0 && next?.text.startsWith('.') && /^1{1,3}$/u.test(piece.text)) {
          out.push({ line: lineNumber, piece, ...this.fixed(piece.text, this.numberId), chosen: 0 });
        } else if (QUARTER_DIGITS.has(piece.text) && isQuarterWord(pieces[i - 1])) {
          // Quý II printed Quy 11: a year has four quarters, so 11 and 111 are Roman numerals; the OCR also drops an
          // I (III as 11), so the reading is flagged as a guess.
          const roman = this.fixed(QUARTER_DIGITS.get(piece.text) as string, this.r.lm.unknownId, 'confusion');
          (roman.readings[0] as Reading).guess = true;
          out.push({ line: lineNumber, piece, ...roman, chosen: 0 });
        } else if (isRatioWordPrintedAsDigits(pieces, i)) {
          out.push({ line: lineNumber, piece, ...this.fixed('lệ', this.lmIdOfWord('lệ'), 'confusion'), chosen: 0 });
        } else if (isNestPrintedAsSix(pieces, i)) {
          out.push({ line: lineNumber, piece, ...this.fixed('ổ', this.lmIdOfWord('ổ'), 'confusion'), chosen: 0 });
        } else {
          const previous = out[out.length - 1];
          const asWord = typeof previous === 'object' && previous.line === lineNumber && pieces[i - 1]?.kind === 'word' ? this.numberAsWord(piece, previous) : null;
          out.push(asWord === null ? this.numberId : { line: lineNumber, piece, readings: asWord, keepIndex: -1, chosen: 0 });
        }
        continue;
      }
      if (isQuarterWord(piece) && next !== undefined && QUARTER_NUMERAL.test(next.text)) {
        // Quy before a quarter's numeral (Quy II, Quy 11) is Quý: a fund (Quỹ) or a rule (quy) takes no numeral.
        const to = applyCase(normalizeVietnamese(piece.text), 'quý');
        out.push({ line: lineNumber, piece, ...this.fixed(to, this.lmIdOfWord('quý'), 'lm'), chosen: 0 });
        continue;
      }
      if (LONE_CAPITAL_READINGS.has(piece.text) && followsLabelWord(out[out.length - 1])) {
        out.push({ line: lineNumber, piece, ...this.fixed(piece.text, this.lmIdOfWord(piece.text)), chosen: 0 });
        continue;
      }
      if (DOUBLED_D.test(piece.text)) {
        out.push({ line: lineNumber, piece, ...this.doubledDWordChoice(piece, i === firstWord, next), chosen: 0 });
        continue;
      }
      if (DOLLAR_FOR_S.test(piece.text)) {
        out.push({ line: lineNumber, piece, ...this.dollarWordChoice(piece, i === firstWord, next), chosen: 0 });
        continue;
      }
      if (piece.kind === 'punct') {
        if (SENTENCE_PUNCT.test(piece.text)) out.push('boundary');
        else if (piece.text.includes(',')) out.push(this.commaId);
        continue;
      }
      // What else the choice depends on: the kind (word or link), whether the word opens the line, and the first
      // character of the piece after it.
      const nextCode = next !== undefined && next.text.length > 0 ? next.text.charCodeAt(0) + 1 : 0;
      const variant = (piece.kind === 'word' ? 0 : 1) | (i === firstWord ? 2 : 0) | (nextCode << 2);
      let entry = this.wordCache.get(piece.text);
      let choice = entry?.variants.get(variant);
      if (!choice) {
        choice = this.wordChoice(piece, i === firstWord, next);
        if (this.wordCacheEntries >= 200_000) {
          this.wordCache.clear();
          this.wordCacheEntries = 0;
          entry = undefined;
        }
        if (!entry) {
          const text = piece.text;
          entry = { facts: { normalized: this.normalized(text), syllableLike: this.isSyllableLike(text), wellFormed: this.isWellFormed(text) }, variants: new Map() };
          this.wordCache.set(text, entry);
        }
        entry.variants.set(variant, choice);
        this.wordCacheEntries += 1;
      }
      const facts = entry?.facts;
      const afterNumber = pieces[i - 1]?.kind === 'number';
      if (afterNumber && next?.text === '?' && next.start === piece.start + piece.text.length && SQUARE_MISREAD.test(piece.text)) {
        // The English OCR prints the superscript of m² as a question mark (29,5 m? sàn): one slot over both.
        const base = (SQUARE_MISREAD.exec(piece.text) as RegExpExecArray)[1] as string;
        const { readings } = this.fixed(`${base}²`, this.lmIdOfWord(base), 'confusion');
        (readings[0] as Reading).guess = true;
        out.push({ line: lineNumber, piece: { ...piece, text: piece.text + next.text }, readings, keepIndex: -1, chosen: 0 });
        i += 1;
        continue;
      }
      if ((afterNumber && MEASURE_UNIT.test(piece.text)) || (pieces[i - 1]?.text === '/' && POWER_UNIT.test(piece.text))) {
        choice = this.fixed(piece.text, this.unitLmId(piece.text));
      } else if (CAPS_ACRONYM.test(piece.text) && !this.isSyllableLike(piece.text) && (runningText ??= isRunningText(line))) {
        // An all-caps word no syllable spells, even without marks, in running text: an acronym (chỉ số AQI, màn hình LED).
        // In an upper-case heading the same letters are a garbled heading word.
        choice = this.fixed(piece.text, this.lmIdOfWord(piece.text));
      }
      if (piece.text === 'nam' && next?.kind === 'number' && YEAR.test(next.text)) choice = withYearReading(choice);
      else if (isPerUnitPosition(pieces, i)) choice = withPerUnitReading(choice, piece.text);
      const last = out[out.length - 1];
      const previousWord = last === this.commaId ? out[out.length - 2] : last;
      if (
        choice.readings.length > 1 &&
        typeof previousWord === 'object' &&
        isKeptAsPrinted(previousWord) &&
        ((CAPS_NON_SYLLABLE.test(piece.text) && !this.isSyllableLike(piece.text)) ||
          ((TITLE_CASE_NAME.test(previousWord.piece.text) || previousWord.piece.text === NAME_PREFIX_Y) && isForeignLookingName(piece.text)))
      ) {
        // An all-caps word no syllable spells, even without marks, right after a word kept as printed (an
        // abbreviation, a name): the next abbreviation of a list (Lưu: VT, CAH) or the rest of a name (EA SOL).
        // Likewise a capitalised word no syllable spells right after a name kept as printed (Ea Sol, H'Mông Sul).
        choice = this.fixed(piece.text, this.lmIdOfWord(piece.text));
      }
      const slot: Slot = { line: lineNumber, piece, readings: choice.readings, keepIndex: choice.keepIndex, chosen: 0 };
      if (facts) slot.facts = facts;
      out.push(slot);
    }
    return out;
  }

  /** Adds the readings a neighbour's strong collocation licenses (licensed-readings.ts). */
  private licenseReadings(items: Array<Slot | 'boundary' | number>): void {
    let previous: Reading[] | null = null;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      if (typeof item !== 'object') {
        previous = null;
        continue;
      }
      const own = item.readings;
      const after = items[index + 1];
      const next = typeof after === 'object' ? after.readings : null;
      if (own.length >= 2 && (previous !== null || next !== null)) {
        item.readings = this.licenser.extend(item.facts?.normalized ?? this.normalized(item.piece.text), own, previous, next);
      }
      previous = own;
    }
  }

  /**
   * A capitalised word outside clean lines: its readings that form a known name with a reading of a neighbour on
   * its line (name-pairs.ts: Pa Nang → Đà Nẵng) get the name-pair bonus, the place-name list's evidence against
   * the general model's unigrams (đa năng).
   */
  private favourKnownNames(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    const base = items.map((item) => (typeof item === 'object' ? item.readings : null));
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      if (typeof item !== 'object' || item.readings.length < 2 || cleanLines.has(item.line) || !CAPITALISED.test(item.piece.text)) continue;
      // A name does not run on across a line end.
      const before = items[index - 1];
      const after = items[index + 1];
      const previousReadings =
        typeof before === 'object' && before.line === item.line && CAPITALISED.test(before.piece.text) ? (base[index - 1] as Reading[]) : null;
      const next = typeof after === 'object' && after.line === item.line ? after : null;
      if (previousReadings === null && next === null) continue;
      const nextCapitalised = next !== null && CAPITALISED.test(next.piece.text);
      const nextReadings = next !== null ? (base[index + 1] as Reading[]) : null;
      // A name printed with its marks as a known name spells it (thị trấn Năm Căn): its look-alikes (Nậm Cắn) get no bonus.
      // A line that is only a name (the signer's) names a person: place names are no evidence there (Hoàng Tung).
      const personOnly = isNameLine(lines[item.line - 1] ?? '');
      const lists = personOnly ? [this.personPairs] : [this.namePairs, this.placePairs];
      if (lists.some((pairs) => this.printedFormsName(pairs, item, previousReadings ? (before as Slot) : null, next, nextCapitalised))) {
        item.readings = withReadingBonus(item.readings, [item.keepIndex], this.r.settings.namePairBonus);
        continue;
      }
      const flags = `${nextCapitalised ? '1' : '0'}${personOnly ? 'p' : ''}`;
      let favoured = this.favouredMemo.peek(item.readings, previousReadings, nextReadings, flags);
      if (favoured === undefined) {
        favoured = this.readingsFormingNames(lists, item, previousReadings ? (before as Slot) : null, next, nextCapitalised);
        this.favouredMemo.put(item.readings, previousReadings, nextReadings, flags, favoured);
      }
      if (favoured.length > 0) item.readings = withReadingBonus(item.readings, favoured, this.r.settings.namePairBonus);
    }
  }

  /**
   * A lower-case word right before a capitalised one on its line (outside clean lines): its readings that are an
   * administrative or settlement unit (xã, huyện, phường, thôn …) get the place-unit bonus. The model is
   * lower-case, so it cannot see that a name follows (xa Hưng Pao → xã); the unit word is what precedes names.
   */
  private favourPlaceUnits(items: Array<Slot | 'boundary' | number>, cleanLines: ReadonlySet<number>): void {
    for (let index = 0; index + 1 < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      const next = items[index + 1];
      if (typeof item !== 'object' || typeof next !== 'object' || next.line !== item.line || item.readings.length < 2) continue;
      if (cleanLines.has(item.line) || !/^\p{Ll}+$/u.test(item.piece.text) || !TITLE_CASE_NAME.test(next.piece.text)) continue;
      let units = this.placeUnitIndices(item.readings);
      if (units.some((k) => (item.readings[k] as Reading).output === VILLAGE_UNIT) && this.namesBody(item, next)) {
        units = units.filter((k) => (item.readings[k] as Reading).output !== VILLAGE_UNIT);
      }
      // A unit printed as it is spelt (bon Phi Mur, plei Ơp) stays: a reading the model likes better (bốn) is no
      // reason to drop the word that names the place.
      if (units.length > 0) item.readings = withReadingBonus(item.readings, units, this.r.settings.placeUnitBonus);
    }
  }

  /**
   * A word outside clean lines right before a unit it may head, as printed without marks (ban, thôn, ấp, xóm, bản,
   * phòng, khoa, trạm, đoàn, nhóm): its reading trưởng gets the head-title bonus (Truong ban → Trưởng bản, not
   * Trường; Trudng thôn → Trưởng, not Trung).
   */
  private favourHeadTitles(items: Array<Slot | 'boundary' | number>, cleanLines: ReadonlySet<number>): void {
    for (let index = 0; index + 1 < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      const next = items[index + 1];
      if (typeof item !== 'object' || typeof next !== 'object' || next.line !== item.line || cleanLines.has(item.line)) continue;
      if (!HEADED_UNITS.has(stripDiacritics(next.piece.text).toLowerCase())) continue;
      const head = item.readings.findIndex((reading) => reading.output.toLowerCase() === 'trưởng');
      if (head >= 0 && head !== item.keepIndex) item.readings = withReadingBonus(item.readings, [head], this.r.settings.headTitleBonus);
    }
  }

  /**
   * In a plan of the North-West, where villages are bản: a printed lower-case ban outside clean lines before a
   * capitalised word that opens no body's name (Trưởng ban Co Pita), or after các, mỗi or từng right before a full
   * stop or semicolon (cho các ban.), gets the village bonus on its reading bản.
   */
  private favourVillages(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      if (typeof item !== 'object' || cleanLines.has(item.line) || item.piece.text !== 'ban') continue;
      const village = item.readings.findIndex((reading) => reading.output === VILLAGE_UNIT);
      if (village < 0) continue;
      const next = items[index + 1];
      const before = items[index - 1];
      const beforeName = typeof next === 'object' && next.line === item.line && TITLE_CASE_NAME.test(next.piece.text) && !this.namesBody(item, next);
      const after = (lines[item.line - 1] ?? '').slice(item.piece.start + item.piece.text.length);
      const endsEnumeration =
        typeof before === 'object' && before.line === item.line && ENUMERATING.has(stripDiacritics(before.piece.text).toLowerCase()) && /^\s*[.;]/u.test(after);
      if (beforeName || endsEnumeration) item.readings = withReadingBonus(item.readings, [village], this.r.settings.villageUnitBonus);
    }
  }

  /** The printed ban opens a body's name with the next word (Ủy ban Mặt trận, Trưởng ban Chỉ đạo): no village. */
  private namesBody(item: Slot, next: Slot): boolean {
    return stripDiacritics(item.piece.text) === 'ban' && BODY_AFTER_BAN.has(stripDiacritics(next.piece.text).toLowerCase());
  }

  /**
   * A lower-case word right before a person's name (two capitalised words on its line that the person-name list pairs,
   * such as a surname and Thị, or a name with an apostrophe: bà Sầm Thị Pằn, bà H'Nhi): its readings ông and bà get the
   * honorific bonus. Before an agency (ba Ban Chỉ đạo, cả ba Hội Nông dân) ba is the number and gets none.
   */
  private favourHonorifics(items: Array<Slot | 'boundary' | number>, cleanLines: ReadonlySet<number>): void {
    for (let index = 0; index + 2 < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      const next = items[index + 1];
      const after = items[index + 2];
      if (typeof item !== 'object' || typeof next !== 'object' || next.line !== item.line || item.readings.length < 2) continue;
      // A lower-case word, or one with the OCR's digit for a marked vowel (6ng: ông).
      if (cleanLines.has(item.line) || !/^(?:\p{Ll}|[068&])+$/u.test(item.piece.text) || !/\p{Ll}/u.test(item.piece.text)) continue;
      const beforeName =
        APOSTROPHE_NAME.test(next.piece.text) ||
        (TITLE_CASE_NAME.test(next.piece.text) &&
          typeof after === 'object' &&
          after.line === item.line &&
          (this.formsPersonName(next.readings, after.readings) ? TITLE_CASE_NAME.test(after.piece.text) : isWomansNameWord(after.piece.text))) ||
        // Before two capitalised words, a name of any people (6ng Thach Sa, ba Ka Sê, 6ng A Pum) that the lists do not
        // pair: ông or bà, unless another reading closes a phrase with the word before (ngã ba Co Đứa, lần ba).
        (!this.closesPhraseBefore(items[index - 1], item) &&
          CAPITALISED.test(next.piece.text) &&
          typeof after === 'object' &&
          after.line === item.line &&
          TITLE_CASE_NAME.test(after.piece.text));
      if (!beforeName) continue;
      const honorifics: number[] = [];
      item.readings.forEach((reading, k) => {
        if (HONORIFIC_READINGS.has(reading.output) && k !== item.keepIndex) honorifics.push(k);
      });
      if (honorifics.length > 0) item.readings = withReadingBonus(item.readings, honorifics, this.r.settings.honorificBonus);
    }
  }

  /**
   * A capitalised Thi printed without marks between a surname and a capitalised word (Tran Thi Binh) is the middle
   * name Thị and what follows is a given name: its reading Thị gets the middle-name bonus. The model, which counts
   * places but no persons, would otherwise read a place into it (Trần Thái Bình). A surname is a word with a reading
   * the person-name list pairs with Thị.
   */
  private favourMiddleNameThi(items: Array<Slot | 'boundary' | number>): void {
    const thi = this.r.lm.idOf('thị');
    for (let index = 1; index + 1 < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      const previous = items[index - 1];
      const next = items[index + 1];
      if (typeof item !== 'object' || typeof previous !== 'object' || typeof next !== 'object' || item.piece.text !== 'Thi') continue;
      if (previous.line !== item.line || next.line !== item.line || !TITLE_CASE_NAME.test(previous.piece.text) || !TITLE_CASE_NAME.test(next.piece.text)) continue;
      if (!previous.readings.some((reading) => this.namePairs.has(reading.lmId, thi, true))) continue;
      const middle = item.readings.findIndex((reading) => reading.lmId === thi);
      if (middle >= 0 && middle !== item.keepIndex) item.readings = withReadingBonus(item.readings, [middle], this.r.settings.middleNameBonus);
    }
  }

  /**
   * A plan issued by a quận, phường, xã, huyện or tỉnh (its header: UBND QUẬN NGÔ QUYỀN, or ỦY BAN NHÂN DÂN over
   * XÃ EA SOL) speaks of that level throughout (Phòng Văn hóa và Thể thao quận, các phường): a lower-case word outside
   * clean lines whose readings include the level gets the issuer-level bonus on it.
   */
  private favourIssuerLevel(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    const level = issuerLevel(lines);
    if (level === null) return;
    for (const item of items) {
      if (typeof item !== 'object' || item.readings.length < 2 || cleanLines.has(item.line)) continue;
      const text = item.piece.text;
      // A printed xa (also far: đi xa, vùng xa) takes the bonus too: the model with the general-language corpus keeps
      // far where its neighbours say so (made-up đi xa hơn stays), and Hội Nông dân xa, Kế toán xa become xã.
      if (text !== text.toLowerCase()) continue;
      const at = item.readings.findIndex((reading) => reading.output === level);
      if (at >= 0 && at !== item.keepIndex) item.readings = withReadingBonus(item.readings, [at], this.r.settings.issuerLevelBonus);
    }
  }

  /**
   * In a plan naming the peoples of the North-West: a capitalised word outside clean lines, followed on its line by
   * another capitalised word, whose readings include a head of those places' names with the printed letters (Nam →
   * Nậm, Chieng → Chiềng) gets the bonus on that reading, unless the printed word and the next form a known name
   * (Nam Định).
   */
  private favourNorthWestHeads(items: Array<Slot | 'boundary' | number>, cleanLines: ReadonlySet<number>): void {
    for (let index = 0; index + 1 < items.length; index += 1) {
      const item = items[index] as Slot | 'boundary' | number;
      const next = items[index + 1];
      if (typeof item !== 'object' || typeof next !== 'object' || next.line !== item.line || item.readings.length < 2) continue;
      if (cleanLines.has(item.line) || !CAPITALISED.test(item.piece.text) || !CAPITALISED.test(next.piece.text)) continue;
      // The head opens the name: not after a capitalised word of its line (Việt Nam Cang is no Nậm).
      const before = items[index - 1];
      if (typeof before === 'object' && before.line === item.line && CAPITALISED.test(before.piece.text)) continue;
      const bare = stripDiacritics(item.piece.text).toLowerCase();
      const head = item.readings.findIndex((reading) => {
        const output = reading.output.toLowerCase();
        return NORTH_WEST_NAME_HEADS.has(output) && stripDiacritics(output) === bare;
      });
      if (head < 0 || head === item.keepIndex) continue;
      const kept = item.readings[item.keepIndex];
      if (kept && next.readings.some((reading) => this.namePairs.has(kept.lmId, reading.lmId, true))) continue;
      item.readings = withReadingBonus(item.readings, [head], this.r.settings.northWestHeadBonus);
    }
  }

  private readonly placeUnitCache = new WeakMap<object, number[]>();

  private placeUnitIndices(readings: readonly Reading[]): number[] {
    let indices = this.placeUnitCache.get(readings);
    if (!indices) {
      indices = [];
      for (let k = 0; k < readings.length; k += 1) if (PLACE_UNITS.has((readings[k] as Reading).output.toLowerCase())) indices.push(k);
      this.placeUnitCache.set(readings, indices);
    }
    return indices;
  }

  /** Whether a reading of one word and a reading of the next form a pair of the person-name list (Sầm Thị). */
  private formsPersonName(first: readonly Reading[], second: readonly Reading[]): boolean {
    for (const a of first) for (const b of second) if (this.personPairs.has(a.lmId, b.lmId, true)) return true;
    return false;
  }

  /** Whether the word as printed forms a name pair with its neighbour before (capitalised) or after, as printed. */
  private printedFormsName(pairs: NamePairs, item: Slot, previous: Slot | null, next: Slot | null, nextCapitalised: boolean): boolean {
    if (item.keepIndex < 0) return false;
    const own = (item.readings[item.keepIndex] as Reading).lmId;
    const printed = (slot: Slot | null): number | null => (slot !== null && slot.keepIndex >= 0 ? (slot.readings[slot.keepIndex] as Reading).lmId : null);
    const before = printed(previous);
    const after = printed(next);
    return (before !== null && pairs.has(before, own, true)) || (after !== null && pairs.has(own, after, nextCapitalised));
  }

  /** Indices of `readings` that form a name pair with a reading before (capitalised) or after. */
  private readingsFormingNames(lists: readonly NamePairs[], item: Slot, previous: Slot | null, next: Slot | null, nextCapitalised: boolean): number[] {
    const indices: number[] = [];
    for (let k = 0; k < item.readings.length; k += 1) {
      const reading = item.readings[k] as Reading;
      const forms = lists.some((pairs) => {
        if (pairs.marksOnly && !keepsLetters(reading, item)) return false;
        return (
          (previous !== null && previous.readings.some((other) => pairs.has(other.lmId, reading.lmId, true))) ||
          (next !== null && next.readings.some((other) => pairs.has(reading.lmId, other.lmId, nextCapitalised)))
        );
      });
      if (forms) indices.push(k);
    }
    return indices;
  }



  /**
   * Forces the spelling of administrative units' names printed after their unit without marks (xa Tra Thanh →
   * Trà Thanh, thi tran Nam Can → Năm Căn; in a list, the unit carries on: các xã Sơn Bua, Tra Thanh và Ba Vi),
   * where the place-name list gives that unit and bare name one spelling, or one among the places in the provinces
   * and districts the text names (xã Sơn Vĩ of huyện Mèo Vạc, not xã Sơn Vi of Phú Thọ). A name on a clean line, or printed with
   * marks that differ from the list's, is left to the model: it may be a place the list does not hold.
   */
  private applyPlaceNames(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    if (this.placeIndex.maxWords === 0) return;
    let context: PlaceContext | undefined;
    let printedUnit: PrintedUnit | null = null;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as Slot | 'boundary' | number;
      if (typeof item !== 'object') {
        if (item !== this.commaId) printedUnit = null;
        continue;
      }
      const before = items[i - 1];
      // A unit word is lower case, in capitals (UBND XÃ IA BĂNG) or opens its sentence or a table cell (Xã Trung
      // Giang có …, 1 Xã Dương Hòa 24); a capitalised one inside a sentence is a name's word (bản Be Xa).
      const text = item.piece.text;
      const opens = before === undefined || before === 'boundary' || (typeof before === 'number' && before !== this.commaId);
      const unitShaped = !CAPITALISED.test(text) || text === text.toUpperCase() || opens;
      const itemUnit = unitShaped ? placeUnitOf(item, typeof before === 'object' ? before : null) : null;
      if (itemUnit !== null) {
        printedUnit = itemUnit;
        continue;
      }
      if (!CAPITALISED.test(item.piece.text)) {
        if (!item.readings.some((reading) => reading.output.toLowerCase() === 'và')) printedUnit = null;
        continue;
      }
      if (printedUnit === null) continue;
      const { unit } = printedUnit;
      let run = 1;
      while (run < this.placeIndex.maxWords && continuesNameRun(items[i + run - 1] as Slot, items[i + run], lines)) run += 1;
      for (let k = run; k >= 1; k -= 1) {
        if (k === 1 && run > 1) break;
        const slots = items.slice(i, i + k) as Slot[];
        context ??= this.placeIndex.contextOf(lines);
        const spelling = this.placeSpelling(unit, slots, context);
        if (spelling === undefined) continue;
        if (spelling !== null && !cleanLines.has(item.line)) {
          // A name in capitals (UBND XÃ IA BĂNG) is all capitals, not a capital and a digit the OCR misread (H6).
          const letters = slots.map((slot) => slot.piece.text.replace(/[^\p{L}]/gu, ''));
          const inCapitals = letters.every((word) => word === word.toUpperCase()) && letters.some((word) => word.length >= 2);
          slots.forEach((slot, w) => {
            const word = spelling[w] as string;
            const to = inCapitals ? word.toUpperCase() : word;
            const forced = this.fixed(to, this.lmIdOfWord(to), 'dictionary');
            slot.readings = forced.readings;
            slot.keepIndex = -1;
          });
          // The name shows which unit the printed word before it is (xa Pa Vi → xã, not xa), where the print is that
          // word without its marks or no syllable at all (phwdng), not another word (Biên phong Hàm Rồng).
          for (const { slot, reading } of printedUnit.words) {
            if (slot.readings.length === 1 || cleanLines.has(slot.line)) continue;
            if (!keepsLetters(reading, slot) && this.isWellFormed(this.normalized(slot.piece.text).toLowerCase())) continue;
            const forced = this.fixed(reading.output, reading.lmId, 'dictionary');
            slot.readings = forced.readings;
            slot.keepIndex = -1;
          }
        }
        break;
      }
      while (continuesNameRun(items[i] as Slot, items[i + 1], lines)) i += 1;
    }
  }

  /**
   * A capitalised word right before an abbreviation in capitals (Phòng LĐ-TB&XH, các Phòng CM, Sở GD&ĐT): its readings
   * that head an office's name get the agency-head bonus; the model sees no word after it to go by.
   */
  private favourAgencyHeads(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    for (const item of items) {
      if (typeof item !== 'object' || item.readings.length < 2 || cleanLines.has(item.line)) continue;
      // Title Case, or a short word in capitals in running text (SO TN&MT: the OCR's capital for ở).
      if (!TITLE_CASE_NAME.test(item.piece.text) && !(SHORT_CAPITALS.test(item.piece.text) && isRunningText(lines[item.line - 1] ?? ''))) continue;
      const after = (lines[item.line - 1] ?? '').slice(item.piece.start + item.piece.text.length);
      if (!ABBREVIATION_NEXT.test(after)) continue;
      const heads: number[] = [];
      item.readings.forEach((reading, k) => {
        if (AGENCY_HEADS.has(reading.output.toLowerCase()) && k !== item.keepIndex) heads.push(k);
      });
      if (heads.length > 0) item.readings = withReadingBonus(item.readings, heads, this.r.settings.agencyHeadBonus);
    }
  }

  /**
   * Provinces and cities are named without their unit word too (Giải phóng Hải Phòng, Festival Tôm Bạc Liêu): a run
   * of two or three capitalised words outside clean lines that the list knows as one province or city, spelt one way,
   * takes that spelling where the print only lacks its marks.
   */
  private applyWellKnownPlaces(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    if (this.placeIndex.maxWords === 0) return;
    let context: PlaceContext | undefined;
    for (let i = 0; i < items.length; i += 1) {
      const first = items[i];
      if (typeof first !== 'object' || !TITLE_CASE_NAME.test(first.piece.text) || cleanLines.has(first.line)) continue;
      for (let k = WELL_KNOWN_PLACE_WORDS; k >= 2; k -= 1) {
        const slots: Slot[] = [first];
        while (slots.length < k && continuesNameRun(slots[slots.length - 1] as Slot, items[i + slots.length], lines)) slots.push(items[i + slots.length] as Slot);
        if (slots.length < k || slots.some((slot) => slot.readings.length < 2 || !TITLE_CASE_NAME.test(slot.piece.text))) continue;
        const printed = slots.map((slot) => this.normalized(slot.piece.text));
        if (printed.every((word) => stripDiacritics(word) !== word)) continue;
        context ??= this.placeIndex.contextOf(lines);
        const spellings = new Map<string, readonly string[]>();
        for (const unit of WELL_KNOWN_PLACE_UNITS) {
          const spelling = this.placeIndex.spellingOf(unit, printed, context);
          if (spelling !== null && printed.every((word, w) => spellsOrOmitsMarks(word, spelling[w] as string))) spellings.set(spelling.join(' '), spelling);
        }
        if (spellings.size !== 1) continue;
        const spelling = [...spellings.values()][0] as readonly string[];
        slots.forEach((slot, w) => {
          const forced = this.fixed(spelling[w] as string, this.lmIdOfWord(spelling[w] as string), 'dictionary');
          slot.readings = forced.readings;
          slot.keepIndex = -1;
        });
        i += k - 1;
        break;
      }
    }
  }

  /**
   * The list's spelling of the name `slots` print after `unit`: undefined when the list has no such name, null when
   * it has but cannot say which spelling is meant or the print's marks contradict it. A printed word that is no
   * syllable (the English OCR's Ling, Gidng) may be any of its first readings (Lũng, Giảng); a syllable may only
   * lack marks.
   */
  private placeSpelling(unit: PlaceName['unit'], slots: readonly Slot[], context: PlaceContext): readonly string[] | null | undefined {
    const printed = slots.map((slot) => this.normalized(slot.piece.text));
    const exact = this.placeIndex.spellingOf(unit, printed, context);
    if (exact !== null) return printed.every((word, w) => spellsOrOmitsMarks(word, exact[w] as string)) ? exact : null;
    if (this.placeIndex.knows(unit, printed)) return null;
    const options = slots.map((slot, w) => {
      const own = printed[w] as string;
      if (this.isWellFormed(own.toLowerCase())) return [own];
      return [...new Set([own, ...slot.readings.slice(0, PLACE_NAME_READINGS).map((reading) => reading.output)])];
    });
    if (options.reduce((product, choices) => product * choices.length, 1) > MAX_PLACE_NAME_GUESSES) return undefined;
    let combinations: string[][] = [[]];
    for (const choices of options) combinations = combinations.flatMap((words) => choices.map((choice) => [...words, choice]));
    const found = new Map<string, readonly string[]>();
    for (const words of combinations) {
      const spelling = this.placeIndex.spellingOf(unit, words, context);
      if (spelling !== null && words.every((word, w) => spellsOrOmitsMarks(word, spelling[w] as string))) found.set(spelling.join(' '), spelling);
    }
    if (found.size === 0) return undefined;
    // Several guesses spell listed names (Sủng Trà, Sông Trà): the one in a province or district the text names.
    const near = found.size === 1 ? [...found.values()] : [...found.values()].filter((spelling) => this.placeIndex.isNamedIn(unit, spelling, context));
    return near.length === 1 ? (near[0] as readonly string[]) : null;
  }

  /**
   * A signer's name line outside clean lines: each word keeps only the readings the person-name list holds for its
   * place in the name, where the list explains the print (signer-names.ts); the search chooses among them.
   */
  private applySignerNames(items: Array<Slot | 'boundary' | number>, lines: readonly string[], cleanLines: ReadonlySet<number>): void {
    const roles = this.nameRoles;
    if (roles === null) return;
    const starts = new Map<number, number>();
    const byLine = new Map<number, Slot[]>();
    for (const item of items) {
      if (typeof item !== 'object' || cleanLines.has(item.line)) continue;
      let start = starts.get(item.line);
      if (start === undefined) {
        start = signerNameStart(lines, item.line - 1);
        starts.set(item.line, start);
      }
      if (start < 0 || item.piece.start < start) continue;
      const slots = byLine.get(item.line);
      if (slots) slots.push(item);
      else byLine.set(item.line, [item]);
    }
    for (const slots of byLine.values()) this.readAsPersonName(slots, roles);
  }

  /** The slots of one person's name keep only the name list's readings for their places (signer-names.ts). */
  private readAsPersonName(slots: readonly Slot[], roles: NameRoles): void {
    const picks = signerNameReadings(
      slots.map((slot) => ({ printed: this.normalized(slot.piece.text), readings: slot.readings, keepIndex: slot.keepIndex })),
      roles,
    );
    slots.forEach((slot, k) => {
      const allowed = picks[k];
      if (!allowed) return;
      const keep = allowed.findIndex(({ index }) => index === slot.keepIndex);
      slot.readings = allowed.map(({ index, prior }) => {
        const reading = slot.readings[index] as Reading;
        return prior === 0 ? reading : { ...reading, channel: reading.channel + prior };
      });
      slot.keepIndex = keep;
    });
  }

  /**
   * The filing line (`- Lưu: VT, CAP.`) lists the offices that keep a copy by their abbreviations: a word in capitals
   * after its label stays as printed (CAP is no CẤP) unless a rule already read it (the OCR's VI for VT).
   */
  private keepFilingAbbreviations(items: Array<Slot | 'boundary' | number>, lines: readonly string[]): void {
    const labelEnds = new Map<number, number>();
    for (const item of items) {
      if (typeof item !== 'object' || item.readings.length < 2 || item.keepIndex < 0) continue;
      const text = item.piece.text;
      if (text.length < 2 || text !== text.toUpperCase() || VIETNAMESE_ONLY_LETTER.test(text)) continue;
      let end = labelEnds.get(item.line);
      if (end === undefined) {
        end = filingLabelEnd(lines, item.line - 1);
        labelEnds.set(item.line, end);
      }
      if (end < 0 || item.piece.start < end) continue;
      item.readings = [item.readings[item.keepIndex] as Reading];
      item.keepIndex = 0;
    }
  }

  /** Whether a listed place name or personal name has a word with these letters (without marks). */
  private isNameLetters(word: string): boolean {
    if (this.placeIndex.usesLetters(word)) return true;
    return this.personNameLetters.has(stripDiacritics(word).toLowerCase());
  }

  /** Forces dictionary corrections (`thw vién → thư viện`) on runs of consecutive word slots. */
  private applyCorrections(items: Array<Slot | 'boundary' | number>): void {
    const byFirstWord = this.correctionsByFirstWord;
    if (byFirstWord.size === 0) return;
    const words = items.filter((item): item is Slot => typeof item === 'object');
    const lowered = words.map((slot) => normalizeVietnamese(slot.piece.text).toLowerCase());
    for (let i = 0; i < words.length; i += 1) {
      for (const correction of byFirstWord.get(lowered[i] as string) ?? []) {
        const n = correction.from.length;
        if (i + n > words.length) continue;
        let matches = true;
        for (let k = 1; k < n && matches; k += 1) matches = lowered[i + k] === correction.from[k];
        if (!matches) continue;
        for (let k = 0; k < n; k += 1) {
          const slot = words[i + k] as Slot;
          const to = applyCase(normalizeVietnamese(slot.piece.text), correction.to[k] as string);
          const forced = this.fixed(to, this.lmIdOfWord(to), 'dictionary');
          slot.readings = forced.readings;
          slot.keepIndex = -1;
        }
      }
    }
  }

  /** Reverts the change of a valid syllable that beats keeping it, in its context, by less than the margin. */
  private keepWeakChanges(segment: Array<Slot | number>): void {
    let ids: Int32Array | null = null;
    segment.forEach((item, index) => {
      if (typeof item === 'number' || item.keepIndex < 0 || item.chosen === item.keepIndex) return;
      if (!(item.facts?.wellFormed ?? this.isWellFormed(item.piece.text))) return;
      const to = (item.readings[item.chosen] as Reading).output;
      let margin = minChangeMargin(item.piece.text, to, this.r.settings);
      ids ??= this.chosenIds(segment);
      if (this.r.settings.unigramChangeMargin > 0 && isMarkOnlyChange(item.piece.text, to) && this.restsOnUnigram(index, ids)) {
        margin += this.r.settings.unigramChangeMargin;
      }
      if (this.r.settings.printedPhraseAssociation > 0 && this.breaksPrintedPhrase(item, index, ids)) {
        item.chosen = item.keepIndex;
        ids[index] = (item.readings[item.keepIndex] as Reading).lmId;
        return;
      }
      if (margin <= 0) return;
      const local = this.localScores(segment, index, ids);
      if (local.keep === null) return;
      if (local.chosen - local.keep < margin) {
        item.chosen = item.keepIndex;
        ids[index] = (item.readings[item.keepIndex] as Reading).lmId;
        return;
      }
      // A change that keeping the word loses by JOINT_LOCAL_LIMIT or more, neighbours as chosen, is not searched
      // further: re-reading a neighbour would have to win all of that back (and the search costs time).
      if (this.r.settings.jointKeepMargin <= 0 || local.chosen - local.keep >= JOINT_LOCAL_LIMIT) return;
      // Only a lower-case word without marks, and lower-case neighbours: a name's words are not re-read as a phrase.
      if (stripDiacritics(item.piece.text) !== item.piece.text || item.piece.text !== item.piece.text.toLowerCase()) return;
      // A printed word the model does not know (cac, duoc) is no word the text could keep.
      if ((item.readings[item.keepIndex] as Reading).lmId === this.r.lm.unknownId) return;
      const free = this.freeNeighbours(segment, index);
      if (free.length === 0) return;
      const { lm, settings } = this.r;
      const joint = jointKeepGap(ids, index, item.readings[item.chosen] as Reading, item.readings[item.keepIndex] as Reading, free, {
        lm,
        startId: this.startId,
        endId: this.endId,
        channelWeight: settings.channelWeight,
      });
      if (joint.gap >= Math.min(margin, this.r.settings.jointKeepMargin)) return;
      item.chosen = item.keepIndex;
      ids[index] = (item.readings[item.keepIndex] as Reading).lmId;
      for (const [position, pick] of joint.picks) {
        const neighbour = segment[position] as Slot;
        neighbour.chosen = pick;
        ids[position] = (neighbour.readings[pick] as Reading).lmId;
      }
    });
  }

  /**
   * The lower-case word slots next to `index` whose reading the search chose freely (changed from the print, not by
   * a rule): in jointKeepGap they may take another reading when the word at `index` is kept.
   */
  private freeNeighbours(segment: ReadonlyArray<Slot | number>, index: number): FreeNeighbour[] {
    const free: FreeNeighbour[] = [];
    for (const position of [index - 1, index + 1]) {
      const slot = segment[position];
      if (typeof slot !== 'object' || slot.readings.length < 2 || slot.chosen === slot.keepIndex) continue;
      if ((slot.readings[slot.chosen] as Reading).forcedReason !== undefined || slot.piece.text !== slot.piece.text.toLowerCase()) continue;
      // The readings the candidates' order ranks first, the search's choice and the printed word.
      const tried: number[] = [];
      for (let k = 0; k < Math.min(slot.readings.length, JOINT_NEIGHBOUR_READINGS); k += 1) tried.push(k);
      if (slot.chosen >= JOINT_NEIGHBOUR_READINGS) tried.push(slot.chosen);
      if (slot.keepIndex >= JOINT_NEIGHBOUR_READINGS && slot.keepIndex !== slot.chosen) tried.push(slot.keepIndex);
      free.push({ position, readings: slot.readings, chosen: slot.chosen, tried });
    }
    return free;
  }

  /**
   * Whether the chosen reading at `index` forms no stored bigram with the word before or the word after: the model
   * prefers it by its unigram alone (mức kém → kèm), no phrase speaks for it.
   */
  private restsOnUnigram(index: number, ids: Int32Array): boolean {
    const { lm } = this.r;
    const id = ids[index] as number;
    const before = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const after = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    return lm.contextSlot(before, id) < 0 && lm.contextSlot(id, after) < 0;
  }

  /**
   * Whether the printed word forms a phrase with a neighbour (association ≥ printedPhraseAssociation) while the
   * chosen reading is likelier than chance next to neither neighbour (breaksPrintedPhrase in keepWeakChanges).
   */
  private breaksPrintedPhrase(slot: Slot, index: number, ids: Int32Array): boolean {
    const chosen = slot.readings[slot.chosen] as Reading;
    if (chosen.forcedReason !== undefined) return false;
    const before = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const after = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    const strongest = (id: number): number => Math.max(this.association(before, id), this.association(id, after));
    const kept = (slot.readings[slot.keepIndex] as Reading).lmId;
    return strongest(chosen.lmId) <= 0 && strongest(kept) >= this.r.settings.printedPhraseAssociation;
  }

  /** log P(w2 | w1) − log P(w2) of a stored bigram; −Infinity when the model stores none. */
  /**
   * Whether a reading of `item` other than an honorific forms a phrase (association ≥ HONORIFIC_PHRASE_ASSOCIATION)
   * with a reading of the word before it (ngã ba, thứ ba): then the word is that phrase's, not a name's honorific.
   */
  private closesPhraseBefore(previous: Slot | 'boundary' | number | undefined, item: Slot): boolean {
    // Only a word one space before (no bracket or colon between): ngã ba, not `Giốc (ba`.
    if (typeof previous !== 'object' || previous.line !== item.line || item.piece.start - previous.piece.start - previous.piece.text.length !== 1) return false;
    for (const before of previous.readings.slice(0, HONORIFIC_PHRASE_READINGS)) {
      for (const reading of item.readings.slice(0, HONORIFIC_PHRASE_READINGS)) {
        if (!HONORIFIC_READINGS.has(reading.output) && this.association(before.lmId, reading.lmId) >= HONORIFIC_PHRASE_ASSOCIATION) return true;
      }
    }
    return false;
  }

  private association(w1: number, w2: number): number {
    const { lm } = this.r;
    return lm.contextSlot(w1, w2) >= 0 ? lm.bigramLogProbOf(w1, w2) - lm.unigram(w2) : -Infinity;
  }

  /** The language-model id of each position's chosen reading. */
  private chosenIds(segment: ReadonlyArray<Slot | number>): Int32Array {
    const ids = new Int32Array(segment.length);
    for (let k = 0; k < segment.length; k += 1) {
      const item = segment[k] as Slot | number;
      ids[k] = typeof item === 'number' ? item : (item.readings[item.chosen] as Reading).lmId;
    }
    return ids;
  }

  /** Part numerals, codes, digit-led names and slashed abbreviations: fixed by rule, never read as syllables. */
  private applyTokenRules(items: Array<Slot | 'boundary' | number>, lines: readonly string[]): void {
    const rules = codeRules(lines, this.knownCodeSegments, tokenRules(lines), this.r.dictionary.codeCorrections);
    for (const item of items) {
      if (typeof item !== 'object') continue;
      const rule = rules.get(item.line)?.get(item.piece.start);
      if (!rule || rule.from !== item.piece.text) continue;
      const keep = rule.to === item.piece.text;
      item.readings = this.fixed(rule.to, this.lmIdOfWord(rule.to), keep ? undefined : rule.reason).readings;
      item.keepIndex = keep ? 0 : -1;
    }
  }

  private reasonFor(from: string, to: string): Reason {
    let byTarget = this.reasonCache.get(from);
    if (byTarget === undefined) {
      byTarget = new Map();
      this.reasonCache.set(from, byTarget);
    }
    let reason = byTarget.get(to);
    if (reason === undefined) {
      reason = classifyChange(from, to);
      byTarget.set(to, reason);
    }
    return reason;
  }

  private readonly normalizedWords = new BoundedMemo<string>(100_000, normalizeVietnamese);
  private readonly syllableLikeWords = new BoundedMemo<boolean>(100_000, isValidSyllable);
  private readonly wellFormedWords = new BoundedMemo<boolean>(100_000, isWellFormedSyllable);

  /** normalizeVietnamese of a word, remembered. */
  private normalized(word: string): string {
    return this.normalizedWords.get(word);
  }

  /** A word that is a Vietnamese syllable with or without its marks (not UBND, not s6). */
  private isSyllableLike(word: string): boolean {
    return this.syllableLikeWords.get(word);
  }

  private isWellFormed(word: string): boolean {
    return this.wellFormedWords.get(word);
  }

  /**
   * Score of the chosen reading, of keeping the token, and of the best other reading among the first few, each in
   * the context the best path gave the slot.
   */
  private localScores(segment: Array<Slot | number>, index: number, ids: Int32Array): { chosen: number; keep: number | null; runnerUp: number } {
    const w1 = index >= 2 ? (ids[index - 2] as number) : index === 1 ? this.startId : -1;
    const w2 = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const n1 = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    const n2 = index + 2 < ids.length ? (ids[index + 2] as number) : index + 1 < ids.length ? this.endId : -1;
    const slot = segment[index] as Slot;
    const pairs = this.documentPairs !== null;
    const chosenReading = slot.readings[slot.chosen] as Reading;
    let chosen = this.scoreInContext(chosenReading, w1, w2, n1, n2);
    if (pairs) chosen += this.pairBonusInContext(segment, index, w2, chosenReading.lmId, n1);
    let keep: number | null = null;
    if (slot.keepIndex >= 0) {
      const kept = slot.readings[slot.keepIndex] as Reading;
      keep = this.scoreInContext(kept, w1, w2, n1, n2);
      if (pairs) keep += this.pairBonusInContext(segment, index, w2, kept.lmId, n1);
    }
    let runnerUp = slot.keepIndex >= 0 && slot.keepIndex !== slot.chosen ? (keep as number) : -Infinity;
    const limit = Math.min(slot.readings.length, RUNNER_UP_READINGS);
    for (let k = 0; k < limit; k += 1) {
      if (k === slot.chosen || k === slot.keepIndex) continue;
      const reading = slot.readings[k] as Reading;
      let score = this.scoreInContext(reading, w1, w2, n1, n2);
      if (pairs) score += this.pairBonusInContext(segment, index, w2, reading.lmId, n1);
      runnerUp = Math.max(runnerUp, score);
    }
    return { chosen, keep, runnerUp };
  }

  /** A reading's score between w1 w2 and n1 n2 (n2 −1: none): the three trigrams it takes part in and its channel. */
  private scoreInContext(reading: Reading, w1: number, w2: number, n1: number, n2: number): number {
    const { lm, settings } = this.r;
    let score = lm.logProb(w1, w2, reading.lmId) + lm.logProb(w2, reading.lmId, n1) + settings.channelWeight * reading.channel;
    if (n2 >= 0) score += lm.logProb(reading.lmId, n1, n2);
    return score;
  }

  /**
   * A change of a well-formed printed word that only one source supports: the channel (with the keep-biases) does
   * not prefer it, and the language model prefers it on one side of the word only (the words before, or the words
   * after). Such a change is made but flagged low-confidence.
   */
  private restsOnOneSide(segment: Array<Slot | number>, index: number, ids: Int32Array): boolean {
    const slot = segment[index] as Slot;
    if (slot.keepIndex < 0 || slot.chosen === slot.keepIndex || !(slot.facts?.wellFormed ?? this.isWellFormed(slot.piece.text))) return false;
    const chosen = slot.readings[slot.chosen] as Reading;
    const kept = slot.readings[slot.keepIndex] as Reading;
    if (chosen.forcedReason !== undefined || chosen.channel > kept.channel - ONE_SIDE_CHANNEL_GAP) return false;
    const { lm } = this.r;
    const w1 = index >= 2 ? (ids[index - 2] as number) : index === 1 ? this.startId : -1;
    const w2 = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const n1 = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    const n2 = index + 2 < ids.length ? (ids[index + 2] as number) : index + 1 < ids.length ? this.endId : -1;
    const before = (id: number): number => lm.logProb(w1, w2, id);
    const after = (id: number): number => lm.logProb(w2, id, n1) + (n2 >= 0 ? lm.logProb(id, n1, n2) : 0);
    return before(chosen.lmId) < before(kept.lmId) || after(chosen.lmId) < after(kept.lmId);
  }

  /** The first pass's confident pairs while the second pass runs (decode), else null. */
  private documentPairs: { pairs: DocumentPairs; own: Map<Array<Slot | number>, Array<readonly [number, number] | null>> } | null = null;

  /** Runs the search over one sentence and reverts the changes that do not clear their margins. */
  private choose(words: Array<Slot | number>, bonuses: ReadonlyArray<readonly PairBonus[] | null> | null, touched: Uint8Array | null = null): void {
    const free = bonuses === null ? null : freePositions(bonuses, touched);
    const chosen = this.beam.run(
      words.map((item, index) => {
        if (typeof item === 'number') return item;
        // In the second pass a word far from every bonus keeps its first reading (the search need not weigh it again).
        return free === null || free[index] === 1 ? item.readings : this.onlyChosen(item);
      }),
      bonuses ?? undefined,
    );
    words.forEach((item, index) => {
      if (typeof item === 'object' && (free === null || free[index] === 1)) item.chosen = chosen[index] as number;
    });
    this.keepWeakChanges(words);
  }

  private readonly chosenAlone = new WeakMap<Reading, Reading[]>();

  /** The slot's chosen reading as the only one (one array per reading, so the search packs it once). */
  private onlyChosen(slot: Slot): Reading[] {
    const reading = slot.readings[slot.chosen] as Reading;
    let alone = this.chosenAlone.get(reading);
    if (!alone) {
      alone = [reading];
      this.chosenAlone.set(reading, alone);
    }
    return alone;
  }

  /**
   * The pairs of adjacent words the first pass read with confidence (each a word with one reading, or one whose
   * choice beats the runner-up in its context by documentPairConfidence), and per sentence the pair each position
   * added (so that it never counts for itself).
   */
  private confidentPairs(segments: ReadonlyArray<Array<Slot | number>>): {
    pairs: DocumentPairs;
    own: Map<Array<Slot | number>, Array<readonly [number, number] | null>>;
    documentWords: DocumentWords;
  } {
    const pairs = new DocumentPairs();
    const own = new Map<Array<Slot | number>, Array<readonly [number, number] | null>>();
    const documentWords: DocumentWords = { counts: new Map(), total: 0, own: new Map() };
    const threshold = this.r.settings.documentPairConfidence;
    for (const words of segments) {
      const ids = this.chosenIds(words);
      const confident = words.map((item, index) => {
        if (typeof item === 'number') return false;
        if (item.readings.length === 1) return true;
        // Only a word next to another word can be half of a pair.
        if (typeof words[index - 1] !== 'object' && typeof words[index + 1] !== 'object') return false;
        return this.beatsOthersBy(words, index, ids, threshold);
      });
      const added: Array<readonly [number, number] | null> = words.map(() => null);
      for (let index = 1; index < words.length; index += 1) {
        if (!confident[index - 1] || !confident[index]) continue;
        const pair = [ids[index - 1] as number, ids[index] as number] as const;
        pairs.add(pair[0], pair[1]);
        added[index] = pair;
      }
      own.set(words, added);
      const counted = new Int32Array(words.length).fill(-1);
      words.forEach((item, index) => {
        const id = ids[index] as number;
        if (typeof item !== 'object' || !confident[index] || id === this.r.lm.unknownId) return;
        // A word the one before it all but dictates (cứ of căn cứ) says nothing of the plan's topic.
        if (index > 0 && this.association(ids[index - 1] as number, id) >= DOCUMENT_WORD_PHRASE_TAIL) return;
        documentWords.counts.set(id, (documentWords.counts.get(id) ?? 0) + 1);
        documentWords.total += 1;
        counted[index] = id;
      });
      documentWords.own.set(words, counted);
    }
    return { pairs, own, documentWords };
  }

  /**
   * The second pass's cache bonus (documentWordWeight) on the readings of each word that takesPairBonus, where it
   * moves some reading ahead of the chosen one by DOCUMENT_WORD_MIN_GAIN or more; per position 1 where it did.
   */
  private documentWordBonuses(words: Array<Slot | number>, documentWords: DocumentWords): Uint8Array | null {
    const { lm, settings } = this.r;
    const odds = settings.documentWordShare / (1 - settings.documentWordShare);
    const counted = documentWords.own.get(words);
    let touched: Uint8Array | null = null;
    words.forEach((item, index) => {
      if (!this.takesPairBonus(item)) return;
      const self = counted?.[index] ?? -1;
      const countOf = (id: number): number => (documentWords.counts.get(id) ?? 0) - (id === self ? 1 : 0);
      let any = false;
      const bonuses = item.readings.map((reading) => {
        const count = countOf(reading.lmId);
        if (count < settings.documentWordMinCount) return 0;
        any = true;
        // The model's unigram is a continuation probability: a word that mostly closes one phrase (cứ of căn cứ)
        // looks rarer than it is, so it is floored.
        const ratio = count / documentWords.total / Math.exp(Math.max(DOCUMENT_WORD_UNIGRAM_FLOOR, lm.unigram(reading.lmId)));
        return Math.min(DOCUMENT_WORD_MAX_BONUS, settings.documentWordWeight * Math.log1p(ratio * odds));
      });
      if (!any) return;
      const chosen = bonuses[item.chosen] as number;
      if (!bonuses.some((bonus) => bonus - chosen >= DOCUMENT_WORD_MIN_GAIN)) return;
      item.readings = item.readings.map((reading, k) => ((bonuses[k] as number) === 0 ? reading : { ...reading, channel: reading.channel + (bonuses[k] as number) }));
      (touched ??= new Uint8Array(words.length))[index] = 1;
    });
    return touched;
  }

  /**
   * Whether the chosen reading at `index` beats keeping the word and the first other readings, in its context, by
   * `margin` (localScores' runner-up, stopping at the first reading that comes closer).
   */
  private beatsOthersBy(segment: ReadonlyArray<Slot | number>, index: number, ids: Int32Array, margin: number): boolean {
    const w1 = index >= 2 ? (ids[index - 2] as number) : index === 1 ? this.startId : -1;
    const w2 = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const n1 = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    const n2 = index + 2 < ids.length ? (ids[index + 2] as number) : index + 1 < ids.length ? this.endId : -1;
    const slot = segment[index] as Slot;
    const bar = this.scoreInContext(slot.readings[slot.chosen] as Reading, w1, w2, n1, n2) - margin;
    if (slot.keepIndex >= 0 && slot.keepIndex !== slot.chosen && this.scoreInContext(slot.readings[slot.keepIndex] as Reading, w1, w2, n1, n2) > bar) return false;
    const limit = Math.min(slot.readings.length, RUNNER_UP_READINGS);
    for (let k = 0; k < limit; k += 1) {
      if (k === slot.chosen || k === slot.keepIndex) continue;
      if (this.scoreInContext(slot.readings[k] as Reading, w1, w2, n1, n2) > bar) return false;
    }
    return true;
  }

  private readonly readingIds = new WeakMap<readonly Reading[], number[]>();

  /** The language-model ids of a readings array, remembered per array (one per word text and context). */
  private idsOf(readings: readonly Reading[]): number[] {
    let ids = this.readingIds.get(readings);
    if (!ids) {
      ids = readings.map((reading) => reading.lmId);
      this.readingIds.set(readings, ids);
    }
    return ids;
  }

  /** Whether the document-pair bonus may change the reading of a word: one printed in lower case. */
  private takesPairBonus(item: Slot | number | undefined): item is Slot {
    if (typeof item !== 'object' || item.readings.length < 2) return false;
    const text = item.piece.text;
    // A well-formed word printed with marks carries its own evidence: the document's habits do not overrule it.
    return text === text.toLowerCase() && (stripDiacritics(text) === text || !(item.facts?.wellFormed ?? this.isWellFormed(text)));
  }

  /** Per position of a sentence, the second pass's bonuses (pairBonusesAt), null where none. */
  private pairBonuses(
    words: ReadonlyArray<Slot | number>,
    pairs: DocumentPairs,
    own: ReadonlyArray<readonly [number, number] | null> | null,
  ): Array<PairBonus[] | null> {
    const bonus = this.r.settings.documentPairBonus;
    return words.map((item, index) => {
      if (index === 0 || !this.takesPairBonus(item)) return null;
      const before = words[index - 1] as Slot | number;
      const previousIds = typeof before === 'number' ? [before] : this.pairsFreely(before) ? this.idsOf(before.readings) : [(before.readings[before.chosen] as Reading).lmId];
      const found = pairBonusesAt(pairs, previousIds, this.idsOf(item.readings), own?.[index] ?? null, bonus);
      if (found === null) return found;
      // A bonus for the pair the first pass already read here changes nothing: only the others make the pass search again.
      const chosenBefore = typeof before === 'number' ? before : (before.readings[before.chosen] as Reading).lmId;
      return found.some((b) => b.previous !== chosenBefore || b.reading !== item.chosen) ? found : null;
    });
  }

  /** The second pass's bonus of `id` at `index` between `w2` and `n1` (the search adds the same; 0 in the first pass). */
  private pairBonusInContext(segment: ReadonlyArray<Slot | number>, index: number, w2: number, id: number, n1: number): number {
    const context = this.documentPairs;
    if (context === null) return 0;
    const own = context.own.get(segment as Array<Slot | number>) ?? null;
    let bonus = 0;
    if (index >= 1 && this.takesPairBonus(segment[index]) && this.pairsAs(segment[index - 1], w2)) bonus += this.pairCountBonus(context.pairs, own, w2, id, index);
    if (index + 1 < segment.length && this.takesPairBonus(segment[index + 1]) && this.pairsAs(segment[index], id)) bonus += this.pairCountBonus(context.pairs, own, id, n1, index + 1);
    return bonus;
  }

  /**
   * Whether any reading of the word before a bonus may form the pair. Not so for a word that takes no bonus itself
   * (capitalised, marked) and that the first pass kept as printed: the bonus must not buy a change of it (Giao đủ
   * printed, giáo dục elsewhere: not Giáo dục); a word the first pass changed anyway (Phù hợp: Phối) may take another reading.
   */
  private pairsFreely(item: Slot): boolean {
    if (item.chosen !== item.keepIndex) return true;
    const text = item.piece.text;
    // Printed in lower case without marks (trOng too): the bonus may change it as it may any such word.
    return !CAPITALISED.test(text) && stripDiacritics(text) === text;
  }

  /** Whether `item` may stand as `id` in a document pair (pairsFreely, else only as read). */
  private pairsAs(item: Slot | number | undefined, id: number): boolean {
    if (typeof item !== 'object' || this.pairsFreely(item)) return true;
    return (item.readings[item.chosen] as Reading).lmId === id;
  }

  /** The bonus of the pair first–second ending at `at`: per occurrence elsewhere, up to PAIR_COUNT_CAP. */
  private pairCountBonus(pairs: DocumentPairs, own: ReadonlyArray<readonly [number, number] | null> | null, first: number, second: number, at: number): number {
    const self = own?.[at];
    const count = pairs.count(first, second) - (self && self[0] === first && self[1] === second ? 1 : 0);
    return count <= 0 ? 0 : Math.min(count, PAIR_COUNT_CAP) * this.r.settings.documentPairBonus;
  }

  decode(text: string): DecodeOutput {
    const lines = text.split('\n');
    const lineItems = lines.map((line, index) => this.slotsOfLine(line, index + 1));
    const upperLines = allCapsLines(lineItems.flat());
    const items: Array<Slot | 'boundary' | number> = [];
    lineItems.forEach((slots, index) => {
      // A heading in capitals is a sentence of its own: the line after it (Kèm theo …) does not continue it.
      if (index > 0 && (upperLines.has(index) || upperLines.has(index + 1))) items.push('boundary');
      items.push(...slots);
    });
    if (this.r.settings.licensedReadings) this.licenseReadings(items);
    const cleanLines = this.cleanLines(items, lines.length);
    this.trustCleanLines(items, cleanLines);
    const biases = keepBiases(items, lines, this.r.lm, this.r.settings, {
      pairs: [this.namePairs, this.placePairs],
      personPairs: this.personPairs,
      cleanLines,
      spellingShare: (word) => this.placeIndex.spellingShare(word) ?? (this.isNameLetters(word) ? undefined : 0),
    });
    items.forEach((item, index) => {
      const bonus = biases[index] as number;
      if (bonus !== 0 && typeof item === 'object') item.readings = withKeepBonus(item.readings, item.keepIndex, bonus);
    });
    if (this.r.settings.namePairBonus !== 0) this.favourKnownNames(items, lines, cleanLines);
    if (this.r.settings.placeUnitBonus !== 0) this.favourPlaceUnits(items, cleanLines);
    if (this.r.settings.middleNameBonus !== 0) this.favourMiddleNameThi(items);
    if (this.r.settings.issuerLevelBonus !== 0) this.favourIssuerLevel(items, lines, cleanLines);
    if (this.r.settings.honorificBonus !== 0) this.favourHonorifics(items, cleanLines);
    if (this.r.settings.headTitleBonus !== 0) this.favourHeadTitles(items, cleanLines);
    if (this.r.settings.agencyHeadBonus !== 0) this.favourAgencyHeads(items, lines, cleanLines);
    if (this.r.settings.northWestHeadBonus !== 0 && mentionsNorthWestPeoples(lines)) this.favourNorthWestHeads(items, cleanLines);
    if (this.r.settings.villageUnitBonus !== 0 && mentionsVillagePeoples(lines)) this.favourVillages(items, lines, cleanLines);
    this.applyPlaceNames(items, lines, cleanLines);
    this.applyWellKnownPlaces(items, lines, cleanLines);
    this.applySignerNames(items, lines, cleanLines);
    this.keepFilingAbbreviations(items, lines);
    this.applyCorrections(items);
    this.applyTokenRules(items, lines);

    const segments: Array<Array<Slot | number>> = [];
    let segment: Array<Slot | number> = [];
    for (const item of items) {
      if (item !== 'boundary') segment.push(item);
      else if (segment.length > 0) {
        segments.push(segment);
        segment = [];
      }
    }
    if (segment.length > 0) segments.push(segment);
    for (const words of segments) this.choose(words, null);
    const { documentPairBonus, documentWordWeight } = this.r.settings;
    if (documentPairBonus > 0 || documentWordWeight > 0) {
      const { pairs, own, documentWords } = this.confidentPairs(segments);
      if (pairs.size > 0 || documentWords.total > 0) {
        this.documentPairs = { pairs, own };
        try {
          for (const words of segments) {
            const bonuses = documentPairBonus > 0 ? this.pairBonuses(words, pairs, own.get(words) ?? null) : words.map(() => null);
            const touched = documentWordWeight > 0 && documentWords.total >= DOCUMENT_WORD_MIN_TOTAL ? this.documentWordBonuses(words, documentWords) : null;
            // A sentence no bonus touches would be read again exactly as before.
            if (touched !== null || bonuses.some((bonus) => bonus !== null)) this.choose(words, bonuses, touched);
          }
        } finally {
          this.documentPairs = null;
        }
      }
    }

    const corrections: Correction[] = [];
    const outputs = new Map<Slot, string>();
    for (const words of segments) {
      let ids: Int32Array | null = null;
      let previous: { line: number; end: number; output: string } | null = null;
      words.forEach((item, index) => {
        if (typeof item === 'number') {
          previous = null;
          return;
        }
        const chosen = item.readings[item.chosen] as Reading;
        // In an all-caps line (a heading) a changed word is written in capitals too (OCR `Td` in `TỔ CHỨC`), unless
        // the print is a clean word in its own case: one column of a two-column line (Nơi nhận: beside TM. ỦY BAN …).
        let reading =
          upperLines.has(item.line) && chosen.output !== item.piece.text && chosen.output !== chosen.output.toUpperCase() && !isPrintedInOwnCase(item.piece.text)
            ? { ...chosen, output: chosen.output.toUpperCase() }
            : chosen;
        if (!upperLines.has(item.line) && isStrayCapitalWord(item, chosen, words[index - 1], words[index + 1]) && isRunningText(lines[item.line - 1] ?? '')) {
          reading = { ...reading, output: titleCased(reading.output) };
        }
        if (isCapitalsWithSmallVowel(item, chosen, words[index - 1], words[index + 1])) reading = { ...reading, output: reading.output.toUpperCase() };
        if (isNumberLabel(item, reading.output, lines[item.line - 1] ?? '')) reading = { ...reading, output: NUMBER_LABEL };
        if (!upperLines.has(item.line) && isCapitalIForL(item, chosen, typeof words[index - 1] === 'number' ? words[index - 2] : words[index - 1], words[index + 1], lines[item.line - 1] ?? '')) {
          reading = { ...reading, output: reading.output.toLowerCase() };
        }
        // Only a word one space after the level: `Huyện, Ủy ban` is another phrase.
        const afterLevel = previous?.line === item.line && previous.end + 1 === item.piece.start;
        const next = words[index + 1];
        const beforeBan = typeof next === 'object' && (next.readings[next.chosen] as Reading).output.toLowerCase() === 'ban';
        if (chosen.output !== item.piece.text && afterLevel && !beforeBan && isCommitteeAfterLevel((previous as { output: string }).output, reading.output)) {
          reading = { ...reading, output: reading.output.toLowerCase() };
        }
        previous = { line: item.line, end: item.piece.start + item.piece.text.length, output: reading.output };
        // The first of two words the OCR glued is written with the space it lost (token-classes.ts).
        const written = item.piece.spaceAfter === true ? `${reading.output} ` : reading.output;
        outputs.set(item, written);
        if (written === item.piece.text) return;
        let score = 0;
        let lowConfidence = false;
        if (item.readings.length > 1) {
          ids ??= this.chosenIds(words);
          const local = this.localScores(words, index, ids);
          score = local.keep === null ? 0 : local.chosen - local.keep;
          lowConfidence = local.chosen - local.runnerUp < this.r.settings.lowConfidenceMargin || this.restsOnOneSide(words, index, ids);
        }
        corrections.push({
          line: item.line,
          column: item.piece.start + 1,
          from: item.piece.text,
          to: written,
          reason: reading.forcedReason ?? (reading.output === item.piece.text ? 'normalize' : this.reasonFor(item.piece.text, reading.output)),
          score: Math.round(score * 100) / 100,
          lowConfidence: lowConfidence || reading.guess === true,
        });
      });
    }

    // Rebuild each line: only the slots' own spans change.
    const slotsByLine = new Map<number, Slot[]>();
    for (const slot of outputs.keys()) {
      const list = slotsByLine.get(slot.line);
      if (list) list.push(slot);
      else slotsByLine.set(slot.line, [slot]);
    }
    const restoredLines = lines.map((line, index) => {
      const slots = slotsByLine.get(index + 1);
      if (!slots) return line;
      let out = '';
      let cursor = 0;
      for (const slot of slots) {
        const output = outputs.get(slot) as string;
        out += line.slice(cursor, slot.piece.start) + output;
        cursor = slot.piece.start + slot.piece.text.length;
        if (output !== slot.piece.text && isMarkPrintedAsApostrophe(line, slot.piece.start, cursor, output)) {
          const correction = corrections.find((c) => c.line === slot.line && c.column === slot.piece.start + 1);
          if (correction) correction.from += line.charAt(cursor);
          cursor += 1;
        }
      }
      return out + line.slice(cursor);
    });

    corrections.sort((a, b) => a.line - b.line || a.column - b.column);
    let syllables = 0;
    let validBefore = 0;
    let validAfter = 0;
    for (const [slot, output] of outputs) {
      if (slot.piece.kind === 'number') continue;
      syllables += 1;
      const before = slot.facts?.wellFormed ?? this.isWellFormed(slot.piece.text);
      if (before) validBefore += 1;
      if (output === slot.piece.text ? before : this.isWellFormed(output.trimEnd())) validAfter += 1;
    }
    return {
      text: restoredLines.join('\n'),
      corrections,
      stats: {
        syllables,
        validBefore,
        validAfter,
        changed: corrections.length,
        lowConfidence: corrections.filter((c) => c.lowConfidence).length,
      },
    };
  }
}

/** Readings of a word and of the word before it that are tried for a phrase that rules out an honorific. */
const HONORIFIC_PHRASE_READINGS = 4;
/** The association (log ratio of the bigram over the unigram) that makes such a phrase; 0.5 to 1.5 read alike. */
const HONORIFIC_PHRASE_ASSOCIATION = 1;

/** How far (in words) a bonus of the second pass may change the readings around it: a trigram's reach. */
const PAIR_BONUS_REACH = 2;

/**
 * Per position of a sentence, 1 where the second pass may choose again: within PAIR_BONUS_REACH of a pair a bonus
 * touches (a bonus at a position concerns it and the word before it).
 */
function freePositions(bonuses: ReadonlyArray<readonly PairBonus[] | null>, touched: Uint8Array | null): Uint8Array {
  const free = new Uint8Array(bonuses.length);
  bonuses.forEach((bonus, index) => {
    if (bonus === null) return;
    const from = Math.max(0, index - 1 - PAIR_BONUS_REACH);
    const to = Math.min(bonuses.length - 1, index + PAIR_BONUS_REACH);
    free.fill(1, from, to + 1);
  });
  // A word whose readings the cache moved: it and the words within a trigram's reach.
  touched?.forEach((moved, index) => {
    if (moved === 0) return;
    free.fill(1, Math.max(0, index - PAIR_BONUS_REACH), Math.min(bonuses.length - 1, index + PAIR_BONUS_REACH) + 1);
  });
  return free;
}

/** The first pass's confident words: per LM id how often, in all, and per sentence the id each position added (-1: none). */
interface DocumentWords {
  counts: Map<number, number>;
  total: number;
  own: Map<Array<Slot | number>, Int32Array>;
}

/** Confident words a document needs before its counts say anything of its topic (a few lines say nothing). */
const DOCUMENT_WORD_MIN_TOTAL = 200;
/** A cache bonus is applied only where it lifts some reading this much over the chosen one. */
const DOCUMENT_WORD_MIN_GAIN = 0.3;
/** The unigram log-probability the cache ratio divides by is at least this (see documentWordBonuses). */
const DOCUMENT_WORD_UNIGRAM_FLOOR = -8.5;
/** The cache bonus of one reading is at most this: a plan's topic weighs, it does not decide. */
const DOCUMENT_WORD_MAX_BONUS = 3;
/** A confident word whose bigram with the word before is this much likelier than the word alone is not counted. */
const DOCUMENT_WORD_PHRASE_TAIL = 6;

/**
 * The second word of a woman's name as printed: the middle name Thị (Thi without marks), or a name with an
 * apostrophe (Ka H'Rim, Nay H'Lan). After a capitalised word it makes the printed ba before them bà, whatever the
 * surname (Alăng Thị Lem, which no name list pairs).
 */
function isWomansNameWord(text: string): boolean {
  return text === 'Thi' || text === 'Thị' || APOSTROPHE_NAME.test(text);
}

/** Levels whose Party committee is written `Tỉnh ủy`, `Huyện ủy`, `Thành ủy`, `Đảng ủy` (ủy in lower case). */
const COMMITTEE_LEVELS: ReadonlySet<string> = new Set(['Tỉnh', 'Huyện', 'Thành', 'Quận', 'Thị', 'Đảng']);

/**
 * Whether `output` is a Title-Case Ủy right after a level written with a capital: the English OCR prints the ủ of
 * `Huyện ủy` as a capital U (`Huyén Uy`), so the case the word was printed in is the OCR's, not the text's.
 */
export function isCommitteeAfterLevel(previousOutput: string, output: string): boolean {
  return (output === 'Ủy' || output === 'Uỷ') && COMMITTEE_LEVELS.has(previousOutput);
}

/**
 * Whether the apostrophe right after a word the decoder changed is the OCR's print of its mark (co’ for cơ, ky’
 * for kỹ): it closes the word, no quote opens it, and the new reading carries a mark the printed letters lacked.
 */
export function isMarkPrintedAsApostrophe(line: string, start: number, end: number, output: string): boolean {
  const after = line.charAt(end);
  if (after !== '’' && after !== "'") return false;
  const following = line.charAt(end + 1);
  if (following !== '' && !/[\s,.;:)]/u.test(following)) return false;
  const before = line.charAt(start - 1);
  if (before === '‘' || before === "'" || before === '’') return false;
  return /[^\x00-\x7f]/u.test(output) && !/[^\x00-\x7f]/u.test(line.slice(start, end));
}

/**
 * A printed lower-case `nam` right before a year (1900–2099) is năm: `nam 2024` is never the south or men, and the
 * toneless-word margin had kept it (địa bàn xã … nam 2024 - 2025).
 */
function withYearReading<C extends { readings: Reading[]; keepIndex: number }>(choice: C): C {
  const year = choice.readings.findIndex((reading) => reading.output === 'năm');
  return year >= 0 && year !== choice.keepIndex ? { ...choice, readings: withReadingBonus(choice.readings, [year], YEAR_WORD_BONUS) } : choice;
}

/**
 * Words a quantity is counted per, written after a slash glued to it (2 lần/năm, 25 tỷ con/năm, 5 m/năm, tấn/ha,
 * 02 chuyên mục/tháng, suất/người): units of time and the usual denominators of the genre, with their marks.
 */
const PER_UNITS: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'tuần', 'quý', 'ngày', 'giờ', 'buổi', 'đợt', 'kỳ', 'vụ', 'lần', 'lượt', 'khóa',
  'người', 'hộ', 'trẻ', 'xã', 'thôn', 'bản', 'huyện', 'tỉnh', 'trường', 'lớp', 'căn', 'tấn', 'con', 'cây', 'suất',
]);
/** Added to the per-unit reading of a printed word after such a slash: the slash says a unit follows. */
const PER_UNIT_BONUS = 3;

/** The word at `index` follows a slash glued to a number or a word before it (…%/nam, con/nam, not `/ nam`). */
function isPerUnitPosition(pieces: readonly Piece[], index: number): boolean {
  const piece = pieces[index] as Piece;
  const slash = pieces[index - 1];
  const before = pieces[index - 2];
  if (slash?.text !== '/' || before === undefined || slash.start + 1 !== piece.start) return false;
  if (before.start + before.text.length !== slash.start || before.kind === 'punct') return false;
  return piece.text === piece.text.toLowerCase();
}

/** The choice with the bonus on its per-unit readings that keep the printed letters (nam → năm, thang → tháng). */
function withPerUnitReading<C extends { readings: Reading[]; keepIndex: number }>(choice: C, printed: string): C {
  const bare = stripDiacritics(printed).toLowerCase();
  const units: number[] = [];
  choice.readings.forEach((reading, k) => {
    if (k !== choice.keepIndex && PER_UNITS.has(reading.output) && stripDiacritics(reading.output) === bare) units.push(k);
  });
  return units.length > 0 ? { ...choice, readings: withReadingBonus(choice.readings, units, PER_UNIT_BONUS) } : choice;
}

/** A number the OCR may have printed for a syllable (16 for lở, 18 for lễ): one or two digits. */
const SHORT_NUMBER = /^\d{1,2}$/u;
/** Readings of the word before a number whose strong collocations are looked at. */
const NUMBER_WORD_PREVIOUS_READINGS = 4;
/** Added to keeping a number as printed: digits are strong evidence, a phrase must outweigh them. */
const NUMBER_KEEP_BONUS = 2;

/** A year of the plans' range, as printed after năm. */
const YEAR = /^(19|20)\d\d$/u;
/** Large enough that only a forced reading outweighs it: nam before a year has no other sense. */
const YEAR_WORD_BONUS = 6;
