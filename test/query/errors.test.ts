import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOutputFolder, readOutputFolder, type OpenedFolder } from '../../src/query/index.js';
import { InputFileError, UsageError } from '../../src/errors/index.js';
import { main } from '../../src/cli/main.js';
import { makeDocument, sampleDocuments, writeOutputFolder } from './factory.js';

async function failure(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('bad queries', () => {
  let folder: string;
  let opened: OpenedFolder;
  beforeAll(async () => {
    folder = await writeOutputFolder(sampleDocuments());
    opened = await openOutputFolder(folder);
  });
  afterAll(async () => {
    opened?.engine.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('a syntax error gives the engine message on one line and lists the views', async () => {
    const error = await failure(opened.engine.query('SELEC 1'));
    expect(error.message).toBe('query failed: Parser Error: syntax error at or near "SELEC"');
    expect(error.hint).toMatch(/views: documents, sections, lines, targets, dates, references, agencies/);
  });

  it('an unknown column names the columns of the view the query uses', async () => {
    const error = await failure(opened.engine.query('SELECT yr FROM targets'));
    expect(error.message).toMatch(/^query failed: Binder Error: Referenced column "yr" not found/);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toContain('targets(doc, doc_number, doc_issuer, section, section_title, line, page, value');
    expect(error.hint).not.toContain('agencies(');
  });

  it('an unknown table lists the views', async () => {
    const error = await failure(opened.engine.query('SELECT * FROM target'));
    expect(error.message).toMatch(/Table with name target does not exist/);
    expect(error.hint).toMatch(/^views: /);
  });

  it('bare `references` (an SQL keyword) gets a hint on quoting it', async () => {
    const error = await failure(opened.engine.query('SELECT * FROM references'));
    expect(error.hint).toMatch(/"references" in double quotes, or use the view refs/);
  });

  it('the CLI prints `vnplan: …` and a hint, exit code 2, no stack trace', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const code = await main(['node', 'vnplan', 'query', 'SELECT nope FROM agencies', '--out', folder]);
      expect(code).toBe(2);
    } finally {
      spy.mockRestore();
    }
    const lines = written.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^vnplan: query failed: Binder Error: Referenced column "nope" not found/);
    expect(lines[1]).toMatch(/^hint: columns: agencies\(doc, /);
  });
});

describe('folders without plans', () => {
  const made: string[] = [];
  const folderWith = async (files: Record<string, string>): Promise<string> => {
    const folder = await mkdtemp(join(tmpdir(), 'vnplan-query-empty-'));
    made.push(folder);
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
    return folder;
  };
  afterAll(async () => {
    for (const folder of made) await rm(folder, { recursive: true, force: true });
  });

  it('a missing folder says so', async () => {
    const missing = join(tmpdir(), 'vnplan-query-no-such-folder');
    await expect(readOutputFolder(missing)).rejects.toThrow(InputFileError);
    await expect(readOutputFolder(missing)).rejects.toThrow(`${missing}: output folder not found`);
  });

  it('a file instead of a folder says so', async () => {
    const folder = await folderWith({ 'a.json': '{}' });
    await expect(readOutputFolder(join(folder, 'a.json'))).rejects.toThrow(/not a folder/);
  });

  it('an empty folder says it holds no plan documents', async () => {
    const folder = await folderWith({});
    await expect(readOutputFolder(folder)).rejects.toThrow(`${folder}: no plan documents (*.json) in this folder`);
  });

  it('a folder with only the run index, report and text files holds no plan documents', async () => {
    const folder = await folderWith({ 'index.jsonl': '{}\n', 'report.json': '{"schemaName":"vnplan.RunReport"}', 'a.txt': 'text' });
    await expect(readOutputFolder(folder)).rejects.toThrow(/no plan documents \(\*\.json\) in this folder$/);
  });

  it('invalid JSON files are skipped with a reason; only invalid ones is an error naming one', async () => {
    const good = JSON.stringify(makeDocument({ doc: 'good.txt', lines: ['một'] }));
    const mixed = await folderWith({ 'good.json': good, 'broken.json': '{"schemaName": ', 'other.json': '{"doc": 1}' });
    const { documents, skipped } = await readOutputFolder(mixed);
    expect(documents.map((source) => source.file)).toEqual(['good.json']);
    expect(skipped.map((entry) => entry.file)).toEqual(['broken.json', 'other.json']);
    expect(skipped[0]?.reason).toMatch(/^not valid JSON/);
    expect(skipped[1]?.reason).toMatch(/^does not match the plan document schema at /);

    const onlyBad = await folderWith({ 'broken.json': '[' });
    await expect(readOutputFolder(onlyBad)).rejects.toThrow(/1 JSON file\(s\), none valid \(broken\.json not valid JSON/);
  });

  it('the CLI reports an empty folder with exit code 3', async () => {
    const folder = await folderWith({});
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['node', 'vnplan', 'query', '--preset', 'documents', '--out', folder])).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(written[0]).toBe(`vnplan: ${folder}: no plan documents (*.json) in this folder\n`);
  });
});
