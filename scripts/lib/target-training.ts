/**
 * Training and scoring of the target accept/reject model: candidates of a plan labelled against its gold (the
 * matching of bench/lib/extract-scoring.ts: value, valueMax and folded unit equal, line within ±1, one to one in
 * order), an L2-regularised logistic regression fitted by full-batch AdaGrad (deterministic: no sampling, a fixed
 * order), and micro-averaged P/R/F1 of a choice of candidates.
 */
import { candidateFeatures, targetCandidates, type TargetCandidate } from '../../src/extract/targets/index.js';
import { sectionPathAt } from '../../src/structure/paths.js';
import { structure } from '../../src/structure/index.js';
import { closingStartIndex } from '../../src/structure/index.js';
import { fold } from '../../src/structure/fold.js';
import type { TargetWeights } from '../../src/extract/targets/model.js';
import type { PlanText } from './target-data.js';
import { readFileSync } from 'node:fs';
import { FIRST_SIGHT_FILE, FirstSightSchema, type FirstSight } from './first-sight-rules.js';

export type TextKind = 'clean' | 'restored';

export interface Labelled {
  plan: string;
  kind: TextKind;
  candidate: TargetCandidate;
  /** A gold target matched it. */
  positive: boolean;
  /** The rules output it at first sight of the plan (scripts/lib/first-sight-rules.json); undefined where unknown. */
  firstSightRule?: boolean;
}

export interface PlanCandidates {
  plan: string;
  group: string;
  kind: TextKind;
  labelled: Labelled[];
  /** Gold targets of the plan (for recall). */
  gold: number;
  /** The rules' targets at first sight of the plan, scored against its gold (matched, predicted). */
  firstSight?: { matched: number; predicted: number };
}

/** The first-sight verdicts of the rules (scripts/lib/first-sight-rules.ts), validated. */
export function loadFirstSight(): FirstSight {
  return FirstSightSchema.parse(JSON.parse(readFileSync(FIRST_SIGHT_FILE, 'utf8')));
}

type Figureish = { line: number; value: number; valueMax: number | null; unit: string };
const fitsGold = (gold: Figureish, target: Figureish) => gold.value === target.value && gold.valueMax === target.valueMax && norm(gold.unit) === norm(target.unit) && Math.abs(gold.line - target.line) <= 1;

/** One to one in order: for each of `wanted`, the index of the first unused item of `pool` it fits (or -1). */
function matchInOrder<W, P>(wanted: readonly W[], pool: readonly P[], fits: (w: W, p: P) => boolean): number[] {
  const used = new Set<number>();
  return wanted.map((w) => {
    const at = pool.findIndex((p, k) => !used.has(k) && fits(w, p));
    if (at >= 0) used.add(at);
    return at;
  });
}

