/**
 * Far candidates: a garbled token (not a valid syllable) whose channel search stopped at skeletons one edit away
 * may still be a common syllable two edits away (`truce`, `trade` → trước; `Gy` → ủy when a nearer reading
 * crowds it out). This index holds the language model's most frequent syllables by skeleton and offers those
 * within two edits, scored by the channel, to the decoder alongside the regular candidates.
 */
import { stripDiacritics } from '../vietnamese/index.js';
import { editDistanceWithin } from '../vietnamese/index.js';
import { skeletonOfToken } from './candidates.js';
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
  /** The distinct skeletons of the indexed syllables. */
  private readonly skeletons: string[] = [];
  /** Per skeleton: the set of its letters as bits (a–z), and its length (filled from the lists once built). */
  private readonly letterSets: number[] = [];
  private readonly letterBits: Int32Array;
  private readonly skeletonLengths: Int32Array;
  /** The indexed syllables, most frequent first, and the index of each one's skeleton. */
  private readonly syllables: string[] = [];
  private readonly skeletonOf: Int32Array;
  /** Per skeleton, its distance to the token being searched (above the limit: too far). */
  private distances: Int32Array;
  /** Letter counts of the token being searched, and a copy the bound uses up. */
  private readonly tokenCounts = new Int32Array(LETTER_KINDS);
  private readonly countScratch = new Int32Array(LETTER_KINDS);
  private readonly cache = new Map<string, FarCandidate[]>();

  constructor(
    /** Syllables, most frequent first. */
    frequentFirst: readonly string[],
    private readonly channel: ChannelModel,
    private readonly options: FarCandidateOptions = DEFAULT_FAR_CANDIDATES,
  ) {
    const indexOfSkeleton = new Map<string, number>();
    const indexed = frequentFirst.slice(0, options.frequentSyllables);
    this.skeletonOf = new Int32Array(indexed.length);
    indexed.forEach((syllable, rank) => {
      const skeleton = stripDiacritics(syllable);
      let index = indexOfSkeleton.get(skeleton);
      if (index === undefined) {
        index = this.skeletons.length;
        indexOfSkeleton.set(skeleton, index);
        this.skeletons.push(skeleton);
        this.letterSets.push(letterSet(skeleton));
      }
      this.syllables.push(syllable);
      this.skeletonOf[rank] = index;
    });
    this.distances = new Int32Array(this.skeletons.length);
    this.letterBits = Int32Array.from(this.letterSets);
    this.skeletonLengths = Int32Array.from(this.skeletons, (skeleton) => skeleton.length);
  }

  /** Frequent syllables within two (three for a long token) skeleton edits of a lowercase token, best channel first. */
  candidatesFor(token: string): FarCandidate[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const skeleton = skeletonOfToken(token);
    const found: FarCandidate[] = [];
    if (skeleton.length > 0) {
      const maxDistance = skeleton.length >= LONG_TOKEN ? LONG_TOKEN_DISTANCE : 2;
      this.measureSkeletons(skeleton, maxDistance);
      this.scoreNearest(token, maxDistance, found);
    }
    found.sort((a, b) => b.channel - a.channel);
    const kept = found.slice(0, this.options.maxCandidates);
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(token, kept);
    return kept;
  }

  /**
   * Each indexed skeleton's edit distance to `skeleton`, or maxDistance + 1 when it is farther. A few hundred
   * skeletons: comparing each (cheap bounds first) is cheaper than a deletion index's probes.
   */
  private measureSkeletons(skeleton: string, maxDistance: number): void {
    const letters = letterSet(skeleton);
    const tokenCounts = letterCounts(skeleton, this.tokenCounts);
    const distances = this.distances;
    const lengths = this.skeletonLengths;
    for (let s = 0; s < lengths.length; s += 1) {
      distances[s] = maxDistance + 1;
      if (Math.abs((lengths[s] as number) - skeleton.length) > maxDistance) continue;
      const candidate = this.skeletons[s] as string;
      // Each letter one side has and the other lacks costs at least one edit ...
      const candidateLetters = this.letterBits[s] as number;
      if (Math.max(bitCount(letters & ~candidateLetters), bitCount(candidateLetters & ~letters)) > maxDistance) continue;
      // ... and so does each repeat of a letter beyond what the other side holds.
      if (unmatchedLetters(candidate, skeleton, tokenCounts, this.countScratch) > maxDistance) continue;
      distances[s] = editDistanceWithin(candidate, skeleton, maxDistance);
    }
  }

  /**
   * Scores the MAX_SCORED closest, most frequent syllables (by distance, then frequency rank: the channel's
   * alignment is the costly part) into `found`, those at or above minChannel. Only the maxCandidates best are
   * kept, so once that many are found a syllable may stop as soon as it falls below the worst of them: it could
   * not be kept (a tie is not kept either: the stable sort puts the earlier one first). Exact only when the
   * channel's emissions never gain, so the floor is raised only then.
   */
  private scoreNearest(token: string, maxDistance: number, found: FarCandidate[]): void {
    const { minChannel, maxCandidates } = this.options;
    const raiseFloor = this.channel.emissionsNeverGain && maxCandidates > 0;
    const best: number[] = [];
    let floor = minChannel;
    let scored = 0;
    for (let distance = 0; distance <= maxDistance && scored < MAX_SCORED; distance += 1) {
      for (let rank = 0; rank < this.syllables.length && scored < MAX_SCORED; rank += 1) {
        if (this.distances[this.skeletonOf[rank] as number] !== distance) continue;
        scored += 1;
        const syllable = this.syllables[rank] as string;
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
}

/** a–z, and one kind for any other character. */
const LETTER_KINDS = 27;

function letterKind(unit: number): number {
  const letter = unit - 97;
  return letter >= 0 && letter < 26 ? letter : 26;
}

/** How many of each letter kind `text` holds (into `counts`, which it returns). */
function letterCounts(text: string, counts: Int32Array): Int32Array {
  counts.fill(0);
  for (let k = 0; k < text.length; k += 1) {
    const kind = letterKind(text.charCodeAt(k));
    counts[kind] = (counts[kind] as number) + 1;
  }
  return counts;
}

/**
 * A lower bound on the edit distance of `candidate` and `token` (whose letter counts are `tokenCounts`): the
 * letters either side has beyond what the two share, counted with repeats. Any other character counts as one
 * kind, which only weakens the bound.
 */
function unmatchedLetters(candidate: string, token: string, tokenCounts: Int32Array, scratch: Int32Array): number {
  scratch.set(tokenCounts);
  let extra = 0;
  for (let k = 0; k < candidate.length; k += 1) {
    const kind = letterKind(candidate.charCodeAt(k));
    if ((scratch[kind] as number) > 0) scratch[kind] = (scratch[kind] as number) - 1;
    else extra += 1;
  }
  const shared = candidate.length - extra;
  return Math.max(extra, token.length - shared);
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
