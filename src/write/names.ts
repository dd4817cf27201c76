import { basename, extname } from 'node:path';

/** `scans/plan 01.pdf` → `plan 01`: the input file name without its extension. */
export function outputBaseName(inputPath: string): string {
  const name = basename(inputPath);
  const extension = extname(name);
  return extension ? name.slice(0, -extension.length) : name;
}
