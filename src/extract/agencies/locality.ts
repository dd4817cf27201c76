import { fold } from '../../structure/fold.js';
import { ADMINISTRATIVE_LEVELS } from '../levels.js';
import type { AgencyLookup } from './lookup.js';
import { editDistanceAtMost1, printedWithoutMarks } from './similarity.js';

// Words a known body's name may be followed by and still be its name: the level and place it serves
// (`Công an tỉnh`, `Ủy ban nhân dân các huyện, thành phố`). A phrase counts only whole (`thành phố`, not `phố`
// alone), and each word only as printed here or without any marks.
export const LOCALITY_PHRASES = [
  ...ADMINISTRATIVE_LEVELS.map((level) => level.printed),
  'các', 'cấp', 'thôn', 'bản', 'ấp', 'khu',
  'khu phố', 'khu vực', 'khu dân cư', 'tổ dân phố', 'trung ương', 'nhà nước', 'và', 'buôn', 'sóc', 'làng', 'khóm',
  // Abbreviated levels of a list (`UBND các huyện, TX, TP`).
  'tx', 'tp',
].map((phrase) => phrase.split(' '));

/** Number of words at the start of `words` that make a locality phrase (0 when none does). */
export function localityLength(words: readonly string[]): number {
  let best = 0;
  for (const phrase of LOCALITY_PHRASES) {
    if (phrase.length <= best || phrase.length > words.length) continue;
    const fits = phrase.every((want, i) => {
      const word = words[i]!.toLocaleLowerCase('vi');
      return word === want || (word === fold(want) && word === fold(word));
    });
    if (fits) best = phrase.length;
  }
  return best;
}

// Locality words whose marks restoration may get wrong (`các phương, xa`, `thì trận`) and whose bare form is no
// common word of a sentence; a phrase of several words is always safe.
const MARKS_FIXABLE = new Set(['xa', 'phuong', 'huyen', 'tinh', 'thon', 'quan']);
// Words of their own that fold like a locality (`Sở Y tế quan tâm`, `Phòng … quản lý`): never a damaged `quận`.
export const LOCALITY_LOOKALIKES = new Set(['quan', 'quân', 'quản', 'quán', 'quần', 'quen', 'quên', 'quyền']);
const LIST_OPENERS = new Set(['cac', 'cap']);
const NEVER_A_PREDICATE = new Set(['huyen', 'phuong', 'xa', 'quan']);
const LOCALITY_FIRST_WORDS = new Set(LOCALITY_PHRASES.map((phrase) => fold(phrase[0]!)).filter((word) => word !== 'va'));

/**
 * The run of locality words after a known name, with each word's marks put right where its folded form is a
 * locality phrase (`các phương, xa` → `các phường, xã`). Same length, so offsets hold; stops at the first word
 * that is neither a locality nor `và` nor capitalised.
 */
export function withLocalityMarks(rest: string, fixLastWord = true): string {
  const tokens = [...rest.matchAll(/[^\s,;:.]+/gu)];
  let out = rest;
  for (let k = 0; k < tokens.length; ) {
    const word = tokens[k]![0];
    // A capitalised place, `và`, or the number of a ward (`UBND 15 phướng`) lets the run go on.
    if (/^[\p{Lu}\d]/u.test(word) || fold(word) === 'va') {
      k++;
      continue;
    }
    let fixed = 0;
    for (const phrase of LOCALITY_PHRASES) {
      if (phrase.length > tokens.length - k || phrase.length <= fixed) continue;
      const printed = tokens.slice(k, k + phrase.length).map((t) => t[0]);
      // A single locality word of four letters or more may also be one letter off (`tỉuh`, `huyệu`), same length.
      const near = (p: string, want: string) =>
        fold(p) === fold(want) || (phrase.length === 1 && want.length >= 4 && MARKS_FIXABLE.has(fold(want)) && editDistanceAtMost1(fold(p), fold(want)));
      if (!printed.every((p, i) => /^\p{Ll}+$/u.test(p) && near(p, phrase[i]!) && p.length === phrase[i]!.length)) continue;
      // A single word only inside a list of localities (after `các`, `và` or a comma): `xã xa` is not `xã xã`.
      const inList = k > 0 && (/,/.test(rest.slice(tokens[k - 1]!.index + tokens[k - 1]![0].length, tokens[k]!.index)) || /^(?:cac|va)$/.test(fold(tokens[k - 1]![0])));
      // The one word that ends the name right after the known part (`Trạm Y tế phương`, `Công an tính,`): no
      // sentence word stands there.
      const endsName = fixLastWord && k === 0 && tokens.length === 1 && /^\s*[,;:.]?\s*$/.test(rest.slice(tokens[0]!.index + tokens[0]![0].length));
      // … or followed by the end of the name, a comma, `và` or a place name (`Trung tâm Y tế huyến,`); `các`/`cấp`
      // where another locality follows (`cạc xã, thị trấn`).
      const after = rest.slice(tokens[k]!.index + tokens[k]![0].length);
      const boundary = fixLastWord && /^\s*(?:$|[,;:.]|và\s|\p{Lu})/u.test(after);
      const nextLocality = fixLastWord && tokens[k + 1] !== undefined && LOCALITY_FIRST_WORDS.has(fold(tokens[k + 1]![0]));
      const folded = fold(phrase[0]!);
      // Right after the known name, `huyền`, `phương` or `xa` begin no sentence (`tính` may: `tính toán`).
      const firstAfterName = fixLastWord && k === 0 && NEVER_A_PREDICATE.has(folded);
      const lookalike = phrase.length === 1 && LOCALITY_LOOKALIKES.has(printed[0]!.toLocaleLowerCase('vi'));
      const fixable = (MARKS_FIXABLE.has(folded) && !lookalike && (inList || endsName || boundary || firstAfterName)) || (LIST_OPENERS.has(folded) && nextLocality);
      if (phrase.length === 1 && printed[0] !== phrase[0] && !fixable) continue;
      fixed = phrase.length;
      phrase.forEach((marked, i) => {
        const at = tokens[k + i]!.index;
        out = out.slice(0, at) + marked + out.slice(at + marked.length);
      });
    }
    if (fixed === 0) break;
    k += fixed;
  }
  return out;
}

