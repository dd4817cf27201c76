import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { z } from 'zod';
import { InputFileError } from '../errors/index.js';
import { PlanDocumentSchema, SCHEMA_NAME } from '../schema/document.js';
import type { SourceDocument } from './views.js';

/** A JSON file in the folder that is not a plan document we can use, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface OutputFolder {
  folder: string;
  documents: SourceDocument[];
  skipped: SkippedFile[];
}

/** Files `vnplan run` writes beside the plan documents; they are not plan documents. */
const NOT_PLAN_DOCUMENTS = new Set(['report.json']);

const HINT = 'point --out at a folder written by `vnplan run <inputs> --out DIR`';

async function assertFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(folder, error.code === 'ENOENT' ? 'output folder not found' : `cannot read (${error.code ?? error.message})`, HINT);
  });
  if (!info.isDirectory()) throw new InputFileError(folder, 'not a folder', HINT);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the plan document schema';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `does not match the plan document schema at ${path}: ${issue.message}`;
}

type ReadOutcome = { kind: 'document'; document: SourceDocument } | { kind: 'skipped'; skipped: SkippedFile } | { kind: 'other' };

async function readPlanFile(folder: string, file: string): Promise<ReadOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(folder, file), 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { kind: 'skipped', skipped: { file, reason } };
  }
  const schemaName = typeof json === 'object' && json !== null ? (json as { schemaName?: unknown }).schemaName : undefined;
  // Another vnplan file (a run report, say) is not a plan document and not an error either.
  if (typeof schemaName === 'string' && schemaName.startsWith('vnplan.') && schemaName !== SCHEMA_NAME) return { kind: 'other' };
  const parsed = PlanDocumentSchema.safeParse(json);
  if (!parsed.success) return { kind: 'skipped', skipped: { file, reason: firstIssue(parsed.error) } };
  return { kind: 'document', document: { file, document: parsed.data } };
}

/**
 * Reads and validates every plan document (`*.json`) directly in an output folder, in file-name order.
 * Invalid files are returned as skipped (the caller reports them); a folder without any plan document is an error.
 */
export async function readOutputFolder(folder: string): Promise<OutputFolder> {
  await assertFolder(folder);
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.') && !NOT_PLAN_DOCUMENTS.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  const limit = pLimit(16);
  const outcomes = await Promise.all(files.map((file) => limit(() => readPlanFile(folder, file))));
  const documents: SourceDocument[] = [];
  const skipped: SkippedFile[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'document') documents.push(outcome.document);
    else if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
  }
  if (documents.length === 0) {
    const detail = skipped[0] ? `: ${skipped.length} JSON file(s), none valid (${skipped[0].file} ${skipped[0].reason})` : '';
    throw new InputFileError(folder, `no plan documents (*.json) in this folder${detail}`, HINT);
  }
  return { folder, documents, skipped };
}
