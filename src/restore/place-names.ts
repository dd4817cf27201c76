/**
 * dictionaries/place-names.txt: the country's administrative units as `unit Name` lines, each indented under the
 * unit it belongs to (tỉnh Quảng Ngãi / huyện Trà Bồng / xã Trà Thanh), before and since the 2025 reorganisation,
 * derived by scripts/build-place-names.ts. The decoder spells a name printed after its unit the one way the list
 * does (PlaceNameIndex), takes the names' adjacent words as name pairs (name-pairs.ts), and drops the keep-bias of
 * a capitalised word whose letters place names nearly never spell as printed (spellingShare).
 */
import { z } from 'zod';
import { canonicalSyllable, isWellFormedSyllable, normalizeVietnamese, stripDiacritics } from '../vietnamese/index.js';

export const PLACE_NAMES_FILE = 'place-names.txt';

export const PLACE_UNITS = ['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'phường', 'xã', 'thị trấn', 'đặc khu'] as const;

/** A place, and the units it belongs to, nearest first (xã Trà Thanh in huyện Trà Bồng in tỉnh Quảng Ngãi). */
export interface PlaceName {
  unit: (typeof PLACE_UNITS)[number];
  name: string;
  within: Array<{ unit: (typeof PLACE_UNITS)[number]; name: string }>;
}

const UNIT_ALTERNATIVES = [...PLACE_UNITS].sort((a, b) => b.length - a.length).join('|');
/**
 * One line of the file: a province at the margin, a unit under it indented by two spaces (a district, or since the
 * 2025 reorganisation a commune or ward), a commune, ward or township under a district by four; each `unit Name`
 * (a district may be a number: quận 1).
 */
const PLACE_LINE = new RegExp(`^(|  |    )(${UNIT_ALTERNATIVES}) (\\p{Lu}[^,#]*[^\\s,#]|\\p{Lu}|\\d+)$`, 'u');

const PlaceLinesSchema = z.array(
  z
    .string()
    .regex(PLACE_LINE, `expected \`unit Name\` (unit one of ${PLACE_UNITS.join(', ')}) at the margin for a province, indented by two spaces under the unit it belongs to`),
);

/** A malformed line of the file: its 1-based line number and why. */
export class PlaceNameLineError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Parses the file; throws a PlaceNameLineError on a malformed line or a unit indented under no parent. */
export function parsePlaceNames(file: string, source: string): PlaceName[] {
  const rows = normalizeVietnamese(source)
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\s*#.*$/u, '').trimEnd() }))
    .filter((row) => row.text !== '');
  const parsed = PlaceLinesSchema.safeParse(rows.map((row) => row.text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as { path: PropertyKey[]; message: string };
    throw new PlaceNameLineError(file, rows[issue.path[0] as number]?.line ?? 0, issue.message);
  }
  const places: PlaceName[] = [];
  const parents: Array<{ unit: PlaceName['unit']; name: string }> = [];
  for (const [index, text] of parsed.data.entries()) {
    const line = (rows[index] as { line: number }).line;
    const [, indent, unit, name] = PLACE_LINE.exec(text) as RegExpExecArray;
    const level = (indent as string).length / 2;
    if (level > parents.length) throw new PlaceNameLineError(file, line, `indented under no ${level === 1 ? 'province' : 'district'}`);
    parents.length = level;
    const place = { unit: unit as PlaceName['unit'], name: name as string };
    if (/^\p{Lu}/u.test(place.name)) places.push({ ...place, within: [...parents].reverse() });
    parents.push(place);
  }
  return places;
}

/** The provinces and districts a text names after their unit (tỉnh Hà Giang, huyện Mèo Vạc), by bare name. */
export interface PlaceContext {
  /** `unit|bare name` of each unit named. */
  readonly named: ReadonlySet<string>;
}

/** A name's words without marks, lower case, đ as d, apostrophes as ': how the English OCR prints them, marks lost. */
export function bareNameKey(words: readonly string[]): string {
  return words.map(bareWord).join(' ');
}

const bareWords = new Map<string, string>();

function bareWord(word: string): string {
  let bare = bareWords.get(word);
  if (bare === undefined) {
    bare = stripDiacritics(word.toLowerCase().replace(/’/gu, "'")).replace(/đ/gu, 'd');
    if (bareWords.size < 100_000) bareWords.set(word, bare);
  }
  return bare;
}

/**
 * The spellings of administrative units by unit and bare name (xã + `tra thanh` → Trà Thanh). Where two places of
 * one unit kind spell a bare name differently (xã Sơn Vĩ in Hà Giang, xã Sơn Vi in Phú Thọ), the places a text
 * names (its province or district) pick one; else the list cannot tell which one the text means.
 */
export class PlaceNameIndex {
  private readonly places = new Map<string, Array<{ spelling: string[]; within: string[] }>>();
  /** `unit|bare name` of every province and district: what a text may name as its context. */
  private readonly regions = new Set<string>();
  /** Words in the longest name. */
  readonly maxWords: number;
  /** Per bare word (`tay`), how many distinct names use it, and per spelling (`tây`) how many spell it so. */
  private readonly wordSpellings = new Map<string, { names: number; bySpelling: Map<string, number> }>();

  constructor(places: readonly PlaceName[]) {
    let maxWords = 0;
    const canonicalWords = new Map<string, string>();
    const canonical = (word: string): string => {
      let found = canonicalWords.get(word);
      if (found === undefined) canonicalWords.set(word, (found = canonicalNameWord(word)));
      return found;
    };
    const parentKeys = new Map<string, string>();
    const countedNames = new Set<string>();
    const parentKey = (parent: { unit: string; name: string }): string => {
      const written = `${parent.unit} ${parent.name}`;
      let key = parentKeys.get(written);
      if (key === undefined) parentKeys.set(written, (key = placeKey(parent.unit, parent.name.split(' '))));
      return key;
    };
    for (const place of places) {
      const words = place.name.split(' ').map(canonical);
      maxWords = Math.max(maxWords, words.length);
      const key = placeKey(place.unit, words);
      const entry = { spelling: words, within: place.within.map(parentKey) };
      // Each name once: the 2025 list repeats many names of the list before it.
      const written = words.join(' ');
      for (const word of countedNames.has(written) ? [] : words) {
        const lower = word.toLowerCase();
        const bare = bareWord(lower);
        let counts = this.wordSpellings.get(bare);
        if (!counts) this.wordSpellings.set(bare, (counts = { names: 0, bySpelling: new Map() }));
        counts.names += 1;
        counts.bySpelling.set(lower, (counts.bySpelling.get(lower) ?? 0) + 1);
      }
      countedNames.add(written);
      const known = this.places.get(key);
      if (known) known.push(entry);
      else this.places.set(key, [entry]);
      if (place.within.length < 2) this.regions.add(key);
    }
    this.maxWords = maxWords;
  }

  /**
   * The one spelling of a unit's name printed as `words` (its marks ignored), or null: unknown, or spelt two ways
   * by places of which the context names none or several.
   */
  spellingOf(unit: PlaceName['unit'], words: readonly string[], context?: PlaceContext): readonly string[] | null {
    const entries = this.places.get(placeKey(unit, words));
    if (!entries) return null;
    const one = oneSpelling(entries);
    if (one !== null || !context) return one;
    return oneSpelling(entries.filter((entry) => entry.within.some((key) => context.named.has(key))));
  }

  /**
   * Of the names using a word with these letters (without marks), the share that spell it as `word` does (Tay: 0,
   * Thanh: 0.41); undefined when fewer than `minimumNames` names use such a word.
   */
  spellingShare(word: string, minimumNames = 20): number | undefined {
    const lower = canonicalNameWord(word.toLowerCase());
    const counts = this.wordSpellings.get(bareWord(lower));
    if (!counts || counts.names < minimumNames) return undefined;
    return (counts.bySpelling.get(lower) ?? 0) / counts.names;
  }

  /** Whether any listed name has a word with these letters (without marks). */
  usesLetters(word: string): boolean {
    return this.wordSpellings.has(bareWord(canonicalNameWord(word.toLowerCase())));
  }

  /** Whether a unit of this kind spelt `spelling` lies in a province or district the context names. */
  isNamedIn(unit: PlaceName['unit'], spelling: readonly string[], context: PlaceContext): boolean {
    const written = spelling.join(' ');
    return (this.places.get(placeKey(unit, spelling)) ?? []).some(
      (entry) => entry.spelling.join(' ') === written && entry.within.some((key) => context.named.has(key)),
    );
  }

  /**
   * The names' adjacent words as name pairs (name-pairs.ts: `trà Thanh`), each distinct spelling once; the
   * decoder keeps those whose words its model knows.
   */
  namePairs(): string[] {
    const pairs = new Set<string>();
    for (const entries of this.places.values()) {
      for (const { spelling } of entries) {
        for (let w = 0; w + 1 < spelling.length; w += 1) pairs.add(`${(spelling[w] as string).toLowerCase()} ${spelling[w + 1] as string}`);
      }
    }
    return [...pairs];
  }

  /** Whether the list holds a unit of this kind whose name is `words` without their marks (however many spellings). */
  knows(unit: PlaceName['unit'], words: readonly string[]): boolean {
    return this.places.has(placeKey(unit, words));
  }

  /** The provinces and districts `lines` name after their unit, the marks of the print ignored. */
  contextOf(lines: readonly string[]): PlaceContext {
    const named = new Set<string>();
    const bare = stripDiacritics(lines.join('\n').toLowerCase().replace(/’/gu, "'")).replace(/đ/gu, 'd').replace(/[^a-z'\n]+/gu, ' ');
    for (const match of bare.matchAll(/\b(tinh|thanh pho|huyen|quan|thi xa) (?=((?:[a-z']+ ?){1,4}))/gu)) {
      const unit = REGION_UNITS.get(match[1] as string) as PlaceName['unit'];
      const words = (match[2] as string).trim().split(' ');
      for (let n = words.length; n >= 1; n -= 1) {
        const key = `${unit}|${words.slice(0, n).join(' ')}`;
        if (this.regions.has(key)) {
          named.add(key);
          break;
        }
      }
    }
    return { named };
  }
}

const REGION_UNITS = new Map<string, PlaceName['unit']>([
  ['tinh', 'tỉnh'],
  ['thanh pho', 'thành phố'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['thi xa', 'thị xã'],
]);

function placeKey(unit: string, words: readonly string[]): string {
  return `${unit}|${bareNameKey(words)}`;
}

function oneSpelling(entries: ReadonlyArray<{ spelling: string[] }>): string[] | null {
  const first = entries[0];
  if (!first) return null;
  const spelling = first.spelling.join(' ');
  return entries.every((entry) => entry.spelling.join(' ') === spelling) ? first.spelling : null;
}

const NEW_STYLE_TONE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/u;

/** A name's word with its tone placed the project's way (Hoà → Hòa), its capitals kept. */
function canonicalNameWord(word: string): string {
  const lower = word.toLowerCase();
  // Only oa, oe and uy place their tone two ways (hòa / hoà, thủy / thuỷ); the project writes it on the first vowel.
  if (!NEW_STYLE_TONE.test(lower) || !isWellFormedSyllable(lower)) return word;
  const canonical = canonicalSyllable(lower);
  if (canonical === lower) return word;
  const printed = [...word];
  const small = [...lower];
  return [...canonical].map((c, k) => (printed[k] !== undefined && printed[k] !== small[k] ? c.toUpperCase() : c)).join('');
}
