/**
 * The tuning plans T1–T76 (fixtures/tuning) direct fixes of the restorer and extractor, so their gold must agree with
 * their text: every line number points at the line that prints the item, the garbled files keep the clean files'
 * line structure, and no sentence is borrowed from the gold texts, the seed 003 or H1–H4. Fixture checks only: the
 * restorer and extractor are not run here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contains, readPlanFixture, sentencesOf } from '../support/plan-fixture.js';
import { FIXTURE_SETS, HOLDOUT_GROUPS, HoldoutGoldSchema, splitLines, TUNING_DOCS, TUNING_GROUPS, TUNING_LAYOUTS } from '../../scripts/make-holdout.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tuningDir = join(repoRoot, FIXTURE_SETS.tuning.dir);
const read = (name: string) => readFileSync(join(tuningDir, name), 'utf8');
/** Counts written in words that a target may carry (`mỗi thôn một đội`, `ba điểm tư vấn`). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4 };
/** Numbers printed on a line, as values: `02` → 2, `20.000` → 20000, `15%/năm` → 15, `một` → 1. */
const numbersOn = (line: string) => [
  ...[...line.matchAll(/\d+(?:\.\d{3})*(?:,\d+)?/gu)].map((m) => Number(m[0].replace(/\./gu, '').replace(',', '.'))),
  ...line.split(/[^\p{L}]+/u).flatMap((word) => (word in NUMBER_WORDS ? [NUMBER_WORDS[word] as number] : [])),
];

/** The provinces and communes reorganised on 1 July 2025 are new bodies even where a name is kept (UBND tỉnh Tuyên
 * Quang after the merger with Hà Giang, T61, is not the UBND tỉnh Tuyên Quang of T13), so a plan dated from then on is
 * told apart from an earlier one of the same name. */
const REORGANISED_FROM = '2025-07-01';
const afterReorganisation = (date: string | null) => (date !== null && date >= REORGANISED_FROM ? ' (from 7/2025)' : '');
const issuerAfterReorganisation = (m: { issuer: string | null; date: string | null }) => `${m.issuer}${afterReorganisation(m.date)}`;
const placeAfterReorganisation = (m: { place: string | null; date: string | null }) => `${m.place}${afterReorganisation(m.date)}`;

