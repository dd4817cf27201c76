import sharp, { type Sharp } from 'sharp';
import { estimateSkew, inkPoints, otsuThreshold } from './skew.js';

export interface PreprocessOptions {
  /** Resolution the page is known to have (from the PDF page size); otherwise read from the image or guessed. */
  dpi?: number | null;
  /** Resolution the OCR model reads best. */
  targetDpi?: number;
  grayscale?: boolean;
  normalise?: boolean;
  rescale?: boolean;
  deskew?: boolean;
  quarterTurns?: boolean;
  binarise?: boolean;
}

export interface PreparedImage {
  /** Grayscale pixels, one byte per pixel, row by row. */
  pixels: Buffer;
  width: number;
  height: number;
  /** Resolution after rescaling; null when it could not be known or guessed. */
  dpi: number | null;
  /** Degrees the page was turned (quarter turns plus the deskew angle). */
  rotation: number;
}

export const DEFAULT_PREPROCESS: Required<Omit<PreprocessOptions, 'dpi'>> = {
  targetDpi: 300,
  grayscale: true,
  normalise: true,
  rescale: true,
  deskew: true,
  quarterTurns: true,
  binarise: false,
};

const A4_SHORT_SIDE_INCHES = 210 / 25.4;
const ANALYSIS_WIDTH = 1000;
/** Skews below this are left alone: turning costs sharpness and tesseract copes with them. */
const MIN_DESKEW_DEGREES = 0.2;
const QUARTER_TURN_RATIO = 1.3;

/** Image metadata often says 72 DPI for "unknown"; trust only densities that look like a scanner's. */
function plausibleDensity(density: number | undefined): number | null {
  if (!density || density === 72 || density < 100 || density > 1200) return null;
  return density;
}

/** A page shaped like A4 (either orientation) is assumed to be A4, which gives its resolution. */
function dpiFromA4Shape(width: number, height: number): number | null {
  const short = Math.min(width, height);
  const ratio = Math.max(width, height) / short;
  return Math.abs(ratio - Math.SQRT2) < 0.06 ? short / A4_SHORT_SIDE_INCHES : null;
}

export function estimateDpi(width: number, height: number, density: number | undefined): number | null {
  return plausibleDensity(density) ?? dpiFromA4Shape(width, height);
}

/** Scale factor to bring a page to the target resolution; pages already close to it are left alone. */
export function rescaleFactor(dpi: number | null, targetDpi: number): number {
  if (dpi === null) return 1;
  const factor = targetDpi / dpi;
  if (factor > 0.8 && factor < 1.25) return 1;
  return Math.min(4, Math.max(0.25, factor));
}

