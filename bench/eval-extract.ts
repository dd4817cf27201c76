/**
 * Extraction accuracy against the fixture gold JSON (fixtures/gold/NNN.gold.json).
 *
 *   npx tsx bench/eval-extract.ts [--out bench/results/extract.json] [--only clean|e2e] [--details]
 *
 * Two runs:
 *   clean  structure + extract on the clean text: fixtures/gold/NNN.gold.txt where it exists (000–002),
 *          else the seed itself (003 is already clean);
 *   e2e    the whole pipeline (processDocument: ingest → loadRestorer() → structure → extract, zod-validated)
 *          from the garbled seed fixtures/seeds/NNN_*.txt.
 *
 * Matching (bench/lib/extract-scoring.ts, shared with bench/eval-holdout.ts; one-to-one, greedy in document order; names and titles compared after NFC, lower case, diacritics
 * removed, white space collapsed and edge punctuation dropped — "folded"):
 *   sections    top-level Roman parts; number equal and folded title equal.
 *   references  folded number equal (spaces removed). Over matched pairs: type, date, issuer accuracy (folded equal).
 *   targets     value, valueMax and folded unit equal, line within ±1. Over matched pairs: year accuracy (null = null
 *               counts as right), section accuracy (the gold path is a prefix of the predicted path: gold `I.2`
 *               accepts `I.2.a`), subject token F1 (folded word tokens, averaged).
 *   dates       iso equal, line within ±1. Over matched pairs: kind accuracy.
 *   agencies    folded name equal, line within ±2. Over matched pairs: role accuracy, section accuracy (prefix rule).
 *   metadata    per field (number, kind, issuer, place, date, title, signer): right when both are null or the folded
 *               values are equal (the title also ignores the spacing around quotes).
 * Precision, recall and F1 are micro-averaged over the documents (sums of matches, predictions and gold items).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, type Extraction } from '../src/extract/index.js';
import { processDocument } from '../src/pipeline/document.js';
import { loadRestorer } from '../src/restore/index.js';
import { structure } from '../src/structure/index.js';
import { emptyRun, FIELDS, GoldSchema, scoreExtraction, summarise, type Gold } from './lib/extract-scoring.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(repoRoot, 'fixtures', 'gold');
const seedDir = join(repoRoot, 'fixtures', 'seeds');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function goldDocs(): { id: string; gold: Gold; seedPath: string; cleanPath: string }[] {
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, 3);
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, name), 'utf8')));
      const seedPath = join(seedDir, gold.doc);
      const goldText = join(goldDir, `${id}.gold.txt`);
      let cleanPath = seedPath;
      try {
        readFileSync(goldText);
        cleanPath = goldText;
      } catch {
        // no gold text: the seed is clean (003)
      }
      return { id, gold, seedPath, cleanPath };
    });
}

function table(title: string, summary: ReturnType<typeof summarise>): string {
  const rows = [`### ${title}`, '', '| field | matched | predicted | gold | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [field, c] of Object.entries(summary.fields)) {
    rows.push(`| ${field} | ${c.matched} | ${c.predicted} | ${c.gold} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.f1.toFixed(3)} |`);
  }
  rows.push('', '| accuracy | right / total | value |', '|---|---:|---:|');
  rows.push(`| metadata (all fields) | | ${summary.metadata.accuracy.toFixed(3)} |`);
  for (const [name, t] of Object.entries(summary.metadata.fields)) rows.push(`| metadata.${name} | ${t.right} / ${t.total} | ${t.accuracy.toFixed(3)} |`);
  for (const [name, t] of Object.entries(summary.attributes)) rows.push(`| ${name} | ${t.right} / ${t.total} | ${t.accuracy.toFixed(3)} |`);
  rows.push(`| target.subject token F1 (mean) | | ${summary.subjectTokenF1.toFixed(3)} |`);
  return rows.join('\n');
}

async function main(): Promise<void> {
  const only = argument('--only');
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', 'extract.json'));
  const docs = goldDocs();
  const results: Record<string, ReturnType<typeof summarise>> = {};

  if (only !== 'e2e') {
    const run = emptyRun();
    for (const doc of docs) {
      const lines = readFileSync(doc.cleanPath, 'utf8').normalize('NFC').split('\n');
      const sections = structure(lines);
      const extraction = extract({ lines, rawLines: lines, sections, pageOfLine: () => null });
      scoreExtraction(run, doc.gold, sections, extraction, doc.id);
    }
    results.clean = summarise(run);
  }
  if (only !== 'clean') {
    const restorer = await loadRestorer();
    const run = emptyRun();
    for (const doc of docs) {
      const { document } = await processDocument(doc.seedPath, { restorer, recognizer: null, ocrMode: 'never' });
      const extraction: Extraction = { ...document, warnings: [] };
      scoreExtraction(run, doc.gold, document.sections, extraction, doc.id);
    }
    results.e2e = summarise(run);
  }

  const markdown = Object.entries(results)
    .map(([mode, summary]) => table(mode === 'clean' ? 'Clean texts (gold.txt 000–002, seed 003)' : 'End to end from the garbled seeds (loadRestorer)', summary))
    .join('\n\n');
  console.log(markdown);
  if (process.argv.includes('--details')) {
    for (const [mode, summary] of Object.entries(results)) {
      console.log(`\n## ${mode}: misses`);
      for (const line of summary.misses) console.log(line);
    }
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ generatedAt: new Date().toISOString(), documents: docs.map((d) => d.gold.doc), ...results }, null, 2)}\n`);
  writeFileSync(outFile.replace(/\.json$/, '.md'), `${markdown}\n`);
  console.log(`\nwrote ${outFile}`);
}

await main();
