/**
 * Hard EM for the character channel P(OCR substring | true character) (pure functions).
 *
 * Each true character emits 0–3 OCR characters. Given the current model, the best segmentation of every aligned
 * token pair is found by dynamic programming (Viterbi); counting the emitted substrings per true character and
 * re-normalising gives the next model. A few rounds settle it.
 */
import { stripDiacritics } from '../../src/vietnamese/index.js';

export const MAX_EMISSION = 3;

/** logProb of `ocr` given `truth` (one character); returns null when the model has no opinion. */
export type EmissionModel = (truth: string, ocr: string) => number;

export interface TokenPair {
  truth: string[];
  ocr: string[];
  count: number;
}

export interface Segmentation {
  /** One OCR substring per true character. */
  emissions: string[];
  logProb: number;
}

/** Best way to cut `ocr` into one 0–3 character piece per character of `truth`, or null when none exists. */
export function segment(truth: readonly string[], ocr: readonly string[], model: EmissionModel): Segmentation | null {
  const n = truth.length;
  const m = ocr.length;
  if (m > n * MAX_EMISSION) return null;
  const cols = m + 1;
  const best = new Float64Array((n + 1) * cols).fill(-Infinity);
  const back = new Int8Array((n + 1) * cols).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const truthChar = truth[i] as string;
    for (let j = 0; j <= m; j++) {
      const here = best[i * cols + j] ?? -Infinity;
      if (here === -Infinity) continue;
      for (let k = 0; k <= MAX_EMISSION && j + k <= m; k++) {
        const score = here + model(truthChar, ocr.slice(j, j + k).join(''));
        const target = (i + 1) * cols + j + k;
        if (score > (best[target] ?? -Infinity)) {
          best[target] = score;
          back[target] = k;
        }
      }
    }
  }
  const total = best[n * cols + m] ?? -Infinity;
  if (total === -Infinity) return null;
  const emissions: string[] = new Array<string>(n);
  let j = m;
  for (let i = n; i > 0; i--) {
    const k = back[i * cols + j] ?? 0;
    emissions[i - 1] = ocr.slice(j - k, j).join('');
    j -= k;
  }
  return { emissions, logProb: total };
}

/**
 * Starting model before any counts: a character is most likely read as itself or as itself without marks
 * (`ệ`→`e`), single substitutions are plausible, dropping a character or reading it as 2–3 is less so.
 * Deliberately knows nothing about specific confusions; EM learns those.
 */
export function initialModel(truth: string, ocr: string): number {
  if (ocr === truth) return Math.log(0.5);
  const base = stripDiacritics(truth);
  if (ocr === base) return Math.log(0.3);
  switch ([...ocr].length) {
    case 0:
      return Math.log(0.003);
    case 1:
      return Math.log(0.002);
    case 2:
      return ocr.includes(base) ? Math.log(0.002) : Math.log(0.0002);
    default:
      return ocr.includes(base) ? Math.log(0.0002) : Math.log(0.00001);
  }
}

export type EmissionCounts = Map<string, Map<string, number>>;

/** E-step (hard): counts of (true character → OCR substring) over the best segmentations. */
export function countEmissions(
  pairs: readonly TokenPair[],
  model: EmissionModel,
): { counts: EmissionCounts; segmented: number; logLikelihood: number; segmentations: (string[] | null)[] } {
  const counts: EmissionCounts = new Map();
  const segmentations: (string[] | null)[] = [];
  let segmented = 0;
  let logLikelihood = 0;
  for (const pair of pairs) {
    const result = segment(pair.truth, pair.ocr, model);
    segmentations.push(result?.emissions ?? null);
    if (!result) continue;
    segmented += pair.count;
    logLikelihood += result.logProb * pair.count;
    result.emissions.forEach((emission, index) => {
      const truthChar = pair.truth[index] as string;
      let row = counts.get(truthChar);
      if (!row) counts.set(truthChar, (row = new Map()));
      row.set(emission, (row.get(emission) ?? 0) + pair.count);
    });
  }
  return { counts, segmented, logLikelihood, segmentations };
}

export interface SmoothedChannel {
  /** logProb per true character and OCR substring, for substrings seen at least `minCount` times. */
  table: Map<string, Map<string, number>>;
  /** logProb of any substring not in the table, per true character. */
  floor: Map<string, number>;
  /** Floor for true characters never seen in training. */
  defaultFloor: number;
}

/**
 * M-step with Witten–Bell smoothing: a character seen N times with T different readings keeps T/(N+T) of its
 * mass for readings never seen, spread over `unseenSpread` possible substrings (which sets the floor).
 */
export function smoothCounts(counts: EmissionCounts, options: { minCount?: number; unseenSpread?: number } = {}): SmoothedChannel {
  const minCount = options.minCount ?? 1;
  const unseenSpread = options.unseenSpread ?? 2000;
  const table = new Map<string, Map<string, number>>();
  const floor = new Map<string, number>();
  for (const [truthChar, row] of counts) {
    const kept = [...row].filter(([, count]) => count >= minCount);
    const total = kept.reduce((sum, [, count]) => sum + count, 0);
    if (total === 0) continue;
    const types = kept.length;
    const unseenMass = types / (total + types);
    const logRow = new Map<string, number>();
    for (const [emission, count] of kept) logRow.set(emission, Math.log(((1 - unseenMass) * count) / total));
    table.set(truthChar, logRow);
    floor.set(truthChar, Math.log(unseenMass / unseenSpread));
  }
  return { table, floor, defaultFloor: Math.log(0.5 / unseenSpread) };
}

/** The smoothed channel as an emission model; characters never seen keep an identity prior. */
export function channelModel(channel: SmoothedChannel): EmissionModel {
  return (truth, ocr) => {
    const row = channel.table.get(truth);
    if (!row) return ocr === truth ? Math.log(0.5) : channel.defaultFloor;
    return row.get(ocr) ?? channel.floor.get(truth) ?? channel.defaultFloor;
  };
}

export interface EmRound {
  round: number;
  segmented: number;
  logLikelihood: number;
  changedSegmentations: number;
}

/** Runs hard EM from `initialModel` until segmentations stop changing (or `rounds` is reached). */
export function trainChannel(
  pairs: readonly TokenPair[],
  options: { rounds?: number; minCount?: number; unseenSpread?: number } = {},
): { channel: SmoothedChannel; counts: EmissionCounts; rounds: EmRound[] } {
  const rounds: EmRound[] = [];
  let model: EmissionModel = initialModel;
  let previous: string[] = [];
  let channel: SmoothedChannel | null = null;
  let counts: EmissionCounts = new Map();
  for (let round = 1; round <= (options.rounds ?? 6); round++) {
    const step = countEmissions(pairs, model);
    const current = step.segmentations.map((emissions) => emissions?.join('\u0000') ?? '');
    const changed = current.reduce((sum, key, index) => sum + (key === previous[index] ? 0 : (pairs[index]?.count ?? 0)), 0);
    counts = step.counts;
    channel = smoothCounts(counts, options);
    model = channelModel(channel);
    rounds.push({ round, segmented: step.segmented, logLikelihood: step.logLikelihood, changedSegmentations: changed });
    if (round > 1 && changed === 0) break;
    previous = current;
  }
  if (!channel) throw new Error('no EM round ran');
  return { channel, counts, rounds };
}
