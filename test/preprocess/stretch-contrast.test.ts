import { describe, expect, it } from 'vitest';
import { stretchContrast } from '../../src/preprocess/index.js';

/** A page of light paper noise (levels 200..255) with `inkShare` of its pixels black text. */
function page(inkShare: number, size = 100_000): Buffer {
  const pixels = Buffer.alloc(size);
  let seed = 7;
  for (let index = 0; index < size; index += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[index] = index < size * inkShare ? 10 : 200 + (seed % 56);
  }
  return pixels;
}

const mean = (pixels: Buffer) => pixels.reduce((sum, value) => sum + value, 0) / pixels.length;

describe('stretchContrast', () => {
  it('stretches a normal page between its ink and paper levels', () => {
    const stretched = stretchContrast(page(0.05));
    expect(stretched[0]).toBe(0);
    expect(Math.max(...stretched)).toBe(255);
  });

  it('does not turn the paper noise of a nearly blank page into dark static', () => {
    const input = page(0.002);
    const stretched = stretchContrast(input);
    expect(mean(stretched)).toBeGreaterThan(200);
    expect(stretched[0]).toBe(0);
  });
});
