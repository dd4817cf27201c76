import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { ExitCode } from '../../errors/index.js';
import { runBatch } from '../../pipeline/batch.js';
import { useBatchImageSettings } from '../../preprocess/image-memory.js';
import type { OcrMode, PageRecognizer } from '../../pipeline/pages.js';
import { loadRestorer } from '../../restore/index.js';
import { createProgressReporter } from '../progress.js';
import { formatSummary } from '../summary.js';

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
  concurrency?: number;
  workers: number;
  ocr: OcrMode;
  force?: boolean;
}

/** Starts the OCR worker pool only when a page first needs it, so text-only batches never load the model. */
function lazyRecognizer(workers: number): PageRecognizer & { close(): Promise<void> } {
  let started: Promise<PageRecognizer & { close(): Promise<void> }> | null = null;
  return {
    concurrency: workers,
    async recognize(image, page) {
      started ??= import('../../ocr/index.js').then((ocr) => ocr.createRecognizer({ workers }));
      return (await started).recognize(image, page);
    },
    async close() {
      if (started) await (await started).close();
    },
  };
}

/**
 * A signal that arrives this soon after the first is the same Ctrl-C: a terminal sends it to the launcher in
 * bin/vnplan.js too, which forwards it.
 */
const SAME_INTERRUPT_MS = 1000;

/** First Ctrl-C stops cleanly (nothing partial is written); a second one quits at once. */
function interruptOnSigint(controller: AbortController): () => void {
  let firstAt = 0;
  const onSigint = () => {
    if (controller.signal.aborted) {
      if (Date.now() - firstAt < SAME_INTERRUPT_MS) return;
      process.exit(ExitCode.interrupted);
    }
    firstAt = Date.now();
    process.stderr.write('\nstopping: finishing nothing partial; press Ctrl-C again to quit at once\n');
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  return () => {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  };
}

export function register(program: Command): void {
  const cores = Math.max(1, availableParallelism());
  program
    .command('run')
    .description('process files and folders (recursively) into DIR: <name>.json, <name>.txt, index.jsonl, report.json, manifest.json')
    .argument('<inputs...>', 'files or folders (.txt, .pdf, .png, .jpg, .tif)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-w, --workers <n>', 'OCR workers (one per core by default)', positiveInteger, cores)
    .option('-c, --concurrency <n>', 'documents processed at once (default: workers)', positiveInteger)
    .option('--ocr <mode>', 'auto: OCR pages without a usable text layer; always; never', ocrMode, 'auto')
    .option('-f, --force', 'process inputs again even when unchanged since the last run')
    .addHelpText(
      'after',
      '\nExit codes: 0 all ok (or skipped as unchanged), 1 some documents failed, 2 usage error,\n4 output folder not writable, 130 interrupted (run again to resume).',
    )
    .action(async (inputs: string[], options: RunOptions) => {
      useBatchImageSettings();
      const restorer = await loadRestorer();
      const recognizer = lazyRecognizer(options.workers);
      const controller = new AbortController();
      const stopListening = interruptOnSigint(controller);
      const progress = createProgressReporter({
        write: (text) => process.stderr.write(text),
        isTTY: process.stderr.isTTY,
        columns: process.stderr.columns,
      });
      try {
        const report = await runBatch(
          inputs,
          { restorer, recognizer, ocrMode: options.ocr },
          {
            outDir: options.out,
            concurrency: options.concurrency ?? options.workers,
            force: options.force ?? false,
            signal: controller.signal,
            onEvent: progress.onEvent,
          },
        );
        progress.finish();
        process.stderr.write(formatSummary(report, options.out));
        if (report.interrupted) process.exitCode = ExitCode.interrupted;
        else process.exitCode = report.summary.failed > 0 ? ExitCode.someFailed : ExitCode.ok;
      } finally {
        progress.finish();
        stopListening();
        await recognizer.close();
      }
    });
}