const norm = (unit: string) => fold(unit.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').replace(/^[\s.,;:]+|[\s.,;:]+$/g, '').trim();

/** The candidates of one text of a plan, each labelled by the plan's gold. */
export function labelPlan(plan: PlanText, kind: TextKind, firstSight?: FirstSight): PlanCandidates {
  const lines = kind === 'clean' ? plan.clean : plan.restored;
  if (lines === undefined) throw new Error(`${plan.id}: no restored text (use withRestored)`);
  const rawLines = kind === 'clean' ? plan.clean : plan.garbled;
  const sections = structure(lines);
  const closingStart = closingStartIndex(lines);
  const provenance = (line: number, raw: string) => ({ line, section: sectionPathAt(sections, line), page: null, raw, rawOcr: rawLines[line - 1] ?? null });
  const candidates = targetCandidates({ lines, rawLines, sections, bodyEndLine: closingStart + 1, provenance });
  const used = new Set(matchInOrder(plan.gold.targets, candidates.map((c) => c.target), fitsGold));
  const old = firstSight?.[plan.id]?.[kind].map(([line, value, valueMax, unit]) => ({ line, value, valueMax, unit }));
  // The same figure exactly (line, value, unit): the first-sight rules read it where the candidate stands.
  const oldAccepted = old === undefined ? undefined : new Set(matchInOrder(old, candidates.map((c) => c.target), (o, t) => o.line === t.line && o.value === t.value && o.valueMax === t.valueMax && norm(o.unit) === norm(t.unit)));
  const oldMatched = old === undefined ? undefined : matchInOrder(plan.gold.targets, old, fitsGold).filter((at) => at >= 0).length;
  return {
    plan: plan.id,
    group: plan.group,
    kind,
    labelled: candidates.map((candidate, k) => ({ plan: plan.id, kind, candidate, positive: used.has(k), ...(oldAccepted === undefined ? {} : { firstSightRule: oldAccepted.has(k) }) })),
    gold: plan.gold.targets.length,
    ...(old === undefined || oldMatched === undefined ? {} : { firstSight: { matched: oldMatched, predicted: old.length } }),
  };
}

export interface TrainOptions {
  l2: number;
  /** A feature is kept only where it occurs in at least this many plans (a plan's names never do). */
  minPlans: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 1, minPlans: 3, iterations: 600, learningRate: 0.5 };

/** Fits the weights of one model (`learned` or `hybrid` features) on labelled candidates; the same input gives the same weights. */
export function trainWeights(examples: readonly Labelled[], filter: 'learned' | 'hybrid', options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TargetWeights {
  // Table rows are decided by the table reader in every mode: no example.
  const rows = examples.filter((example) => !example.candidate.tableRow).map((example) => ({ features: candidateFeatures(asSeenFirst(example, filter), filter), y: example.positive ? 1 : 0, plan: example.plan }));
  const plansOf = new Map<string, Set<string>>();
  for (const row of rows) for (const feature of row.features) (plansOf.get(feature) ?? plansOf.set(feature, new Set()).get(feature)!).add(row.plan);
  const vocabulary = [...plansOf.entries()].filter(([feature, plans]) => feature === 'bias' || plans.size >= options.minPlans).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, k) => [feature, k]));
  const encoded = rows.map((row) => ({ x: Int32Array.from(row.features.map((f) => index.get(f)).filter((k): k is number => k !== undefined)), y: row.y }));
  const bias = index.get('bias')!;
  const w = new Float64Array(vocabulary.length);
  const squared = new Float64Array(vocabulary.length);
  const gradient = new Float64Array(vocabulary.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    for (const { x, y } of encoded) {
      let score = 0;
      for (const k of x) score += w[k]!;
      const error = 1 / (1 + Math.exp(-score)) - y;
      for (const k of x) gradient[k]! += error;
    }
    for (let k = 0; k < w.length; k++) {
      const g = gradient[k]! + (k === bias ? 0 : options.l2 * w[k]!);
      squared[k]! += g * g;
      w[k]! -= (options.learningRate * g) / (Math.sqrt(squared[k]!) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((feature, k) => {
    const rounded = Math.round(w[k]! * 1e4) / 1e4;
    if (Math.abs(rounded) >= 1e-3) weights[feature] = rounded;
  });
  return { threshold: 0.5, weights };
}

/**
 * The candidate as the hybrid learns it: with the verdict the rules gave at first sight of the plan, not today's
 * (today's rules were tuned on the plan). The learned model never sees a verdict.
 */
export function asSeenFirst(example: Labelled, filter: 'learned' | 'hybrid'): TargetCandidate {
  if (filter === 'learned') return example.candidate;
  if (example.firstSightRule === undefined) throw new Error(`${example.plan}: no first-sight verdict of the rules (scripts/lib/first-sight-rules.ts)`);
  return { ...example.candidate, ruleAccepted: example.firstSightRule };
}

export interface Score {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged P/R/F1 of the candidates a decision keeps, over plans. */
export function scoreChoice(plans: readonly PlanCandidates[], keep: (labelled: Labelled) => boolean): Score {
  let matched = 0;
  let predicted = 0;
  let gold = 0;
  for (const plan of plans) {
    gold += plan.gold;
    for (const labelled of plan.labelled) {
      if (!keep(labelled)) continue;
      predicted++;
      if (labelled.positive) matched++;
    }
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { matched, predicted, gold, precision: round(precision), recall: round(recall), f1: round(f1) };
}
