/**
 * Typesets text onto A4 page images with sharp's Pango text rendering, for generating OCR training data and scan
 * fixtures whose ground truth is known line by line.
 *
 *   const font = resolveSerifFont();               // Liberation Serif (Times metrics) if installed, else DejaVu Serif
 *   const { pages } = await typeset(blocks, { font, sizePt: 13, dpi: 300 });
 *   pages[0].png;  pages[0].lines[0].text;  pages[0].lines[0].box
 *   const scanned = await degradeScan(pages[0].png, { seed: 1, blurSigma: 0.8, noise: 12 });
 *
 * Dev-only: it needs system fonts (`apt-get install -y fonts-liberation`), which the product never does.
 *
 * How a line is drawn: each line is rendered on its own (Pango crops the result to the ink), with an invisible,
 * oversized `|` appended so that every line image has the same top relative to its baseline; lines are then
 * placed at a fixed pitch. Breaking paragraphs into lines is ours (greedy, on measured word widths) so that the
 * ground truth knows every line; justification widens the spaces with Pango `letter_spacing`.
 */
import { execFileSync } from 'node:child_process';
import sharp, { type OverlayOptions } from 'sharp';

export interface ResolvedFont {
  /** Family name handed to Pango, e.g. `Liberation Serif`. */
  family: string;
  /** Font files found by fontconfig (passed to sharp as `fontfile`), or null when only the family name is known. */
  regularFile: string | null;
  boldFile: string | null;
  /** One line saying what was chosen and why, for logs and `trainedOn` records. */
  description: string;
}

export interface TypesetBlock {
  /** Paragraph text; wrapped to the text width. Newlines inside are treated as spaces. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Render (and report as ground truth) the upper-cased text. */
  uppercase?: boolean;
  align?: 'left' | 'justify' | 'center';
  /** Indent of the block's first line, in millimetres. */
  firstLineIndentMm?: number;
  /** Extra space before the block, in lines (0.5 = half a line). */
  spaceBeforeLines?: number;
}

export interface TypesetOptions {
  font?: ResolvedFont;
  sizePt?: number;
  dpi?: number;
  /** Line pitch as a multiple of the font size (1.15 ≈ Word "single" for Times; plans often use 1.3–1.5). */
  lineSpacing?: number;
  pageMm?: { width: number; height: number };
  /** Defaults follow the Vietnamese administrative layout (Nghị định 30/2020): top/bottom 20, left 30, right 15 mm. */
  marginsMm?: { top: number; right: number; bottom: number; left: number };
  /** Alignment for blocks that do not set one. */
  align?: 'left' | 'justify' | 'center';
}

export interface LineBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TypesetLine {
  /** Exactly the text drawn on this line (upper-cased when the block asked for it), words joined by one space. */
  text: string;
  /** Ink box of the line in page pixels. */
  box: LineBox;
  blockIndex: number;
  bold: boolean;
}

export interface TypesetPage {
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
  lines: TypesetLine[];
}

export interface TypesetResult {
  pages: TypesetPage[];
  font: ResolvedFont;
  sizePt: number;
  dpi: number;
}

const A4 = { width: 210, height: 297 };
const DEFAULT_MARGINS = { top: 20, right: 15, bottom: 20, left: 30 };
const MM_PER_INCH = 25.4;
/** Pango measures letter spacing in 1/1024 pt. */
const PANGO_UNITS_PER_PT = 1024;
/** Invisible, tall and deep glyph appended to every line so all line images share a top-to-baseline distance. */
const BASELINE_GUARD = '<span alpha="1" size="250%">|</span>';

