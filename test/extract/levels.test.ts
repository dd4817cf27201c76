import { describe, expect, it } from 'vitest';
import { fold } from '../../src/structure/fold.js';
import {
  ADMINISTRATIVE_LEVELS,
  isOneWordLevel,
  isTwoWordLevel,
  levelAlternation,
  levelFirstWordAlternation,
  printedLevel,
  printedLevelOpening,
} from '../../src/extract/levels.js';

describe('administrative levels', () => {
  it('folds each printed form to its folded form', () => {
    for (const level of ADMINISTRATIVE_LEVELS) expect(fold(level.printed)).toBe(level.folded);
  });

  // The callers' patterns rely on it: an alternation of the levels matches the same text in any order.
  it('has no form that is the start of another', () => {
    for (const form of ['folded', 'printed'] as const) {
      for (const a of ADMINISTRATIVE_LEVELS) {
        for (const b of ADMINISTRATIVE_LEVELS) if (a !== b) expect(b[form].startsWith(a[form])).toBe(false);
      }
    }
  });

  it('builds alternations in either form, of some levels, with another space', () => {
    const printed = new RegExp(`^(?:${levelAlternation('printed')})$`, 'u');
    expect(['tỉnh', 'thị xã', 'thành phố', 'quận', 'đặc khu'].every((word) => printed.test(word))).toBe(true);
    expect(printed.test('xã hội')).toBe(false);
    expect(levelAlternation('folded', { only: isOneWordLevel }).split('|').sort()).toEqual(['huyen', 'phuong', 'quan', 'tinh', 'xa']);
    expect(levelAlternation('folded', { only: isTwoWordLevel, space: String.raw`\s+` }).split('|').sort()).toEqual([
      String.raw`dac\s+khu`,
      String.raw`thanh\s+pho`,
      String.raw`thi\s+tran`,
      String.raw`thi\s+xa`,
    ]);
    expect(levelFirstWordAlternation('folded').split('|').sort()).toEqual(['dac', 'huyen', 'phuong', 'quan', 'thanh', 'thi', 'tinh', 'xa']);
  });

  it('gives the printed form of a folded level and of an area opening', () => {
    expect(printedLevel('thi tran')).toBe('thị trấn');
    expect(printedLevel('thon')).toBeNull();
    expect(printedLevelOpening('thị xã Sa Pa')).toBe('thị xã');
    expect(printedLevelOpening('xã Tân Lập')).toBe('xã');
    expect(printedLevelOpening('Xã Tân Lập')).toBeUndefined();
  });
});
