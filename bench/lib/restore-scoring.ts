/**
 * Restoration scoring shared by bench/eval-restore.ts and bench/eval-holdout.ts, line for line against gold:
 *   syllable accuracy  gold tokens found in the output line (LCS), tone placement canonicalised, case ignored
 *                      (and, separately, case kept); the same for the input gives the baseline;
 *   CER                character edit distance output vs gold (tone placement canonicalised) / gold characters;
 *   damage             gold tokens the input already had right that the output lost.
 */
import { createRequire } from 'node:module';
import { canonicalizeToneStyle } from '../../src/vietnamese/index.js';

// natural's distance module alone: its package index also loads database clients and dotenv.
const { LevenshteinDistance } = createRequire(import.meta.url)('natural/lib/natural/distance/levenshtein_distance') as {
  LevenshteinDistance: (source: string, target: string) => number;
};

/** Word tokens of a line for scoring: whitespace chunks without edge punctuation, split on / and -. */
export function scoringTokens(line: string): string[] {
  return line
    .split(/\s+/u)
    .map((chunk) => chunk.replace(/^[^\p{L}\p{N}&¢€¥|]+|[^\p{L}\p{N}&¢€¥|]+$/gu, ''))
    .flatMap((chunk) => chunk.split(/[/\-–]/u))
    .filter((token) => /[\p{L}&¢€¥|]/u.test(token));
}

/** Indices of `gold` matched by a longest common subsequence with `other`. */
export function matchedGoldIndices(gold: readonly string[], other: readonly string[]): Set<number> {
  const n = gold.length;
  const m = other.length;
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      (table[i] as Int32Array)[j] =
        gold[i] === other[j]
          ? ((table[i + 1] as Int32Array)[j + 1] as number) + 1
          : Math.max((table[i + 1] as Int32Array)[j] as number, (table[i] as Int32Array)[j + 1] as number);
  const matched = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (gold[i] === other[j]) {
      matched.add(i);
      i += 1;
      j += 1;
    } else if (((table[i + 1] as Int32Array)[j] as number) >= ((table[i] as Int32Array)[j + 1] as number)) i += 1;
    else j += 1;
  }
  return matched;
}

/** Character edit distance (Levenshtein, unit costs). NFC Vietnamese letters are single UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  return LevenshteinDistance(a, b);
}

export interface RestoreScore {
  goldSyllables: number;
  inputCorrect: number;
  outputCorrect: number;
  outputCorrectCaseKept: number;
  damaged: number;
  charErrors: number;
  inputCharErrors: number;
  goldChars: number;
  /** Gold tokens (case ignored) the output got wrong, with the output line, for the failure report. */
  errors: Array<{ line: number; gold: string; input: string; output: string }>;
  /** Input-correct tokens the restorer broke: gold token → what the output line holds instead. */
  damages: Array<{ line: number; token: string; output: string }>;
}

export function scoreRestoration(input: string, output: string, gold: string): RestoreScore {
  const inputLines = input.split('\n');
  const outputLines = output.split('\n');
  const goldLines = gold.split('\n');
  if (inputLines.length !== goldLines.length || outputLines.length !== goldLines.length) {
    throw new Error(`line counts differ (input ${inputLines.length}, output ${outputLines.length}, gold ${goldLines.length})`);
  }
  const score: RestoreScore = {
    goldSyllables: 0, inputCorrect: 0, outputCorrect: 0, outputCorrectCaseKept: 0, damaged: 0,
    charErrors: 0, inputCharErrors: 0, goldChars: 0, errors: [], damages: [],
  };
  const lower = (tokens: string[]): string[] => tokens.map((t) => t.toLowerCase());
  goldLines.forEach((goldLine, index) => {
    const g = canonicalizeToneStyle(goldLine);
    const o = canonicalizeToneStyle(outputLines[index] as string);
    const i = canonicalizeToneStyle(inputLines[index] as string);
    const goldTokens = scoringTokens(g);
    const inMatched = matchedGoldIndices(lower(goldTokens), lower(scoringTokens(i)));
    const outMatched = matchedGoldIndices(lower(goldTokens), lower(scoringTokens(o)));
    score.goldSyllables += goldTokens.length;
    score.inputCorrect += inMatched.size;
    score.outputCorrect += outMatched.size;
    score.outputCorrectCaseKept += matchedGoldIndices(goldTokens, scoringTokens(o)).size;
    for (const k of inMatched) {
      if (!outMatched.has(k)) {
        score.damaged += 1;
        score.damages.push({ line: index + 1, token: goldTokens[k] as string, output: outputLines[index] as string });
      }
    }
    score.charErrors += editDistance(o, g);
    score.inputCharErrors += editDistance(i, g);
    score.goldChars += [...g].length;
    if (outMatched.size < goldTokens.length) {
      score.errors.push({ line: index + 1, gold: goldLine, input: inputLines[index] as string, output: outputLines[index] as string });
    }
  });
  return score;
}