/** Finds a Times-like serif through fontconfig: Liberation Serif, else DejaVu Serif, else whatever Pango picks. */
export function resolveSerifFont(preferred: readonly string[] = ['Liberation Serif', 'DejaVu Serif']): ResolvedFont {
  for (const family of preferred) {
    const regular = fontconfigMatch(family, 'Regular') ?? fontconfigMatch(family, 'Book');
    if (!regular) continue;
    const bold = fontconfigMatch(family, 'Bold');
    return {
      family,
      regularFile: regular,
      boldFile: bold,
      description: `${family} (${regular}${bold ? `, bold ${bold}` : ', no bold file: Pango synthesises bold'})`,
    };
  }
  const fallback = preferred[preferred.length - 1] ?? 'Serif';
  return { family: fallback, regularFile: null, boldFile: null, description: `${fallback} (no font file found by fc-match; Pango substitutes)` };
}

function fontconfigMatch(family: string, style: string): string | null {
  try {
    const out = execFileSync('fc-match', ['-f', '%{family[0]}\t%{file}', `${family}:style=${style}`], { encoding: 'utf8' });
    const [matchedFamily, file] = out.split('\t');
    return matchedFamily === family && file ? file : null;
  } catch {
    return null;
  }
}

/** Escapes text for Pango markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface RenderedLine {
  /** RGBA pixels cropped to the visible ink. */
  data: Buffer;
  width: number;
  height: number;
  /** Offset of the cropped ink inside the guard-aligned line image. */
  inkLeft: number;
  inkTop: number;
}

interface Renderer {
  render(markup: string, bold: boolean): Promise<RenderedLine | null>;
  inkWidth(markup: string, bold: boolean): Promise<number>;
}

function makeRenderer(font: ResolvedFont, sizePt: number, dpi: number): Renderer {
  const widthCache = new Map<string, number>();
  const render = async (markup: string, bold: boolean): Promise<RenderedLine | null> => {
    const fontfile = (bold ? font.boldFile : font.regularFile) ?? undefined;
    const { data, info } = await sharp({
      text: { text: markup + BASELINE_GUARD, font: `${font.family} ${sizePt}`, ...(fontfile ? { fontfile } : {}), dpi, rgba: true },
    })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const bounds = alphaBounds(data, info.width, info.height);
    if (!bounds) return null;
    const width = bounds.x1 - bounds.x0;
    const height = bounds.y1 - bounds.y0;
    const cropped = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
      const from = ((bounds.y0 + y) * info.width + bounds.x0) * 4;
      data.copy(cropped, y * width * 4, from, from + width * 4);
    }
    return { data: cropped, width, height, inkLeft: bounds.x0, inkTop: bounds.y0 };
  };
  return {
    render,
    async inkWidth(markup, bold) {
      const key = `${bold ? 'b' : 'r'}${markup}`;
      let width = widthCache.get(key);
      if (width === undefined) {
        const rendered = await render(markup, bold);
        width = rendered ? rendered.inkLeft + rendered.width : 0;
        widthCache.set(key, width);
      }
      return width;
    },
  };
}

function alphaBounds(data: Buffer, width: number, height: number): LineBox | null {
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((data[(y * width + x) * 4 + 3] ?? 0) > 24) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

function withStyle(markup: string, block: TypesetBlock): string {
  const italic = block.italic ? `<i>${markup}</i>` : markup;
  return block.bold ? `<b>${italic}</b>` : italic;
}

/** Markup for a line whose inter-word spaces each get `spacingPt` of extra letter spacing. */
function spacedMarkup(words: readonly string[], block: TypesetBlock, spacingPt: number): string {
  const units = Math.round(spacingPt * PANGO_UNITS_PER_PT);
  const gap = units > 0 ? `<span letter_spacing="${units}"> </span>` : ' ';
  return withStyle(words.map(escapeMarkup).join(gap), block);
}

interface LaidLine {
  words: string[];
  block: TypesetBlock;
  blockIndex: number;
  indentPx: number;
  lastOfBlock: boolean;
  spaceBeforeLines: number;
}

/** Greedy line breaking on measured widths; a word wider than the line gets a line of its own. */
async function breakBlock(block: TypesetBlock, blockIndex: number, textWidth: number, pxPerMm: number, renderer: Renderer): Promise<LaidLine[]> {
  const source = block.uppercase ? block.text.toLocaleUpperCase('vi') : block.text;
  const words = source.split(/\s+/).filter((word) => word.length > 0);
  const lines: LaidLine[] = [];
  const indentPx = Math.round((block.firstLineIndentMm ?? 0) * pxPerMm);
  let current: string[] = [];
  for (const word of words) {
    const candidate = [...current, word];
    const available = textWidth - (lines.length === 0 ? indentPx : 0);
    const width = await renderer.inkWidth(spacedMarkup(candidate, block, 0), block.bold ?? false);
    if (width <= available || current.length === 0) {
      current = candidate;
    } else {
      lines.push({ words: current, block, blockIndex, indentPx: lines.length === 0 ? indentPx : 0, lastOfBlock: false, spaceBeforeLines: 0 });
      current = [word];
    }
  }
  if (current.length > 0) lines.push({ words: current, block, blockIndex, indentPx: lines.length === 0 ? indentPx : 0, lastOfBlock: false, spaceBeforeLines: 0 });
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first) first.spaceBeforeLines = block.spaceBeforeLines ?? 0;
  if (last) last.lastOfBlock = true;
  return lines;
}

