/**
 * The restorer's speed figures, each child a fresh process (user CPU time; a shared machine skews the wall clock),
 * for performance work, with an A/B mode that alternates the children of two source trees:
 *
 *   load      loadRestorer() in a fresh process;
 *   steady    seeds 000–002 again and again (code compiled, caches filled): median of 5 passes after 2 warm-ups;
 *   new text  every cache emptied and the models loaded again, seeds 000–002 restored once (code compiled);
 *   batch     every cache emptied and the models loaded again, then the tuning plans T1–T64 and H1–H4 (never the
 *             judges H5 and up, never the first-sight plans T65 on) restored once each in sequence;
 *   compiled batch   the same batch again, every cache emptied and the models loaded again, the code now compiled
 *             for it: what new text costs once V8 no longer compiles the decoder (the first batch's extra cost is
 *             the JIT's).
 *
 *   npx tsx bench/restore-speed.ts [--runs 3] [--src OTHER/src] [--out bench/results/restore-speed.json]
 *
 * With --src, the children of this tree and of OTHER/src (another checkout, e.g. the commit before a change)
 * alternate, and both sets of medians are printed. Syllables are the restorer's own count (stats.syllables).
 *
 * process.cpuUsage() counts every thread of the process, V8's background compiler threads included; on Linux the
 * batch's CPU time is also split (from /proc/self/task) into the main thread's and the other threads', which are
 * mostly TurboFan compiling (and recompiling after deoptimisations) the decoder's code while the batch runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { checkOptions } from './lib/options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Plans after this one are first-sight check sets: speed work does not run on them. */
const LAST_STUDIED_TUNING_PLAN = 64;

interface SpeedFigures {
  loadCpuMs: number;
  steadySyllablesPerCpuSecond: number;
  newTextSyllablesPerCpuSecond: number;
  batchSyllablesPerCpuSecond: number;
  batchSyllables: number;
  /** The batch's CPU time (user + system) on the main thread and on the others (-1 where /proc is missing). */
  batchMainThreadCpuMs: number;
  batchOtherThreadsCpuMs: number;
  compiledBatchSyllablesPerCpuSecond: number;
}

