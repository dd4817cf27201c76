/**
 * What the hand-written target rules said of each training plan at FIRST SIGHT: the targets of the extractor as it
 * was committed when the plan's group was added (before anyone tuned on it), on the plan's clean text and on its
 * restored text (today's restorer, from the cache of target-data.ts). The hybrid model learns from these verdicts, not
 * from today's rules, which were tuned on every training plan and would teach it to trust them blindly.
 *
 *   npx tsx scripts/lib/first-sight-rules.ts      (writes scripts/lib/first-sight-rules.json; needs git history)
 *
 * Seed 003 and H1–H4 have no first sight of the target rules (they were written on them from the start): they take
 * the verdict of the first commit of the held-out set, after which the rules had been shaped on the seeds only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadRestorer } from '../../src/restore/index.js';
import { trainingPlans, withRestored } from './target-data.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIRST_SIGHT_FILE = join(repoRoot, 'scripts', 'lib', 'first-sight-rules.json');

/** The commit each plan was first seen at: the one that added its group. */
const FIRST_SIGHT_COMMITS: { commit: string; plans: readonly string[] }[] = [
  { commit: 'd4a29c2', plans: ['003', 'H1', 'H2', 'H3', 'H4'] },
  { commit: '8417d68', plans: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] },
  { commit: '57cd95f', plans: ['T7', 'T8', 'T9', 'T10', 'T11', 'T12'] },
  { commit: 'ff36ab8', plans: ['T13', 'T14', 'T15', 'T16'] },
  { commit: 'cf4f26d', plans: ['T17', 'T18', 'T19', 'T20', 'T21', 'T22'] },
  { commit: '055e5b6', plans: ['T23', 'T24', 'T25', 'T26', 'T27', 'T28'] },
  { commit: 'd425123', plans: ['T29', 'T30', 'T31', 'T32', 'T33', 'T34'] },
  { commit: 'df045b0', plans: ['T35', 'T36', 'T37', 'T38', 'T39', 'T40'] },
  // The lead's first sight of T41–T46 ran on a clean copy of 1d13ec2.
  { commit: '1d13ec2', plans: ['T41', 'T42', 'T43', 'T44', 'T45', 'T46'] },
];

const FigureSchema = z.tuple([z.number().int(), z.number(), z.number().nullable(), z.string()]);
export const FirstSightSchema = z.record(z.string(), z.strictObject({ commit: z.string(), clean: z.array(FigureSchema), restored: z.array(FigureSchema) }));
export type FirstSight = z.infer<typeof FirstSightSchema>;
/** A target as [line, value, valueMax, unit]. */
export type Figure = z.infer<typeof FigureSchema>;

interface OldModules {
  extract: (input: { lines: string[]; rawLines: string[]; sections: unknown; pageOfLine: (line: number) => number | null }) => { targets: { line: number; value: number; valueMax: number | null; unit: string }[] };
  structure: (lines: string[]) => unknown;
}

async function oldModules(commit: string, dir: string): Promise<OldModules> {
  const tarFile = join(dir, 'snapshot.tar');
  execFileSync('git', ['-C', repoRoot, 'archive', '-o', tarFile, commit, 'src', 'dictionaries', 'package.json', 'tsconfig.json']);
  execFileSync('tar', ['-x', '-f', tarFile, '-C', dir]);
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  const { extract } = (await import(pathToFileURL(join(dir, 'src', 'extract', 'index.ts')).href)) as Pick<OldModules, 'extract'>;
  const { structure } = (await import(pathToFileURL(join(dir, 'src', 'structure', 'index.ts')).href)) as Pick<OldModules, 'structure'>;
  return { extract, structure };
}

async function main(): Promise<void> {
  const restorer = await loadRestorer();
  const plans = new Map(withRestored(trainingPlans(), restorer).map((plan) => [plan.id, plan]));
  const out: FirstSight = {};
  const work = mkdtempSync(join(tmpdir(), 'vnplan-first-sight-'));
  try {
    for (const { commit, plans: ids } of FIRST_SIGHT_COMMITS) {
      const dir = join(work, commit);
      mkdirSync(dir);
      const old = await oldModules(commit, dir);
      for (const id of ids) {
        const plan = plans.get(id);
        if (!plan?.restored) throw new Error(`${id}: not a training plan`);
        const figures = (lines: string[], rawLines: string[]): Figure[] =>
          old.extract({ lines, rawLines, sections: old.structure(lines), pageOfLine: () => null }).targets.map((t) => [t.line, t.value, t.valueMax, t.unit]);
        out[id] = { commit, clean: figures(plan.clean, plan.clean), restored: figures(plan.restored, plan.garbled) };
        console.log(`${id} at ${commit}: ${out[id].clean.length} clean, ${out[id].restored.length} restored`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(FIRST_SIGHT_FILE, `${JSON.stringify(FirstSightSchema.parse(out))}\n`);
  console.log(`wrote ${FIRST_SIGHT_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
