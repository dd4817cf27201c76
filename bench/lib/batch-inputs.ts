import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The documents of the batch speed figure: every tuning garbled text and H1–H4 (never the judges H5 and up). */
export function batchInputs(): string[] {
  const files: string[] = [];
  const tuningDir = join(repoRoot, 'fixtures', 'tuning');
  if (existsSync(tuningDir)) {
    const tuning = readdirSync(tuningDir).filter((name) => /^T\d+\.garbled\.txt$/u.test(name));
    tuning.sort((a, b) => Number(a.slice(1).split('.')[0]) - Number(b.slice(1).split('.')[0]));
    for (const f of tuning) files.push(join(tuningDir, f));
  }
  for (const id of ['H1', 'H2', 'H3', 'H4']) files.push(join(repoRoot, 'fixtures', 'holdout', `${id}.garbled.txt`));
  return files.map((file) => readFileSync(file, 'utf8').normalize('NFC'));
}
