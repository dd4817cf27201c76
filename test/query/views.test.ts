import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { openOutputFolder, type OpenedFolder } from '../../src/query/index.js';
import type { PlanDocument, SectionNode } from '../../src/schema/document.js';
import { sampleDocuments, writeOutputFolder } from './factory.js';

function countNodes(nodes: readonly SectionNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/** Rows each view should hold for one document, counted straight from the JSON. */
function expectedCounts(document: PlanDocument): Record<string, number> {
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

describe('views over an output folder', () => {
  const documents = sampleDocuments();
  let folder: string;
  let opened: OpenedFolder;

  beforeAll(async () => {
    folder = await writeOutputFolder(documents, {
      'index.jsonl': '{"doc":"a.txt"}\n',
      'report.json': JSON.stringify({ schemaName: 'vnplan.RunReport', documents: [] }),
    });
    opened = await openOutputFolder(folder);
  });
  afterAll(async () => {
    opened?.engine.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('loads every plan document and nothing else (index.jsonl, report.json and *.txt are not plans)', async () => {
    expect(opened.folder.documents.map((source) => source.file)).toEqual(['a.json', 'b.json', 'c.json']);
    expect(opened.folder.skipped).toEqual([]);
  });

  for (const view of ['documents', 'sections', 'lines', 'targets', 'dates', 'references', 'agencies']) {
    it(`${view}: row count per document matches the JSON`, async () => {
      const result = await opened.engine.query(`SELECT doc, count(*) AS n FROM "${view}" GROUP BY doc`);
      const actual = Object.fromEntries(result.rows.map(([doc, n]) => [doc as string, n as number]));
      const expected = Object.fromEntries(
        documents.map((document) => [document.doc, expectedCounts(document)[view]!] as const).filter(([, n]) => n > 0),
      );
      expect(actual).toEqual(expected);
    });
  }

  it('the documents view counts agree with the item views', async () => {
    const result = await opened.engine.query(`SELECT doc, sections, lines, targets, dates, "references", agencies FROM documents ORDER BY doc`);
    expect(result.rows).toEqual(
      documents.map((document) => {
        const counts = expectedCounts(document);
        return [document.doc, counts.sections, counts.lines, counts.targets, counts.dates, counts.references, counts.agencies];
      }),
    );
  });

  it('flattens the section tree with parent, level, page and pre-order position', async () => {
    const result = await opened.engine.query(`SELECT path, parent, level, kind, line, end_line, page, ordinal, children FROM sections WHERE doc = 'a.txt' ORDER BY ordinal`);
    expect(result.rows).toEqual([
      ['I', null, 1, 'part', 3, 8, 1, 1, 1],
      ['I.1', 'I', 2, 'item', 5, 8, 1, 2, 1],
      ['I.1.a', 'I.1', 3, 'letter', 7, 8, 2, 3, 0],
      ['II', null, 1, 'part', 9, 12, 2, 4, 0],
    ]);
  });

  it('gives each item its document, section title and page (from the page ranges when the item has none)', async () => {
    const result = await opened.engine.query(`SELECT doc_number, doc_issuer, section, section_title, line, page, year, yearly FROM targets WHERE doc = 'a.txt' ORDER BY line`);
    expect(result.rows).toEqual([
      ['04/KH-UBND', 'Ủy ban nhân dân xã Quảng Nghiệp', 'I.1', 'Mục tiêu cụ thể', 6, 1, 2025, false],
      ['04/KH-UBND', 'Ủy ban nhân dân xã Quảng Nghiệp', 'I.1.a', 'Thư viện', 7, 2, 2030, false],
      ['04/KH-UBND', 'Ủy ban nhân dân xã Quảng Nghiệp', 'II', 'TỔ CHỨC THỰC HIỆN', 10, 2, null, true],
    ]);
  });

  it('places each line in its innermost section and keeps the raw line beside it', async () => {
    const result = await opened.engine.query(`SELECT line, page, section, text = raw_ocr FROM lines WHERE doc = 'a.txt' AND line IN (2, 4, 6, 8, 9) ORDER BY line`);
    expect(result.rows).toEqual([
      [2, 1, null, true],
      [4, 1, 'I', true],
      [6, 1, 'I.1', true],
      [8, 2, 'I.1.a', true],
      [9, 2, 'II', true],
    ]);
  });

  it('keeps agency tasks as a list and groups by the canonical name when known', async () => {
    const result = await opened.engine.query(`SELECT agency, name, role, tasks, task_count FROM agencies WHERE doc = 'a.txt' ORDER BY line`);
    expect(result.rows).toEqual([
      ['Phòng Văn hóa và Thông tin', 'Phòng VH&TT', 'lead', ['Chủ trì, tham mưu', 'Theo dõi, tổng hợp'], 2],
      ['Công an xã', 'Công an xã', 'participant', [], 0],
      ['Phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin', 'lead', ['Báo cáo kết quả'], 1],
    ]);
  });

  it('derives a year only from dates that have one', async () => {
    const result = await opened.engine.query(`SELECT iso, year FROM dates ORDER BY line`);
    expect(result.rows).toEqual([
      ['2022-12-09', 2022],
      ['--04-21', null],
    ]);
  });

  it('never downloads DuckDB extensions', async () => {
    const result = await opened.engine.query(`SELECT current_setting('autoinstall_known_extensions')`);
    expect(result.rows).toEqual([[false]]);
  });

  it('answers the alias refs like "references"', async () => {
    const [viaAlias, direct] = await Promise.all([opened.engine.query('SELECT count(*) FROM refs'), opened.engine.query('SELECT count(*) FROM "references"')]);
    expect(viaAlias.rows).toEqual(direct.rows);
    expect(direct.rows).toEqual([[4]]);
  });
});
