/**
 * Readings licensed by a neighbour: a syllable the channel explains only moderately (`di` for dõi, `mura` for
 * mưu), too rare in the training text to survive the candidate list's unigram-ranked cut, is still offered when it
 * forms a strong collocation with a reading of the word before or after it (theo dõi, tham mưu). The beam then
 * weighs it like any other reading.
 */
import { withCase, casePatternOf } from '../vietnamese/index.js';
import type { ChannelModel } from './channel.js';
import type { SyllableLm } from './lm.js';

export interface LicensableReading {
  output: string;
  lmId: number;
  channel: number;
}

/** Readings of a neighbour that may license a collocation. */
const NEIGHBOUR_READINGS = 3;
/** A licensed reading is offered only this close (log-prob) to the token's best channel score ... */
const LICENSE_WIDTH = 11;
/** ... and never below this channel score. */
const LICENSE_FLOOR = -12;
/** At most this many licensed readings per slot. */
const MAX_LICENSED = 3;

export class ReadingLicenser {
  private readonly channelCache = new Map<string, number>();
  private readonly results = new WeakMap<object, Map<unknown, Map<unknown, LicensableReading[]>>>();

  constructor(
    private readonly lm: SyllableLm,
    private readonly channel: ChannelModel,
    private readonly isSyllable: (token: string) => boolean,
  ) {}

  private channelScore(syllable: string, token: string): number {
    const key = `${syllable}\u0000${token}`;
    let score = this.channelCache.get(key);
    if (score === undefined) {
      score = this.channel.score(syllable, token);
      if (this.channelCache.size >= 200_000) this.channelCache.clear();
      this.channelCache.set(key, score);
    }
    return score;
  }

  /**
   * `readings` with the licensed readings appended (the same array when none is licensed). The result is
   * remembered per readings arrays, so the beam search packs it once.
   */
  extend<R extends LicensableReading>(
    text: string,
    readings: readonly R[],
    previous: readonly LicensableReading[] | null,
    next: readonly LicensableReading[] | null,
  ): R[] {
    if (!this.mayLicense(previous, next)) return readings as R[];
    let byPrevious = this.results.get(readings);
    if (!byPrevious) {
      byPrevious = new Map();
      this.results.set(readings, byPrevious);
    }
    let byNext = byPrevious.get(previous);
    if (!byNext) {
      byNext = new Map();
      byPrevious.set(previous, byNext);
    }
    const known = byNext.get(next);
    if (known) return known as R[];
    const extended = this.compute(text, readings, previous, next);
    byNext.set(next, extended);
    return extended;
  }

  /** Whether a neighbour's first readings have any strong collocation at all (most words have none). */
  private mayLicense(previous: readonly LicensableReading[] | null, next: readonly LicensableReading[] | null): boolean {
    if (previous) {
      const limit = Math.min(previous.length, NEIGHBOUR_READINGS);
      for (let k = 0; k < limit; k += 1) if (this.lm.hasStrongNeighbour((previous[k] as LicensableReading).lmId, false)) return true;
    }
    if (next) {
      const limit = Math.min(next.length, NEIGHBOUR_READINGS);
      for (let k = 0; k < limit; k += 1) if (this.lm.hasStrongNeighbour((next[k] as LicensableReading).lmId, true)) return true;
    }
    return false;
  }

  private compute<R extends LicensableReading>(
    text: string,
    readings: readonly R[],
    previous: readonly LicensableReading[] | null,
    next: readonly LicensableReading[] | null,
  ): R[] {
    const proposed = new Set<number>();
    for (const reading of previous?.slice(0, NEIGHBOUR_READINGS) ?? []) for (const id of this.lm.strongSuccessors(reading.lmId)) proposed.add(id);
    for (const reading of next?.slice(0, NEIGHBOUR_READINGS) ?? []) for (const id of this.lm.strongPredecessors(reading.lmId)) proposed.add(id);
    if (proposed.size === 0) return readings as R[];
    const present = new Set(readings.map((r) => r.lmId));
    const token = text.toLowerCase();
    const best = readings.reduce((max, r) => Math.max(max, r.channel), -Infinity);
    const floor = Math.max(LICENSE_FLOOR, best - LICENSE_WIDTH);
    const found: LicensableReading[] = [];
    for (const id of proposed) {
      if (present.has(id)) continue;
      const syllable = this.lm.vocabulary[id] as string;
      if (!this.isSyllable(syllable)) continue;
      const channel = this.channelScore(syllable, token);
      if (channel >= floor) found.push({ output: withCase(casePatternOf(text), syllable), lmId: id, channel });
    }
    if (found.length === 0) return readings as R[];
    found.sort((a, b) => b.channel - a.channel);
    return [...readings, ...(found.slice(0, MAX_LICENSED) as R[])];
  }
}
