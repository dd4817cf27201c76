import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentJsonSchema } from '../../src/schema/json-schema.js';

const execFileAsync = promisify(execFile);
const seeds = 'fixtures/seeds';

/** Runs the installed command exactly as a user does (`npx vnplan` resolves to bin/vnplan.js). */
async function vnplan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['bin/vnplan.js', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('vnplan command line', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'vnplan-cli-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('run writes one JSON valid against the published JSON Schema per seed, index.jsonl and report.json', async () => {
    const result = await vnplan('run', seeds, '--out', out);
    expect(result.stderr).toMatch(/4 ok, 0 failed/);
    expect(result.code).toBe(0);
    const names = await readdir(out);
    const documents = names.filter((name) => name.endsWith('.json') && !['report.json', 'manifest.json'].includes(name));
    expect(documents).toHaveLength(4);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(planDocumentJsonSchema());
    for (const name of documents) {
      const valid = validate(JSON.parse(await readFile(join(out, name), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid).toBe(true);
    }
    expect((await readFile(join(out, 'index.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(4);
    expect(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')).summary).toMatchObject({ ok: 4, failed: 0 });
  });

  it('restore prints as many lines as the input has', async () => {
    for (const seed of await readdir(seeds)) {
      const input = await readFile(join(seeds, seed), 'utf8');
      const { stdout, code } = await vnplan('restore', join(seeds, seed));
      expect(code).toBe(0);
      expect(stdout.split('\n')).toHaveLength(input.split('\n').length);
    }
  });

  it('schema prints the JSON Schema committed in src/schema', async () => {
    const { stdout } = await vnplan('schema');
    const committed = await readFile('src/schema/plan-document.schema.json', 'utf8');
    expect(stdout, 'run `npm run schema` to regenerate the committed schema').toBe(committed);
  });

  it('exits 1 and names every bad input while writing the good ones', async () => {
    const result = await vnplan('run', join(seeds, '002_f047b1f3a0025d99.txt'), 'package.json', 'no-such-file.pdf', '--out', join(out, 'mixed'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/package\.json: unsupported file type "\.json"/);
    expect(result.stderr).toMatch(/no-such-file\.pdf: no such file or folder/);
    expect(await readdir(join(out, 'mixed'))).toContain('002_f047b1f3a0025d99.json');
  });

  it('exits 2 on a usage error, 4 on an unwritable output folder, with one line and no stack trace', async () => {
    const usage = await vnplan('run', seeds);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/required option '-o, --out <dir>'/);
    const unwritable = await vnplan('run', seeds, '--out', 'package.json/out');
    expect(unwritable.code).toBe(4);
    expect(unwritable.stderr).toMatch(/^vnplan: output folder package\.json\/out cannot be written/);
    expect(unwritable.stderr).not.toMatch(/\n\s+at /);
  });

  it('restore of a missing file is a clear input error', async () => {
    const result = await vnplan('restore', 'missing.txt');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('vnplan: missing.txt: file not found\n');
  });

  it('prints help for every command', async () => {
    const { stdout } = await vnplan('--help');
    const commands = [...stdout.matchAll(/^ {2}(\w+)\b/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['run', 'restore', 'schema']));
    for (const command of commands) {
      const help = await vnplan(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`Usage: vnplan ${command}`));
    }
  });
});
