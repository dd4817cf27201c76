import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { OcrPageSchema } from '../schema/ocr.js';
import { writeFileAtomic } from '../write/atomic.js';
import { makeFolders } from '../write/folders.js';
import type { PageRecognizer } from './pages.js';

const CachedPageSchema = z.object({ text: z.string(), page: OcrPageSchema });

/**
 * Caches OCR results by the page image's hash (and the engine's settings), so a changed dictionary or extractor
 * re-runs restoration and extraction without OCRing again.
 */
export function cachingRecognizer(recognizer: PageRecognizer, cacheDir: string, engineKey: string): PageRecognizer {
  let ready: Promise<unknown> | null = null;
  return {
    concurrency: recognizer.concurrency,
    async recognize(image, page) {
      ready ??= makeFolders(cacheDir);
      await ready;
      const key = createHash('sha256').update(engineKey).update('\0').update(image).digest('hex');
      const path = join(cacheDir, `${key}.json`);
      try {
        const cached = CachedPageSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        if (cached.success) return cached.data;
      } catch {
        // not cached yet, or unreadable: recognise again
      }
      const result = await recognizer.recognize(image, page);
      await writeFileAtomic(path, JSON.stringify(result));
      return result;
    },
  };
}

/** Stops a document between pages once the batch is interrupted. */
export function abortableRecognizer(recognizer: PageRecognizer, signal: AbortSignal, onPage?: () => void): PageRecognizer {
  return {
    concurrency: recognizer.concurrency,
    async recognize(image, page) {
      signal.throwIfAborted();
      const result = await recognizer.recognize(image, page);
      signal.throwIfAborted();
      onPage?.();
      return result;
    },
  };
}
