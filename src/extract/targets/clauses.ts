// Clauses, sentences and quotations around a figure.
export function clauseBeforeOf(folded: string, at: number): string {
  return folded.slice(Math.max(0, at - 100), at).split(/[;:\n]|\.(?!\d)/).at(-1) ?? '';
}

export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // A quotation left open (OCR lost the closing mark) is taken to run to the end of its line at most.
  for (const match of text.matchAll(/“[^”\n]{0,300}”?/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[;:\n]/.test(text[from - 1]!) && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !/[;:\n]/.test(text[to]!) && !isSentenceEnd(text, to)) to++;
  return { start: from, end: to };
}

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && !isSentenceEnd(text, to)) to++;
  return { start: from, end: Math.min(text.length, to + 1) };
}

/** A full stop that ends a sentence (not the dot inside `2.5` or `TP.`). */
export function isSentenceEnd(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const next = text[at + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  return !/\d/.test(text[at - 1] ?? '') || next === undefined || /\s\p{Lu}/u.test(text.slice(at + 1, at + 3));
}
