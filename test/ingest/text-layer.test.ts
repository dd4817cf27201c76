import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessTextLayer } from '../../src/ingest/text-layer.js';
import { pageTextWithoutOcr } from '../../src/ingest/pdf.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

describe('text layer judgement', () => {
  it('finds the garbled seed texts unusable and the clean texts usable', async () => {
    for (const file of await readdir(join(fixtures, 'seeds'))) {
      const assessment = assessTextLayer(await readFile(join(fixtures, 'seeds', file), 'utf8'));
      expect(assessment.usable, file).toBe(file.startsWith('003_'));
    }
    for (const gold of ['000', '001', '002']) {
      expect(assessTextLayer(await readFile(join(fixtures, 'gold', `${gold}.gold.txt`), 'utf8')).usable).toBe(true);
    }
  });

  it('refuses text stripped of its marks, which reads as valid syllables but loses the tones', () => {
    const stripped = 'Thuc hien Ke hoach so 225 cua Uy ban nhan dan huyen ve trien khai Chuong trinh day manh cac hoat dong phuc vu hoc tap suot doi';
    const assessment = assessTextLayer(stripped);
    expect(assessment.validShare).toBeGreaterThan(0.9);
    expect(assessment.usable).toBe(false);
  });

  it('does not judge a page by a handful of words', () => {
    expect(assessTextLayer('Trang 2').usable).toBe(false);
    expect(pageTextWithoutOcr({ textLayer: 'Trang 2', images: 1, paths: 0 })).toBeNull();
    expect(pageTextWithoutOcr({ textLayer: 'Trang 2', images: 0, paths: 0 })).toBe('Trang 2');
    expect(pageTextWithoutOcr({ textLayer: null, images: 0, paths: 0 })).toBe('');
    expect(pageTextWithoutOcr({ textLayer: null, images: 1, paths: 0 })).toBeNull();
  });
});
