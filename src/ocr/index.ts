import { createWorker, type Worker } from 'tesseract.js';
import type { PageRecognizer } from '../pipeline/pages.js';
import type { OcrPage } from '../schema/ocr.js';
import { preprocess, toPgm, turnHalf, type PreparedImage, type PreprocessOptions } from '../preprocess/index.js';
import { ENGINE_MODE, ENGINE_NAME, OCR_LANGUAGE, engineParameters, offlineWorkerOptions, type PageSegmentation } from './engine-options.js';
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

export interface Recognizer extends PageRecognizer {
  /** Pages that can usefully be in flight at once (the pool size). */
  readonly concurrency: number;
  stats(): WorkerPoolStats;
  close(): Promise<void>;
}

interface Reading {
  text: string;
  page: OcrPage;
}

async function startWorker(psm: PageSegmentation, dpi: number): Promise<Worker> {
  const worker = await createWorker(OCR_LANGUAGE, ENGINE_MODE, offlineWorkerOptions());
  await worker.setParameters(engineParameters(psm, dpi));
  return worker;
}

async function read(worker: Worker, prepared: PreparedImage): Promise<Reading> {
  const { data } = await worker.recognize(toPgm(prepared), {}, { text: true, blocks: true });
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
  return {
    concurrency: pool.size,
    recognize(image: Buffer, page: PageInfo) {
      return pool.run(async (worker) => {
        const prepared = await preprocess(image, { ...options.preprocess, dpi: page.dpi ?? null });
        const reading = await read(worker, prepared);
        if (reading.page.meanConfidence >= upsideDownBelow || reading.page.lines.length === 0) return reading;
        const turned = await read(worker, await turnHalf(prepared));
        return turned.page.meanConfidence > reading.page.meanConfidence ? turned : reading;
      });
    },
    stats: () => pool.getStats(),
    close: () => pool.close(),
  };
}
