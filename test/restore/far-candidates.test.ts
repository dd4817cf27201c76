import { describe, expect, it } from 'vitest';
import { ChannelModel } from '../../src/restore/channel.js';
import { FarCandidates } from '../../src/restore/far-candidates.js';
import { provisionalChannelEntries, PROVISIONAL_CHANNEL_VERSION } from '../../src/restore/provisional-channel.js';
import { loadRestorer } from '../../src/restore/index.js';

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
