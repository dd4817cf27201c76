import type { Agency, DateMention, Message, Metadata, Reference, SectionNode, Target } from '../schema/document.js';

export interface ExtractInput {
  /** Restored lines (index 0 is line 1). */
  lines: readonly string[];
  /** The same lines before restoration. */
  rawLines: readonly string[];
  sections: readonly SectionNode[];
  /** Page of a 1-based line, or null when unknown. */
  pageOfLine: (line: number) => number | null;
}

export interface Extraction {
  metadata: Metadata;
  references: Reference[];
  targets: Target[];
  dates: DateMention[];
  agencies: Agency[];
  warnings: Message[];
}

export function sectionPathAt(sections: readonly SectionNode[], line: number): string | null {
  for (const node of sections) {
    if (line >= node.startLine && line <= node.endLine) {
      return sectionPathAt(node.children, line) ?? node.path;
    }
  }
  return null;
}

const FULL_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

/** First version: full numeric dates only (the extraction issue deepens this). */
export function extract(input: ExtractInput): Extraction {
  const dates: DateMention[] = [];
  input.lines.forEach((text, index) => {
    for (const match of text.matchAll(FULL_DATE)) {
      const [raw, day, month, year] = match;
      const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      const line = index + 1;
      dates.push({
        text: raw,
        iso,
        kind: 'other',
        line,
        section: sectionPathAt(input.sections, line),
        page: input.pageOfLine(line),
        raw,
        rawOcr: input.rawLines[index] ?? null,
      });
    }
  });
  return {
    metadata: { number: null, kind: null, issuer: null, place: null, date: null, title: null, signer: null, signerTitle: null, recipients: [] },
    references: [],
    targets: [],
    dates,
    agencies: [],
    warnings: [],
  };
}
