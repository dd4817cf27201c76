/**
 * Prequential evaluation of the target accept/reject decision, by group in the order the sets were added: train on
 * [seed 003 + T1–T12 + H1–H4], test on T13–T16; train on everything before, test on T17–T22; … ; test on T41–T46.
 * Targets P/R/F1 (the matching of bench/lib/extract-scoring.ts) on the clean text and end to end (the text
 * loadRestorer() restores from the garbled one, rawLines = the garbled text), for
 *   first    the hand-written rules at first sight: the extractor as committed when the group was added, before anyone
 *            tuned on it (scripts/lib/first-sight-rules.json) — the fair figure for the rules,
 *   rules    today's rules (tuned on every fold: an upper bound for them here),
 *   learned  the logistic regression on the features of src/extract/targets/features.ts,
 *   hybrid   the same with the rules' verdict as a feature too: trained on the verdicts the rules gave at first sight of
 *            each training plan, and tested with the first-sight verdicts of the test group (as on a new plan).
 *   veto     the first-sight rules' targets, less those the learned model (trained on the earlier groups) rejects:
 *            the one use of the learned decision that is fair here, since it adds nothing today's generator found.
 * Caveat: the candidate generator (which figures are read at all, and how) is today's, tuned on every fold: the
 * learned and hybrid figures are upper bounds in that respect, unlike `first` and `veto`.
 * The evaluation seeds 000–002 are never trained on (their gold is the evaluation set), nor the judges H5 and up.
 *
 *   npx tsx bench/target-cv.ts [--out bench/results/target-cv.json] [--with-later T47–T52] [--l2 X] [--threshold P] [--sweep]
 *   npx tsx bench/target-cv.ts --leave-one-out T53–T58[,T59–T64] [--with-later T47–T52,…]
 *
 * --leave-one-out G: the writers' batches one by one instead of in order: train on every other batch (the training
 * groups, and the later groups named by --with-later or --leave-one-out, each only once the lead's first-sight file of
 * it exists), test on G. The hybrid learns from the first-sight verdicts it has (T1–T46, 003, H1–H4) and is tested
 * with today's verdict on G: fair where the rules have not been tuned on G. Prints F1 lines only (no candidates of
 * G), so a check set may be measured without being read; writes nothing.
 *
 * The last fold, T41–T46, is the fair one: neither the generator nor the model had seen those plans when the lead
 * ran their first sight (.scratch/first-sight-T41-T46.txt). --with-later G adds one more fold, a later tuning group G,
 * trained on every earlier group (only once the lead's first-sight file of G exists). --l2 and --threshold override the trainer's defaults; --sweep prints the
 * pooled F1 of a small grid of both (choosing by it tunes on these folds).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../src/errors/index.js';
import { loadRestorer } from '../src/restore/index.js';
import { candidateFeatures } from '../src/extract/targets/index.js';
import { targetProbability, type TargetWeights } from '../src/extract/targets/model.js';
import { laterTuningPlans, TRAINING_GROUPS, trainingPlans, withRestored } from '../scripts/lib/target-data.js';
import { DEFAULT_TRAIN_OPTIONS, asSeenFirst, labelPlan, loadFirstSight, scoreChoice, trainWeights, type Labelled, type PlanCandidates, type Score } from '../scripts/lib/target-training.js';
import { checkOptions } from './lib/options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const keepBy = (weights: TargetWeights, filter: 'learned' | 'hybrid') => (labelled: Labelled) =>
  labelled.candidate.tableRow || targetProbability(weights, candidateFeatures(asSeenFirst(labelled, filter), filter)) >= weights.threshold;

/**
 * The rules at first sight of the plans, scored as the others; with `vetoed`, less the candidates it names (a
 * first-sight target that is no candidate today stays).
 */
function firstSightScore(plans: readonly PlanCandidates[], vetoed: (l: Labelled) => boolean = () => false): Score {
  const dropped = plans.flatMap((p) => p.labelled).filter((l) => l.firstSightRule === true && !l.candidate.tableRow && vetoed(l));
  const matched = plans.reduce((t, p) => t + p.firstSight!.matched, 0) - dropped.filter((l) => l.positive).length;
  const predicted = plans.reduce((t, p) => t + p.firstSight!.predicted, 0) - dropped.length;
  const gold = plans.reduce((t, p) => t + p.gold, 0);
  const precision = matched / predicted;
  const recall = matched / gold;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { matched, predicted, gold, precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / (precision + recall)) };
}

