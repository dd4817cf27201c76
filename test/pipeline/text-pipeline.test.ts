import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { processDocument } from '../../src/pipeline/document.js';
import { loadRestorer } from '../../src/restore/index.js';
import { PlanDocumentSchema } from '../../src/schema/document.js';

const seed = 'fixtures/seeds/001_61d65cb0b2fd5c5f.txt';

describe('processDocument on a text input', () => {
  it('keeps the line structure of the input and validates against the schema', async () => {
    const restorer = await loadRestorer();
    const { document } = await processDocument(seed, { restorer, recognizer: null, ocrMode: 'auto' });
    const input = await readFile(seed, 'utf8');
    expect(document.text.split('\n')).toHaveLength(input.split('\n').length);
    expect(document.rawText).toBe(input.normalize('NFC'));
    expect(() => PlanDocumentSchema.parse(document)).not.toThrow();
    expect(document.source.kind).toBe('text');
    expect(document.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.pages).toEqual([expect.objectContaining({ number: 1, origin: 'text', startLine: 1, endLine: input.split('\n').length })]);
  });
});

describe('processDocument language check', () => {
  it('refuses a text that is not Vietnamese, naming the file and the measured share', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const folder = await mkdtemp(join(tmpdir(), 'vnplan-lang-'));
    const file = join(folder, 'english.txt');
    await writeFile(
      file,
      'This plan sets out the tasks of the provincial library for the period until 2030. The Department of Culture, Sports and Tourism shall lead the implementation and report to the People’s Committee every year before 25 November.\n',
    );
    const restorer = await loadRestorer();
    await expect(processDocument(file, { restorer, recognizer: null, ocrMode: 'auto' })).rejects.toThrow(
      /english\.txt: text does not look like Vietnamese \(\d+% of \d+ words are Vietnamese syllables\)/,
    );
    await rm(folder, { recursive: true, force: true });
  });
});
