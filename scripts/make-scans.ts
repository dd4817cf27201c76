/**
 * Scan fixtures: clean plan text → typeset A4 pages (scripts/lib/typeset.ts) → degraded, image-only scans,
 * deterministic from a seed, with each page's ground truth (exactly the lines that were typeset).
 *
 *   npx tsx scripts/make-scans.ts [name ...]   # rewrites the small committed set in fixtures/scans/ (or the named files)
 *
 * Dev-only (needs fonts-liberation); the bench imports the functions to make larger sets in bench/tmp.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { degradeScan, mulberry32, resolveSerifFont, typeset, type ResolvedFont, type TypesetBlock, type TypesetPage } from './lib/typeset.js';

export type ScanLevel = 'clean' | 'mild' | 'heavy';
export const SCAN_LEVELS: readonly ScanLevel[] = ['clean', 'mild', 'heavy'];

interface LevelSettings {
  /** Largest skew of the paper on the glass, degrees (the sign and size are drawn from the seed). */
  maxSkew: number;
  blurSigma: number;
  noise: number;
  contrast: number;
  brightness: number;
  jpegQuality: number;
}

export const LEVELS: Record<ScanLevel, LevelSettings> = {
  clean: { maxSkew: 0, blurSigma: 0, noise: 0, contrast: 1, brightness: 0, jpegQuality: 80 },
  mild: { maxSkew: 0.8, blurSigma: 0.6, noise: 8, contrast: 0.92, brightness: 6, jpegQuality: 75 },
  heavy: { maxSkew: 2.5, blurSigma: 1.0, noise: 18, contrast: 0.75, brightness: 14, jpegQuality: 50 },
};

export const A4_POINTS = { width: 595.28, height: 841.89 };

/** Clean plan text (blank lines between paragraphs, markdown emphasis allowed) → typesetting blocks. */
export function textToBlocks(text: string): TypesetBlock[] {
  const blocks: TypesetBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    blocks.push({ text: paragraph.join(' '), align: 'justify', firstLineIndentMm: 10 });
    paragraph = [];
  };
  for (const raw of text.normalize('NFC').split('\n')) {
    const line = raw.replace(/\*\*?/g, '').replace(/\s+/g, ' ').trim();
    if (line.length === 0) {
      flush();
      continue;
    }
    const letters = line.replace(/[^\p{L}]/gu, '');
    const upper = letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
    const heading = /^([IVX]+|\d+(\.\d+)*|[a-zđ])[.)]\s/u.test(line) && line.length < 90;
    if (upper || heading || line.length < 45) {
      flush();
      blocks.push({ text: line, bold: upper || heading, align: upper && line.length < 60 ? 'center' : 'left', spaceBeforeLines: heading ? 0.3 : 0 });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

export interface ScanPage {
  /** The scan as a scanner would store it: a grayscale JPEG. */
  jpeg: Buffer;
  width: number;
  height: number;
  dpi: number;
  /** Skew applied to the paper, degrees clockwise. */
  skew: number;
  /** The lines typeset on the page, one per line. */
  groundTruth: string;
  /** The clean page and its line boxes, for text-layer PDFs. */
  typeset: TypesetPage;
}

export interface ScanOptions {
  level: ScanLevel;
  seed: number;
  /** First page and number of pages of the typeset text to scan. */
  firstPage?: number;
  pages?: number;
  /** Scan resolution; the page is typeset at 300 DPI and resampled. */
  dpi?: number;
  /** Extra turn of the whole sheet (180 = fed upside down). */
  turn?: 0 | 180;
  font?: ResolvedFont;
}

async function skewPage(png: Buffer, width: number, height: number, degrees: number): Promise<Buffer> {
  if (degrees === 0) return png;
  const turned = await sharp(png).rotate(degrees, { background: '#ffffff' }).png().toBuffer({ resolveWithObject: true });
  const left = Math.floor((turned.info.width - width) / 2);
  const top = Math.floor((turned.info.height - height) / 2);
  return sharp(turned.data).extract({ left, top, width, height }).png().toBuffer();
}

/** Typesets a clean text onto A4 pages at 300 DPI, 13 pt Liberation Serif, 1.3 line pitch. */
export async function typesetText(text: string, font: ResolvedFont = resolveSerifFont()): Promise<TypesetPage[]> {
  const { pages } = await typeset(textToBlocks(text), { font, sizePt: 13, dpi: 300, lineSpacing: 1.3 });
  return pages;
}

/** Typesets a text and scans some of its pages at a degradation level. */
export async function scanText(text: string, options: ScanOptions): Promise<ScanPage[]> {
  const pages = await typesetText(text, options.font);
  const first = options.firstPage ?? 0;
  return scanPages(pages.slice(first, first + (options.pages ?? pages.length)), options);
}

/** Scans typeset pages: skew the sheet, blur, noise, contrast, resample, JPEG — all drawn from the seed. */
export async function scanPages(chosen: readonly TypesetPage[], options: Omit<ScanOptions, 'firstPage' | 'pages' | 'font'>): Promise<ScanPage[]> {
  const settings = LEVELS[options.level];
  const random = mulberry32(options.seed);
  const scans: ScanPage[] = [];
  for (const [index, page] of chosen.entries()) {
    const skew = settings.maxSkew === 0 ? 0 : Math.round((random() < 0.5 ? -1 : 1) * (0.4 + 0.6 * random()) * settings.maxSkew * 100) / 100;
    let image = await skewPage(page.png, page.width, page.height, skew);
    if (options.turn === 180) image = await sharp(image).rotate(180).png().toBuffer();
    const degraded = await degradeScan(image, {
      seed: options.seed * 1000 + index,
      blurSigma: settings.blurSigma,
      noise: settings.noise,
      contrast: settings.contrast,
      brightness: settings.brightness,
    });
    const dpi = options.dpi ?? 300;
    const width = Math.round((page.width * dpi) / 300);
    const height = Math.round((page.height * dpi) / 300);
    const resized = dpi === 300 ? sharp(degraded) : sharp(degraded).resize({ width, height, kernel: 'lanczos3' });
    const jpeg = await resized.grayscale().withMetadata({ density: dpi }).jpeg({ quality: settings.jpegQuality, mozjpeg: true }).toBuffer();
    scans.push({ jpeg, width, height, dpi, skew, groundTruth: page.lines.map((line) => line.text).join('\n'), typeset: page });
  }
  return scans;
}

/** A PDF whose pages are only the scans' JPEGs, each filling an A4 page (what a scanner writes). */
export async function imageOnlyPdf(scans: readonly ScanPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const scan of scans) await addScanPage(pdf, scan);
  return pdf.save();
}

