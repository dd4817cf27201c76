/**
 * The held-out evaluation set is only worth something if its gold is consistent with its text: every line number
 * points at the line that prints the item, the garbled files keep the clean files' line structure. These tests check
 * the fixtures (they do not run the restorer or the extractor) and the pure parts of scripts/make-holdout.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contains, readPlanFixture, sentencesOf } from '../support/plan-fixture.js';
import {
  assembleGarbled,
  blocksForLines,
  HOLDOUT_DOCS,
  HOLDOUT_GROUPS,
  HOLDOUT_LAYOUTS,
  HoldoutGoldSchema,
  isBoldLine,
  oneLine,
  splitLines,
  TUNING_DOCS,
} from '../../scripts/make-holdout.js';

const holdoutDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'fixtures/holdout');

const read = (name: string) => readFileSync(join(holdoutDir, name), 'utf8');

const goldTexts = () => ['000', '001', '002'].map((id) => readFileSync(join(holdoutDir, '../gold', `${id}.gold.txt`), 'utf8'));
/** Counts written in words that a target may carry (`mỗi phường một …`). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4 };
/** Numbers printed on a line, as values: `02` → 2, `150.000` → 150000, `96,5%` → 96.5, `15%/năm` → 15, `một` → 1. */
const numbersOn = (line: string) => [
  ...[...line.matchAll(/\d+(?:\.\d{3})*(?:,\d+)?/gu)].map((m) => Number(m[0].replace(/\./gu, '').replace(',', '.'))),
  ...line
    .toLocaleLowerCase('vi')
    .split(/[\s,.;:()]+/u)
    .flatMap((word) => (word in NUMBER_WORDS ? [NUMBER_WORDS[word] as number] : [])),
];

describe.each(HOLDOUT_DOCS)('holdout %s', (id) => {
  const { clean, lines, gold, lineAt, around } = readPlanFixture(holdoutDir, id);

  it('is clean NFC text of 60–150 lines, wrapped like a printed page', () => {
    expect(clean).toBe(clean.normalize('NFC'));
    expect(lines.length).toBeGreaterThanOrEqual(60);
    expect(lines.length).toBeLessThanOrEqual(150);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(90);
  });

  it('has a garbled version with exactly the same line structure', () => {
    const garbled = splitLines(read(`${id}.garbled.txt`));
    expect(garbled).toHaveLength(lines.length);
    lines.forEach((line, k) => {
      if (line.trim() === '') expect(garbled[k]).toBe('');
    });
    const unchanged = garbled.filter((line, k) => line !== '' && line === lines[k]).length;
    expect(unchanged).toBeLessThan(lines.filter((line) => /[^\x00-\x7f]/u.test(line)).length);
  });

  it('names the doc it scores', () => {
    expect(gold.doc).toBe(`${id}.garbled.txt`);
  });

  it('has metadata that the text prints', () => {
    const text = lines.join(' ');
    for (const value of [gold.metadata.number, gold.metadata.place, gold.metadata.signer, gold.metadata.title]) {
      if (value) expect(contains(text, value), value).toBe(true);
    }
  });

  it('lists sections that are printed as Roman-numbered headings', () => {
    for (const section of gold.sections) expect(lines).toContain(`${section.number}. ${section.title}`);
  });

  it('lists each reference number once, as printed', () => {
    const numbers = gold.references.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(clean.includes(number), number).toBe(true);
  });

  it('points every date at the line that prints it', () => {
    for (const date of gold.dates) {
      expect(contains(lineAt(date.line), date.text), `${date.text} @${date.line}`).toBe(true);
      const [, month, day] = /^(?:\d{4}|-)-(\d\d)-(\d\d)$/u.exec(date.iso) ?? [];
      expect(month && day, date.iso).toBeTruthy();
      expect(date.text).toMatch(new RegExp(`(?:^|\\D)0?${Number(day)}(?:\\D|$)`, 'u'));
      expect(date.text).toMatch(new RegExp(`(?:^|\\D)0?${Number(month)}(?:\\D|$)`, 'u'));
    }
  });

  it('points every target at the line that prints its value', () => {
    for (const target of gold.targets) {
      expect(numbersOn(lineAt(target.line)), `${target.value} @${target.line}`).toContain(target.value);
      if (target.valueMax !== null) expect(numbersOn(around(target.line))).toContain(target.valueMax);
      expect(contains(around(target.line), target.unit), `${target.unit} @${target.line}`).toBe(true);
      expect(target.section).toMatch(/^[IVX]+\.\d+$/u);
    }
  });

  it('points every agency at the line where its name starts, inside TỔ CHỨC THỰC HIỆN', () => {
    const partLine = lines.findIndex((line) => /^[IVX]+\. TỔ CHỨC THỰC HIỆN$/u.test(line)) + 1;
    expect(partLine).toBeGreaterThan(0);
    const partNumber = (lines[partLine - 1] as string).split('.')[0];
    for (const agency of gold.agencies) {
      expect(agency.line).toBeGreaterThan(partLine);
      expect(agency.section).toMatch(new RegExp(`^${partNumber}\\.\\d+$`, 'u'));
      expect(contains(around(agency.line), agency.name), `${agency.name} @${agency.line}`).toBe(true);
      expect(contains(lineAt(agency.line), agency.name.split(' ').slice(0, 2).join(' '))).toBe(true);
    }
  });
});