describe.each(TUNING_DOCS)('tuning plan %s', (id) => {
  const { clean, lines, gold, lineAt, around } = readPlanFixture(tuningDir, id);

  it('is clean NFC text of 70–120 printed lines, wrapped like a page', () => {
    expect(clean).toBe(clean.normalize('NFC'));
    expect(lines.length).toBeGreaterThanOrEqual(70);
    expect(lines.length).toBeLessThanOrEqual(120);
    for (const line of lines) {
      expect(line.length, line).toBeLessThanOrEqual(88);
      expect(line, 'no trailing or doubled spaces').toBe(line.trim().replace(/ {2,}/gu, ' '));
    }
    expect(TUNING_LAYOUTS[id], 'a scan layout').toBeDefined();
  });

  it('has a garbled version with exactly the same line structure', () => {
    const file = join(tuningDir, `${id}.garbled.txt`);
    expect(existsSync(file), `${id}.garbled.txt: run scripts/make-holdout.ts --set tuning --docs ${id}`).toBe(true);
    const garbled = splitLines(readFileSync(file, 'utf8'));
    expect(garbled).toHaveLength(lines.length);
    lines.forEach((line, k) => {
      if (line.trim() === '') expect(garbled[k]).toBe('');
      else expect(garbled[k], `line ${k + 1}`).not.toBe('');
    });
  });

  it('names the doc it scores and prints its metadata', () => {
    expect(gold.doc).toBe(`${id}.garbled.txt`);
    const text = lines.join(' ');
    for (const value of [gold.metadata.number, gold.metadata.place, gold.metadata.signer, gold.metadata.title]) {
      expect(value).not.toBeNull();
      expect(contains(text, value ?? ''), value ?? '').toBe(true);
    }
    expect(gold.metadata.date).toMatch(/^\d{4}-\d\d-\d\d$/u);
    expect(gold.metadata.kind).toBe('Kế hoạch');
  });

  it('lists exactly the Roman-numbered headings as sections, in order', () => {
    const printed = lines.filter((line) => /^[IVX]+\. /u.test(line));
    expect(gold.sections.map((s) => `${s.number}. ${s.title}`)).toEqual(printed);
  });

  it('lists each reference number once, as printed', () => {
    const numbers = gold.references.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(clean.includes(number), number).toBe(true);
  });

  it('points every date at the line that prints it, with one issue date', () => {
    expect(gold.dates.filter((d) => d.kind === 'issue')).toHaveLength(1);
    for (const date of gold.dates) {
      expect(contains(lineAt(date.line), date.text), `${date.text} @${date.line}`).toBe(true);
      const [, year, month, day] = /^(\d{4}|-)-(\d\d)-(\d\d)$/u.exec(date.iso) ?? [];
      expect(month && day, date.iso).toBeTruthy();
      expect(date.text).toMatch(new RegExp(`(?:^|\\D)0?${Number(day)}(?:\\D|$)`, 'u'));
      expect(date.text).toMatch(new RegExp(`(?:^|\\D)0?${Number(month)}(?:\\D|$)`, 'u'));
      if (year !== '-') expect(date.text).toContain(year);
    }
  });

  it('points every target at the line that prints its value, inside a numbered item of a part', () => {
    for (const target of gold.targets) {
      expect(numbersOn(lineAt(target.line)), `${target.value} @${target.line}`).toContain(target.value);
      if (target.valueMax !== null) expect(numbersOn(around(target.line))).toContain(target.valueMax);
      expect(contains(around(target.line), target.unit === '%' ? '%' : target.unit), `${target.unit} @${target.line}`).toBe(true);
      expect(target.section, 'part, or part.item').toMatch(/^[IVX]+(?:\.\d+)?$/u);
      expect(gold.sections.map((s) => s.number)).toContain(target.section?.split('.')[0]);
    }
  });

  it('points every agency at the line where its name starts, inside TỔ CHỨC THỰC HIỆN', () => {
    const partLine = lines.findIndex((line) => /^[IVX]+\. TỔ CHỨC THỰC HIỆN$/u.test(line)) + 1;
    expect(partLine).toBeGreaterThan(0);
    const partNumber = (lines[partLine - 1] as string).split('.')[0];
    expect(gold.agencies.some((a) => a.role === 'lead')).toBe(true);
    for (const agency of gold.agencies) {
      expect(agency.line).toBeGreaterThan(partLine);
      expect(agency.section).toMatch(new RegExp(`^${partNumber}\\.\\d+$`, 'u'));
      expect(contains(around(agency.line), agency.name), `${agency.name} @${agency.line}`).toBe(true);
      expect(contains(lineAt(agency.line), agency.name.split(' ').slice(0, 2).join(' ')), agency.name).toBe(true);
    }
  });
});