async function addScanPage(pdf: PDFDocument, scan: ScanPage) {
  const image = await pdf.embedJpg(scan.jpeg);
  const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
  page.drawImage(image, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
  return page;
}

export interface LayerPage {
  kind: 'digital' | 'scan-with-layer';
  scan: ScanPage;
  /** For `scan-with-layer`: the invisible text laid over the scan (e.g. an earlier, garbled OCR). */
  layerLines?: string[];
}

/**
 * A PDF mixing a born-digital page (visible text, no image) and scanned pages carrying an invisible text layer,
 * placed line by line where the typeset lines are. Use DejaVu Serif here: with Liberation, fontkit gives
 * composite glyphs (ủ, ớ, ậ …) one shared glyph id, so both the drawing and the text extraction come out wrong.
 */
export async function textLayerPdf(pages: readonly LayerPage[], font: ResolvedFont): Promise<Uint8Array> {
  if (!font.regularFile) throw new Error(`no font file for ${font.family}; install fonts-liberation`);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = await pdf.embedFont(await readFile(font.regularFile), { subset: true });
  for (const { kind, scan, layerLines } of pages) {
    const page = kind === 'digital' ? pdf.addPage([A4_POINTS.width, A4_POINTS.height]) : await addScanPage(pdf, scan);
    const toPoints = 72 / scan.typeset.dpi;
    const lines = kind === 'digital' ? scan.typeset.lines.map((line) => line.text) : (layerLines ?? []);
    for (const [index, text] of lines.entries()) {
      const box = scan.typeset.lines[index]?.box;
      if (!box || text.length === 0) continue;
      page.drawText(text, {
        x: box.x0 * toPoints,
        y: A4_POINTS.height - box.y1 * toPoints + 3,
        size: 12.5,
        font: embedded,
        color: rgb(0, 0, 0),
        opacity: kind === 'digital' ? 1 : 0,
      });
    }
  }
  return pdf.save();
}

/**
 * Text as an English OCR model reads Vietnamese (like the seeds): most marks lost, ư/ơ/đ flattened, some é/ô
 * guesses. Deterministic from the seed.
 */
export function garbleLikeEnglishOcr(text: string, seed: number): string {
  const random = mulberry32(seed);
  const flatten: Record<string, string> = { ư: 'w', ơ: 'o', đ: 'd', Đ: 'P', ă: 'a', â: 'a', ê: 'é', ô: '6' };
  return text.replace(/\p{L}+/gu, (word) => {
    if (random() < 0.2) return word;
    return [...word.normalize('NFD').replace(/[\u0300-\u0303\u0309\u0323]/g, '').normalize('NFC')]
      .map((letter) => (random() < 0.6 ? (flatten[letter] ?? letter.normalize('NFD').replace(/\p{M}/gu, '')) : letter))
      .join('');
  });
}

/** Several scan pages stacked into one multi-page TIFF (all pages must share a size). */
export async function multiPageTiff(scans: readonly ScanPage[]): Promise<Buffer> {
  const first = scans[0];
  if (!first) throw new Error('no pages');
  const rasters = await Promise.all(scans.map((scan) => sharp(scan.jpeg).grayscale().raw().toBuffer()));
  return sharp(Buffer.concat(rasters), { raw: { width: first.width, height: first.height * scans.length, channels: 1, pageHeight: first.height } })
    .threshold(140)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: first.dpi / 25.4, yres: first.dpi / 25.4 })
    .toBuffer();
}

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The clean source texts: the clean seed and the gold texts (used only as text to typeset, never to train on). */
export async function sourceText(name: '000' | '001' | '002' | '003'): Promise<string> {
  if (name === '003') {
    const seeds = await readdir(join(REPO, 'fixtures/seeds'));
    const file = seeds.find((entry) => entry.startsWith('003_'));
    if (!file) throw new Error('fixtures/seeds/003_*.txt not found');
    return readFile(join(REPO, 'fixtures/seeds', file), 'utf8');
  }
  return readFile(join(REPO, 'fixtures/gold', `${name}.gold.txt`), 'utf8');
}

