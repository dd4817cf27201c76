import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DOCUMENTS = 60;

function runUntil(args: string[], interruptAfterOk: number | null): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/vnplan.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let interrupted = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const ok = stderr.match(/^ok /gm)?.length ?? 0;
      if (interruptAfterOk !== null && !interrupted && ok >= interruptAfterOk) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('Ctrl-C during vnplan run', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'vnplan-interrupt-'));
    await mkdir(join(work, 'in'));
    for (let index = 0; index < DOCUMENTS; index += 1) {
      await copyFile('fixtures/seeds/001_61d65cb0b2fd5c5f.txt', join(work, 'in', `plan-${String(index).padStart(3, '0')}.txt`));
    }
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('stops with exit code 130 and no partial files; the next run finishes the rest without redoing any', async () => {
    const out = join(work, 'out');
    const first = await runUntil(['run', join(work, 'in'), '--out', out, '--concurrency', '1'], 3);
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/^interrupted: \d+ ok/m);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.interrupted).toBe(true);
    const done = report.summary.ok as number;
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(DOCUMENTS);
    const files = await readdir(out);
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((name) => name.startsWith('plan-') && name.endsWith('.json'))).toHaveLength(done);

    const second = await runUntil(['run', join(work, 'in'), '--out', out, '--concurrency', '1'], null);
    expect(second.code).toBe(0);
    const resumed = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(resumed.summary).toMatchObject({ ok: DOCUMENTS - done, skipped: done, failed: 0 });
    expect((await readFile(join(out, 'index.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(DOCUMENTS);
  }, 180_000);
});
