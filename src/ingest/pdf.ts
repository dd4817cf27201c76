import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import { PDFiumDocument, PDFiumLibrary, type PDFiumPage } from '@hyzyla/pdfium';
import { InputFileError } from '../errors/index.js';
import type { IngestedDocument, IngestedPage } from './index.js';
import { inputFileSize } from './source.js';
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

/** The parts of the PDFium wasm module the wrapper keeps private and that loading from a file needs. */
interface PdfiumModule {
  HEAPU8: Uint8Array;
  wasmExports: { malloc(size: number): number; free(pointer: number): void };
  _FPDF_LoadMemDocument(pointer: number, size: number, password: number): number;
  _FPDF_GetLastError(): number;
}

const LOAD_ERRORS: Record<number, string> = {
  2: 'the file could not be opened',
  3: 'not in PDF format or corrupted',
  4: 'PDF is password-protected',
  5: 'unsupported PDF security scheme',
  6: 'page not found or content error',
};
const CHUNK_BYTES = 8 * 1024 * 1024;

export interface LoadedPdf {
  document: PDFiumDocument;
  sha256: string;
  size: number;
}

/**
 * Reads the file straight into PDFium's memory in chunks, hashing as it goes. The wrapper's loadDocument wants
 * the whole file in a JS buffer first and copies it, which doubles the peak memory of a 300 MB scan.
 */
export async function loadPdf(path: string): Promise<LoadedPdf> {
  const size = await inputFileSize(path);
  const module = (await pdfium()) as unknown as { module: PdfiumModule };
  const wasm = module.module;
  const pointer = wasm.wasmExports.malloc(size);
  if (!pointer) throw new InputFileError(path, `PDF too large to load (${Math.round(size / 1024 / 1024)} MB)`);
  const hash = createHash('sha256');
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    wasm.wasmExports.free(pointer);
    throw new InputFileError(path, `cannot read (${error.code ?? error.message})`);
  });
  try {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size));
    for (let offset = 0; offset < size; ) {
      const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, size - offset), offset);
      if (bytesRead === 0) throw new InputFileError(path, 'file shrank while being read');
      const part = chunk.subarray(0, bytesRead);
      if (offset === 0 && part.subarray(0, 1024).indexOf('%PDF-') === -1) throw new InputFileError(path, 'not a PDF (no %PDF- header)');
      hash.update(part);
      wasm.HEAPU8.set(part, pointer + offset); // HEAPU8 read each time: the wasm memory may have grown meanwhile
      offset += bytesRead;
    }
  } catch (error) {
    wasm.wasmExports.free(pointer);
    throw error;
  } finally {
    await file.close();
  }
  const documentIdx = wasm._FPDF_LoadMemDocument(pointer, size, 0);
  if (!documentIdx) {
    const code = wasm._FPDF_GetLastError();
    wasm.wasmExports.free(pointer);
    const reason = LOAD_ERRORS[code] ?? `unknown error ${code}`;
    if (code === 4) throw new InputFileError(path, reason, 'remove the password and try again');
    throw new InputFileError(path, `not a readable PDF (${reason})`);
  }
  const document = new PDFiumDocument({ module: wasm as never, documentIdx, documentPtr: pointer });
  return { document, sha256: hash.digest('hex'), size };
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

/**
 * PDFium keeps what it parsed for a page (a scan's whole JPEG stream, about 1 MB) until the document is closed,
 * even after the page is: 300 scanned pages would pin 300 MB more. The document is reopened after this many pages.
 */
export const REOPEN_AFTER_PAGES = 25;

/**
 * An open PDF that is reopened from its file every few pages to drop PDFium's per-page caches; a reopen waits
 * until no page image is being read, and refuses a file that changed meanwhile.
 */
class ReopeningPdf {
  private pagesSinceOpen = 0;
  private reading = 0;
  private closed = false;
  private reopening: Promise<void> | null = null;

  constructor(
    private readonly path: string,
    private readonly sha256: string,
    private document: PDFiumDocument,
  ) {}

  /** Runs `use` on a loaded page and closes the page afterwards (unless `use` already did, by rendering it). */
  async withPage<T>(index: number, use: (page: PDFiumPage) => Promise<T>, closesPage = false): Promise<T> {
    while (this.reopening) await this.reopening;
    if (this.closed) throw new Error(`${this.path}: page ${index + 1} read after the document was closed`);
    this.reading += 1;
    const page = this.document.getPage(index);
    try {
      return await use(page);
    } finally {
      if (!closesPage) closePage(page);
      this.reading -= 1;
    }
  }

  async countPage(): Promise<void> {
    this.pagesSinceOpen += 1;
    if (this.pagesSinceOpen < REOPEN_AFTER_PAGES || this.reading > 0 || this.closed) return;
    this.reopening = this.reopen();
    try {
      await this.reopening;
    } finally {
      this.reopening = null;
    }
  }

  private async reopen(): Promise<void> {
    this.document.destroy();
    const reopened = await loadPdf(this.path).catch((error: unknown) => {
      this.closed = true;
      throw error;
    });
    if (reopened.sha256 !== this.sha256) {
      reopened.document.destroy();
      this.closed = true;
      throw new InputFileError(this.path, 'the file changed while it was being read');
    }
    this.document = reopened.document;
    this.pagesSinceOpen = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.document.destroy();
  }
  // After a failed reopen the old document is already destroyed and `closed` is set, so close() does nothing.
}

/** Reads a PDF: per page, its text layer (judged usable or not) and its image for OCR, loaded on demand. */
export async function ingestPdf(path: string): Promise<IngestedDocument> {
  const { document, sha256, size } = await loadPdf(path);
  const pageCount = document.getPageCount();
  if (pageCount === 0) {
    document.destroy();
    throw new InputFileError(path, 'PDF has no pages');
  }
  const pdf = new ReopeningPdf(path, sha256, document);
  const pageImage = (index: number, source: PageImageSource) => (): Promise<Buffer> =>
    source.kind === 'render' ? pdf.withPage(index, renderPage, true) : pdf.withPage(index, embeddedJpeg);
  return {
    source: {
      path,
      name: basename(path),
      sha256,
      size,
      kind: 'pdf',
      mimeType: 'application/pdf',
      encoding: null,
      pages: pageCount,
    },
    async *pages(): AsyncGenerator<IngestedPage> {
      for (let index = 0; index < pageCount; index += 1) {
        const survey = await pdf.withPage(index, surveyPage).catch((error: unknown) => {
          throw new InputFileError(path, `page ${index + 1} cannot be read (${error instanceof Error ? error.message : String(error)})`);
        });
        yield {
          number: index + 1,
          text: pageTextWithoutOcr(survey),
          textLayer: survey.textLayer,
          image: pageImage(index, survey.source),
          dpi: survey.source.kind === 'embedded-jpeg' ? survey.source.dpi : RENDER_DPI,
        };
        await pdf.countPage();
      }
    },
    async close() {
      pdf.close();
    },
  };
}
