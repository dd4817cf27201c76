import type { Page, PlanDocument, SectionNode } from '../schema/document.js';

/** The DuckDB column types the views use. */
export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]';

export interface ColumnSpec {
  name: string;
  type: SqlType;
  description: string;
}

/** A view as the engine sees it: columns in order, and a function giving one array of values per row. */
export interface ViewSpec {
  name: string;
  description: string;
  /** Loaded only when a query names it: the view is large and most questions do not need it. */
  lazy?: boolean;
  columns: readonly ColumnSpec[];
  rows(source: SourceDocument): unknown[][];
}

/** A validated plan document and the JSON file it was read from (relative to the output folder). */
export interface SourceDocument {
  file: string;
  document: PlanDocument;
}

type ColumnsOf<Row> = { [Name in keyof Row & string]: { type: SqlType; description: string } };

/** Declares a view by its row shape: every field of the row needs a column, and the object's key order is the column order. */
function defineView<Row>(view: {
  name: string;
  description: string;
  lazy?: boolean;
  columns: ColumnsOf<Row>;
  rows(source: SourceDocument): Row[];
}): ViewSpec {
  const names = Object.keys(view.columns) as Array<keyof Row & string>;
  const columns = names.map((name) => ({ name, ...view.columns[name] }));
  return {
    name: view.name,
    description: view.description,
    lazy: view.lazy ?? false,
    columns,
    rows: (source) => view.rows(source).map((row) => names.map((name) => row[name])),
  };
}

/** A section node with its place in the tree, in document (pre-)order. */
export interface FlatSection {
  node: SectionNode;
  parent: string | null;
  ordinal: number;
}

export function flattenSections(roots: readonly SectionNode[]): FlatSection[] {
  const flat: FlatSection[] = [];
  const visit = (node: SectionNode, parent: string | null): void => {
    flat.push({ node, parent, ordinal: flat.length + 1 });
    for (const child of node.children) visit(child, node.path);
  };
  for (const root of roots) visit(root, null);
  return flat;
}

export function pageOfLine(pages: readonly Page[], line: number): number | null {
  return pages.find((page) => page.startLine <= line && line <= page.endLine)?.number ?? null;
}

/** The deepest section whose line range holds the line (the last one in pre-order wins, which is the innermost). */
function innermostSection(sections: readonly FlatSection[], line: number): FlatSection | null {
  let found: FlatSection | null = null;
  for (const section of sections) {
    if (section.node.startLine <= line && line <= section.node.endLine) found = section;
  }
  return found;
}

/** Title of the section an item names by path; when a path repeats (OCR noise), the one holding the item's line. */
function sectionTitle(sections: readonly FlatSection[], path: string | null, line: number): string | null {
  if (path === null) return null;
  const candidates = sections.filter((section) => section.node.path === path);
  const holding = candidates.find((section) => section.node.startLine <= line && line <= section.node.endLine);
  return (holding ?? candidates[0])?.node.title ?? null;
}

function yearOf(iso: string | null): number | null {
  const match = iso?.match(/^(\d{4})/);
  return match ? Number(match[1]) : null;
}

const text = (description: string) => ({ type: 'VARCHAR' as const, description });
const integer = (description: string) => ({ type: 'INTEGER' as const, description });
const double = (description: string) => ({ type: 'DOUBLE' as const, description });
const boolean = (description: string) => ({ type: 'BOOLEAN' as const, description });
const textList = (description: string) => ({ type: 'VARCHAR[]' as const, description });

/** Columns every extracted-item view starts with, so each row can be traced back and grouped without a join. */
const itemProvenance = {
  doc: text('Input file name of the plan (key to `documents.doc`)'),
  doc_number: text('Number of the plan the item is in, such as `04/KH-UBND`'),
  doc_issuer: text('Issuer of the plan the item is in'),
  section: text('Path of the innermost numbered section holding the item (`III.1.a`; key to `sections.path`); null before the first section'),
  section_title: text('Title of that section'),
  line: integer('1-based line in the plan text where the item starts'),
  page: integer('1-based page of that line; null when unknown'),
};
const itemRawText = {
  raw: text('The text span the item was read from (restored text)'),
  raw_ocr: text('The same line as OCR or the text layer gave it, before restoration'),
};

interface ItemProvenance {
  doc: string;
  doc_number: string | null;
  doc_issuer: string | null;
  section: string | null;
  section_title: string | null;
  line: number;
  page: number | null;
}

interface ProvenancedItem {
  line: number;
  section: string | null;
  page: number | null;
  raw: string;
  rawOcr: string | null;
}

function provenance(document: PlanDocument, sections: readonly FlatSection[], item: ProvenancedItem): ItemProvenance {
  return {
    doc: document.doc,
    doc_number: document.metadata.number,
    doc_issuer: document.metadata.issuer,
    section: item.section,
    section_title: sectionTitle(sections, item.section, item.line),
    line: item.line,
    page: item.page ?? pageOfLine(document.pages, item.line),
  };
}

function textLines(document: PlanDocument): string[] {
  return document.text.split('\n');
}

