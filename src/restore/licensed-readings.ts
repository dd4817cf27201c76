/**
 * Readings licensed by a neighbour: a syllable the channel explains only moderately (`di` for dõi, `mura` for
 * mưu), too rare in the training text to survive the candidate list's unigram-ranked cut, is still offered when it
 * forms a strong collocation with a reading of the word before or after it (theo dõi, tham mưu). The beam then
 * weighs it like any other reading.
 */
import { withCase, casePatternOf, stripDiacritics } from '../vietnamese/index.js';
import { editDistanceWithin } from '../vietnamese/index.js';
import { skeletonOfToken } from './candidates.js';
import type { ChannelModel } from './channel.js';
import type { SyllableLm } from './lm.js';
import { ContextMemo } from './context-memo.js';
import { IntPairMap } from './int-pair-map.js';

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
/** A licensed syllable differs in length from the OCR token by at most this many characters. */
const MAX_LENGTH_DIFFERENCE = 2;
/** ... and in bare letters by at most this many edits. */
const MAX_SKELETON_EDITS = 3;
/** At most this many licensed readings per slot. */
const MAX_LICENSED = 3;

/** The shared empty list of licensed readings. */
const NONE_LICENSED: LicensableReading[] = [];

/** What licensing knows of one token text. */
interface TokenLicences {
  /** The token's own number in `licensedById`. */
  number: number;
  token: string;
  skeleton: string;
  /** Lowest channel score a licensed reading may have. */
  floor: number;
}

export class ReadingLicenser {
  /** Per token text: what licensing knows of it. */
  private readonly perToken = new Map<string, TokenLicences>();
  /** Per token number and proposed syllable id: the index of its licensed reading in `licensed` (null there: none). */
  private readonly licensedById = new IntPairMap();
  private licensed: Array<LicensableReading | null> = [];
  /** Per token number and neighbour (id · 2 + 1 when it follows): the index in `neighbourLicences` of what it licenses. */
  private readonly licensedByNeighbour = new IntPairMap();
  private neighbourLicences: LicensableReading[][] = [];
  /** Per language-model id: 1 when it is a well-formed syllable, 2 when not (0: not yet known). */
  private readonly syllableKind: Uint8Array;
  /** Per language-model id: its letters without marks (filled on first use). */
  private readonly skeletons: Array<string | undefined> = [];
  private readonly results = new ContextMemo<LicensableReading[]>();

  constructor(
    private readonly lm: SyllableLm,
    private readonly channel: ChannelModel,
    private readonly isSyllable: (token: string) => boolean,
  ) {
    this.syllableKind = new Uint8Array(lm.vocabulary.length);
    this.syllableLengths = Int32Array.from(lm.vocabulary, (token) => token.length);
  }

  /** Per language-model id: the length of its text. */
  private readonly syllableLengths: Int32Array;

  private isSyllableId(id: number): boolean {
    let kind = this.syllableKind[id] as number;
    if (kind === 0) {
      kind = this.isSyllable(this.lm.vocabulary[id] as string) ? 1 : 2;
      this.syllableKind[id] = kind;
    }
    return kind === 1;
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
    return this.results.get(readings, previous, next, '', () => this.compute(text, readings, previous, next)) as R[];
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
    // The readings the neighbours' first readings license, in the order of their strong-neighbour lists (previous
    // word first), each syllable once.
    let licences: TokenLicences | null = null;
    let found: LicensableReading[] | null = null;
    for (let side = 0; side < 2; side += 1) {
      const neighbours = side === 0 ? previous : next;
      if (!neighbours) continue;
      const before = side === 1;
      const limit = Math.min(neighbours.length, NEIGHBOUR_READINGS);
      for (let k = 0; k < limit; k += 1) {
        const neighbour = (neighbours[k] as LicensableReading).lmId;
        if (!this.lm.hasStrongNeighbour(neighbour, before)) continue;
        licences ??= this.licencesOf(text, readings);
        const licensed = this.licensedBy(text, licences, readings, neighbour, before);
        for (let l = 0; l < licensed.length; l += 1) {
          const reading = licensed[l] as LicensableReading;
          if (found === null) found = [reading];
          else if (!found.some((f) => f.lmId === reading.lmId)) found.push(reading);
        }
      }
    }
    if (found === null) return readings as R[];
    found.sort((a, b) => b.channel - a.channel);
    return [...readings, ...(found.slice(0, MAX_LICENSED) as R[])];
  }

