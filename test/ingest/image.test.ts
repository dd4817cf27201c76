import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { ingest, isSupportedInput, SUPPORTED_EXTENSIONS } from '../../src/ingest/index.js';

const scans = fileURLToPath(new URL('../../fixtures/scans/', import.meta.url));

async function pageSizes(path: string) {
  const document = await ingest(path);
  const sizes: Array<[number, number]> = [];
  for await (const page of document.pages()) {
    expect(page.text).toBeNull();
    const metadata = await sharp(await page.image!()).metadata();
    sizes.push([metadata.width, metadata.height]);
  }
  await document.close();
  return { source: document.source, sizes };
}

describe('image ingest', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'vnplan-image-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('dispatches PDF and image extensions', () => {
    for (const name of ['a.pdf', 'a.PNG', 'a.jpg', 'a.jpeg', 'a.tif', 'a.TIFF', 'a.txt']) expect(isSupportedInput(name)).toBe(true);
    expect(isSupportedInput('a.docx')).toBe(false);
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']));
  });

  it('reads a PNG and a JPEG as one page each', async () => {
    const png = await pageSizes(join(scans, 'scan-200dpi.png'));
    expect(png.source).toMatchObject({ kind: 'image', mimeType: 'image/png', pages: 1 });
    expect(png.sizes).toEqual([[1653, 2339]]);
    const jpeg = await pageSizes(join(scans, 'scan-heavy.jpg'));
    expect(jpeg.source).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', pages: 1 });
    expect(jpeg.sizes).toEqual([[2480, 3508]]);
  });

  it('reads every page of a multi-page TIFF', async () => {
    const tiff = await pageSizes(join(scans, 'scan-2pages.tiff'));
    expect(tiff.source).toMatchObject({ mimeType: 'image/tiff', pages: 2 });
    expect(tiff.sizes).toEqual([
      [2480, 3508],
      [2480, 3508],
    ]);
  });

  it('refuses a truncated image and a non-image, naming the file', async () => {
    const bytes = await readFile(join(scans, 'scan-heavy.jpg'));
    const truncated = join(folder, 'truncated.jpg');
    await writeFile(truncated, bytes.subarray(0, 5000));
    const error = await ingest(truncated).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as Error).message).toContain(truncated);
    const text = join(folder, 'notes.png');
    await writeFile(text, 'not an image at all');
    await expect(ingest(text)).rejects.toThrow(new RegExp(`${text}: not a readable image`));
  });
});
