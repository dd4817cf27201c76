/**
 * Restoration accuracy and speed on the gold fixtures 000–002 (never trained on, nor copied into
 * dictionaries; but pooled with the tuning plans when settings are chosen, so these are development figures).
 *
 *   npx tsx bench/eval-restore.ts [--channel mixed|learned|provisional] [--learned-weight 0.8] [--channel-weight 1]
 *                                 [--out bench/results/restore.json] [--errors N] [--pass-through]
 *
 * Per document, line for line against fixtures/gold/NNN.gold.txt:
 *   syllable accuracy  tokens of the gold line found in the output line (LCS), tone placement canonicalised,
 *                      case ignored (and, separately, case kept);
 *   CER                character edit distance of output vs gold lines (tone placement canonicalised) / gold chars;
 *   damage             gold tokens the input already had right that the output lost, / input-correct tokens.
 * Speed, one core, wall clock and (because a shared machine skews the wall clock) this process's user CPU time:
 *   load       loadRestorer, first call in this process; and the median of --load-runs (5) fresh processes loading
 *              the defaults (bench/restore-load.ts), with the first restore of seed 000 after it;
 *   first call syllables/s of the first restore of each document (code not yet compiled, caches empty);
 *   new text   the same after every cache is emptied and the models reloaded (compiled code, caches empty);
 *   steady     median of 5 passes over the three documents after 3 warm-up passes (compiled code, caches filled);
 *   batch      what a user's batch sees: models loaded, every cache emptied, then many DIFFERENT documents restored
 *              in sequence in one process (fixtures/tuning/T*.garbled.txt and fixtures/holdout/H1–H4.garbled.txt;
 *              never the judges H5–H16), syllables over the whole batch.
 * Clean pass-through: every clean text we have (gold 000–002, seed 003, fixtures/holdout/H1–H4.clean.txt,
 * fixtures/tuning/T*.clean.txt) restored as it is; a clean text must come back unchanged, so every changed word
 * counts (per 10,000 words). `--pass-through` prints each change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clearRestorerCaches, loadRestorer, type RestorerOptions } from '../src/restore/index.js';
import { scoreRestoration, type RestoreScore } from './lib/restore-scoring.js';
import type { Restorer } from '../src/restore/index.js';
import { batchInputs } from './lib/batch-inputs.js';
import { measureFreshLoads } from './lib/fresh-load.js';
import { checkOptions } from './lib/options.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['000', '001', '002'];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

type DocScore = Omit<RestoreScore, 'damages' | 'errors'> & {
  doc: string;
  restoreMs: number;
  corrections: number;
  lowConfidence: number;
  errors: Array<{ line: number; gold: string; output: string }>;
};

function scoreDocument(doc: string, input: string, output: string, gold: string, restoreMs: number, corrections: number, lowConfidence: number): DocScore {
  const { damages: _damages, errors, ...counts } = scoreRestoration(input, output, gold);
  return { doc, ...counts, restoreMs, corrections, lowConfidence, errors: errors.map(({ line, gold: goldLine, output: outputLine }) => ({ line, gold: goldLine, output: outputLine })) };
}

/** Clean texts that must pass through unchanged (the H5–H8 judge files are never read here). */
function cleanTexts(): Array<{ name: string; text: string }> {
  const files: string[] = [];
  for (const doc of DOCS) files.push(join('fixtures', 'gold', `${doc}.gold.txt`));
  const seedsDir = join(repoRoot, 'fixtures', 'seeds');
  for (const f of readdirSync(seedsDir).filter((name) => name.startsWith('003_')).sort()) files.push(join('fixtures', 'seeds', f));
  for (const id of ['H1', 'H2', 'H3', 'H4']) files.push(join('fixtures', 'holdout', `${id}.clean.txt`));
  const tuningDir = join(repoRoot, 'fixtures', 'tuning');
  if (existsSync(tuningDir)) {
    for (const f of readdirSync(tuningDir).filter((name) => /^T\d+\.clean\.txt$/u.test(name)).sort()) files.push(join('fixtures', 'tuning', f));
  }
  return files.map((file) => ({ name: file, text: readFileSync(join(repoRoot, file), 'utf8').normalize('NFC') }));
}

