import { describe, expect, it } from 'vitest';
import { NamePairs, namePairsOfPhrases } from '../../src/restore/name-pairs.js';

describe('name pairs from the genre phrases', () => {
  it('takes adjacent words whose first is capitalised inside the phrase, or both at its start', () => {
    const pairs = namePairsOfPhrases(['thành phố Đà Nẵng', 'Thường trực Huyện ủy', 'Ngày Môi trường thế giới', 'Tổ chức triển khai']);
    expect([...pairs].sort()).toEqual(['huyện ủy', 'môi trường', 'ngày Môi', 'đà Nẵng'].sort());
  });

  it('looks pairs up by language-model id and by how the second word is written', () => {
    const vocabulary = ['đà', 'nẵng', 'năng'];
    const lm = { vocabulary, has: (t: string) => vocabulary.includes(t), idOf: (t: string) => vocabulary.indexOf(t) };
    const names = new NamePairs(['đà Nẵng', 'hải Hậu', 'đà năng'], lm);
    expect(names.has(0, 1, true)).toBe(true);
    expect(names.has(0, 1, false)).toBe(false);
    expect(names.has(0, 2, false)).toBe(true);
    expect(names.has(0, 2, true)).toBe(false);
    expect(names.has(1, 0, true)).toBe(false);
  });
});

describe('name pairs from the person-name list', () => {
  it('pairs a surname with a given name directly, as two-syllable names and streets named after people do', async () => {
    const { personNameFragments } = await import('../../src/restore/person-names.js');
    const fragments = personNameFragments({ surname: ['lê'], middle: ['văn'], given: ['lợi'] }).map((f) => f.join(' '));
    expect(fragments).toEqual(['lê văn', 'văn lợi', 'lê lợi']);
  });

  it('pairs a Highland family name after a given name (Ê Đê) and before it (Gia Rai), and checks its syllables', async () => {
    const { parsePersonNames, personNameFragments } = await import('../../src/restore/person-names.js');
    const names = parsePersonNames('p.txt', 'given: Thông\nhighland: Niê Ksor\n');
    expect(names.highland).toEqual(['niê', 'ksor']);
    expect(personNameFragments(names).map((f) => f.join(' '))).toEqual(['thông niê', 'niê thông', 'thông ksor', 'ksor thông']);
    // A minority-name syllable is a family name of its own kind, never a Vietnamese surname; garbled words are neither.
    expect(() => parsePersonNames('p.txt', 'surname: Ksor\n')).toThrow(/p\.txt:1: `Ksor`/u);
    expect(() => parsePersonNames('p.txt', 'highland: Niê cia\n')).toThrow(/`cia`: not a well-formed Vietnamese syllable nor a minority-name syllable/u);
  });
});

describe('known names do not overrule a name the model cannot explain (made-up line)', () => {
  it('keeps the printed middle word of a name that runs into a foreign word', async () => {
    const { loadRestorer } = await import('../../src/restore/index.js');
    const restorer = await loadRestorer();
    const strongNames = await loadRestorer({ decoder: { namePairBonus: 3, foreignRunKeepBonus: 0 } });
    // Kim Phú is a known name; Kim Phi Dane is not, and Phi is printed as it is spelt.
    expect(strongNames.restore('ong Kim Phi Dane').text).toBe('ông Kim Phú Dane');
    expect(restorer.restore('ong Kim Phi Dane').text).toBe('ông Kim Phi Dane');
    // The foreign word's run keeps Phi even against the stronger name-pair bonus.
    const strongNamesForeignRun = await loadRestorer({ decoder: { namePairBonus: 3 } });
    expect(strongNamesForeignRun.restore('ong Kim Phi Dane').text).toBe('ông Kim Phi Dane');
  });
});
