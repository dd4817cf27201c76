/**
 * Far candidates: a garbled token (not a valid syllable) whose channel search stopped at skeletons one edit away
 * may still be a common syllable two edits away (`truce`, `trade` → trước; `Gy` → ủy when a nearer reading
 * crowds it out). This index holds the language model's most frequent syllables by skeleton and offers those
 * within two edits, scored by the channel, to the decoder alongside the regular candidates.
 */
import { stripDiacritics } from '../vietnamese/index.js';
import { deletes, editDistance, skeletonOfToken } from './candidates.js';
import type { ChannelModel } from './channel.js';

export interface FarCandidate {
  syllable: string;
  channel: number;
}

export interface FarCandidateOptions {
  /** How many of the most frequent syllables are indexed. */
  frequentSyllables: number;
  /** Candidates below this channel log-probability are not offered. */
  minChannel: number;
  /** Most candidates offered per token. */
  maxCandidates: number;
}

export const DEFAULT_FAR_CANDIDATES: FarCandidateOptions = {
  frequentSyllables: 800,
  minChannel: -12,
  maxCandidates: 8,
};

/** Tokens with a skeleton this long (trurde → trước, viedng → vướng) may be three edits from their syllable. */
const LONG_TOKEN = 5;
const LONG_TOKEN_DISTANCE = 3;

/** Most syllables whose channel score is computed per token. */
const MAX_SCORED = 96;

export class FarCandidates {
  /** Deletion variants (up to two) of each indexed skeleton → the skeletons. */
  private readonly byVariant = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, string[]>();
  private readonly cache = new Map<string, FarCandidate[]>();
  /** Frequency rank of each indexed syllable (0: most frequent). */
  private readonly rank = new Map<string, number>();

  constructor(
    /** Syllables, most frequent first. */
    frequentFirst: readonly string[],
    private readonly channel: ChannelModel,
    private readonly options: FarCandidateOptions = DEFAULT_FAR_CANDIDATES,
  ) {
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
      deletes(skeleton, LONG_TOKEN_DISTANCE, variants);
      for (const variant of variants) {
        const list = this.byVariant.get(variant);
        if (list) list.push(skeleton);
        else this.byVariant.set(variant, [skeleton]);
      }
    }
  }

  /** Frequent syllables within two skeleton edits of a lowercase token, best channel first. */
  candidatesFor(token: string): FarCandidate[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const skeleton = skeletonOfToken(token);
    const found: FarCandidate[] = [];
    if (skeleton.length > 0) {
      const maxDistance = skeleton.length >= LONG_TOKEN ? LONG_TOKEN_DISTANCE : 2;
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
      // The channel's alignment is the costly part: score only the closest, most frequent syllables.
      near.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
      for (const { syllable } of near.slice(0, MAX_SCORED)) {
        const channel = this.channel.score(syllable, token, this.options.minChannel);
        if (channel >= this.options.minChannel) found.push({ syllable, channel });
      }
    }
    found.sort((a, b) => b.channel - a.channel);
    const kept = found.slice(0, this.options.maxCandidates);
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(token, kept);
    return kept;
  }
}

const built = new WeakMap<object, WeakMap<object, FarCandidates>>();

/** The index for a language model's vocabulary and a channel, built once per pair. */
export function farCandidatesOf(
  lm: { vocabulary: readonly string[]; unigram(id: number): number },
  channel: ChannelModel,
  isSyllable: (token: string) => boolean,
): FarCandidates {
  let byChannel = built.get(lm);
  if (!byChannel) {
    byChannel = new WeakMap();
    built.set(lm, byChannel);
  }
  let index = byChannel.get(channel);
  if (!index) {
    const frequentFirst = lm.vocabulary
      .map((token, id) => ({ token, logProb: lm.unigram(id) }))
      .filter(({ token }) => isSyllable(token))
      .sort((a, b) => b.logProb - a.logProb)
      .map(({ token }) => token);
    index = new FarCandidates(frequentFirst, channel);
    byChannel.set(channel, index);
  }
  return index;
}
