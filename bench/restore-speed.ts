/**
 * The restorer's speed figures, each child a fresh process (user CPU time; a shared machine skews the wall clock),
 * for performance work, with an A/B mode that alternates the children of two source trees:
 *
 *   load      loadRestorer() in a fresh process;
 *   steady    seeds 000–002 again and again (code compiled, caches filled): median of 5 passes after 2 warm-ups;
 *   new text  every cache emptied and the models loaded again, seeds 000–002 restored once (code compiled);
 *   batch     every cache emptied and the models loaded again, then the tuning plans T1–T58 and H1–H4 (never the
 *             judges H5 and up, never the first-sight plans T59 on) restored once each in sequence.
 *
 *   npx tsx bench/restore-speed.ts [--runs 3] [--src OTHER/src] [--out bench/results/restore-speed.json]
 *
 * With --src, the children of this tree and of OTHER/src (another checkout, e.g. the commit before a change)
 * alternate, and both sets of medians are printed. Syllables are the restorer's own count (stats.syllables).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Plans after this one are first-sight check sets: speed work does not run on them. */
const LAST_STUDIED_TUNING_PLAN = 58;

interface SpeedFigures {
  loadCpuMs: number;
  steadySyllablesPerCpuSecond: number;
  newTextSyllablesPerCpuSecond: number;
  batchSyllablesPerCpuSecond: number;
  batchSyllables: number;
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

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

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
  const batchStarted = process.cpuUsage();
  for (const text of batch) batchSyllables += restorer.restore(text).stats.syllables;
  const batchCpuMs = cpuMs(batchStarted);

  const figures: SpeedFigures = {
    loadCpuMs: Math.round(loadCpuMs),
    steadySyllablesPerCpuSecond: Math.round(seedSyllables / (median(passes) / 1000)),
    newTextSyllablesPerCpuSecond: Math.round(seedSyllables / (newTextCpuMs / 1000)),
    batchSyllablesPerCpuSecond: Math.round(batchSyllables / (batchCpuMs / 1000)),
    batchSyllables,
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
    `new text ${figures.newTextSyllablesPerCpuSecond}, steady ${figures.steadySyllablesPerCpuSecond}, load ${figures.loadCpuMs} ms CPU`
  );
}

function main(): void {
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
