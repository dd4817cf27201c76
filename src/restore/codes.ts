/**
 * Document codes (1520/QĐ-TTg, 15/2023/NQ-HĐND, NQ-HĐND): the English OCR model has no Đ and prints it as P, D,
 * B, DP or PD (`749/QP-TTg`, `NQ-HDPND`, `NB-CP`). A code's letter segments are repaired against the list of
 * known administrative segments; digits are never touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputFileError } from '../errors/index.js';
import type { DictionaryIssue, EntryAt, ParsedDictionaryFile } from '../schema/dictionary.js';
import { piecesOfLine, type TokenRules } from './token-classes.js';
import type { Piece } from './tokenize.js';

export const CODE_SEGMENTS_FILE = 'code-segments.txt';

const CodeSegmentSchema = z
  .string()
  .regex(/^[A-ZĐ][A-Za-zĐ&]*$/u, 'a code segment is letters starting with a capital (QĐ, TTg, HĐND)');

/** Each segment of code-segments.txt with its line, and a one-line issue for each line that is no segment. */
export function parseCodeSegmentLines(file: string, source: string): ParsedDictionaryFile<string> {
  const entries: Array<EntryAt<string>> = [];
  const issues: DictionaryIssue[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line === '') return;
    const parsed = CodeSegmentSchema.safeParse(line.normalize('NFC'));
    if (parsed.success) entries.push({ value: parsed.data, line: index + 1 });
    else issues.push({ file, line: index + 1, message: parsed.error.issues[0]?.message ?? 'bad code segment' });
  });
  return { entries, issues };
}

/** Parses code-segments.txt: one segment a line, `#` comments; throws a one-line error naming the line. */
export function parseCodeSegments(file: string, source: string): Set<string> {
  const { entries, issues } = parseCodeSegmentLines(file, source);
  const first = issues[0];
  if (first) throw new InputFileError(`${file}:${first.line}`, first.message);
  return new Set(entries.map((e) => e.value));
}

export function loadCodeSegments(dir: string): Set<string> {
  const path = join(dir, CODE_SEGMENTS_FILE);
  return existsSync(path) ? parseCodeSegments(path, readFileSync(path, 'utf8')) : new Set();
}

/** What the English OCR model prints for Đ inside an upper-case code, longest first. */
const D_STROKE_READINGS = ['DP', 'PD', 'DD', 'BP', 'P', 'D', 'B', 'O', 'Ð'];
/** An all-caps token of three or more letters that may be an abbreviation printed without its Đ. */
const LONE_ABBREVIATION = /^[A-ZĐ]{3,}$/u;

function setRule(into: TokenRules, line: number, piece: Piece, to: string): void {
  let byStart = into.get(line);
  if (!byStart) {
    byStart = new Map();
    into.set(line, byStart);
  }
  byStart.set(piece.start, { from: piece.text, to, reason: 'dictionary' });
}

/**
 * A code's letter segment: a capital first, at most two lower-case letters (TTg, TTr), and perhaps a unit's number
 * after its letters (the police's PV01, PC06 in 41/HD-CAT-PV01).
 */
const CODE_SEGMENT = /^\p{Lu}[\p{L}&]*\d{0,3}$/u;

function isCodeLike(segment: string): boolean {
  return CODE_SEGMENT.test(segment) && (segment.match(/\p{Ll}/gu)?.length ?? 0) <= 2;
}

/** Spellings reached by reading one or two of the segment's substrings as Đ. */
function strokeVariants(segment: string, depth: number, into: Map<string, number>, level = 1): void {
  for (const reading of D_STROKE_READINGS) {
    let at = segment.indexOf(reading);
    while (at >= 0) {
      const variant = segment.slice(0, at) + 'Đ' + segment.slice(at + reading.length);
      if (!into.has(variant) || (into.get(variant) as number) > level) into.set(variant, level);
      if (depth > 1) strokeVariants(variant, depth - 1, into, level + 1);
      at = segment.indexOf(reading, at + 1);
    }
  }
}

/** The known segment an OCR segment stands for: itself when known, else the one variant with fewest Đ readings. */
export function repairCodeSegment(segment: string, known: ReadonlySet<string>, corrections?: ReadonlyMap<string, string>): string | null {
  if (known.has(segment)) return segment;
  const listed = corrections?.get(segment);
  if (listed !== undefined) return listed;
  const variants = new Map<string, number>();
  strokeVariants(segment, 2, variants);
  for (const level of [1, 2]) {
    const hits = [...variants].filter(([variant, l]) => l === level && known.has(variant)).map(([variant]) => variant);
    const distinct = [...new Set(hits)];
    if (distinct.length === 1) return distinct[0] as string;
    if (distinct.length > 1) return null;
  }
  return null;
}

