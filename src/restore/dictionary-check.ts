/**
 * `vnplan dict check` and `vnplan dict add` as library functions: format errors with file:line, duplicates,
 * conflicting entries, and each correction applied to its own example.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DICTIONARY_FILES,
  parseCodeCorrections,
  parseCorrections,
  parsePhrases,
  parseProtected,
  type DictionaryIssue,
  type DictionaryKind,
  type EntryAt,
} from '../schema/dictionary.js';
import { UsageError } from '../errors/index.js';
import { isMinorityNameSyllable, isPolysyllabicNameWord, isValidSyllable, normalizeVietnamese } from '../vietnamese/index.js';
import type { Restorer } from './index.js';
import { CODE_SEGMENTS_FILE, parseCodeSegmentLines } from './codes.js';
import { PLACE_NAMES_FILE, PlaceNameLineError, parsePlaceNames } from './place-names.js';

/**
 * A phrase may hold syllables, numbers, abbreviations written in capitals (UBND, HĐND) and, written with a
 * capital as names are, syllables of Highland and North-West names (Krông, Ksor, Niê) and such names of two or
 * three syllables written as one word (Pleiku, Krông Ana, Cư Kuin).
 */
function isPhraseWord(word: string): boolean {
  return (
    isValidSyllable(word) ||
    /^\d+$/u.test(word) ||
    /^[\p{Lu}\d]+$/u.test(word) ||
    (/^\p{Lu}/u.test(word) && (isMinorityNameSyllable(word) || isPolysyllabicNameWord(word)))
  );
}

