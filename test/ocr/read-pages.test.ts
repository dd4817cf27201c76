import { describe, expect, it } from 'vitest';
import type { IngestedDocument, IngestedPage } from '../../src/ingest/index.js';
import { readDocumentPages, type PageRecognizer } from '../../src/pipeline/pages.js';
import type { OcrPage } from '../../src/schema/ocr.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

function ocrPage(): OcrPage {
  return { engine: 'fake', meanConfidence: 90, width: 10, height: 10, dpi: 300, rotation: 0, lines: [] };
}

/** A PDF-like document: pages with text (usable layer) or without (needs OCR); counts images held at once. */
function fakeDocument(pages: Array<{ text: string | null; textLayer?: string | null }>) {
  const state = { imagesHeld: 0, mostImagesHeld: 0, imagesLoaded: 0, closed: false };
  const document: IngestedDocument = {
    source: { path: 'scan.pdf', name: 'scan.pdf', sha256: '0'.repeat(64), size: 1, kind: 'pdf', mimeType: 'application/pdf', encoding: null, pages: pages.length },
    async *pages() {
      for (const [index, page] of pages.entries()) {
        const ingested: IngestedPage = {
          number: index + 1,
          text: page.text,
          textLayer: page.textLayer ?? page.text,
          dpi: 300,
          image: async () => {
            if (state.closed) throw new Error('read after close');
            state.imagesLoaded += 1;
            state.imagesHeld += 1;
            state.mostImagesHeld = Math.max(state.mostImagesHeld, state.imagesHeld);
            return Buffer.from(`page ${index + 1}`);
          },
        };
        yield ingested;
      }
    },
    async close() {
      state.closed = true;
    },
  };
  const release = () => (state.imagesHeld -= 1);
  return { document, state, release };
}

function fakeRecognizer(concurrency: number, release: () => void, fail?: number): PageRecognizer & { calls: Array<{ number: number; dpi?: number | null }> } {
  const calls: Array<{ number: number; dpi?: number | null }> = [];
  return {
    concurrency,
    calls,
    async recognize(image, page) {
      calls.push({ number: page.number, dpi: page.dpi });
      await tick();
      release();
      if (page.number === fail) throw new Error(`page ${page.number} failed`);
      return { text: `OCR of ${image.toString()}`, page: ocrPage() };
    },
  };
}

describe('readDocumentPages', () => {
  it('auto: OCRs pages without usable text, keeps text-layer pages and the unused layer', async () => {
    const { document, release } = fakeDocument([{ text: 'Kế hoạch' }, { text: null, textLayer: 'Ké hoach garbled' }, { text: null, textLayer: null }]);
    const recognizer = fakeRecognizer(2, release);
    const pages = await readDocumentPages(document, { ocrMode: 'auto', recognizer });
    expect(pages.map((page) => page.origin)).toEqual(['text-layer', 'ocr', 'ocr']);
    expect(pages[1]).toMatchObject({ text: 'OCR of page 2', textLayer: 'Ké hoach garbled' });
    expect(recognizer.calls.map((call) => call.dpi)).toEqual([300, 300]);
  });

  it('always OCRs every page; never OCRs none and falls back to the text layer', async () => {
    const always = fakeDocument([{ text: 'Kế hoạch' }, { text: null, textLayer: 'Ké hoach' }]);
    const alwaysPages = await readDocumentPages(always.document, { ocrMode: 'always', recognizer: fakeRecognizer(1, always.release) });
    expect(alwaysPages.map((page) => page.origin)).toEqual(['ocr', 'ocr']);
    const never = fakeDocument([{ text: 'Kế hoạch' }, { text: null, textLayer: 'Ké hoach' }]);
    const neverPages = await readDocumentPages(never.document, { ocrMode: 'never', recognizer: null });
    expect(neverPages.map((page) => [page.origin, page.text])).toEqual([
      ['text-layer', 'Kế hoạch'],
      ['text-layer', 'Ké hoach'],
    ]);
    expect(never.state.imagesLoaded).toBe(0);
  });

  it('streams: never holds more page images than the recognizer works on, and keeps page order', async () => {
    const { document, state, release } = fakeDocument(Array.from({ length: 40 }, () => ({ text: null })));
    const pages = await readDocumentPages(document, { ocrMode: 'auto', recognizer: fakeRecognizer(3, release) });
    expect(pages.map((page) => page.number)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(state.imagesLoaded).toBe(40);
    expect(state.mostImagesHeld).toBeLessThanOrEqual(3);
    expect(state.mostImagesHeld).toBeGreaterThan(1);
  });

  it('a failed page rejects the document, after pages in flight have settled and without starting the rest', async () => {
    const { document, state, release } = fakeDocument(Array.from({ length: 30 }, () => ({ text: null })));
    const recognizer = fakeRecognizer(2, release, 3);
    await expect(readDocumentPages(document, { ocrMode: 'auto', recognizer })).rejects.toThrow('page 3 failed');
    expect(state.imagesHeld).toBe(0);
    expect(state.imagesLoaded).toBeLessThan(30);
  });

  it('names the file when a page needs OCR and no engine is available', async () => {
    const { document } = fakeDocument([{ text: null }]);
    await expect(readDocumentPages(document, { ocrMode: 'auto', recognizer: null })).rejects.toThrow(/scan\.pdf: page 1 needs OCR/);
  });
});
