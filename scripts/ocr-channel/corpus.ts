/**
 * Deterministic sampling of clean Vietnamese paragraphs into page-sized lists of typeset blocks, with the genre's
 * variety: UPPER-CASE bold headings, Title Case lines, justified body text with first-line indents.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TypesetBlock } from '../lib/typeset.js';
import { mulberry32 } from '../lib/typeset.js';

export interface CorpusDocument {
  name: string;
  paragraphs: string[];
}

/** NFC, legacy eth (ð→đ), whitespace collapsed. */
export function cleanParagraph(line: string): string {
  return line.normalize('NFC').replace(/ð/g, 'đ').replace(/Ð/g, 'Đ').replace(/\s+/g, ' ').trim();
}

/** A paragraph worth typesetting: mostly letters, not a rule of dashes or a bare number. */
export function isUsableParagraph(paragraph: string): boolean {
  if (paragraph.length < 3) return false;
  const letters = paragraph.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 3 && letters / paragraph.length >= 0.55;
}

export async function loadCorpus(folder: string): Promise<CorpusDocument[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  const documents: CorpusDocument[] = [];
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8');
    const paragraphs = text.split(/\r?\n/).map(cleanParagraph).filter(isUsableParagraph);
    if (paragraphs.length >= 20) documents.push({ name, paragraphs });
  }
  return documents;
}

/** `quyết định của ủy ban` → `Quyết Định Của Ủy Ban`. */
export function toTitleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s“"(])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

export interface PageSample {
  document: string;
  firstParagraph: number;
  blocks: TypesetBlock[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * Picks a run of consecutive paragraphs (about `words` words) from one document and styles them the way plans
 * look: short paragraphs become UPPER-CASE bold centred headings (often numbered I., II., …) or Title Case lines,
 * long ones justified body text, some of it as `-`/`+` bullets or in italics.
 */
export function samplePage(corpus: readonly CorpusDocument[], seed: number, words = 700): PageSample {
  const random = mulberry32(seed);
  const document = corpus[Math.floor(random() * corpus.length)];
  if (!document) throw new Error('empty corpus');
  const firstParagraph = Math.floor(random() * Math.max(1, document.paragraphs.length - 40));
  const indentMm = [0, 10, 12.7][Math.floor(random() * 3)] ?? 10;
  const blocks: TypesetBlock[] = [];
  let headings = 0;
  let total = 0;
  for (let index = firstParagraph; index < document.paragraphs.length && total < words; index++) {
    const paragraph = document.paragraphs[index] ?? '';
    const wordCount = paragraph.split(' ').length;
    total += wordCount;
    const roll = random();
    if (wordCount <= 12 && roll < 0.35) {
      const numbered = random() < 0.5 && !/^\p{Lu}+[.)]/u.test(paragraph);
      const text = numbered ? `${ROMAN[headings++ % ROMAN.length]}. ${paragraph}` : paragraph;
      blocks.push({ text, uppercase: true, bold: true, align: random() < 0.5 ? 'center' : 'left', spaceBeforeLines: 0.5 });
    } else if (wordCount <= 12 && roll < 0.6) {
      blocks.push({ text: toTitleCase(paragraph), bold: random() < 0.3, align: 'left' });
    } else if (roll < 0.06) {
      blocks.push({ text: paragraph, uppercase: true, bold: true, align: 'justify' });
    } else {
      const style = random();
      const bullet = style < 0.12 ? '- ' : style < 0.18 ? '+ ' : '';
      blocks.push({
        text: bullet + paragraph,
        align: random() < 0.85 ? 'justify' : 'left',
        firstLineIndentMm: indentMm,
        ...(style > 0.95 ? { italic: true } : {}),
      });
    }
  }
  return { document: document.name, firstParagraph, blocks };
}
