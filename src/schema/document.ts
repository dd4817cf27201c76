import { z } from 'zod';
import { OcrPageSchema } from './ocr.js';

export const SCHEMA_NAME = 'vnplan.PlanDocument';
export const SCHEMA_VERSION = '1.0.0';

const line = z.int().min(1).meta({ description: '1-based line number in the document text (`text`), where the item starts' });
const sectionPath = z
  .string()
  .nullable()
  .meta({ description: 'Path of the innermost numbered section holding the item, such as `III.1` or `V.2.a`; null before the first section' });
const page = z.int().min(1).nullable().meta({ description: '1-based page number the line comes from; null when unknown' });
const isoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/)
  .meta({ description: 'ISO 8601: `YYYY-MM-DD`, reduced precision `YYYY-MM`, or `--MM-DD` for a day and month without a year' });
const confidence = z.number().min(0).max(1).meta({ description: 'How sure the extractor is, 0..1' });

/** Where an extracted item comes from: every item carries it. */
export const ProvenanceShape = {
  line,
  section: sectionPath,
  page,
  raw: z.string().meta({ description: 'The text span the item was read from, as it stands in `text`' }),
  rawOcr: z.string().nullable().meta({ description: 'The same line as the OCR or text layer gave it, before restoration' }),
};

export const MetadataSchema = z
  .object({
    number: z.string().nullable().meta({ description: 'Document number such as `04/KH-UBND`; null when not printed' }),
    kind: z.string().nullable().meta({ description: 'Document kind: Kế hoạch, Quyết định, Công văn …' }),
    issuer: z.string().nullable().meta({ description: 'Issuing body, expanded (Ủy ban nhân dân xã Quảng Nghiệp)' }),
    place: z.string().nullable().meta({ description: 'Place of the place-and-date line' }),
    date: isoDate.nullable().meta({ description: 'Issue date (ISO)' }),
    title: z.string().nullable().meta({ description: 'Title, one line' }),
    signer: z.string().nullable().meta({ description: 'Name of the signer' }),
    signerTitle: z.string().nullable().meta({ description: 'Signature block such as `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`' }),
    recipients: z.array(z.string()).meta({ description: 'The `Nơi nhận` list, one entry per recipient' }),
  })
  .meta({ id: 'Metadata' });

export interface SectionNode {
  number: string;
  title: string;
  level: number;
  path: string;
  kind: 'part' | 'item' | 'letter' | 'bullet';
  startLine: number;
  endLine: number;
  text: string;
  children: SectionNode[];
}

export const SectionNodeSchema: z.ZodType<SectionNode> = z
  .object({
    number: z.string().meta({ description: 'Number as normalised: `III`, `2`, `2.1`, `a`, `đ`; `-` or `+` for bullets' }),
    title: z.string().meta({ description: 'Heading text (restored), without the number' }),
    level: z
      .int()
      .min(1)
      .meta({ description: 'Depth in the tree: 1 for Roman parts, 2 for Arabic items, 3 for their letters or sub-items (2.1.), deeper for bullets' }),
    path: z
      .string()
      .meta({ description: 'Dotted path such as `III.1.a`; a bullet adds `-N` or `+N`, its place among the sibling bullets (`III.1.-2`)' }),
    kind: z.enum(['part', 'item', 'letter', 'bullet']),
    startLine: line,
    endLine: line.meta({ description: 'Last line (inclusive) of the section including its children' }),
    text: z.string().meta({ description: "The section's own text (heading and body before its first child)" }),
    get children() {
      return z.array(SectionNodeSchema);
    },
  })
  .meta({ id: 'SectionNode' });

export const ReferenceSchema = z
  .object({
    type: z.string().meta({ description: 'Quyết định, Kế hoạch, Chỉ thị, Công văn, Nghị quyết, Nghị định, Chương trình phối hợp …' }),
    number: z.string().meta({ description: 'Document code normalised without inner spaces: `1520/QĐ-TTg`' }),
    date: isoDate.nullable(),
    issuer: z.string().nullable(),
    ...ProvenanceShape,
  })
  .meta({ id: 'Reference' });

export const TargetSchema = z
  .object({
    value: z.number(),
    valueMax: z.number().nullable().meta({ description: 'Upper bound of a range (`từ 8% đến 10%`)' }),
    unit: z.string().meta({ description: '`%` or the unit as printed (`bản/người dân`, `cuộc`)' }),
    comparator: z
      .enum(['eq', 'gt', 'gte', 'lt', 'lte'])
      .meta({ description: '`gt` for `trên 50%`, `gte` for `từ 25% trở lên`, `eq` otherwise' }),
    year: z.int().nullable().meta({ description: 'Target year (`đến năm 2025`); null when none applies' }),
    yearly: z.boolean().meta({ description: 'A yearly target (`hằng năm`, `mỗi năm`)' }),
    subject: z.string().meta({ description: 'Shortest phrase saying what is measured' }),
    sentence: z.string().meta({ description: 'The sentence or bullet the target was read from' }),
    confidence,
    ...ProvenanceShape,
  })
  .meta({ id: 'Target' });

