import { describe, expect, it } from 'vitest';
import { optionProblem } from '../../bench/lib/options.js';

describe('bench option check', () => {
  const spec = { values: ['--out', '--runs'], flags: ['--details'] };

  it('accepts known options with their values, and --help', () => {
    expect(optionProblem(['--out', 'x.json', '--details', '--runs', '3'], spec)).toBeNull();
    expect(optionProblem(['--help'], spec)).toBeNull();
    expect(optionProblem([], spec)).toBeNull();
  });

  it('names an unknown option, a missing value and a stray argument', () => {
    expect(optionProblem(['--detials'], spec)).toBe('unknown option --detials');
    expect(optionProblem(['--out'], spec)).toBe('--out needs a value');
    expect(optionProblem(['--out', '--details'], spec)).toBe('--out needs a value');
    expect(optionProblem(['results.json'], spec)).toBe('unexpected argument results.json');
  });

  it('takes a value that looks like JSON or a negative number as the value', () => {
    expect(optionProblem(['--out', '{"a":1}', '--runs', '-1'], spec)).toBeNull();
  });
});
