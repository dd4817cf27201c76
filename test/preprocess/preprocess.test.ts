import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { binarise, estimateDpi, estimateRotation, preprocess, rescaleFactor } from '../../src/preprocess/index.js';
import { otsuThreshold } from '../../src/preprocess/skew.js';

const page = join(fileURLToPath(new URL('../../fixtures/scans/', import.meta.url)), 'scan-200dpi.png');

async function gray(image: Buffer) {
  const { data, info } = await sharp(image).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

describe('preprocessing', () => {
  let upright: Buffer;
  beforeAll(async () => {
    upright = await sharp(page).png().toBuffer();
  });

  it.each([-3, -1.2, 0.8, 2.5])('measures a skew of %s° and turns it back', async (degrees) => {
    const skewed = await sharp(upright).rotate(degrees, { background: '#ffffff' }).png().toBuffer();
    const { pixels, width, height } = await gray(skewed);
    const { quarter, skew } = await estimateRotation(pixels, width, height, true);
    expect(quarter).toBe(0);
    expect(skew).toBeCloseTo(degrees, 0);
    expect(Math.abs(skew - degrees)).toBeLessThan(0.25);
    const prepared = await preprocess(skewed, { dpi: 200 });
    expect(prepared.rotation).toBeCloseTo(-degrees, 0);
  });

  it('finds no skew on a straight page', async () => {
    const prepared = await preprocess(upright);
    expect(prepared.rotation).toBe(0);
  });

  it('detects a page scanned a quarter turn off, skewed or not, and levels it', async () => {
    for (const turn of [90, 270, 92, 267.5]) {
      const turned = await sharp(upright).rotate(turn, { background: '#ffffff' }).png().toBuffer();
      const prepared = await preprocess(turned);
      // Upright or upside down (OCR settles which by confidence), and level.
      expect(Math.abs((((turn + prepared.rotation) % 180) + 180) % 180)).toBeLessThan(0.3);
      expect(prepared.height).toBeGreaterThan(prepared.width);
    }
  });

  it('upscales a 200 DPI page to about 300 DPI', async () => {
    const prepared = await preprocess(upright);
    expect(prepared.dpi).toBe(300);
    expect(Math.abs(prepared.width - 1654 * 1.5)).toBeLessThanOrEqual(2);
    expect(prepared.pixels.length).toBe(prepared.width * prepared.height);
  });

  it('reads resolution from image metadata, or from an A4 shape when metadata says nothing', () => {
    expect(estimateDpi(1654, 2339, 200)).toBe(200);
    expect(estimateDpi(2480, 3508, 72)).toBeCloseTo(300, 0);
    expect(estimateDpi(1240, 1754, undefined)).toBeCloseTo(150, 0);
    expect(estimateDpi(1000, 1000, undefined)).toBeNull();
    expect(rescaleFactor(150, 300)).toBe(2);
    expect(rescaleFactor(300, 300)).toBe(1);
    expect(rescaleFactor(280, 300)).toBe(1);
    expect(rescaleFactor(null, 300)).toBe(1);
    expect(rescaleFactor(600, 300)).toBe(0.5);
  });

  it('binarises with Otsu into pure black and white', () => {
    const pixels = Buffer.from([10, 20, 30, 200, 210, 220, 15, 205]);
    expect(otsuThreshold(pixels)).toBeGreaterThanOrEqual(30);
    expect(otsuThreshold(pixels)).toBeLessThan(200);
    expect([...binarise(pixels)]).toEqual([0, 0, 0, 255, 255, 255, 0, 255]);
  });
});
