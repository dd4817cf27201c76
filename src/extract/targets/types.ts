// What the target reader is given, and a figure found in the text before it becomes a target.
import type { SectionNode, Target } from '../../schema/document.js';

export interface TargetContext {
  lines: readonly string[];
  /** The same lines as OCR read them, before restoration (units restoration respelled are read from them). */
  rawLines?: readonly string[];
  sections: readonly SectionNode[];
  /** First line of the closing block (targets are not read past it). */
  bodyEndLine: number;
  provenance: (line: number, raw: string) => Pick<Target, 'line' | 'section' | 'page' | 'raw' | 'rawOcr'>;
}

export interface Found {
  start: number; // where the figure (or the lower bound of a range) starts
  valueStart: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  isCount: boolean;
  /** Numerator of a count unit (`bản` in `bản/người dân`) — the thing counted. */
  countNoun: string;
  /** A share of a whole as printed (`03 trong 08` for `03/08 xã`), said in the subject. */
  share?: string;
  /** Which reader found it (`percent`, `listed`, `generic` …): what the learned model knows of how it was read. */
  reader?: string;
  /** In mark mode: the filter that would have left the figure out (none when every filter passed it). */
  rejectedBy?: string;
}

/** How the filters act: 'drop' leaves out what they reject (the rules); 'mark' keeps it and names the filter. */
export type FilterMode = 'drop' | 'mark';