/** Renders a line at its final width: justified lines get their spaces widened until the ink meets the margin. */
async function renderLaidLine(line: LaidLine, available: number, align: 'left' | 'justify' | 'center', renderer: Renderer): Promise<RenderedLine | null> {
  const bold = line.block.bold ?? false;
  const natural = await renderer.render(spacedMarkup(line.words, line.block, 0), bold);
  const gaps = line.words.length - 1;
  if (!natural || align !== 'justify' || line.lastOfBlock || gaps === 0) return natural;
  const naturalRight = natural.inkLeft + natural.width;
  const slack = available - naturalRight;
  if (slack <= 0) return natural;
  // Pango's letter spacing on a lone space does not map 1:1 to pixels; measure once and correct linearly.
  const trialPt = 2;
  const trial = await renderer.render(spacedMarkup(line.words, line.block, trialPt), bold);
  if (!trial) return natural;
  const pxPerPt = (trial.inkLeft + trial.width - naturalRight) / trialPt;
  if (pxPerPt <= 0) return natural;
  const justified = await renderer.render(spacedMarkup(line.words, line.block, slack / pxPerPt), bold);
  return justified && justified.inkLeft + justified.width <= available + 2 ? justified : natural;
}

/** Typesets blocks onto as many pages as they need; returns PNGs (grayscale) and the ground truth of every line. */
export async function typeset(blocks: readonly TypesetBlock[], options: TypesetOptions = {}): Promise<TypesetResult> {
  const font = options.font ?? resolveSerifFont();
  const sizePt = options.sizePt ?? 13;
  const dpi = options.dpi ?? 300;
  const pageMm = options.pageMm ?? A4;
  const margins = options.marginsMm ?? DEFAULT_MARGINS;
  const pxPerMm = dpi / MM_PER_INCH;
  const width = Math.round(pageMm.width * pxPerMm);
  const height = Math.round(pageMm.height * pxPerMm);
  const left = Math.round(margins.left * pxPerMm);
  const top = Math.round(margins.top * pxPerMm);
  const textWidth = width - left - Math.round(margins.right * pxPerMm);
  const bottomLimit = height - Math.round(margins.bottom * pxPerMm);
  const pitch = (options.lineSpacing ?? 1.3) * sizePt * (dpi / 72);
  const renderer = makeRenderer(font, sizePt, dpi);

  const laid: LaidLine[] = [];
  for (const [index, block] of blocks.entries()) laid.push(...(await breakBlock(block, index, textWidth, pxPerMm, renderer)));

  const pages: TypesetPage[] = [];
  let overlays: OverlayOptions[] = [];
  let lines: TypesetLine[] = [];
  let cursor = 0; // in pitches from the top margin
  const flush = async () => {
    if (lines.length === 0) return;
    // sharp composites last in its pipeline, so flatten to grey in a second pass.
    const composed = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
      .composite(overlays)
      .png({ compressionLevel: 1 })
      .toBuffer();
    const png = await sharp(composed).flatten({ background: '#ffffff' }).toColourspace('b-w').withDensity(dpi).png().toBuffer();
    pages.push({ png, width, height, dpi, lines });
    overlays = [];
    lines = [];
    cursor = 0;
  };

  for (const line of laid) {
    if (lines.length > 0 && top + (cursor + line.spaceBeforeLines + 1) * pitch > bottomLimit) await flush();
    const gapBefore = lines.length === 0 ? 0 : line.spaceBeforeLines;
    const guardTop = top + (cursor + gapBefore) * pitch;
    cursor += gapBefore + 1;
    const align = line.block.align ?? options.align ?? 'justify';
    const available = textWidth - line.indentPx;
    const rendered = await renderLaidLine(line, available, align, renderer);
    if (!rendered) continue;
    const lineRight = rendered.inkLeft + rendered.width;
    const shift = align === 'center' ? Math.max(0, Math.round((available - lineRight) / 2)) : 0;
    const x0 = left + line.indentPx + shift + rendered.inkLeft;
    const y0 = Math.round(guardTop) + rendered.inkTop;
    if (x0 + rendered.width > width || y0 + rendered.height > height) continue; // cannot happen with sane margins
    overlays.push({ input: rendered.data, raw: { width: rendered.width, height: rendered.height, channels: 4 }, left: x0, top: y0 });
    lines.push({
      text: line.words.join(' '),
      box: { x0, y0, x1: x0 + rendered.width, y1: y0 + rendered.height },
      blockIndex: line.blockIndex,
      bold: line.block.bold ?? false,
    });
  }
  await flush();
  return { pages, font, sizePt, dpi };
}

