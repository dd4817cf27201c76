import { mkdir, access, constants } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import { describeError, OutputError } from '../errors/index.js';
import type { ReportEntry, RunReport, IndexLine } from '../schema/report.js';
import { RunReportSchema, IndexLineSchema } from '../schema/report.js';
import { writeDocument, writeFileAtomic } from '../write/index.js';
import type { PlanDocument } from '../schema/document.js';
import { processDocument, type PipelineResources } from './document.js';
import { discoverInputs } from './discover.js';
import { PIPELINE_VERSION } from './version.js';

export interface BatchOptions {
  outDir: string;
  concurrency: number;
  onDocument?: (entry: ReportEntry) => void;
}

function indexLine(document: PlanDocument, output: string): IndexLine {
  return IndexLineSchema.parse({
    doc: document.doc,
    input: document.source.path,
    output,
    sha256: document.source.sha256,
    kind: document.source.kind,
    pages: document.source.pages,
    number: document.metadata.number,
    title: document.metadata.title,
    issuer: document.metadata.issuer,
    date: document.metadata.date,
    counts: {
      sections: document.sections.length,
      references: document.references.length,
      targets: document.targets.length,
      dates: document.dates.length,
      agencies: document.agencies.length,
      corrections: document.corrections.length,
    },
    ocrConfidence: document.quality.ocrConfidence,
    validSyllableShareAfter: document.quality.validSyllableShareAfter,
  });
}

async function ensureWritableFolder(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    throw new OutputError(`output folder ${outDir} cannot be written: ${describeError(error)}`, 'choose another --out folder');
  }
}

/** Processes every input; a failed document becomes a report entry and the batch goes on. */
export async function runBatch(inputs: readonly string[], resources: PipelineResources, options: BatchOptions): Promise<RunReport> {
  const startedAt = new Date();
  await ensureWritableFolder(options.outDir);
  const { files, problems } = await discoverInputs(inputs);
  const entries: ReportEntry[] = problems.map((problem) => ({
    input: problem.input,
    status: 'failed',
    reason: problem.reason,
    output: null,
    sha256: null,
    pages: null,
    timings: {},
  }));
  const indexLines: Array<IndexLine | null> = new Array(files.length).fill(null);
  const limit = pLimit(Math.max(1, options.concurrency));
  const fileEntries = await Promise.all(
    files.map((file, position) =>
      limit(async (): Promise<ReportEntry> => {
        const started = performance.now();
        let entry: ReportEntry;
        try {
          const { document, timings } = await processDocument(file, resources);
          const written = await writeDocument(options.outDir, document);
          indexLines[position] = indexLine(document, relative(options.outDir, written.json));
          timings.total = Math.round(performance.now() - started);
          entry = { input: file, status: 'ok', reason: null, output: written.json, sha256: document.source.sha256, pages: document.source.pages, timings };
        } catch (error) {
          entry = { input: file, status: 'failed', reason: describeError(error), output: null, sha256: null, pages: null, timings: { total: Math.round(performance.now() - started) } };
        }
        options.onDocument?.(entry);
        return entry;
      }),
    ),
  );
  entries.push(...fileEntries);
  const count = (status: ReportEntry['status']) => entries.filter((entry) => entry.status === status).length;
  const finishedAt = new Date();
  const report = RunReportSchema.parse({
    schemaName: 'vnplan.RunReport',
    pipelineVersion: PIPELINE_VERSION,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    interrupted: false,
    summary: {
      ok: count('ok'),
      failed: count('failed'),
      skipped: count('skipped'),
      pages: entries.reduce((sum, entry) => sum + (entry.pages ?? 0), 0),
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    },
    documents: entries,
  });
  const lines = indexLines.filter((line): line is IndexLine => line !== null).map((line) => JSON.stringify(line));
  await writeFileAtomic(join(options.outDir, 'index.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
  await writeFileAtomic(join(options.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
