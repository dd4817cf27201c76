import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { exportViews, openOutputFolder, VIEWS, type OpenedFolder } from '../../src/query/index.js';
import { quoteLiteral } from '../../src/query/engine.js';
import { sampleDocuments, writeOutputFolder } from './factory.js';

describe('export', () => {
  let folder: string;
  let opened: OpenedFolder;
  const counts = new Map<string, number>();

  beforeAll(async () => {
    folder = await writeOutputFolder(sampleDocuments());
    opened = await openOutputFolder(folder);
    for (const view of VIEWS) {
      const result = await opened.engine.query(`SELECT count(*) FROM "${view.name}"`);
      counts.set(view.name, result.rows[0]![0] as number);
    }
  });
  afterAll(async () => {
    opened?.engine.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('csv: one file per view, UTF-8 with BOM, header = the view columns, every row, Vietnamese intact', async () => {
    const dest = join(folder, 'export-csv');
    const written = await exportViews(opened.engine, dest, 'csv');
    expect(written.map((table) => table.view)).toEqual(VIEWS.map((view) => view.name));
    for (const view of VIEWS) {
      const path = join(dest, `${view.name}.csv`);
      const bytes = await readFile(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.split(/\r?\n/)[0]).toBe(view.columns.map((column) => column.name).join(','));
      const readBack = await opened.engine.query(`SELECT count(*) FROM read_csv(${quoteLiteral(path)}, header = true, all_varchar = true)`);
      expect(readBack.rows[0]![0]).toBe(counts.get(view.name));
      expect(written.find((table) => table.view === view.name)?.rows).toBe(counts.get(view.name));
    }
    const agencies = await readFile(join(dest, 'agencies.csv'), 'utf8');
    expect(agencies).toContain('"Chủ trì, tham mưu | Theo dõi, tổng hợp"');
    expect(agencies).toContain('Ủy ban nhân dân xã Quảng Nghiệp');
  });

  it('parquet: each file reads back with the same rows and values', async () => {
    const dest = join(folder, 'export-parquet');
    await exportViews(opened.engine, dest, 'parquet');
    for (const view of VIEWS) {
      const path = quoteLiteral(join(dest, `${view.name}.parquet`));
      const difference = await opened.engine.query(
        `SELECT count(*) FROM ((SELECT * FROM read_parquet(${path}) EXCEPT ALL SELECT * FROM "${view.name}") UNION ALL (SELECT * FROM "${view.name}" EXCEPT ALL SELECT * FROM read_parquet(${path})))`,
      );
      expect(difference.rows, view.name).toEqual([[0]]);
      const total = await opened.engine.query(`SELECT count(*) FROM read_parquet(${path})`);
      expect(total.rows[0]![0]).toBe(counts.get(view.name));
    }
  });

  it('jsonl: one JSON object per line with the view columns, lists kept as arrays', async () => {
    const dest = join(folder, 'export-jsonl');
    await exportViews(opened.engine, dest, 'jsonl');
    for (const view of VIEWS) {
      const text = await readFile(join(dest, `${view.name}.jsonl`), 'utf8');
      const rows = text.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(rows).toHaveLength(counts.get(view.name)!);
      for (const row of rows) expect(Object.keys(row)).toEqual(view.columns.map((column) => column.name));
    }
    const agencies = (await readFile(join(dest, 'agencies.jsonl'), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { tasks: string[] });
    expect(agencies[0]?.tasks).toEqual(['Chủ trì, tham mưu', 'Theo dõi, tổng hợp']);
  });

  it('leaves no temp files behind and overwrites an earlier export', async () => {
    const dest = join(folder, 'export-again');
    await exportViews(opened.engine, dest, 'parquet');
    await exportViews(opened.engine, dest, 'parquet');
    await exportViews(opened.engine, dest, 'csv');
    const names = (await readdir(dest)).sort();
    expect(names).toEqual(VIEWS.flatMap((view) => [`${view.name}.csv`, `${view.name}.parquet`]).sort());
  });
});
