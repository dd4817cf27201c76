/**
 * Aligns OCR output with the typeset truth: lines to lines, then tokens to tokens (pure functions).
 * Similarity is measured on lower-cased text with Vietnamese marks stripped, because the English model drops most
 * marks: `Đẩy` and `Pay` are one edit apart, `của` and `thư` three.
 */
import { stripDiacritics } from '../../src/vietnamese/index.js';

export function levenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower-cased, marks stripped, as an array of code points. */
export function matchKey(text: string): string[] {
  return [...stripDiacritics(text.normalize('NFC')).toLowerCase()];
}

/** Edit distance over the longer length, on match keys: 0 = same letters, 1 = nothing in common. */
export function keyDistance(truth: string, ocr: string): number {
  const a = matchKey(truth);
  const b = matchKey(ocr);
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : levenshtein(a, b) / longest;
}

export interface AlignedPair<T> {
  truth: T;
  ocr: T;
  distance: number;
}

/**
 * Needleman–Wunsch over two sequences: pairs cost their distance, skipping an item costs `gapCost`.
 * Returns the paired items in order (skipped ones are left out). Cells more than `band` off the (stretched)
 * diagonal are not paired, which keeps long line lists cheap.
 */
export function alignSequences<T>(
  truth: readonly T[],
  ocr: readonly T[],
  distance: (truth: T, ocr: T) => number,
  gapCost: number,
  band = Infinity,
): AlignedPair<T>[] {
  const rows = truth.length + 1;
  const cols = ocr.length + 1;
  const cost = new Float64Array(rows * cols);
  const move = new Uint8Array(rows * cols); // 0 pair, 1 skip truth, 2 skip ocr
  const distances = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      const offDiagonal = Math.abs(i - (j * rows) / cols);
      if (i > 0 && j > 0 && offDiagonal <= band) {
        const d = distance(truth[i - 1] as T, ocr[j - 1] as T);
        distances[i * cols + j] = d;
        best = (cost[(i - 1) * cols + j - 1] ?? 0) + d;
      }
      if (i > 0 && (cost[(i - 1) * cols + j] ?? 0) + gapCost < best) {
        best = (cost[(i - 1) * cols + j] ?? 0) + gapCost;
        bestMove = 1;
      }
      if (j > 0 && (cost[i * cols + j - 1] ?? 0) + gapCost < best) {
        best = (cost[i * cols + j - 1] ?? 0) + gapCost;
        bestMove = 2;
      }
      cost[i * cols + j] = best;
      move[i * cols + j] = bestMove;
    }
  }
  const pairs: AlignedPair<T>[] = [];
  let i = truth.length;
  let j = ocr.length;
  while (i > 0 || j > 0) {
    const step = i > 0 && j > 0 ? move[i * cols + j] : i > 0 ? 1 : 2;
    if (step === 0) {
      pairs.push({ truth: truth[i - 1] as T, ocr: ocr[j - 1] as T, distance: distances[i * cols + j] ?? 0 });
      i--;
      j--;
    } else if (step === 1) {
      i--;
    } else {
      j--;
    }
  }
  return pairs.reverse();
}

/** Pairs OCR lines with truth lines; lines that match nothing (or too badly) are dropped. */
export function alignLines(truthLines: readonly string[], ocrLines: readonly string[], maxDistance = 0.5): AlignedPair<string>[] {
  const truth = truthLines.filter((line) => line.trim().length > 0);
  const ocr = ocrLines.filter((line) => line.trim().length > 0);
  return alignSequences(truth, ocr, keyDistance, 0.8, 12).filter((pair) => pair.distance <= maxDistance);
}

export function tokenize(line: string): string[] {
  return line.split(/\s+/).filter((token) => token.length > 0);
}

/**
 * Pairs the tokens of an aligned line pair one to one. Besides pairing and skipping, the alignment may join two
 * true tokens to one OCR token (a lost space: `học tập` → `hoctap`) or one true token to two OCR tokens (a spurious
 * space); those, and pairs further apart than `maxDistance`, are left out, since they would teach the channel
 * that a syllable prints as a whole word.
 */
export function alignTokens(truthLine: string, ocrLine: string, maxDistance = 0.67): AlignedPair<string>[] {
  const truth = tokenize(truthLine);
  const ocr = tokenize(ocrLine);
  const gap = 0.9;
  const joinPenalty = 0.15;
  const cols = ocr.length + 1;
  const cost = new Float64Array((truth.length + 1) * cols).fill(Infinity);
  const step = new Array<[number, number]>((truth.length + 1) * cols);
  cost[0] = 0;
  const relax = (i: number, j: number, di: number, dj: number, extra: number) => {
    const from = cost[(i - di) * cols + j - dj] ?? Infinity;
    if (from + extra < (cost[i * cols + j] ?? Infinity)) {
      cost[i * cols + j] = from + extra;
      step[i * cols + j] = [di, dj];
    }
  };
  for (let i = 0; i <= truth.length; i++) {
    for (let j = 0; j <= ocr.length; j++) {
      if (i > 0) relax(i, j, 1, 0, gap);
      if (j > 0) relax(i, j, 0, 1, gap);
      if (i > 0 && j > 0) relax(i, j, 1, 1, keyDistance(truth[i - 1] ?? '', ocr[j - 1] ?? ''));
      if (i > 1 && j > 0) relax(i, j, 2, 1, keyDistance(`${truth[i - 2]}${truth[i - 1]}`, ocr[j - 1] ?? '') + joinPenalty + gap / 2);
      if (i > 0 && j > 1) relax(i, j, 1, 2, keyDistance(truth[i - 1] ?? '', `${ocr[j - 2]}${ocr[j - 1]}`) + joinPenalty + gap / 2);
    }
  }
  const pairs: AlignedPair<string>[] = [];
  let i = truth.length;
  let j = ocr.length;
  while (i > 0 || j > 0) {
    const [di, dj] = step[i * cols + j] ?? [1, 1];
    if (di === 1 && dj === 1) {
      const distance = keyDistance(truth[i - 1] ?? '', ocr[j - 1] ?? '');
      if (distance <= maxDistance) pairs.push({ truth: truth[i - 1] ?? '', ocr: ocr[j - 1] ?? '', distance });
    }
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}
