/**
 * Checks texts written for the plan-genre LM corpus (scripts/lm/plan-corpus): Unicode NFC, and every lower-case
 * syllable against the committed inventory (dictionaries/syllables.txt). Unknown syllables are listed with their
 * line so a writer can fix a misspelling; names and ethnic-minority words may legitimately be unknown.
 *
 *   npx tsx scripts/lm/check-corpus.ts scripts/lm/plan-corpus/A-01.txt [more files]
 *
 * Exits 1 if a file is not NFC.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalSyllable, isWellFormedSyllable } from '../../src/vietnamese/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inventory = new Set(
  readFileSync(join(repoRoot, 'dictionaries', 'syllables.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#')),
);

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  if (text !== text.normalize('NFC')) {
    console.log(`${file}: not Unicode NFC`);
    failed = true;
  }
  const unknown = new Map<string, number[]>();
  text.normalize('NFC').split('\n').forEach((line, index) => {
    for (const word of line.match(/\p{L}+/gu) ?? []) {
      const lower = word.toLowerCase();
      if (!/[^a-z]/u.test(lower) && lower.length <= 2) continue;
      if (isWellFormedSyllable(lower) && inventory.has(canonicalSyllable(lower))) continue;
      const lines = unknown.get(word) ?? [];
      lines.push(index + 1);
      unknown.set(word, lines);
    }
  });
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  console.log(`${file}: ${words} words, ${unknown.size} unknown or ill-formed syllables`);
  for (const [word, lines] of unknown) {
    const wellFormed = isWellFormedSyllable(word.toLowerCase());
    console.log(`  ${word}${wellFormed ? '' : '  (not a well-formed syllable)'}  line ${lines.slice(0, 5).join(', ')}`);
  }
}
process.exit(failed ? 1 : 0);
