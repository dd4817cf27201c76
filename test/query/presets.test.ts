import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { findPreset, openOutputFolder, PRESETS, presetParameters, toJsonRows, type OpenedFolder, type PresetOptions } from '../../src/query/index.js';
import { UsageError } from '../../src/errors/index.js';
import { sampleDocuments, writeOutputFolder } from './factory.js';

describe('presets over the sample plans', () => {
  let folder: string;
  let opened: OpenedFolder;
  const run = async (name: string, options: PresetOptions = {}) => {
    const preset = findPreset(name);
    return toJsonRows(await opened.engine.query(preset.sql, presetParameters(preset, options)));
  };

  beforeAll(async () => {
    folder = await writeOutputFolder(sampleDocuments());
    opened = await openOutputFolder(folder);
  });
  afterAll(async () => {
    opened?.engine.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('targets-by-year counts targets and plans per year, the year-less last', async () => {
    expect(await run('targets-by-year')).toEqual([
      { year: 2025, targets: 3, documents: 2, yearly_targets: 0 },
      { year: 2030, targets: 1, documents: 1, yearly_targets: 0 },
      { year: null, targets: 1, documents: 1, yearly_targets: 1 },
    ]);
  });

  it('targets-due lists the targets of one year, by issuer then plan and line', async () => {
    const rows = await run('targets-due', { year: 2025 });
    expect(rows.map((row) => [row.issuer, row.doc, row.line, row.value, row.subject])).toEqual([
      ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'b.pdf', 3, 90, 'tỷ lệ xã có điểm đọc sách'],
      ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'b.pdf', 4, 100, 'tỷ lệ trường học có thư viện'],
      ['Ủy ban nhân dân xã Quảng Nghiệp', 'a.txt', 6, 80, 'tỷ lệ thư viện công cộng'],
    ]);
    expect(await run('targets-due', { year: 2031 })).toEqual([]);
  });

  it('lead-agencies ranks agencies by lead roles, grouping by canonical name', async () => {
    expect(await run('lead-agencies')).toEqual([
      { agency: 'Phòng Văn hóa và Thông tin', lead_roles: 3, participant_roles: 0, documents: 2, tasks: 3 },
      { agency: 'Sở Văn hóa, Thể thao và Du lịch', lead_roles: 1, participant_roles: 0, documents: 1, tasks: 1 },
      { agency: 'Công an xã', lead_roles: 0, participant_roles: 1, documents: 1, tasks: 0 },
    ]);
  });

  it('cited-documents ranks cited codes by how many plans cite them', async () => {
    expect(await run('cited-documents')).toEqual([
      { number: '1520/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2022-12-09', citing_documents: 2, citations: 3 },
      { number: '206/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2021-02-11', citing_documents: 1, citations: 1 },
    ]);
  });

  it('documents gives one line per plan, dated ones first', async () => {
    const rows = await run('documents');
    expect(rows.map((row) => [row.doc, row.number, row.date, row.targets, row.agencies])).toEqual([
      ['b.pdf', '12/KH-UBND', '2022-05-01', 2, 2],
      ['a.txt', '04/KH-UBND', '2023-01-09', 3, 3],
      ['c.txt', null, null, 0, 0],
    ]);
  });

  it('every preset runs', async () => {
    for (const preset of PRESETS) {
      const options = preset.needs.includes('year') ? { year: 2025 } : {};
      await expect(opened.engine.query(preset.sql, presetParameters(preset, options))).resolves.toBeDefined();
    }
  });

  it('rejects an unknown preset, a missing --year and an unused one', () => {
    expect(() => findPreset('nope')).toThrow(UsageError);
    expect(() => presetParameters(findPreset('targets-due'), {})).toThrow(/needs --year/);
    expect(() => presetParameters(findPreset('lead-agencies'), { year: 2025 })).toThrow(/takes no --year/);
  });
});
