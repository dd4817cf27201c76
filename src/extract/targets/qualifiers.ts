// The qualifier of a figure (`trên`, `ít nhất`, `trở lên`) and its comparator.
import type { Target } from '../../schema/document.js';
import { GENERIC_CUE } from './cues.js';
import { wordsAllowed } from './span.js';
import type { Found } from './types.js';

// … also with `là`/`ở mức` after it (`ít nhất là 90%`), or as a sign (`≥ 95%`, `>90%`).
const QUALIFIER_BEFORE = /(?:(?:^|\s)(tren|duoi|hon|it nhat|toi thieu|toi da|khoang|khong qua|khong vuot qua|khong duoi|khong it hon)(?:\s+(?:la|o muc|muc))?|([≥≤><]))\s*$/;

/**
 * The qualifier of a percentage as printed, with its figure (`trên 50%`, `từ 75% trở lên`); null when there is
 * none, for a range, and for a count.
 */
// A noun (a word that is no verb of reaching or having) right before `trên`/`dưới`.
const LOCATIVE_BEFORE = /[a-z]\s+$/;
const BOUND_VERB_BEFORE = /(?:^|\s)(?:dat|co|tang|len|la|phan dau|voi|dat muc|tong so|moi|xuong|giam|con|duy tri)\s+$/;

export function qualifierOf(text: string, folded: string, figure: Found): string | null {
  if (figure.valueMax !== null) return null;
  const before = folded.slice(Math.max(0, figure.start - 25), figure.start);
  const upward = /^\s*tro (?:len|xuong)/.exec(folded.slice(figure.end, figure.end + 12));
  const word = QUALIFIER_BEFORE.exec(before);
  if (!word && !upward) return null;
  const qualifierWord = word ? word[1] ?? word[2]! : '';
  const printedWord = word ? text.slice(figure.start - before.length + before.lastIndexOf(qualifierWord), figure.start).trim() : '';
  if (!wordsAllowed(printedWord)) return null;
  // A count says its qualifier alone (`(tối thiểu)`, `(ít nhất)`), the figure being its value; so does a sum with a
  // word before it (`khoảng 4.920 tỷ đồng` → `(khoảng)`). `trên`/`dưới` after a noun a task acts on is where it is done
  // (`Cắm biển … trên 12 tuyến đường`), no bound.
  if (figure.isCount && word && /^(?:tren|duoi)$/.test(qualifierWord)) {
    const wordAt = before.lastIndexOf(qualifierWord);
    const printedBefore = text.slice(figure.start - before.length, figure.start - before.length + wordAt).toLocaleLowerCase('vi');
    if (LOCATIVE_BEFORE.test(before.slice(0, wordAt)) && !BOUND_VERB_BEFORE.test(before.slice(0, wordAt)) && !GENERIC_CUE.test(printedBefore)) return null;
  }
  if (figure.isCount) return word ? printedWord : null;
  if (word && !/^(?:%|‰)/u.test(figure.unit)) return printedWord;
  const from = upward && /(?:^|\s)tu\s*$/.test(before) ? figure.start - (before.length - before.search(/tu\s*$/)) : null;
  const start = word ? figure.start - before.length + before.lastIndexOf(qualifierWord) : from ?? figure.start;
  const end = upward ? figure.end + upward[0].length : figure.end;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export function comparatorOf(folded: string, figure: Found): Target['comparator'] {
  if (figure.valueMax !== null) return 'eq';
  const before = folded.slice(Math.max(0, figure.start - 25), figure.start);
  const after = folded.slice(figure.end, figure.end + 15);
  const bound = before.replace(/\s+(?:la|o muc|muc)\s*$/, '');
  if (/^\s*tro len/.test(after) || /(?:it nhat|toi thieu|khong duoi|khong it hon|≥)\s*$/.test(bound)) return 'gte';
  if (/^\s*tro xuong/.test(after) || /(?:toi da|khong qua|khong vuot qua|≤)\s*$/.test(bound)) return 'lte';
  if (/(?:(?:^|\s)(?:tren|hon)|>)\s*$/.test(bound)) return 'gt';
  if (/(?:(?:^|\s)duoi|<)\s*$/.test(bound)) return 'lt';
  return 'eq';
}
