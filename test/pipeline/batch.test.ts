import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/pipeline/batch.js';
import type { PipelineResources } from '../../src/pipeline/document.js';
import { loadRestorer, type Restorer } from '../../src/restore/index.js';
import { PlanDocumentSchema } from '../../src/schema/document.js';
import { IndexLineSchema, RunReportSchema } from '../../src/schema/report.js';

const seeds = ['000_19dfc556eb19d867.txt', '001_61d65cb0b2fd5c5f.txt', '002_f047b1f3a0025d99.txt', '003_353ee045aea87079.txt'];

let restorer: Restorer;
let work: string;
let inputs: string;
let out: string;

beforeAll(async () => {
  restorer = await loadRestorer();
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'vnplan-batch-'));
  inputs = join(work, 'in');
  out = join(work, 'out');
  await mkdir(inputs);
  for (const seed of seeds.slice(1, 3)) await copyFile(join('fixtures/seeds', seed), join(inputs, seed));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function resources(overrides: Partial<PipelineResources> = {}): PipelineResources {
  return { restorer, recognizer: null, ocrMode: 'auto', ...overrides };
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('runBatch', () => {
  it('writes a schema-valid JSON and a text per document, index.jsonl and report.json', async () => {
    const report = await runBatch([inputs], resources(), { outDir: out, concurrency: 2 });
    expect(report.summary).toMatchObject({ ok: 2, failed: 0, skipped: 0 });
    for (const seed of seeds.slice(1, 3)) {
      const name = seed.replace(/\.txt$/, '');
      expect(() => PlanDocumentSchema.parse(readJson(join(out, `${name}.json`)))).not.toThrow;
      PlanDocumentSchema.parse(await readJson(join(out, `${name}.json`)));
      const text = await readFile(join(out, `${name}.txt`), 'utf8');
      const input = await readFile(join(inputs, seed), 'utf8');
      expect(text.split('\n')).toHaveLength(input.split('\n').length);
    }
    const index = (await readFile(join(out, 'index.jsonl'), 'utf8')).trim().split('\n').map((line) => IndexLineSchema.parse(JSON.parse(line)));
    expect(index.map((line) => line.doc).sort()).toEqual(seeds.slice(1, 3));
    RunReportSchema.parse(await readJson(join(out, 'report.json')));
  });

  it('skips unchanged inputs on the next run, and redoes them with force', async () => {
    await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    const again = await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    expect(again.summary).toMatchObject({ ok: 0, skipped: 2 });
    expect(again.documents.every((entry) => entry.reason?.startsWith('unchanged since'))).toBe(true);
    expect((await readFile(join(out, 'index.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
    const forced = await runBatch([inputs], resources(), { outDir: out, concurrency: 1, force: true });
    expect(forced.summary).toMatchObject({ ok: 2, skipped: 0 });
  });

  it('processes a changed input again and a new dictionary version again', async () => {
    await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    await writeFile(join(inputs, seeds[1]!), 'Kế hoạch\nI. MỤC ĐÍCH\n');
    const changed = await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    expect(changed.summary).toMatchObject({ ok: 1, skipped: 1 });
    const newDictionary: Restorer = { ...restorer, restore: restorer.restore.bind(restorer), versions: { ...restorer.versions, dictionary: 'changed' } };
    const redone = await runBatch([inputs], resources({ restorer: newDictionary }), { outDir: out, concurrency: 1 });
    expect(redone.summary).toMatchObject({ ok: 2, skipped: 0 });
  });

  it('names bad inputs with their reason and still finishes the good ones', async () => {
    await writeFile(join(inputs, 'empty.txt'), '');
    await writeFile(join(inputs, 'binary.txt'), Buffer.from(Array.from({ length: 300 }, (_, index) => (index * 91) % 256)));
    const notes = join(work, 'notes.docx');
    await writeFile(notes, 'x');
    const report = await runBatch([inputs, notes, join(work, 'missing.pdf'), join(inputs, seeds[1]!)], resources(), { outDir: out, concurrency: 2 });
    const reasonOf = (suffix: string) => report.documents.find((entry) => entry.input.endsWith(suffix))?.reason;
    expect(report.summary).toMatchObject({ ok: 2, failed: 4, skipped: 1 });
    expect(reasonOf('empty.txt')).toBe('empty file (0 bytes)');
    expect(reasonOf('binary.txt')).toBe('binary data, not text');
    expect(reasonOf('notes.docx')).toMatch(/unsupported file type ".docx"/);
    expect(reasonOf('missing.pdf')).toBe('no such file or folder');
    expect(report.documents.find((entry) => entry.status === 'skipped')?.reason).toMatch(/^given twice/);
    const written = await readdir(out);
    expect(written.filter((name) => name.endsWith('.json') && !['report.json', 'manifest.json'].includes(name))).toHaveLength(2);
  });

  it('keeps an earlier good output when a re-run of the same input fails', async () => {
    await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    const name = seeds[1]!.replace(/\.txt$/, '');
    const before = await readFile(join(out, `${name}.json`), 'utf8');
    await writeFile(join(inputs, seeds[1]!), '');
    const report = await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    expect(report.documents.find((entry) => entry.input.endsWith(seeds[1]!))?.reason).toMatch(/earlier output kept/);
    expect(await readFile(join(out, `${name}.json`), 'utf8')).toBe(before);
  });

  it('gives inputs with the same file name in different folders different outputs', async () => {
    const other = join(work, 'other');
    await mkdir(other);
    await copyFile(join('fixtures/seeds', seeds[3]!), join(other, seeds[1]!));
    const report = await runBatch([inputs, other], resources(), { outDir: out, concurrency: 1 });
    expect(report.summary.ok).toBe(3);
    const outputs = new Set(report.documents.map((entry) => entry.output));
    expect(outputs.size).toBe(3);
  });

  it('stops on abort without writing partial documents, and the next run finishes the rest', async () => {
    const controller = new AbortController();
    let finished = 0;
    const report = await runBatch([inputs], resources(), {
      outDir: out,
      concurrency: 1,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'document' && ++finished === 1) controller.abort();
      },
    });
    expect(report.interrupted).toBe(true);
    expect(report.summary.ok).toBe(1);
    expect((await readdir(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const resumed = await runBatch([inputs], resources(), { outDir: out, concurrency: 1 });
    expect(resumed.summary).toMatchObject({ ok: 1, skipped: 1 });
  });

  it('refuses an output folder that cannot be written, naming it', async () => {
    const file = join(work, 'a-file');
    await writeFile(file, '');
    await expect(runBatch([inputs], resources(), { outDir: join(file, 'out'), concurrency: 1 })).rejects.toThrow(/output folder .*a-file\/out cannot be written/);
  });
});
