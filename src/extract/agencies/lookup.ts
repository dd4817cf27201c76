import { readFileSync } from 'node:fs';
import { prettifyError } from 'zod';
import { InputFileError } from '../../errors/index.js';
import { parseAgencyDictionary, type AgencyEntry } from '../../schema/agencies.js';
import { fold, squash } from '../../structure/fold.js';
import { applyCase, canonicalSyllable, isValidSyllable } from '../../vietnamese/index.js';
import { ORG_HEADS } from './heads.js';
import { LOCALITY_PHRASES } from './locality.js';
import { editDistance } from '../../vietnamese/index.js';
import { lookAlikeWord, printedWithoutMarks } from './similarity.js';
import { namePairs, type WordPairs } from './pairs.js';

const DICTIONARY_URL = new URL('../../../dictionaries/agencies.txt', import.meta.url);

export interface AgencyLookup {
  /** Canonical full name for a printed name, or null when the dictionary does not know it. */
  canonical(name: string): string | null;
  /** Length of the longest known name (canonical or alias) the printed text starts with, or 0. */
  knownPrefix(text: string): number;
  /**
   * The printed name with a known name's one OCR-damaged syllable put right (`Ủy ban Mặt trốn Tổ quốc Việt Nam
   * xã` → `Ủy ban Mặt trận …`), or null when no known name of four or more syllables is one syllable away.
   * `damagedNearby`: the scan damaged the name elsewhere too (see nearestKnown).
   */
  repair(name: string, damagedNearby?: boolean): string | null;
  /**
   * The printed name with the marks of its known prefix taken from the dictionary where restoration left other
   * marks on a letter (`Đài Phạt thanh …` → `Đài Phát thanh …`); same length, case as printed.
   */
  respell(name: string): string;
  /**
   * The printed name with each lower-case word that is no Vietnamese syllable at all put right where one letter
   * read as its look-alike gives a word of the known names (`Ngân hànq`, `trật fự`, `Thương blnh`); words that are
   * syllables, capitalised words (places, people) and words two letters off stay as printed. Same length.
   */
  repairWords(name: string): string;
  /** Pairs of adjacent words of the known names (see withPairsRepaired). */
  readonly pairs: WordPairs;
}

