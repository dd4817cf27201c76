/**
 * Trains the target accept/reject model (src/extract/targets/model.ts) and writes dictionaries/target-model.json.
 *
 *   npx tsx scripts/train-targets.ts [--out dictionaries/target-model.json] [--with-later T47–T52]
 *
 * Training plans: seed 003, T1–T46 and H1–H4 (scripts/lib/target-data.ts), each twice: its clean text and the text
 * loadRestorer() restores from its garbled one. Never the evaluation seeds 000–002 or the judges H5 and up.
 * --with-later G also trains on a later tuning group G (only once the lead's first-sight run of it is written).
 * The hybrid learns from the rules' verdicts at first sight of each plan (scripts/lib/first-sight-rules.json), since
 * today's rules were tuned on every training plan. The same plans and code give the same file (full-batch fitting,
 * no sampling).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRestorer } from '../src/restore/index.js';
import { parseTargetModel, type TargetModel } from '../src/extract/targets/model.js';
import { laterTuningPlans, trainingPlans, withRestored } from './lib/target-data.js';
import { DEFAULT_TRAIN_OPTIONS, labelPlan, loadFirstSight, trainWeights } from './lib/target-training.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const restorer = await loadRestorer();
  const later = argument('--with-later');
  const plans = withRestored([...trainingPlans(), ...(later === undefined ? [] : laterTuningPlans(later))], restorer);
  const firstSight = loadFirstSight();
  const examples = plans.flatMap((plan) => [labelPlan(plan, 'clean', firstSight), labelPlan(plan, 'restored', firstSight)]).flatMap((p) => p.labelled);
  const model: TargetModel = {
    format: 'vnplan-target-model/1',
    trainedOn: {
      plans: plans.map((plan) => plan.id),
      candidates: examples.length,
      positives: examples.filter((example) => example.positive).length,
      l2: DEFAULT_TRAIN_OPTIONS.l2,
      minPlans: DEFAULT_TRAIN_OPTIONS.minPlans,
    },
    learned: trainWeights(examples, 'learned'),
    hybrid: trainWeights(examples, 'hybrid'),
  };
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'dictionaries', 'target-model.json'));
  parseTargetModel(model, outFile);
  writeFileSync(outFile, `${JSON.stringify(model, null, 1)}\n`);
  const top = (weights: Record<string, number>) =>
    Object.entries(weights)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 15)
      .map(([feature, weight]) => `${feature} ${weight}`)
      .join(', ');
  console.log(`${model.trainedOn.candidates} candidates (${model.trainedOn.positives} targets) from ${plans.length} plans`);
  console.log(`learned: ${Object.keys(model.learned.weights).length} weights; top ${top(model.learned.weights)}`);
  console.log(`hybrid: ${Object.keys(model.hybrid.weights).length} weights; top ${top(model.hybrid.weights)}`);
  console.log(`wrote ${outFile}`);
}

await main();