interface PassThroughRow {
  text: string;
  words: number;
  changed: number;
  perTenThousand: number;
}

/** Restores each clean text and counts the words it changed (every change of a clean text is damage). */
function measurePassThrough(restorer: Restorer, print: boolean): { rows: PassThroughRow[]; words: number; changed: number; perTenThousand: number } {
  const rows: PassThroughRow[] = [];
  for (const { name, text } of cleanTexts()) {
    const result = restorer.restore(text);
    const words = result.stats.syllables;
    const changed = result.corrections.length;
    rows.push({ text: name, words, changed, perTenThousand: Math.round((100000 * changed) / Math.max(1, words)) / 10 });
    if (print) for (const c of result.corrections) console.log(`${name}:${c.line}:${c.column} ${c.from} → ${c.to} (${c.reason}, ${c.score})`);
  }
  const words = rows.reduce((t, r) => t + r.words, 0);
  const changed = rows.reduce((t, r) => t + r.changed, 0);
  return { rows, words, changed, perTenThousand: Math.round((100000 * changed) / Math.max(1, words)) / 10 };
}


/**
 * A user's batch: models loaded, every cache emptied, each document restored once in sequence. Wall clock and
 * this process's user CPU time over the whole batch.
 */
async function measureBatch(options: RestorerOptions): Promise<{ documents: number; syllables: number; wallMs: number; cpuMs: number }> {
  const inputs = batchInputs();
  clearRestorerCaches();
  const restorer = await loadRestorer(options);
  collectGarbage();
  let syllables = 0;
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const input of inputs) syllables += restorer.restore(input).stats.syllables;
  const wallMs = performance.now() - wallStarted;
  const cpuMs = process.cpuUsage(cpuStarted).user / 1000;
  return { documents: inputs.length, syllables, wallMs, cpuMs };
}

const USAGE = `usage: npx tsx bench/eval-restore.ts [--channel mixed|learned|provisional] [--learned-weight W] [--channel-weight W]
       [--beam N] [--beam-threshold T] [--max-candidates N] [--candidate-width N] [--rank-width N] [--forms N]
       [--out bench/results/restore.json] [--errors N] [--load-runs N] [--pass-through]`;

