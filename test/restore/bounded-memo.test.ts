import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/restore/bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, and starts over once it holds its limit', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo<number>(2, (key) => {
      calls.push(key);
      return key.length;
    });
    expect([memo.get('ab'), memo.get('ab'), memo.get('abc')]).toEqual([2, 2, 3]);
    expect(calls).toEqual(['ab', 'abc']);
    memo.get('abcd'); // the third key empties the memo before it is stored
    memo.get('ab');
    expect(calls).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('remembers false and empty results too', () => {
    let calls = 0;
    const memo = new BoundedMemo<boolean>(10, () => {
      calls += 1;
      return false;
    });
    memo.get('x');
    memo.get('x');
    expect(calls).toBe(1);
  });
});
