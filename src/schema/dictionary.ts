/**
 * The plain-text dictionary files in dictionaries/: one entry a line, `#` starts a comment, blank lines ignored.
 *   domain-phrases.txt   a phrase of the plan genre, with its diacritics      `học tập suốt đời`
 *   corrections.txt      an OCR reading and its correction                    `thw vién → thư viện`
 *   protected.txt        a token the restorer must never change               `UBND`
 *   code-corrections.txt an all-caps abbreviation misread inside codes       `QD → QĐ`
 */
import { z } from 'zod';

export const DICTIONARY_FILES = {
  phrases: 'domain-phrases.txt',
  corrections: 'corrections.txt',
  protected: 'protected.txt',
  codeCorrections: 'code-corrections.txt',
} as const;
export type DictionaryKind = keyof typeof DICTIONARY_FILES;

const ARROW = /\s*(?:→|=>)\s*/;
const noControl = (value: string): boolean => !/[\u0000-\u001f\u007f]/.test(value);
const isNfc = (value: string): boolean => value === value.normalize('NFC');

const text = z
  .string()
  .min(1, 'empty entry')
  .refine(noControl, 'control character in entry')
  .refine(isNfc, 'entry is not Unicode NFC')
  .refine((value) => value === value.trim() && !/\s{2,}/.test(value), 'stray or doubled spaces');

export const PhraseEntrySchema = z.object({
  phrase: text.refine((value) => /\p{L}/u.test(value), 'a phrase needs letters'),
});
export const CorrectionEntrySchema = z
  .object({ from: text, to: text })
  .refine((entry) => entry.from !== entry.to, 'correction does not change anything')
  .refine((entry) => entry.from.split(' ').length === entry.to.split(' ').length, 'from and to must have the same number of words');
export const ProtectedEntrySchema = z.object({ token: text.refine((value) => !/\s/.test(value), 'a protected token is one word') });
export const CodeCorrectionEntrySchema = z
  .object({ from: text, to: text })
  .refine((entry) => /^[A-Z]+$/.test(entry.from), 'from must be upper-case ASCII letters')
  .refine((entry) => entry.from !== entry.to, 'correction does not change anything');

export type PhraseEntry = z.infer<typeof PhraseEntrySchema>;
export type CorrectionEntry = z.infer<typeof CorrectionEntrySchema>;
export type ProtectedEntry = z.infer<typeof ProtectedEntrySchema>;
export type CodeCorrectionEntry = z.infer<typeof CodeCorrectionEntrySchema>;

export interface EntryAt<T> {
  value: T;
  line: number;
}

export interface DictionaryIssue {
  file: string;
  line: number;
  message: string;
}

export interface ParsedDictionaryFile<T> {
  entries: EntryAt<T>[];
  issues: DictionaryIssue[];
}

function contentLines(source: string): Array<{ content: string; line: number }> {
  return source.split(/\r?\n/).flatMap((raw, index) => {
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    return content === '' ? [] : [{ content, line: index + 1 }];
  });
}

function parseWith<T>(
  file: string,
  source: string,
  toRaw: (content: string) => unknown,
  schema: z.ZodType<T>,
): ParsedDictionaryFile<T> {
  const entries: EntryAt<T>[] = [];
  const issues: DictionaryIssue[] = [];
  for (const { content, line } of contentLines(source)) {
    const raw = toRaw(content);
    if (raw === MISSING_ARROW) {
      issues.push({ file, line, message: 'expected `from → to` (or `from => to`)' });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) entries.push({ value: parsed.data, line });
    else issues.push({ file, line, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
  }
  return { entries, issues };
}

const MISSING_ARROW = Symbol('missing arrow');

function splitArrow(content: string): { from: string; to: string } | typeof MISSING_ARROW {
  const parts = content.split(ARROW);
  if (parts.length !== 2) return MISSING_ARROW;
  return { from: parts[0] ?? '', to: parts[1] ?? '' };
}

export function parsePhrases(file: string, source: string): ParsedDictionaryFile<PhraseEntry> {
  return parseWith(file, source, (content) => ({ phrase: content }), PhraseEntrySchema);
}

export function parseCorrections(file: string, source: string): ParsedDictionaryFile<CorrectionEntry> {
  return parseWith(file, source, splitArrow, CorrectionEntrySchema);
}

export function parseProtected(file: string, source: string): ParsedDictionaryFile<ProtectedEntry> {
  return parseWith(file, source, (content) => ({ token: content }), ProtectedEntrySchema);
}

export function parseCodeCorrections(file: string, source: string): ParsedDictionaryFile<CodeCorrectionEntry> {
  return parseWith(file, source, splitArrow, CodeCorrectionEntrySchema);
}
