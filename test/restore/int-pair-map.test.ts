import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntPairMap } from '../../src/restore/int-pair-map.js';

describe('IntPairMap', () => {
  it('holds what a Map keyed by both integers holds, through growth and clearing', () => {
    const op = fc.record({
      kind: fc.constantFrom('set', 'set', 'set', 'get', 'clear'),
      a: fc.integer({ min: 0, max: 0x7fffffff }).map((v) => v % 50 === 0 ? v : v % 300),
      b: fc.integer({ min: 0, max: 0x7fffffff }).map((v) => v % 7 === 0 ? v : v % 40),
      value: fc.integer({ min: 0, max: 0x7fffffff }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const map = new IntPairMap(4);
        const reference = new Map<string, number>();
        for (const { kind, a, b, value } of ops) {
          const key = `${a},${b}`;
          if (kind === 'set') {
            map.set(a, b, value);
            reference.set(key, value);
          } else if (kind === 'clear') {
            map.clear();
            reference.clear();
          }
          expect(map.get(a, b)).toBe(reference.get(key) ?? -1);
          expect(map.size).toBe(reference.size);
        }
        for (const [key, value] of reference) {
          const [a, b] = key.split(',').map(Number) as [number, number];
          expect(map.get(a, b)).toBe(value);
        }
      }),
      { numRuns: 200 },
    );
  });
});
