import { stripDiacritics } from '../vietnamese/index.js';

/**
 * Comparison form of Vietnamese text: lower case, no tone or vowel marks, đ → d.
 * The result has exactly the same length (UTF-16 units) as the input, so an index found in the folded text is
 * the same index in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

const cache = new Map<string, string>();

function foldChar(char: string): string {
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  let folded = stripDiacritics(char.toLowerCase()).toLowerCase().replace(/\p{M}/gu, '');
  // Keep the length of the input character whatever Unicode does to an unusual one.
  if (folded.length !== char.length) folded = char;
  cache.set(char, folded);
  return folded;
}

/** Share of letters that are upper case (0 when there are no letters). */
export function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const upper = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length;
  return upper / letters.length;
}

/** Collapses runs of white space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes markdown emphasis markers (`**bold**`, `*italic*`) some text sources carry. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*+/g, '');
}
