/**
 * Load time of the restorer in fresh processes: each child (bench/restore-load.ts --child) imports the restorer,
 * times `loadRestorer()` (wall clock; user and user+system CPU) and then the first restore of seed 000, and prints
 * one JSON line. The medians of N children are what a user's `vnplan` start costs, free of one sample's noise.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface FreshLoadFigures {
  loadWallMs: number;
  loadUserCpuMs: number;
  loadCpuMs: number;
  firstCallWallMs: number;
  firstCallCpuMs: number;
  firstCallSyllables: number;
  /** CPU time of restoring seeds 000, 001 and 002 in turn, the first included. */
  seedsCpuMs: number;
  heapUsedMb: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `runs` children one after another; returns each child's figures and their medians (rounded to 0.1). */
export function measureFreshLoads(runs: number): { each: FreshLoadFigures[]; median: FreshLoadFigures } {
  const each: FreshLoadFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(benchDir, 'restore-load.ts'), '--child'], {
      cwd: resolve(benchDir, '..'),
      encoding: 'utf8',
    });
    each.push(JSON.parse(out.trim().split('\n').pop() as string) as FreshLoadFigures);
  }
  const keys = Object.keys(each[0] as FreshLoadFigures) as Array<keyof FreshLoadFigures>;
  const medians = Object.fromEntries(keys.map((key) => [key, Math.round(median(each.map((c) => c[key])) * 10) / 10])) as unknown as FreshLoadFigures;
  return { each, median: medians };
}
