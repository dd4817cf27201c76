import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { degradeScan, escapeMarkup, resolveSerifFont, typeset } from '../../scripts/lib/typeset.js';

// Dev tooling: renders with a system font, so it only runs where fontconfig finds one (CI need not have any).
const font = resolveSerifFont();
const haveFont = font.regularFile !== null;

describe('escapeMarkup', () => {
  it('escapes the characters Pango markup reserves', () => {
    expect(escapeMarkup('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });
});

describe.skipIf(!haveFont)('typeset', () => {
  const body = 'Căn cứ Quyết định số 1520/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt Chương trình đẩy mạnh các hoạt động học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa.';

  it('returns every drawn line as ground truth, headings upper-cased, on an A4 page at the asked DPI', async () => {
    const result = await typeset([{ text: 'Mục đích, yêu cầu', uppercase: true, bold: true, align: 'center' }, { text: body }], { font, dpi: 150, sizePt: 13 });
    const page = result.pages[0];
    expect(result.pages).toHaveLength(1);
    expect(page?.width).toBe(Math.round((210 * 150) / 25.4));
    expect(page?.lines[0]?.text).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(page?.lines.slice(1).map((line) => line.text).join(' ')).toBe(body);
    const metadata = await sharp(page?.png).metadata();
    expect(metadata.density).toBe(150);
    expect(metadata.channels).toBe(1);
  });

  it('keeps lines inside the margins, in order, and justifies all but the last line of a paragraph', async () => {
    const { pages } = await typeset([{ text: `${body} ${body}` }], { font, dpi: 150, marginsMm: { top: 20, right: 15, bottom: 20, left: 30 } });
    const lines = pages[0]?.lines ?? [];
    const left = Math.round((30 * 150) / 25.4);
    const right = Math.round((210 * 150) / 25.4) - Math.round((15 * 150) / 25.4);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.box.x0).toBeGreaterThanOrEqual(left - 2);
      expect(line.box.x1).toBeLessThanOrEqual(right + 3);
    }
    for (const line of lines.slice(0, -1)) expect(line.box.x1).toBeGreaterThan(right - 4);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.box.y0).toBeGreaterThan(lines[i - 1]?.box.y0 ?? 0);
  });

  it('starts a new page when the text does not fit', async () => {
    const blocks = Array.from({ length: 30 }, () => ({ text: body }));
    const { pages } = await typeset(blocks, { font, dpi: 100 });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((page) => page.lines).map((line) => line.text).join(' ')).toBe(Array.from({ length: 30 }, () => body).join(' '));
  });

  it('degrades deterministically for a seed', async () => {
    const { pages } = await typeset([{ text: body }], { font, dpi: 100 });
    const png = pages[0]?.png ?? Buffer.alloc(0);
    const a = await degradeScan(png, { seed: 3, blurSigma: 0.8, noise: 10 });
    const b = await degradeScan(png, { seed: 3, blurSigma: 0.8, noise: 10 });
    const c = await degradeScan(png, { seed: 4, blurSigma: 0.8, noise: 10 });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});

describe.skipIf(!haveFont)('degradeScan threshold', () => {
  it('binarises the page', async () => {
    const { pages } = await typeset([{ text: 'Đẩy mạnh học tập suốt đời' }], { font, dpi: 100 });
    const png = await degradeScan(pages[0]?.png ?? Buffer.alloc(0), { seed: 1, blurSigma: 1, threshold: 200 });
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(new Set(data)).toEqual(new Set([0, 255]));
  });
});
