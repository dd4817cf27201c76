import { spawnSync } from 'node:child_process';

/** The malloc arena limit bin/vnplan.js runs the CLI with; benches that run the pipeline in-process mirror it. */
export const ARENA_LIMIT = '2';

/**
 * Runs this script again with MALLOC_ARENA_MAX set, as bin/vnplan.js does for the CLI (glibc reads it only at
 * start-up), and exits with its status. `--default-malloc` skips it, to measure the difference.
 */
export function rerunWithArenaLimit(): void {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX !== undefined || process.argv.includes('--default-malloc')) return;
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: ARENA_LIMIT },
  });
  process.exit(child.status ?? 1);
}

/** What the results record about the allocator. */
export function mallocSetting(): string {
  return process.env.MALLOC_ARENA_MAX === undefined ? 'glibc default arenas' : `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX}`;
}
