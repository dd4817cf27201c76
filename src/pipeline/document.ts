import { ingest } from '../ingest/index.js';
import type { Restorer } from '../restore/index.js';
import { structure } from '../structure/index.js';
import { extract } from '../extract/index.js';
import { PlanDocumentSchema, SCHEMA_NAME, SCHEMA_VERSION, type Page, type PlanDocument } from '../schema/document.js';
import { InputFileError } from '../errors/index.js';
import { checkVietnamese } from './language.js';
import { readDocumentPages, type OcrMode, type PageRecognizer, type PageText } from './pages.js';
import { PIPELINE_VERSION } from './version.js';

export interface PipelineResources {
  restorer: Restorer;
  recognizer: PageRecognizer | null;
  ocrMode: OcrMode;
}

export interface StageTimings {
  [stage: string]: number;
}

export interface ProcessedDocument {
  document: PlanDocument;
  timings: StageTimings;
}

async function timed<T>(timings: StageTimings, stage: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[stage] = Math.round((performance.now() - started) * 10) / 10;
  }
}

/** Joins page texts into one text and records which lines each page holds. */
export function joinPages(pageTexts: readonly PageText[]): { text: string; pages: Page[] } {
  const pages: Page[] = [];
  const parts: string[] = [];
  let nextLine = 1;
  for (const page of pageTexts) {
    const lineCount = page.text.split('\n').length;
    pages.push({
      number: page.number,
      origin: page.origin,
      startLine: nextLine,
      endLine: nextLine + lineCount - 1,
      textLayer: page.textLayer,
      ocr: page.ocr,
    });
    parts.push(page.text);
    nextLine += lineCount;
  }
  return { text: parts.join('\n'), pages };
}

function meanOcrConfidence(pages: readonly Page[]): number | null {
  const confidences = pages.flatMap((page) => (page.ocr ? [page.ocr.meanConfidence] : []));
  if (confidences.length === 0) return null;
  return confidences.reduce((sum, value) => sum + value, 0) / confidences.length;
}

/** Runs one input through every stage and returns the validated output document. */
export async function processDocument(path: string, resources: PipelineResources): Promise<ProcessedDocument> {
  const timings: StageTimings = {};
  const ingested = await timed(timings, 'ingest', () => ingest(path));
  try {
    const pageTexts = await timed(timings, 'ocr', () =>
      readDocumentPages(ingested, { ocrMode: resources.ocrMode, recognizer: resources.recognizer }),
    );
    const { text: rawText, pages } = joinPages(pageTexts);
    if (!/\p{L}/u.test(rawText)) {
      throw new InputFileError(path, `no text found on ${pages.length === 1 ? 'its only page' : `any of its ${pages.length} pages`}`);
    }
    const language = checkVietnamese(rawText);
    if (!language.isVietnamese) {
      const share = Math.round(language.vietnameseShare * 100);
      throw new InputFileError(path, `text does not look like Vietnamese (${share}% of ${language.words} words are Vietnamese syllables)`);
    }
    const restored = await timed(timings, 'restore', () => resources.restorer.restore(rawText));
    const lines = restored.text.split('\n');
    const rawLines = rawText.split('\n');
    const sections = await timed(timings, 'structure', () => structure(lines));
    const pageOfLine = (line: number) => pages.find((page) => line >= page.startLine && line <= page.endLine)?.number ?? null;
    const extraction = await timed(timings, 'extract', () => extract({ lines, rawLines, sections, pageOfLine }));
    const { stats } = restored;
    const share = (count: number) => (stats.syllables === 0 ? 0 : Math.min(1, count / stats.syllables));
    const document = PlanDocumentSchema.parse({
      schemaName: SCHEMA_NAME,
      schemaVersion: SCHEMA_VERSION,
      doc: ingested.source.name,
      versions: { pipeline: PIPELINE_VERSION, ...resources.restorer.versions },
      source: { ...ingested.source, pages: pages.length },
      metadata: extraction.metadata,
      sections,
      references: extraction.references,
      targets: extraction.targets,
      dates: extraction.dates,
      agencies: extraction.agencies,
      text: restored.text,
      rawText,
      pages,
      corrections: restored.corrections,
      quality: {
        ocrConfidence: meanOcrConfidence(pages),
        syllables: stats.syllables,
        validSyllableShareBefore: share(stats.validBefore),
        validSyllableShareAfter: share(stats.validAfter),
        restoredShare: share(stats.changed),
        lowConfidenceCorrections: stats.lowConfidence,
        warnings: extraction.warnings,
      },
    });
    return { document, timings };
  } finally {
    await ingested.close();
  }
}
