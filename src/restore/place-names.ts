/**
 * dictionaries/place-names.txt: the country's administrative units as `unit Name` lines (xã Trà Thanh, huyện Chư
 * Prông, tỉnh Quảng Ngãi), derived by scripts/build-place-names.ts from the General Statistics Office's list.
 * The decoder takes the adjacent words of each name as name pairs (name-pairs.ts): a place the model never counted
 * is still known as a name, so its printed spelling is kept (Trà Thanh, not Trà Thành) and its lost marks
 * restored the way the place is spelt.
 */
import { z } from 'zod';
import { canonicalSyllable, isWellFormedSyllable, normalizeVietnamese, stripDiacritics } from '../vietnamese/index.js';

export const PLACE_UNITS = ['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'phường', 'xã', 'thị trấn'] as const;

const PlaceNameSchema = z.object({
  unit: z.enum(PLACE_UNITS),
  name: z
    .string()
    .min(1)
    .refine((name) => /^\p{Lu}/u.test(name), 'a place name opens with a capital letter'),
});

export type PlaceName = z.infer<typeof PlaceNameSchema>;

const UNIT_PATTERN = new RegExp(`^(${[...PLACE_UNITS].sort((a, b) => b.length - a.length).join('|')})\\s+(.+)$`, 'u');

/** Parses the file; throws with file:line on a malformed line. */
export function parsePlaceNames(file: string, source: string): PlaceName[] {
  const places: PlaceName[] = [];
  normalizeVietnamese(source)
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/#.*$/u, '').trim();
      if (line === '') return;
      const match = UNIT_PATTERN.exec(line);
      const parsed = PlaceNameSchema.safeParse({ unit: match?.[1], name: match?.[2] });
      if (!parsed.success) {
        const reason = match ? parsed.error.issues.map((i) => i.message).join('; ') : `expected \`unit Name\` with unit one of ${PLACE_UNITS.join(', ')}`;
        throw new Error(`${file}:${index + 1}: ${reason}`);
      }
      places.push(parsed.data);
    });
  return places;
}

/** A name's words without marks, lower case, đ as d, apostrophes as ': how the English OCR prints them, marks lost. */
export function bareNameKey(words: readonly string[]): string {
  return words.map((word) => stripDiacritics(word.toLowerCase().replace(/’/gu, "'")).replace(/đ/gu, 'd')).join(' ');
}

/**
 * The spellings of administrative units by unit and bare name (xã + `tra thanh` → Trà Thanh). A bare name that
 * two places of one unit kind spell differently (xã Tân Thành, xã Tân Thanh) has no spelling here: the list
 * cannot tell which one the text means.
 */
export class PlaceNameIndex {
  private readonly spellings = new Map<string, string[] | null>();
  /** Words in the longest name. */
  readonly maxWords: number;

  constructor(places: readonly PlaceName[]) {
    let maxWords = 0;
    for (const place of places) {
      const words = place.name.split(' ').map(canonicalNameWord);
      maxWords = Math.max(maxWords, words.length);
      const key = `${place.unit}|${bareNameKey(words)}`;
      const known = this.spellings.get(key);
      if (known === undefined) this.spellings.set(key, words);
      else if (known !== null && known.join(' ') !== words.join(' ')) this.spellings.set(key, null);
    }
    this.maxWords = maxWords;
  }

  /** The one spelling of a unit's name printed as `words` without its marks, or null (unknown or ambiguous). */
  spellingOf(unit: PlaceName['unit'], words: readonly string[]): readonly string[] | null {
    return this.spellings.get(`${unit}|${bareNameKey(words)}`) ?? null;
  }
}

/** A name's word with its tone placed the project's way (Hoà → Hòa), its capitals kept. */
function canonicalNameWord(word: string): string {
  const lower = word.toLowerCase();
  if (!isWellFormedSyllable(lower)) return word;
  const canonical = canonicalSyllable(lower);
  return [...canonical].map((c, k) => ([...word][k] !== undefined && [...word][k] !== [...lower][k] ? c.toUpperCase() : c)).join('');
}
