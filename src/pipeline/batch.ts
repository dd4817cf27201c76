import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, constants, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { describeError, InputFileError, OutputError } from '../errors/index.js';
import type { PlanDocument } from '../schema/document.js';
import type { ManifestEntry } from '../schema/manifest.js';
import { IndexLineSchema, RunReportSchema, type IndexLine, type ReportEntry, type RunReport } from '../schema/report.js';
import { makeFolders } from '../write/folders.js';
import { writeDocument, writeFileAtomic } from '../write/index.js';
import { processDocument, type PipelineResources } from './document.js';
import { discoverInputs } from './discover.js';
import { isUpToDate, loadManifest, saveManifest } from './manifest.js';
import { abortableRecognizer, cachingRecognizer } from './ocr-cache.js';
import { assignOutputNames } from './output-names.js';
import { PIPELINE_VERSION } from './version.js';

export type BatchEvent =
  | { type: 'start'; documents: number }
  | { type: 'page'; input: string }
  | { type: 'document'; entry: ReportEntry }
  | { type: 'warning'; message: string };

export interface BatchOptions {
  outDir: string;
  concurrency: number;
  /** Process inputs again even when the manifest says they are up to date. */
  force?: boolean;
  /** Interrupts the batch: no new document starts, running ones stop between pages, nothing partial is written. */
  signal?: AbortSignal;
  /** Engine settings that change OCR output; part of the OCR cache key. */
  ocrEngineKey?: string;
  onEvent?: (event: BatchEvent) => void;
}

const CACHE_FOLDER = '.cache';

