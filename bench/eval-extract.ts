/**
 * Extraction accuracy against the fixture gold JSON (fixtures/gold/NNN.gold.json).
 *
 *   npx tsx bench/eval-extract.ts [--out bench/results/extract.json] [--only clean|e2e] [--details] [--target-filter rules|learned|hybrid]
 *   npx tsx bench/eval-extract.ts --probe tone|letters [--rate 0.15] [--seeds 1,2,3] [--by-field] [--out bench/results/extract-probe-KIND.json]
 *
 * --probe: synthetic damage of the clean texts of fixtures/gold and fixtures/tuning (never fixtures/holdout), seeded:
 *   tone     each syllable's tone mark replaced by a random one with probability --rate (letters unchanged), as an
 *            imperfect restoration leaves marks;
 *   letters  one letter of a word swapped for an OCR look-alike (n/u, c/e, a/o, i/l, h/b, t/f, m/n, g/q, r/n) with
 *            probability --rate.
 *   Every field is scored per seed as in the clean run; the table gives F1 per field, metadata and subject F1.
 *
 * --target-filter: which figures become targets (src/extract/targets/index.ts): the hand-written filters (rules, the
 *   default), the learned model (learned) or the learned model that also sees the rules' verdict (hybrid). The learned
 *   model never trained on 000–002.
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
import { TARGET_FILTERS, type TargetFilter } from '../src/extract/targets/index.js';
import { processDocument } from '../src/pipeline/document.js';
import { loadRestorer } from '../src/restore/index.js';
import { structure } from '../src/structure/index.js';
import { emptyRun, FIELDS, GoldSchema, scoreExtraction, summarise, type Gold } from './lib/extract-scoring.js';
import { FIXTURE_SETS, HoldoutGoldSchema } from '../scripts/make-holdout.js';
import { composeSyllable, decomposeSyllable, type Tone } from '../src/vietnamese/index.js';
import { UsageError, VnplanError } from '../src/errors/index.js';
import { checkOptions } from './lib/options.js';

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

/** A seeded generator of numbers in [0, 1) (a linear congruential generator: the same seed gives the same damage). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const LOOK_ALIKES: Record<string, string> = { n: 'u', u: 'n', c: 'e', e: 'c', a: 'o', o: 'a', i: 'l', l: 'i', h: 'b', b: 'h', t: 'f', m: 'n', g: 'q', r: 'n' };

function damageWord(word: string, kind: 'tone' | 'letters', rate: number, random: () => number): string {
  if (kind === 'letters') {
    if (word.length < 2 || random() > rate) return word;
    const at = Math.floor(random() * word.length);
    const swapped = LOOK_ALIKES[word[at]!];
    return swapped === undefined ? word : word.slice(0, at) + swapped + word.slice(at + 1);
  }
  const syllable = decomposeSyllable(word.toLowerCase(), { allowMissingTone: true });
  if (!syllable || random() > rate) return word;
  const marked = composeSyllable({ ...syllable, tone: Math.floor(random() * 6) as Tone }, 'old');
  if (word === word.toUpperCase() && word.length > 1) return marked.toUpperCase();
  return word[0] !== word[0]!.toLowerCase() ? marked[0]!.toUpperCase() + marked.slice(1) : marked;
}

/** The clean texts a probe may damage: fixtures/gold and fixtures/tuning, never the held-out plans. */
function probeDocs(): { id: string; gold: Gold; lines: string[] }[] {
  const out = goldDocs().map((doc) => ({ id: doc.id, gold: doc.gold, lines: readFileSync(doc.cleanPath, 'utf8').normalize('NFC').split('\n') }));
  const { dir, docs } = FIXTURE_SETS.tuning;
  for (const id of docs) {
    const gold = HoldoutGoldSchema.parse(JSON.parse(readFileSync(join(repoRoot, dir, `${id}.gold.json`), 'utf8')));
    out.push({ id, gold, lines: readFileSync(join(repoRoot, dir, `${id}.clean.txt`), 'utf8').normalize('NFC').split('\n') });
  }
  return out;
}