/** CPU time (user + system, ms) per thread of this process, by thread id; empty where /proc is missing. */
function threadCpuMs(): Map<string, number> {
  const times = new Map<string, number>();
  const taskDir = '/proc/self/task';
  if (!existsSync(taskDir)) return times;
  const ticksPerMs = 100 / 1000;
  for (const thread of readdirSync(taskDir)) {
    try {
      const stat = readFileSync(join(taskDir, thread, 'stat'), 'utf8');
      // Fields after the command name (which may hold spaces): state is the first, utime the 12th, stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(thread, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function seedTexts(): string[] {
  const seedsDir = join(repoRoot, 'fixtures', 'seeds');
  return ['000_', '001_', '002_'].map((prefix) => {
    const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
    if (name === undefined) throw new Error(`seed ${prefix} not found in ${seedsDir}`);
    return readFileSync(join(seedsDir, name), 'utf8').normalize('NFC');
  });
}

function batchTexts(): string[] {
  const tuningDir = join(repoRoot, 'fixtures', 'tuning');
  const planNumber = (name: string): number => Number(/^T(\d+)\./u.exec(name)?.[1]);
  const tuning = existsSync(tuningDir)
    ? readdirSync(tuningDir)
        .filter((name) => /^T\d+\.garbled\.txt$/u.test(name) && planNumber(name) <= LAST_STUDIED_TUNING_PLAN)
        .sort((a, b) => planNumber(a) - planNumber(b))
        .map((name) => join(tuningDir, name))
    : [];
  const holdout = ['H1', 'H2', 'H3', 'H4'].map((id) => join(repoRoot, 'fixtures', 'holdout', `${id}.garbled.txt`));
  return [...tuning, ...holdout].map((file) => readFileSync(file, 'utf8').normalize('NFC'));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

async function child(sourceDir: string): Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const collectGarbage = vm.runInNewContext('gc') as () => void;
  const restoreModule = (await import(pathToFileURL(join(sourceDir, 'restore', 'index.js')).href)) as typeof import('../src/restore/index.js');
  const { clearRestorerCaches, loadRestorer } = restoreModule;
  const cpuMs = (started: NodeJS.CpuUsage): number => process.cpuUsage(started).user / 1000;
  const seeds = seedTexts();
  const batch = batchTexts();

  const loadStarted = process.cpuUsage();
  let restorer = await loadRestorer();
  const loadCpuMs = cpuMs(loadStarted);
  const seedSyllables = seeds.reduce((sum, text) => sum + restorer.restore(text).stats.syllables, 0);
  for (let warmUp = 0; warmUp < 2; warmUp += 1) for (const text of seeds) restorer.restore(text);
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass += 1) {
    const started = process.cpuUsage();
    for (const text of seeds) restorer.restore(text);
    passes.push(cpuMs(started));
  }

  clearRestorerCaches();
  restorer = await loadRestorer();
  collectGarbage();
  const newStarted = process.cpuUsage();
  for (const text of seeds) restorer.restore(text);
  const newTextCpuMs = cpuMs(newStarted);

  clearRestorerCaches();
  restorer = await loadRestorer();
  collectGarbage();
  let batchSyllables = 0;
  const threadsBefore = threadCpuMs();
  const batchStarted = process.cpuUsage();
  for (const text of batch) batchSyllables += restorer.restore(text).stats.syllables;
  const batchCpuMs = cpuMs(batchStarted);
  const threadsAfter = threadCpuMs();
  let mainThreadMs = -1;
  let otherThreadsMs = threadsAfter.size > 0 ? 0 : -1;
  for (const [thread, after] of threadsAfter) {
    const spent = after - (threadsBefore.get(thread) ?? 0);
    if (thread === String(process.pid)) mainThreadMs = spent;
    else otherThreadsMs += spent;
  }

  clearRestorerCaches();
  restorer = await loadRestorer();
  collectGarbage();
  const compiledStarted = process.cpuUsage();
  for (const text of batch) restorer.restore(text);
  const compiledBatchCpuMs = cpuMs(compiledStarted);

  const figures: SpeedFigures = {
    loadCpuMs: Math.round(loadCpuMs),
    steadySyllablesPerCpuSecond: Math.round(seedSyllables / (median(passes) / 1000)),
    newTextSyllablesPerCpuSecond: Math.round(seedSyllables / (newTextCpuMs / 1000)),
    batchSyllablesPerCpuSecond: Math.round(batchSyllables / (batchCpuMs / 1000)),
    batchSyllables,
    batchMainThreadCpuMs: Math.round(mainThreadMs),
    batchOtherThreadsCpuMs: Math.round(otherThreadsMs),
    compiledBatchSyllablesPerCpuSecond: Math.round(batchSyllables / (compiledBatchCpuMs / 1000)),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(sourceDir: string): SpeedFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', sourceDir], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as SpeedFigures;
}

function medians(each: readonly SpeedFigures[]): SpeedFigures {
  const keys = Object.keys(each[0] as SpeedFigures) as Array<keyof SpeedFigures>;
  return Object.fromEntries(keys.map((key) => [key, median(each.map((figures) => figures[key]))])) as unknown as SpeedFigures;
}

function describe(label: string, figures: SpeedFigures): string {
  return (
    `${label}: batch ${figures.batchSyllablesPerCpuSecond} syl/CPU-s (${figures.batchSyllables} syllables), ` +
    `new text ${figures.newTextSyllablesPerCpuSecond}, steady ${figures.steadySyllablesPerCpuSecond}, load ${figures.loadCpuMs} ms CPU; ` +
    `batch CPU on the main thread ${figures.batchMainThreadCpuMs} ms, on other threads ${figures.batchOtherThreadsCpuMs} ms; ` +
    `compiled batch ${figures.compiledBatchSyllablesPerCpuSecond} syl/CPU-s`
  );
}

function main(): void {
  checkOptions('restore-speed', { values: ['--runs', '--src', '--out'] }, 'usage: npx tsx bench/restore-speed.ts [--runs 3] [--src OTHER/src] [--out FILE]');
  const runs = Number(argument('--runs') ?? 3);
  const other = argument('--src');
  const ownSource = join(repoRoot, 'src');
  const loadBefore = loadavg()[0] as number;
  const own: SpeedFigures[] = [];
  const others: SpeedFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (other !== undefined) {
      others.push(runChild(resolve(other)));
      console.log(describe(`  run ${run + 1} other`, others.at(-1) as SpeedFigures));
    }
    own.push(runChild(ownSource));
    console.log(describe(`  run ${run + 1} this `, own.at(-1) as SpeedFigures));
  }
  const loadAfter = loadavg()[0] as number;
  const loadAverage = [loadBefore, loadAfter].map((load) => Math.round(load * 100) / 100);
  console.log(`medians of ${runs} fresh processes each (load average ${loadAverage.join(' → ')}):`);
  if (other !== undefined) console.log(describe(`  other (${other})`, medians(others)));
  console.log(describe('  this tree', medians(own)));
  const out = argument('--out');
  if (out !== undefined) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(resolve(out), `${JSON.stringify({ runs, loadAverage, median: medians(own), each: own, ...(other ? { other: { source: other, median: medians(others), each: others } } : {}) }, null, 1)}\n`);
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) await child(process.argv[childIndex + 1] as string);
else main();