function indexLine(document: PlanDocument, outDir: string, jsonPath: string): IndexLine {
  return IndexLineSchema.parse({
    doc: document.doc,
    input: document.source.path,
    output: relative(outDir, jsonPath),
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
    await makeFolders(outDir);
    await access(outDir, constants.W_OK);
    const probe = join(outDir, `.vnplan-write-test-${process.pid}`);
    await writeFileAtomic(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new OutputError(`output folder ${outDir} cannot be written: ${describeError(error)}`, 'choose another --out folder or fix its permissions');
  }
}

/** Temp files left by a run that was killed outright (atomic writes never leave them otherwise). */
async function removeStaleTempFiles(outDir: string): Promise<void> {
  const names = await readdir(outDir);
  await Promise.all(names.filter((name) => name.startsWith('.') && name.endsWith('.tmp')).map((name) => rm(join(outDir, name), { force: true })));
}

export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

function failedEntry(input: string, reason: string, timings: Record<string, number> = {}): ReportEntry {
  return { input, status: 'failed', reason, output: null, sha256: null, pages: null, ocrConfidence: null, validSyllableShare: null, timings };
}

/**
 * Processes every input into `outDir`. A failed document becomes a report entry and the batch goes on; an unchanged
 * input that succeeded before is skipped; outputs are replaced only by a successful run.
 */
export async function runBatch(inputs: readonly string[], resources: PipelineResources, options: BatchOptions): Promise<RunReport> {
  const startedAt = new Date();
  const signal = options.signal ?? new AbortController().signal;
  const emit = options.onEvent ?? (() => {});
  await ensureWritableFolder(options.outDir);
  await removeStaleTempFiles(options.outDir);
  const { manifest, problem } = await loadManifest(options.outDir);
  if (problem) emit({ type: 'warning', message: problem });

  const { files, duplicates, problems } = await discoverInputs(inputs);
  const entries: ReportEntry[] = problems.map((item) => failedEntry(item.input, item.reason));
  for (const duplicate of duplicates) {
    entries.push({ ...failedEntry(duplicate.input, `given twice (same file as ${duplicate.sameAs})`), status: 'skipped' });
  }
  for (const entry of entries) emit({ type: 'document', entry });
  const outputNames = assignOutputNames(files, manifest);
  const versions = { pipeline: PIPELINE_VERSION, ...resources.restorer.versions };
  emit({ type: 'start', documents: files.length });

  const limit = pLimit(Math.max(1, options.concurrency));

  const processOne = async (file: string): Promise<ReportEntry | null> => {
    if (signal.aborted) return null;
    const started = performance.now();
    const key = resolve(file);
    const outputName = outputNames.get(key)!;
    let hashed: { sha256: string; size: number };
    try {
      hashed = await hashFile(file);
    } catch (error) {
      return failedEntry(file, `cannot read: ${describeError(error)}`);
    }
    const previous = manifest.entries[key];
    const jsonPath = join(options.outDir, `${outputName}.json`);
    if (!options.force && isUpToDate(previous, hashed.sha256, versions) && (await fileExists(jsonPath))) {
      return {
        ...failedEntry(file, `unchanged since ${previous!.finishedAt}`),
        status: 'skipped',
        output: jsonPath,
        sha256: hashed.sha256,
        pages: previous!.index?.pages ?? null,
      };
    }
    const recognizer = resources.recognizer
      ? abortableRecognizer(
          cachingRecognizer(resources.recognizer, join(options.outDir, CACHE_FOLDER, 'ocr'), options.ocrEngineKey ?? 'default'),
          signal,
          () => emit({ type: 'page', input: file }),
        )
      : null;
    let entry: ReportEntry;
    let manifestEntry: ManifestEntry;
    try {
      const { document, timings } = await processDocument(file, { ...resources, recognizer });
      signal.throwIfAborted();
      const written = await writeDocument(options.outDir, document, outputName);
      timings.total = Math.round(performance.now() - started);
      entry = {
        input: file,
        status: 'ok',
        reason: null,
        output: written.json,
        sha256: document.source.sha256,
        pages: document.source.pages,
        ocrConfidence: document.quality.ocrConfidence,
        validSyllableShare: document.quality.validSyllableShareAfter,
        timings,
      };
      manifestEntry = { input: key, sha256: hashed.sha256, size: hashed.size, outputName, versions, status: 'ok', reason: null, finishedAt: new Date().toISOString(), timings, index: indexLine(document, options.outDir, written.json) };
    } catch (error) {
      if (signal.aborted) return null;
      const timings = { total: Math.round(performance.now() - started) };
      entry = failedEntry(file, error instanceof InputFileError ? error.reason : describeError(error), timings);
      // A failed re-run keeps the earlier good output and its manifest entry.
      if (previous?.status === 'ok' && (await fileExists(jsonPath))) return { ...entry, reason: `${entry.reason} (earlier output kept)` };
      manifestEntry = { input: key, sha256: hashed.sha256, size: hashed.size, outputName, versions, status: 'failed', reason: entry.reason, finishedAt: new Date().toISOString(), timings, index: null };
    }
    manifest.entries[key] = manifestEntry;
    await saveManifest(options.outDir, manifest);
    return entry;
  };

  const results = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const entry = await processOne(file);
        if (entry) emit({ type: 'document', entry });
        return entry;
      }).catch(() => null),
    ),
  );
  entries.push(...results.filter((entry): entry is ReportEntry => entry !== null));

  const count = (status: ReportEntry['status']) => entries.filter((entry) => entry.status === status).length;
  const finishedAt = new Date();
  const report = RunReportSchema.parse({
    schemaName: 'vnplan.RunReport',
    pipelineVersion: PIPELINE_VERSION,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    interrupted: signal.aborted,
    summary: {
      ok: count('ok'),
      failed: count('failed'),
      skipped: count('skipped'),
      pages: entries.reduce((sum, entry) => sum + (entry.status === 'ok' ? (entry.pages ?? 0) : 0), 0),
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    },
    documents: entries,
  });
  await writeIndex(options.outDir, Object.values(manifest.entries));
  await writeFileAtomic(join(options.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** index.jsonl lists every good document in the folder, from this run and earlier ones. */
async function writeIndex(outDir: string, entries: readonly ManifestEntry[]): Promise<void> {
  const lines: string[] = [];
  for (const entry of [...entries].sort((a, b) => a.outputName.localeCompare(b.outputName))) {
    if (entry.status === 'ok' && entry.index && (await fileExists(join(outDir, entry.index.output)))) lines.push(JSON.stringify(entry.index));
  }
  await writeFileAtomic(join(outDir, 'index.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
}
