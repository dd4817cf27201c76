import { fold } from '../../structure/fold.js';
import { levelAlternation } from '../levels.js';
import { editDistance, isValidSyllable } from '../../vietnamese/index.js';
import { editDistanceAtMost1 } from './similarity.js';

const PRINTED_LEVELS = levelAlternation('printed');

const PLACE_AFTER_LEVEL = new RegExp(String.raw`(?:^|\s)(?:${PRINTED_LEVELS})\s+((?:\p{Lu}\p{Ll}*\s?){1,4})$`, 'u');

/** The place names a plan's header gives: after the level word of its issuer (`tỉnh Đồng Nai`), and its place line. */
export function placeNames(metadata: { issuer: string | null; place: string | null }): string[] {
  const places: string[] = [];
  const level = PLACE_AFTER_LEVEL.exec(metadata.issuer ?? '');
  if (level) places.push(level[1]!.trim());
  const place = metadata.place?.trim() ?? '';
  // The issuer's name comes first; a place line that is only a misspelling of it (`Đồng Thép`) adds nothing.
  if (/^(?:\p{Lu}\p{Ll}*\s?){1,4}$/u.test(place) && !places.some((known) => editDistanceAtMost1(fold(known), fold(place)))) places.push(place);
  return places.filter((name) => name.split(' ').length >= 2);
}

/**
 * The spelling of the issuer's place name the plan's own copies agree on: restoration may misread the header copy
 * (`PHƯỜNG PHÚ HOÀ`) and get the date line and the title right. Only the lines before the first part vote on the
 * letters, where the plan names itself (a neighbouring place one letter apart, `Phú Hòa` beside `Phú Hội`, may fill
 * the body); the whole document breaks a tie there. The header's marks stand where it has the winning letters; else
 * the spelling of those letters the whole document prints most often.
 */
export function placeByVote(place: string, headerLines: readonly string[], lines: readonly string[]): string {
  const headerReadings = readingsOf(place, headerLines);
  if (headerReadings.length === 0) return place;
  const allReadings = readingsOf(place, lines);
  const inHeader = tally(headerReadings.map((r) => fold(r)));
  const inDocument = tally(allReadings.map((r) => fold(r)));
  // The header block decides; a tie there (`LẠNG SƠU` over `Lạng Sơn, ngày …`) goes to the whole document.
  const bestFolded = [...inHeader].sort(
    (a, b) => b[1] - a[1] || (inDocument.get(b[0]) ?? 0) - (inDocument.get(a[0]) ?? 0) || Number(a[0] !== fold(place)) - Number(b[0] !== fold(place)),
  )[0]![0];
  if (bestFolded === fold(place)) return place;
  const spellings = tally(allReadings.filter((r) => fold(r) === bestFolded));
  return [...spellings].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Capitalised runs of the place's length, one letter off it at most, title-cased. */
function readingsOf(place: string, lines: readonly string[]): string[] {
  const size = place.split(' ').length;
  const titled = (text: string) => text.split(' ').map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ');
  const readings: string[] = [];
  for (const line of lines) {
    const words = line.split(/[\s,.;:()“”"]+/).filter(Boolean);
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      if (!window.every((w) => /^\p{Lu}/u.test(w))) continue;
      const text = titled(window.join(' '));
      if (editDistanceAtMost1(fold(text), fold(place))) readings.push(text);
    }
  }
  return readings;
}

function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * A place name inside an agency's name that the header prints too (`Báo Đồng Nai`), spelled as the header spells
 * it where restoration left it one letter off or with other marks (`Báo Động Nai`): the header is the better copy.
 */

export function matchPlaces(name: string, places: readonly string[]): string {
  let out = name;
  for (const place of places) {
    const size = place.split(' ').length;
    const words = out.split(' ');
    for (let i = 1; i + size <= words.length; i++) {
      // Punctuation after the window (`Nậm Cang,` in a list of villages) stays where it is.
      const [, window = '', after = ''] = /^(.*?)([,;:.)]*)$/u.exec(words.slice(i, i + size).join(' '))!;
      if (!/^\p{Lu}/u.test(window) || window === place || /[,;:.()]/.test(window)) continue;
      if (editDistanceAtMost1(fold(window), fold(place)) || damagedCopyOf(window, place, places)) {
        words.splice(i, size, ...`${place}${after}`.split(' '));
        out = words.join(' ');
        break;
      }
    }
  }
  return out;
}

/**
 * True when `window` is `place` with one word OCR wrecked beyond a letter (`Phii Thọ`, `Thủ Pir` beside `Phú Thọ`,
 * `Thủ Đức`): the other words the same but for marks, the wrecked word no Vietnamese syllable and two edits off at
 * most (its `P` may be the scan's `Đ`), and no other place of the list fitting so.
 */
export function damagedCopyOf(window: string, place: string, places: readonly string[]): boolean {
  const fits = (candidate: string) => {
    const printed = window.split(' ');
    const wanted = candidate.split(' ');
    if (printed.length !== wanted.length || printed.length < 2) return false;
    const differing = printed.map((word, k) => [word, wanted[k]!] as const).filter(([word, want]) => fold(word) !== fold(want));
    if (differing.length !== 1) return false;
    const [word, want] = differing[0]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isValidSyllable(word.toLocaleLowerCase('vi'))) return false;
    const readings = [fold(word), fold(word).replace(/^p/, 'd')];
    return readings.some((reading) => editDistance(reading, fold(want)) <= 2);
  };
  return fits(place) && places.filter(fits).length === 1;
}

const LEVEL_THEN_PLACE = new RegExp(String.raw`(?:^|[\s,(])(?:${PRINTED_LEVELS})\s+(\p{Lu}\p{Ll}*\s\p{Lu}[\p{Ll}'’]*)(?![\p{L}])`, 'gu');

/**
 * Two-word place names the plan prints after a level word three times or more (`huyện Cư Kuin`), the spelling it
 * prints most often: the better copy of a name restoration damaged once elsewhere.
 */
export function documentPlaces(lines: readonly string[]): string[] {
  const counts = tally(lines.flatMap((line) => [...line.matchAll(LEVEL_THEN_PLACE)].map((match) => match[1]!)));
  return [...counts].filter(([, count]) => count >= 3).map(([place]) => place);
}

/**
 * A place inside an agency's name one letter off a place the plan prints often (`Công ty … Cur Kuin` beside `huyện Cư
 * Kuin` ×3), where the word that differs is no Vietnamese syllable (`Cur`: OCR read the horn of `ư` as `r`), is put
 * right; a neighbouring place whose words are all syllables (`Phú Hòa` beside `Phú Hội`) stays as printed.
 */
export function withDocumentPlaces(name: string, places: readonly string[]): string {
  let out = name;
  for (const place of places) {
    const wanted = place.split(' ');
    const words = out.split(' ');
    for (let i = 1; i + wanted.length <= words.length; i++) {
      const window = words.slice(i, i + wanted.length);
      if (!window.every((word) => /^\p{Lu}[\p{Ll}'’]*$/u.test(word)) || window.join(' ') === place) continue;
      if (damagedCopyOf(window.join(' '), place, places)) {
        words.splice(i, wanted.length, ...wanted);
        out = words.join(' ');
        continue;
      }
      if (!editDistanceAtMost1(fold(window.join(' ')), fold(place))) continue;
      const differing = window.filter((word, k) => word !== wanted[k]);
      if (differing.length !== 1 || isValidSyllable(differing[0]!.toLocaleLowerCase('vi'))) continue;
      words.splice(i, wanted.length, ...wanted);
      out = words.join(' ');
    }
  }
  return out;
}
