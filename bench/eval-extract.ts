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
 * Matching (one-to-one, greedy in document order; names and titles compared after NFC, lower case, diacritics
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
import { z } from 'zod';
import { extract, type Extraction } from '../src/extract/index.js';
import { processDocument } from '../src/pipeline/document.js';
import { loadRestorer } from '../src/restore/index.js';
import type { SectionNode } from '../src/schema/document.js';
import { fold } from '../src/structure/fold.js';
import { structure } from '../src/structure/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(repoRoot, 'fixtures', 'gold');
const seedDir = join(repoRoot, 'fixtures', 'seeds');

const GoldSchema = z.object({
  doc: z.string(),
  metadata: z.object({
    number: z.string().nullable(),
    kind: z.string().nullable(),
    issuer: z.string().nullable(),
    place: z.string().nullable(),
    date: z.string().nullable(),
    title: z.string().nullable(),
    signer: z.string().nullable(),
  }),
  sections: z.array(z.object({ number: z.string(), title: z.string() })),
  references: z.array(z.object({ type: z.string(), number: z.string(), date: z.string().nullable(), issuer: z.string().nullable() })),
  targets: z.array(
    z.object({
      value: z.number(),
      valueMax: z.number().nullable(),
      unit: z.string(),
      year: z.number().nullable(),
      subject: z.string(),
      section: z.string().nullable(),
      line: z.number(),
    }),
  ),
  dates: z.array(z.object({ text: z.string(), iso: z.string(), kind: z.string(), line: z.number() })),
  agencies: z.array(z.object({ name: z.string(), role: z.string(), section: z.string().nullable(), line: z.number() })),
});
type Gold = z.infer<typeof GoldSchema>;

const FIELDS = ['sections', 'references', 'targets', 'dates', 'agencies'] as const;
type Field = (typeof FIELDS)[number];
const META_FIELDS = ['number', 'kind', 'issuer', 'place', 'date', 'title', 'signer'] as const;

interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}
interface Tally {
  right: number;
  total: number;
}
interface RunResult {
  fields: Record<Field, Counts>;
  attributes: Record<string, Tally>;
  subjectF1: { sum: number; count: number };
  metadata: Record<string, Tally>;
  misses: string[];
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function norm(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return fold(text.normalize('NFC'))
    .replace(/\s*([“”"])\s*/g, '$1')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '')
    .trim();
}

function tokens(text: string): string[] {
  return norm(text)
    .split(/[\s,;:()"]+/)
    .filter(Boolean);
}

function tokenF1(predicted: string, gold: string): number {
  const p = tokens(predicted);
  const g = tokens(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const pool = new Map<string, number>();
  for (const token of g) pool.set(token, (pool.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of p) {
    const left = pool.get(token) ?? 0;
    if (left > 0) {
      common++;
      pool.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

function sectionAccepts(goldPath: string | null, predictedPath: string | null): boolean {
  if (goldPath === null || predictedPath === null) return goldPath === predictedPath;
  return predictedPath === goldPath || predictedPath.startsWith(`${goldPath}.`);
}

/** Greedy one-to-one matching in order: each gold item takes the first unused prediction that fits. */
function matchPairs<G, P>(gold: readonly G[], predicted: readonly P[], fits: (g: G, p: P) => boolean): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, k) => !used.has(k) && fits(g, p));
    if (index >= 0) {
      used.add(index);
      pairs.push([g, predicted[index]!]);
    }
  }
  return pairs;
}

function emptyRun(): RunResult {
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, { matched: 0, predicted: 0, gold: 0 }])) as Record<Field, Counts>,
    attributes: {},
    subjectF1: { sum: 0, count: 0 },
    metadata: Object.fromEntries(META_FIELDS.map((f) => [f, { right: 0, total: 0 }])),
    misses: [],
  };
}

function tally(run: RunResult, name: string, right: boolean): void {
  const entry = (run.attributes[name] ??= { right: 0, total: 0 });
  entry.total++;
  if (right) entry.right++;
}

function score(run: RunResult, gold: Gold, sections: readonly SectionNode[], extraction: Extraction, doc: string): void {
  const count = (field: Field, pairs: number, predicted: number, goldCount: number) => {
    run.fields[field].matched += pairs;
    run.fields[field].predicted += predicted;
    run.fields[field].gold += goldCount;
  };
  const miss = (field: string, items: readonly unknown[], matchedItems: Set<unknown>, describe: (item: never) => string, label: string) => {
    for (const item of items) if (!matchedItems.has(item)) run.misses.push(`${doc} ${field} ${label}: ${describe(item as never)}`);
  };

  const parts = sections.filter((node) => node.kind === 'part');
  const sectionPairs = matchPairs(gold.sections, parts, (g, p) => g.number === p.number && norm(g.title) === norm(p.title));
  count('sections', sectionPairs.length, parts.length, gold.sections.length);
  miss('sections', gold.sections, new Set(sectionPairs.map(([g]) => g)), (g: Gold['sections'][number]) => `${g.number}. ${g.title}`, 'missed');
  miss('sections', parts, new Set(sectionPairs.map(([, p]) => p)), (p: SectionNode) => `${p.number}. ${p.title} (line ${p.startLine})`, 'extra');

  const codeKey = (code: string) => norm(code).replace(/\s/g, '');
  const referencePairs = matchPairs(gold.references, extraction.references, (g, p) => codeKey(g.number) === codeKey(p.number));
  count('references', referencePairs.length, extraction.references.length, gold.references.length);
  for (const [g, p] of referencePairs) {
    tally(run, 'reference.type', norm(g.type) === norm(p.type));
    tally(run, 'reference.date', g.date === p.date);
    tally(run, 'reference.issuer', norm(g.issuer) === norm(p.issuer));
    if (norm(g.issuer) !== norm(p.issuer) || g.date !== p.date || norm(g.type) !== norm(p.type)) {
      run.misses.push(`${doc} references ${g.number}: ${p.type} / ${p.date} / ${p.issuer} vs gold ${g.type} / ${g.date} / ${g.issuer}`);
    }
  }
  miss('references', gold.references, new Set(referencePairs.map(([g]) => g)), (g: Gold['references'][number]) => g.number, 'missed');
  miss('references', extraction.references, new Set(referencePairs.map(([, p]) => p)), (p: Extraction['references'][number]) => `${p.number} (line ${p.line})`, 'extra');

  const targetPairs = matchPairs(
    gold.targets,
    extraction.targets,
    (g, p) => g.value === p.value && g.valueMax === p.valueMax && norm(g.unit) === norm(p.unit) && Math.abs(g.line - p.line) <= 1,
  );
  count('targets', targetPairs.length, extraction.targets.length, gold.targets.length);
  for (const [g, p] of targetPairs) {
    tally(run, 'target.year', g.year === p.year);
    tally(run, 'target.section', sectionAccepts(g.section, p.section));
    const subjectScore = tokenF1(p.subject, g.subject);
    run.subjectF1.sum += subjectScore;
    run.subjectF1.count++;
    if (subjectScore < 0.7) run.misses.push(`${doc} targets subject F1 ${subjectScore.toFixed(2)} line ${g.line}: "${p.subject}" vs gold "${g.subject}"`);
    if (g.year !== p.year) run.misses.push(`${doc} targets year line ${g.line}: ${p.year} vs gold ${g.year}`);
  }
  miss('targets', gold.targets, new Set(targetPairs.map(([g]) => g)), (g: Gold['targets'][number]) => `${g.value}${g.valueMax ? `-${g.valueMax}` : ''} ${g.unit} line ${g.line}`, 'missed');
  miss('targets', extraction.targets, new Set(targetPairs.map(([, p]) => p)), (p: Extraction['targets'][number]) => `${p.value}${p.valueMax ? `-${p.valueMax}` : ''} ${p.unit} line ${p.line}`, 'extra');

  const datePairs = matchPairs(gold.dates, extraction.dates, (g, p) => g.iso === p.iso && Math.abs(g.line - p.line) <= 1);
  count('dates', datePairs.length, extraction.dates.length, gold.dates.length);
  for (const [g, p] of datePairs) {
    tally(run, 'date.kind', g.kind === p.kind);
    if (g.kind !== p.kind) run.misses.push(`${doc} dates kind line ${g.line} ${g.text}: ${p.kind} vs gold ${g.kind}`);
  }
  miss('dates', gold.dates, new Set(datePairs.map(([g]) => g)), (g: Gold['dates'][number]) => `${g.text} line ${g.line}`, 'missed');
  miss('dates', extraction.dates, new Set(datePairs.map(([, p]) => p)), (p: Extraction['dates'][number]) => `${p.text} line ${p.line}`, 'extra');

  const agencyPairs = matchPairs(gold.agencies, extraction.agencies, (g, p) => norm(g.name) === norm(p.name) && Math.abs(g.line - p.line) <= 2);
  count('agencies', agencyPairs.length, extraction.agencies.length, gold.agencies.length);
  for (const [g, p] of agencyPairs) {
    tally(run, 'agency.role', g.role === p.role);
    tally(run, 'agency.section', sectionAccepts(g.section, p.section));
  }
  miss('agencies', gold.agencies, new Set(agencyPairs.map(([g]) => g)), (g: Gold['agencies'][number]) => `${g.name} line ${g.line}`, 'missed');
  miss('agencies', extraction.agencies, new Set(agencyPairs.map(([, p]) => p)), (p: Extraction['agencies'][number]) => `${p.name} line ${p.line}`, 'extra');

  for (const field of META_FIELDS) {
    const expected = gold.metadata[field];
    const actual = extraction.metadata[field];
    const right = norm(expected) === norm(actual) && (expected === null) === (actual === null);
    run.metadata[field]!.total++;
    if (right) run.metadata[field]!.right++;
    else run.misses.push(`${doc} metadata.${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (c: Counts) => {
  const p = ratio(c.matched, c.predicted);
  const r = ratio(c.matched, c.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const round = (value: number) => Math.round(value * 1000) / 1000;

function summarise(run: RunResult) {
  const metaRight = Object.values(run.metadata).reduce((sum, t) => sum + t.right, 0);
  const metaTotal = Object.values(run.metadata).reduce((sum, t) => sum + t.total, 0);
  return {
    fields: Object.fromEntries(
      FIELDS.map((field) => {
        const c = run.fields[field];
        return [field, { ...c, precision: round(ratio(c.matched, c.predicted)), recall: round(ratio(c.matched, c.gold)), f1: round(f1(c)) }];
      }),
    ),
    attributes: Object.fromEntries(Object.entries(run.attributes).map(([name, t]) => [name, { ...t, accuracy: round(ratio(t.right, t.total)) }])),
    subjectTokenF1: round(ratio(run.subjectF1.sum, run.subjectF1.count)),
    metadata: {
      accuracy: round(ratio(metaRight, metaTotal)),
      fields: Object.fromEntries(Object.entries(run.metadata).map(([name, t]) => [name, { ...t, accuracy: round(ratio(t.right, t.total)) }])),
    },
    misses: run.misses,
  };
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
      score(run, doc.gold, sections, extraction, doc.id);
    }
    results.clean = summarise(run);
  }
  if (only !== 'clean') {
    const restorer = await loadRestorer();
    const run = emptyRun();
    for (const doc of docs) {
      const { document } = await processDocument(doc.seedPath, { restorer, recognizer: null, ocrMode: 'never' });
      const extraction: Extraction = { ...document, warnings: [] };
      score(run, doc.gold, document.sections, extraction, doc.id);
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
