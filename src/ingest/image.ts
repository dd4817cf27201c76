import { basename, extname } from 'node:path';
import sharp from 'sharp';
import { InputFileError } from '../errors/index.js';
import type { IngestedDocument, IngestedPage } from './index.js';
import { readInputFile, sha256 } from './source.js';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

const MIME_OF_FORMAT: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

/** Reads a PNG, JPEG or (multi-page) TIFF; each page's image is decoded only when OCR asks for it. */
export async function ingestImage(path: string): Promise<IngestedDocument> {
  const bytes = await readInputFile(path);
  const metadata = await sharp(bytes)
    .metadata()
    .catch((error: unknown) => {
      throw new InputFileError(path, `not a readable image (${error instanceof Error ? error.message : String(error)})`);
    });
  const format = metadata.format;
  const mimeType = MIME_OF_FORMAT[format];
  if (!mimeType) throw new InputFileError(path, `unsupported image format "${format}"`, 'use PNG, JPEG or TIFF');
  const pageCount = Math.max(1, metadata.pages ?? 1);
  // Decode the file once now so a truncated or corrupt image fails here, naming the file, not deep in OCR.
  await sharp(bytes, { page: 0 })
    .stats()
    .catch((error: unknown) => {
      throw new InputFileError(path, `image data is damaged (${error instanceof Error ? error.message : String(error)})`);
    });
  const density = metadata.density;
  const pageImage = (index: number) => async (): Promise<Buffer> => {
    if (pageCount === 1) return bytes;
    const page = sharp(bytes, { page: index });
    return (density ? page.withMetadata({ density }) : page).png({ compressionLevel: 1 }).toBuffer();
  };
  return {
    source: {
      path,
      name: basename(path),
      sha256: sha256(bytes),
      size: bytes.length,
      kind: 'image',
      mimeType,
      encoding: null,
      pages: pageCount,
    },
    async *pages(): AsyncGenerator<IngestedPage> {
      for (let index = 0; index < pageCount; index += 1) {
        yield { number: index + 1, text: null, textLayer: null, image: pageImage(index), dpi: null };
      }
    },
    async close() {},
  };
}

export function isImagePath(path: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}
