/**
 * Candidate true syllables for an OCR token: an index of each syllable's likely OCR forms (from the channel),
 * widened to skeletons within edit distance 1, then 2, only when the index explains the token poorly.
 */
import { convertToneStyle, editDistance, stripDiacritics } from '../vietnamese/index.js';
import type { ChannelModel } from './channel.js';
import {
  buildCandidateFormIndex,
  candidateIndexFingerprint,
  findForm,
  FormKeys,
  indexedSpellings,
  type CandidateFormIndex,
} from './candidate-index.js';

export interface Candidate {
  /** Lowercase canonical syllable. */
  syllable: string;
  /** The spelling the OCR evidence fits best: the canonical one or its other tone placement (hoá for hóa). */
  spelling: string;
  /** log P(token | spelling). */
  channel: number;
}

export interface CandidateOptions {
  /** Most candidates kept per token. */
  maxCandidates: number;
  /** Candidates this far below the best channel score are dropped. */
  beamWidth: number;
  /** Candidates this far below the best channel score plus unigram prior are dropped. */
  rankWidth: number;
  /** Forms kept per syllable in the index. */
  formsPerSyllable: number;
  /** Forms below this log-probability are not indexed. */
  minFormLogProb: number;
  /** Below this best score the search widens to nearby skeletons. */
  widenBelow: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  maxCandidates: 20,
  beamWidth: 7,
  rankWidth: 8,
  formsPerSyllable: 48,
  minFormLogProb: -12,
  widenBelow: -6,
};

/** Best guess at the plain letter behind an OCR symbol, for the skeleton search only. */
const SYMBOL_LETTER: Readonly<Record<string, string>> = {
  '0': 'o', '6': 'o', '4': 'a', '3': 'a', '&': 'a', '1': 'l', '|': 'l', '¢': 'c', '€': 'c', '¥': 'y', '8': 'b', '5': 's',
};

export function skeletonOfToken(token: string): string {
  return stripDiacritics(token.toLowerCase())
    .split('')
    .map((c) => SYMBOL_LETTER[c] ?? c)
    .join('')
    .replace(/w/g, 'u')
    .replace(/[^a-z]/g, '');
}

/** Every string reachable from `word` by up to `depth` deletions (symmetric-delete candidate index). */
export function deletes(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletes(shorter, depth - 1, into);
    }
  }
}


/** A syllable's spellings: canonical (hóa, thủy) and, where it differs, the other tone placement (hoá, thuỷ). */
function spellingsOf(syllable: string): string[] {
  const other = convertToneStyle(syllable, 'new');
  return other === syllable ? [syllable] : [syllable, other];
}

/** Per syllable: its other tone placement (hoá for hóa), or '' when it has none. */
export function otherSpellingsOf(inventory: readonly string[]): string[] {
  return inventory.map((syllable) => {
    const spellings = spellingsOf(syllable);
    return spellings.length > 1 ? (spellings[1] as string) : '';
  });
}

/** How much better (log-prob) the other tone placement must explain a token to be the spelling written. */
const PLACEMENT_EVIDENCE = 2;

/** Cached tokens; the cache is emptied when it grows past this (a long batch meets many one-off tokens). */
const MAX_CACHED_TOKENS = 200_000;

export class CandidateGenerator {
  /** The indexed spellings by number: the syllable each spells, and the spelling (canonical or other tone placement). */
  private readonly spellingSyllables: string[];
  private readonly spellingTexts: string[];
  /** Every spelling's likely OCR forms, filed by form (candidate-index.ts). */
  private readonly formIndex: CandidateFormIndex;
  private readonly formKeys: FormKeys;
  private readonly skeletonGroups = new Map<string, string[]>();
  /** Skeletons by the strings one deletion (or none) away, and by those exactly two deletions away. */
  private readonly nearIndex = new Map<string, string[]>();
  private readonly farIndex = new Map<string, string[]>();
  private readonly cache = new Map<string, Candidate[]>();

  /**
   * `prebuilt`: the form index as read from a file; used only when it was built from this inventory, channel and
   * options (its fingerprint), else the index is enumerated here.
   */
  constructor(
    inventory: readonly string[],
    private readonly channel: ChannelModel,
    private readonly options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
    /** log prior of a syllable (e.g. its unigram probability): breaks channel ties when the list is cut. */
    private readonly prior: (syllable: string) => number = () => 0,
    prebuilt: CandidateFormIndex | null = null,
  ) {
    const fits =
      prebuilt !== null &&
      prebuilt.otherSpellings.length === inventory.length &&
      prebuilt.fingerprint === candidateIndexFingerprint(inventory, channel, options.formsPerSyllable, options.minFormLogProb);
    this.formIndex = fits
      ? prebuilt
      : buildCandidateFormIndex(inventory, otherSpellingsOf(inventory), channel, options.formsPerSyllable, options.minFormLogProb);
    this.formKeys = new FormKeys(this.formIndex.formUnits);
    const { syllables, spellings } = indexedSpellings(inventory, this.formIndex.otherSpellings);
    this.spellingSyllables = syllables;
    this.spellingTexts = spellings;
    for (const syllable of inventory) {
      const skeleton = stripDiacritics(syllable);
      const group = this.skeletonGroups.get(skeleton);
      if (group) group.push(syllable);
      else this.skeletonGroups.set(skeleton, [syllable]);
    }
    const push = (index: Map<string, string[]>, key: string, skeleton: string): void => {
      const list = index.get(key);
      if (list) list.push(skeleton);
      else index.set(key, [skeleton]);
    };
    for (const skeleton of this.skeletonGroups.keys()) {
      const near = new Set<string>([skeleton]);
      deletes(skeleton, 1, near);
      for (const variant of near) push(this.nearIndex, variant, skeleton);
      const far = new Set<string>();
      deletes(skeleton, 2, far);
      for (const variant of far) if (!near.has(variant)) push(this.farIndex, variant, skeleton);
    }
  }

