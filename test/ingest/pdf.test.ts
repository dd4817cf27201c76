import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { ingest, type IngestedPage } from '../../src/ingest/index.js';
import { REOPEN_AFTER_PAGES } from '../../src/ingest/pdf.js';
import { PDFDocument } from 'pdf-lib';
import { characterErrorRate } from '../../src/ocr/error-rate.js';

const scans = fileURLToPath(new URL('../../fixtures/scans/', import.meta.url));
const truthPages = async (name: string) => (await readFile(join(scans, `${name}.gt.txt`), 'utf8')).replace(/\n$/, '').split('\f');

async function allPages(path: string): Promise<{ pages: IngestedPage[]; images: Buffer[] }> {
  const document = await ingest(path);
  try {
    const pages: IngestedPage[] = [];
    const images: Buffer[] = [];
    for await (const page of document.pages()) {
      pages.push(page);
      images.push(await page.image!());
    }
    return { pages, images };
  } finally {
    await document.close();
  }
}

const isJpeg = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8;

describe('PDF ingest', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'vnplan-pdf-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('takes an image-only page out as its original JPEG, with the resolution from the page size', async () => {
    const path = join(scans, 'scan-mild.pdf');
    const document = await ingest(path);
    expect(document.source).toMatchObject({ kind: 'pdf', mimeType: 'application/pdf', pages: 1, name: 'scan-mild.pdf' });
    await document.close();
    const { pages, images } = await allPages(path);
    expect(pages[0]).toMatchObject({ number: 1, text: null, textLayer: null });
    expect(pages[0]!.dpi).toBeCloseTo(300, 0);
    expect(isJpeg(images[0]!)).toBe(true);
    const pdfBytes = await readFile(path);
    expect(pdfBytes.includes(images[0]!)).toBe(true); // the very bytes stored in the PDF, not a re-encoding
  });

  it('mixed PDF: uses a good text layer, and sends a garbled one to OCR while keeping it', async () => {
    const { pages, images } = await allPages(join(scans, 'mixed-text-layer.pdf'));
    const [digital, scanned] = pages;
    const truth = await truthPages('mixed-text-layer.pdf');
    expect(digital!.text).not.toBeNull();
    expect(characterErrorRate(truth[0]!, digital!.text!).rate).toBeLessThan(0.01);
    expect(scanned!.text).toBeNull();
    expect(scanned!.textLayer).not.toBeNull();
    expect(characterErrorRate(truth[1]!, scanned!.textLayer!).rate).toBeGreaterThan(0.1);
    expect(scanned!.dpi).toBeCloseTo(200, 0);
    expect(isJpeg(images[1]!)).toBe(true);
    const rendered = await sharp(images[0]!).metadata();
    expect(Math.abs(rendered.width! - 2480)).toBeLessThanOrEqual(2); // a page without a scan is rendered at 300 DPI
  });

  it('reads every page of a long scan correctly across the periodic reopening of the document', async () => {
    const pdf = await PDFDocument.create();
    const count = REOPEN_AFTER_PAGES * 2 + 3;
    for (let index = 0; index < count; index += 1) {
      const jpeg = await sharp({ create: { width: 100 + index, height: 141, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
      const page = pdf.addPage([100 + index, 141]);
      page.drawImage(await pdf.embedJpg(jpeg), { x: 0, y: 0, width: 100 + index, height: 141 });
    }
    const path = join(folder, 'long.pdf');
    await writeFile(path, await pdf.save());
    const document = await ingest(path);
    const readers: Array<() => Promise<Buffer>> = [];
    for await (const page of document.pages()) {
      if (page.number % 2 === 0) expect((await sharp(await page.image!()).metadata()).width).toBe(100 + page.number - 1);
      readers.push(page.image!);
    }
    // Images asked for late (as a busy OCR pool does) come from the reopened document.
    const widths = await Promise.all(readers.map(async (read) => (await sharp(await read()).metadata()).width));
    await document.close();
    expect(widths).toEqual(Array.from({ length: count }, (_, index) => 100 + index));
  });

  it('refuses a corrupt PDF with a one-line error naming the file', async () => {
    const path = join(folder, 'corrupt.pdf');
    await writeFile(path, '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or pages\n');
    const error = await ingest(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).message).toContain(path);
    expect((error as InputFileError).message).not.toContain('\n');
  });

  it('refuses a file named .pdf that is not a PDF, and an empty one', async () => {
    const notPdf = join(folder, 'picture.pdf');
    await writeFile(notPdf, await readFile(join(scans, 'scan-200dpi.png')));
    await expect(ingest(notPdf)).rejects.toThrow(new RegExp(`${notPdf}: not a PDF`));
    const empty = join(folder, 'empty.pdf');
    await writeFile(empty, '');
    await expect(ingest(empty)).rejects.toBeInstanceOf(InputFileError);
  });

  it('a truncated PDF either fails naming the file or still yields its pages', async () => {
    const bytes = await readFile(join(scans, 'mixed-text-layer.pdf'));
    const path = join(folder, 'truncated.pdf');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const outcome = await allPages(path).catch((caught: unknown) => caught);
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(InputFileError);
      expect(outcome.message).toContain(path);
    } else {
      expect((outcome as { pages: IngestedPage[] }).pages.length).toBeGreaterThan(0);
    }
  });
});
