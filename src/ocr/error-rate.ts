/** Character and word error rates of OCR output against ground truth (edit distance / reference length). */

/** NFC, and every run of whitespace (line breaks included) as one space: layout is not what is scored. */
export function normaliseForScoring(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance between two sequences, in O(min) memory. */
export function editDistance<T>(reference: readonly T[], hypothesis: readonly T[]): number {
  if (reference.length === 0) return hypothesis.length;
  if (hypothesis.length === 0) return reference.length;
  let previous = new Int32Array(hypothesis.length + 1);
  let current = new Int32Array(hypothesis.length + 1);
  for (let column = 0; column <= hypothesis.length; column += 1) previous[column] = column;
  for (let row = 1; row <= reference.length; row += 1) {
    current[0] = row;
    const expected = reference[row - 1];
    for (let column = 1; column <= hypothesis.length; column += 1) {
      const substitution = previous[column - 1]! + (expected === hypothesis[column - 1] ? 0 : 1);
      current[column] = Math.min(substitution, previous[column]! + 1, current[column - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[hypothesis.length]!;
}

export interface ErrorRate {
  errors: number;
  length: number;
  rate: number;
}

const rate = (errors: number, length: number): ErrorRate => ({ errors, length, rate: length === 0 ? (errors === 0 ? 0 : 1) : errors / length });

/** Character error rate over code points. */
export function characterErrorRate(reference: string, hypothesis: string): ErrorRate {
  const expected = [...normaliseForScoring(reference)];
  return rate(editDistance(expected, [...normaliseForScoring(hypothesis)]), expected.length);
}

/** Word error rate over space-separated tokens. */
export function wordErrorRate(reference: string, hypothesis: string): ErrorRate {
  const words = (text: string) => normaliseForScoring(text).split(' ').filter((word) => word.length > 0);
  const expected = words(reference);
  return rate(editDistance(expected, words(hypothesis)), expected.length);
}
