import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/pipeline/batch.js';
import { loadRestorer } from '../../src/restore/index.js';
import type { RunReport } from '../../src/schema/report.js';

/** A real, valid 1-bit PNG of the given size: tiny on disk, huge once decoded. */
function hugeBlankPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height, 0xff);
  for (let row = 0; row < height; row += 1) rows[row * (1 + Math.ceil(width / 8))] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF whose trailer names a Standard security handler the empty password does not open. */
async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  const zeros = (bytes: number) => PDFHexString.of('00'.repeat(bytes));
  const encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: zeros(32), U: zeros(32), P: -4 });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([zeros(16), zeros(16)]);
  return pdf.save({ useObjectStreams: false });
}

describe('a batch of good documents and every kind of bad input', () => {
  let work: string;
  let report: RunReport;
  let clean: string;
  const inputs = () => join(work, 'in');
  const out = () => join(work, 'out');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'vnplan-bad-'));
    await mkdir(inputs());
    const good = ['001_61d65cb0b2fd5c5f.txt', '002_f047b1f3a0025d99.txt'];
    for (const seed of good) await copyFile(join('fixtures/seeds', seed), join(inputs(), seed));
    // TCVN3 has no curly quotes; straight ones survive the round trip.
    clean = (await readFile('fixtures/gold/002.gold.txt', 'utf8')).replace(/[“”]/g, '"');
    await writeFile(join(inputs(), 'legacy-tcvn3.txt'), iconv.encode(clean, 'tcvn'));
    await writeFile(join(inputs(), 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]));

    const scan = await readFile('fixtures/scans/scan-mild.pdf');
    await writeFile(join(inputs(), 'truncated.pdf'), scan.subarray(0, 2000));
    await writeFile(join(inputs(), 'encrypted.pdf'), await encryptedPdf());
    await writeFile(join(inputs(), 'zero-pages.pdf'), await (await PDFDocument.create()).save());
    await writeFile(join(inputs(), 'zero-bytes.txt'), '');
    await writeFile(join(inputs(), 'huge.png'), hugeBlankPng(20_000, 20_000));
    await writeFile(join(inputs(), 'english.txt'), 'This plan sets out the tasks of the provincial library for the period until 2030 and the departments that shall lead and report every year before the end of November to the committee.\n');
    await writeFile(join(inputs(), 'vni.txt'), Buffer.from('Keá hoaïch trieån khai chöông trình ñaåy maïnh caùc hoaït ñoäng hoïc taäp suoát ñôøi', 'latin1'));
    const notes = join(work, 'notes.docx');
    await writeFile(notes, 'PK');

    const restorer = await loadRestorer();
    report = await runBatch([inputs(), notes, join(inputs(), good[0]!)], { restorer, recognizer: null, ocrMode: 'auto' }, { outDir: out(), concurrency: 2 });
  }, 120_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const reasonOf = (name: string) => report.documents.find((entry) => entry.input.endsWith(name) && entry.status === 'failed')?.reason;

  it('writes every good document, including converted legacy encodings', async () => {
    const written = await readdir(out());
    for (const name of ['001_61d65cb0b2fd5c5f', '002_f047b1f3a0025d99', 'legacy-tcvn3', 'utf16']) expect(written).toContain(`${name}.json`);
    const converted = JSON.parse(await readFile(join(out(), 'legacy-tcvn3.json'), 'utf8'));
    expect(converted.source.encoding).toBe('tcvn3');
    expect(converted.rawText).toBe(clean);
    expect(report.summary.ok).toBe(4);
  });

  it('names every bad input with a one-line reason', () => {
    expect(reasonOf('truncated.pdf')).toMatch(/PDF/);
    expect(reasonOf('encrypted.pdf')).toMatch(/password/);
    expect(reasonOf('zero-pages.pdf')).toMatch(/^(PDF has no pages|no text found on its only page)$/);
    expect(reasonOf('zero-bytes.txt')).toBe('empty file (0 bytes)');
    expect(reasonOf('huge.png')).toMatch(/pixel|too large|exceeds/i);
    expect(reasonOf('english.txt')).toMatch(/does not look like Vietnamese/);
    expect(reasonOf('vni.txt')).toMatch(/VNI/);
    expect(reasonOf('notes.docx')).toMatch(/unsupported file type/);
    expect(report.documents.find((entry) => entry.status === 'skipped')?.reason).toMatch(/^given twice/);
    for (const entry of report.documents) expect(entry.reason ?? '').not.toMatch(/\n|\bat .*\.js:\d+/);
  });

  it('counts the batch as partly failed, so the CLI exits 1', () => {
    expect(report.summary.failed).toBe(8);
    expect(report.interrupted).toBe(false);
  });
});