async function grayPixels(image: Sharp): Promise<{ pixels: Buffer; width: number; height: number }> {
  const { data, info } = await image.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel after grayscale, got ${info.channels}`);
  return { pixels: data, width: info.width, height: info.height };
}

const fromGray = (pixels: Buffer, width: number, height: number) => sharp(pixels, { raw: { width, height, channels: 1 } });

/**
 * Measures the page turn: a quarter turn when ink falls into columns more sharply than into rows (text runs
 * vertically), then the skew of the text lines.
 */
export async function estimateRotation(pixels: Buffer, width: number, height: number, quarterTurns: boolean): Promise<{ quarter: number; skew: number }> {
  const small = await grayPixels(fromGray(pixels, width, height).resize({ width: Math.min(width, ANALYSIS_WIDTH) }));
  const points = inkPoints(small.pixels, small.width, small.height);
  const rows = estimateSkew(points, 6, false);
  if (!quarterTurns || rows.score === 0) return { quarter: 0, skew: rows.angle };
  const columns = estimateSkew(points, 6, true);
  // Measured on the transposed page, the slope has the opposite sign.
  return columns.score / rows.score > QUARTER_TURN_RATIO ? { quarter: 90, skew: -columns.angle } : { quarter: 0, skew: rows.angle };
}

/** Size of a w×h image turned by `degrees` on a canvas that keeps all of it (as sharp's rotate does). */
function turnedSize(width: number, height: number, degrees: number): { width: number; height: number } {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  return { width: Math.round(width * cos + height * sin), height: Math.round(width * sin + height * cos) };
}

/**
 * Turns a page for OCR: grayscale, resolution, quarter turns and skew, contrast, and optionally black and white.
 * The page is decoded once to grayscale; the angle is measured on a small copy of that, and turning and rescaling
 * run on the gray pixels (a third of the work of turning the decoded colour image).
 */
export async function preprocess(input: Buffer, options: PreprocessOptions = {}): Promise<PreparedImage> {
  const settings = { ...DEFAULT_PREPROCESS, ...options };
  const metadata = await sharp(input).metadata();
  const { width, height } = metadata.autoOrient;
  const sourceDpi = options.dpi ?? estimateDpi(width, height, metadata.density);
  const factor = settings.rescale ? rescaleFactor(sourceDpi, settings.targetDpi) : 1;
  const dpi = sourceDpi === null ? null : Math.round(sourceDpi * factor);

  let page = await grayPixels(sharp(input).autoOrient());
  let turn = 0;
  if (settings.deskew || settings.quarterTurns) {
    const { quarter, skew } = await estimateRotation(page.pixels, page.width, page.height, settings.quarterTurns);
    turn = quarter - (settings.deskew && Math.abs(skew) >= MIN_DESKEW_DEGREES ? skew : 0);
  }
  if (turn !== 0 || factor !== 1) {
    let image = fromGray(page.pixels, page.width, page.height);
    if (turn !== 0) image = image.rotate(turn, { background: { r: 255, g: 255, b: 255 } });
    if (factor !== 1) image = image.resize({ width: Math.round(turnedSize(page.width, page.height, turn).width * factor), kernel: 'lanczos3' });
    page = await grayPixels(image);
  }
  if (settings.normalise) page = { ...page, pixels: stretchContrast(page.pixels) };
  if (settings.binarise) page = { ...page, pixels: binarise(page.pixels) };
  return { ...page, dpi, rotation: Math.round(turn * 100) / 100 };
}

/** Darkest level that may be taken for paper noise rather than ink when stretching contrast. */
const LIGHTEST_BLACK_POINT = 96;

/**
 * Contrast stretch between the 1st and 99th percentile levels, like sharp's normalise, except that the black
 * point is never lighter than a real ink level: on a nearly blank page (the short last page of a plan) the 1st
 * percentile is paper noise, and stretching it to black buries the few lines of text in static.
 */
export function stretchContrast(pixels: Buffer): Buffer {
  const histogram = new Uint32Array(256);
  for (let index = 0; index < pixels.length; index += 1) histogram[pixels[index]!]! += 1;
  const level = (share: number) => {
    const target = pixels.length * share;
    let seen = 0;
    for (let value = 0; value < 256; value += 1) {
      seen += histogram[value]!;
      if (seen >= target) return value;
    }
    return 255;
  };
  const black = Math.min(level(0.01), LIGHTEST_BLACK_POINT);
  const white = Math.max(level(0.99), black + 1);
  const lookup = new Uint8Array(256);
  for (let value = 0; value < 256; value += 1) lookup[value] = Math.max(0, Math.min(255, Math.round(((value - black) * 255) / (white - black))));
  const out = Buffer.allocUnsafe(pixels.length);
  for (let index = 0; index < pixels.length; index += 1) out[index] = lookup[pixels[index]!]!;
  return out;
}

export function binarise(pixels: Buffer): Buffer {
  const threshold = otsuThreshold(pixels);
  const out = Buffer.allocUnsafe(pixels.length);
  for (let index = 0; index < pixels.length; index += 1) out[index] = pixels[index]! > threshold ? 255 : 0;
  return out;
}

/** The same page turned upside down (for pages scanned the wrong way round). */
export async function turnHalf(page: PreparedImage): Promise<PreparedImage> {
  const turned = await grayPixels(fromGray(page.pixels, page.width, page.height).rotate(180));
  return { ...turned, dpi: page.dpi, rotation: Math.round(((page.rotation + 180) % 360) * 100) / 100 };
}

/** Portable graymap: a header and the raw bytes, which tesseract's image reader takes without compression work. */
export function toPgm(page: PreparedImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${page.width} ${page.height}\n255\n`, 'ascii'), page.pixels]);
}

export async function toPng(page: PreparedImage): Promise<Buffer> {
  return fromGray(page.pixels, page.width, page.height).png({ compressionLevel: 1 }).toBuffer();
}
