/**
 * One training page: sampled text, typeset with a seeded layout and scan degradation, OCRed with `eng`.
 * The record (truth lines + OCR text) is cached under bench/tmp, keyed by everything that shapes the page, so a rerun
 * only re-learns; with `ocr` null only cached pages are returned.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { degradeScan, mulberry32, typeset, type DegradeOptions, type ResolvedFont } from '../lib/typeset.js';
import { samplePage, type CorpusDocument } from './corpus.js';
import type { CachedOcr } from './ocr.js';

export interface PageLayout {
  sizePt: number;
  dpi: number;
  lineSpacing: number;
  degrade: DegradeOptions;
}

export interface PageRecord {
  key: string;
  seed: number;
  document: string;
  firstParagraph: number;
  layout: PageLayout;
  font: string;
  truthLines: string[];
  ocrText: string;
  ocrMeanConfidence: number;
}

export const SIZES_PT = [12.5, 13, 14] as const;
export const DPIS = [200, 250, 300] as const;

/**
 * Seeded page layout: font size, resolution, line pitch and how badly the "scanner" treats it. `inkVariation`
 * pages are also binarised at a random threshold after a blur, so strokes come out fatter or thinner.
 */
export function chooseLayout(seed: number, inkVariation = false): PageLayout {
  const random = mulberry32(seed ^ 0x5eed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const sizePt = pick(SIZES_PT);
  const dpi = pick([...DPIS, 300]);
  const scale = dpi / 300;
  const degrade: DegradeOptions = {
    seed,
    blurSigma: Math.round(random() * 1.1 * scale * 100) / 100,
    noise: Math.round(random() * 14),
    contrast: Math.round((0.85 + random() * 0.25) * 100) / 100,
    brightness: Math.round((random() - 0.5) * 20),
    ...(random() < 0.5 ? { jpegQuality: 55 + Math.floor(random() * 35) } : {}),
  };
  const lineSpacing = Math.round((1.2 + random() * 0.3) * 100) / 100;
  if (inkVariation) {
    degrade.blurSigma = Math.round((0.6 + random() * 0.8) * scale * 100) / 100;
    degrade.threshold = random() < 0.65 ? 170 + Math.floor(random() * 50) : 70 + Math.floor(random() * 30);
    degrade.noise = Math.round(random() * 6);
  }
  return { sizePt, dpi, lineSpacing, degrade };
}

export async function buildPage(
  seed: number,
  corpus: readonly CorpusDocument[],
  font: ResolvedFont,
  ocr: CachedOcr | null,
  cacheFolder: string,
  inkVariation = false,
): Promise<PageRecord | null> {
  const sample = samplePage(corpus, seed);
  const layout = chooseLayout(seed, inkVariation);
  const key = createHash('sha256')
    .update(JSON.stringify({ v: 1, font: font.family, sample, layout }))
    .digest('hex')
    .slice(0, 20);
  const file = path.join(cacheFolder, `${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PageRecord;
  } catch {
    // not built yet
  }
  if (!ocr) return null;
  const { pages } = await typeset(sample.blocks, { font, sizePt: layout.sizePt, dpi: layout.dpi, lineSpacing: layout.lineSpacing });
  const page = pages[0];
  if (!page) throw new Error(`page seed ${seed}: nothing typeset`);
  const scanned = await degradeScan(page.png, layout.degrade);
  const result = await ocr.recognize(scanned);
  const record: PageRecord = {
    key,
    seed,
    document: sample.document,
    firstParagraph: sample.firstParagraph,
    layout,
    font: font.family,
    truthLines: page.lines.map((line) => line.text),
    ocrText: result.text,
    ocrMeanConfidence: result.meanConfidence,
  };
  await mkdir(cacheFolder, { recursive: true });
  await writeFile(file, JSON.stringify(record));
  return record;
}