export const documentsView = defineView({
  name: 'documents',
  description: 'One row per plan document: its metadata, source and quality figures, and how many items were extracted',
  columns: {
    doc: text('Input file name (the key other views use)'),
    file: text('The JSON file in the output folder'),
    source_path: text('Input path as given to `vnplan run`'),
    sha256: text('SHA-256 of the input file'),
    source_kind: text('`text`, `pdf` or `image`'),
    pages: integer('Number of pages'),
    number: text('Document number such as `04/KH-UBND`; null when not printed'),
    kind: text('Document kind: Kế hoạch, Quyết định …'),
    issuer: text('Issuing body, expanded (Ủy ban nhân dân xã …)'),
    place: text('Place of the place-and-date line'),
    date: text('Issue date, ISO (`YYYY-MM-DD`, or reduced precision)'),
    year: integer('Year of the issue date'),
    title: text('Title, one line'),
    signer: text('Name of the signer'),
    signer_title: text('Signature block such as `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`'),
    recipients: textList('The `Nơi nhận` list'),
    lines: integer('Lines in the text'),
    sections: integer('Rows in `sections` for this plan'),
    targets: integer('Rows in `targets`'),
    dates: integer('Rows in `dates`'),
    references: integer('Rows in `references`'),
    agencies: integer('Rows in `agencies`'),
    corrections: integer('Corrections the restorer made'),
    low_confidence_corrections: integer('Of which low confidence'),
    warnings: integer('Quality warnings recorded'),
    ocr_confidence: double('Mean OCR word confidence, 0..100; null when no OCR ran'),
    valid_syllable_share_before: double('Share of tokens that are valid Vietnamese syllables before restoration, 0..1'),
    valid_syllable_share_after: double('The same after restoration'),
    restored_share: double('Share of syllables the restorer changed'),
    pipeline_version: text('vnplan pipeline version that wrote the JSON'),
  },
  rows: ({ file, document }) => [
    {
      doc: document.doc,
      file,
      source_path: document.source.path,
      sha256: document.source.sha256,
      source_kind: document.source.kind,
      pages: document.source.pages,
      number: document.metadata.number,
      kind: document.metadata.kind,
      issuer: document.metadata.issuer,
      place: document.metadata.place,
      date: document.metadata.date,
      year: yearOf(document.metadata.date),
      title: document.metadata.title,
      signer: document.metadata.signer,
      signer_title: document.metadata.signerTitle,
      recipients: document.metadata.recipients,
      lines: textLines(document).length,
      sections: flattenSections(document.sections).length,
      targets: document.targets.length,
      dates: document.dates.length,
      references: document.references.length,
      agencies: document.agencies.length,
      corrections: document.corrections.length,
      low_confidence_corrections: document.quality.lowConfidenceCorrections,
      warnings: document.quality.warnings.length,
      ocr_confidence: document.quality.ocrConfidence,
      valid_syllable_share_before: document.quality.validSyllableShareBefore,
      valid_syllable_share_after: document.quality.validSyllableShareAfter,
      restored_share: document.quality.restoredShare,
      pipeline_version: document.versions.pipeline,
    },
  ],
});

export const sectionsView = defineView({
  name: 'sections',
  description: 'The section tree flattened: one row per numbered heading or bullet, in document order',
  columns: {
    doc: text('Input file name of the plan'),
    path: text('Dotted path such as `III.1.a`; a bullet adds `-N` or `+N`, its place among its sibling bullets (`III.1.-2`). The `section` of items in it'),
    parent: text('Path of the enclosing section; null for a top-level part'),
    number: text('Number as normalised: `III`, `2`, `a`; `-` or `+` for bullets'),
    title: text('Heading text without the number'),
    level: integer('Depth in the tree: 1 Roman part, 2 Arabic item, 3 letter or sub-item (`2.1.`), deeper for bullets'),
    kind: text('`part`, `item`, `letter` or `bullet`'),
    line: integer('First line of the section'),
    end_line: integer('Last line, inclusive, children included'),
    page: integer('Page of the first line'),
    ordinal: integer('1-based position in the document, pre-order'),
    children: integer('Number of direct subsections'),
    text: text("The section's own text: heading and body before its first subsection"),
  },
  rows: ({ document }) =>
    flattenSections(document.sections).map(({ node, parent, ordinal }) => ({
      doc: document.doc,
      path: node.path,
      parent,
      number: node.number,
      title: node.title,
      level: node.level,
      kind: node.kind,
      line: node.startLine,
      end_line: node.endLine,
      page: pageOfLine(document.pages, node.startLine),
      ordinal,
      children: node.children.length,
      text: node.text,
    })),
});

