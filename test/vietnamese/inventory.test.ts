import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalSyllable,
  composeSyllable,
  convertToneStyle,
  decomposeSyllable,
  isValidSyllable,
  isMinorityNameSyllable,
  isWellFormedSyllable,
  stripDiacritics,
} from '../../src/vietnamese/index.js';
import { DEFAULT_DICTIONARY_DIR } from '../../src/restore/index.js';

const listed = readFileSync(join(DEFAULT_DICTIONARY_DIR, 'syllables.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));
/** The Vietnamese syllables; the rest are the gazetteer's minority-name syllables (krông, kbang). */
const inventory = listed.filter((syllable) => !isMinorityNameSyllable(syllable));
const nameSyllables = listed.filter((syllable) => isMinorityNameSyllable(syllable));

describe('the shipped syllable inventory', () => {
  it('holds thousands of syllables, each well-formed and canonical', () => {
    expect(inventory.length).toBeGreaterThan(5000);
    expect(nameSyllables.length).toBeLessThan(100);
    for (const syllable of nameSyllables) expect(syllable, syllable).toBe(syllable.toLowerCase());
    for (const syllable of inventory) {
      expect(isWellFormedSyllable(syllable), syllable).toBe(true);
      expect(canonicalSyllable(syllable), syllable).toBe(syllable);
    }
  });

  it('round-trips decompose → compose, in both tone placements (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inventory), fc.constantFrom('old' as const, 'new' as const), (syllable, style) => {
        const parts = decomposeSyllable(syllable);
        expect(parts).not.toBeNull();
        const written = composeSyllable(parts!, style);
        expect(canonicalSyllable(written)).toBe(syllable);
        expect(convertToneStyle(written, 'old')).toBe(syllable);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays valid with its marks stripped and in upper or title case (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inventory), (syllable) => {
        expect(isValidSyllable(stripDiacritics(syllable))).toBe(true);
        expect(isValidSyllable(syllable.toUpperCase())).toBe(true);
        expect(isValidSyllable(syllable.normalize('NFD'))).toBe(true);
        expect(canonicalSyllable(syllable.toUpperCase())).toBe(syllable);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects any inventory syllable with a digit or symbol glued on (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inventory), fc.constantFrom('1', '6', '&', '¢', 'w', 'f', 'z', 'j'), (syllable, junk) => {
        expect(isValidSyllable(`${syllable}${junk}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
