import type { IngestedDocument, IngestedPage } from '../ingest/index.js';
import type { OcrPage } from '../schema/ocr.js';
import { InputFileError } from '../errors/index.js';

export type OcrMode = 'auto' | 'always' | 'never';
export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];

export interface PageText {
  number: number;
  origin: 'text' | 'text-layer' | 'ocr';
  text: string;
  textLayer: string | null;
  ocr: OcrPage | null;
}

/** Recognises one page image; src/ocr provides the tesseract.js pool behind it. */
export interface PageRecognizer {
  recognize(image: Buffer, page: { document: string; number: number; dpi?: number | null }): Promise<{ text: string; page: OcrPage }>;
  /** Pages worth having in flight at once (the pool size); 1 when absent. */
  readonly concurrency?: number;
}

export interface ReadPagesOptions {
  ocrMode: OcrMode;
  recognizer: PageRecognizer | null;
}

/**
 * Whether a page is OCRed: `always` OCRs every page that has an image, `never` none, and `auto` those without
 * usable text (ingest leaves `text` null when a text layer is missing or garbled).
 */
export function needsOcr(page: IngestedPage, mode: OcrMode): boolean {
  if (mode === 'never' || page.image === null) return false;
  return mode === 'always' || page.text === null;
}

async function readPage(document: IngestedDocument, page: IngestedPage, options: ReadPagesOptions): Promise<PageText> {
  if (needsOcr(page, options.ocrMode) && page.image) {
    if (!options.recognizer) throw new InputFileError(document.source.path, `page ${page.number} needs OCR but no OCR engine is available`);
    const image = await page.image();
    const result = await options.recognizer.recognize(image, { document: document.source.path, number: page.number, dpi: page.dpi ?? null });
    return { number: page.number, origin: 'ocr', text: result.text, textLayer: page.textLayer, ocr: result.page };
  }
  const origin = document.source.kind === 'text' ? 'text' : 'text-layer';
  return { number: page.number, origin, text: page.text ?? page.textLayer ?? '', textLayer: origin === 'text' ? null : page.textLayer, ocr: null };
}

/**
 * Reads every page's text in page order. OCR pages run concurrently, but no more of them are in flight (and so
 * no more page images held) than the recognizer can work on, so a 300-page PDF streams through.
 */
export async function readDocumentPages(document: IngestedDocument, options: ReadPagesOptions): Promise<PageText[]> {
  const window = Math.max(1, Math.floor(options.recognizer?.concurrency ?? 1));
  const results: Promise<PageText>[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = false;
  try {
    for await (const page of document.pages()) {
      const result = readPage(document, page, options);
      results.push(result);
      const settled = result.then(
        () => undefined,
        () => {
          failed = true;
        },
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      while (inFlight.size >= window) await Promise.race(inFlight);
      if (failed) break; // the error surfaces from Promise.all below; later pages are not started
    }
    return await Promise.all(results);
  } finally {
    // The document is closed after this returns; no page may still be reading from it.
    await Promise.allSettled(results);
  }
}
