import { basename } from 'node:path';
import sharp from 'sharp';
import { PDFiumLibrary, type PDFiumDocument, type PDFiumPage } from '@hyzyla/pdfium';
import { InputFileError } from '../errors/index.js';
import type { IngestedDocument, IngestedPage } from './index.js';
import { readInputFile, sha256 } from './source.js';
import { assessTextLayer, MIN_SYLLABLES } from './text-layer.js';

/** Resolution pages are rendered at when their scan cannot be taken out as it is. */
export const RENDER_DPI = 300;
const POINTS_PER_INCH = 72;
/** A scan fills its page: the image's shape must match the page's within this. */
const ASPECT_TOLERANCE = 0.03;

let library: Promise<PDFiumLibrary> | null = null;

/** One PDFium instance per process; it is single-threaded wasm, and documents share it safely. */
function pdfium(): Promise<PDFiumLibrary> {
  library ??= PDFiumLibrary.init();
  return library;
}

/** How a page's image for OCR is obtained. */
export type PageImageSource = { kind: 'embedded-jpeg'; dpi: number } | { kind: 'render' };

interface PageSurvey {
  textLayer: string | null;
  images: number;
  paths: number;
  source: PageImageSource;
}

/** The wrapper closes a page only when it renders it; pages read for text or images are closed here. */
function closePage(page: PDFiumPage): void {
  const handle = page as unknown as { module: { _FPDF_ClosePage(index: number): void }; pageIdx: number };
  handle.module._FPDF_ClosePage(handle.pageIdx);
}

function normaliseLayer(text: string): string | null {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '');
  return cleaned.trim().length === 0 ? null : cleaned;
}

/**
 * A page that is one JPEG filling the page (what scanners write) gives its JPEG bytes as they are: no
 * decoding, no resampling, and its true resolution. Anything else is rendered.
 */
async function surveyPage(page: PDFiumPage): Promise<PageSurvey> {
  const textLayer = normaliseLayer(page.getText());
  const { originalWidth, originalHeight } = page.getOriginalSize();
  let images = 0;
  let paths = 0;
  let jpeg: { width: number; height: number } | null = null;
  for (const object of page.objects()) {
    if (object.type === 'path') paths += 1;
    if (object.type !== 'image') continue;
    images += 1;
    const raw = await object.getImageDataRaw().catch(() => null);
    if (raw && raw.filters.length === 1 && raw.filters[0] === 'DCTDecode') jpeg = { width: raw.width, height: raw.height };
  }
  const fills = jpeg !== null && Math.abs(jpeg.width / jpeg.height / (originalWidth / originalHeight) - 1) < ASPECT_TOLERANCE;
  const source: PageImageSource =
    jpeg && fills && images === 1 && paths === 0 ? { kind: 'embedded-jpeg', dpi: (jpeg.width / originalWidth) * POINTS_PER_INCH } : { kind: 'render' };
  return { textLayer, images, paths, source };
}

async function embeddedJpeg(page: PDFiumPage): Promise<Buffer> {
  for (const object of page.objects()) {
    if (object.type !== 'image') continue;
    const raw = await object.getImageDataRaw();
    return Buffer.from(raw.data);
  }
  throw new Error('the page has no image');
}

async function renderPage(page: PDFiumPage): Promise<Buffer> {
  const rendered = await page.render({ scale: RENDER_DPI / POINTS_PER_INCH, colorSpace: 'Gray', render: 'bitmap' });
  return sharp(Buffer.from(rendered.data), { raw: { width: rendered.width, height: rendered.height, channels: 1 } })
    .withMetadata({ density: RENDER_DPI })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

async function loadDocument(path: string, bytes: Buffer): Promise<PDFiumDocument> {
  const pdf = await pdfium();
  try {
    return await pdf.loadDocument(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) throw new InputFileError(path, 'PDF is password-protected', 'remove the password and try again');
    throw new InputFileError(path, `not a readable PDF (${reason.toLowerCase()})`);
  }
}

/**
 * The page's text when OCR is not needed: a usable text layer; a short layer on a page with nothing drawn but
 * text (too few words to judge, and nothing for OCR to add); or nothing at all on a blank page. Null means OCR.
 */
export function pageTextWithoutOcr(survey: Pick<PageSurvey, 'textLayer' | 'images' | 'paths'>): string | null {
  const layer = survey.textLayer;
  if (layer === null) return survey.images === 0 && survey.paths === 0 ? '' : null;
  const assessment = assessTextLayer(layer);
  if (assessment.usable) return layer;
  return survey.images === 0 && assessment.syllables < MIN_SYLLABLES ? layer : null;
}

/** Reads a PDF: per page, its text layer (judged usable or not) and its image for OCR, loaded on demand. */
export async function ingestPdf(path: string): Promise<IngestedDocument> {
  const bytes = await readInputFile(path);
  if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) throw new InputFileError(path, 'not a PDF (no %PDF- header)');
  const document = await loadDocument(path, bytes);
  const pageCount = document.getPageCount();
  if (pageCount === 0) {
    document.destroy();
    throw new InputFileError(path, 'PDF has no pages');
  }
  let closed = false;
  const pageImage = (index: number, source: PageImageSource) => async (): Promise<Buffer> => {
    if (closed) throw new Error(`${path}: page ${index + 1} read after the document was closed`);
    const page = document.getPage(index);
    if (source.kind === 'render') return renderPage(page); // rendering closes the page
    try {
      return await embeddedJpeg(page);
    } finally {
      closePage(page);
    }
  };
  return {
    source: {
      path,
      name: basename(path),
      sha256: sha256(bytes),
      size: bytes.length,
      kind: 'pdf',
      mimeType: 'application/pdf',
      encoding: null,
      pages: pageCount,
    },
    async *pages(): AsyncGenerator<IngestedPage> {
      for (let index = 0; index < pageCount; index += 1) {
        const page = document.getPage(index);
        let survey: PageSurvey;
        try {
          survey = await surveyPage(page);
        } catch (error) {
          throw new InputFileError(path, `page ${index + 1} cannot be read (${error instanceof Error ? error.message : String(error)})`);
        } finally {
          closePage(page);
        }
        yield {
          number: index + 1,
          text: pageTextWithoutOcr(survey),
          textLayer: survey.textLayer,
          image: pageImage(index, survey.source),
          dpi: survey.source.kind === 'embedded-jpeg' ? survey.source.dpi : RENDER_DPI,
        };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      document.destroy();
    },
  };
}
