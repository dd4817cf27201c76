import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanDocumentSchema, SCHEMA_NAME, SCHEMA_VERSION, type PlanDocument, type SectionNode } from '../../src/schema/document.js';

type Item<T> = Omit<T, 'raw' | 'rawOcr' | 'section' | 'page'> & Partial<Pick<T & { raw: string; rawOcr: string | null; section: string | null; page: number | null }, 'raw' | 'rawOcr' | 'section' | 'page'>>;

export interface DocumentSpec {
  doc: string;
  lines: string[];
  /** Lines per page, in order; their sum must equal `lines.length`. Default: one page. */
  pageSizes?: number[];
  metadata?: Partial<PlanDocument['metadata']>;
  sections?: SectionNode[];
  targets?: Array<Item<PlanDocument['targets'][number]>>;
  dates?: Array<Item<PlanDocument['dates'][number]>>;
  references?: Array<Item<PlanDocument['references'][number]>>;
  agencies?: Array<Item<PlanDocument['agencies'][number]>>;
}

export function section(path: string, title: string, startLine: number, endLine: number, children: SectionNode[] = []): SectionNode {
  const number = path.split('.').at(-1) ?? path;
  const level = path.split('.').length;
  const kind = (['part', 'item', 'letter'] as const)[level - 1] ?? 'bullet';
  return { number, title, level, path, kind, startLine, endLine, text: `${number}. ${title}`, children };
}

function withProvenance<T extends { line: number }>(item: T): T & { raw: string; rawOcr: string | null; section: string | null; page: number | null } {
  return { raw: 'raw span', rawOcr: 'raw ocr line', section: null, page: null, ...item };
}

/** A schema-valid plan document: it goes through PlanDocumentSchema, so a test cannot use a shape the pipeline could not write. */
export function makeDocument(spec: DocumentSpec): PlanDocument {
  const text = spec.lines.join('\n');
  const pageSizes = spec.pageSizes ?? [spec.lines.length];
  let start = 1;
  const pages = pageSizes.map((size, index) => {
    const page = { number: index + 1, origin: 'text' as const, startLine: start, endLine: start + size - 1, textLayer: null, ocr: null };
    start += size;
    return page;
  });
  return PlanDocumentSchema.parse({
    schemaName: SCHEMA_NAME,
    schemaVersion: SCHEMA_VERSION,
    doc: spec.doc,
    versions: { pipeline: '0.0.0-test', dictionary: 'test', languageModel: 'test' },
    source: {
      path: `inputs/${spec.doc}`,
      name: spec.doc,
      sha256: 'a'.repeat(64),
      size: Buffer.byteLength(text),
      kind: spec.doc.endsWith('.pdf') ? 'pdf' : 'text',
      mimeType: spec.doc.endsWith('.pdf') ? 'application/pdf' : 'text/plain',
      encoding: null,
      pages: pages.length,
    },
    metadata: { number: null, kind: null, issuer: null, place: null, date: null, title: null, signer: null, signerTitle: null, recipients: [], ...spec.metadata },
    sections: spec.sections ?? [],
    references: (spec.references ?? []).map(withProvenance),
    targets: (spec.targets ?? []).map(withProvenance),
    dates: (spec.dates ?? []).map(withProvenance),
    agencies: (spec.agencies ?? []).map(withProvenance),
    text,
    rawText: text,
    pages,
    corrections: [],
    quality: { ocrConfidence: null, syllables: 0, validSyllableShareBefore: 1, validSyllableShareAfter: 1, restoredShare: 0, lowConfidenceCorrections: 0, warnings: [] },
  });
}

function target(line: number, year: number | null, subject: string, extra: Partial<PlanDocument['targets'][number]> = {}) {
  return { value: 80, valueMax: null, unit: '%', comparator: 'gte' as const, year, yearly: false, subject, sentence: `Phấn đấu ${subject}`, confidence: 0.9, line, ...extra };
}

