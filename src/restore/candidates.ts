/**
 * Candidate true syllables for an OCR token: an index of each syllable's likely OCR forms (from the channel),
 * widened to skeletons within edit distance 1, then 2, only when the index explains the token poorly.
 */
import { convertToneStyle, editDistance, stripDiacritics } from '../vietnamese/index.js';
import type { ChannelModel } from './channel.js';
import { IntPairMap } from './int-pair-map.js';

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

/** Forms of up to this many UTF-16 units are found by a numeric key, half of the units in each of its two numbers. */
const FORM_KEY_UNITS = 8;
/** Digits 1 … 214 in base 215: four of them stay below 2^31. */
const FORM_KEY_RADIX = 215;
const MAX_FORM_DIGIT = FORM_KEY_RADIX - 1;

/** One level of a spelling's form enumeration: the best partial OCR forms of its letters so far, best first. */
interface FormLevel {
  texts: string[];
  logProbs: number[];
}

/** Orders strings by UTF-16 code units (what a sort without a comparator does), without building keys. */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How much better (log-prob) the other tone placement must explain a token to be the spelling written. */
const PLACEMENT_EVIDENCE = 2;

/** Cached tokens; the cache is emptied when it grows past this (a long batch meets many one-off tokens). */
const MAX_CACHED_TOKENS = 200_000;

export class CandidateGenerator {
  /** The indexed spellings: the syllable each spells, and the spelling (canonical or other tone placement). */
  private readonly spellingSyllables: string[] = [];
  private readonly spellingTexts: string[] = [];
  /**
   * OCR form → its id (formIdOf); the entries of form f are entrySpelling/entryChannel[formStart[f] ..
   * formStart[f + 1]). A form of at most FORM_KEY_UNITS units is found by a numeric key (its units as digits),
   * any other in `longForms`.
   */
  private readonly formKeys = new IntPairMap(1 << 17);
  private readonly longForms = new Map<string, number>();
  private formCount = 0;
  /** Per UTF-16 unit: its digit in form keys (1 … MAX_FORM_DIGIT), 0 when no digit was given it. */
  private readonly formDigits = new Uint8Array(0x10000);
  private formDigitsUsed = 0;
  /** The key formKey computed last. */
  private keyLow = 0;
  private keyHigh = 0;
  private formStart = new Int32Array(1);
  private entrySpelling = new Int32Array(0);
  private entryChannel = new Float64Array(0);
  private readonly skeletonGroups = new Map<string, string[]>();
  /** Skeletons by the strings one deletion (or none) away, and by those exactly two deletions away. */
  private readonly nearIndex = new Map<string, string[]>();
  private readonly farIndex = new Map<string, string[]>();
  private readonly cache = new Map<string, Candidate[]>();

