import { z } from 'zod';

export const DocumentStatusSchema = z.enum(['ok', 'failed', 'skipped']);

export const ReportEntrySchema = z
  .object({
    input: z.string().meta({ description: 'Input path as discovered' }),
    status: DocumentStatusSchema,
    reason: z.string().nullable().meta({ description: 'Why it failed or was skipped' }),
    output: z.string().nullable().meta({ description: 'Path of the JSON written' }),
    sha256: z.string().nullable(),
    pages: z.int().min(0).nullable(),
    ocrConfidence: z.number().nullable().meta({ description: 'Mean OCR confidence (0..100) of a processed document; null without OCR' }),
    validSyllableShare: z.number().nullable().meta({ description: 'Share of valid Vietnamese syllables after restoration' }),
    timings: z.record(z.string(), z.number()).meta({ description: 'Milliseconds per stage, and `total`' }),
  })
  .meta({ id: 'ReportEntry' });

export const RunReportSchema = z
  .object({
    schemaName: z.literal('vnplan.RunReport'),
    pipelineVersion: z.string(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    interrupted: z.boolean(),
    summary: z.object({ ok: z.int(), failed: z.int(), skipped: z.int(), pages: z.int(), seconds: z.number() }),
    documents: z.array(ReportEntrySchema),
  })
  .meta({ id: 'RunReport' });

/** One line of `index.jsonl`: a summary an analyst can scan without opening every JSON. */
export const IndexLineSchema = z
  .object({
    doc: z.string(),
    input: z.string(),
    output: z.string(),
    sha256: z.string(),
    kind: z.enum(['text', 'pdf', 'image']),
    pages: z.int(),
    number: z.string().nullable(),
    title: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().nullable(),
    counts: z.object({ sections: z.int(), references: z.int(), targets: z.int(), dates: z.int(), agencies: z.int(), corrections: z.int() }),
    ocrConfidence: z.number().nullable(),
    validSyllableShareAfter: z.number(),
  })
  .meta({ id: 'IndexLine' });

export type ReportEntry = z.infer<typeof ReportEntrySchema>;
export type RunReport = z.infer<typeof RunReportSchema>;
export type IndexLine = z.infer<typeof IndexLineSchema>;
