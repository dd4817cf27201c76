import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describeError, OutputError } from '../errors/index.js';
import { quoteIdentifier, quoteLiteral, type QueryEngine } from './engine.js';
import { LIST_SEPARATOR, UTF8_BOM } from './format.js';
import { VIEWS, type ViewSpec } from './views.js';

export type ExportFormat = 'csv' | 'parquet' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet', 'jsonl'];

export interface ExportedTable {
  view: string;
  path: string;
  rows: number;
}

/** Rows in the order they were loaded: documents by file name, items as they stand in each document. */
function viewSelect(view: ViewSpec, flattenLists: boolean): string {
  const columns = view.columns.map((column) => {
    const name = quoteIdentifier(column.name);
    return flattenLists && column.type.endsWith('[]') ? `array_to_string(${name}, ${quoteLiteral(LIST_SEPARATOR)}) AS ${name}` : name;
  });
  return `SELECT ${columns.join(', ')} FROM ${quoteIdentifier(view.name)} ORDER BY rowid`;
}

async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new OutputError(`export folder ${folder} cannot be created: ${describeError(error)}`, 'choose another --dest folder');
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const COPY_OPTIONS: Record<ExportFormat, string> = {
  csv: "FORMAT csv, HEADER true, DELIMITER ','",
  parquet: 'FORMAT parquet',
  jsonl: 'FORMAT json',
};

/**
 * DuckDB writes the table under a temp name in the destination folder and a rename puts it in place, so a reader never
 * sees half a file. CSV gets a UTF-8 byte order mark first (DuckDB writes none), which Excel needs to read Vietnamese.
 */
async function writeView(engine: QueryEngine, view: ViewSpec, path: string, format: ExportFormat): Promise<void> {
  const copied = tempPath(path);
  const withBom = tempPath(path);
  try {
    await engine.execute(`COPY (${viewSelect(view, format === 'csv')}) TO ${quoteLiteral(copied)} (${COPY_OPTIONS[format]})`);
    if (format === 'csv') {
      const output = createWriteStream(withBom);
      output.write(UTF8_BOM);
      await pipeline(createReadStream(copied), output);
      await rename(withBom, path);
    } else {
      await rename(copied, path);
    }
  } finally {
    await rm(copied, { force: true });
    await rm(withBom, { force: true });
  }
}

/** Writes one flat file per view into `dest`: `<view>.csv` (UTF-8 with BOM), `<view>.parquet` or `<view>.jsonl`. */
export async function exportViews(engine: QueryEngine, dest: string, format: ExportFormat): Promise<ExportedTable[]> {
  await ensureFolder(dest);
  await engine.load(VIEWS);
  const written: ExportedTable[] = [];
  for (const view of VIEWS) {
    const path = join(dest, `${view.name}.${format}`);
    try {
      await writeView(engine, view, path, format);
    } catch (error) {
      throw new OutputError(`${path}: cannot write (${describeError(error)})`, 'choose another --dest folder');
    }
    const [count] = (await engine.query(`SELECT count(*) FROM ${quoteIdentifier(view.name)}`)).rows;
    written.push({ view: view.name, path, rows: Number(count?.[0] ?? 0) });
  }
  return written;
}