  constructor(
    inventory: readonly string[],
    private readonly channel: ChannelModel,
    private readonly options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
    /** log prior of a syllable (e.g. its unigram probability): breaks channel ties when the list is cut. */
    private readonly prior: (syllable: string) => number = () => 0,
  ) {
    for (const syllable of inventory) {
      for (const spelling of spellingsOf(syllable)) {
        this.spellingSyllables.push(syllable);
        this.spellingTexts.push(spelling);
      }
      const skeleton = stripDiacritics(syllable);
      const group = this.skeletonGroups.get(skeleton);
      if (group) group.push(syllable);
      else this.skeletonGroups.set(skeleton, [syllable]);
    }
    this.indexForms();
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

  /** Enumerates a spelling's most likely OCR forms (best first, by one alignment each). */
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
   * Indexes every spelling's best OCR forms. A level's forms depend only on the letters so far, so spellings are
   * visited in sorted order and share the levels of their common prefix; the entries are then filed in inventory
   * order, as if each spelling had been enumerated in turn.
   */
  private indexForms(): void {
    const spellings = this.spellingTexts;
    const finals: Array<FormLevel | null> = new Array<FormLevel | null>(spellings.length).fill(null);
    if (this.options.formsPerSyllable > 0) {
      const order = spellings.map((_, i) => i).sort((x, y) => compareUnits(spellings[x] as string, spellings[y] as string) || x - y);
      const stack: FormLevel[] = [{ texts: [''], logProbs: [0] }];
      let previous: string[] = [];
      for (const index of order) {
        const letters = [...(spellings[index] as string)];
        let shared = 0;
        while (shared < letters.length && shared < previous.length && letters[shared] === previous[shared]) shared += 1;
        stack.length = shared + 1;
        for (let depth = shared; depth < letters.length; depth += 1) stack.push(this.nextLevel(stack[depth] as FormLevel, letters[depth] as string));
        finals[index] = stack[letters.length] as FormLevel;
        previous = letters;
      }
    }
    this.fileForms(finals);
  }

  /** Work arrays of nextLevel: one level's best partial forms (log-probability, parent, reading), best first. */
  private levelLogProbs = new Float64Array(0);
  private levelParents = new Int32Array(0);
  private levelReadings = new Int32Array(0);

  /** The best forms (at most formsPerSyllable, none below minFormLogProb) of a level extended by one letter. */
  private nextLevel(level: FormLevel, ch: string): FormLevel {
    const limit = this.options.formsPerSyllable;
    const floor = this.options.minFormLogProb;
    if (this.levelLogProbs.length < limit) {
      this.levelLogProbs = new Float64Array(limit);
      this.levelParents = new Int32Array(limit);
      this.levelReadings = new Int32Array(limit);
    }
    const logProbs = this.levelLogProbs;
    const parents = this.levelParents;
    const chosenReadings = this.levelReadings;
    const { texts, logProbs: partialLogProbs } = level;
    // Both lists are best first, so the k best extensions are found without scoring every pair.
    const readings = this.channel.readings.get(ch) ?? [{ ocr: ch, logProb: -0.1 }];
    const bestReading = readings[0]?.logProb ?? 0;
    let count = 0;
    let threshold = floor;
    for (let parent = 0; parent < texts.length; parent += 1) {
      const partialLogProb = partialLogProbs[parent] as number;
      if (partialLogProb + bestReading < threshold) break;
      for (let r = 0; r < readings.length; r += 1) {
        const logProb = partialLogProb + (readings[r] as { logProb: number }).logProb;
        if (logProb < threshold) break;
        // After every form at least as likely (a tie keeps the earlier form first).
        let at = count;
        while (at > 0 && (logProbs[at - 1] as number) < logProb) at -= 1;
        if (at >= limit) continue;
        for (let k = Math.min(count, limit - 1); k > at; k -= 1) {
          logProbs[k] = logProbs[k - 1] as number;
          parents[k] = parents[k - 1] as number;
          chosenReadings[k] = chosenReadings[k - 1] as number;
        }
        logProbs[at] = logProb;
        parents[at] = parent;
        chosenReadings[at] = r;
        if (count < limit) count += 1;
        if (count === limit) threshold = Math.max(floor, logProbs[limit - 1] as number);
      }
    }
    const nextTexts = new Array<string>(count);
    const nextLogProbs = new Array<number>(count);
    for (let k = 0; k < count; k += 1) {
      nextTexts[k] = (texts[parents[k] as number] as string) + (readings[chosenReadings[k] as number] as { ocr: string }).ocr;
      nextLogProbs[k] = logProbs[k] as number;
    }
    return { texts: nextTexts, logProbs: nextLogProbs };
  }

  /** Files each spelling's forms (in inventory order, a form once per spelling) into the form index. */
  private fileForms(finals: ReadonlyArray<FormLevel | null>): void {
    const entryForms: number[] = [];
    const entrySpellings: number[] = [];
    const entryChannels: number[] = [];
    /** Per form id: the last spelling that listed it (a spelling lists a text once, at its best). */
    let lastSpelling = new Int32Array(1024).fill(-1);
    for (let index = 0; index < finals.length; index += 1) {
      const level = finals[index];
      if (!level) continue;
      for (let k = 0; k < level.texts.length; k += 1) {
        const text = level.texts[k] as string;
        if (text === '') continue;
        let form = this.formIdOf(text, true);
        if (form < 0) {
          form = this.addForm(text);
          if (form >= lastSpelling.length) {
            const grown = new Int32Array(lastSpelling.length * 2).fill(-1);
            grown.set(lastSpelling);
            lastSpelling = grown;
          }
        }
        if (lastSpelling[form] === index) continue;
        lastSpelling[form] = index;
        entryForms.push(form);
        entrySpellings.push(index);
        entryChannels.push(level.logProbs[k] as number);
      }
    }
    // A stable counting sort by form: each form's entries keep their filing order.
    const forms = this.formCount;
    const start = new Int32Array(forms + 1);
    for (const form of entryForms) start[form + 1] = (start[form + 1] as number) + 1;
    for (let f = 0; f < forms; f += 1) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
    const fill = start.slice(0, forms);
    const spellingOfEntry = new Int32Array(entryForms.length);
    const channelOfEntry = new Float64Array(entryForms.length);
    for (let e = 0; e < entryForms.length; e += 1) {
      const form = entryForms[e] as number;
      const at = fill[form] as number;
      fill[form] = at + 1;
      spellingOfEntry[at] = entrySpellings[e] as number;
      channelOfEntry[at] = entryChannels[e] as number;
    }
    this.formStart = start;
    this.entrySpelling = spellingOfEntry;
    this.entryChannel = channelOfEntry;
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
    const form = this.formIdOf(token, false);
    if (form >= 0) {
      const end = this.formStart[form + 1] as number;
      for (let e = this.formStart[form] as number; e < end; e += 1) {
        const index = this.entrySpelling[e] as number;
        offer({ syllable: this.spellingSyllables[index] as string, spelling: this.spellingTexts[index] as string, channel: this.entryChannel[e] as number });
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
    return this.formCount;
  }

  /**
   * The numeric key of a form into keyLow/keyHigh: its first four units as base-FORM_KEY_RADIX digits, then the
   * next four (digits start at 1, so keys of different lengths differ). False when the form is too long, or holds
   * a unit without a digit (with `assign`, units get digits while any are left).
   */
  private formKey(text: string, assign: boolean): boolean {
    if (text.length > FORM_KEY_UNITS) return false;
    let low = 0;
    let high = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      let digit = this.formDigits[unit] as number;
      if (digit === 0) {
        if (!assign || this.formDigitsUsed >= MAX_FORM_DIGIT) return false;
        this.formDigitsUsed += 1;
        digit = this.formDigitsUsed;
        this.formDigits[unit] = digit;
      }
      if (i < FORM_KEY_UNITS / 2) low = low * FORM_KEY_RADIX + digit;
      else high = high * FORM_KEY_RADIX + digit;
    }
    this.keyLow = low;
    this.keyHigh = high;
    return true;
  }

  /** The id of an indexed form, or -1 (with `assign`, units of the text may be given digits on the way). */
  private formIdOf(text: string, assign: boolean): number {
    if (this.formKey(text, assign)) return this.formKeys.get(this.keyLow, this.keyHigh);
    return this.longForms.get(text) ?? -1;
  }

  /** Adds a form that formIdOf(text, true) just did not find, and returns its id. */
  private addForm(text: string): number {
    const form = this.formCount;
    this.formCount += 1;
    if (this.formKey(text, true)) this.formKeys.set(this.keyLow, this.keyHigh, form);
    else this.longForms.set(text, form);
    return form;
  }
}
