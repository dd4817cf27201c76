import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { VIEWS } from '../../src/query/index.js';
import { sampleDocuments, writeOutputFolder } from './factory.js';

/** Runs the CLI in-process and captures what it writes. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (sink: string[]) => (chunk: string | Uint8Array, ...rest: unknown[]) => {
    sink.push(String(chunk));
    const callback = rest.find((value) => typeof value === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr) as typeof process.stderr.write);
  try {
    const code = await main(['node', 'vnplan', ...args]);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

describe('vnplan query and export commands', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await writeOutputFolder(sampleDocuments());
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('query --format json prints the rows as JSON', async () => {
    const { code, stdout } = await cli('query', 'SELECT doc, count(*) AS n FROM targets GROUP BY doc ORDER BY doc', '--out', folder, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { doc: 'a.txt', n: 3 },
      { doc: 'b.pdf', n: 2 },
    ]);
  });

  it('query --preset with --format csv prints CSV', async () => {
    const { code, stdout } = await cli('query', '--preset', 'targets-by-year', '--out', folder, '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout).toBe('year,targets,documents,yearly_targets\r\n2025,3,2,0\r\n2030,1,1,0\r\n,1,1,1\r\n');
  });

  it('query --bom starts CSV with a byte order mark and goes with csv only', async () => {
    const { stdout } = await cli('query', 'SELECT count(*) AS n FROM documents', '--out', folder, '--format', 'csv', '--bom');
    expect(stdout).toBe('\uFEFFn\r\n3\r\n');
    expect((await cli('query', 'SELECT 1', '--out', folder, '--bom')).code).toBe(2);
  });

  it('query --help lists every preset', async () => {
    const { stdout } = await cli('query', '--help');
    for (const name of ['documents', 'targets-by-year', 'targets-due', 'lead-agencies', 'cited-documents']) expect(stdout).toContain(`  ${name}  `);
  });

  it('query --views lists every column of every view', async () => {
    const { code, stdout } = await cli('query', '--views');
    expect(code).toBe(0);
    for (const view of VIEWS) {
      expect(stdout).toContain(`${view.name}`);
      for (const column of view.columns) expect(stdout).toMatch(new RegExp(`^  ${column.name} +${column.type.replace('[]', '\\[\\]')} `, 'm'));
    }
  });

  it('query without SQL or preset, or with both, is a usage error', async () => {
    expect((await cli('query', '--out', folder)).code).toBe(2);
    expect((await cli('query', 'SELECT 1', '--preset', 'documents', '--out', folder)).code).toBe(2);
    expect((await cli('query', 'SELECT 1', '--year', '2025', '--out', folder)).code).toBe(2);
  });

  it('export --to csv writes one BOM-prefixed file per view into <out>/export', async () => {
    const { code, stderr } = await cli('export', '--out', folder, '--to', 'csv');
    expect(code).toBe(0);
    const files = (await readdir(join(folder, 'export'))).sort();
    expect(files).toEqual(VIEWS.map((view) => `${view.name}.csv`).sort());
    const targets = await readFile(join(folder, 'export', 'targets.csv'), 'utf8');
    expect(targets.charCodeAt(0)).toBe(0xfeff);
    expect(stderr).toContain('exported 3 plan(s)');
  });

  it('export with an unknown format is a usage error', async () => {
    expect((await cli('export', '--out', folder, '--to', 'xlsx')).code).toBe(2);
  });
});
