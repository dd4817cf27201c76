import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputFileError } from '../errors/index.js';
import type { Source } from '../schema/document.js';
import { decodeText, splitTextPages } from './text.js';
import { ingestPdf } from './pdf.js';
import { IMAGE_EXTENSIONS, ingestImage } from './image.js';

export interface IngestedPage {
  /** 1-based page number. */
  number: number;
  /** Text to use as is (a .txt page, or a usable text layer); null when the page must be OCRed. */
  text: string | null;
  /** A text layer found on the page, whether or not it is used. */
  textLayer: string | null;
  /** The page image for OCR, loaded on demand so pages stream; null when there is none. */
  image: (() => Promise<Buffer>) | null;
  /** Resolution of that image when the container knows it (a PDF page's size); otherwise read from the image. */
  dpi?: number | null;
}

export interface IngestedDocument {
  source: Source;
  pages(): AsyncIterable<IngestedPage>;
  close(): Promise<void>;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const PDF_EXTENSIONS = new Set(['.pdf']);
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...PDF_EXTENSIONS, ...IMAGE_EXTENSIONS];

export function isSupportedInput(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
}

export async function ingest(path: string): Promise<IngestedDocument> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(path, error.code === 'ENOENT' ? 'file not found' : `cannot read (${error.code ?? error.message})`);
  });
  if (!info.isFile()) throw new InputFileError(path, 'not a regular file');
  const extension = extname(path).toLowerCase();
  if (PDF_EXTENSIONS.has(extension)) return ingestPdf(path);
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return ingestImage(path);
  if (!TEXT_EXTENSIONS.has(extension)) {
    throw new InputFileError(path, `unsupported file type "${extension || '(none)'}"`, `supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new InputFileError(path, 'empty file (0 bytes)');
  const { text, encoding } = decodeText(path, bytes);
  const pageTexts = splitTextPages(text.normalize('NFC'));
  const source: Source = {
    path,
    name: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    kind: 'text',
    mimeType: 'text/plain',
    encoding,
    pages: pageTexts.length,
  };
  return {
    source,
    async *pages() {
      for (const [index, pageText] of pageTexts.entries()) {
        yield { number: index + 1, text: pageText, textLayer: null, image: null };
      }
    },
    async close() {},
  };
}
