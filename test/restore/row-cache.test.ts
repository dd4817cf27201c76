import { describe, expect, it } from 'vitest';
import { RowCache } from '../../src/restore/row-cache.js';
import { IntPairTable } from '../../src/restore/int-pair-table.js';

describe('RowCache', () => {
  it('finds a row made for a pair, and nothing for another pair', () => {
    const cache = new RowCache(4, 16);
    const at = cache.make(3, 7, 3);
    cache.values.set([1, 2, 3], at);
    const found = cache.find(3, 7);
    expect(found).toBe(at);
    expect([...cache.values.subarray(found, found + 3)]).toEqual([1, 2, 3]);
    expect(cache.find(7, 3)).toBe(-1);
  });

  it('forgets every row when the table or the arena is full', () => {
    const cache = new RowCache(2, 100);
    cache.make(1, 1, 2);
    cache.make(2, 2, 2);
    expect(cache.find(1, 1)).toBeGreaterThanOrEqual(0);
    cache.make(3, 3, 2); // a third row: the table held two
    expect(cache.find(1, 1)).toBe(-1);
    expect(cache.find(2, 2)).toBe(-1);
    expect(cache.find(3, 3)).toBe(0);
    const small = new RowCache(10, 5);
    small.make(1, 1, 4);
    small.make(2, 2, 4); // does not fit after the first
    expect(small.find(1, 1)).toBe(-1);
    expect(small.find(2, 2)).toBe(0);
    expect(() => small.make(3, 3, 6)).toThrow(RangeError);
  });
});

describe('IntPairTable.clear', () => {
  it('forgets every pair', () => {
    const table = new IntPairTable(8);
    table.set(1, 2, 5);
    table.clear();
    expect(table.get(1, 2)).toBe(-1);
    table.set(1, 2, 6);
    expect(table.get(1, 2)).toBe(6);
  });
});

describe('IntPairTable with a filter', () => {
  it('answers exactly as without one, for stored and absent pairs alike', () => {
    const plain = new IntPairTable(5000, true);
    const filtered = new IntPairTable(5000, true, true);
    for (let i = 0; i < 5000; i += 1) {
      const a = (i * 7919) % 3001;
      const b = (i * 104729) % 2003;
      plain.setWithValue(a, b, i, i / 8);
      filtered.setWithValue(a, b, i, i / 8);
    }
    for (let a = 0; a < 300; a += 1) {
      for (let b = 0; b < 300; b += 1) {
        expect(filtered.get(a, b)).toBe(plain.get(a, b));
        expect(Object.is(filtered.valueOf(a, b), plain.valueOf(a, b))).toBe(true);
      }
    }
    filtered.clear();
    expect(filtered.get(0, 0)).toBe(-1);
  });
});
