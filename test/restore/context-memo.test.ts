import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContextMemo, nearNumberingLimitForTest } from '../../src/restore/context-memo.js';

/** The memo as first written: nested maps per readings object, previous, next and flags. */
class ReferenceMemo<V> {
  private readonly values = new Map<unknown, V>();
  get(readings: object, previous: unknown, next: unknown, flags: string, compute: () => V): V {
    const key = JSON.stringify([ids(readings), ids(previous), ids(next), flags]);
    if (!this.values.has(key)) this.values.set(key, compute());
    return this.values.get(key) as V;
  }
}
const identities = new Map<unknown, number>();
function ids(value: unknown): number | null {
  if (value === null) return null;
  if (!identities.has(value)) identities.set(value, identities.size);
  return identities.get(value) as number;
}

describe('ContextMemo', () => {
  it('answers as nested maps by object identity would, through growth and after its limit empties it', () => {
    const objects = Array.from({ length: 12 }, () => [] as number[]);
    const context = fc.record({
      readings: fc.integer({ min: 0, max: 11 }),
      previous: fc.option(fc.integer({ min: 0, max: 11 })),
      next: fc.option(fc.integer({ min: 0, max: 11 })),
      flags: fc.constantFrom('', '0', '1', '0110', '2'),
    });
    fc.assert(
      fc.property(fc.array(context, { maxLength: 400 }), fc.constantFrom(7, 64, 5000), (asked, limit) => {
        const memo = new ContextMemo<string>(limit);
        const reference = new ReferenceMemo<string>();
        let computed = 0;
        for (const { readings, previous, next, flags } of asked) {
          const args = [objects[readings] as object, previous === null ? null : objects[previous], next === null ? null : objects[next], flags] as const;
          const answer = `${readings}/${previous}/${next}/${flags}`;
          const got = memo.get(...args, () => {
            computed += 1;
            return answer;
          });
          expect(got).toBe(reference.get(...args, () => answer));
          expect(memo.peek(...args)).toBe(answer);
        }
        const distinct = new Set(asked.map((c) => JSON.stringify(c))).size;
        if (limit >= asked.length) expect(computed).toBe(distinct);
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart objects with equal contents, null and a missing neighbour', () => {
    const memo = new ContextMemo<number>();
    const a: number[] = [];
    const b: number[] = [];
    memo.put(a, null, null, '', 1);
    expect(memo.peek(b, null, null, '')).toBeUndefined();
    expect(memo.peek(a, null, b, '')).toBeUndefined();
    expect(memo.peek(a, null, null, '1')).toBeUndefined();
    expect(memo.peek(a, null, null, '')).toBe(1);
  });

  it('forgets its answers when the object numbering starts over, never mixing old numbers with new objects', () => {
    const memo = new ContextMemo<string>();
    const first: number[] = [];
    memo.put(first, null, null, '', 'first');
    nearNumberingLimitForTest();
    const created = Array.from({ length: 5 }, () => [] as number[]);
    created.forEach((object, k) => memo.put(object, null, null, '', `new ${k}`));
    // The numbering started over: `first` may now share a number with a new object, so its answer is gone.
    expect(memo.peek(first, null, null, '')).toBeUndefined();
    created.forEach((object, k) => expect([undefined, `new ${k}`]).toContain(memo.peek(object, null, null, '')));
  });
});