/** Consonant readings of Đ: a vowel (O) read as Đ inside a longer segment would make words of headings codes. */
const CONSONANT_STROKE_READINGS = D_STROKE_READINGS.filter((reading) => !/[AEIOUÐ]/u.test(reading));

/**
 * A segment of a code (between `/` and `-`) that no reading of Đ makes a known segment, but that opens with a
 * known one holding the Đ once a consonant reading is read as Đ (BCPQG → BCĐQG: BCĐ, Ban Chỉ đạo, + QG); never a
 * segment printed with a Đ already (PGDĐT). Null when none or several readings do.
 */
export function repairOpeningSegment(segment: string, known: ReadonlySet<string>): string | null {
  if (segment.includes('Đ')) return null;
  const found = new Set<string>();
  for (const reading of CONSONANT_STROKE_READINGS) {
    for (let at = segment.indexOf(reading); at >= 0; at = segment.indexOf(reading, at + 1)) {
      const variant = segment.slice(0, at) + 'Đ' + segment.slice(at + reading.length);
      if (opensWithKnownStroke(variant, known)) found.add(variant);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Whether a known segment with a Đ opens `variant` (its one Đ inside that segment) and letters follow it. */
function opensWithKnownStroke(variant: string, known: ReadonlySet<string>): boolean {
  const stroke = variant.indexOf('Đ');
  for (let end = stroke + 1; end < variant.length; end += 1) {
    if (known.has(variant.slice(0, end)) && variant.length - end >= 2) return true;
  }
  return false;
}

/**
 * Runs of pieces with nothing between them (one printed token such as `15/2023/NQ-HDPND`), split by `/` and `-`.
 */
function gluedRuns(pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  for (const piece of pieces) {
    const last = run[run.length - 1];
    if (last && last.start + last.text.length === piece.start) run.push(piece);
    else {
      if (run.length > 0) runs.push(run);
      run = [piece];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Rules for the letter segments of document codes in `lines`: a run joined by `/` or `-` whose letter segments
 * all look like code segments and which has digits or a known (or repairable) segment. Known segments are kept,
 * repairable ones repaired, and the others kept as printed.
 */
export function codeRules(
  lines: readonly string[],
  known: ReadonlySet<string>,
  into: TokenRules = new Map(),
  /** Explicit corrections (dictionaries/code-corrections.txt: QD → QĐ), tried before the readings of Đ. */
  corrections?: ReadonlyMap<string, string>,
): TokenRules {
  let byLine = lineCaches.get(known);
  if (!byLine) {
    byLine = new Map();
    lineCaches.set(known, byLine);
  }
  lines.forEach((text, index) => {
    let repairs = byLine.get(text);
    if (!repairs) {
      repairs = codeRepairsOfLine(text, known, corrections);
      if (byLine.size >= 50_000) byLine.clear();
      byLine.set(text, repairs);
    }
    for (const [piece, to] of repairs) setRule(into, index + 1, piece, to);
  });
  return into;
}

/** Per known-segment set, the repairs of each line text (codes do not depend on other lines). */
const lineCaches = new WeakMap<ReadonlySet<string>, Map<string, Array<[Piece, string]>>>();

function codeRepairsOfLine(text: string, known: ReadonlySet<string>, corrections?: ReadonlyMap<string, string>): Array<[Piece, string]> {
  const out: Array<[Piece, string]> = [];
  for (const run of gluedRuns(piecesOfLine(text))) {
    const separators = run.filter((p) => p.kind === 'punct' && /^[/\-–]$/u.test(p.text));
    if (separators.length === 0) {
      // A lone all-caps abbreviation (TT HPND huyện): repaired when one reading of Đ makes it a known segment.
      const lone = run.filter((p) => p.kind === 'word');
      const word = lone[0];
      if (lone.length !== 1 || !word || !LONE_ABBREVIATION.test(word.text) || known.has(word.text)) continue;
      const to = repairCodeSegment(word.text, known, corrections);
      if (to !== null && to !== word.text) out.push([word, to]);
      continue;
    }
    const words = run.filter((p) => p.kind === 'word');
    if (words.length === 0 || !words.every((p) => isCodeLike(p.text))) continue;
    const hasDigits = run.some((p) => p.kind === 'number');
    const repairs = words.map((p) => repairCodeSegment(p.text, known, corrections) ?? repairOpeningSegment(p.text, known));
    if (!hasDigits && !repairs.some((r) => r !== null)) continue;
    // A segment no reading of Đ explains stays as printed: a code is never read as syllables.
    words.forEach((piece, k) => out.push([piece, repairs[k] ?? piece.text]));
  }
  return out;
}
