import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { ExitCode } from '../../errors/index.js';
import { runBatch } from '../../pipeline/batch.js';
import type { OcrMode } from '../../pipeline/pages.js';
import { loadRestorer } from '../../restore/index.js';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number >= 1');
  return parsed;
}

function ocrMode(value: string): OcrMode {
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw new InvalidArgumentError('expected auto, always or never');
}

interface RunOptions {
  out: string;
  concurrency: number;
  ocr: OcrMode;
}

export function register(program: Command): void {
  program
    .command('run')
    .description('process files and folders (recursively) into DIR: <name>.json, <name>.txt, index.jsonl, report.json')
    .argument('<inputs...>', 'files or folders')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-c, --concurrency <n>', 'documents processed at once', positiveInteger, Math.max(1, availableParallelism()))
    .option('--ocr <mode>', 'auto: OCR pages without a usable text layer; always; never', ocrMode, 'auto')
    .action(async (inputs: string[], options: RunOptions) => {
      const restorer = await loadRestorer();
      const report = await runBatch(inputs, { restorer, recognizer: null, ocrMode: options.ocr }, {
        outDir: options.out,
        concurrency: options.concurrency,
        onDocument: (entry) => {
          const detail = entry.status === 'ok' ? `${entry.pages ?? 0} page(s), ${entry.timings.total ?? 0} ms` : entry.reason;
          process.stderr.write(`${entry.status.padEnd(7)} ${entry.input}${detail ? `  ${detail}` : ''}\n`);
        },
      });
      const { ok, failed, skipped } = report.summary;
      process.stderr.write(`done: ${ok} ok, ${failed} failed, ${skipped} skipped in ${report.summary.seconds.toFixed(1)} s → ${options.out}\n`);
      process.exitCode = failed > 0 ? ExitCode.someFailed : ExitCode.ok;
    });
}
