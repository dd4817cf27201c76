import { describe, expect, it } from 'vitest';
import { isAscii, memoisePerWord } from '../../src/vietnamese/word-memo.js';
import { normalizeVietnamese, stripDiacritics } from '../../src/vietnamese/index.js';

describe('memoisePerWord', () => {
  it('computes a word once, recomputes after the memory is emptied, and never remembers long keys', () => {
    const calls: string[] = [];
    const upper = memoisePerWord((w: string) => {
      calls.push(w);
      return w.toUpperCase();
    }, 2, 5);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: emptied, then c remembered
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    upper('longer');
    upper('longer');
    expect(calls.filter((w) => w === 'longer')).toHaveLength(2);
  });
});

describe('the ASCII fast paths', () => {
  it('tell ASCII from anything else', () => {
    expect(isAscii('UBND 1520/QD-TTg')).toBe(true);
    expect(isAscii('thư')).toBe(false);
    expect(isAscii('ð')).toBe(false);
  });

  it('normalise and strip exactly as the full path does, however often asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(normalizeVietnamese('ðiều hoà')).toBe('điều hoà');
      expect(normalizeVietnamese('Tho\u0302ng')).toBe('Thông');
      expect(stripDiacritics('Ðẩy mạnh')).toBe('Day manh');
      expect(stripDiacritics('plain text')).toBe('plain text');
      expect(stripDiacritics('x'.repeat(40) + 'ư')).toBe('x'.repeat(40) + 'u');
    }
  });
});