/** Pooled F1 (clean, restored) of each mode over the folds, for a grid of L2 strengths and thresholds. */
function sweep(labelled: readonly PlanCandidates[], groups: readonly string[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const l2 of [0.1, 0.3, 1, 3]) {
    const models = groups.slice(1).map((_, k) => {
      const training = labelled.filter((p) => groups.slice(0, k + 1).includes(p.group)).flatMap((p) => p.labelled);
      const options = { ...DEFAULT_TRAIN_OPTIONS, l2 };
      return { test: groups[k + 1]!, learned: trainWeights(training, 'learned', options), hybrid: trainWeights(training, 'hybrid', options) };
    });
    for (const threshold of [0.4, 0.5, 0.6, 0.7]) {
      const row: Record<string, unknown> = { l2, threshold };
      for (const filter of ['learned', 'hybrid'] as const) {
        for (const kind of ['clean', 'restored'] as const) {
          const keepers = new Map(models.map((m) => [m.test, keepBy({ ...m[filter], threshold }, filter)]));
          const testPlans = labelled.filter((p) => p.kind === kind && keepers.has(p.group));
          const byPlan = new Map(testPlans.map((p) => [p, keepers.get(p.group)!]));
          let matched = 0;
          let predicted = 0;
          let gold = 0;
          for (const [plan, keep] of byPlan) {
            const s = scoreChoice([plan], keep);
            matched += s.matched;
            predicted += s.predicted;
            gold += s.gold;
          }
          row[`${filter} ${kind}`] = Number(((2 * matched) / (predicted + gold)).toFixed(3));
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

/** --leave-one-out: each named batch tested on the models trained on every other batch (F1 lines only). */
function leaveOneBatchOut(labelled: readonly PlanCandidates[], tests: readonly string[]): void {
  for (const test of tests) {
    const training = labelled.filter((p) => p.group !== test).flatMap((p) => p.labelled);
    const learned = keepBy(trainWeights(training, 'learned'), 'learned');
    // The hybrid learns the verdicts the rules gave at first sight, and sees today's on the batch left out.
    const hybridWeights = trainWeights(training.filter((l) => l.firstSightRule !== undefined), 'hybrid');
    const hybrid = (l: Labelled) => l.candidate.tableRow || targetProbability(hybridWeights, candidateFeatures(l.candidate, 'hybrid')) >= hybridWeights.threshold;
    for (const kind of ['clean', 'restored'] as const) {
      const testPlans = labelled.filter((p) => p.group === test && p.kind === kind);
      const rules = (l: Labelled) => l.candidate.ruleAccepted;
      console.log(
        `${test} ${kind}: ${line('rules', scoreChoice(testPlans, rules))} | ${line('learned', scoreChoice(testPlans, learned))} | ${line('hybrid', scoreChoice(testPlans, hybrid))} | ${line('veto', scoreChoice(testPlans, (l) => rules(l) && learned(l)))}`,
      );
    }
  }
}

const line = (name: string, s: Score) => `${name.padEnd(8)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.matched}/${s.predicted}/${s.gold})`;

async function main(): Promise<void> {
  checkOptions(
    'target-cv',
    { values: ['--out', '--with-later', '--leave-one-out', '--l2', '--threshold'], flags: ['--sweep'] },
    'usage: npx tsx bench/target-cv.ts [--out FILE] [--with-later T47-T52,…] [--l2 X] [--threshold P] [--sweep]\n' +
      '       npx tsx bench/target-cv.ts --leave-one-out T53-T58[,T59-T64] [--with-later …]',
  );
  const restorer = await loadRestorer();
  const leaveOut = argument('--leave-one-out')?.split(',').map((group) => group.replace('-', '–'));
  const laterGroups = [...new Set([...(argument('--with-later')?.split(',').map((group) => group.replace('-', '–')) ?? []), ...(leaveOut ?? [])])];
  const later = laterGroups[0];
  if (leaveOut === undefined && laterGroups.length > 1) throw new UsageError('--with-later takes one group, except with --leave-one-out');
  const plans = withRestored([...trainingPlans(), ...laterGroups.flatMap((group) => laterTuningPlans(group))], restorer);
  const groups = [...TRAINING_GROUPS, ...(later === undefined ? [] : [later])];
  const firstSight = loadFirstSight();
  const labelled: PlanCandidates[] = plans.flatMap((plan) => [labelPlan(plan, 'clean', firstSight), labelPlan(plan, 'restored', firstSight)]);
  const reachable = (kind: string) => scoreChoice(labelled.filter((p) => p.kind === kind), () => true);
  console.log(`candidates: clean ${line('all', reachable('clean'))}; restored ${line('all', reachable('restored'))} (recall here is the generator's ceiling)`);

  if (leaveOut !== undefined) {
    leaveOneBatchOut(labelled, leaveOut);
    return;
  }
  if (process.argv.includes('--sweep')) {
    console.table(sweep(labelled, groups));
    return;
  }
  const options = { ...DEFAULT_TRAIN_OPTIONS, l2: Number(argument('--l2') ?? DEFAULT_TRAIN_OPTIONS.l2) };
  const threshold = argument('--threshold');
  const withThreshold = (weights: TargetWeights) => (threshold === undefined ? weights : { ...weights, threshold: Number(threshold) });
  const folds = [];
  for (let k = 1; k < groups.length; k++) {
    const test = groups[k]!;
    const trainGroups = groups.slice(0, k);
    const training = labelled.filter((p) => trainGroups.includes(p.group)).flatMap((p) => p.labelled);
    const learned = withThreshold(trainWeights(training, 'learned', options));
    const hybrid = withThreshold(trainWeights(training, 'hybrid', options));
    const result: Record<string, unknown> = { test, trainedOn: trainGroups, trainingCandidates: training.length };
    console.log(`\n# fold: test ${test}, trained on ${trainGroups.join(' + ')} (${training.length} candidates)`);
    for (const kind of ['clean', 'restored'] as const) {
      const testPlans = labelled.filter((p) => p.group === test && p.kind === kind);
      const rules = scoreChoice(testPlans, (l) => l.candidate.ruleAccepted);
      const first = firstSightScore(testPlans);
      const learnedKeepsTarget = keepBy(learned, 'learned');
      const veto = firstSightScore(testPlans, (l) => !learnedKeepsTarget(l));
      const learnedScore = scoreChoice(testPlans, keepBy(learned, 'learned'));
      const hybridScore = scoreChoice(testPlans, keepBy(hybrid, 'hybrid'));
      // How far the hybrid is from copying the rules: decisions that differ from the rules' verdict.
      const all = testPlans.flatMap((p) => p.labelled).filter((l) => !l.candidate.tableRow);
      const hybridKeeps = keepBy(hybrid, 'hybrid');
      const learnedKeeps = keepBy(learned, 'learned');
      // … against the verdict it was given: the rules at first sight.
      const flips = (keeps: (l: Labelled) => boolean) => ({
        rulesKeptModelDropped: all.filter((l) => l.firstSightRule === true && !keeps(l)).length,
        rulesDroppedModelKept: all.filter((l) => l.firstSightRule === false && keeps(l)).length,
        candidates: all.length,
      });
      result[kind] = { first, veto, rules, learned: learnedScore, hybrid: hybridScore, learnedVsFirstSightRules: flips(learnedKeeps), hybridVsFirstSightRules: flips(hybridKeeps) };
      console.log(`${kind}:\n  ${line('first', first)}\n  ${line('veto', veto)}\n  ${line('rules', rules)}\n  ${line('learned', learnedScore)}\n  ${line('hybrid', hybridScore)}`);
      console.log(`  differs from the first-sight rules: learned ${JSON.stringify(flips(learnedKeeps))}, hybrid ${JSON.stringify(flips(hybridKeeps))}`);
    }
    folds.push(result);
  }
  // Pooled over the folds (micro: every test plan once).
  const pooled: Record<string, unknown> = {};
  for (const kind of ['clean', 'restored'] as const) {
    const sums: Record<string, { matched: number; predicted: number; gold: number }> = {};
    for (const fold of folds) {
      for (const mode of ['first', 'veto', 'rules', 'learned', 'hybrid']) {
        const s = (fold[kind] as Record<string, Score>)[mode]!;
        const t = (sums[mode] ??= { matched: 0, predicted: 0, gold: 0 });
        t.matched += s.matched;
        t.predicted += s.predicted;
        t.gold += s.gold;
      }
    }
    pooled[kind] = Object.fromEntries(
      Object.entries(sums).map(([mode, t]) => {
        const p = t.matched / t.predicted;
        const r = t.matched / t.gold;
        return [mode, { ...t, precision: Number(p.toFixed(3)), recall: Number(r.toFixed(3)), f1: Number(((2 * p * r) / (p + r)).toFixed(3)) }];
      }),
    );
  }
  console.log('\npooled over the folds:', JSON.stringify(pooled, null, 1));
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', 'target-cv.json'));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), restorer: restorer.versions, train: options, threshold: threshold ?? 'model default', caveat: 'the candidate generator and the rules were tuned on every fold; the rules here are an upper bound for them', folds, pooled }, null, 2)}\n`,
  );
  console.log(`wrote ${outFile}`);
}

await main();
