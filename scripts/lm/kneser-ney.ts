/** Interpolated modified Kneser–Ney trigram estimation, pruned and converted to back-off form. */
import { SENTENCE_END, SENTENCE_START } from '../../src/restore/lm-text.js';
import type { LmMetadata, LmTables } from '../../src/restore/lm.js';

export interface CountedText {
  sentences: string[][];
  /** How many times each sentence counts. */
  weight: number;
  /** Phrases are fragments: count only the n-grams inside them, no sentence boundaries. */
  fragment: boolean;
  /** With `fragment`: the fragments open a sentence (counted after <s>, no </s>). */
  opensSentence?: boolean;
  /** With `fragment`: the fragments close a sentence (followed by </s>). */
  closesSentence?: boolean;
  /**
   * Only the word pairs count, as bigrams the other texts never saw (a word list's compounds: bé trai, thu gom):
   * they leave the unigram continuation counts, the discounts and every bigram the other texts saw untouched.
   */
  unseenBigramsOnly?: boolean;
  /**
   * The text adds no word to the vocabulary, and its n-grams that touch a word outside it are not counted (a
   * general-language corpus: its rare words would otherwise become known tokens with a tiny probability).
   */
  knownVocabularyOnly?: boolean;
  /**
   * How much each distinct left neighbour this text alone shows counts in the Kneser–Ney continuation counts of
   * the lower orders (1 by default). A large general corpus of low weight would otherwise reshape the bigram and
   * unigram distributions as much as the main texts do, whatever its weight: continuation counts ignore weights.
   */
  continuationWeight?: number;
}

export interface KneserNeyOptions {
  /** Tokens that must be in the vocabulary even when unseen (they get the uniform floor). */
  extraVocabulary: Iterable<string>;
  /** Minimum count of a token to enter the vocabulary (others become <unk>). */
  minTokenCount: number;
  /** Minimum count of a trigram to be kept. */
  minTrigramCount: number;
  /**
   * Minimum count of a trigram seen only in texts of a continuation weight below 1 (a general corpus): they are
   * many and each says little, so they are pruned harder (default: minTrigramCount).
   */
  minSecondaryTrigramCount?: number;
  header: Omit<LmMetadata, 'vocabulary' | 'unigrams' | 'bigrams' | 'trigrams'>;
  unknownToken: string;
}

type Discounts = [number, number, number];

function discountsOf(counts: Iterable<number>): Discounts {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[c] = (n[c] ?? 0) + 1;
  const [, n1 = 0, n2 = 0, n3 = 0, n4 = 0] = n;
  if (n1 === 0 || n2 === 0 || n3 === 0) return [0.5, 1, 1.5];
  const y = n1 / (n1 + 2 * n2);
  const clamp = (d: number, max: number): number => Math.min(max, Math.max(0.05, d));
  return [clamp(1 - (2 * y * n2) / n1, 1), clamp(2 - (3 * y * n3) / n2, 2), clamp(3 - (4 * y * n4) / n3, 3)];
}

function discount(d: Discounts, count: number): number {
  // A count below 1 (a text of weight under 1 seen once) is discounted in proportion; between whole counts, the
  // discount of the whole count below. Whole counts get the textbook discounts.
  return count >= 3 ? d[2] : count >= 2 ? d[1] : count >= 1 ? d[0] : d[0] * Math.max(0, count);
}

/** Sum of discounts over a context's continuations: the mass handed to the lower order. */
function freedMass(d: Discounts, counts: readonly number[]): number {
  let mass = 0;
  for (const c of counts) mass += discount(d, c);
  return mass;
}

function groupBy<K, V>(entries: Iterable<[K, V]>): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const [key, value] of entries) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