export const linesView = defineView({
  name: 'lines',
  description: 'Every line of the restored text beside the line as ingested, for full-text search',
  lazy: true,
  columns: {
    doc: text('Input file name of the plan'),
    line: integer('1-based line number'),
    page: integer('Page the line is on'),
    section: text('Innermost section holding the line; null before the first section'),
    text: text('The restored line'),
    raw_ocr: text('The line as ingested (OCR, text layer or file)'),
  },
  rows: ({ document }) => {
    const sections = flattenSections(document.sections);
    const rawLines = document.rawText.split('\n');
    return textLines(document).map((lineText, index) => ({
      doc: document.doc,
      line: index + 1,
      page: pageOfLine(document.pages, index + 1),
      section: innermostSection(sections, index + 1)?.node.path ?? null,
      text: lineText,
      raw_ocr: rawLines[index] ?? null,
    }));
  },
});

export const targetsView = defineView({
  name: 'targets',
  description: 'Quantified targets (percentages and counts) with their year',
  columns: {
    ...itemProvenance,
    value: double('The number (`80` for `80%`); the lower bound of a range'),
    value_max: double('Upper bound of a range (`từ 8% đến 10%`); null otherwise'),
    unit: text('`%` or the unit as printed (`bản/người dân`, `cuộc`)'),
    comparator: text('`eq`, `gt` (trên), `gte` (từ … trở lên), `lt`, `lte`'),
    year: integer('Target year (`đến năm 2025`); null when none applies'),
    yearly: boolean('A yearly target (`hằng năm`, `mỗi năm`)'),
    subject: text('Shortest phrase saying what is measured'),
    sentence: text('The sentence or bullet the target was read from'),
    confidence: double('How sure the extractor is, 0..1'),
    ...itemRawText,
  },
  rows: ({ document }) => {
    const sections = flattenSections(document.sections);
    return document.targets.map((target) => ({
      ...provenance(document, sections, target),
      value: target.value,
      value_max: target.valueMax,
      unit: target.unit,
      comparator: target.comparator,
      year: target.year,
      yearly: target.yearly,
      subject: target.subject,
      sentence: target.sentence,
      confidence: target.confidence,
      raw: target.raw,
      raw_ocr: target.rawOcr,
    }));
  },
});

export const datesView = defineView({
  name: 'dates',
  description: 'Dates mentioned in the text: issue date, dates of cited documents, observances, deadlines',
  columns: {
    ...itemProvenance,
    text: text('As printed (`09/12/2022`, `ngày 31 tháng 01 năm 2023`)'),
    iso: text('ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` without a year'),
    year: integer('Year of `iso`; null for `--MM-DD`'),
    kind: text('`issue`, `reference`, `observance`, `deadline` or `other`'),
    ...itemRawText,
  },
  rows: ({ document }) => {
    const sections = flattenSections(document.sections);
    return document.dates.map((date) => ({
      ...provenance(document, sections, date),
      text: date.text,
      iso: date.iso,
      year: yearOf(date.iso),
      kind: date.kind,
      raw: date.raw,
      raw_ocr: date.rawOcr,
    }));
  },
});

export const referencesView = defineView({
  name: 'references',
  description: 'Documents the plan cites (Quyết định, Kế hoạch, Nghị quyết …). `references` is an SQL keyword: write "references" in double quotes, or use the alias `refs`',
  columns: {
    ...itemProvenance,
    type: text('Kind of the cited document: Quyết định, Kế hoạch, Chỉ thị, Công văn, Nghị quyết …'),
    number: text('Code of the cited document, without inner spaces: `1520/QĐ-TTg`'),
    date: text('Date of the cited document, ISO; null when not given'),
    issuer: text('Issuer of the cited document; null when not given'),
    ...itemRawText,
  },
  rows: ({ document }) => {
    const sections = flattenSections(document.sections);
    return document.references.map((reference) => ({
      ...provenance(document, sections, reference),
      type: reference.type,
      number: reference.number,
      date: reference.date,
      issuer: reference.issuer,
      raw: reference.raw,
      raw_ocr: reference.rawOcr,
    }));
  },
});

export const agenciesView = defineView({
  name: 'agencies',
  description: 'Agencies given a role in carrying out the plan, with their tasks',
  columns: {
    ...itemProvenance,
    agency: text('The canonical name when known, else the name as printed: the column to group by'),
    name: text('Name as printed (restored)'),
    canonical: text('Canonical full name from the agency dictionary; null when unknown'),
    role: text('`lead` (chủ trì) or `participant` (phối hợp)'),
    tasks: textList('The tasks given to the agency (the bullets under it); in CSV joined with ` | `'),
    task_count: integer('Number of tasks'),
    ...itemRawText,
  },
  rows: ({ document }) => {
    const sections = flattenSections(document.sections);
    return document.agencies.map((agency) => ({
      ...provenance(document, sections, agency),
      agency: agency.canonical ?? agency.name,
      name: agency.name,
      canonical: agency.canonical,
      role: agency.role,
      tasks: agency.tasks,
      task_count: agency.tasks.length,
      raw: agency.raw,
      raw_ocr: agency.rawOcr,
    }));
  },
});

/** Every view, in the order they are listed to the user and exported. */
export const VIEWS: readonly ViewSpec[] = [documentsView, sectionsView, linesView, targetsView, datesView, referencesView, agenciesView];

/** Extra names for views whose own name is awkward in SQL. */
export const VIEW_ALIASES: Readonly<Record<string, string>> = { refs: 'references' };
