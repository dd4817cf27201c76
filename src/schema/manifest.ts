import { z } from 'zod';
import { IndexLineSchema } from './report.js';

export const MANIFEST_FILE = 'manifest.json';

export const ManifestEntrySchema = z
  .object({
    input: z.string().meta({ description: 'Absolute path of the input' }),
    sha256: z.string(),
    size: z.int().min(0),
    outputName: z.string().meta({ description: 'Base name of `<name>.json` / `<name>.txt` in the output folder' }),
    versions: z.object({ pipeline: z.string(), dictionary: z.string(), languageModel: z.string() }),
    status: z.enum(['ok', 'failed']),
    reason: z.string().nullable(),
    finishedAt: z.iso.datetime(),
    timings: z.record(z.string(), z.number()),
    index: IndexLineSchema.nullable().meta({ description: 'The index.jsonl line of a good output' }),
  })
  .meta({ id: 'ManifestEntry' });

export const ManifestSchema = z
  .object({
    schemaName: z.literal('vnplan.Manifest'),
    entries: z.record(z.string(), ManifestEntrySchema).meta({ description: 'Keyed by absolute input path' }),
  })
  .meta({ id: 'Manifest' });

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
