import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, OutputError } from '../errors/index.js';
import { writeFileAtomic } from '../write/atomic.js';
import { quoteIdentifier, quoteLiteral, type QueryEngine } from './engine.js';
import { toCsv, UTF8_BOM } from './format.js';
import { VIEWS } from './views.js';

export type ExportFormat = 'csv' | 'parquet' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet', 'jsonl'];

export interface ExportedTable {
  view: string;
  path: string;
  rows: number;
}

/** Rows in the order they were loaded: documents by file name, items as they stand in each document. */
function viewSelect(view: string): string {
  return `SELECT * FROM ${quoteIdentifier(view)} ORDER BY rowid`;
}

async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new OutputError(`export folder ${folder} cannot be created: ${describeError(error)}`, 'choose another --dest folder');
  }
}

/** DuckDB writes the file under a temp name in the same folder; the rename makes it appear whole or not at all. */
async function copyAtomic(engine: QueryEngine, view: string, path: string, format: 'parquet' | 'json'): Promise<void> {
  const temp = join(join(path, '..'), `.${view}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await engine.execute(`COPY (${viewSelect(view)}) TO ${quoteLiteral(temp)} (FORMAT ${format})`);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes one flat file per view into `dest`: `<view>.csv` (UTF-8 with BOM), `<view>.parquet` or `<view>.jsonl`. */
export async function exportViews(engine: QueryEngine, dest: string, format: ExportFormat): Promise<ExportedTable[]> {
  await ensureFolder(dest);
  const written: ExportedTable[] = [];
  for (const view of VIEWS) {
    const path = join(dest, `${view.name}.${format}`);
    try {
      if (format === 'csv') {
        const result = await engine.query(viewSelect(view.name));
        await writeFileAtomic(path, UTF8_BOM + toCsv(result));
        written.push({ view: view.name, path, rows: result.rows.length });
        continue;
      }
      await copyAtomic(engine, view.name, path, format === 'parquet' ? 'parquet' : 'json');
      const [count] = (await engine.query(`SELECT count(*) FROM ${quoteIdentifier(view.name)}`)).rows;
      written.push({ view: view.name, path, rows: Number(count?.[0] ?? 0) });
    } catch (error) {
      throw new OutputError(`${path}: cannot write (${describeError(error)})`, 'choose another --dest folder');
    }
  }
  return written;
}
