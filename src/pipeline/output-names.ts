import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Manifest } from '../schema/manifest.js';
import { outputBaseName } from '../write/names.js';

/**
 * Gives each input its output base name: the file name without extension, made unique with a short hash of the path
 * when two inputs of this run, or an input and an earlier run's different input, share a name.
 */
export function assignOutputNames(files: readonly string[], manifest: Manifest): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const entry of Object.values(manifest.entries)) taken.set(entry.outputName.toLowerCase(), entry.input);
  for (const file of files) {
    const key = resolve(file);
    const earlier = manifest.entries[key];
    if (earlier) {
      names.set(key, earlier.outputName);
      continue;
    }
    let name = outputBaseName(file);
    const owner = taken.get(name.toLowerCase());
    if (owner !== undefined && owner !== key) {
      name = `${name}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
    }
    taken.set(name.toLowerCase(), key);
    names.set(key, name);
  }
  return names;
}
