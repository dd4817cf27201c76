/**
 * OCR of typeset pages with tesseract.js and the ENGLISH LSTM model, cached by image hash so reruns are cheap.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createScheduler, createWorker, OEM, PSM } from 'tesseract.js';

export interface OcrResult {
  text: string;
  meanConfidence: number;
}

const require = createRequire(import.meta.url);
/** The ENGLISH model shipped by @tesseract.js-data/eng (best_int: the LSTM model tesseract.js uses by default). */
export function englishLangPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export const OCR_ENGINE = 'tesseract.js 7, eng 4.0.0_best_int, OEM LSTM_ONLY, PSM 6 (single block)';

export interface CachedOcr {
  recognize(png: Buffer): Promise<OcrResult>;
  close(): Promise<void>;
  readonly hits: number;
  readonly misses: number;
}

export async function openCachedOcr(cacheFolder: string, workers: number): Promise<CachedOcr> {
  await mkdir(cacheFolder, { recursive: true });
  const scheduler = createScheduler();
  let starting: Promise<void> | null = null;
  let hits = 0;
  let misses = 0;
  const start = async () => {
    for (let i = 0; i < workers; i++) {
      const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath: englishLangPath(), gzip: true, cacheMethod: 'none' });
      await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
      scheduler.addWorker(worker);
    }
  };
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    async recognize(png) {
      const key = createHash('sha256').update(png).digest('hex').slice(0, 24);
      const file = path.join(cacheFolder, `${key}.json`);
      try {
        const cached = JSON.parse(await readFile(file, 'utf8')) as OcrResult;
        hits++;
        return cached;
      } catch {
        // not cached yet
      }
      starting ??= start();
      await starting;
      const { data } = await scheduler.addJob('recognize', png);
      const result: OcrResult = { text: data.text, meanConfidence: data.confidence };
      await writeFile(file, JSON.stringify(result));
      misses++;
      return result;
    },
    async close() {
      if (starting) await scheduler.terminate();
    },
  };
}
