import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChannelModel } from '../../src/restore/channel.js';
import { ReadingLicenser } from '../../src/restore/licensed-readings.js';
import { SyllableLm } from '../../src/restore/lm.js';
import { provisionalChannelEntries } from '../../src/restore/provisional-channel.js';
import { isWellFormedSyllable } from '../../src/vietnamese/index.js';

let lm: SyllableLm;
let licenser: ReadingLicenser;

beforeAll(() => {
  lm = SyllableLm.fromFile(readFileSync(fileURLToPath(new URL('../../dictionaries/syllable-lm.bin', import.meta.url))));
  licenser = new ReadingLicenser(lm, new ChannelModel(provisionalChannelEntries(), 'test'), isWellFormedSyllable);
});

const reading = (syllable: string, channel = 0) => ({ output: syllable, lmId: lm.idOf(syllable), channel });

describe('readings licensed by a neighbour', () => {
  it('indexes strong collocations that propose a rare word, both ways', () => {
    const theo = lm.idOf('theo');
    const doi = lm.idOf('dõi');
    expect([...lm.strongSuccessors(theo)]).toContain(doi);
    expect(lm.hasStrongNeighbour(theo, false)).toBe(true);
    // đà is rare enough to be proposed by the word after it; theo is too frequent to need proposing.
    expect([...lm.strongPredecessors(lm.idOf('nẵng'))]).toContain(lm.idOf('đà'));
    expect([...lm.strongPredecessors(doi)]).not.toContain(theo);
  });

  it('appends a syllable the previous word licenses when the channel explains the token well enough', () => {
    const readings = [reading('đội', -0.7), reading('đổi', -1.4)];
    const extended = licenser.extend('doi', readings, [reading('theo')], null);
    expect(extended.map((r) => r.output)).toContain('dõi');
    expect(extended.slice(0, 2)).toEqual(readings);
  });

  it('returns the same array when no neighbour licenses anything, and remembers its answer', () => {
    const readings = [reading('đội'), reading('đổi')];
    expect(licenser.extend('doi', readings, null, null)).toBe(readings);
    const previous = [reading('theo')];
    expect(licenser.extend('doi', readings, previous, null)).toBe(licenser.extend('doi', readings, previous, null));
  });
});

describe('collocations in the restorer', () => {
  it('offers a word of middling frequency the candidate cut dropped when a neighbour forms a collocation with it (made-up lines)', async () => {
    const { loadRestorer } = await import('../../src/restore/index.js');
    const restorer = await loadRestorer();
    const without = await loadRestorer({ decoder: { licensedReadings: false } });
    const cases: Array<[string, string]> = [
      ['Huong dan nguoi dan stir dung dich vu cong', 'Hướng dẫn người dân sử dụng dịch vụ công'],
      ['bao dam an ninh chinh tri ben vig', 'bảo đảm an ninh chính trị bền vững'],
    ];
    for (const [input, expected] of cases) {
      expect(restorer.restore(input).text).toBe(expected);
      expect(without.restore(input).text).not.toBe(expected);
    }
  }, 60_000);
});
