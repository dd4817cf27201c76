import { join } from 'node:path';
import { PlanDocumentSchema, type PlanDocument } from '../schema/document.js';
import { writeFileAtomic } from './atomic.js';
import { outputBaseName } from './names.js';

export { writeFileAtomic } from './atomic.js';
export { outputBaseName } from './names.js';

export interface WrittenFiles {
  json: string;
  text: string;
}

/** Writes `<name>.json` and `<name>.txt` for one document; validates before anything touches the disk. */
export async function writeDocument(outDir: string, document: PlanDocument, baseName?: string): Promise<WrittenFiles> {
  const valid = PlanDocumentSchema.parse(document);
  const base = baseName ?? outputBaseName(valid.source.path);
  const json = join(outDir, `${base}.json`);
  const text = join(outDir, `${base}.txt`);
  await writeFileAtomic(text, valid.text);
  await writeFileAtomic(json, `${JSON.stringify(valid, null, 2)}\n`);
  return { json, text };
}
