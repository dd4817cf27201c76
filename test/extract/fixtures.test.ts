import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

interface Gold {
  metadata: Record<string, string | null>;
  references: { type: string; number: string; date: string | null; issuer: string | null }[];
  targets: { value: number; valueMax: number | null; unit: string; year: number | null; line: number }[];
  dates: { iso: string; kind: string; line: number }[];
  agencies: { name: string; role: string; line: number }[];
}

const read = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8').normalize('NFC');

// Clean texts: the gold correction of a seed, and the seed that is already clean.
describe.each([
  ['001', 'gold/001.gold.txt'],
  ['003', 'seeds/003_353ee045aea87079.txt'],
])('clean fixture %s', (id, textPath) => {
  const gold = JSON.parse(read(`gold/${id}.gold.json`)) as Gold;
  const result = run(read(textPath));

  it('reads the metadata fields the gold lists', () => {
    for (const field of ['number', 'kind', 'issuer', 'place', 'date', 'title', 'signer'] as const) {
      expect(result.metadata[field], field).toBe(gold.metadata[field]);
    }
  });

  it('finds every cited document with its type, date and issuer', () => {
    expect(result.references.map(({ type, number, date, issuer }) => ({ type, number, date, issuer }))).toEqual(gold.references);
  });

  it('finds every target with value, range, unit, year and line', () => {
    expect(result.targets.map(({ value, valueMax, unit, year, line }) => ({ value, valueMax, unit, year, line }))).toEqual(
      gold.targets.map(({ value, valueMax, unit, year, line }) => ({ value, valueMax, unit, year, line })),
    );
  });

  it('finds every date with its kind and line', () => {
    expect(result.dates.map(({ iso, kind, line }) => ({ iso, kind, line }))).toEqual(gold.dates.map(({ iso, kind, line }) => ({ iso, kind, line })));
  });

  it('finds every agency with its role and line', () => {
    expect(result.agencies.map(({ name, role, line }) => ({ name, role, line }))).toEqual(gold.agencies.map(({ name, role, line }) => ({ name, role, line })));
  });
});