/** Ground truth of a multi-page fixture: pages separated by form feeds, as .txt inputs separate them. */
export function groundTruthFile(pages: readonly string[]): string {
  return `${pages.join('\f')}\n`;
}

async function writeFixture(folder: string, name: string, bytes: Uint8Array, truth: readonly string[]): Promise<void> {
  await writeFile(join(folder, name), bytes);
  await writeFile(join(folder, `${name}.gt.txt`), groundTruthFile(truth));
  console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB, ${truth.length} page(s)`);
}

async function main(): Promise<void> {
  const folder = join(REPO, 'fixtures/scans');
  await mkdir(folder, { recursive: true });
  const only = process.argv.slice(2);
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  const font = resolveSerifFont();
  console.log(`font: ${font.description}`);

  if (wanted('scan-mild.pdf')) {
    const mild = await scanText(await sourceText('001'), { level: 'mild', seed: 1, pages: 1, font });
    await writeFixture(folder, 'scan-mild.pdf', await imageOnlyPdf(mild), mild.map((page) => page.groundTruth));
  }
  const plan003 = wanted('scan-heavy.jpg') || wanted('mixed-text-layer.pdf') ? await typesetText(await sourceText('003'), font) : [];
  if (wanted('scan-heavy.jpg')) {
    const heavy = await scanPages(plan003.slice(0, 1), { level: 'heavy', seed: 2 });
    await writeFixture(folder, 'scan-heavy.jpg', heavy[0]!.jpeg, heavy.map((page) => page.groundTruth));
  }
  if (wanted('scan-200dpi.png')) {
    const lowRes = await scanText(await sourceText('002'), { level: 'clean', seed: 3, pages: 1, dpi: 200, font });
    const png = await sharp(lowRes[0]!.jpeg).grayscale().withMetadata({ density: 200 }).png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer();
    await writeFixture(folder, 'scan-200dpi.png', png, lowRes.map((page) => page.groundTruth));
  }
  if (wanted('scan-2pages.tiff')) {
    const plan000 = await typesetText(await sourceText('000'), font);
    const upright = await scanPages(plan000.slice(0, 1), { level: 'mild', seed: 4 });
    const upsideDown = await scanPages(plan000.slice(1, 2), { level: 'mild', seed: 5, turn: 180 });
    const tiffPages = [...upright, ...upsideDown];
    await writeFixture(folder, 'scan-2pages.tiff', await multiPageTiff(tiffPages), tiffPages.map((page) => page.groundTruth));
  }
  if (wanted('mixed-text-layer.pdf')) {
    const [digital] = await scanPages(plan003.slice(1, 2), { level: 'clean', seed: 6 });
    const [scanned] = await scanPages(plan003.slice(2, 3), { level: 'clean', seed: 7, dpi: 200 });
    const layer = scanned!.typeset.lines.map((line, index) => garbleLikeEnglishOcr(line.text, 100 + index));
    const layered = [
      { kind: 'digital' as const, scan: digital! },
      { kind: 'scan-with-layer' as const, scan: scanned!, layerLines: layer },
    ];
    const mixed = await textLayerPdf(layered, resolveSerifFont(['DejaVu Serif']));
    await writeFixture(folder, 'mixed-text-layer.pdf', mixed, [digital!.groundTruth, scanned!.groundTruth]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
