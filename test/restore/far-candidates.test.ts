import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelModel } from '../../src/restore/channel.js';
import { deletes, skeletonOfToken } from '../../src/restore/candidates.js';
import { editDistance, editDistanceWithin } from '../../src/vietnamese/index.js';
import { DEFAULT_FAR_CANDIDATES, FarCandidates } from '../../src/restore/far-candidates.js';
import { provisionalChannelEntries, PROVISIONAL_CHANNEL_VERSION } from '../../src/restore/provisional-channel.js';
import { DEFAULT_DICTIONARY_DIR, loadRestorer } from '../../src/restore/index.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';

const channel = new ChannelModel(provisionalChannelEntries(), PROVISIONAL_CHANNEL_VERSION);

describe('far candidates', () => {
  it('offers frequent syllables two skeleton edits from a garbled token, best channel first', () => {
    const far = new FarCandidates(['của', 'trước', 'được', 'người'], channel, { frequentSyllables: 4, minChannel: -30, maxCandidates: 4 });
    const found = far.candidatesFor('truce').map((c) => c.syllable);
    expect(found).toContain('trước');
    expect(found).not.toContain('người');
  });

  it('indexes only the most frequent syllables and caps the list', () => {
    const far = new FarCandidates(['của', 'trước'], channel, { frequentSyllables: 1, minChannel: -30, maxCandidates: 1 });
    expect(far.candidatesFor('truce')).toEqual([]);
    expect(far.candidatesFor('cua').length).toBeLessThanOrEqual(1);
  });

  it('lets the restorer reach a common word the regular search missed', async () => {
    const input = 'bao cao ket qua truce ngay 15/12 hang nam';
    const restorer = await loadRestorer();
    const without = await loadRestorer({ decoder: { farCandidates: false } });
    expect(restorer.restore(input).text).toBe('báo cáo kết quả trước ngày 15/12 hằng năm');
    expect(without.restore(input).text).not.toContain('trước');
  }, 60_000);
});

/** The deletion-index search far candidates used before the direct scan: the scan must find exactly the same. */
class DeletionIndexReference {
  private readonly byVariant = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, string[]>();
  private readonly rank = new Map<string, number>();

  constructor(frequentFirst: readonly string[], private readonly model: ChannelModel, private readonly options: { frequentSyllables: number; minChannel: number; maxCandidates: number }) {
    for (const syllable of frequentFirst.slice(0, options.frequentSyllables)) {
      this.rank.set(syllable, this.rank.size);
      const skeleton = stripDiacritics(syllable);
      const group = this.bySkeleton.get(skeleton);
      if (group) {
        group.push(syllable);
        continue;
      }
      this.bySkeleton.set(skeleton, [syllable]);
      const variants = new Set<string>([skeleton]);
      deletes(skeleton, 3, variants);
      for (const variant of variants) this.byVariant.set(variant, [...(this.byVariant.get(variant) ?? []), skeleton]);
    }
  }

  candidatesFor(token: string): Array<{ syllable: string; channel: number }> {
    const skeleton = skeletonOfToken(token);
    const found: Array<{ syllable: string; channel: number }> = [];
    if (skeleton.length > 0) {
      const maxDistance = skeleton.length >= 5 ? 3 : 2;
      const probes = new Set<string>([skeleton]);
      deletes(skeleton, maxDistance, probes);
      const seen = new Set<string>();
      const near: Array<{ syllable: string; distance: number; rank: number }> = [];
      for (const probe of probes) {
        for (const candidate of this.byVariant.get(probe) ?? []) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          const distance = editDistance(candidate, skeleton);
          if (distance > maxDistance) continue;
          for (const syllable of this.bySkeleton.get(candidate) ?? []) near.push({ syllable, distance, rank: this.rank.get(syllable) ?? 0 });
        }
      }
      near.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
      for (const { syllable } of near.slice(0, 96)) {
        const score = this.model.score(syllable, token, this.options.minChannel);
        if (score >= this.options.minChannel) found.push({ syllable, channel: score });
      }
    }
    found.sort((a, b) => b.channel - a.channel);
    return found.slice(0, this.options.maxCandidates);
  }
}

describe('far candidates by direct scan', () => {
  const syllables = readFileSync(join(DEFAULT_DICTIONARY_DIR, 'syllables.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(0, 900);
  const options = { ...DEFAULT_FAR_CANDIDATES, frequentSyllables: 800 };
  const scan = new FarCandidates(syllables, channel, options);
  const reference = new DeletionIndexReference(syllables, channel, options);
  const letters = [...'abcdeghiklmnopqrstuvwxy0146&|éèáàóòúùíìýêôư'];

  it('finds exactly what the deletion index found, channel scores and order included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 0, maxLength: 9 }), (chars) => {
        const token = chars.join('');
        expect(scan.candidatesFor(token)).toEqual(reference.candidatesFor(token));
      }),
      { numRuns: 1500 },
    );
    for (const token of ['truce', 'trade', 'gy', 'nguoi', 'thw', 'viedng', 'trurde', 'x']) expect(scan.candidatesFor(token)).toEqual(reference.candidatesFor(token));
  });

  it('edit distance within a bound agrees with the full distance up to the bound', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = editDistance(a, b);
        const within = editDistanceWithin(a, b, max);
        expect(full <= max ? within === full : within > max).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
