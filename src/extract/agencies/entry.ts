import type { Agency, SectionNode } from '../../schema/document.js';
import { squash } from '../../structure/fold.js';
import type { FlowText } from '../flow.js';
import type { AgencyLookup } from './lookup.js';
import { trimAfterLevel, trimProperNamed, trimToKnownName, withoutAbbreviation } from './name-extent.js';
import { matchPlaces, withDocumentPlaces } from './places.js';
import { withLookAlikeLettersRepaired } from './similarity.js';
import { withPairsRepaired, type WordPairs } from './pairs.js';

export interface AgencyContext {
  lines: readonly string[];
  sections: readonly SectionNode[];
  lookup: AgencyLookup;
  /** Place names of the plan's own header (`Đồng Nai` of `Ủy ban nhân dân tỉnh Đồng Nai`), as printed there. */
  places?: readonly string[];
  /** Place names the plan prints often after a level word (see documentPlaces). */
  documentPlaces?: readonly string[];
  provenance: (line: number, raw: string) => Pick<Agency, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
  /** Word pairs the plan prints twice or more (see documentPairs). */
  documentPairs?: WordPairs;
  /** The implementation part names villages `bản …` (`bản Nà Lòng`): see withVillageHeadMarks. */
  villagesNamed?: boolean;
}

/** One agency from a printed name piece starting at `at` in the flow text. */
export function agencyOf(
  name: string,
  printedAt: number,
  role: Agency['role'],
  tasks: string[],
  flow: FlowText,
  context: AgencyContext,
  /** Length of the name as printed where it differs (a field printed after a shared head). */
  printedLength?: number,
): Agency {
  const at = Math.max(0, printedAt);
  const source = withLookAlikeLettersRepaired(withPairsRepaired(context.lookup.repairWords(squash(name)), context.lookup.pairs, context.documentPairs ?? new Map()));
  const repaired = context.lookup.repair(source);
  const named = repaired ?? source;
  const extent = context.lookup.knownPrefix(named) > 0 ? trimToKnownName(named, context.lookup) : trimAfterLevel(named);
  const trimmed = context.lookup.respell(trimProperNamed(extent));
  const printed = withDocumentPlaces(matchPlaces(withoutAbbreviation(trimmed), context.places ?? []), context.documentPlaces ?? []);
  // The span as printed: a repaired name keeps the printed length of the piece it came from.
  const rawLength = printedLength ?? (repaired ? squash(name).length : trimmed.length);
  return {
    name: printed,
    canonical: context.lookup.canonical(printed),
    role,
    tasks,
    ...context.provenance(flow.lineAt(at), flow.rawSpan(at, at + rawLength)),
  };
}