/** Three plans designed so every preset has a known answer (see presets.test.ts). */
export function sampleDocuments(): PlanDocument[] {
  const commune = makeDocument({
    doc: 'a.txt',
    lines: Array.from({ length: 12 }, (_, index) => `dòng ${index + 1} của kế hoạch xã`),
    pageSizes: [6, 6],
    metadata: { number: '04/KH-UBND', kind: 'Kế hoạch', issuer: 'Ủy ban nhân dân xã Quảng Nghiệp', date: '2023-01-09', title: 'Kế hoạch phát triển văn hóa đọc', recipients: ['UBND huyện', 'Lưu: VT'] },
    sections: [
      section('I', 'MỤC TIÊU', 3, 8, [section('I.1', 'Mục tiêu cụ thể', 5, 8, [section('I.1.a', 'Thư viện', 7, 8)])]),
      section('II', 'TỔ CHỨC THỰC HIỆN', 9, 12),
    ],
    targets: [
      target(6, 2025, 'tỷ lệ thư viện công cộng', { section: 'I.1', page: 1 }),
      target(7, 2030, 'số đầu sách bình quân', { section: 'I.1.a', unit: 'bản/người dân', value: 2, comparator: 'eq' }),
      target(10, null, 'số cuộc thi', { section: 'II', yearly: true, unit: 'cuộc', value: 1 }),
    ],
    dates: [
      { text: '09/12/2022', iso: '2022-12-09', kind: 'reference', line: 1 },
      { text: '21/4', iso: '--04-21', kind: 'observance', line: 11, section: 'II' },
    ],
    references: [
      { type: 'Quyết định', number: '1520/QĐ-TTg', date: '2022-12-09', issuer: 'Thủ tướng Chính phủ', line: 1 },
      { type: 'Quyết định', number: '1520/QĐ-TTg', date: null, issuer: null, line: 4, section: 'I' },
      { type: 'Quyết định', number: '206/QĐ-TTg', date: '2021-02-11', issuer: 'Thủ tướng Chính phủ', line: 2 },
    ],
    agencies: [
      { name: 'Phòng VH&TT', canonical: 'Phòng Văn hóa và Thông tin', role: 'lead', tasks: ['Chủ trì, tham mưu', 'Theo dõi, tổng hợp'], line: 9, section: 'II' },
      { name: 'Công an xã', canonical: null, role: 'participant', tasks: [], line: 11, section: 'II' },
      { name: 'Phòng Văn hóa và Thông tin', canonical: 'Phòng Văn hóa và Thông tin', role: 'lead', tasks: ['Báo cáo kết quả'], line: 12, section: 'II' },
    ],
  });
  const province = makeDocument({
    doc: 'b.pdf',
    lines: ['KẾ HOẠCH', 'I. MỤC TIÊU', '- Đến năm 2025, 90% …', '- Đến năm 2025, 100% …', 'II. TỔ CHỨC', 'Sở Văn hóa chủ trì'],
    metadata: { number: '12/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi', date: '2022-05-01' },
    sections: [section('I', 'MỤC TIÊU', 2, 4), section('II', 'TỔ CHỨC', 5, 6)],
    targets: [target(3, 2025, 'tỷ lệ xã có điểm đọc sách', { section: 'I', value: 90 }), target(4, 2025, 'tỷ lệ trường học có thư viện', { section: 'I', value: 100 })],
    references: [{ type: 'Quyết định', number: '1520/QĐ-TTg', date: '2022-12-09', issuer: 'Thủ tướng Chính phủ', line: 1 }],
    agencies: [
      { name: 'Sở Văn hóa, Thể thao và Du lịch', canonical: 'Sở Văn hóa, Thể thao và Du lịch', role: 'lead', tasks: ['Hướng dẫn'], line: 6, section: 'II' },
      { name: 'Phòng Văn hóa và Thông tin', canonical: 'Phòng Văn hóa và Thông tin', role: 'lead', tasks: [], line: 6, section: 'II' },
    ],
  });
  const bare = makeDocument({ doc: 'c.txt', lines: ['một dòng'] });
  return [commune, province, bare];
}

export async function writeOutputFolder(documents: readonly PlanDocument[], extraFiles: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'vnplan-query-'));
  for (const document of documents) {
    const base = document.doc.replace(/\.[^.]+$/, '');
    await writeFile(join(folder, `${base}.json`), JSON.stringify(document, null, 2));
    await writeFile(join(folder, `${base}.txt`), document.text);
  }
  for (const [name, content] of Object.entries(extraFiles)) await writeFile(join(folder, name), content);
  return folder;
}
