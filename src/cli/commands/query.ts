import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import {
  findPreset,
  formatResult,
  OUTPUT_FORMATS,
  PRESETS,
  UTF8_BOM,
  presetParameters,
  VIEW_ALIASES,
  VIEWS,
  withOutputFolder,
  type OutputFormat,
  type SkippedFile,
} from '../../query/index.js';

function outputFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (!format) throw new InvalidArgumentError(`expected ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}

function year(value: string): number {
  const parsed = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(parsed)) throw new InvalidArgumentError('expected a year such as 2025');
  return parsed;
}

/** Writes to stdout and waits, so large results are flushed before the exit code is set; a closed pipe (`| head`) ends quietly. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

export function reportSkipped(skipped: readonly SkippedFile[], shown = 10): void {
  for (const entry of skipped.slice(0, shown)) process.stderr.write(`vnplan: skipped ${entry.file}: ${entry.reason}\n`);
  if (skipped.length > shown) process.stderr.write(`vnplan: … and ${skipped.length - shown} more file(s) skipped\n`);
}

export function describeViews(): string {
  const aliases = new Map(Object.entries(VIEW_ALIASES).map(([alias, target]) => [target, alias]));
  return VIEWS.map((view) => {
    const alias = aliases.get(view.name);
    const heading = `${view.name}${alias ? ` (alias ${alias})` : ''}: ${view.description}`;
    const width = Math.max(...view.columns.map((column) => column.name.length));
    const columns = view.columns.map((column) => `  ${column.name.padEnd(width)}  ${column.type.padEnd(9)}  ${column.description}`);
    return [heading, ...columns].join('\n');
  }).join('\n\n') + '\n';
}

function presetHelp(): string {
  const width = Math.max(...PRESETS.map((preset) => preset.name.length));
  const lines = PRESETS.map((preset) => `  ${preset.name.padEnd(width)}  ${preset.description}`);
  return [
    '',
    'Presets (--preset <name>):',
    ...lines,
    '',
    `Views: ${VIEWS.map((view) => view.name).join(', ')} (alias refs); --views lists their columns.`,
    'Every item row carries doc, section, line and page.',
    '',
    'Examples:',
    `  vnplan query "SELECT doc, value, unit, subject FROM targets WHERE year = 2030 AND subject ILIKE '%thư viện%'"`,
    '  vnplan query --preset lead-agencies --out output --format csv',
    '  vnplan query --preset targets-due --year 2025',
  ].join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface QueryOptions {
  out: string;
  format: OutputFormat;
  bom?: boolean;
  preset?: string;
  year?: number;
  views?: boolean;
}

export function register(program: Command): void {
  program
    .command('query')
    .description('SQL over the plan documents in an output folder (an in-memory DuckDB loaded from the JSON files)')
    .argument('[sql]', 'the SQL to run (DuckDB dialect); - reads it from standard input')
    .option('-o, --out <dir>', 'output folder written by `vnplan run`', 'output')
    .option('-f, --format <format>', `result format: ${OUTPUT_FORMATS.join(', ')}`, outputFormat, 'table')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark, for Excel')
    .option('-p, --preset <name>', 'run a ready-made question instead of SQL (listed below)')
    .option('--year <yyyy>', 'the year for presets that take one (targets-due)', year)
    .option('--views', 'list the views and their columns, then exit')
    .addHelpText('after', presetHelp())
    .action(async (sql: string | undefined, options: QueryOptions) => {
      if (options.views) {
        await writeStdout(describeViews());
        return;
      }
      if ((sql === undefined) === (options.preset === undefined)) {
        throw new UsageError('give either an SQL query or --preset <name>', 'vnplan query --help lists the presets and views');
      }
      const preset = options.preset === undefined ? null : findPreset(options.preset);
      if (!preset && options.year !== undefined) throw new UsageError('--year goes with --preset; in SQL write the year into the query');
      if (options.bom && options.format !== 'csv') throw new UsageError('--bom goes with --format csv');
      const parameters = preset ? presetParameters(preset, { year: options.year }) : undefined;
      const statement = preset ? preset.sql : sql === '-' ? await readStdin() : (sql ?? '');
      if (statement.trim() === '') throw new UsageError('the SQL query is empty');
      await withOutputFolder(options.out, async ({ folder, engine }) => {
        reportSkipped(folder.skipped);
        const result = await engine.query(statement, parameters);
        await writeStdout((options.bom ? UTF8_BOM : '') + formatResult(result, options.format));
        if (options.format === 'table') process.stderr.write(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'} from ${folder.documents.length} plan(s))\n`);
      });
    });
}