export const DateSchema = z
  .object({
    text: z.string().meta({ description: 'As printed (`09/12/2022`, `ngày 31 tháng 01 năm 2023`)' }),
    iso: isoDate,
    kind: z.enum(['issue', 'reference', 'observance', 'deadline', 'other']),
    ...ProvenanceShape,
  })
  .meta({ id: 'DateMention' });

export const AgencySchema = z
  .object({
    name: z.string().meta({ description: 'Name as printed (restored)' }),
    canonical: z.string().nullable().meta({ description: 'Canonical full name from dictionaries/agencies; null when unknown' }),
    role: z.enum(['lead', 'participant']),
    tasks: z.array(z.string()).meta({ description: 'The tasks given to the agency (the bullets under it)' }),
    ...ProvenanceShape,
  })
  .meta({ id: 'Agency' });

export const CorrectionSchema = z
  .object({
    line,
    column: z.int().min(1).meta({ description: '1-based column (UTF-16 code units) of the original token in its raw line' }),
    from: z.string(),
    to: z.string(),
    reason: z.enum(['dictionary', 'lm', 'confusion', 'normalize']),
    score: z.number().meta({ description: 'Decoder score margin of the chosen reading over keeping the token (log-prob units)' }),
    lowConfidence: z.boolean(),
  })
  .meta({ id: 'Correction' });

export const MessageSchema = z
  .object({
    stage: z.enum(['ingest', 'preprocess', 'ocr', 'restore', 'structure', 'extract', 'write', 'pipeline']),
    rule: z.string(),
    severity: z.enum(['info', 'warning', 'error']),
    message: z.string(),
    page: z.int().min(1).nullable(),
    line: z.int().min(1).nullable(),
  })
  .meta({ id: 'Message' });

export const SourceSchema = z
  .object({
    path: z.string().meta({ description: 'Input path as given on the command line' }),
    name: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.int().min(0),
    kind: z.enum(['text', 'pdf', 'image']),
    mimeType: z.string(),
    encoding: z.string().nullable().meta({ description: 'Text encoding detected for text inputs' }),
    pages: z.int().min(0),
  })
  .meta({ id: 'Source' });

export const PageSchema = z
  .object({
    number: z.int().min(1),
    origin: z.enum(['text', 'text-layer', 'ocr']).meta({ description: 'Where the page text came from' }),
    startLine: line,
    endLine: z.int().min(0),
    textLayer: z.string().nullable().meta({ description: 'A text layer that was found but not used (kept as an alternative)' }),
    ocr: OcrPageSchema.nullable(),
  })
  .meta({ id: 'Page' });

export const QualitySchema = z
  .object({
    ocrConfidence: z.number().min(0).max(100).nullable().meta({ description: 'Mean OCR word confidence over pages (0..100); null when no OCR ran' }),
    syllables: z.int().min(0).meta({ description: 'Syllable-like tokens in the text' }),
    validSyllableShareBefore: z.number().min(0).max(1).meta({ description: 'Share of tokens that are valid Vietnamese syllables before restoration' }),
    validSyllableShareAfter: z.number().min(0).max(1),
    restoredShare: z.number().min(0).max(1).meta({ description: 'Share of syllables the restorer changed' }),
    lowConfidenceCorrections: z.int().min(0),
    warnings: z.array(MessageSchema),
  })
  .meta({ id: 'Quality' });

export const VersionsSchema = z.object({
  pipeline: z.string(),
  dictionary: z.string(),
  languageModel: z.string(),
});

export const PlanDocumentSchema = z
  .object({
    schemaName: z.literal(SCHEMA_NAME),
    schemaVersion: z.literal(SCHEMA_VERSION),
    doc: z.string().meta({ description: 'Input file name' }),
    versions: VersionsSchema,
    source: SourceSchema,
    metadata: MetadataSchema,
    sections: z.array(SectionNodeSchema).meta({ description: 'Section tree; top level are the Roman-numbered parts' }),
    references: z.array(ReferenceSchema),
    targets: z.array(TargetSchema),
    dates: z.array(DateSchema),
    agencies: z.array(AgencySchema),
    text: z.string().meta({ description: 'Restored text; lines correspond one to one with `rawText`' }),
    rawText: z.string().meta({ description: 'Text as ingested (OCR, text layer or file), NFC' }),
    pages: z.array(PageSchema),
    corrections: z.array(CorrectionSchema),
    quality: QualitySchema,
  })
  .meta({ id: 'PlanDocument', title: 'vnplan plan document' });

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Quality = z.infer<typeof QualitySchema>;
