import { createWorker, type Worker } from 'tesseract.js';
import type { PageRecognizer } from '../pipeline/pages.js';
import type { OcrPage } from '../schema/ocr.js';
import { preprocess, toPgm, turnHalf, type PreparedImage, type PreprocessOptions } from '../preprocess/index.js';
import { describeError, InputFileError, MissingDependencyError, VnplanError } from '../errors/index.js';
import { ENGINE_MODE, ENGINE_NAME, OCR_LANGUAGE, engineParameters, modelFolder, offlineWorkerOptions, type PageSegmentation } from './engine-options.js';
import { pageText, toOcrPage } from './page-result.js';
import { WorkerPool, type WorkerPoolStats } from './pool.js';

export { ENGINE_NAME, type PageSegmentation } from './engine-options.js';
export { DEFAULT_RECYCLE_AFTER_PAGES, defaultPoolSize } from './pool.js';

export interface RecognizerOptions {
  /** Engine workers; defaults to one per core. */
  workers?: number;
  /** Each worker is replaced after this many pages. */
  recycleAfterPages?: number;
  /** Tesseract page segmentation; `auto` (PSM 3) by default. */
  psm?: PageSegmentation;
  preprocess?: Omit<PreprocessOptions, 'dpi'>;
  /** A page whose mean confidence is below this is also read upside down, and the better reading kept. */
  upsideDownBelowConfidence?: number;
}

export interface PageInfo {
  document: string;
  number: number;
  /** Resolution known from the container (a PDF page's size); read from the image otherwise. */
  dpi?: number | null;
}

export interface RecognizerStats extends WorkerPoolStats {
  /** Seconds spent preparing page images and inside the engine, summed over pages (they overlap across workers). */
  preprocessSeconds: number;
  engineSeconds: number;
  /** Pages read a second time upside down because the first reading was poor. */
  halfTurnRetries: number;
}

export interface Recognizer extends PageRecognizer {
  /** Pages that can usefully be in flight at once (the pool size). */
  readonly concurrency: number;
  stats(): RecognizerStats;
  close(): Promise<void>;
}

interface Reading {
  text: string;
  page: OcrPage;
}

/**
 * Starts one engine worker. Two tesseract.js traps are handled here: without an errorHandler a failed job is
 * rethrown inside its message listener (crashing the process; the job's own promise rejects anyway), and when
 * the model fails to load, createWorker's promise never settles, so the errorHandler ends the wait instead.
 */
async function startWorker(psm: PageSegmentation, dpi: number): Promise<Worker> {
  let started = false;
  let failStartup: (error: Error) => void = () => undefined;
  const startupFailed = new Promise<never>((_, reject) => {
    failStartup = reject;
  });
  startupFailed.catch(() => undefined);
  const errorHandler = (error: unknown) => {
    if (started) return;
    failStartup(
      new MissingDependencyError(
        `the OCR engine could not load its ${OCR_LANGUAGE} model from ${modelFolder()}: ${error instanceof Error ? error.message : String(error)}`,
        'reinstall the dependencies (npm ci); the model ships in @tesseract.js-data/vie',
      ),
    );
  };
  const worker = await Promise.race([createWorker(OCR_LANGUAGE, ENGINE_MODE, { ...offlineWorkerOptions(), errorHandler }), startupFailed]);
  started = true;
  await worker.setParameters(engineParameters(psm, dpi));
  return worker;
}

const timings = () => ({ preprocessSeconds: 0, engineSeconds: 0, halfTurnRetries: 0 });

async function read(worker: Worker, prepared: PreparedImage, spent: ReturnType<typeof timings>): Promise<Reading> {
  const started = performance.now();
  const { data } = await worker.recognize(toPgm(prepared), {}, { text: true, tsv: true, blocks: false });
  spent.engineSeconds += (performance.now() - started) / 1000;
  const page = toOcrPage(data, ENGINE_NAME, { width: prepared.width, height: prepared.height, dpi: prepared.dpi, rotation: prepared.rotation });
  return { text: pageText(data), page };
}

/**
 * One tesseract.js pool for a whole batch. Pages are preprocessed and read inside the pool's limit, so no more
 * page images are decoded at once than there are workers.
 */
export async function createRecognizer(options: RecognizerOptions = {}): Promise<Recognizer> {
  const psm = options.psm ?? 'auto';
  const targetDpi = options.preprocess?.targetDpi ?? 300;
  const upsideDownBelow = options.upsideDownBelowConfidence ?? 60;
  const pool = new WorkerPool<Worker>({
    size: options.workers,
    recycleAfterPages: options.recycleAfterPages,
    create: () => startWorker(psm, targetDpi),
  });
  const spent = timings();
  return {
    concurrency: pool.size,
    recognize(image: Buffer, page: PageInfo) {
      const job = pool.run(async (worker) => {
        const started = performance.now();
        const prepared = await preprocess(image, { ...options.preprocess, dpi: page.dpi ?? null });
        spent.preprocessSeconds += (performance.now() - started) / 1000;
        const reading = await read(worker, prepared, spent);
        if (reading.page.meanConfidence >= upsideDownBelow || reading.page.lines.length === 0) return reading;
        spent.halfTurnRetries += 1;
        const turned = await read(worker, await turnHalf(prepared), spent);
        return turned.page.meanConfidence > reading.page.meanConfidence ? turned : reading;
      });
      return job.catch((error: unknown) => {
        if (error instanceof VnplanError) throw error;
        throw new InputFileError(page.document, `page ${page.number} could not be OCRed (${describeError(error)})`);
      });
    },
    stats: () => ({ ...pool.getStats(), ...spent }),
    close: () => pool.close(),
  };
}
