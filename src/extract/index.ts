import type { Agency, DateMention, Message, Metadata, Reference, SectionNode, Target } from '../schema/document.js';
import { closingStartIndex } from '../structure/index.js';
import { sectionPathAt } from '../structure/paths.js';
import { defaultAgencyLookup, extractAgencies, matchPlaces, placeByVote, placeNames, repairedIssuer, type AgencyLookup } from './agencies.js';
import { extractDates } from './dates.js';
import { FlowText } from './flow.js';
import { readClosing, readHeader } from './metadata.js';
import { extractReferences } from './references.js';
import { extractTargets, type TargetFilter } from './targets/index.js';

export { sectionPathAt } from '../structure/paths.js';
export { agencyLookup, defaultAgencyLookup, splitAgencyNames } from './agencies.js';
export { normalizeCode } from './codes.js';

export interface ExtractInput {
  /** Restored lines (index 0 is line 1). */
  lines: readonly string[];
  /** The same lines before restoration. */
  rawLines: readonly string[];
  sections: readonly SectionNode[];
  /** Page of a 1-based line, or null when unknown. */
  pageOfLine: (line: number) => number | null;
  /** Agency dictionary; defaults to dictionaries/agencies.txt. */
  agencies?: AgencyLookup;
  /** Which figures become targets: the hand-written filters (default) or the learned model (src/extract/targets). */
  targetFilter?: TargetFilter;
}

export interface Extraction {
  metadata: Metadata;
  references: Reference[];
  targets: Target[];
  dates: DateMention[];
  agencies: Agency[];
  warnings: Message[];
}

/** Reads metadata, cited documents, targets, dates and responsible agencies, each with its provenance. */
export function extract(input: ExtractInput): Extraction {
  const { lines, sections } = input;
  const provenance = (line: number, raw: string) => ({
    line,
    section: sectionPathAt(sections, line),
    page: input.pageOfLine(line),
    raw,
    rawOcr: input.rawLines[line - 1] ?? null,
  });
  const closingStart = closingStartIndex(lines);
  const firstSection = sections[0]?.startLine ?? 0;
  const lookup = input.agencies ?? defaultAgencyLookup();
  const header = readHeader(lines, firstSection, lookup);
  const metadata: Metadata = withHeaderPlaces({ ...header.metadata, ...readClosing(lines, closingStart, input.rawLines) }, lines, firstSection);

  const whole = new FlowText(lines, 1, lines.length);
  const body = new FlowText(lines, 1, closingStart);
  const places = placeNames(metadata);
  const references = extractReferences({ flow: body, ownNumber: metadata.number, headerEndLine: header.headerEndLine, provenance }).map(
    (reference) => (reference.issuer === null ? reference : { ...reference, issuer: matchPlaces(repairedIssuer(reference.issuer, lookup), places) }),
  );
  const dates = extractDates({ flow: whole, issueLine: header.issueLine, provenance });
  const targets = extractTargets({ lines, rawLines: input.rawLines, sections, bodyEndLine: closingStart + 1, provenance }, { targetFilter: input.targetFilter });
  const agencies = extractAgencies({ lines, sections, lookup, provenance, places });

  const warnings: Message[] = [];
  const warn = (rule: string, message: string) => warnings.push({ stage: 'extract', rule, severity: 'warning', message, page: null, line: null });
  if (!sections.some((node) => node.kind === 'part')) warn('no-parts', 'no Roman-numbered part (I., II., …) was found');
  if (metadata.title === null) warn('no-title', 'no title block was found');
  if (sections.some((node) => node.kind === 'part') && agencies.length === 0) {
    warn('no-agencies', 'no agency was found in the implementation part (TỔ CHỨC THỰC HIỆN)');
  }
  return { metadata, references, targets, dates, agencies, warnings };
}

/**
 * The issuer's place name, read from the header in capitals, is the better copy: the place line and the title
 * use its spelling where restoration left them one letter off (`Đồng Thép, ngày …` under `TỈNH ĐỒNG THÁP`).
 */
function withHeaderPlaces(metadata: Metadata, lines: readonly string[], firstSection: number): Metadata {
  const headerLines = lines.slice(0, firstSection > 0 ? firstSection - 1 : Math.min(lines.length, 15));
  const places = placeNames({ issuer: metadata.issuer, place: null }).map((place) => placeByVote(place, headerLines, lines));
  if (places.length === 0) return metadata;
  const issuer = metadata.issuer === null ? null : matchPlaces(metadata.issuer, places);
  const place = metadata.place === null ? null : matchPlaces(` ${metadata.place}`, places).trim();
  const title = metadata.title === null ? null : matchPlaces(metadata.title, places);
  return { ...metadata, issuer, place, title };
}