export interface DegradeOptions {
  /** Seed for the noise; the same seed gives the same image. */
  seed: number;
  /** Gaussian blur sigma in pixels (0 = none); 0.6–1.2 looks like a 300 DPI office scan. */
  blurSigma?: number;
  /** Standard deviation of additive Gaussian noise, in grey levels (0 = none). */
  noise?: number;
  /** Darken the ink / lighten the paper: output = contrast * (v - 128) + 128 + brightness. */
  contrast?: number;
  brightness?: number;
  /**
   * Binarise at this grey level after blurring, as many office scanners do: with a blur before it, a high threshold
   * (180–220) fattens strokes (heavy toner, closing the counters of e/a), a low one (60–90) thins them.
   */
  threshold?: number;
  /** Re-encode as JPEG at this quality before returning PNG, to add compression artefacts. */
  jpegQuality?: number;
}

/** Makes a clean page look scanned: blur, contrast, binarisation, noise and JPEG artefacts; geometry is unchanged, so boxes still hold. */
export async function degradeScan(png: Buffer, options: DegradeOptions): Promise<Buffer> {
  let image = sharp(png).grayscale();
  if (options.blurSigma && options.blurSigma >= 0.3) image = image.blur(options.blurSigma);
  if (options.contrast !== undefined || options.brightness !== undefined) {
    const contrast = options.contrast ?? 1;
    image = image.linear(contrast, 128 - 128 * contrast + (options.brightness ?? 0));
  }
  if (options.threshold !== undefined) image = sharp(await image.png().toBuffer()).threshold(options.threshold);
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  if (options.noise && options.noise > 0) {
    const random = mulberry32(options.seed);
    for (let i = 0; i < data.length; i++) {
      const gaussian = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
      data[i] = Math.max(0, Math.min(255, Math.round((data[i] ?? 0) + gaussian * options.noise)));
    }
  }
  let out = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  if (options.jpegQuality) out = sharp(await out.jpeg({ quality: options.jpegQuality }).toBuffer());
  const density = (await sharp(png).metadata()).density;
  out = out.toColourspace('b-w');
  return (density ? out.withDensity(density) : out).png().toBuffer();
}

/** Small seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
