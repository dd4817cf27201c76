/**
 * Writes dictionaries/candidate-index.bin: the candidate generator's index of every syllable spelling's likely OCR
 * forms, enumerated ahead so that loading the restorer only reads it (format: src/restore/candidate-index.ts).
 * Run it after anything the enumeration reads changes: dictionaries/syllables.txt or the language model's
 * vocabulary (scripts/build-lm.ts), the OCR channel (dictionaries/ocr-channel.json, provisional-channel.ts, the
 * mixing weight) or the candidate options. A stale file is not used (the restorer enumerates the index itself,
 * with the same result, more slowly), and test/restore/candidate-index.test.ts fails until it is rebuilt.
 * scripts/build-lm.ts runs it after writing the model.
 *
 *   npx tsx scripts/build-candidate-index.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CANDIDATE_INDEX_FILE, serializeCandidateIndex } from '../src/restore/candidate-index.js';
import { CandidateGenerator, DEFAULT_CANDIDATE_OPTIONS } from '../src/restore/candidates.js';
import { DEFAULT_DICTIONARY_DIR, loadChannel, loadInventory } from '../src/restore/index.js';
import { LM_FILE } from '../src/restore/lm-file.js';
import { SyllableLm } from '../src/restore/lm.js';

/** Enumerates the index of the dictionaries in `dir` (default options and channel) and writes it there. */
export function writeCandidateIndex(dir = DEFAULT_DICTIONARY_DIR): void {
  const started = performance.now();
  const lmPath = join(dir, LM_FILE);
  const lm = SyllableLm.fromFile(readFileSync(lmPath), lmPath);
  const inventory = loadInventory(dir, lm);
  const generator = new CandidateGenerator(inventory, loadChannel(dir, {}), DEFAULT_CANDIDATE_OPTIONS);
  const index = generator.candidateFormIndex;
  const file = serializeCandidateIndex(index);
  writeFileSync(join(dir, CANDIDATE_INDEX_FILE), file);
  console.log(
    `${CANDIDATE_INDEX_FILE}: ${inventory.length} syllables, ${generator.indexedForms} forms, ${index.entrySpelling.length} entries, ` +
      `${(file.length / 1e6).toFixed(2)} MB, fingerprint ${index.fingerprint.slice(0, 12)}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) writeCandidateIndex();
