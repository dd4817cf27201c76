import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { EXPORT_FORMATS, exportViews, VIEWS, withOutputFolder, type ExportFormat } from '../../query/index.js';
import { reportSkipped } from './query.js';

function exportFormat(value: string): ExportFormat {
  const format = EXPORT_FORMATS.find((known) => known === value);
  if (!format) throw new InvalidArgumentError(`expected ${EXPORT_FORMATS.join(', ')}`);
  return format;
}

interface ExportOptions {
  out: string;
  to: ExportFormat;
  dest?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description(`write one flat table per view (${VIEWS.map((view) => view.name).join(', ')}) from an output folder`)
    .option('-o, --out <dir>', 'output folder written by `vnplan run`', 'output')
    .requiredOption('--to <format>', 'csv (UTF-8 with BOM, for Excel), parquet or jsonl', exportFormat)
    .option('--dest <dir>', 'folder for the tables (default: <out>/export)')
    .action(async (options: ExportOptions) => {
      const dest = options.dest ?? join(options.out, 'export');
      await withOutputFolder(options.out, async ({ folder, engine }) => {
        reportSkipped(folder.skipped);
        const written = await exportViews(engine, dest, options.to);
        for (const table of written) process.stderr.write(`${table.view.padEnd(10)} ${String(table.rows).padStart(7)} row(s) → ${table.path}\n`);
        process.stderr.write(`exported ${folder.documents.length} plan(s) to ${dest}\n`);
      });
    });
}