describe('holdout document list', () => {
  it('has eleven groups of four, H1–H4, H5–H8, H9–H12, H13–H16, H17–H20, H21–H24, H25–H28, H29–H32, H33–H36, H37–H40 and the final judge H41–H44, each with a scan layout and files', () => {
    expect(HOLDOUT_GROUPS['H1–H4']).toEqual(['H1', 'H2', 'H3', 'H4']);
    expect(HOLDOUT_GROUPS['H5–H8']).toEqual(['H5', 'H6', 'H7', 'H8']);
    expect(HOLDOUT_GROUPS['H9–H12']).toEqual(['H9', 'H10', 'H11', 'H12']);
    expect(HOLDOUT_GROUPS['H13–H16']).toEqual(['H13', 'H14', 'H15', 'H16']);
    expect(HOLDOUT_GROUPS['H17–H20']).toEqual(['H17', 'H18', 'H19', 'H20']);
    expect(HOLDOUT_GROUPS['H21–H24']).toEqual(['H21', 'H22', 'H23', 'H24']);
    expect(HOLDOUT_GROUPS['H25–H28']).toEqual(['H25', 'H26', 'H27', 'H28']);
    expect(HOLDOUT_GROUPS['H29–H32']).toEqual(['H29', 'H30', 'H31', 'H32']);
    expect(HOLDOUT_GROUPS['H33–H36']).toEqual(['H33', 'H34', 'H35', 'H36']);
    expect(HOLDOUT_GROUPS['H37–H40']).toEqual(['H37', 'H38', 'H39', 'H40']);
    expect(HOLDOUT_GROUPS['H41–H44']).toEqual(['H41', 'H42', 'H43', 'H44']);
    expect([...HOLDOUT_DOCS]).toEqual([
      ...HOLDOUT_GROUPS['H1–H4'],
      ...HOLDOUT_GROUPS['H5–H8'],
      ...HOLDOUT_GROUPS['H9–H12'],
      ...HOLDOUT_GROUPS['H13–H16'],
      ...HOLDOUT_GROUPS['H17–H20'],
      ...HOLDOUT_GROUPS['H21–H24'],
      ...HOLDOUT_GROUPS['H25–H28'],
      ...HOLDOUT_GROUPS['H29–H32'],
      ...HOLDOUT_GROUPS['H33–H36'],
      ...HOLDOUT_GROUPS['H37–H40'],
      ...HOLDOUT_GROUPS['H41–H44'],
    ]);
    const seeds = Object.values(HOLDOUT_LAYOUTS).map((layout) => layout.degrade.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const id of HOLDOUT_DOCS) {
      expect(HOLDOUT_LAYOUTS[id], id).toBeDefined();
      expect(() => read(`${id}.garbled.txt`)).not.toThrow();
    }
  });

  it('keeps the H5–H8 plans free of sentences of H1–H4 and of the gold texts', () => {
    const earlier = new Set([...HOLDOUT_GROUPS['H1–H4'].map((id) => read(`${id}.clean.txt`)), ...goldTexts()].flatMap(sentencesOf));
    for (const id of HOLDOUT_GROUPS['H5–H8']) {
      for (const sentence of sentencesOf(read(`${id}.clean.txt`))) expect(earlier.has(sentence), `${id}: ${sentence}`).toBe(false);
    }
  });

  it('keeps the final judge H9–H12 free of sentences of the gold texts, the seed 003, H1–H4 and the tuning plans', () => {
    const seed = readFileSync(join(holdoutDir, '../seeds/003_353ee045aea87079.txt'), 'utf8');
    const tuning = TUNING_DOCS.map((id) => readFileSync(join(holdoutDir, '../tuning', `${id}.clean.txt`), 'utf8'));
    const earlier = new Set([...HOLDOUT_GROUPS['H1–H4'].map((id) => read(`${id}.clean.txt`)), ...goldTexts(), seed, ...tuning].flatMap(sentencesOf));
    const seen = new Map<string, string>();
    for (const id of HOLDOUT_GROUPS['H9–H12']) {
      for (const sentence of sentencesOf(read(`${id}.clean.txt`))) {
        expect(earlier.has(sentence), `${id}: ${sentence}`).toBe(false);
        expect(seen.get(sentence), `${id} repeats ${seen.get(sentence)}: ${sentence}`).toBeUndefined();
        seen.set(sentence, id);
      }
    }
  });
});

