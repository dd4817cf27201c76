/**
 * Far candidates: a garbled token (not a valid syllable) whose channel search stopped at skeletons one edit away
 * may still be a common syllable two edits away (`truce`, `trade` → trước; `Gy` → ủy when a nearer reading
 * crowds it out). This index holds the language model's most frequent syllables by skeleton and offers those
 * within two edits, scored by the channel, to the decoder alongside the regular candidates.
 */
import { stripDiacritics } from '../vietnamese/index.js';
import { editDistanceWithin, skeletonOfToken } from './candidates.js';
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
  /** The distinct skeletons of the indexed syllables ... */
  private readonly skeletons: string[] = [];
  /** ... and per skeleton its syllables with their frequency rank (0: most frequent). */
  private readonly groups: Array<Array<{ syllable: string; rank: number }>> = [];
  /** Per skeleton: the set of its letters as bits (a–z). */
  private readonly letterSets: number[] = [];
  private readonly cache = new Map<string, FarCandidate[]>();

  constructor(
    /** Syllables, most frequent first. */
    frequentFirst: readonly string[],
    private readonly channel: ChannelModel,
    private readonly options: FarCandidateOptions = DEFAULT_FAR_CANDIDATES,
  ) {
    const indexOfSkeleton = new Map<string, number>();
    frequentFirst.slice(0, options.frequentSyllables).forEach((syllable, rank) => {
      const skeleton = stripDiacritics(syllable);
      let index = indexOfSkeleton.get(skeleton);
      if (index === undefined) {
        index = this.skeletons.length;
        indexOfSkeleton.set(skeleton, index);
        this.skeletons.push(skeleton);
        this.groups.push([]);
        this.letterSets.push(letterSet(skeleton));
      }
      (this.groups[index] as Array<{ syllable: string; rank: number }>).push({ syllable, rank });
    });
  }

  /** Frequent syllables within two (three for a long token) skeleton edits of a lowercase token, best channel first. */
  candidatesFor(token: string): FarCandidate[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const skeleton = skeletonOfToken(token);
    const found: FarCandidate[] = [];
    if (skeleton.length > 0) {
      const maxDistance = skeleton.length >= LONG_TOKEN ? LONG_TOKEN_DISTANCE : 2;
      // A few hundred skeletons: comparing each (length first) is cheaper than a deletion index's probes.
      const near: Array<{ syllable: string; distance: number; rank: number }> = [];
      const letters = letterSet(skeleton);
      for (let s = 0; s < this.skeletons.length; s += 1) {
        const candidate = this.skeletons[s] as string;
        if (Math.abs(candidate.length - skeleton.length) > maxDistance) continue;
        // Each letter one side has and the other lacks costs at least one edit.
        const candidateLetters = this.letterSets[s] as number;
        if (Math.max(bitCount(letters & ~candidateLetters), bitCount(candidateLetters & ~letters)) > maxDistance) continue;
        const distance = editDistanceWithin(candidate, skeleton, maxDistance);
        if (distance > maxDistance) continue;
        for (const { syllable, rank } of this.groups[s] as Array<{ syllable: string; rank: number }>) near.push({ syllable, distance, rank });
      }
      // The channel's alignment is the costly part: score only the closest, most frequent syllables.
      near.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
      this.scoreNear(token, near, found);
    }
    found.sort((a, b) => b.channel - a.channel);
    const kept = found.slice(0, this.options.maxCandidates);
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(token, kept);
    return kept;
  }

  /**
   * Scores the first MAX_SCORED of `near` into `found` (those at or above minChannel). Only the maxCandidates best
   * are kept, so once that many are found a syllable may stop as soon as it falls below the worst of them: it
   * could not be kept (a tie is not kept either: the stable sort puts the earlier one first). Exact only when the
   * channel's emissions never gain, so the floor is raised only then.
   */
  private scoreNear(token: string, near: ReadonlyArray<{ syllable: string }>, found: FarCandidate[]): void {
    const { minChannel, maxCandidates } = this.options;
    const raiseFloor = this.channel.emissionsNeverGain && maxCandidates > 0;
    const best: number[] = [];
    let floor = minChannel;
    const limit = Math.min(near.length, MAX_SCORED);
    for (let k = 0; k < limit; k += 1) {
      const { syllable } = near[k] as { syllable: string };
      const channel = this.channel.score(syllable, token, floor);
      if (channel < minChannel) continue;
      found.push({ syllable, channel });
      if (!raiseFloor) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1] as number) < channel) at -= 1;
      best.splice(at, 0, channel);
      if (best.length > maxCandidates) best.pop();
      if (best.length === maxCandidates) floor = Math.max(minChannel, best[maxCandidates - 1] as number);
    }
  }
}

/** The letters a–z of a skeleton as bits; any other character sets bit 26. */
function letterSet(skeleton: string): number {
  let bits = 0;
  for (let k = 0; k < skeleton.length; k += 1) {
    const letter = skeleton.charCodeAt(k) - 97;
    bits |= letter >= 0 && letter < 26 ? 1 << letter : 1 << 26;
  }
  return bits;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
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
