import type { Page as TesseractPage, Line as TesseractLine, Word as TesseractWord, Bbox } from 'tesseract.js';
import type { Box, OcrLine, OcrPage, OcrWord } from '../schema/ocr.js';

export interface PageGeometry {
  width: number;
  height: number;
  dpi: number | null;
  rotation: number;
}

const clampConfidence = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));
const toBox = (bbox: Bbox): Box => ({ x0: bbox.x0, y0: bbox.y0, x1: bbox.x1, y1: bbox.y1 });

function toWord(word: TesseractWord): OcrWord {
  return { text: word.text, confidence: clampConfidence(word.confidence), bbox: toBox(word.bbox) };
}

function toLine(line: TesseractLine): OcrLine {
  return { text: line.text.trim(), confidence: clampConfidence(line.confidence), bbox: toBox(line.bbox), words: line.words.map(toWord) };
}

/**
 * Lines and words from tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width,
 * height, confidence, text). TSV is a single string, far lighter to pass out of the worker than the block tree,
 * which carries every symbol and its alternatives.
 */
export function ocrLinesFromTsv(tsv: string): OcrLine[] {
  const lines: OcrLine[] = [];
  let current: OcrLine | null = null;
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , , , , , left, top, width, height, confidence] = cells.map(Number);
    const bbox = { x0: left!, y0: top!, x1: left! + width!, y1: top! + height! };
    if (level === 4) {
      current = { text: '', confidence: 0, bbox, words: [] };
      lines.push(current);
    } else if (level === 5 && current) {
      const text = cells.slice(11).join('\t').trim();
      if (text.length > 0) current.words.push({ text, confidence: clampConfidence(confidence!), bbox });
    }
  }
  return lines
    .filter((line) => line.words.length > 0)
    .map((line) => ({
      ...line,
      text: line.words.map((word) => word.text).join(' '),
      confidence: clampConfidence(line.words.reduce((sum, word) => sum + word.confidence, 0) / line.words.length),
    }));
}

/** Lines in reading order as tesseract found them (blocks → paragraphs → lines). */
export function ocrLines(page: TesseractPage): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.map(toLine)));
}

/** Page text without trailing spaces; paragraphs stay separated by a blank line as tesseract prints them. */
export function pageText(page: TesseractPage): string {
  return page.text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

export function meanWordConfidence(lines: readonly OcrLine[]): number {
  const words = lines.flatMap((line) => line.words);
  if (words.length === 0) return 0;
  return clampConfidence(words.reduce((sum, word) => sum + word.confidence, 0) / words.length);
}

export function toOcrPage(page: TesseractPage, engine: string, geometry: PageGeometry): OcrPage {
  const lines = page.tsv ? ocrLinesFromTsv(page.tsv) : ocrLines(page);
  return {
    engine,
    meanConfidence: meanWordConfidence(lines),
    width: geometry.width,
    height: geometry.height,
    dpi: geometry.dpi,
    rotation: geometry.rotation,
    lines,
  };
}
