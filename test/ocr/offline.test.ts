import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFolder, offlineWorkerOptions } from '../../src/ocr/engine-options.js';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const blocker = join(here, 'helpers/block-network.cjs');
const child = join(here, 'helpers/offline-child.ts');
const tsx = import.meta.resolve('tsx');

interface ChildRun {
  result: { ok: boolean; error?: string; characters?: number };
  network: string[];
  preloadedInWorker: boolean;
  filesLeftInCwd: string[];
}

/** Runs the child with the network blocked (in the main thread and in worker threads) and cwd in an empty folder. */
async function runOffline(folder: string, args: string[]): Promise<ChildRun> {
  const cwd = await mkdtemp(join(folder, 'cwd-'));
  const log = join(folder, `network-${args[0]}.log`);
  await writeFile(log, '');
  const { stdout } = await run(process.execPath, ['--require', blocker, '--import', tsx, child, ...args], {
    cwd,
    env: { ...process.env, VNPLAN_NETWORK_LOG: log },
    timeout: 90_000,
  });
  const lines = (await readFile(log, 'utf8')).split('\n').filter((line) => line.length > 0);
  return {
    result: JSON.parse(stdout.trim().split('\n').at(-1)!),
    network: lines.filter((line) => !line.includes('\tpreloaded\t')),
    preloadedInWorker: lines.includes('worker\tpreloaded\t-'),
    filesLeftInCwd: await readdir(cwd),
  };
}

describe('tesseract.js runs offline', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'vnplan-offline-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('points the engine at the npm-shipped model, gzipped, with no cache', async () => {
    const options = offlineWorkerOptions();
    expect(options).toMatchObject({ gzip: true, cacheMethod: 'none' });
    expect(options.langPath).toBe(modelFolder());
    expect(options.langPath).not.toMatch(/^[a-z]+:\/\//);
    expect((await readFile(join(options.langPath, 'vie.traineddata.gz'))).length).toBeGreaterThan(1_000_000);
  });

  it('the blocker catches a worker that would download its model (control)', async () => {
    const control = await runOffline(folder, ['control']);
    expect(control.preloadedInWorker).toBe(true);
    expect(control.result.ok).toBe(false);
    expect(control.network.some((line) => line.startsWith('worker\tfetch\thttps://'))).toBe(true);
  });

  it('recognizes a page with no network access attempted and no file written to cwd', async () => {
    const crop = join(folder, 'crop.png');
    const page = join(fileURLToPath(new URL('../../fixtures/scans/', import.meta.url)), 'scan-200dpi.png');
    await sharp(page).extract({ left: 0, top: 0, width: 1653, height: 500 }).toFile(crop);
    const offline = await runOffline(folder, ['recognizer', crop]);
    expect(offline.preloadedInWorker).toBe(true);
    expect(offline.network).toEqual([]);
    expect(offline.result.ok).toBe(true);
    expect(offline.result.characters).toBeGreaterThan(50);
    expect(offline.filesLeftInCwd).toEqual([]);
  });
});
