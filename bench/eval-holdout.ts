/**
 * The held-out judge: restoration and extraction on plans the restorer and extractor were never tuned on
 * (fixtures/holdout, see its README.md). Reported as two separate groups, pooled within each group and per document:
 * H1–H4 (four provinces, four topics; since used to direct fixes) and H5–H8 (four more plans, the final judge:
 * never read for tuning). The groups are never pooled together. Never tune on these.
 *
 *   npx tsx bench/eval-holdout.ts [--out bench/results/holdout.json] [--details] [--errors N]
 *
 * (a) Restoration: loadRestorer() restores H*.garbled.txt; scored line for line against H*.clean.txt with the
 *     definitions of bench/eval-restore.ts (its scoringTokens is imported; the rest is the same arithmetic):
 *       syllable accuracy  gold tokens found in the output line (LCS), tone placement canonicalised, case ignored
 *                          (and, separately, case kept); baseline = the same for the garbled input;
 *       CER                character edit distance output vs gold (tone placement canonicalised) / gold chars;
 *       damage             gold tokens the input already had right that the output lost, / input-correct tokens.
 * (b) Extraction: structure + extract on the clean text ("clean") and on the restored text of (a) ("restored",
 *     the same calls processDocument makes: lines = restored text, rawLines = garbled text), scored against
 *     H*.gold.json with the matching of bench/eval-extract.ts (re-implemented here because that script runs its
 *     main on import): one-to-one greedy matching in document order on folded strings; references by number,
 *     targets by value/valueMax/unit and line ±1, dates by iso and line ±1, agencies by name and line ±2; P/R/F1
 *     micro-averaged over the documents, plus attribute accuracies over matched pairs and metadata per field.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract, type Extraction } from '../src/extract/index.js';
import { loadRestorer } from '../src/restore/index.js';
import type { SectionNode } from '../src/schema/document.js';
import { fold } from '../src/structure/fold.js';
import { structure } from '../src/structure/index.js';
import { canonicalizeToneStyle } from '../src/vietnamese/index.js';
import { HOLDOUT_DOCS, HOLDOUT_GROUPS, HoldoutGoldSchema, type HoldoutGold, type HoldoutGroup } from '../scripts/make-holdout.js';
import { scoringTokens } from './eval-restore.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const holdoutDir = join(repoRoot, 'fixtures', 'holdout');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// ---------------------------------------------------------------- (a) restoration, as bench/eval-restore.ts

/** Indices of `gold` matched by a longest common subsequence with `other`. */
export function matchedGoldIndices(gold: readonly string[], other: readonly string[]): Set<number> {
  const n = gold.length;
  const m = other.length;
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      (table[i] as Int32Array)[j] =
        gold[i] === other[j]
          ? ((table[i + 1] as Int32Array)[j + 1] as number) + 1
          : Math.max((table[i + 1] as Int32Array)[j] as number, (table[i] as Int32Array)[j + 1] as number);
  const matched = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (gold[i] === other[j]) {
      matched.add(i);
      i += 1;
      j += 1;
    } else if (((table[i + 1] as Int32Array)[j] as number) >= ((table[i] as Int32Array)[j + 1] as number)) i += 1;
    else j += 1;
  }
  return matched;
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= y.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (x[i - 1] === y[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[y.length] as number;
}

export interface RestoreScore {
  goldSyllables: number;
  inputCorrect: number;
  outputCorrect: number;
  outputCorrectCaseKept: number;
  damaged: number;
  charErrors: number;
  inputCharErrors: number;
  goldChars: number;
  /** Gold tokens (case ignored) the output got wrong, with the output line, for the failure report. */
  errors: Array<{ line: number; gold: string; input: string; output: string }>;
  /** Input-correct tokens the restorer broke: gold token → what the output line holds instead. */
  damages: Array<{ line: number; token: string; output: string }>;
}

export function scoreRestoration(input: string, output: string, gold: string): RestoreScore {
  const inputLines = input.split('\n');
  const outputLines = output.split('\n');
  const goldLines = gold.split('\n');
  if (inputLines.length !== goldLines.length || outputLines.length !== goldLines.length) {
    throw new Error(`line counts differ (input ${inputLines.length}, output ${outputLines.length}, gold ${goldLines.length})`);
  }
  const score: RestoreScore = {
    goldSyllables: 0, inputCorrect: 0, outputCorrect: 0, outputCorrectCaseKept: 0, damaged: 0,
    charErrors: 0, inputCharErrors: 0, goldChars: 0, errors: [], damages: [],
  };
  const lower = (tokens: string[]): string[] => tokens.map((t) => t.toLowerCase());
  goldLines.forEach((goldLine, index) => {
    const g = canonicalizeToneStyle(goldLine);
    const o = canonicalizeToneStyle(outputLines[index] as string);
    const i = canonicalizeToneStyle(inputLines[index] as string);
    const goldTokens = scoringTokens(g);
    const inMatched = matchedGoldIndices(lower(goldTokens), lower(scoringTokens(i)));
    const outMatched = matchedGoldIndices(lower(goldTokens), lower(scoringTokens(o)));
    score.goldSyllables += goldTokens.length;
    score.inputCorrect += inMatched.size;
    score.outputCorrect += outMatched.size;
    score.outputCorrectCaseKept += matchedGoldIndices(goldTokens, scoringTokens(o)).size;
    for (const k of inMatched) {
      if (!outMatched.has(k)) {
        score.damaged += 1;
        score.damages.push({ line: index + 1, token: goldTokens[k] as string, output: outputLines[index] as string });
      }
    }
    score.charErrors += editDistance(o, g);
    score.inputCharErrors += editDistance(i, g);
    score.goldChars += [...g].length;
    if (outMatched.size < goldTokens.length) {
      score.errors.push({ line: index + 1, gold: goldLine, input: inputLines[index] as string, output: outputLines[index] as string });
    }
  });
  return score;
}

// ---------------------------------------------------------------- (b) extraction, as bench/eval-extract.ts

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

export function norm(text: string | null | undefined): string {
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

export function tokenF1(predicted: string, gold: string): number {
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
export function matchPairs<G, P>(gold: readonly G[], predicted: readonly P[], fits: (g: G, p: P) => boolean): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, k) => !used.has(k) && fits(g, p));
    if (index >= 0) {
      used.add(index);
      pairs.push([g, predicted[index] as P]);
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

function scoreExtraction(run: RunResult, gold: HoldoutGold, sections: readonly SectionNode[], extraction: Extraction, doc: string): void {
  const count = (field: Field, pairs: number, predicted: number, goldCount: number) => {
    run.fields[field].matched += pairs;
    run.fields[field].predicted += predicted;
    run.fields[field].gold += goldCount;
  };
  const miss = <T>(field: string, items: readonly T[], matchedItems: Set<T>, describe: (item: T) => string, label: string) => {
    for (const item of items) if (!matchedItems.has(item)) run.misses.push(`${doc} ${field} ${label}: ${describe(item)}`);
  };

  const parts = sections.filter((node) => node.kind === 'part');
  const sectionPairs = matchPairs(gold.sections, parts, (g, p) => g.number === p.number && norm(g.title) === norm(p.title));
  count('sections', sectionPairs.length, parts.length, gold.sections.length);
  miss('sections', gold.sections, new Set(sectionPairs.map(([g]) => g)), (g) => `${g.number}. ${g.title}`, 'missed');
  miss('sections', parts, new Set(sectionPairs.map(([, p]) => p)), (p) => `${p.number}. ${p.title} (line ${p.startLine})`, 'extra');

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
  miss('references', gold.references, new Set(referencePairs.map(([g]) => g)), (g) => g.number, 'missed');
  miss('references', extraction.references, new Set(referencePairs.map(([, p]) => p)), (p) => `${p.number} (line ${p.line})`, 'extra');

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
    if (!sectionAccepts(g.section, p.section)) run.misses.push(`${doc} targets section line ${g.line}: ${p.section} vs gold ${g.section}`);
  }
  const describeTarget = (t: { value: number; valueMax: number | null; unit: string; line: number }) =>
    `${t.value}${t.valueMax ? `-${t.valueMax}` : ''} ${t.unit} line ${t.line}`;
  miss('targets', gold.targets, new Set(targetPairs.map(([g]) => g)), describeTarget, 'missed');
  miss('targets', extraction.targets, new Set(targetPairs.map(([, p]) => p)), describeTarget, 'extra');

  const datePairs = matchPairs(gold.dates, extraction.dates, (g, p) => g.iso === p.iso && Math.abs(g.line - p.line) <= 1);
  count('dates', datePairs.length, extraction.dates.length, gold.dates.length);
  for (const [g, p] of datePairs) {
    tally(run, 'date.kind', g.kind === p.kind);
    if (g.kind !== p.kind) run.misses.push(`${doc} dates kind line ${g.line} ${g.text}: ${p.kind} vs gold ${g.kind}`);
  }
  miss('dates', gold.dates, new Set(datePairs.map(([g]) => g)), (g) => `${g.text} line ${g.line}`, 'missed');
  miss('dates', extraction.dates, new Set(datePairs.map(([, p]) => p)), (p) => `${p.text} → ${p.iso} line ${p.line}`, 'extra');

  const agencyPairs = matchPairs(gold.agencies, extraction.agencies, (g, p) => norm(g.name) === norm(p.name) && Math.abs(g.line - p.line) <= 2);
  count('agencies', agencyPairs.length, extraction.agencies.length, gold.agencies.length);
  for (const [g, p] of agencyPairs) {
    tally(run, 'agency.role', g.role === p.role);
    tally(run, 'agency.section', sectionAccepts(g.section, p.section));
    if (g.role !== p.role) run.misses.push(`${doc} agencies role ${g.name}: ${p.role} vs gold ${g.role}`);
  }
  miss('agencies', gold.agencies, new Set(agencyPairs.map(([g]) => g)), (g) => `${g.name} line ${g.line}`, 'missed');
  miss('agencies', extraction.agencies, new Set(agencyPairs.map(([, p]) => p)), (p) => `${p.name} line ${p.line}`, 'extra');

  for (const field of META_FIELDS) {
    const expected = gold.metadata[field];
    const actual = extraction.metadata[field];
    const right = norm(expected) === norm(actual) && (expected === null) === (actual === null);
    const entry = run.metadata[field] as Tally;
    entry.total++;
    if (right) entry.right++;
    else run.misses.push(`${doc} metadata.${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (c: Counts) => {
  const p = ratio(c.matched, c.predicted);
  const r = ratio(c.matched, c.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const pct = (a: number, b: number): number => Math.round((10000 * a) / Math.max(1, b)) / 100;

function summarise(run: RunResult) {
  const metaRight = Object.values(run.metadata).reduce((sum, t) => sum + t.right, 0);
  const metaTotal = Object.values(run.metadata).reduce((sum, t) => sum + t.total, 0);
  return {
    fields: Object.fromEntries(
      FIELDS.map((field) => {
        const c = run.fields[field];
        return [field, { ...c, precision: round3(ratio(c.matched, c.predicted)), recall: round3(ratio(c.matched, c.gold)), f1: round3(f1(c)) }];
      }),
    ) as Record<Field, Counts & { precision: number; recall: number; f1: number }>,
    attributes: Object.fromEntries(Object.entries(run.attributes).map(([name, t]) => [name, { ...t, accuracy: round3(ratio(t.right, t.total)) }])),
    subjectTokenF1: round3(ratio(run.subjectF1.sum, run.subjectF1.count)),
    metadata: {
      accuracy: round3(ratio(metaRight, metaTotal)),
      fields: Object.fromEntries(Object.entries(run.metadata).map(([name, t]) => [name, { ...t, accuracy: round3(ratio(t.right, t.total)) }])),
    },
    misses: run.misses,
  };
}
type Summary = ReturnType<typeof summarise>;

function extractionTable(results: Record<string, Summary>): string {
  const modes = Object.keys(results);
  const header = `| field | ${modes.map((m) => `${m} P | ${m} R | ${m} F1 | ${m} matched/pred/gold`).join(' | ')} |`;
  const rule = `|---|${modes.map(() => '---:|---:|---:|---:').join('|')}|`;
  const rows = [header, rule];
  for (const field of FIELDS) {
    const cells = modes.map((m) => {
      const c = (results[m] as Summary).fields[field];
      return `${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.f1.toFixed(3)} | ${c.matched}/${c.predicted}/${c.gold}`;
    });
    rows.push(`| ${field} | ${cells.join(' | ')} |`);
  }
  rows.push('', `| accuracy | ${modes.join(' | ')} |`, `|---|${modes.map(() => '---:').join('|')}|`);
  rows.push(`| metadata (all fields) | ${modes.map((m) => (results[m] as Summary).metadata.accuracy.toFixed(3)).join(' | ')} |`);
  for (const field of META_FIELDS) {
    rows.push(`| metadata.${field} | ${modes.map((m) => {
      const t = (results[m] as Summary).metadata.fields[field] as Tally;
      return `${t.right}/${t.total}`;
    }).join(' | ')} |`);
  }
  const attributeNames = [...new Set(modes.flatMap((m) => Object.keys((results[m] as Summary).attributes)))].sort();
  for (const name of attributeNames) {
    rows.push(`| ${name} | ${modes.map((m) => {
      const t = (results[m] as Summary).attributes[name];
      return t ? `${t.right}/${t.total}` : '–';
    }).join(' | ')} |`);
  }
  rows.push(`| target.subject token F1 (mean) | ${modes.map((m) => (results[m] as Summary).subjectTokenF1.toFixed(3)).join(' | ')} |`);
  return rows.join('\n');
}

interface DocumentRow {
  doc: string;
  syllables: number;
  inputCorrect: number;
  outputCorrect: number;
  outputCorrectCaseKept: number;
  baselineAccuracy: number;
  accuracy: number;
  accuracyCaseKept: number;
  baselineCer: number;
  cer: number;
  damageRate: number;
  damaged: number;
  corrections: number;
  lowConfidence: number;
  restoreMs: number;
}

function readLines(name: string): string {
  return readFileSync(join(holdoutDir, name), 'utf8').normalize('NFC');
}

type Restorer = Awaited<ReturnType<typeof loadRestorer>>;
type Damage = { doc: string; line: number; token: string; output: string };
type RestorationError = { doc: string; line: number; gold: string; input: string; output: string };

/** Restoration and extraction of one group of documents, pooled over the group and per document. */
function evaluateGroup(restorer: Restorer, ids: readonly string[]) {
  const clean = emptyRun();
  const restored = emptyRun();
  const documents: DocumentRow[] = [];
  const perDocument: Record<string, { clean: Summary; restored: Summary }> = {};
  const damages: Damage[] = [];
  const errors: RestorationError[] = [];

  for (const id of ids) {
    const gold = HoldoutGoldSchema.parse(JSON.parse(readLines(`${id}.gold.json`)));
    const cleanText = readLines(`${id}.clean.txt`);
    const garbled = readLines(`${id}.garbled.txt`);
    const started = performance.now();
    const result = restorer.restore(garbled);
    const restoreMs = performance.now() - started;
    const s = scoreRestoration(garbled, result.text, cleanText);
    damages.push(...s.damages.map((d) => ({ doc: id, ...d })));
    errors.push(...s.errors.map((e) => ({ doc: id, ...e })));

    const cleanLines = cleanText.split('\n');
    const cleanSections = structure(cleanLines);
    const cleanExtraction = extract({ lines: cleanLines, rawLines: cleanLines, sections: cleanSections, pageOfLine: () => null });
    const restoredLines = result.text.split('\n');
    const restoredSections = structure(restoredLines);
    const restoredExtraction = extract({ lines: restoredLines, rawLines: garbled.split('\n'), sections: restoredSections, pageOfLine: () => null });
    scoreExtraction(clean, gold, cleanSections, cleanExtraction, id);
    scoreExtraction(restored, gold, restoredSections, restoredExtraction, id);
    const documentClean = emptyRun();
    const documentRestored = emptyRun();
    scoreExtraction(documentClean, gold, cleanSections, cleanExtraction, id);
    scoreExtraction(documentRestored, gold, restoredSections, restoredExtraction, id);
    perDocument[id] = { clean: summarise(documentClean), restored: summarise(documentRestored) };

    documents.push({
      doc: id,
      syllables: s.goldSyllables,
      inputCorrect: s.inputCorrect,
      outputCorrect: s.outputCorrect,
      outputCorrectCaseKept: s.outputCorrectCaseKept,
      baselineAccuracy: pct(s.inputCorrect, s.goldSyllables),
      accuracy: pct(s.outputCorrect, s.goldSyllables),
      accuracyCaseKept: pct(s.outputCorrectCaseKept, s.goldSyllables),
      baselineCer: pct(s.inputCharErrors, s.goldChars),
      cer: pct(s.charErrors, s.goldChars),
      damageRate: pct(s.damaged, s.inputCorrect),
      damaged: s.damaged,
      corrections: result.corrections.length,
      lowConfidence: result.stats.lowConfidence,
      restoreMs: Math.round(restoreMs),
    });
  }

  const total = (key: 'syllables' | 'inputCorrect' | 'outputCorrect' | 'outputCorrectCaseKept') => documents.reduce((t, d) => t + d[key], 0);
  const restoration = {
    syllables: total('syllables'),
    baselineAccuracy: pct(total('inputCorrect'), total('syllables')),
    accuracy: pct(total('outputCorrect'), total('syllables')),
    accuracyCaseKept: pct(total('outputCorrectCaseKept'), total('syllables')),
    damageRate: pct(damages.length, total('inputCorrect')),
    damaged: damages.length,
    documents,
  };
  return { documents: [...ids], restoration, extraction: { clean: summarise(clean), restored: summarise(restored) }, perDocument, damages, errors };
}
type GroupResult = ReturnType<typeof evaluateGroup>;

/** One row per document: F1 per field and metadata accuracy, clean → restored. */
function perDocumentTable(group: GroupResult): string {
  const rows = [
    `| doc | ${FIELDS.map((f) => `${f} F1 clean → restored`).join(' | ')} | metadata clean → restored |`,
    `|---|${FIELDS.map(() => '---:').join('|')}|---:|`,
  ];
  for (const id of group.documents) {
    const { clean, restored } = group.perDocument[id] as { clean: Summary; restored: Summary };
    const cells = FIELDS.map((f) => `${clean.fields[f].f1.toFixed(3)} → ${restored.fields[f].f1.toFixed(3)}`);
    rows.push(`| ${id} | ${cells.join(' | ')} | ${clean.metadata.accuracy.toFixed(3)} → ${restored.metadata.accuracy.toFixed(3)} |`);
  }
  return rows.join('\n');
}

function restorationTable(group: GroupResult): string {
  const { restoration } = group;
  return [
    '| doc | syllables | garbled input | restored | restored (case kept) | CER in → out | damage |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...restoration.documents.map(
      (d) => `| ${d.doc} | ${d.syllables} | ${d.baselineAccuracy}% | ${d.accuracy}% | ${d.accuracyCaseKept}% | ${d.baselineCer}% → ${d.cer}% | ${d.damageRate}% (${d.damaged}) |`,
    ),
    `| all | ${restoration.syllables} | ${restoration.baselineAccuracy}% | ${restoration.accuracy}% | ${restoration.accuracyCaseKept}% | | ${restoration.damageRate}% (${restoration.damaged}) |`,
  ].join('\n');
}

const GROUP_NOTES: Record<HoldoutGroup, string> = {
  'H1–H4': 'used to direct fixes since; no longer unseen',
  'H5–H8': 'final judge: never read for tuning',
};

async function main(): Promise<void> {
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', 'holdout.json'));
  const showErrors = Number(argument('--errors') ?? 0);
  const restorer = await loadRestorer();
  const groups = Object.fromEntries(
    (Object.keys(HOLDOUT_GROUPS) as HoldoutGroup[]).map((name) => [name, evaluateGroup(restorer, HOLDOUT_GROUPS[name])]),
  ) as Record<HoldoutGroup, GroupResult>;

  const markdown: string[] = [];
  for (const [name, group] of Object.entries(groups) as Array<[HoldoutGroup, GroupResult]>) {
    const { restoration, extraction } = group;
    console.log(`\n# Held-out plans ${name} (${GROUP_NOTES[name]})`);
    console.table(restoration.documents);
    console.log(
      `restoration ${name}: accuracy ${restoration.accuracy}% (garbled input ${restoration.baselineAccuracy}%), case kept ${restoration.accuracyCaseKept}%, ` +
        `damage ${restoration.damageRate}% (${restoration.damaged} tokens)  (${restorer.versions.dictionary})\n`,
    );
    console.log(extractionTable(extraction));
    console.log(`\n${perDocumentTable(group)}`);
    if (process.argv.includes('--details')) {
      for (const [mode, summary] of Object.entries(extraction)) {
        console.log(`\n## ${name} ${mode}: misses`);
        for (const line of summary.misses) console.log(line);
      }
      console.log(`\n## ${name}: damaged tokens (input right, output wrong)`);
      for (const d of group.damages) console.log(`${d.doc}:${d.line} ${d.token}  →  ${d.output}`);
    }
    if (showErrors > 0) {
      console.log(`\n## ${name}: restoration errors`);
      for (const e of group.errors.slice(0, showErrors)) console.log(`${e.doc}:${e.line}\n  gold ${e.gold}\n  in   ${e.input}\n  out  ${e.output}`);
    }
    markdown.push(
      `### Held-out plans ${name} (${GROUP_NOTES[name]}): restoration`,
      '',
      restorationTable(group),
      '',
      `### Held-out plans ${name}: extraction (clean text, and restored from the garbled text)`,
      '',
      extractionTable(extraction),
      '',
      `### Held-out plans ${name}: extraction per document`,
      '',
      perDocumentTable(group),
      '',
    );
  }
  mkdirSync(dirname(outFile), { recursive: true });
  const groupsJson = Object.fromEntries(
    Object.entries(groups).map(([name, g]) => [
      name,
      { note: GROUP_NOTES[name as HoldoutGroup], documents: g.documents, restoration: g.restoration, extraction: g.extraction, perDocument: g.perDocument, damages: g.damages },
    ]),
  );
  writeFileSync(
    outFile,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), versions: restorer.versions, documents: [...HOLDOUT_DOCS], groups: groupsJson }, null, 2)}\n`,
  );
  writeFileSync(outFile.replace(/\.json$/, '.md'), `${markdown.join('\n').trimEnd()}\n`);
  console.log(`\nwrote ${outFile} and ${outFile.replace(/\.json$/, '.md')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
