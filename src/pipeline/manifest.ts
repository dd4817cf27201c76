import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, ManifestSchema, type Manifest, type ManifestEntry } from '../schema/manifest.js';
import { writeFileAtomic } from '../write/atomic.js';

export interface LoadedManifest {
  manifest: Manifest;
  /** Why an existing manifest was not usable (it is then started afresh), or null. */
  problem: string | null;
}

export async function loadManifest(outDir: string): Promise<LoadedManifest> {
  const path = join(outDir, MANIFEST_FILE);
  const empty: Manifest = { schemaName: 'vnplan.Manifest', entries: {} };
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { manifest: empty, problem: null };
  }
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { manifest: parsed.data, problem: null };
    return { manifest: empty, problem: `${path} is not a valid manifest; every input will be processed again` };
  } catch {
    return { manifest: empty, problem: `${path} is not valid JSON; every input will be processed again` };
  }
}

export async function saveManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** An input can be skipped when the same bytes went through the same pipeline, dictionary and model successfully. */
export function isUpToDate(entry: ManifestEntry | undefined, sha256: string, versions: ManifestEntry['versions']): boolean {
  return (
    entry !== undefined &&
    entry.status === 'ok' &&
    entry.sha256 === sha256 &&
    entry.versions.pipeline === versions.pipeline &&
    entry.versions.dictionary === versions.dictionary &&
    entry.versions.languageModel === versions.languageModel
  );
}