  /** What licensing knows of the token `text`, made from its readings when first asked. */
  private licencesOf(text: string, readings: readonly LicensableReading[]): TokenLicences {
    let licences = this.perToken.get(text);
    if (!licences) {
      if (this.perToken.size >= 100_000) {
        this.perToken.clear();
        this.licensedById.clear();
        this.licensed = [];
        this.licensedByNeighbour.clear();
        this.neighbourLicences = [];
      }
      const token = text.toLowerCase();
      let best = -Infinity;
      for (let k = 0; k < readings.length; k += 1) best = Math.max(best, (readings[k] as LicensableReading).channel);
      licences = { number: this.perToken.size, token, skeleton: skeletonOfToken(token), floor: Math.max(LICENSE_FLOOR, best - LICENSE_WIDTH) };
      this.perToken.set(text, licences);
    }
    return licences;
  }

  /** The readings of `text` that the strong collocations of `neighbour` (on the given side) license, in list order. */
  private licensedBy(text: string, licences: TokenLicences, readings: readonly LicensableReading[], neighbour: number, before: boolean): readonly LicensableReading[] {
    const key = neighbour * 2 + (before ? 1 : 0);
    const at = this.licensedByNeighbour.get(licences.number, key);
    if (at >= 0) return this.neighbourLicences[at] as LicensableReading[];
    // One neighbour's list holds each syllable once (a repeat would only repeat its reading, which compute drops).
    const proposed = before ? this.lm.strongPredecessors(neighbour) : this.lm.strongSuccessors(neighbour);
    let out: LicensableReading[] = NONE_LICENSED;
    for (let k = 0; k < proposed.length; k += 1) {
      const licensed = this.licensedFor(text, licences, readings, proposed[k] as number);
      if (licensed === null) continue;
      if (out === NONE_LICENSED) out = [];
      out.push(licensed);
    }
    this.licensedByNeighbour.set(licences.number, key, this.neighbourLicences.length);
    this.neighbourLicences.push(out);
    return out;
  }

  /** licensedReading, remembered per token and syllable. */
  private licensedFor(text: string, licences: TokenLicences, readings: readonly LicensableReading[], id: number): LicensableReading | null {
    // What licensedReading rejects whatever the readings, rejected before anything is looked up or remembered.
    if (Math.abs((this.syllableLengths[id] as number) - licences.token.length) > MAX_LENGTH_DIFFERENCE || !this.isSyllableId(id)) return null;
    if (editDistanceWithin(this.skeletonOf(id), licences.skeleton, MAX_SKELETON_EDITS) > MAX_SKELETON_EDITS) return null;
    const at = this.licensedById.get(licences.number, id);
    if (at >= 0) return this.licensed[at] as LicensableReading | null;
    const licensed = this.licensedReading(text, licences, readings, id);
    this.licensedById.set(licences.number, id, this.licensed.length);
    this.licensed.push(licensed);
    return licensed;
  }

  /** The letters of syllable `id` without marks. */
  private skeletonOf(id: number): string {
    let skeleton = this.skeletons[id];
    if (skeleton === undefined) {
      skeleton = stripDiacritics(this.lm.vocabulary[id] as string);
      this.skeletons[id] = skeleton;
    }
    return skeleton;
  }

  /** The reading syllable `id` gives the token `text`, or null when the channel cannot explain it well enough. */
  private licensedReading(text: string, licences: TokenLicences, readings: readonly LicensableReading[], id: number): LicensableReading | null {
    for (let k = 0; k < readings.length; k += 1) if ((readings[k] as LicensableReading).lmId === id) return null;
    if (!this.isSyllableId(id)) return null;
    const syllable = this.lm.vocabulary[id] as string;
    const { token } = licences;
    // The channel prints a syllable in about as many characters as it has: far longer or shorter is no reading,
    // and neither is one whose bare letters are more than a few edits from the token's (cheap tests first).
    if (Math.abs(syllable.length - token.length) > MAX_LENGTH_DIFFERENCE) return null;
    if (editDistanceWithin(this.skeletonOf(id), licences.skeleton, MAX_SKELETON_EDITS) > MAX_SKELETON_EDITS) return null;
    const channel = this.channel.score(syllable, token, licences.floor);
    if (channel < licences.floor) return null;
    return { output: withCase(casePatternOf(text), syllable), lmId: id, channel };
  }

}
