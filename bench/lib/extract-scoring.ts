/**
 * Extraction scoring shared by bench/eval-extract.ts and bench/eval-holdout.ts, against gold JSON in the format of
 * fixtures/gold/SPEC.md: one-to-one greedy matching in document order on folded strings; sections by number and
 * title; references by number; targets by value/valueMax/unit and line ±1; dates by iso and line ±1; agencies by
 * name and line ±2; P/R/F1 micro-averaged over documents, attribute accuracies over matched pairs, metadata per field.
 */
import type { Extraction } from '../../src/extract/index.js';
import type { SectionNode } from '../../src/schema/document.js';
import { fold } from '../../src/structure/fold.js';

/** Gold JSON in the format of fixtures/gold/SPEC.md (fixtures/gold and fixtures/holdout alike). */
export { HoldoutGoldSchema as GoldSchema } from '../../scripts/make-holdout.js';
import type { HoldoutGold } from '../../scripts/make-holdout.js';
export type Gold = HoldoutGold;

export const FIELDS = ['sections', 'references', 'targets', 'dates', 'agencies'] as const;
export type Field = (typeof FIELDS)[number];
export const META_FIELDS = ['number', 'kind', 'issuer', 'place', 'date', 'title', 'signer'] as const;

export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}
export interface Tally {
  right: number;
  total: number;
}
export interface RunResult {
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

export function sectionAccepts(goldPath: string | null, predictedPath: string | null): boolean {
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

export function emptyRun(): RunResult {
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, { matched: 0, predicted: 0, gold: 0 }])) as Record<Field, Counts>,
    attributes: {},
    subjectF1: { sum: 0, count: 0 },
    metadata: Object.fromEntries(META_FIELDS.map((f) => [f, { right: 0, total: 0 }])),
    misses: [],
  };
}

export function tally(run: RunResult, name: string, right: boolean): void {
  const entry = (run.attributes[name] ??= { right: 0, total: 0 });
  entry.total++;
  if (right) entry.right++;
}

export function scoreExtraction(run: RunResult, gold: Gold, sections: readonly SectionNode[], extraction: Extraction, doc: string): void {
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

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const f1 = (c: Counts) => {
  const p = ratio(c.matched, c.predicted);
  const r = ratio(c.matched, c.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
export const round3 = (value: number) => Math.round(value * 1000) / 1000;
export const pct = (a: number, b: number): number => Math.round((10000 * a) / Math.max(1, b)) / 100;

export function summarise(run: RunResult) {
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
export type Summary = ReturnType<typeof summarise>;
