/**
 * Load time of the restorer in fresh processes: each child imports the restorer, then times `loadRestorer()`
 * (wall clock, and its own user and user+system CPU time), the first restore after it (seed 000) and the CPU time
 * of restoring seeds 000–002 in turn (what eval-restore's first call covers).
 * Prints the median of N children and writes bench/results/restore-load.json. On a shared machine the wall
 * clock is skewed by others' work: the load average at the start and end is printed beside the figures.
 *
 *   npx tsx bench/restore-load.ts [--runs 9] [--no-write]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFreshLoads, type FreshLoadFigures } from './lib/fresh-load.js';
import { checkOptions } from './lib/options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function child(): Promise<void> {
  const { loadRestorer } = await import('../src/restore/index.js');
  const seedsDir = join(repoRoot, 'fixtures', 'seeds');
  const seeds = ['000_', '001_', '002_'].map((prefix) => readdirSync(seedsDir).find((name) => name.startsWith(prefix)) as string);
  const texts = seeds.map((seed) => readFileSync(join(seedsDir, seed), 'utf8').normalize('NFC'));
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  const restorer = await loadRestorer();
  const loadWallMs = performance.now() - wallStarted;
  const loadCpu = process.cpuUsage(cpuStarted);
  const callStarted = performance.now();
  const callCpuStarted = process.cpuUsage();
  const result = restorer.restore(texts[0] as string);
  const firstCallWallMs = performance.now() - callStarted;
  const callCpu = process.cpuUsage(callCpuStarted);
  for (const text of texts.slice(1)) restorer.restore(text);
  const seedsCpu = process.cpuUsage(callCpuStarted);
  const figures: FreshLoadFigures = {
    loadWallMs,
    loadUserCpuMs: loadCpu.user / 1000,
    loadCpuMs: (loadCpu.user + loadCpu.system) / 1000,
    firstCallWallMs,
    firstCallCpuMs: (callCpu.user + callCpu.system) / 1000,
    firstCallSyllables: result.stats.syllables,
    seedsCpuMs: (seedsCpu.user + seedsCpu.system) / 1000,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function main(): void {
  checkOptions('restore-load', { values: ['--runs'], flags: ['--no-write'] }, 'usage: npx tsx bench/restore-load.ts [--runs 9] [--no-write]');
  const runs = Number(argument('--runs') ?? 9);
  const loadBefore = loadavg()[0] as number;
  const { each: children, median: summary } = measureFreshLoads(runs);
  const loadAfter = loadavg()[0] as number;
  const report = { runs, loadAverage: [loadBefore, loadAfter].map((l) => Math.round(l * 100) / 100), median: summary, each: children };
  console.log(
    `median of ${runs} fresh processes (load average ${report.loadAverage.join(' → ')}): load ${summary.loadWallMs} ms wall, ` +
      `${summary.loadUserCpuMs} ms user CPU, ${summary.loadCpuMs} ms user+sys CPU; first call ${summary.firstCallWallMs} ms wall, ` +
      `${summary.firstCallCpuMs} ms CPU (${summary.firstCallSyllables} syllables); heap after ${summary.heapUsedMb} MB`,
  );
  console.log(`load wall ms each: ${children.map((c) => Math.round(c.loadWallMs)).join(' ')}`);
  if (!process.argv.includes('--no-write')) {
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench', 'results', 'restore-load.json'), `${JSON.stringify(report, null, 1)}\n`);
  }
}

if (process.argv.includes('--child')) await child();
else main();