/** A Highland name with a glottal apostrophe (Cư M'gar, Ea H'leo, Đắk R'lấp): a capital, ', then a syllable. */
function isApostropheName(word: string): boolean {
  const match = /^(\p{Lu})['’](\p{L}+)$/u.exec(word);
  if (!match) return false;
  const rest = match[2] as string;
  return isValidSyllable(rest) || isMinorityNameSyllable(rest);
}

export interface DictionaryCheckReport {
  entries: number;
  issues: DictionaryIssue[];
}

function source(dir: string, kind: DictionaryKind): { path: string; text: string } {
  const path = join(dir, DICTIONARY_FILES[kind]);
  return { path, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

function duplicates<T>(file: string, entries: readonly EntryAt<T>[], keyOf: (value: T) => string, what: string): DictionaryIssue[] {
  const firstLine = new Map<string, number>();
  const issues: DictionaryIssue[] = [];
  for (const { value, line } of entries) {
    const key = keyOf(value);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else issues.push({ file, line, message: `duplicate ${what} (first on line ${first})` });
  }
  return issues;
}

/** Checks every dictionary file; with a restorer, also applies each correction to its own example. */
export function checkDictionaries(dir: string, restorer?: Restorer): DictionaryCheckReport {
  const phrasesFile = source(dir, 'phrases');
  const correctionsFile = source(dir, 'corrections');
  const protectedFile = source(dir, 'protected');
  const codesFile = source(dir, 'codeCorrections');
  const phrases = parsePhrases(phrasesFile.path, phrasesFile.text);
  const corrections = parseCorrections(correctionsFile.path, correctionsFile.text);
  const protectedTokens = parseProtected(protectedFile.path, protectedFile.text);
  const codes = parseCodeCorrections(codesFile.path, codesFile.text);
  const issues: DictionaryIssue[] = [...phrases.issues, ...corrections.issues, ...protectedTokens.issues, ...codes.issues];

  issues.push(...duplicates(phrasesFile.path, phrases.entries, (e) => e.phrase, 'phrase'));
  issues.push(...duplicates(protectedFile.path, protectedTokens.entries, (e) => e.token, 'protected token'));
  for (const { value, line } of phrases.entries) {
    const odd = (value.phrase.match(/[\p{L}\d]+(?:['’]\p{L}+)?/gu) ?? []).filter((word) => !isPhraseWord(word) && !isApostropheName(word));
    if (odd.length > 0) issues.push({ file: phrasesFile.path, line, message: `neither a Vietnamese syllable nor a capitalised minority-name syllable: ${odd.map((w) => `\`${w}\``).join(', ')}` });
  }

  // Corrections: the same OCR reading may have one correction only.
  const correctionByFrom = new Map<string, EntryAt<{ from: string; to: string }>>();
  for (const entry of corrections.entries) {
    const key = entry.value.from.toLowerCase();
    const first = correctionByFrom.get(key);
    if (!first) correctionByFrom.set(key, entry);
    else if (first.value.to === entry.value.to) {
      issues.push({ file: correctionsFile.path, line: entry.line, message: `duplicate correction (first on line ${first.line})` });
    } else {
      issues.push({
        file: correctionsFile.path,
        line: entry.line,
        message: `conflicting correction: \`${entry.value.from}\` → \`${entry.value.to}\` here, → \`${first.value.to}\` on line ${first.line}`,
      });
    }
  }
  const protectedSet = new Set(protectedTokens.entries.map((e) => e.value.token));
  for (const { value, line } of corrections.entries) {
    for (const word of value.from.split(' ')) {
      if (protectedSet.has(word)) issues.push({ file: correctionsFile.path, line, message: `\`${word}\` is a protected token; the correction can never apply` });
    }
    for (const word of value.to.split(' ')) {
      if (!isValidSyllable(word) && !protectedSet.has(word)) {
        issues.push({ file: correctionsFile.path, line, message: `\`${word}\` in the correction is not a Vietnamese syllable` });
      }
    }
  }
  const codeByFrom = new Map<string, EntryAt<{ from: string; to: string }>>();
  for (const entry of codes.entries) {
    const first = codeByFrom.get(entry.value.from);
    if (!first) codeByFrom.set(entry.value.from, entry);
    else {
      const what = first.value.to === entry.value.to ? 'duplicate code correction' : `conflicting code correction (→ \`${first.value.to}\` on line ${first.line})`;
      issues.push({ file: codesFile.path, line: entry.line, message: `${what}` });
    }
    if (protectedSet.has(entry.value.from)) {
      issues.push({ file: codesFile.path, line: entry.line, message: `\`${entry.value.from}\` is also a protected token` });
    }
  }

  const segments = checkCodeSegments(dir, codes.entries);
  issues.push(...segments.issues);
  issues.push(...checkPlaceNames(dir));

  if (restorer) {
    for (const { value, line } of corrections.entries) {
      const restored = restorer.restore(value.from).text;
      if (restored !== value.to) {
        issues.push({ file: correctionsFile.path, line, message: `applied to its own example \`${value.from}\` the restorer gives \`${restored}\`, not \`${value.to}\`` });
      }
    }
    for (const { value, line } of codes.entries) {
      const example = `1/${value.from}-UBND`;
      const restored = restorer.restore(example).text;
      if (restored !== `1/${value.to}-UBND`) {
        issues.push({ file: codesFile.path, line, message: `applied to the example \`${example}\` the restorer gives \`${restored}\`` });
      }
    }
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const entries = phrases.entries.length + corrections.entries.length + protectedTokens.entries.length + codes.entries.length + segments.entries;
  return { entries, issues };
}

/**
 * code-segments.txt: lines that are no segment, duplicates, two spellings of one segment that differ in case only
 * (TTg and TTG: the repair could pick either), and a segment that is the misread side of a code correction (QD
 * listed while `QD → QĐ` rewrites it: the list would keep the misreading the correction exists to repair).
 */
function checkCodeSegments(dir: string, codeCorrections: ReadonlyArray<EntryAt<{ from: string; to: string }>>): { entries: number; issues: DictionaryIssue[] } {
  const path = join(dir, CODE_SEGMENTS_FILE);
  if (!existsSync(path)) return { entries: 0, issues: [] };
  const parsed = parseCodeSegmentLines(path, readFileSync(path, 'utf8'));
  const issues: DictionaryIssue[] = [...parsed.issues, ...duplicates(path, parsed.entries, (segment) => segment, 'code segment')];
  const firstByFolded = new Map<string, EntryAt<string>>();
  for (const entry of parsed.entries) {
    const folded = entry.value.toUpperCase();
    const first = firstByFolded.get(folded);
    if (!first) firstByFolded.set(folded, entry);
    else if (first.value !== entry.value) {
      issues.push({ file: path, line: entry.line, message: `conflicting code segment: \`${entry.value}\` here, \`${first.value}\` on line ${first.line} (they differ in case only)` });
    }
  }
  const correctionOf = new Map(codeCorrections.map((c) => [c.value.from, c.value.to]));
  for (const { value, line } of parsed.entries) {
    const to = correctionOf.get(value);
    if (to !== undefined && to !== value) {
      issues.push({ file: path, line, message: `conflicting code segment: \`${value}\` is the misreading code-corrections.txt rewrites to \`${to}\`` });
    }
  }
  return { entries: parsed.entries.length, issues };
}

const KIND_ALIASES: Readonly<Record<string, DictionaryKind>> = {
  phrase: 'phrases',
  phrases: 'phrases',
  correction: 'corrections',
  corrections: 'corrections',
  protected: 'protected',
  code: 'codeCorrections',
  'code-correction': 'codeCorrections',
};

export function dictionaryKindOf(name: string): DictionaryKind {
  const kind = KIND_ALIASES[name];
  if (!kind) throw new UsageError(`unknown dictionary kind \`${name}\` (use phrase, correction, protected or code)`);
  return kind;
}

/**
 * Validates one new entry against its file (format, duplicate, conflict) and appends it.
 * Returns the line as written and its 1-based line number.
 */
export function addDictionaryEntry(dir: string, kind: DictionaryKind, entryText: string): { file: string; line: number; entry: string } {
  const entry = normalizeVietnamese(entryText.trim().replace(/\s+/g, ' ')).replace(/\s*=>\s*/, ' → ');
  const { path, text } = source(dir, kind);
  const withEntry = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}\n`;
  const lineNumber = withEntry.split('\n').length - 1;
  const parsers = { phrases: parsePhrases, corrections: parseCorrections, protected: parseProtected, codeCorrections: parseCodeCorrections };
  const parsed = parsers[kind](path, withEntry);
  const own = parsed.issues.find((issue) => issue.line === lineNumber);
  if (own) throw new UsageError(`${path}:${own.line}: ${own.message}`);
  const tempDirIssues = checkDictionaryText(kind, path, withEntry).filter((issue) => issue.line === lineNumber);
  if (tempDirIssues[0]) throw new UsageError(`${path}:${lineNumber}: ${tempDirIssues[0].message}`);
  appendFileSync(path, `${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}\n`);
  return { file: path, line: lineNumber, entry };
}

/** Duplicate and conflict checks of one file's text (what `add` must not introduce). */
function checkDictionaryText(kind: DictionaryKind, path: string, text: string): DictionaryIssue[] {
  switch (kind) {
    case 'phrases':
      return duplicates(path, parsePhrases(path, text).entries, (e) => e.phrase, 'phrase');
    case 'protected':
      return duplicates(path, parseProtected(path, text).entries, (e) => e.token, 'protected token');
    case 'corrections':
      return duplicates(path, parseCorrections(path, text).entries, (e) => e.from.toLowerCase(), 'correction for this OCR reading');
    case 'codeCorrections':
      return duplicates(path, parseCodeCorrections(path, text).entries, (e) => e.from, 'code correction');
  }
}

/** place-names.txt (when present): its first malformed line (the file is generated; one error names the cause). */
function checkPlaceNames(dir: string): DictionaryIssue[] {
  const path = join(dir, PLACE_NAMES_FILE);
  if (!existsSync(path)) return [];
  try {
    parsePlaceNames(path, readFileSync(path, 'utf8'));
    return [];
  } catch (error) {
    if (error instanceof PlaceNameLineError) return [{ file: path, line: error.line, message: error.reason }];
    throw error;
  }
}
