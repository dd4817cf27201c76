import type { QueryResult, QueryValue } from './engine.js';

export type OutputFormat = 'table' | 'csv' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];

/** Makes Excel read a CSV file as UTF-8 (without it Vietnamese letters come out garbled). */
export const UTF8_BOM = '\uFEFF';

/** How list cells (an agency's tasks, a plan's recipients) are written in CSV and table cells. */
export const LIST_SEPARATOR = ' | ';

/** A cell as plain text; null is the empty string. */
export function cellText(value: QueryValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvField(value: QueryValue, delimiter: string): string {
  const text = cellText(value);
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they must be. */
export function toCsv(result: Pick<QueryResult, 'columns' | 'rows'>, delimiter = ','): string {
  const lines = [result.columns, ...result.rows].map((row) => row.map((value) => csvField(value, delimiter)).join(delimiter));
  return lines.map((line) => `${line}\r\n`).join('');
}

/** Rows as an array of objects keyed by column name; a repeated name gets `_2`, `_3` … so no value is lost. */
export function toJsonRows(result: Pick<QueryResult, 'columns' | 'rows'>): Array<Record<string, QueryValue>> {
  const seen = new Map<string, number>();
  const keys = result.columns.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}_${count}`;
  });
  return result.rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index] ?? null])));
}

export function toJson(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  return `${JSON.stringify(toJsonRows(result), null, 2)}\n`;
}

/** Width on a terminal: combining marks take no column (text is NFC, so they are rare). */
function displayWidth(text: string): number {
  return [...text.normalize('NFC')].filter((char) => !/\p{M}/u.test(char)).length;
}

function truncate(text: string, width: number): string {
  const chars = [...text.normalize('NFC')];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function tableCell(value: QueryValue, maxWidth: number): string {
  return truncate(cellText(value).replace(/\s*[\r\n]+\s*/g, ' ⏎ '), maxWidth);
}

/** An aligned text table for a terminal; long cells are cut at `maxWidth` characters. Numbers align right. */
export function toTable(result: Pick<QueryResult, 'columns' | 'rows'>, maxWidth = 60): string {
  const cells = result.rows.map((row) => row.map((value) => tableCell(value, maxWidth)));
  const numeric = result.columns.map((_, index) => result.rows.length > 0 && result.rows.every((row) => row[index] === null || typeof row[index] === 'number'));
  const widths = result.columns.map((name, index) => Math.max(displayWidth(name), ...cells.map((row) => displayWidth(row[index] ?? ''))));
  const pad = (text: string, index: number): string => {
    const fill = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(text)));
    return numeric[index] ? fill + text : text + fill;
  };
  const line = (row: string[]): string => row.map(pad).join('  ').trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(result.columns), rule, ...cells.map(line)].map((text) => `${text}\n`).join('');
}

export function formatResult(result: QueryResult, format: OutputFormat): string {
  if (format === 'csv') return toCsv(result);
  if (format === 'json') return toJson(result);
  return toTable(result);
}
