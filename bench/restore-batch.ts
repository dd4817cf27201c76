/**
 * The batch figure of eval-restore alone, for profiling and A/B runs of performance work:
 *
 *   npx tsx bench/restore-batch.ts [--rounds 3]
 *   node --cpu-prof --import tsx bench/restore-batch.ts --rounds 1
 *
 * Per round: every cache emptied, models loaded (load CPU), then the documents of eval-restore's batch
 * (fixtures/tuning/T*.garbled.txt and fixtures/holdout/H1–H4; never the judges) restored once each in sequence,
 * in user CPU time. Prints one line per round and the medians.
 */
import { loadavg } from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { clearRestorerCaches, loadRestorer } from '../src/restore/index.js';
import { batchInputs } from './lib/batch-inputs.js';
import { checkOptions } from './lib/options.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const cpuMs = (started: NodeJS.CpuUsage): number => process.cpuUsage(started).user / 1000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

checkOptions('restore-batch', { values: ['--rounds'] }, 'usage: npx tsx bench/restore-batch.ts [--rounds 3]');
const roundsIndex = process.argv.indexOf('--rounds');
const rounds = roundsIndex >= 0 ? Number(process.argv[roundsIndex + 1]) : 3;
const inputs = batchInputs();
const loads: number[] = [];
const batches: number[] = [];
let syllables = 0;
for (let round = 0; round < rounds; round += 1) {
  clearRestorerCaches();
  collectGarbage();
  const loadStarted = process.cpuUsage();
  const restorer = await loadRestorer();
  loads.push(cpuMs(loadStarted));
  collectGarbage();
  syllables = 0;
  const started = process.cpuUsage();
  for (const input of inputs) syllables += restorer.restore(input).stats.syllables;
  batches.push(cpuMs(started));
  console.log(`round ${round + 1}: load ${loads.at(-1)?.toFixed(0)} ms CPU, batch ${syllables} syllables in ${batches.at(-1)?.toFixed(0)} ms CPU = ${Math.round(syllables / ((batches.at(-1) as number) / 1000))} syl/CPU-s`);
}
console.log(
  `median: load ${median(loads).toFixed(0)} ms CPU, batch ${Math.round(syllables / (median(batches) / 1000))} syl/CPU-s (first round ${Math.round(syllables / ((batches[0] as number) / 1000))}); load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
);