  /** The form index in use (to write it to a file). */
  get candidateFormIndex(): CandidateFormIndex {
    return this.formIndex;
  }

  /** Each syllable's prior, asked once. */
  private readonly priors = new Map<string, number>();

  private priorOf(syllable: string): number {
    let value = this.priors.get(syllable);
    if (value === undefined) {
      value = this.prior(syllable);
      this.priors.set(syllable, value);
    }
    return value;
  }

  /**
   * Syllables whose skeleton is within `maxDistance` edits (1 or 2) of `skeleton`: both sides meet at a string
   * reached by at most `maxDistance` deletions from each (symmetric-delete search).
   */
  private nearbySyllables(skeleton: string, maxDistance: number): string[] {
    const probes = new Set<string>([skeleton]);
    deletes(skeleton, maxDistance, probes);
    const found = new Set<string>();
    const checked = new Set<string>();
    const visit = (list: readonly string[] | undefined): void => {
      for (const candidate of list ?? []) {
        if (checked.has(candidate)) continue;
        checked.add(candidate);
        if (Math.abs(candidate.length - skeleton.length) > maxDistance) continue;
        if (editDistance(candidate, skeleton) <= maxDistance) found.add(candidate);
      }
    };
    for (const probe of probes) {
      visit(this.nearIndex.get(probe));
      if (maxDistance >= 2) visit(this.farIndex.get(probe));
    }
    return [...found].flatMap((s) => this.skeletonGroups.get(s) ?? []);
  }

  /** Candidates for a lowercase OCR token, best channel score first. */
  candidatesFor(token: string): Candidate[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const bySyllable = new Map<string, Candidate>();
    const offer = (candidate: Candidate): void => {
      const known = bySyllable.get(candidate.syllable);
      if (!known || known.channel < candidate.channel) bySyllable.set(candidate.syllable, candidate);
    };
    const form = findForm(this.formIndex, this.formKeys, token);
    if (form >= 0) {
      const { formStart, entrySpelling, entryChannel } = this.formIndex;
      const end = formStart[form + 1] as number;
      for (let e = formStart[form] as number; e < end; e += 1) {
        const index = entrySpelling[e] as number;
        offer({ syllable: this.spellingSyllables[index] as string, spelling: this.spellingTexts[index] as string, channel: entryChannel[e] as number });
      }
    }
    let bestIndexed = -Infinity;
    for (const c of bySyllable.values()) bestIndexed = Math.max(bestIndexed, c.channel);
    if (bestIndexed < this.options.widenBelow) {
      const skeleton = skeletonOfToken(token);
      if (skeleton.length > 0) {
        for (const distance of [1, 2]) {
          let improved = false;
          for (const syllable of this.nearbySyllables(skeleton, distance)) {
            if (bySyllable.has(syllable)) continue;
            for (const spelling of spellingsOf(syllable)) {
              const score = this.channel.score(spelling, token);
              if (score === -Infinity) continue;
              offer({ syllable, spelling, channel: score });
              if (score >= this.options.widenBelow) improved = true;
            }
          }
          if (improved || bySyllable.size > 0) break;
        }
      }
    }
    const kept = this.rankCandidates(bySyllable);
    // The other tone placement is written only where the OCR clearly shows it (hoda: the mark sat on the a).
    for (let i = 0; i < kept.length; i += 1) {
      const c = kept[i] as Candidate;
      if (c.spelling !== c.syllable && c.channel - this.channel.score(c.syllable, token) < PLACEMENT_EVIDENCE) {
        kept[i] = { ...c, spelling: c.syllable };
      }
    }
    if (this.cache.size >= MAX_CACHED_TOKENS) this.cache.clear();
    this.cache.set(token, kept);
    return kept;
  }

  /**
   * The candidates within beamWidth of the best channel score, by channel plus prior (a stable sort: ties keep
   * their order), those within rankWidth of the best rank, at most maxCandidates.
   */
  private rankCandidates(bySyllable: ReadonlyMap<string, Candidate>): Candidate[] {
    let best = -Infinity;
    for (const c of bySyllable.values()) if (c.channel > best) best = c.channel;
    const threshold = best - this.options.beamWidth;
    const within: Candidate[] = [];
    const ranks: number[] = [];
    for (const c of bySyllable.values()) {
      if (c.channel < threshold) continue;
      within.push(c);
      ranks.push(c.channel + this.priorOf(c.syllable));
    }
    const order = within.map((_, k) => k).sort((a, b) => (ranks[b] as number) - (ranks[a] as number));
    const bestRank = order.length > 0 ? (ranks[order[0] as number] as number) : 0;
    const rankFloor = bestRank - this.options.rankWidth;
    const kept: Candidate[] = [];
    for (let k = 0; k < order.length && kept.length < this.options.maxCandidates; k += 1) {
      const at = order[k] as number;
      if ((ranks[at] as number) >= rankFloor) kept.push(within[at] as Candidate);
    }
    return kept;
  }

  get indexedForms(): number {
    return this.formIndex.formStart.length - 1;
  }
}