/** Builds a lookup from dictionary entries: the longest canonical name or alias the printed name starts with wins. */
export function agencyLookup(entries: readonly AgencyEntry[]): AgencyLookup {
  const keys: { key: string; canonical: string; spelling: string }[] = [];
  const add = (name: string, canonical: string) => {
    const key = fold(name).replace(/\s+/g, ' ');
    if (!keys.some((known) => known.key === key)) keys.push({ key, canonical, spelling: name.replace(/\s+/g, ' ') });
  };
  for (const entry of entries) for (const name of [entry.canonical, ...entry.aliases]) add(name, entry.canonical);
  // A department of a province (`Sở Lao động - Thương binh và Xã hội`) has its office of the same field in each
  // district (`Phòng …`): the other level's name maps to the same field under its own head. Listed entries win.
  for (const entry of entries) {
    const head = /^(Sở|Phòng) /u.exec(entry.canonical);
    if (!head) continue;
    const other = head[1] === 'Sở' ? 'Phòng' : 'Sở';
    const swap = (name: string) => (name.startsWith(`${head[1]} `) ? `${other} ${name.slice(head[0].length)}` : null);
    const canonical = swap(entry.canonical)!;
    for (const name of [entry.canonical, ...entry.aliases]) {
      const swapped = swap(name);
      if (swapped !== null) add(swapped, canonical);
    }
  }
  // Ministries (Bộ), provincial departments (Sở) and district offices (Phòng) share their field names
  // (`Sở Tài nguyên và Môi trường`, `Phòng Tài nguyên và Môi trường`): each knows the others' names as a prefix.
  const prefixSpellings = new Map(keys.map(({ key, spelling }) => [key, spelling]));
  const HEAD_SPELLING: Record<string, string> = { so: 'Sở', bo: 'Bộ', phong: 'Phòng' };
  for (const { key, spelling } of keys) {
    const head = /^(so|bo|phong) /.exec(key);
    if (!head) continue;
    const field = spelling.slice(spelling.indexOf(' '));
    for (const other of ['so', 'bo', 'phong']) {
      const swapped = `${other} ${key.slice(head[0].length)}`;
      if (other !== head[1] && !prefixSpellings.has(swapped)) prefixSpellings.set(swapped, `${HEAD_SPELLING[other]}${field}`);
    }
  }
  // Lower-case words of the known names and of the levels they serve, by length (see repairWords).
  const nameWords = new Set([...keys.map((k) => k.spelling), ...LOCALITY_PHRASES.map((phrase) => phrase.join(' '))].flatMap((spelling) => spelling.split(/[\s,()-]+/)).filter((word) => /^\p{Ll}+$/u.test(word)));
  const nameWordsByLength = new Map<number, string[]>();
  for (const word of nameWords) nameWordsByLength.set(word.length, [...(nameWordsByLength.get(word.length) ?? []), word]);
  const prefixKeys = [...prefixSpellings.keys()];
  prefixKeys.sort((a, b) => b.length - a.length);
  // Words OCR or restoration damaged (`Mặt trận TS quéc Việt Nam`, `Khí trông Thủy văn`): see nearestKnown.
  // Words of the known names, not their acronyms (`TC` of `Phòng TC-KH` is no word `tc`).
  const vocabulary = new Set(
    keys.flatMap((k) => k.spelling.split(/[\s,()-]+/)).filter((word) => /^\p{Lu}?\p{Ll}+$/u.test(word) && word.length > 1).map((word) => word.toLocaleLowerCase('vi')),
  );
  const nearest = (printed: string, damagedNearby = false) => nearestKnown(printed, keys, damagedNearby, vocabulary);
  keys.sort((a, b) => b.key.length - a.key.length);
  // The heads as they open a name too (`Ban thường vụ` for `Bon Thường vụ`).
  const capitalisedHeads = ORG_HEADS.map((head) => `${head[0]!.toLocaleUpperCase('vi')}${head.slice(1)}`);
  const pairs = namePairs([...keys.map(({ spelling }) => spelling), ...prefixSpellings.values(), ...ORG_HEADS, ...capitalisedHeads]);
  return {
    pairs,
    canonical(name: string): string | null {
      const printed = squash(name);
      const folded = fold(printed);
      for (const { key, canonical } of keys) {
        if (!folded.startsWith(key)) continue;
        const rest = printed.slice(key.length);
        if (rest !== '' && /^[\p{L}\d]/u.test(rest)) continue;
        return `${canonical}${rest}`.trim();
      }
      // A long name with a syllable or two damaged by OCR (`Ủy ban Mặt trốn Tổ quốc Việt Nam`) still maps to its entry.
      const near = nearest(printed);
      if (!near) return null;
      const rest = printed.split(' ').slice(near.words).join(' ');
      return `${near.entry.canonical}${rest ? ` ${rest}` : ''}`;
    },
    repair(name: string, damagedNearby = false): string | null {
      const printed = squash(name);
      const near = nearest(printed, damagedNearby);
      if (!near) return null;
      // An exact known name as long or longer (`Sở Tài chính` inside `Sở Tài chính tỉnh`) needs no repair.
      const exact = this.knownPrefix(printed);
      if (exact > 0 && printed.slice(0, exact).split(' ').length >= near.words) return null;
      const rest = printed.split(' ').slice(near.words).join(' ');
      return `${near.entry.spelling}${rest ? ` ${rest}` : ''}`;
    },
    repairWords(name: string): string {
      return name.replace(/\p{L}+/gu, (word) => {
        if (!/^\p{Ll}/u.test(word) || word.length < 2 || isValidSyllable(word)) return word;
        const candidates = (nameWordsByLength.get(word.length) ?? []).filter((known) => lookAlikeWord(word, known));
        return candidates.length === 1 ? candidates[0]! : word;
      });
    },
    respell(name: string): string {
      return respelled(name, this.knownPrefix(name), prefixSpellings);
    },
    knownPrefix(text: string): number {
      const folded = fold(text);
      for (const key of prefixKeys) {
        if (!foldedStartsWith(folded, key)) continue;
        const end = endOfFoldedPrefix(folded, key);
        if (end >= 0 && !/^[\p{L}\d]/u.test(text.slice(end))) return end;
      }
      return 0;
    },
  };
}

interface KnownKey {
  key: string;
  canonical: string;
  spelling: string;
}

/**
 * The known name the printed name starts with where OCR or restoration damaged some of its words: compared word
 * by word on folded text, a name of three words or more matches when at most one word in three (at least one) is
 * off by a letter or two. Its first word may be one letter off; its last word, which tells bodies of one kind
 * apart (`… Truyền thanh` is not `… Truyền thông`, `HĐND - UBND` not `HĐND và UBND`), only one letter off and in
 * a name of four words or more (`Hội Chữ thập để`) or where it has three letters or more (`Hội Nông dâu`). The longest such name wins; two different names equally near match none.
 */
