#!/usr/bin/env node
import { spawn } from 'node:child_process';

/**
 * glibc gives every thread that allocates (libvips, the OCR worker threads) its own malloc arena and seldom hands
 * their freed memory back: on a long batch that is hundreds of MB of RSS (measured in bench/ocr). The limit must be
 * in the environment when the process starts, so on Linux the CLI runs itself once more with it set.
 */
const ARENA_LIMIT = '2';

function relaunchWithArenaLimit() {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: ARENA_LIMIT },
  });
  // Ctrl-C on a terminal reaches both processes; the child treats a repeat within a second as the same keypress.
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of forwarded) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`vnplan: cannot start: ${error.message}\n`);
    process.exit(10);
  });
  child.on('exit', (code, signal) => {
    for (const name of forwarded) process.off(name, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 10);
  });
}

if (process.platform === 'linux' && process.env.MALLOC_ARENA_MAX === undefined) {
  relaunchWithArenaLimit();
} else {
  const { main } = await import('../dist/cli/main.js');
  const code = await main(process.argv);
  process.exitCode = code;
  // A worker thread that failed to start (e.g. an OCR model that never loaded) must not keep a finished command alive.
  setTimeout(() => process.exit(code), 2000).unref();
}