// Two-word names of administrative units, whose second word restoration may leave one letter off (`thị trên`).
const LOCALITY_PAIRS = ['thị trấn', 'thành phố', 'thị xã'];

export function repairedLocality(previous: string, word: string): string {
  for (const pair of LOCALITY_PAIRS) {
    const [first, second] = pair.split(' ') as [string, string];
    // `và` is a word of its own (`Đô thị và Môi trường`), never a damaged `xã`.
    if (fold(previous) !== fold(first) || fold(word) === fold(second) || word.length !== second.length || fold(word) === 'va') continue;
    if (/^\p{Ll}+$/u.test(word) && editDistanceAtMost1(fold(word), fold(second))) return second;
  }
  return word;
}

const LOCALITY_SPELLINGS = new Map(['quận', 'huyện', 'xã', 'tỉnh', 'phường'].map((word) => [fold(word), word]));

/** The level words a text prints with their own marks at least twice (`quận` in a district of a city's plan). */
export function printedLevels(text: string): Set<string> {
  const levels = new Set<string>();
  for (const level of LOCALITY_SPELLINGS.values()) {
    if ([...text.matchAll(new RegExp(`(?<![\\p{L}])${level}(?![\\p{L}])`, 'gu'))].length >= 2) levels.add(level);
  }
  return levels;
}

/**
 * Bodies listed in one item serve the same level: a name whose last word restoration left with other marks
 * (`Ban Chỉ huy Quân sự quân, Công an quận`) takes the level's spelling another name of the list prints. So does
 * a known name followed by that one word alone (`Trung tâm Văn hóa - Thông tin và Thể thao quần`, where
 * restoration read `thể thao quần chúng`) where the plan's implementation part prints the level (`levels`).
 */
export function withSiblingLocality(
  names: { name: string; offset: number }[],
  levels: ReadonlySet<string> = new Set(),
  lookup?: AgencyLookup,
): { name: string; offset: number }[] {
  const lastWord = (name: string) => /(\p{L}+)\s*$/u.exec(name)?.[1] ?? '';
  const siblingLevels = new Set(names.map(({ name }) => lastWord(name)).filter((word) => LOCALITY_SPELLINGS.get(fold(word)) === word));
  const knownThenWord = (name: string, word: string) => {
    const trimmed = name.trim();
    const known = lookup?.knownPrefix(trimmed) ?? 0;
    return known > 0 && trimmed.slice(known).trim() === word;
  };
  return names.map(({ name, offset }) => {
    const word = lastWord(name);
    const level = LOCALITY_SPELLINGS.get(fold(word));
    // A name printed without any marks (a line restoration left alone) stays as printed.
    if (level === undefined || level === word || !/^\p{Ll}/u.test(word) || printedWithoutMarks(name)) return { name, offset };
    if (!siblingLevels.has(level) && !(levels.has(level) && knownThenWord(name, word))) return { name, offset };
    const trimmed = name.trimEnd();
    return { name: `${trimmed.slice(0, trimmed.length - word.length)}${level}`, offset };
  });
}
