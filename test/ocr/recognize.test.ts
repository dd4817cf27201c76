import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { createRecognizer, type Recognizer } from '../../src/ocr/index.js';
import { characterErrorRate } from '../../src/ocr/error-rate.js';
import { readDocumentPages } from '../../src/pipeline/pages.js';
import { OcrPageSchema } from '../../src/schema/ocr.js';

const scans = fileURLToPath(new URL('../../fixtures/scans/', import.meta.url));
const truthPages = async (name: string) => (await readFile(join(scans, `${name}.gt.txt`), 'utf8')).replace(/\n$/, '').split('\f');

/** End to end on committed scans: ingest → preprocess → tesseract.js pool, scored against ground truth. */
describe('OCR of scanned pages', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await createRecognizer({ workers: 1 });
  });
  afterAll(async () => {
    await recognizer.close();
  });

  it('reads a mild image-only PDF page close to its ground truth, with lines, words and boxes', async () => {
    const document = await ingest(join(scans, 'scan-mild.pdf'));
    const pages = await readDocumentPages(document, { ocrMode: 'auto', recognizer });
    await document.close();
    const [truth] = await truthPages('scan-mild.pdf');
    const [page] = pages;
    expect(page!.origin).toBe('ocr');
    expect(characterErrorRate(truth!, page!.text).rate).toBeLessThan(0.01);
    const ocr = OcrPageSchema.parse(page!.ocr);
    expect(ocr.dpi).toBe(300);
    expect(ocr.meanConfidence).toBeGreaterThan(80);
    expect(ocr.lines.length).toBeGreaterThan(20);
    for (const line of ocr.lines) {
      expect(line.bbox.x1).toBeGreaterThan(line.bbox.x0);
      expect(line.bbox.y1).toBeLessThanOrEqual(ocr.height);
      for (const word of line.words) {
        expect(word.bbox.x0).toBeGreaterThanOrEqual(line.bbox.x0);
        expect(word.bbox.x1).toBeLessThanOrEqual(line.bbox.x1);
      }
    }
    expect(ocr.lines.map((line) => line.text).join('\n')).toBe(page!.text.split('\n').filter((line) => line.trim()).join('\n'));
  });

  it('turns an upside-down page of a multi-page TIFF and reads it', async () => {
    const document = await ingest(join(scans, 'scan-2pages.tiff'));
    let image: Buffer | null = null;
    for await (const page of document.pages()) if (page.number === 2) image = await page.image!();
    await document.close();
    const result = await recognizer.recognize(image!, { document: 'scan-2pages.tiff', number: 2 });
    const truth = (await truthPages('scan-2pages.tiff'))[1]!;
    expect(Math.round(result.page.rotation / 90) * 90).toBe(180);
    expect(characterErrorRate(truth, result.text).rate).toBeLessThan(0.02);
    expect(recognizer.stats().pages).toBe(2);
  });
});

describe('OCR of a broken page image', () => {
  it('fails that page with an error naming the document and page', async () => {
    const recognizer = await createRecognizer({ workers: 1 });
    try {
      const error = await recognizer.recognize(Buffer.from('not an image'), { document: 'plan.pdf', number: 7 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^plan\.pdf: page 7 could not be OCRed/);
    } finally {
      await recognizer.close();
    }
  });
});
