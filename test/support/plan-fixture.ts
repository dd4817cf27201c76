import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HoldoutGoldSchema, splitLines } from '../../scripts/make-holdout.js';

/** Case-insensitive containment with white space collapsed (gold strings against the printed lines). */
export function contains(haystack: string, needle: string): boolean {
  const fold = (text: string) => text.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  return fold(haystack).includes(fold(needle));
}

/** A written plan of fixtures/holdout or fixtures/tuning: its clean text, printed lines and validated gold. */
export function readPlanFixture(dir: string, id: string) {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const clean = read(`${id}.clean.txt`);
  const lines = splitLines(clean);
  const gold = HoldoutGoldSchema.parse(JSON.parse(read(`${id}.gold.json`)));
  const lineAt = (n: number) => lines[n - 1] ?? '';
  const around = (n: number) => [lineAt(n), lineAt(n + 1)].join(' ');
  return { clean, lines, gold, lineAt, around };
}

/** Sentences of eight or more words, for the checks that no text was copied from another plan. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/gu, ' ')
    .split(/[.;:]\s/u)
    .map((part) => part.trim())
    .filter((part) => part.split(' ').length >= 8);
}