/**
 * The judges written as whole plans, each checked against the texts its writer could have copied from: the gold texts,
 * the seed 003, the tuning plans and the earlier held-out groups listed with it (H13–H16's writer never opened H5–H12;
 * H17–H20, H21–H24, H25–H28, H29–H32, H33–H36, H37–H40 and H41–H44 are checked against every earlier group, by program only).
 */
const WRITTEN_JUDGES = [
  { group: 'H13–H16', earlierGroups: ['H1–H4'] },
  { group: 'H17–H20', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16'] },
  { group: 'H21–H24', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20'] },
  { group: 'H25–H28', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20', 'H21–H24'] },
  { group: 'H29–H32', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20', 'H21–H24', 'H25–H28'] },
  { group: 'H33–H36', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20', 'H21–H24', 'H25–H28', 'H29–H32'] },
  { group: 'H37–H40', earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20', 'H21–H24', 'H25–H28', 'H29–H32', 'H33–H36'] },
  {
    group: 'H41–H44',
    earlierGroups: ['H1–H4', 'H5–H8', 'H9–H12', 'H13–H16', 'H17–H20', 'H21–H24', 'H25–H28', 'H29–H32', 'H33–H36', 'H37–H40'],
  },
] as const satisfies ReadonlyArray<{ group: keyof typeof HOLDOUT_GROUPS; earlierGroups: ReadonlyArray<keyof typeof HOLDOUT_GROUPS> }>;

describe.each(WRITTEN_JUDGES)('final judge $group', ({ group, earlierGroups }) => {
  it('prints each plan on 80–110 lines of at most 84 characters, with a full header, a title and a signer', () => {
    for (const id of HOLDOUT_GROUPS[group]) {
      const { lines, gold } = readPlanFixture(holdoutDir, id);
      expect(lines.length, id).toBeGreaterThanOrEqual(80);
      expect(lines.length, id).toBeLessThanOrEqual(110);
      for (const line of lines) expect(line.length, `${id}: ${line}`).toBeLessThanOrEqual(84);
      expect(lines.slice(0, 6).join(' '), id).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(lines, id).toContain('KẾ HOẠCH');
      const appendix = lines.indexOf('PHỤ LỤC');
      const signerLine = appendix < 0 ? lines.at(-1) : lines.slice(0, appendix).filter((line) => line.trim() !== '').at(-1);
      expect(signerLine, id).toBe(gold.metadata.signer);
    }
  });

  it('has gold of the size the genre gives: 12–20 targets, 4–7 references, 8–14 agencies with a lead, every date kind but issue more than once', () => {
    for (const id of HOLDOUT_GROUPS[group]) {
      const { gold } = readPlanFixture(holdoutDir, id);
      expect(gold.targets.length, id).toBeGreaterThanOrEqual(12);
      expect(gold.targets.length, id).toBeLessThanOrEqual(20);
      expect(gold.references.length, id).toBeGreaterThanOrEqual(4);
      expect(gold.references.length, id).toBeLessThanOrEqual(7);
      expect(gold.agencies.length, id).toBeGreaterThanOrEqual(8);
      expect(gold.agencies.length, id).toBeLessThanOrEqual(14);
      expect(gold.agencies.some((agency) => agency.role === 'lead'), id).toBe(true);
      const kinds = gold.dates.map((date) => date.kind);
      expect(kinds.filter((kind) => kind === 'issue'), id).toHaveLength(1);
      for (const kind of ['reference', 'observance', 'deadline', 'other'] as const) expect(kinds, `${id} ${kind}`).toContain(kind);
    }
  });

  it('copies no sentence from the gold texts, the seed 003, the earlier held-out plans it is checked against or the tuning plans, and repeats none within the group', () => {
    const seed = readFileSync(join(holdoutDir, '../seeds/003_353ee045aea87079.txt'), 'utf8');
    const tuning = TUNING_DOCS.map((id) => readFileSync(join(holdoutDir, '../tuning', `${id}.clean.txt`), 'utf8'));
    const earlierHoldout = earlierGroups.flatMap((name) => HOLDOUT_GROUPS[name].map((id) => read(`${id}.clean.txt`)));
    const earlier = new Set([...earlierHoldout, ...goldTexts(), seed, ...tuning].flatMap(sentencesOf));
    const seen = new Map<string, string>();
    for (const id of HOLDOUT_GROUPS[group]) {
      for (const sentence of sentencesOf(read(`${id}.clean.txt`))) {
        expect(earlier.has(sentence), `${id}: ${sentence}`).toBe(false);
        expect(seen.get(sentence), `${id} repeats ${seen.get(sentence)}: ${sentence}`).toBeUndefined();
        seen.set(sentence, id);
      }
    }
  });
});

describe('make-holdout pure parts', () => {
  it('splits lines without inventing a last empty line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('makes one block per non-empty line and turns empty lines into space before the next', () => {
    const blocks = blocksForLines(['KẾ HOẠCH', '', '', 'I. MỤC TIÊU', 'Nội dung']);
    expect(blocks.map((b) => b.lineIndex)).toEqual([0, 3, 4]);
    expect(blocks[1]?.block.spaceBeforeLines).toBe(2);
    expect(blocks[2]?.block.spaceBeforeLines).toBeUndefined();
    expect(blocks[0]?.block.align).toBe('center');
  });

  it('prints headings bold and body lines regular', () => {
    expect(isBoldLine('II. MỤC TIÊU')).toBe(true);
    expect(isBoldLine('ỦY BAN NHÂN DÂN')).toBe(true);
    expect(isBoldLine('- Lưu: VT.')).toBe(false);
    expect(isBoldLine('Số: 45/KH-UBND')).toBe(false);
    expect(isBoldLine('1. Mục đích')).toBe(false);
  });

  it('puts OCR text back on its clean line and keeps the others empty', () => {
    expect(oneLine(' Ké hoach\nnam 2024 \n')).toBe('Ké hoach nam 2024');
    expect(assembleGarbled(4, [{ lineIndex: 2, text: 'x3\n' }, { lineIndex: 0, text: 'S6:' }])).toEqual(['S6:', '', 'x3', '']);
    expect(() => assembleGarbled(2, [{ lineIndex: 2, text: 'a' }])).toThrow(/outside/u);
  });
});

describe('eval-holdout scoring', () => {
  it('counts restored syllables and the ones the restorer broke, line for line', async () => {
    const { scoreRestoration } = await import('../../bench/lib/restore-scoring.js');
    const score = scoreRestoration('Ke hoạch so 1\nthw vien', 'Kế hoạch sở 1\nthư viện', 'Kế hoạch số 1\nthư viện');
    expect(score.goldSyllables).toBe(5);
    expect(score.outputCorrect).toBe(4);
    expect(score.inputCorrect).toBe(1);
    expect(score.damaged).toBe(0);
    const broken = scoreRestoration('Nghệ An', 'Nghề Ăn', 'Nghệ An');
    expect(broken.damaged).toBe(2);
    expect(broken.damages.map((d) => d.token)).toEqual(['Nghệ', 'An']);
    expect(() => scoreRestoration('a\nb', 'a', 'a\nb')).toThrow(/line counts/u);
  });

  it('matches gold to predictions one to one, in order', async () => {
    const { matchPairs } = await import('../../bench/lib/extract-scoring.js');
    const pairs = matchPairs([1, 1, 2], [1, 2, 3], (g, p) => g === p);
    expect(pairs).toEqual([[1, 1], [2, 2]]);
  });
});