function probe(kind: string): void {
  if (kind !== 'tone' && kind !== 'letters') throw new UsageError('--probe must be tone or letters');
  const rate = Number(argument('--rate') ?? (kind === 'tone' ? 0.15 : 0.08));
  const seeds = (argument('--seeds') ?? '1,2,3').split(',').map(Number);
  if (!(rate > 0 && rate <= 1) || seeds.some((seed) => !Number.isInteger(seed))) throw new UsageError('--rate must be in (0, 1] and --seeds whole numbers');
  const docs = probeDocs();
  const rows: Record<string, unknown>[] = [];
  for (const seed of seeds) {
    const random = seededRandom(seed);
    const run = emptyRun();
    for (const doc of docs) {
      const lines = doc.lines.map((line) => line.replace(/\p{L}+/gu, (word) => damageWord(word, kind, rate, random)));
      const sections = structure(lines);
      scoreExtraction(run, doc.gold, sections, extract({ lines, rawLines: lines, sections, pageOfLine: () => null }), doc.id);
    }
    const summary = summarise(run);
    rows.push({
      seed,
      ...Object.fromEntries(FIELDS.map((field) => [field, Number(summary.fields[field].f1.toFixed(3))])),
      metadata: Number(summary.metadata.accuracy.toFixed(3)),
      subjectTokenF1: Number(summary.subjectTokenF1.toFixed(3)),
    });
    // --by-field: which metadata fields the damage costs (right/total per field), to direct robustness work.
    if (process.argv.includes('--by-field')) {
      console.log(`seed ${seed} metadata`, Object.entries(summary.metadata.fields).map(([name, t]) => `${name} ${t.right}/${t.total}`).join(', '));
      const field = argument('--by-field-misses');
      if (field !== undefined) for (const miss of run.misses.filter((m) => m.split(' ')[1] === field)) console.log(`  ${miss}`);
    }
  }
  console.log(`probe ${kind}, rate ${rate}, ${docs.length} clean texts (fixtures/gold and fixtures/tuning)`);
  console.table(rows);
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', `extract-probe-${kind}.json`));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ generatedAt: new Date().toISOString(), kind, rate, documents: docs.map((d) => d.id), seeds: rows }, null, 2)}\n`);
  console.log(`wrote ${outFile}`);
}

function targetFilter(): TargetFilter {
  const chosen = argument('--target-filter') ?? 'rules';
  if (!(TARGET_FILTERS as readonly string[]).includes(chosen)) throw new UsageError(`--target-filter must be one of ${TARGET_FILTERS.join(', ')}`);
  return chosen as TargetFilter;
}

const USAGE = `usage: npx tsx bench/eval-extract.ts [--out bench/results/extract.json] [--only clean|e2e] [--details] [--target-filter rules|learned|hybrid]
       npx tsx bench/eval-extract.ts --probe tone|letters [--rate 0.15] [--seeds 1,2,3] [--by-field] [--by-field-misses FIELD] [--out FILE]`;

async function main(): Promise<void> {
  checkOptions('eval-extract', {
    values: ['--out', '--only', '--target-filter', '--probe', '--rate', '--seeds', '--by-field-misses'],
    flags: ['--details', '--by-field'],
  }, USAGE);
  const filter = targetFilter();
  const probeKind = argument('--probe');
  if (probeKind !== undefined) return probe(probeKind);
  const only = argument('--only');
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', 'extract.json'));
  const docs = goldDocs();
  const results: Record<string, ReturnType<typeof summarise>> = {};

  if (only !== 'e2e') {
    const run = emptyRun();
    for (const doc of docs) {
      const lines = readFileSync(doc.cleanPath, 'utf8').normalize('NFC').split('\n');
      const sections = structure(lines);
      const extraction = extract({ lines, rawLines: lines, sections, pageOfLine: () => null, targetFilter: filter });
      scoreExtraction(run, doc.gold, sections, extraction, doc.id);
    }
    results.clean = summarise(run);
  }
  if (only !== 'clean') {
    const restorer = await loadRestorer();
    const run = emptyRun();
    for (const doc of docs) {
      const { document } = await processDocument(doc.seedPath, { restorer, recognizer: null, ocrMode: 'never' });
      // Another target filter: the targets read again from the same restored text, as processDocument reads them.
      const targets =
        filter === 'rules'
          ? document.targets
          : extract({ lines: document.text.split('\n'), rawLines: document.rawText.split('\n'), sections: document.sections, pageOfLine: () => null, targetFilter: filter }).targets;
      const extraction: Extraction = { ...document, targets, warnings: [] };
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
  writeFileSync(outFile, `${JSON.stringify({ generatedAt: new Date().toISOString(), targetFilter: filter, documents: docs.map((d) => d.gold.doc), ...results }, null, 2)}\n`);
  writeFileSync(outFile.replace(/\.json$/, '.md'), `${markdown}\n`);
  console.log(`\nwrote ${outFile}`);
}

await main().catch((error: unknown) => {
  if (!(error instanceof VnplanError)) throw error;
  console.error(`eval-extract: ${error.message}`);
  process.exitCode = error.exitCode;
});
