import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { abortableRecognizer, cachingRecognizer } from '../../src/pipeline/ocr-cache.js';
import type { PageRecognizer } from '../../src/pipeline/pages.js';

function countingRecognizer(): PageRecognizer & { calls: number } {
  const fake = {
    calls: 0,
    concurrency: 2,
    async recognize(image: Buffer) {
      fake.calls += 1;
      const text = `page of ${image.length} bytes`;
      return { text, page: { engine: 'fake', meanConfidence: 90, width: 10, height: 10, dpi: 300, rotation: 0, lines: [] } };
    },
  };
  return fake;
}

describe('OCR page cache and abort wrappers', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'vnplan-ocr-cache-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('recognises an image once and serves the same image from the cache, per engine setting', async () => {
    const engine = countingRecognizer();
    const cached = cachingRecognizer(engine, join(folder, 'ocr'), 'vie-psm3');
    const page = { document: 'a.pdf', number: 1 };
    const first = await cached.recognize(Buffer.from('image-1'), page);
    const again = await cached.recognize(Buffer.from('image-1'), page);
    expect(again).toEqual(first);
    expect(engine.calls).toBe(1);
    await cached.recognize(Buffer.from('image-2'), page);
    expect(engine.calls).toBe(2);
    await cachingRecognizer(engine, join(folder, 'ocr'), 'vie-psm6').recognize(Buffer.from('image-1'), page);
    expect(engine.calls).toBe(3);
    expect((await readdir(join(folder, 'ocr'))).filter((name) => name.endsWith('.json'))).toHaveLength(3);
  });

  it('keeps the engine’s page concurrency through both wrappers', () => {
    const engine = countingRecognizer();
    const wrapped = abortableRecognizer(cachingRecognizer(engine, folder, 'x'), new AbortController().signal);
    expect(wrapped.concurrency).toBe(2);
  });

  it('refuses new pages once the batch is interrupted', async () => {
    const controller = new AbortController();
    const engine = countingRecognizer();
    const wrapped = abortableRecognizer(engine, controller.signal);
    controller.abort(new Error('interrupted'));
    await expect(wrapped.recognize(Buffer.from('x'), { document: 'a.pdf', number: 1 })).rejects.toThrow('interrupted');
    expect(engine.calls).toBe(0);
  });
});
