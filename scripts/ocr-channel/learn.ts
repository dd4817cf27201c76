/**
 * From page records to the channel table: align, count, run EM, smooth, and package as `vnplan.OcrChannel`.
 */
import type { OcrChannel, OcrChannelEntry } from '../../src/schema/ocr-channel.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { alignLines, alignTokens } from './align.js';
import { countEmissions, channelModel, smoothCounts, trainChannel, type EmRound, type SmoothedChannel, type TokenPair, type EmissionCounts } from './em.js';
import type { PageRecord } from './pages.js';

export interface TokenStats {
  truthTokens: number;
  alignedLines: number;
  truthLines: number;
  pairedTokens: number;
  exact: number;
  exactIgnoringCase: number;
  sameBaseLetters: number;
}

/** Every 1:1 aligned (true token, OCR token) pair with its count, case preserved. */
export function collectTokenPairs(records: readonly PageRecord[]): { pairs: Map<string, number>; stats: TokenStats } {
  const pairs = new Map<string, number>();
  const stats: TokenStats = { truthTokens: 0, alignedLines: 0, truthLines: 0, pairedTokens: 0, exact: 0, exactIgnoringCase: 0, sameBaseLetters: 0 };
  for (const record of records) {
    stats.truthLines += record.truthLines.length;
    stats.truthTokens += record.truthLines.reduce((sum, line) => sum + line.split(/\s+/).filter(Boolean).length, 0);
    for (const line of alignLines(record.truthLines, record.ocrText.split('\n'))) {
      stats.alignedLines++;
      for (const token of alignTokens(line.truth, line.ocr)) {
        const truth = token.truth.normalize('NFC');
        const ocr = token.ocr.normalize('NFC');
        stats.pairedTokens++;
        if (truth === ocr) stats.exact++;
        if (truth.toLowerCase() === ocr.toLowerCase()) stats.exactIgnoringCase++;
        if (stripDiacritics(truth).toLowerCase() === ocr.toLowerCase()) stats.sameBaseLetters++;
        const key = `${truth}\t${ocr}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return { pairs, stats };
}

export function lowerCasePairs(pairs: ReadonlyMap<string, number>): TokenPair[] {
  const merged = new Map<string, number>();
  for (const [key, count] of pairs) {
    const lower = key.toLowerCase();
    merged.set(lower, (merged.get(lower) ?? 0) + count);
  }
  return [...merged]
    .map(([key, count]) => {
      const [truth = '', ocr = ''] = key.split('\t');
      return { truth: [...truth], ocr: [...ocr], count };
    })
    .sort((a, b) => b.count - a.count || a.truth.join('').localeCompare(b.truth.join('')) || a.ocr.join('').localeCompare(b.ocr.join('')));
}

/**
 * Counts what upper-case true characters print as, case preserved, by re-using the lower-case model's cut of each
 * token pair (lower-casing keeps lengths for Vietnamese letters, so the cut maps back).
 */
export function countUpperEmissions(pairs: ReadonlyMap<string, number>, channel: SmoothedChannel): EmissionCounts {
  const model = channelModel(channel);
  const upperPairs: TokenPair[] = [];
  for (const [key, count] of pairs) {
    const [truth = '', ocr = ''] = key.split('\t');
    if (truth === truth.toLowerCase()) continue;
    upperPairs.push({ truth: [...truth], ocr: [...ocr], count });
  }
  const counts: EmissionCounts = new Map();
  const lowered = upperPairs.map((pair) => ({ truth: pair.truth.map((c) => c.toLowerCase()), ocr: pair.ocr.map((c) => c.toLowerCase()), count: pair.count }));
  const { segmentations } = countEmissions(lowered, model);
  segmentations.forEach((emissions, index) => {
    const pair = upperPairs[index];
    if (!emissions || !pair || lowered[index]?.ocr.join('') !== pair.ocr.join('').toLowerCase()) return;
    let offset = 0;
    emissions.forEach((emission, position) => {
      const length = [...emission].length;
      const truthChar = pair.truth[position] as string;
      const printed = pair.ocr.slice(offset, offset + length).join('');
      offset += length;
      if (truthChar === truthChar.toLowerCase()) return;
      let row = counts.get(truthChar);
      if (!row) counts.set(truthChar, (row = new Map()));
      row.set(printed, (row.get(printed) ?? 0) + pair.count);
    });
  });
  return counts;
}

function toEntries(channel: SmoothedChannel, counts: EmissionCounts): OcrChannelEntry[] {
  const entries: OcrChannelEntry[] = [];
  for (const [truth, row] of channel.table) {
    for (const [ocr, logProb] of row) entries.push({ truth, ocr, logProb: round(logProb), count: counts.get(truth)?.get(ocr) ?? 0 });
  }
  return entries.sort((a, b) => a.truth.localeCompare(b.truth) || b.count - a.count || a.ocr.localeCompare(b.ocr));
}

function toFloors(channel: SmoothedChannel, counts: EmissionCounts) {
  return [...channel.floor]
    .map(([truth, logProb]) => ({ truth, logProb: round(logProb), seen: [...(counts.get(truth)?.values() ?? [])].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => a.truth.localeCompare(b.truth));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export interface LearnOptions {
  rounds: number;
  minCount: number;
  unseenSpread: number;
}

export interface LearnedChannel {
  table: Omit<OcrChannel, 'trainedOn' | 'schemaName' | 'version' | 'description'>;
  rounds: EmRound[];
  charPairs: number;
  lowerChannel: SmoothedChannel;
  lowerCounts: EmissionCounts;
}

export function learnChannel(pairs: ReadonlyMap<string, number>, options: LearnOptions): LearnedChannel {
  const lowered = lowerCasePairs(pairs);
  const { channel, counts, rounds } = trainChannel(lowered, options);
  const charPairs = [...counts.values()].reduce((sum, row) => sum + [...row.values()].reduce((a, b) => a + b, 0), 0);
  const upperCounts = countUpperEmissions(pairs, channel);
  const upperChannel = smoothCounts(upperCounts, options);
  return {
    table: {
      defaultFloorLogProb: round(channel.defaultFloor),
      unknownIdentityLogProb: round(Math.log(0.5)),
      floors: toFloors(channel, counts),
      entries: toEntries(channel, counts),
      upperEntries: toEntries(upperChannel, upperCounts),
      upperFloors: toFloors(upperChannel, upperCounts),
    },
    rounds,
    charPairs,
    lowerChannel: channel,
    lowerCounts: counts,
  };
}

export interface HeldOutReport {
  trainPages: number;
  testPages: number;
  testTokenPairs: number;
  /** Mean log P(OCR token | true token) per true character on the held-out pages. */
  meanLogProbPerChar: number;
  /** Held-out token pairs whose best cut uses only listed (not floor) emissions. */
  fullyExplained: number;
}

/** Trains on all pages but every `fold`-th and measures how well that channel explains the pages it did not see. */
export function heldOutCheck(records: readonly PageRecord[], options: LearnOptions, fold = 10): HeldOutReport {
  const train = records.filter((_, index) => index % fold !== 0);
  const test = records.filter((_, index) => index % fold === 0);
  const { channel } = trainChannel(lowerCasePairs(collectTokenPairs(train).pairs), options);
  const model = channelModel(channel);
  const testPairs = lowerCasePairs(collectTokenPairs(test).pairs);
  const { segmentations, logLikelihood } = countEmissions(testPairs, model);
  let chars = 0;
  let tokens = 0;
  let explained = 0;
  segmentations.forEach((emissions, index) => {
    const pair = testPairs[index];
    if (!emissions || !pair) return;
    tokens += pair.count;
    chars += pair.truth.length * pair.count;
    if (emissions.every((emission, position) => channel.table.get(pair.truth[position] ?? '')?.has(emission))) explained += pair.count;
  });
  return {
    trainPages: train.length,
    testPages: test.length,
    testTokenPairs: tokens,
    meanLogProbPerChar: logLikelihood / Math.max(1, chars),
    fullyExplained: explained / Math.max(1, tokens),
  };
}
