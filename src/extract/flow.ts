import { fold } from '../structure/fold.js';

/**
 * Lines of a range joined into flowing text (wrapped lines joined by a space, a blank line kept as `\n`,
 * markdown `*` dropped), with its folded form and a map from every character back to its line and column.
 */
export class FlowText {
  readonly text: string;
  readonly folded: string;
  private readonly lineOf: number[];
  private readonly columnOf: number[];

  constructor(
    /** Every line of the document (index 0 is line 1), not only the range. */
    readonly lines: readonly string[],
    firstLine = 1,
    lastLine = lines.length,
  ) {
    let text = '';
    const lineOf: number[] = [];
    const columnOf: number[] = [];
    let pendingBreak = false;
    let previousLine = firstLine;
    for (let number = firstLine; number <= lastLine; number++) {
      const line = lines[number - 1] ?? '';
      const kept: number[] = [];
      for (let col = 0; col < line.length; col++) if (line[col] !== '*') kept.push(col);
      let start = 0;
      let end = kept.length;
      while (start < end && /\s/.test(line[kept[start]!]!)) start++;
      while (end > start && /\s/.test(line[kept[end - 1]!]!)) end--;
      if (start === end) {
        if (text !== '') pendingBreak = true;
        continue;
      }
      if (text !== '') {
        const separator = pendingBreak && !continuesAcrossBlank(text, line.slice(kept[start]!)) ? '\n' : /\S-$/.test(text) ? '' : ' ';
        for (const char of separator) {
          text += char;
          lineOf.push(previousLine);
          columnOf.push((lines[previousLine - 1] ?? '').length);
        }
      }
      pendingBreak = false;
      for (let k = start; k < end; k++) {
        const col = kept[k]!;
        text += line[col]!;
        lineOf.push(number);
        columnOf.push(col);
      }
      previousLine = number;
    }
    this.text = text;
    this.folded = fold(text);
    this.lineOf = lineOf;
    this.columnOf = columnOf;
  }

  /** 1-based line of the character at `offset`. */
  lineAt(offset: number): number {
    return this.lineOf[Math.min(Math.max(0, offset), this.lineOf.length - 1)] ?? 1;
  }

  /** The span [start, end) as it stands in the original lines (line breaks kept). */
  rawSpan(start: number, end: number): string {
    if (end <= start || this.lineOf.length === 0) return '';
    const last = Math.min(end, this.lineOf.length) - 1;
    const startLine = this.lineOf[start]!;
    const endLine = this.lineOf[last]!;
    const startCol = this.columnOf[start]!;
    const endCol = this.columnOf[last]! + 1;
    if (startLine === endLine) return (this.lines[startLine - 1] ?? '').slice(startCol, endCol);
    const parts = [(this.lines[startLine - 1] ?? '').slice(startCol)];
    for (let number = startLine + 1; number < endLine; number++) parts.push(this.lines[number - 1] ?? '');
    parts.push((this.lines[endLine - 1] ?? '').slice(0, endCol));
    return parts.join('\n');
  }
}

/**
 * A blank line inside a sentence (a page break, a scan gap) does not end the paragraph: the text before ends
 * with a comma or a word, and the text after goes on in lower case (or after a comma).
 */
function continuesAcrossBlank(before: string, after: string): boolean {
  if (/,\s*$/.test(before)) return true;
  return /[\p{L}\d]\s*$/u.test(before) && /^\p{Ll}/u.test(after);
}