export function buildKneserNey(texts: readonly CountedText[], options: KneserNeyOptions): LmTables {
  // Vocabulary: frequent tokens plus the declared inventory.
  const tokenCounts = new Map<string, number>();
  for (const text of texts) {
    if (text.knownVocabularyOnly) continue;
    for (const sentence of text.sentences)
      for (const token of sentence) tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + text.weight);
  }
  const vocabSet = new Set<string>([SENTENCE_START, SENTENCE_END, options.unknownToken]);
  const byFrequency = [...tokenCounts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [token, count] of byFrequency) if (count >= options.minTokenCount) vocabSet.add(token);
  for (const token of options.extraVocabulary) vocabSet.add(token);
  const vocabulary = [...vocabSet];
  const V = vocabulary.length;
  const idOf = new Map(vocabulary.map((t, i) => [t, i]));
  const unk = idOf.get(options.unknownToken) as number;
  const start = idOf.get(SENTENCE_START) as number;
  const end = idOf.get(SENTENCE_END) as number;

  // Raw trigram counts and raw bigram counts (for <s>-initial bigrams).
  const c3 = new Map<number, number>();
  const c2raw = new Map<number, number>();
  // The same counted once per occurrence, whatever the text's weight: the discounts are estimated from these.
  // Weighted counts (a text of weight 4 adds only multiples of 4) would skew the counts-of-counts n1…n4 the
  // modified Kneser–Ney discounts rest on (n4 inflated drove D3+ to its floor, and the model sharpened).
  const c3once = new Map<number, number>();
  const c2once = new Map<number, number>();
  // The continuation weight of each n-gram: the largest of the texts it was seen in.
  const c3continuation = new Map<number, number>();
  const c2continuation = new Map<number, number>();
  const keepLarger = (map: Map<number, number>, key: number, value: number): void => {
    if ((map.get(key) ?? 0) < value) map.set(key, value);
  };
  for (const text of texts) {
    if (text.unseenBigramsOnly) continue;
    const continuation = Math.min(1, text.continuationWeight ?? 1);
    for (const sentence of text.sentences) {
      const ids = sentence.map((t) => idOf.get(t) ?? unk);
      const seq = text.fragment
        ? [...(text.opensSentence ? [start] : []), ...ids, ...(text.closesSentence ? [end] : [])]
        : [start, ...ids, end];
      for (let i = 1; i < seq.length; i += 1) {
        if (text.knownVocabularyOnly && (seq[i] === unk || seq[i - 1] === unk)) continue;
        const key2 = (seq[i - 1] as number) * V + (seq[i] as number);
        c2raw.set(key2, (c2raw.get(key2) ?? 0) + text.weight);
        c2once.set(key2, (c2once.get(key2) ?? 0) + 1);
        keepLarger(c2continuation, key2, continuation);
        if (i >= 2 && !(text.knownVocabularyOnly && seq[i - 2] === unk)) {
          const key3 = key2 + (seq[i - 2] as number) * V * V;
          c3.set(key3, (c3.get(key3) ?? 0) + text.weight);
          c3once.set(key3, (c3once.get(key3) ?? 0) + 1);
          keepLarger(c3continuation, key3, continuation);
        }
      }
    }
  }

  // Continuation counts: distinct left neighbours (raw counts where the left side is <s>).
  const cc2 = new Map<number, number>();
  for (const key3 of c3.keys()) {
    const key2 = key3 % (V * V);
    cc2.set(key2, (cc2.get(key2) ?? 0) + (c3continuation.get(key3) ?? 1));
  }
  for (const [key2, count] of c2raw) {
    const v = Math.floor(key2 / V);
    if (v === start) cc2.set(key2, count);
    else if (!cc2.has(key2)) cc2.set(key2, c2continuation.get(key2) ?? 1); // a bigram seen only inside fragments' first position
  }
  const cc1 = new Float64Array(V);
  for (const [key2, count] of cc2) cc1[key2 % V] = (cc1[key2 % V] ?? 0) + Math.min(1, count);

  const d3 = discountsOf(c3once.values());
  // Continuation counts are counts of distinct left neighbours (unweighted) except after <s>.
  const d2 = discountsOf([...cc2.entries()].map(([key2, count]) => (Math.floor(key2 / V) === start ? (c2once.get(key2) ?? count) : count)));
  const d1 = discountsOf(cc1);
  for (const text of texts) {
    if (!text.unseenBigramsOnly) continue;
    for (const sentence of text.sentences) {
      const ids = sentence.map((t) => idOf.get(t) ?? unk);
      for (let i = 1; i < ids.length; i += 1) {
        if (ids[i - 1] === unk || ids[i] === unk) continue;
        const key2 = (ids[i - 1] as number) * V + (ids[i] as number);
        if (!cc2.has(key2)) cc2.set(key2, text.weight);
      }
    }
  }

  // Unigrams.
  let cc1Total = 0;
  for (const c of cc1) cc1Total += c;
  const unigramMassFreed = freedMass(d1, [...cc1]);
  // <s> is never predicted: the uniform share goes to the other V − 1 tokens.
  const p1 = new Float64Array(V);
  for (let w = 0; w < V; w += 1) {
    if (w === start) continue;
    const c = cc1[w] ?? 0;
    p1[w] = Math.max(c - discount(d1, c), 0) / cc1Total + unigramMassFreed / cc1Total / (V - 1);
  }

  // Bigrams.
  const bigramsByContext = groupBy([...cc2.entries()].map(([key, c]) => [Math.floor(key / V), [key % V, c] as [number, number]]));
  const p2 = new Map<number, number>();
  const gamma2 = new Float64Array(V);
  const bigramBackoffOfContext = new Float64Array(V).fill(0);
  for (const [v, list] of bigramsByContext) {
    const total = list.reduce((s, [, c]) => s + c, 0);
    gamma2[v] = freedMass(d2, list.map(([, c]) => c)) / total;
    let sumHigh = 0;
    let sumLow = 0;
    for (const [w, c] of list) {
      const p = Math.max(c - discount(d2, c), 0) / total + (gamma2[v] as number) * (p1[w] as number);
      p2.set(v * V + w, p);
      sumHigh += p;
      sumLow += p1[w] as number;
    }
    bigramBackoffOfContext[v] = Math.log(Math.max(1e-12, 1 - sumHigh) / Math.max(1e-12, 1 - sumLow));
  }
  const p2Of = (v: number, w: number): number => p2.get(v * V + w) ?? Math.exp(bigramBackoffOfContext[v] ?? 0) * (p1[w] as number);

  // Trigrams: interpolate with all counts, keep the frequent ones, renormalise through the back-off weight.
  const trigramsByContext = groupBy([...c3.entries()].map(([key, c]) => [Math.floor(key / V), [key % V, c] as [number, number]]));
  const keptTrigrams: Array<[number, number, number, number]> = [];
  const trigramBackoffOfContext = new Map<number, number>();
  for (const [uv, list] of trigramsByContext) {
    const total = list.reduce((s, [, c]) => s + c, 0);
    const gamma = freedMass(d3, list.map(([, c]) => c)) / total;
    const v = uv % V;
    let sumHigh = 0;
    let sumLow = 0;
    for (const [w, c] of list) {
      const secondary = (c3continuation.get(uv * V + w) ?? 1) < 1;
      if (c < (secondary ? (options.minSecondaryTrigramCount ?? options.minTrigramCount) : options.minTrigramCount)) continue;
      const p = Math.max(c - discount(d3, c), 0) / total + gamma * p2Of(v, w);
      keptTrigrams.push([Math.floor(uv / V), v, w, Math.log(p)]);
      sumHigh += p;
      sumLow += p2Of(v, w);
    }
    trigramBackoffOfContext.set(uv, Math.log(Math.max(1e-12, 1 - sumHigh) / Math.max(1e-12, 1 - sumLow)));
  }

  const bigramEntries = [...p2.entries()].sort((a, b) => a[0] - b[0]);
  keptTrigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return {
    header: { ...options.header, vocabulary, unigrams: V, bigrams: bigramEntries.length, trigrams: keptTrigrams.length },
    unigramLogProb: Float32Array.from(p1, (p) => Math.log(p)),
    unigramBackoff: Float32Array.from(bigramBackoffOfContext),
    bigramW1: Uint32Array.from(bigramEntries, ([k]) => Math.floor(k / V)),
    bigramW2: Uint32Array.from(bigramEntries, ([k]) => k % V),
    bigramLogProb: Float32Array.from(bigramEntries, ([, p]) => Math.log(p)),
    bigramBackoff: Float32Array.from(bigramEntries, ([k]) => trigramBackoffOfContext.get(k) ?? 0),
    trigramW1: Uint32Array.from(keptTrigrams, (t) => t[0]),
    trigramW2: Uint32Array.from(keptTrigrams, (t) => t[1]),
    trigramW3: Uint32Array.from(keptTrigrams, (t) => t[2]),
    trigramLogProb: Float32Array.from(keptTrigrams, (t) => t[3]),
  };
}
