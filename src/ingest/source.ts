import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { InputFileError } from '../errors/index.js';

/** The size of an input file, refusing missing, special and empty files with a reason. */
export async function inputFileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(path, error.code === 'ENOENT' ? 'file not found' : `cannot read (${error.code ?? error.message})`);
  });
  if (!info.isFile()) throw new InputFileError(path, 'not a regular file');
  if (info.size === 0) throw new InputFileError(path, 'empty file (0 bytes)');
  return info.size;
}

/** Reads an input file whole, refusing missing, special and empty files with a reason. */
export async function readInputFile(path: string): Promise<Buffer> {
  await inputFileSize(path);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(path, `cannot read (${error.code ?? error.message})`);
  });
  if (bytes.length === 0) throw new InputFileError(path, 'empty file (0 bytes)');
  return bytes;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
