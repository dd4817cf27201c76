/**
 * Output identity check for performance work on the restorer: restores every text a speed change may be judged on
 * (seeds 000–002, T1–T64 garbled, H1–H4 garbled, the damage probe's garbled variants, and the clean texts: gold
 * 000–002, seed 003, T1–T64 clean, H1–H4 clean; never the judges H5 and above, never the first-sight plans T65 on)
 * and writes, or compares with, a JSON of text, corrections and stats per input.
 *
 *   npx tsx bench/restore-identity.ts --write /tmp/base.json     # record
 *   npx tsx bench/restore-identity.ts --check /tmp/base.json     # compare: cold caches in order, then warm, reversed
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearRestorerCaches, loadRestorer, type RestoreResult } from '../src/restore/index.js';
import { checkOptions } from './lib/options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Plans after this one are first-sight check sets that performance work must not run on. */
const LAST_STUDIED_TUNING_PLAN = 64;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Inputs by name, relative to the repository root. */
function inputs(): Array<{ name: string; text: string }> {
  const files: string[] = [];
  const seeds = readdirSync(join(repoRoot, 'fixtures', 'seeds')).filter((f) => /^00[0-3]_/u.test(f)).sort();
  for (const f of seeds) files.push(join('fixtures', 'seeds', f));
  for (const doc of ['000', '001', '002']) files.push(join('fixtures', 'gold', `${doc}.gold.txt`));
  const tuningDir = join(repoRoot, 'fixtures', 'tuning');
  if (existsSync(tuningDir)) {
    const tuning = readdirSync(tuningDir)
      .filter((f) => /^T\d+\.(?:garbled|clean)\.txt$/u.test(f) && Number(/^T(\d+)/u.exec(f)?.[1]) <= LAST_STUDIED_TUNING_PLAN)
      .sort();
    for (const f of tuning) files.push(join('fixtures', 'tuning', f));
  }
  for (const id of ['H1', 'H2', 'H3', 'H4']) for (const kind of ['garbled', 'clean']) files.push(join('fixtures', 'holdout', `${id}.${kind}.txt`));
  const probeDir = join(repoRoot, 'fixtures', 'probe');
  if (existsSync(probeDir)) {
    for (const f of readdirSync(probeDir).filter((name) => name.endsWith('.garbled.txt')).sort()) files.push(join('fixtures', 'probe', f));
  }
  return files.map((name) => ({ name, text: readFileSync(join(repoRoot, name), 'utf8').normalize('NFC') }));
}

type Record = { text: string; corrections: RestoreResult['corrections']; stats: RestoreResult['stats'] };

function recordOf(result: RestoreResult): Record {
  return { text: result.text, corrections: result.corrections, stats: result.stats };
}

async function restoreAll(order: Array<{ name: string; text: string }>, cold: boolean): Promise<Map<string, Record>> {
  if (cold) clearRestorerCaches();
  const restorer = await loadRestorer();
  const out = new Map<string, Record>();
  for (const { name, text } of order) out.set(name, recordOf(restorer.restore(text)));
  return out;
}

async function main(): Promise<void> {
  const usage = 'usage: npx tsx bench/restore-identity.ts --write FILE | --check FILE';
  checkOptions('restore-identity', { values: ['--write', '--check'] }, usage);
  const writeTo = argument('--write');
  const checkAgainst = argument('--check');
  if ((writeTo === undefined) === (checkAgainst === undefined)) {
    console.error(`restore-identity: give exactly one of --write and --check\n${usage}`);
    process.exit(2);
  }
  const all = inputs();
  if (writeTo) {
    const records = await restoreAll(all, true);
    writeFileSync(writeTo, `${JSON.stringify(Object.fromEntries(records), null, 1)}\n`);
    console.log(`wrote ${records.size} texts to ${writeTo}`);
    return;
  }
  const expected = JSON.parse(readFileSync(checkAgainst as string, 'utf8')) as { [name: string]: Record };
  let differing = 0;
  let compared = 0;
  const runs: Array<[string, Map<string, Record>]> = [
    ['cold, in order', await restoreAll(all, true)],
    ['warm, reversed', await restoreAll([...all].reverse(), false)],
  ];
  for (const [label, records] of runs) {
    for (const [name, record] of records) {
      const want = expected[name];
      if (want === undefined) continue;
      compared += 1;
      if (JSON.stringify(want) !== JSON.stringify(record)) {
        differing += 1;
        if (differing <= 10) console.log(`DIFFERS (${label}): ${name}`);
      }
    }
  }
  const texts = new Set(Object.keys(expected).filter((name) => all.some((input) => input.name === name))).size;
  console.log(`${differing === 0 ? 'IDENTICAL' : 'DIFFERENT'}: ${compared - differing} of ${compared} outputs equal (${texts} texts, two runs)`);
  if (differing > 0) process.exitCode = 1;
}

await main();