export function nearestKnown(
  printed: string,
  keys: readonly KnownKey[],
  damagedNearby = false,
  vocabulary: ReadonlySet<string> = new Set(),
): { entry: KnownKey; words: number } | null {
  const words = fold(printed).split(' ');
  const printedWords = printed.toLocaleLowerCase('vi').split(' ');
  let best: { entry: KnownKey; words: number; distance: number } | null = null;
  let tied = false;
  for (const entry of keys) {
    const keyWords = entry.key.split(' ');
    const n = keyWords.length;
    if (n < 3 || words.length < n) continue;
    let damaged = 0;
    let lookAlike = 0;
    let distance = 0;
    let fits = true;
    let lastDamaged = false;
    for (let i = 0; i < n && fits; i++) {
      const want = keyWords[i]!;
      const got = words[i]!;
      if (want === got) continue;
      // One letter OCR reads as its look-alike (`Phòng Y fế`, `Hội … Pbụ uữ`) damages no word: no other body's name
      // differs from a known one so.
      if (lookAlikeWord(got, want)) {
        distance += 1;
        lookAlike++;
        continue;
      }
      const d = editDistance(want, got);
      const last = i === n - 1;
      const limit = i === 0 || last ? 1 : want.length <= 3 ? 1 : 2;
      // Where the scan damaged the name nearby (a head glued to its field), a short last word may be one letter off
      // too if it is the only word known names go on with (`SGY tổ` is `Sở Y tế`: no other body is `Sở Y …`).
      const lastFits =
        !last || n >= 4 || want.replace(/[^a-z]/g, '').length >= 3 || (damagedNearby && got[0] === want[0] && onlyContinuation(keyWords, keys));
      // A word the known names use themselves (`Khuyến công` beside `Khuyến nông`) is printed right: another body.
      fits = d <= limit && d < want.length && lastFits && (i > 0 || want.length >= 3) && (damagedNearby || !vocabulary.has(printedWords[i] ?? ''));
      lastDamaged = last;
      damaged++;
      distance += d;
    }
    if (!fits || damaged + lookAlike === 0 || damaged > Math.max(1, Math.floor((n - 1) / 3))) continue;
    // A body whose field after its head is one word (`Chi cục Thuế`) is told apart from its kin by that word alone:
    // another word there (`Chi cục Thủy sản`) names another body, however near.
    if (lastDamaged && headWords(entry.key) === n - 1) continue;
    if (best === null || n > best.words || (n === best.words && distance < best.distance)) {
      best = { entry, words: n, distance };
      tied = false;
    } else if (n === best.words && distance === best.distance && entry.canonical !== best.entry.canonical) tied = true;
  }
  return best && !tied ? { entry: best.entry, words: best.words } : null;
}

/** True when every known name that starts with the key's words but its last goes on with that last word. */
function onlyContinuation(keyWords: readonly string[], keys: readonly KnownKey[]): boolean {
  const prefix = `${keyWords.slice(0, -1).join(' ')} `;
  const last = keyWords.at(-1)!;
  return keys.every((other) => !other.key.startsWith(prefix) || other.key.slice(prefix.length).split(' ')[0] === last);
}

const FOLDED_HEADS = [...new Set(ORG_HEADS.map((head) => fold(head)))];

/** Number of words of the longest organisation head a folded key starts with (`chi cuc thue` → 2), or 0. */
function headWords(key: string): number {
  let best = 0;
  for (const head of FOLDED_HEADS) if ((key === head || key.startsWith(`${head} `)) && head.split(' ').length > best) best = head.split(' ').length;
  return best;
}

/** The first `end` characters of `name` (a known name) with each word's marks as the dictionary spells it. */
function respelled(name: string, end: number, spellings: ReadonlyMap<string, string>): string {
  // A name printed without any marks (a line restoration left alone) stays as printed, not half marked.
  if (end <= 0 || printedWithoutMarks(name)) return name;
  const printed = name.slice(0, end);
  const spelling = spellings.get(fold(printed).replace(/\s+/g, ' '));
  if (spelling === undefined || printed.length !== spelling.length) return name;
  const printedWords = printed.split(/(\s+)/);
  const spelledWords = spelling.split(/(\s+)/);
  if (printedWords.length !== spelledWords.length) return name;
  const out = printedWords.map((word, i) => {
    const want = spelledWords[i]!;
    if (/^\s+$/.test(word) || canonicalSyllable(word) === canonicalSyllable(want)) return word;
    // Letters in capitals as printed (`ĐÀI`, `UBND`) keep them; otherwise the printed word's case.
    return word === word.toLocaleUpperCase('vi') && word.length > 1 ? want.toLocaleUpperCase('vi') : applyCase(word, want.toLocaleLowerCase('vi'));
  });
  return `${out.join('')}${name.slice(end)}`;
}

/** `key` has single spaces; the text may have runs of white space where the key has one. */
function foldedStartsWith(folded: string, key: string): boolean {
  return endOfFoldedPrefix(folded, key) >= 0;
}

function endOfFoldedPrefix(folded: string, key: string): number {
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    if (key[k] === ' ') {
      if (!/\s/.test(folded[i] ?? '')) return -1;
      while (/\s/.test(folded[i] ?? '')) i++;
    } else if (folded[i] === key[k]) i++;
    else return -1;
  }
  return i;
}

let cached: AgencyLookup | null = null;

/** The lookup over dictionaries/agencies.txt, loaded once. */
export function defaultAgencyLookup(): AgencyLookup {
  if (cached) return cached;
  const path = DICTIONARY_URL.pathname;
  let text: string;
  try {
    text = readFileSync(DICTIONARY_URL, 'utf8');
  } catch (error) {
    throw new InputFileError(path, `cannot read the agency dictionary (${(error as Error).message})`);
  }
  const parsed = parseAgencyDictionary(text);
  if (!parsed.success) throw new InputFileError(path, `invalid agency dictionary: ${prettifyError(parsed.error).split('\n').join('; ')}`);
  cached = agencyLookup(parsed.data);
  return cached;
}
