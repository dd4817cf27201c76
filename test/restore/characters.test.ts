import { describe, expect, it } from 'vitest';
import { loadRestorer } from '../../src/restore/index.js';

describe('fraction slashes of the Vietnamese OCR model', () => {
  it('become plain slashes between digits, each recorded as a normalisation at its raw column', async () => {
    const restorer = await loadRestorer();
    const result = restorer.restore('Tổ chức vào ngày 21\u20444 hằng năm.\nPhân số 1\u20442 và dấu \u2044 riêng giữ nguyên.');
    expect(result.text).toBe('Tổ chức vào ngày 21/4 hằng năm.\nPhân số 1/2 và dấu \u2044 riêng giữ nguyên.');
    const slashes = result.corrections.filter((c) => c.from === '\u2044');
    expect(slashes.map((c) => [c.line, c.column, c.to, c.reason])).toEqual([
      [1, 20, '/', 'normalize'],
      [2, 10, '/', 'normalize'],
    ]);
  });

  it('leaves text without them untouched', async () => {
    const restorer = await loadRestorer();
    const line = 'Trước ngày 30/4/2025, các xã báo cáo kết quả.';
    expect(restorer.restore(line)).toMatchObject({ text: line, corrections: [] });
  });
});
