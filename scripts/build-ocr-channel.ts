/**
 * Builds dictionaries/ocr-channel.json: P(OCR substring | true character) for Tesseract's ENGLISH model reading
 * printed Vietnamese, the confusion ("channel") model the restorer's decoder scores candidates with.
 *
 * Run (dev machine; needs ../shared/corpus and, for the Times-like font, `apt-get install -y fonts-liberation`):
 *
 *   nice -n 10 npx tsx scripts/build-ocr-channel.ts [--pages 160] [--ink-pages 120] [--seed 20261121] [--workers 2]
 *                                                  [--corpus <folder>] [--cached-only] [--rounds 6] [--min-count 2]
 *                                                  [--out dictionaries/ocr-channel.json]
 *
 * --pages plain scans are followed by --ink-pages scans binarised after a blur (fatter or thinner strokes).
 * --cached-only learns from the pages already OCRed (of those seeds) without running Tesseract.
 *
 * What it does, deterministically from the seed:
 *   1. samples runs of paragraphs from the law corpus (NFC, ð→đ), styles short ones as UPPER-CASE bold headings
 *      (often numbered I., II.) or Title Case lines, some body paragraphs as -/+ bullets (scripts/ocr-channel/corpus.ts);
 *   2. typesets one A4 page each (scripts/lib/typeset.ts) at 12.5/13/14 pt and 200/250/300 DPI, then blurs, adds noise,
 *      changes contrast and sometimes JPEG-compresses it like a scan (scripts/ocr-channel/pages.ts);
 *   3. OCRs it with tesseract.js and @tesseract.js-data/eng 4.0.0_best_int (LSTM, PSM 6); pages and OCR output are
 *      cached in bench/tmp/ocr-channel/ so a rerun only re-learns (scripts/ocr-channel/ocr.ts);
 *   4. aligns OCR lines with truth lines and tokens with tokens (scripts/ocr-channel/align.ts);
 *   5. learns the channel by hard EM, each true character emitting 0–3 OCR characters, with Witten–Bell smoothing
 *      (scripts/ocr-channel/em.ts, learn.ts), and a case-preserving section for capitals (`Đ`→`P`);
 *   6. writes the table, bench/tmp/ocr-channel/pairs.tsv (true token, OCR token, count — NOT committed: derived from
 *      GPL texts) and bench/tmp/ocr-channel/summary.json, and prints summary stats.
 *
 * Measured for the committed table (defaults: 160 plain + 120 binarised pages, seed 20261121, Liberation Serif,
 * 12.5/13/14 pt at 200/250/300 DPI; OCR took 2–5 pages a minute on two busy shared cores, about an hour in all;
 * under a minute when cached):
 *   - 280 pages, 11,165 typeset lines (11,162 aligned), 148,633 true tokens, 147,368 aligned 1:1 token pairs
 *     (10,418 distinct), 519,164 character emissions; hard EM converged in 6 rounds;
 *   - eng on Vietnamese print: 16.5% of tokens come out exactly right; 62.6% equal the truth with its marks stripped
 *     (`viện`→`vien`, counting the exact ones without marks); the other 37.4% have a wrong letter (`thư`→`thw`,
 *     `của`→`cia`) or a stray accent of the English model (`viện`→`vién`);
 *   - held out (train on 9/10 of the pages, test on the rest): 99.6% of token pairs are cut using only listed
 *     emissions, mean log P per true character −0.261;
 *   - on the real seed fixtures 000–002 (a check, never trained on): 97.9–98.6% of aligned token pairs are fully
 *     explained by listed emissions (scripts/ocr-channel/check-seeds.ts);
 *   - top confusions: đ→d .85, đ→p .13 (capital Đ→P .60 in upperEntries), ư→u .73, ư→w .18, ệ→é .83,
 *     ó→6 .46, ố→o .48, ớ→d .51 (`nước`→`nude`), l→1 .18, ã→a .80 (else i, d, 3, 4).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { OcrChannelSchema, createOcrChannelScorer, type OcrChannel } from '../src/schema/ocr-channel.js';
import { resolveSerifFont } from './lib/typeset.js';
import { loadCorpus } from './ocr-channel/corpus.js';
import { collectTokenPairs, heldOutCheck, learnChannel } from './ocr-channel/learn.js';
import { OCR_ENGINE, openCachedOcr } from './ocr-channel/ocr.js';
import { buildPage, DPIS, SIZES_PT, type PageRecord } from './ocr-channel/pages.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = path.join(repoRoot, 'bench/tmp/ocr-channel');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const pageCount = Number(argument('pages', '160'));
const inkPageCount = Number(argument('ink-pages', '120'));
const seed = Number(argument('seed', '20261121'));
const workers = Number(argument('workers', '2'));
const rounds = Number(argument('rounds', '6'));
const minCount = Number(argument('min-count', '2'));
const cachedOnly = process.argv.includes('--cached-only');
const tablePath = path.resolve(argument('out', path.join(repoRoot, 'dictionaries/ocr-channel.json')));
const corpusFolder = path.resolve(argument('corpus', path.join(repoRoot, '../shared/corpus/undertheseanlp-vlc/text')));
const pageSeed = (index: number) => seed + index * 7919;

async function buildPages(): Promise<{ records: PageRecord[]; fontDescription: string }> {
  const font = resolveSerifFont();
  console.log(`font: ${font.description}`);
  const corpus = await loadCorpus(corpusFolder);
  console.log(`corpus: ${corpus.length} documents from ${path.relative(repoRoot, corpusFolder)}`);
  const ocr = cachedOnly ? null : await openCachedOcr(path.join(scratch, 'ocr'), workers);
  const limit = pLimit(workers);
  let done = 0;
  const started = Date.now();
  const total = pageCount + inkPageCount;
  const records = await Promise.all(
    Array.from({ length: total }, (_, index) =>
      limit(async () => {
        const record = await buildPage(pageSeed(index), corpus, font, ocr, path.join(scratch, 'pages'), index >= pageCount);
        if (++done % 10 === 0 && ocr) console.log(`pages ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        return record;
      }),
    ),
  );
  if (ocr) {
    await ocr.close();
    console.log(`OCR: ${ocr.misses} pages recognised, ${ocr.hits} from cache`);
  }
  return { records: records.filter((record): record is PageRecord => record !== null), fontDescription: font.family };
}

const { records, fontDescription } = await buildPages();
const { pairs, stats } = collectTokenPairs(records);
const learnOptions = { rounds, minCount, unseenSpread: Number(argument('unseen-spread', '2000')) };
const learned = learnChannel(pairs, learnOptions);
const heldOut = heldOutCheck(records, learnOptions);
const table: OcrChannel = OcrChannelSchema.parse({
  schemaName: 'vnplan.OcrChannel',
  version: 1,
  description:
    'P(OCR substring | true character) for Tesseract (eng model) reading printed Vietnamese; built by scripts/build-ocr-channel.ts. Emissions seen fewer than minCount times fall to the per-character floor.',
  trainedOn: {
    pages: records.length,
    tokenPairs: stats.pairedTokens,
    charPairs: learned.charPairs,
    tokenAccuracy: round(stats.exact / Math.max(1, stats.pairedTokens)),
    font: fontDescription,
    sizesPt: [...SIZES_PT],
    dpis: [...DPIS],
    engine: OCR_ENGINE,
    corpus: 'undertheseanlp-vlc law texts (statistics only)',
    seed,
    emRounds: learned.rounds.length,
  },
  ...learned.table,
});
await mkdir(path.dirname(tablePath), { recursive: true });
await writeFile(tablePath, formatTable(table));

const sortedPairs = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
await mkdir(scratch, { recursive: true });
await writeFile(path.join(scratch, 'pairs.tsv'), `truth\tocr\tcount\n${sortedPairs.map(([key, count]) => `${key}\t${count}`).join('\n')}\n`);

const scorer = createOcrChannelScorer(table);
const probes = [
  ['thư', 'thw'], ['viện', 'vién'], ['đẩy', 'pay'], ['suốt', 'sudt'], ['của', 'cia'], ['là', '1a'], ['số', 's6'],
  ['xã', 'x4'], ['lớp', '16p'], ['Đẩy', 'Pay'], ['thư', 'cia'], ['của', 'thw'], ['là', 's6'],
] as const;
const topConfusions = table.entries
  .filter((entry) => entry.ocr !== entry.truth)
  .sort((a, b) => b.count - a.count)
  .slice(0, 40)
  .map((entry) => `${entry.truth}→${entry.ocr === '' ? '∅' : entry.ocr} ${entry.count} (${Math.exp(entry.logProb).toFixed(3)})`);
const summary = {
  pages: records.length,
  truthLines: stats.truthLines,
  alignedLines: stats.alignedLines,
  truthTokens: stats.truthTokens,
  tokenPairs: stats.pairedTokens,
  distinctTokenPairs: pairs.size,
  tokenAccuracyExact: round(stats.exact / Math.max(1, stats.pairedTokens)),
  tokenAccuracyIgnoringCase: round(stats.exactIgnoringCase / Math.max(1, stats.pairedTokens)),
  sameBaseLettersShare: round(stats.sameBaseLetters / Math.max(1, stats.pairedTokens)),
  charPairs: learned.charPairs,
  emRounds: learned.rounds,
  heldOut: { ...heldOut, meanLogProbPerChar: round(heldOut.meanLogProbPerChar), fullyExplained: round(heldOut.fullyExplained) },
  entries: table.entries.length,
  upperEntries: table.upperEntries.length,
  probes: Object.fromEntries(probes.map(([truth, ocr]) => [`${ocr}|${truth}`, round(scorer.score(truth, ocr))])),
  topConfusions,
};
await writeFile(path.join(scratch, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(JSON.stringify(summary, null, 2));
console.log(`wrote ${path.relative(repoRoot, tablePath)} and ${path.relative(repoRoot, path.join(scratch, 'pairs.tsv'))}`);

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** One entry per line keeps the committed table reviewable and its diffs small. */
function formatTable(channel: OcrChannel): string {
  const { entries, upperEntries, floors, upperFloors, ...head } = channel;
  const list = (items: readonly unknown[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headJson},\n  "floors": ${list(floors)},\n  "upperFloors": ${list(upperFloors)},\n  "entries": ${list(entries)},\n  "upperEntries": ${list(upperEntries)}\n}\n`;
}