describe('tuning set', () => {
  it('copies no sentence from the gold texts, the clean seed or H1–H4, nor from another tuning plan', () => {
    const goldTexts = ['000', '001', '002'].map((id) => readFileSync(join(repoRoot, 'fixtures/gold', `${id}.gold.txt`), 'utf8'));
    const seed = readFileSync(join(repoRoot, 'fixtures/seeds/003_353ee045aea87079.txt'), 'utf8');
    const holdout = HOLDOUT_GROUPS['H1–H4'].map((id) => readFileSync(join(repoRoot, 'fixtures/holdout', `${id}.clean.txt`), 'utf8'));
    const earlier = new Set([...goldTexts, seed, ...holdout].flatMap(sentencesOf));
    const seen = new Map<string, string>();
    for (const id of TUNING_DOCS) {
      for (const sentence of sentencesOf(read(`${id}.clean.txt`))) {
        expect(earlier.has(sentence), `${id}: ${sentence}`).toBe(false);
        expect(seen.get(sentence), `${id} repeats ${seen.get(sentence)}: ${sentence}`).toBeUndefined();
        seen.set(sentence, id);
      }
    }
  });

  it('lists every plan once in the README table, each from its own issuer', () => {
    const readme = read('README.md');
    const rows = readme.split('\n').filter((line) => /^\| T\d+ \|/u.test(line));
    expect(rows.map((row) => row.split('|')[1]?.trim())).toEqual([...TUNING_DOCS]);
    const issuers = TUNING_DOCS.map((id) => issuerAfterReorganisation(HoldoutGoldSchema.parse(JSON.parse(read(`${id}.gold.json`))).metadata));
    expect(new Set(issuers).size).toBe(issuers.length);
  });

  it('keeps the first-sight plans T13–T16, T17–T22, T23–T28, T29–T34, T35–T40, T41–T46, T47–T52, T53–T58, T59–T64, T65–T70 and T71–T76 as their own groups after T1–T12', () => {
    expect(TUNING_GROUPS['T1–T12']).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    expect(TUNING_GROUPS['T13–T16']).toEqual(['T13', 'T14', 'T15', 'T16']);
    expect(TUNING_GROUPS['T17–T22']).toEqual(['T17', 'T18', 'T19', 'T20', 'T21', 'T22']);
    expect(TUNING_GROUPS['T23–T28']).toEqual(['T23', 'T24', 'T25', 'T26', 'T27', 'T28']);
    expect(TUNING_GROUPS['T29–T34']).toEqual(['T29', 'T30', 'T31', 'T32', 'T33', 'T34']);
    expect(TUNING_GROUPS['T35–T40']).toEqual(['T35', 'T36', 'T37', 'T38', 'T39', 'T40']);
    expect(TUNING_GROUPS['T41–T46']).toEqual(['T41', 'T42', 'T43', 'T44', 'T45', 'T46']);
    expect(TUNING_GROUPS['T47–T52']).toEqual(['T47', 'T48', 'T49', 'T50', 'T51', 'T52']);
    expect(TUNING_GROUPS['T53–T58']).toEqual(['T53', 'T54', 'T55', 'T56', 'T57', 'T58']);
    expect(TUNING_GROUPS['T59–T64']).toEqual(['T59', 'T60', 'T61', 'T62', 'T63', 'T64']);
    expect(TUNING_GROUPS['T65–T70']).toEqual(['T65', 'T66', 'T67', 'T68', 'T69', 'T70']);
    expect(TUNING_GROUPS['T71–T76']).toEqual(['T71', 'T72', 'T73', 'T74', 'T75', 'T76']);
    expect([...TUNING_DOCS]).toEqual([
      ...TUNING_GROUPS['T1–T12'],
      ...TUNING_GROUPS['T13–T16'],
      ...TUNING_GROUPS['T17–T22'],
      ...TUNING_GROUPS['T23–T28'],
      ...TUNING_GROUPS['T29–T34'],
      ...TUNING_GROUPS['T35–T40'],
      ...TUNING_GROUPS['T41–T46'],
      ...TUNING_GROUPS['T47–T52'],
      ...TUNING_GROUPS['T53–T58'],
      ...TUNING_GROUPS['T59–T64'],
      ...TUNING_GROUPS['T65–T70'],
      ...TUNING_GROUPS['T71–T76'],
    ]);
  });

  it('gives each group of first-sight plans its own places, apart from those of the plans before it', () => {
    const places = (ids: readonly string[]) => ids.map((id) => placeAfterReorganisation(HoldoutGoldSchema.parse(JSON.parse(read(`${id}.gold.json`))).metadata));
    const before = new Set(places(TUNING_GROUPS['T1–T12']));
    for (const group of [TUNING_GROUPS['T13–T16'], TUNING_GROUPS['T17–T22'], TUNING_GROUPS['T23–T28'], TUNING_GROUPS['T29–T34'], TUNING_GROUPS['T35–T40'], TUNING_GROUPS['T41–T46'], TUNING_GROUPS['T47–T52'], TUNING_GROUPS['T53–T58'], TUNING_GROUPS['T59–T64'], TUNING_GROUPS['T65–T70'], TUNING_GROUPS['T71–T76']]) {
      for (const place of places(group)) expect(before.has(place), place ?? '').toBe(false);
      for (const place of places(group)) before.add(place);
    }
  });

  it('gives every tuning plan its own seeded scan layout, apart from the held-out ones', () => {
    const seeds = Object.values(TUNING_LAYOUTS).map((layout) => layout.degrade.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const id of TUNING_DOCS) expect(FIXTURE_SETS.holdout.docs).not.toContain(id);
  });
});