async function main(): Promise<void> {
  checkOptions('eval-restore', {
    values: ['--channel', '--learned-weight', '--channel-weight', '--beam', '--beam-threshold', '--max-candidates', '--candidate-width', '--rank-width', '--forms', '--out', '--errors', '--load-runs'],
    flags: ['--pass-through'],
  }, USAGE);
  const channel = argument('--channel') as RestorerOptions['channel'] | undefined;
  const outFile = resolve(argument('--out') ?? join(repoRoot, 'bench', 'results', 'restore.json'));
  const showErrors = Number(argument('--errors') ?? 0);
  const seedsDir = join(repoRoot, 'fixtures', 'seeds');
  const seeds = readdirSync(seedsDir);

  const loadStarted = performance.now();
  const weight = argument('--learned-weight');
  const channelWeight = argument('--channel-weight');
  const loadCpuStarted = process.cpuUsage();
  const restorerOptions: RestorerOptions = {
    ...(channel ? { channel } : {}),
    ...(weight ? { learnedChannelWeight: Number(weight) } : {}),
    decoder: {
      ...(channelWeight ? { channelWeight: Number(channelWeight) } : {}),
      ...(argument('--beam') ? { beamSize: Number(argument('--beam')) } : {}),
      ...(argument('--beam-threshold') ? { beamThreshold: Number(argument('--beam-threshold')) } : {}),
    },
    candidates: {
      ...(argument('--max-candidates') ? { maxCandidates: Number(argument('--max-candidates')) } : {}),
      ...(argument('--candidate-width') ? { beamWidth: Number(argument('--candidate-width')) } : {}),
      ...(argument('--rank-width') ? { rankWidth: Number(argument('--rank-width')) } : {}),
      ...(argument('--forms') ? { formsPerSyllable: Number(argument('--forms')) } : {}),
    },
  };
  const restorer = await loadRestorer(restorerOptions);
  const loadMs = performance.now() - loadStarted;
  const loadCpuMs = process.cpuUsage(loadCpuStarted).user / 1000;

  const scores: DocScore[] = [];
  let coldCpuMs = 0;
  for (const doc of DOCS) {
    const seedName = seeds.find((f) => f.startsWith(`${doc}_`));
    if (!seedName) throw new Error(`seed ${doc} not found`);
    const input = readFileSync(join(seedsDir, seedName), 'utf8').normalize('NFC');
    const gold = readFileSync(join(repoRoot, 'fixtures', 'gold', `${doc}.gold.txt`), 'utf8');
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = restorer.restore(input);
    const restoreMs = performance.now() - started;
    coldCpuMs += process.cpuUsage(cpuStarted).user / 1000;
    scores.push(scoreDocument(doc, input, result.text, gold, restoreMs, result.corrections.length, result.stats.lowConfidence));
  }
  // Steady throughput: the same documents again and again (compiled code, candidate caches filled); median of 5.
  const inputs = DOCS.map((doc) => {
    const seedName = seeds.find((f) => f.startsWith(`${doc}_`)) as string;
    return readFileSync(join(seedsDir, seedName), 'utf8').normalize('NFC');
  });
  const passSyllables = inputs.reduce((sum, input) => sum + restorer.restore(input).stats.syllables, 0);
  for (let warmUp = 0; warmUp < 2; warmUp += 1) for (const input of inputs) restorer.restore(input);
  const passes: Array<{ wall: number; cpu: number }> = [];
  for (let pass = 0; pass < 5; pass += 1) {
    const wallStarted = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const input of inputs) restorer.restore(input);
    passes.push({ wall: performance.now() - wallStarted, cpu: process.cpuUsage(cpuStarted).user / 1000 });
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const warmMs = median(passes.map((p) => p.wall));
  const warmCpuMs = median(passes.map((p) => p.cpu));
  const warmSyllables = passSyllables;
  // New text, compiled code: empty every cache, load again, restore each document once.
  clearRestorerCaches();
  const fresh = await loadRestorer(restorerOptions);
  // Collect the discarded models now, not inside the timed restore.
  collectGarbage();
  const newTextWallStarted = performance.now();
  const newTextCpuStarted = process.cpuUsage();
  for (const input of inputs) fresh.restore(input);
  const newTextMs = performance.now() - newTextWallStarted;
  const newTextCpuMs = process.cpuUsage(newTextCpuStarted).user / 1000;

  const batch = await measureBatch(restorerOptions);

  const passThrough = measurePassThrough(fresh, process.argv.includes('--pass-through'));

  const pct = (a: number, b: number): number => Math.round((10000 * a) / Math.max(1, b)) / 100;
  const rows = scores.map((s) => ({
    doc: s.doc,
    syllables: s.goldSyllables,
    baselineAccuracy: pct(s.inputCorrect, s.goldSyllables),
    accuracy: pct(s.outputCorrect, s.goldSyllables),
    accuracyCaseKept: pct(s.outputCorrectCaseKept, s.goldSyllables),
    cer: pct(s.charErrors, s.goldChars),
    baselineCer: pct(s.inputCharErrors, s.goldChars),
    damageRate: pct(s.damaged, s.inputCorrect),
    damaged: s.damaged,
    corrections: s.corrections,
    lowConfidence: s.lowConfidence,
    syllablesPerSecond: Math.round(s.goldSyllables / (s.restoreMs / 1000)),
  }));
  const total = scores.reduce(
    (t, s) => ({
      gold: t.gold + s.goldSyllables, input: t.input + s.inputCorrect, output: t.output + s.outputCorrect,
      damaged: t.damaged + s.damaged, ms: t.ms + s.restoreMs,
    }),
    { gold: 0, input: 0, output: 0, damaged: 0, ms: 0 },
  );
  // What a user's start pays, free of one sample's noise: the median of fresh processes loading the defaults.
  const freshLoadRuns = Number(argument('--load-runs') ?? 5);
  const customised = Object.values(restorerOptions).some((value) => typeof value !== 'object' || Object.keys(value).length > 0);
  const freshLoad = customised || freshLoadRuns <= 0 ? null : { runs: freshLoadRuns, ...measureFreshLoads(freshLoadRuns).median };
  const summary = {
    channel: restorer.versions.dictionary.split('+')[1] ?? 'unknown',
    versions: restorer.versions,
    loadMs: Math.round(loadMs),
    loadCpuMs: Math.round(loadCpuMs),
    freshLoad,
    accuracy: pct(total.output, total.gold),
    damageRate: pct(total.damaged, total.input),
    firstCallSyllablesPerSecond: Math.round(total.gold / (total.ms / 1000)),
    steadySyllablesPerSecond: Math.round(warmSyllables / (warmMs / 1000)),
    firstCallSyllablesPerCpuSecond: Math.round(total.gold / (coldCpuMs / 1000)),
    steadySyllablesPerCpuSecond: Math.round(warmSyllables / (warmCpuMs / 1000)),
    newTextSyllablesPerSecond: Math.round(passSyllables / (newTextMs / 1000)),
    newTextSyllablesPerCpuSecond: Math.round(passSyllables / (newTextCpuMs / 1000)),
    batchDocuments: batch.documents,
    batchSyllables: batch.syllables,
    batchSyllablesPerSecond: Math.round(batch.syllables / (batch.wallMs / 1000)),
    batchSyllablesPerCpuSecond: Math.round(batch.syllables / (batch.cpuMs / 1000)),
    loadAverage: loadavg()[0] ?? 0,
    cleanPassThrough: passThrough,
    measuredAt: new Date().toISOString(),
    documents: rows,
  };

  console.table(rows);
  console.log(
    `overall accuracy ${summary.accuracy}%  damage ${summary.damageRate}%  load ${summary.loadMs} ms  ` +
      `first call ${summary.firstCallSyllablesPerSecond} syl/s  new text ${summary.newTextSyllablesPerSecond} syl/s  steady ${summary.steadySyllablesPerSecond} syl/s\n` +
      `  CPU time: load ${summary.loadCpuMs} ms, first call ${summary.firstCallSyllablesPerCpuSecond} syl/s, ` +
      `new text ${summary.newTextSyllablesPerCpuSecond} syl/s, steady ${summary.steadySyllablesPerCpuSecond} syl/s (` +
      `load average ${summary.loadAverage.toFixed(1)})  (${summary.channel})\n` +
      `  batch of ${batch.documents} different documents, ${batch.syllables} syllables: ${summary.batchSyllablesPerCpuSecond} syl/CPU-s, ` +
      `${summary.batchSyllablesPerSecond} syl/s wall (` +
      `load average ${summary.loadAverage.toFixed(1)})`,
  );
  if (freshLoad) {
    console.log(
      `  load in ${freshLoad.runs} fresh processes (median): ${freshLoad.loadWallMs} ms wall, ${freshLoad.loadUserCpuMs} ms user CPU, ` +
        `${freshLoad.loadCpuMs} ms user+sys CPU; first call on seed 000 ${freshLoad.firstCallWallMs} ms wall, ${freshLoad.firstCallCpuMs} ms CPU`,
    );
  }
  console.table(passThrough.rows);
  console.log(`clean pass-through: ${passThrough.changed} words changed of ${passThrough.words} (${passThrough.perTenThousand} per 10,000)`);
  if (showErrors > 0) {
    for (const s of scores) for (const e of s.errors.slice(0, showErrors)) console.log(`${s.doc}:${e.line}\n  gold ${e.gold}\n  out  ${e.output}`);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
