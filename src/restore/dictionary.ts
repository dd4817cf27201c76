/** Loads and validates the dictionary files the restorer uses at run time. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import {
  DICTIONARY_FILES,
  parseCodeCorrections,
  parseCorrections,
  parsePhrases,
  parseProtected,
  type DictionaryIssue,
} from '../schema/dictionary.js';
import { InputFileError } from '../errors/index.js';
import { PERSON_NAMES_FILE } from './person-names.js';
import { PLACE_NAMES_FILE } from './place-names.js';

export interface RestoreDictionary {
  /** Lowercase OCR word sequences and their corrections (same number of words). */
  corrections: Array<{ from: string[]; to: string[] }>;
  protectedTokens: ReadonlySet<string>;
  /** Upper-case abbreviation as misread → as printed (QD → QĐ). */
  codeCorrections: ReadonlyMap<string, string>;
  phrases: string[];
  version: string;
}

function readOptional(dir: string, name: string): { path: string; source: string } {
  const path = join(dir, name);
  return { path, source: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

function failOn(issues: readonly DictionaryIssue[]): void {
  const first = issues[0];
  if (first) throw new InputFileError(`${first.file}:${first.line}`, first.message, 'run `vnplan dict check` to list every problem');
}

export function loadRestoreDictionary(dir: string): RestoreDictionary {
  const phrasesFile = readOptional(dir, DICTIONARY_FILES.phrases);
  const correctionsFile = readOptional(dir, DICTIONARY_FILES.corrections);
  const protectedFile = readOptional(dir, DICTIONARY_FILES.protected);
  const codesFile = readOptional(dir, DICTIONARY_FILES.codeCorrections);
  const phrases = parsePhrases(phrasesFile.path, phrasesFile.source);
  const corrections = parseCorrections(correctionsFile.path, correctionsFile.source);
  const protectedTokens = parseProtected(protectedFile.path, protectedFile.source);
  const codes = parseCodeCorrections(codesFile.path, codesFile.source);
  failOn([...phrases.issues, ...corrections.issues, ...protectedTokens.issues, ...codes.issues]);
  const hash = createHash('sha256');
  // The name lists the decoder reads beside these files change its output too.
  const nameLists = [readOptional(dir, PERSON_NAMES_FILE), readOptional(dir, PLACE_NAMES_FILE)];
  for (const file of [phrasesFile, correctionsFile, protectedFile, codesFile, ...nameLists]) hash.update(file.source).update('\0');
  return {
    corrections: corrections.entries.map(({ value }) => ({
      from: value.from.toLowerCase().split(' '),
      to: value.to.split(' '),
    })),
    protectedTokens: new Set(protectedTokens.entries.map((e) => e.value.token)),
    codeCorrections: new Map(codes.entries.map((e) => [e.value.from, e.value.to])),
    phrases: phrases.entries.map((e) => e.value.phrase),
    version: `dict-${hash.digest('hex').slice(0, 12)}`,
  };
}
