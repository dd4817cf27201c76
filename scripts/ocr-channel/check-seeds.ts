/**
 * Diagnostic, not training: how well does the committed channel explain the real garbling in the seed fixtures?
 * Aligns each seed's OCR text (fixtures/seeds/00N_*.txt) with its gold text (fixtures/gold/00N.gold.txt), then reports
 * the share of aligned token pairs whose every character emission is listed in the table (not left to the floor),
 * and the mean log-probability per true character.
 *
 *   npx tsx scripts/ocr-channel/check-seeds.ts
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOcrChannelScorer, loadOcrChannel } from '../../src/schema/ocr-channel.js';
import { alignLines, alignTokens } from './align.js';
import { segment } from './em.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const channel = loadOcrChannel();
const scorer = createOcrChannelScorer(channel);
const listed = new Set(channel.entries.map((entry) => `${entry.truth}\u0000${entry.ocr}`));
const seeds = (await readdir(path.join(repoRoot, 'fixtures/seeds'))).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();
const lowest: Array<[number, string]> = [];
for (const seed of seeds) {
  const id = seed.slice(0, 3);
  let gold: string;
  try {
    gold = await readFile(path.join(repoRoot, `fixtures/gold/${id}.gold.txt`), 'utf8');
  } catch {
    continue;
  }
  const ocr = await readFile(path.join(repoRoot, 'fixtures/seeds', seed), 'utf8');
  let pairs = 0;
  let covered = 0;
  let chars = 0;
  let logProb = 0;
  for (const line of alignLines(gold.normalize('NFC').split('\n'), ocr.normalize('NFC').split('\n'))) {
    for (const token of alignTokens(line.truth, line.ocr)) {
      const truth = [...token.truth.toLowerCase()];
      const printed = [...token.ocr.toLowerCase()];
      const cut = segment(truth, printed, (t, o) => scorer.emission(t, o));
      if (!cut) continue;
      pairs++;
      chars += truth.length;
      logProb += cut.logProb;
      if (cut.emissions.every((emission, index) => listed.has(`${truth[index]}\u0000${emission}`))) covered++;
      lowest.push([cut.logProb / truth.length, `${token.truth}→${token.ocr}`]);
    }
  }
  console.log(`${id}: ${pairs} token pairs, ${((100 * covered) / Math.max(1, pairs)).toFixed(1)}% fully explained by listed emissions, mean logProb/char ${(logProb / Math.max(1, chars)).toFixed(3)}`);
}
lowest.sort((a, b) => a[0] - b[0]);
console.log('least explained:', lowest.slice(0, 30).map(([score, pair]) => `${pair} (${score.toFixed(1)})`).join(', '));
