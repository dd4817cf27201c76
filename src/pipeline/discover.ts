import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isSupportedInput } from '../ingest/index.js';

export interface DiscoveredInputs {
  /** Files to process, in a stable order, each once. */
  files: string[];
  /** Inputs that name a file already listed. */
  duplicates: Array<{ input: string; sameAs: string }>;
  /** Inputs that could not be used at all (missing paths), with the reason. */
  problems: Array<{ input: string; reason: string }>;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && isSupportedInput(path)) files.push(path);
  }
  return files;
}

/** Expands folders recursively to supported files; files named explicitly are kept whatever their type. */
export async function discoverInputs(inputs: readonly string[]): Promise<DiscoveredInputs> {
  const files: string[] = [];
  const seen = new Map<string, string>();
  const problems: DiscoveredInputs['problems'] = [];
  const duplicates: DiscoveredInputs['duplicates'] = [];
  const add = (file: string) => {
    const key = resolve(file);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      duplicates.push({ input: file, sameAs: earlier });
      return;
    }
    seen.set(key, file);
    files.push(file);
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) problems.push({ input, reason: 'no such file or folder' });
    else if (info.isDirectory()) (await walk(input)).forEach(add);
    else add(input);
  }
  return { files, duplicates, problems };
}
