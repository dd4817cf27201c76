import type { IngestedDocument } from '../ingest/index.js';
import type { OcrPage } from '../schema/ocr.js';
import { InputFileError } from '../errors/index.js';

export type OcrMode = 'auto' | 'always' | 'never';

export interface PageText {
  number: number;
  origin: 'text' | 'text-layer' | 'ocr';
  text: string;
  textLayer: string | null;
  ocr: OcrPage | null;
}

/** Recognises one page image; the OCR issue provides the tesseract.js pool behind it. */
export interface PageRecognizer {
  recognize(image: Buffer, page: { document: string; number: number }): Promise<{ text: string; page: OcrPage }>;
}

export interface ReadPagesOptions {
  ocrMode: OcrMode;
  recognizer: PageRecognizer | null;
}

/** Reads every page's text in order, OCRing the pages that need it. */
export async function readDocumentPages(document: IngestedDocument, options: ReadPagesOptions): Promise<PageText[]> {
  const pages: PageText[] = [];
  for await (const page of document.pages()) {
    const wantsOcr = options.ocrMode === 'always' || page.text === null;
    if (wantsOcr && page.image && options.ocrMode !== 'never') {
      if (!options.recognizer) throw new InputFileError(document.source.path, `page ${page.number} needs OCR but no OCR engine is available`);
      const result = await options.recognizer.recognize(await page.image(), { document: document.source.path, number: page.number });
      pages.push({ number: page.number, origin: 'ocr', text: result.text, textLayer: page.textLayer, ocr: result.page });
    } else {
      const origin = document.source.kind === 'text' ? 'text' : 'text-layer';
      pages.push({ number: page.number, origin, text: page.text ?? page.textLayer ?? '', textLayer: origin === 'text' ? null : page.textLayer, ocr: null });
    }
  }
  return pages;
}
