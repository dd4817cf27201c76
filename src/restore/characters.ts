import type { Correction } from '../schema/document.js';

/** The fraction slash (⁄, U+2044) the Vietnamese OCR model prints between the digits of a date (21⁄4): a slash. */
const FRACTION_SLASH_BETWEEN_DIGITS = /(?<=\d)\u2044(?=\d)/gu;

interface Restored {
  text: string;
  corrections: Correction[];
  stats: { changed: number };
}

/**
 * Puts plain slashes for fraction slashes between digits, after decoding (the decoder copies punctuation as it is,
 * so the k-th such slash of an input line is the k-th of its output line). Each one is recorded as a normalisation.
 */
export function normaliseFractionSlashes<R extends Restored>(input: string, result: R): R {
  if (!input.includes('\u2044')) return result;
  const outputLines = result.text.split('\n');
  const added: Correction[] = [];
  input.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(FRACTION_SLASH_BETWEEN_DIGITS)) {
      added.push({ line: index + 1, column: match.index + 1, from: '\u2044', to: '/', reason: 'normalize', score: 0, lowConfidence: false });
    }
    if (outputLines[index] !== undefined) outputLines[index] = outputLines[index].replace(FRACTION_SLASH_BETWEEN_DIGITS, '/');
  });
  if (added.length === 0) return result;
  const corrections = [...result.corrections, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...result, text: outputLines.join('\n'), corrections, stats: { ...result.stats, changed: result.stats.changed + added.length } };
}
