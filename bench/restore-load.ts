/**
 * Load time of the restorer in fresh processes: each child imports the restorer, then times `loadRestorer()`
 * (wall clock, and its own user and user+system CPU time) and the first restore of seed 000 after it.
 * Prints the median of N children and writes bench/results/restore-load.json. On a shared machine the wall
 * clock is skewed by others' work: the load average at the start and end is printed beside the figures.
 *
 *   npx tsx bench/restore-load.ts [--runs 9] [--no-write]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), '..');

interface ChildFigures {
  loadWallMs: number;
  loadUserCpuMs: number;
  loadCpuMs: number;
  firstCallWallMs: number;
  firstCallCpuMs: number;
  firstCallSyllables: number;
  heapUsedMb: number;
}

async function child(): Promise<void> {
  const { loadRestorer } = await import('../src/restore/index.js');
  const seedsDir = join(repoRoot, 'fixtures', 'seeds');
  const seed = readdirSync(seedsDir).find((name) => name.startsWith('000_')) as string;
  const text = readFileSync(join(seedsDir, seed), 'utf8').normalize('NFC');
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  const restorer = await loadRestorer();
  const loadWallMs = performance.now() - wallStarted;
  const loadCpu = process.cpuUsage(cpuStarted);
  const callStarted = performance.now();
  const callCpuStarted = process.cpuUsage();
  const result = restorer.restore(text);
  const firstCallWallMs = performance.now() - callStarted;
  const callCpu = process.cpuUsage(callCpuStarted);
  const figures: ChildFigures = {
    loadWallMs,
    loadUserCpuMs: loadCpu.user / 1000,
    loadCpuMs: (loadCpu.user + loadCpu.system) / 1000,
    firstCallWallMs,
    firstCallCpuMs: (callCpu.user + callCpu.system) / 1000,
    firstCallSyllables: result.stats.syllables,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function main(): void {
  const runs = Number(argument('--runs') ?? 9);
  const loadBefore = loadavg()[0] as number;
  const children: ChildFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, [...process.execArgv, here, '--child'], { cwd: repoRoot, encoding: 'utf8' });
    children.push(JSON.parse(out.trim().split('\n').pop() as string) as ChildFigures);
  }
  const loadAfter = loadavg()[0] as number;
  const summary = Object.fromEntries(
    (Object.keys(children[0] as ChildFigures) as Array<keyof ChildFigures>).map((key) => [key, Math.round(median(children.map((c) => c[key])) * 10) / 10]),
  );
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
