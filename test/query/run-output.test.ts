import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../../src/pipeline/batch.js';
import { loadRestorer } from '../../src/restore/index.js';
import { openOutputFolder, PRESETS, presetParameters, VIEWS, type OpenedFolder } from '../../src/query/index.js';

interface RawSection {
  children: RawSection[];
}
interface RawDocument {
  doc: string;
  text: string;
  sections: RawSection[];
  targets: unknown[];
  dates: unknown[];
  references: unknown[];
  agencies: unknown[];
}

const countNodes = (nodes: readonly RawSection[]): number => nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);

/** Row counts per view straight from the JSON text, without the query module's loader. */
function countsFromJson(document: RawDocument): Record<string, number> {
  return {
    documents: 1,
    sections: countNodes(document.sections),
    lines: document.text.split('\n').length,
    targets: document.targets.length,
    dates: document.dates.length,
    references: document.references.length,
    agencies: document.agencies.length,
  };
}

describe('query over a real `vnplan run` output of the seed texts', () => {
  // One short seed keeps the test quick; the check is about views matching the JSON, not about extraction quality.
  const seeds = ['fixtures/seeds/003_353ee045aea87079.txt'];
  let out: string;
  let opened: OpenedFolder;
  let raw: RawDocument[];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'vnplan-query-run-'));
    const restorer = await loadRestorer();
    const report = await runBatch(seeds, { restorer, recognizer: null, ocrMode: 'never' }, { outDir: out, concurrency: 2 });
    expect(report.summary.failed).toBe(0);
    const jsonFiles = (await readdir(out)).filter((name) => name.endsWith('.json'));
    const parsed = await Promise.all(jsonFiles.map(async (name) => JSON.parse(await readFile(join(out, name), 'utf8')) as RawDocument & { schemaName: string }));
    raw = parsed.filter((document) => document.schemaName === 'vnplan.PlanDocument');
    opened = await openOutputFolder(out);
  });
  afterAll(async () => {
    opened?.engine.close();
    await rm(out, { recursive: true, force: true });
  });

  it('loads one plan per seed and skips nothing', async () => {
    expect(opened.folder.documents).toHaveLength(seeds.length);
    expect(raw).toHaveLength(seeds.length);
    expect(opened.folder.skipped).toEqual([]);
  });

  it('every view has, per plan, as many rows as the JSON has items', async () => {
    for (const view of VIEWS) {
      const result = await opened.engine.query(`SELECT doc, count(*) FROM "${view.name}" GROUP BY doc`);
      const actual = Object.fromEntries(result.rows.map(([doc, n]) => [doc as string, n as number]));
      const expected = Object.fromEntries(raw.map((document) => [document.doc, countsFromJson(document)[view.name]!] as const).filter(([, n]) => n > 0));
      expect(actual, view.name).toEqual(expected);
    }
  });

  it('every preset runs on it', async () => {
    for (const preset of PRESETS) {
      const result = await opened.engine.query(preset.sql, presetParameters(preset, preset.needs.includes('year') ? { year: 2025 } : {}));
      expect(result.columns.length).toBeGreaterThan(0);
    }
  });
});
