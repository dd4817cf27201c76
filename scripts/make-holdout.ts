/**
 * Regenerates the garbled versions of the held-out evaluation plans (H1–H44): fixtures/holdout/H*.clean.txt →
 * fixtures/holdout/H*.garbled.txt, line for line (line k of the garbled file is the OCR of line k of the clean file),
 * and, with `--set tuning`, those of the tuning plans T1–T76 in fixtures/tuning (made the same way, their own layouts).
 *
 *   nice -n 10 npx tsx scripts/make-holdout.ts [--set holdout|tuning] [--only H2 | --only H41,H42,H43,H44] [--check] [--workers 2]
 *   nice -n 10 npx tsx scripts/make-holdout.ts --set tuning --only T1,T2      (--docs is the same as --only)
 *
 * --check regenerates in memory and exits 1 if a committed garbled file differs (nothing is written).
 *
 * How (deterministic; dev-only, needs `apt-get install -y fonts-liberation` like the other typesetting scripts):
 *   1. every non-empty clean line becomes one typeset block (left-aligned, headings bold, runs of empty lines become
 *      space before the next block) and must come out as exactly one typeset line: the script stops if a line wraps
 *      or is dropped, so the clean text's line structure is what is printed;
 *   2. the pages are typeset on A4 (scripts/lib/typeset.ts, Liberation Serif) with a per-document size and
 *      resolution (200–300 DPI) and degraded like a scan (blur, noise, contrast, JPEG) with a fixed seed;
 *   3. each line's ink box is cut out of the degraded page, padded with white paper and recognised on its own with
 *      tesseract.js and the ENGLISH model (scripts/ocr-channel/ocr.ts: eng 4.0.0_best_int, LSTM, PSM 6, results cached
 *      in bench/tmp/holdout-ocr by image hash). The recogniser's lines of one crop are joined with a space; an empty
 *      result stays an empty line.
 * Empty clean lines stay empty.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { z } from 'zod';
import { degradeScan, resolveSerifFont, typeset, type DegradeOptions, type TypesetBlock, type TypesetLine } from './lib/typeset.js';
import { OCR_ENGINE, openCachedOcr, type CachedOcr } from './ocr-channel/ocr.js';
import { UsageError, VnplanError } from '../src/errors/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The holdout gold JSON: the format of fixtures/gold/SPEC.md (the same fields bench/eval-extract.ts reads). */
export const HoldoutGoldSchema = z.strictObject({
  doc: z.string(),
  metadata: z.strictObject({
    number: z.string().nullable(),
    kind: z.string().nullable(),
    issuer: z.string().nullable(),
    place: z.string().nullable(),
    date: z.string().nullable(),
    title: z.string().nullable(),
    signer: z.string().nullable(),
  }),
  sections: z.array(z.strictObject({ number: z.string(), title: z.string() })),
  references: z.array(z.strictObject({ type: z.string(), number: z.string(), date: z.string().nullable(), issuer: z.string().nullable() })),
  targets: z.array(
    z.strictObject({
      value: z.number(),
      valueMax: z.number().nullable(),
      unit: z.string(),
      year: z.number().int().nullable(),
      subject: z.string(),
      section: z.string().nullable(),
      line: z.number().int().min(1),
    }),
  ),
  dates: z.array(
    z.strictObject({
      text: z.string(),
      iso: z.string().regex(/^(?:\d{4}-\d\d-\d\d|--\d\d-\d\d|\d{4}-\d\d)$/u),
      kind: z.enum(['issue', 'reference', 'observance', 'deadline', 'other']),
      line: z.number().int().min(1),
    }),
  ),
  agencies: z.array(
    z.strictObject({ name: z.string(), role: z.enum(['lead', 'participant']), section: z.string().nullable(), line: z.number().int().min(1) }),
  ),
});
export type HoldoutGold = z.infer<typeof HoldoutGoldSchema>;

/**
 * The held-out documents in eleven groups, never pooled. H1–H4 have since been used to direct fixes; H5–H8, H9–H12,
 * H13–H16, H17–H20, H21–H24, H25–H28, H29–H32, H33–H36 and H37–H40 were the final judge in turn and have been scored
 * since; H41–H44 are the newest final judge, scored only by the lead (fixtures/holdout/README.md). Nobody reads H5–H44 for
 * tuning.
 */
export const HOLDOUT_GROUPS = {
  'H1–H4': ['H1', 'H2', 'H3', 'H4'],
  'H5–H8': ['H5', 'H6', 'H7', 'H8'],
  'H9–H12': ['H9', 'H10', 'H11', 'H12'],
  'H13–H16': ['H13', 'H14', 'H15', 'H16'],
  'H17–H20': ['H17', 'H18', 'H19', 'H20'],
  'H21–H24': ['H21', 'H22', 'H23', 'H24'],
  'H25–H28': ['H25', 'H26', 'H27', 'H28'],
  'H29–H32': ['H29', 'H30', 'H31', 'H32'],
  'H33–H36': ['H33', 'H34', 'H35', 'H36'],
  'H37–H40': ['H37', 'H38', 'H39', 'H40'],
  'H41–H44': ['H41', 'H42', 'H43', 'H44'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
export type HoldoutGroup = keyof typeof HOLDOUT_GROUPS;

/** All held-out documents, in order. */
export const HOLDOUT_DOCS = [
  ...HOLDOUT_GROUPS['H1–H4'],
  ...HOLDOUT_GROUPS['H5–H8'],
  ...HOLDOUT_GROUPS['H9–H12'],
  ...HOLDOUT_GROUPS['H13–H16'],
  ...HOLDOUT_GROUPS['H17–H20'],
  ...HOLDOUT_GROUPS['H21–H24'],
  ...HOLDOUT_GROUPS['H25–H28'],
  ...HOLDOUT_GROUPS['H29–H32'],
  ...HOLDOUT_GROUPS['H33–H36'],
  ...HOLDOUT_GROUPS['H37–H40'],
  ...HOLDOUT_GROUPS['H41–H44'],
] as const;

export interface HoldoutLayout {
  sizePt: number;
  dpi: number;
  lineSpacing: number;
  degrade: DegradeOptions;
}

/** One scan "quality" per document, so each group covers 200–300 DPI and light to moderate degradation. */
export const HOLDOUT_LAYOUTS: Readonly<Record<string, HoldoutLayout>> = {
  H1: { sizePt: 12, dpi: 300, lineSpacing: 1.3, degrade: { seed: 101, blurSigma: 0.9, noise: 10, contrast: 0.95, brightness: 4, jpegQuality: 70 } },
  H2: { sizePt: 12, dpi: 250, lineSpacing: 1.35, degrade: { seed: 202, blurSigma: 0.7, noise: 8, contrast: 0.9, brightness: -6, jpegQuality: 60 } },
  H3: { sizePt: 12, dpi: 200, lineSpacing: 1.3, degrade: { seed: 303, blurSigma: 0.5, noise: 6, contrast: 1.0 } },
  H4: { sizePt: 12, dpi: 300, lineSpacing: 1.4, degrade: { seed: 404, blurSigma: 1.1, noise: 14, contrast: 0.88, brightness: 8, jpegQuality: 65 } },
  H5: { sizePt: 12, dpi: 300, lineSpacing: 1.5, degrade: { seed: 505, blurSigma: 0.8, noise: 12, contrast: 0.92, brightness: 3, jpegQuality: 75 } },
  H6: { sizePt: 12, dpi: 225, lineSpacing: 1.3, degrade: { seed: 606, blurSigma: 0.6, noise: 9, contrast: 0.9, brightness: -4, jpegQuality: 55 } },
  H7: { sizePt: 12, dpi: 300, lineSpacing: 1.25, degrade: { seed: 707, blurSigma: 1.0, noise: 16, contrast: 0.85, brightness: 6, jpegQuality: 60 } },
  H8: { sizePt: 12, dpi: 200, lineSpacing: 1.35, degrade: { seed: 808, blurSigma: 0.4, noise: 5, contrast: 1.0, jpegQuality: 80 } },
  H9: { sizePt: 12, dpi: 235, lineSpacing: 1.3, degrade: { seed: 9009, blurSigma: 0.65, noise: 9, contrast: 0.92, brightness: -3, jpegQuality: 62 } },
  H10: { sizePt: 12, dpi: 300, lineSpacing: 1.4, degrade: { seed: 10010, blurSigma: 0.95, noise: 14, contrast: 0.87, brightness: 5, jpegQuality: 66 } },
  H11: { sizePt: 12, dpi: 215, lineSpacing: 1.25, degrade: { seed: 11011, blurSigma: 0.5, noise: 7, contrast: 0.96, jpegQuality: 82 } },
  H12: { sizePt: 12, dpi: 270, lineSpacing: 1.35, degrade: { seed: 12012, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: 2, jpegQuality: 70 } },
  H13: { sizePt: 12, dpi: 260, lineSpacing: 1.3, degrade: { seed: 13013, blurSigma: 0.75, noise: 11, contrast: 0.9, brightness: -2, jpegQuality: 68 } },
  H14: { sizePt: 12, dpi: 290, lineSpacing: 1.2, degrade: { seed: 14014, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 3, jpegQuality: 64 } },
  H15: { sizePt: 12, dpi: 225, lineSpacing: 1.4, degrade: { seed: 15015, blurSigma: 0.55, noise: 8, contrast: 0.93, brightness: -1, jpegQuality: 76 } },
  H16: { sizePt: 12, dpi: 245, lineSpacing: 1.25, degrade: { seed: 16016, blurSigma: 1.0, noise: 15, contrast: 0.86, brightness: 2, jpegQuality: 60 } },
  H17: { sizePt: 12, dpi: 255, lineSpacing: 1.3, degrade: { seed: 17017, blurSigma: 0.8, noise: 11, contrast: 0.9, brightness: -2, jpegQuality: 66 } },
  H18: { sizePt: 12, dpi: 230, lineSpacing: 1.35, degrade: { seed: 18018, blurSigma: 0.6, noise: 8, contrast: 0.94, brightness: 3, jpegQuality: 72 } },
  H19: { sizePt: 12, dpi: 285, lineSpacing: 1.25, degrade: { seed: 19019, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
  H20: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 20020, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 64 } },
  H21: { sizePt: 12, dpi: 265, lineSpacing: 1.3, degrade: { seed: 21021, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -3, jpegQuality: 65 } },
  H22: { sizePt: 12, dpi: 220, lineSpacing: 1.35, degrade: { seed: 22022, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 74 } },
  H23: { sizePt: 12, dpi: 280, lineSpacing: 1.25, degrade: { seed: 23023, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 63 } },
  H24: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 24024, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 6, jpegQuality: 62 } },
  H25: { sizePt: 12, dpi: 245, lineSpacing: 1.3, degrade: { seed: 25025, blurSigma: 0.75, noise: 11, contrast: 0.91, brightness: -2, jpegQuality: 67 } },
  H26: { sizePt: 12, dpi: 210, lineSpacing: 1.35, degrade: { seed: 26026, blurSigma: 0.5, noise: 7, contrast: 0.97, brightness: 2, jpegQuality: 78 } },
  H27: { sizePt: 12, dpi: 275, lineSpacing: 1.25, degrade: { seed: 27027, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 61 } },
  H28: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 28028, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 64 } },
  H29: { sizePt: 12, dpi: 255, lineSpacing: 1.3, degrade: { seed: 29029, blurSigma: 0.8, noise: 12, contrast: 0.9, brightness: -2, jpegQuality: 66 } },
  H30: { sizePt: 12, dpi: 220, lineSpacing: 1.35, degrade: { seed: 30030, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 74 } },
  H31: { sizePt: 12, dpi: 285, lineSpacing: 1.25, degrade: { seed: 31031, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
  H32: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 32032, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 63 } },
  H33: { sizePt: 12, dpi: 265, lineSpacing: 1.3, degrade: { seed: 33033, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -2, jpegQuality: 65 } },
  H34: { sizePt: 12, dpi: 215, lineSpacing: 1.35, degrade: { seed: 34034, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 75 } },
  H35: { sizePt: 12, dpi: 290, lineSpacing: 1.25, degrade: { seed: 35035, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
  H36: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 36036, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 63 } },
  H37: { sizePt: 12, dpi: 255, lineSpacing: 1.3, degrade: { seed: 37037, blurSigma: 0.8, noise: 11, contrast: 0.9, brightness: -2, jpegQuality: 66 } },
  H38: { sizePt: 12, dpi: 220, lineSpacing: 1.35, degrade: { seed: 38038, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 74 } },
  H39: { sizePt: 12, dpi: 280, lineSpacing: 1.25, degrade: { seed: 39039, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
  H40: { sizePt: 12, dpi: 300, lineSpacing: 1.4, degrade: { seed: 40040, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 6, jpegQuality: 64 } },
  H41: { sizePt: 12, dpi: 265, lineSpacing: 1.3, degrade: { seed: 41041, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -2, jpegQuality: 65 } },
  H42: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 42042, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 63 } },
  H43: { sizePt: 12, dpi: 215, lineSpacing: 1.35, degrade: { seed: 43043, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 75 } },
  H44: { sizePt: 12, dpi: 285, lineSpacing: 1.25, degrade: { seed: 44044, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
};

/**
 * The tuning plans (fixtures/tuning/README.md): written to direct fixes of the restorer and extractor, so that the
 * held-out judges stay unread. T1–T12 have been tuned on; T13–T16, then T17–T22, then T23–T28, then T29–T34, then T35–T40, then T41–T46, then T47–T52, then T53–T58, then T59–T64, then T65–T70, then T71–T76 were added later so
 * that their first scores show how the work does on plans it has not seen. Each has its own scan quality, in the range of the
 * held-out plans.
 */
export const TUNING_GROUPS = {
  'T1–T12': ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  'T13–T16': ['T13', 'T14', 'T15', 'T16'],
  'T17–T22': ['T17', 'T18', 'T19', 'T20', 'T21', 'T22'],
  'T23–T28': ['T23', 'T24', 'T25', 'T26', 'T27', 'T28'],
  'T29–T34': ['T29', 'T30', 'T31', 'T32', 'T33', 'T34'],
  'T35–T40': ['T35', 'T36', 'T37', 'T38', 'T39', 'T40'],
  'T41–T46': ['T41', 'T42', 'T43', 'T44', 'T45', 'T46'],
  'T47–T52': ['T47', 'T48', 'T49', 'T50', 'T51', 'T52'],
  'T53–T58': ['T53', 'T54', 'T55', 'T56', 'T57', 'T58'],
  'T59–T64': ['T59', 'T60', 'T61', 'T62', 'T63', 'T64'],
  'T65–T70': ['T65', 'T66', 'T67', 'T68', 'T69', 'T70'],
  'T71–T76': ['T71', 'T72', 'T73', 'T74', 'T75', 'T76'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
export type TuningGroup = keyof typeof TUNING_GROUPS;

/** All tuning plans, in order. */
export const TUNING_DOCS = [...TUNING_GROUPS['T1–T12'], ...TUNING_GROUPS['T13–T16'], ...TUNING_GROUPS['T17–T22'], ...TUNING_GROUPS['T23–T28'], ...TUNING_GROUPS['T29–T34'], ...TUNING_GROUPS['T35–T40'], ...TUNING_GROUPS['T41–T46'], ...TUNING_GROUPS['T47–T52'], ...TUNING_GROUPS['T53–T58'], ...TUNING_GROUPS['T59–T64'], ...TUNING_GROUPS['T65–T70'], ...TUNING_GROUPS['T71–T76']] as const;

export const TUNING_LAYOUTS: Readonly<Record<string, HoldoutLayout>> = {
  T1: { sizePt: 12, dpi: 300, lineSpacing: 1.3, degrade: { seed: 1101, blurSigma: 0.85, noise: 11, contrast: 0.93, brightness: 2, jpegQuality: 70 } },
  T2: { sizePt: 12, dpi: 240, lineSpacing: 1.35, degrade: { seed: 1202, blurSigma: 0.65, noise: 8, contrast: 0.9, brightness: -5, jpegQuality: 58 } },
  T3: { sizePt: 12, dpi: 200, lineSpacing: 1.3, degrade: { seed: 1303, blurSigma: 0.45, noise: 6, contrast: 1.0, jpegQuality: 85 } },
  T4: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 1404, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 7, jpegQuality: 62 } },
  T5: { sizePt: 12, dpi: 225, lineSpacing: 1.3, degrade: { seed: 1505, blurSigma: 0.75, noise: 10, contrast: 0.92, brightness: -3, jpegQuality: 65 } },
  T6: { sizePt: 12, dpi: 275, lineSpacing: 1.25, degrade: { seed: 1606, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 5, jpegQuality: 72 } },
  T7: { sizePt: 12, dpi: 250, lineSpacing: 1.3, degrade: { seed: 1707, blurSigma: 0.8, noise: 12, contrast: 0.9, brightness: -2, jpegQuality: 66 } },
  T8: { sizePt: 12, dpi: 300, lineSpacing: 1.4, degrade: { seed: 1808, blurSigma: 1.0, noise: 14, contrast: 0.87, brightness: 6, jpegQuality: 60 } },
  T9: { sizePt: 12, dpi: 210, lineSpacing: 1.3, degrade: { seed: 1909, blurSigma: 0.5, noise: 7, contrast: 0.97, jpegQuality: 80 } },
  T10: { sizePt: 12, dpi: 285, lineSpacing: 1.35, degrade: { seed: 2010, blurSigma: 0.9, noise: 11, contrast: 0.9, brightness: 4, jpegQuality: 68 } },
  T11: { sizePt: 12, dpi: 230, lineSpacing: 1.25, degrade: { seed: 2111, blurSigma: 0.7, noise: 10, contrast: 0.92, brightness: -4, jpegQuality: 56 } },
  T12: { sizePt: 12, dpi: 300, lineSpacing: 1.5, degrade: { seed: 2212, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 8, jpegQuality: 64 } },
  T13: { sizePt: 12, dpi: 280, lineSpacing: 1.3, degrade: { seed: 2313, blurSigma: 0.75, noise: 10, contrast: 0.91, brightness: 3, jpegQuality: 67 } },
  T14: { sizePt: 12, dpi: 205, lineSpacing: 1.3, degrade: { seed: 2414, blurSigma: 0.5, noise: 7, contrast: 0.98, jpegQuality: 78 } },
  T15: { sizePt: 12, dpi: 260, lineSpacing: 1.4, degrade: { seed: 2515, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: -5, jpegQuality: 59 } },
  T16: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 2616, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 7, jpegQuality: 63 } },
  T17: { sizePt: 12, dpi: 270, lineSpacing: 1.3, degrade: { seed: 2717, blurSigma: 0.8, noise: 11, contrast: 0.92, brightness: -2, jpegQuality: 69 } },
  T18: { sizePt: 12, dpi: 220, lineSpacing: 1.35, degrade: { seed: 2818, blurSigma: 0.6, noise: 8, contrast: 0.95, brightness: 4, jpegQuality: 61 } },
  T19: { sizePt: 12, dpi: 290, lineSpacing: 1.25, degrade: { seed: 2919, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 5, jpegQuality: 64 } },
  T20: { sizePt: 12, dpi: 200, lineSpacing: 1.3, degrade: { seed: 3020, blurSigma: 0.45, noise: 6, contrast: 1.0, jpegQuality: 82 } },
  T21: { sizePt: 12, dpi: 245, lineSpacing: 1.4, degrade: { seed: 3121, blurSigma: 0.7, noise: 10, contrast: 0.9, brightness: -4, jpegQuality: 57 } },
  T22: { sizePt: 12, dpi: 300, lineSpacing: 1.5, degrade: { seed: 3222, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 6, jpegQuality: 66 } },
  T23: { sizePt: 12, dpi: 265, lineSpacing: 1.3, degrade: { seed: 3323, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -3, jpegQuality: 63 } },
  T24: { sizePt: 12, dpi: 215, lineSpacing: 1.35, degrade: { seed: 3424, blurSigma: 0.55, noise: 8, contrast: 0.96, brightness: 2, jpegQuality: 74 } },
  T25: { sizePt: 12, dpi: 295, lineSpacing: 1.45, degrade: { seed: 3525, blurSigma: 1.0, noise: 15, contrast: 0.86, brightness: 5, jpegQuality: 61 } },
  T26: { sizePt: 12, dpi: 300, lineSpacing: 1.5, degrade: { seed: 3626, blurSigma: 1.05, noise: 16, contrast: 0.85, brightness: 7, jpegQuality: 65 } },
  T27: { sizePt: 12, dpi: 235, lineSpacing: 1.3, degrade: { seed: 3727, blurSigma: 0.65, noise: 9, contrast: 0.93, brightness: -2, jpegQuality: 71 } },
  T28: { sizePt: 12, dpi: 250, lineSpacing: 1.35, degrade: { seed: 3828, blurSigma: 0.75, noise: 11, contrast: 0.9, brightness: 3, jpegQuality: 58 } },
  T29: { sizePt: 12, dpi: 255, lineSpacing: 1.3, degrade: { seed: 3929, blurSigma: 0.8, noise: 11, contrast: 0.91, brightness: -3, jpegQuality: 64 } },
  T30: { sizePt: 12, dpi: 210, lineSpacing: 1.35, degrade: { seed: 4030, blurSigma: 0.5, noise: 7, contrast: 0.97, brightness: 2, jpegQuality: 79 } },
  T31: { sizePt: 12, dpi: 285, lineSpacing: 1.25, degrade: { seed: 4131, blurSigma: 0.95, noise: 14, contrast: 0.87, brightness: 6, jpegQuality: 60 } },
  T32: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 4232, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 5, jpegQuality: 63 } },
  T33: { sizePt: 12, dpi: 230, lineSpacing: 1.3, degrade: { seed: 4333, blurSigma: 0.65, noise: 9, contrast: 0.93, brightness: -4, jpegQuality: 57 } },
  T34: { sizePt: 12, dpi: 270, lineSpacing: 1.4, degrade: { seed: 4434, blurSigma: 0.85, noise: 12, contrast: 0.89, brightness: 4, jpegQuality: 68 } },
  T35: { sizePt: 12, dpi: 240, lineSpacing: 1.3, degrade: { seed: 4535, blurSigma: 0.7, noise: 10, contrast: 0.92, brightness: -2, jpegQuality: 66 } },
  T36: { sizePt: 12, dpi: 280, lineSpacing: 1.25, degrade: { seed: 4636, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 62 } },
  T37: { sizePt: 12, dpi: 205, lineSpacing: 1.35, degrade: { seed: 4737, blurSigma: 0.5, noise: 7, contrast: 0.97, brightness: 1, jpegQuality: 77 } },
  T38: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 4838, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 64 } },
  T39: { sizePt: 12, dpi: 260, lineSpacing: 1.4, degrade: { seed: 4939, blurSigma: 0.8, noise: 11, contrast: 0.9, brightness: -4, jpegQuality: 59 } },
  T40: { sizePt: 12, dpi: 225, lineSpacing: 1.3, degrade: { seed: 5040, blurSigma: 0.6, noise: 9, contrast: 0.94, brightness: 3, jpegQuality: 72 } },
  T41: { sizePt: 12, dpi: 275, lineSpacing: 1.3, degrade: { seed: 5141, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -3, jpegQuality: 65 } },
  T42: { sizePt: 12, dpi: 215, lineSpacing: 1.35, degrade: { seed: 5242, blurSigma: 0.55, noise: 8, contrast: 0.96, brightness: 2, jpegQuality: 75 } },
  T43: { sizePt: 12, dpi: 290, lineSpacing: 1.25, degrade: { seed: 5343, blurSigma: 0.95, noise: 14, contrast: 0.87, brightness: 5, jpegQuality: 61 } },
  T44: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 5444, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 6, jpegQuality: 63 } },
  T45: { sizePt: 12, dpi: 245, lineSpacing: 1.3, degrade: { seed: 5545, blurSigma: 0.7, noise: 10, contrast: 0.92, brightness: -2, jpegQuality: 58 } },
  T46: { sizePt: 12, dpi: 230, lineSpacing: 1.35, degrade: { seed: 5646, blurSigma: 0.6, noise: 9, contrast: 0.94, brightness: 3, jpegQuality: 70 } },
  T47: { sizePt: 12, dpi: 265, lineSpacing: 1.3, degrade: { seed: 5747, blurSigma: 0.8, noise: 11, contrast: 0.91, brightness: -2, jpegQuality: 67 } },
  T48: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 5848, blurSigma: 1.05, noise: 15, contrast: 0.86, brightness: 5, jpegQuality: 62 } },
  T49: { sizePt: 12, dpi: 210, lineSpacing: 1.35, degrade: { seed: 5949, blurSigma: 0.5, noise: 7, contrast: 0.97, brightness: 2, jpegQuality: 78 } },
  T50: { sizePt: 12, dpi: 285, lineSpacing: 1.25, degrade: { seed: 6050, blurSigma: 0.95, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 60 } },
  T51: { sizePt: 12, dpi: 240, lineSpacing: 1.3, degrade: { seed: 6151, blurSigma: 0.7, noise: 10, contrast: 0.92, brightness: -4, jpegQuality: 57 } },
  T52: { sizePt: 12, dpi: 255, lineSpacing: 1.4, degrade: { seed: 6252, blurSigma: 0.85, noise: 12, contrast: 0.89, brightness: 3, jpegQuality: 64 } },
  T53: { sizePt: 12, dpi: 270, lineSpacing: 1.35, degrade: { seed: 6353, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -3, jpegQuality: 63 } },
  T54: { sizePt: 12, dpi: 220, lineSpacing: 1.3, degrade: { seed: 6454, blurSigma: 0.6, noise: 8, contrast: 0.95, brightness: 2, jpegQuality: 74 } },
  T55: { sizePt: 12, dpi: 295, lineSpacing: 1.45, degrade: { seed: 6555, blurSigma: 1.0, noise: 15, contrast: 0.86, brightness: 5, jpegQuality: 61 } },
  T56: { sizePt: 12, dpi: 245, lineSpacing: 1.25, degrade: { seed: 6656, blurSigma: 0.75, noise: 10, contrast: 0.92, brightness: -2, jpegQuality: 58 } },
  T57: { sizePt: 12, dpi: 205, lineSpacing: 1.35, degrade: { seed: 6757, blurSigma: 0.5, noise: 7, contrast: 0.97, brightness: 1, jpegQuality: 79 } },
  T58: { sizePt: 12, dpi: 280, lineSpacing: 1.4, degrade: { seed: 6858, blurSigma: 0.9, noise: 13, contrast: 0.88, brightness: 4, jpegQuality: 60 } },
  T59: { sizePt: 12, dpi: 235, lineSpacing: 1.3, degrade: { seed: 6959, blurSigma: 0.65, noise: 9, contrast: 0.93, brightness: -3, jpegQuality: 69 } },
  T60: { sizePt: 12, dpi: 300, lineSpacing: 1.5, degrade: { seed: 7060, blurSigma: 1.1, noise: 16, contrast: 0.85, brightness: 6, jpegQuality: 62 } },
  T61: { sizePt: 12, dpi: 260, lineSpacing: 1.25, degrade: { seed: 7161, blurSigma: 0.8, noise: 11, contrast: 0.9, brightness: 2, jpegQuality: 64 } },
  T62: { sizePt: 12, dpi: 210, lineSpacing: 1.35, degrade: { seed: 7262, blurSigma: 0.55, noise: 8, contrast: 0.96, brightness: -1, jpegQuality: 76 } },
  T63: { sizePt: 12, dpi: 285, lineSpacing: 1.4, degrade: { seed: 7363, blurSigma: 0.95, noise: 14, contrast: 0.87, brightness: 5, jpegQuality: 59 } },
  T64: { sizePt: 12, dpi: 250, lineSpacing: 1.3, degrade: { seed: 7464, blurSigma: 0.75, noise: 10, contrast: 0.92, brightness: -2, jpegQuality: 66 } },
  T65: { sizePt: 12, dpi: 245, lineSpacing: 1.35, degrade: { seed: 7565, blurSigma: 0.7, noise: 10, contrast: 0.91, brightness: 3, jpegQuality: 63 } },
  T66: { sizePt: 12, dpi: 290, lineSpacing: 1.25, degrade: { seed: 7666, blurSigma: 1.0, noise: 15, contrast: 0.87, brightness: -2, jpegQuality: 60 } },
  T67: { sizePt: 12, dpi: 215, lineSpacing: 1.3, degrade: { seed: 7767, blurSigma: 0.55, noise: 8, contrast: 0.95, brightness: 1, jpegQuality: 73 } },
  T68: { sizePt: 12, dpi: 300, lineSpacing: 1.45, degrade: { seed: 7868, blurSigma: 1.05, noise: 16, contrast: 0.86, brightness: 5, jpegQuality: 61 } },
  T69: { sizePt: 12, dpi: 265, lineSpacing: 1.4, degrade: { seed: 7969, blurSigma: 0.85, noise: 12, contrast: 0.9, brightness: -1, jpegQuality: 67 } },
  T70: { sizePt: 12, dpi: 230, lineSpacing: 1.3, degrade: { seed: 8070, blurSigma: 0.6, noise: 9, contrast: 0.94, brightness: 4, jpegQuality: 58 } },
  T71: { sizePt: 12, dpi: 295, lineSpacing: 1.45, degrade: { seed: 8171, blurSigma: 1.0, noise: 15, contrast: 0.86, brightness: 3, jpegQuality: 62 } },
  T72: { sizePt: 12, dpi: 240, lineSpacing: 1.3, degrade: { seed: 8272, blurSigma: 0.7, noise: 10, contrast: 0.92, brightness: -2, jpegQuality: 66 } },
  T73: { sizePt: 12, dpi: 210, lineSpacing: 1.35, degrade: { seed: 8373, blurSigma: 0.5, noise: 7, contrast: 0.95, brightness: 2, jpegQuality: 77 } },
  T74: { sizePt: 12, dpi: 280, lineSpacing: 1.25, degrade: { seed: 8474, blurSigma: 0.9, noise: 13, contrast: 0.89, brightness: -3, jpegQuality: 59 } },
  T75: { sizePt: 12, dpi: 255, lineSpacing: 1.4, degrade: { seed: 8575, blurSigma: 0.8, noise: 11, contrast: 0.9, brightness: 1, jpegQuality: 64 } },
  T76: { sizePt: 12, dpi: 225, lineSpacing: 1.3, degrade: { seed: 8676, blurSigma: 0.6, noise: 9, contrast: 0.93, brightness: 4, jpegQuality: 70 } },
};

/** The two sets of plans the script makes: where their files live and how each document is scanned. */
export const FIXTURE_SETS = {
  holdout: { dir: 'fixtures/holdout', docs: HOLDOUT_DOCS as readonly string[], layouts: HOLDOUT_LAYOUTS },
  tuning: { dir: 'fixtures/tuning', docs: TUNING_DOCS as readonly string[], layouts: TUNING_LAYOUTS },
} as const;
export type FixtureSet = keyof typeof FIXTURE_SETS;

/** White paper added around a cut-out line, in pixels at 300 DPI (scaled to the page's resolution). */
const CROP_PADDING_AT_300_DPI = 24;

export interface LineBlock {
  /** 0-based index of the clean line this block prints. */
  lineIndex: number;
  block: TypesetBlock;
}

/** Headings printed bold in the genre: the document title, Roman-numbered parts, the upper-case header lines. */
export function isBoldLine(line: string): boolean {
  const text = line.trim();
  if (/^(?:[IVX]+)\.\s/u.test(text)) return true;
  if (/^KẾ HOẠCH$/u.test(text)) return true;
  if (/^Độc lập - Tự do - Hạnh phúc$/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi') && !/^Số:|^Nơi nhận/u.test(text);
}

/** One typeset block per non-empty line; a run of empty lines before a line becomes that much space before it. */
export function blocksForLines(lines: readonly string[]): LineBlock[] {
  const blocks: LineBlock[] = [];
  let emptyRun = 0;
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') {
      emptyRun += 1;
      return;
    }
    const block: TypesetBlock = { text: line.trim(), align: 'left', bold: isBoldLine(line) };
    if (emptyRun > 0) block.spaceBeforeLines = emptyRun;
    if (/^KẾ HOẠCH$/u.test(line.trim())) block.align = 'center';
    blocks.push({ lineIndex, block });
    emptyRun = 0;
  });
  return blocks;
}

/** Splits a file into lines the way the gold files count them: a final newline does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** OCR output of one line crop as one line: recogniser line breaks become spaces, runs of spaces collapse. */
export function oneLine(ocrText: string): string {
  return ocrText.replace(/\s+/gu, ' ').trim();
}

/** Places OCR results back on the clean text's lines; lines without a block (empty lines) stay empty. */
export function assembleGarbled(lineCount: number, recognised: ReadonlyArray<{ lineIndex: number; text: string }>): string[] {
  const out = Array.from({ length: lineCount }, () => '');
  for (const { lineIndex, text } of recognised) {
    if (lineIndex < 0 || lineIndex >= lineCount) throw new Error(`line index ${lineIndex} outside 0..${lineCount - 1}`);
    out[lineIndex] = oneLine(text);
  }
  return out;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** One printed line cut out of a scanned page, with white paper around it (what the OCR reads). */
export async function cropLine(page: Buffer, line: TypesetLine, dpi: number): Promise<Buffer> {
  const pad = Math.round((CROP_PADDING_AT_300_DPI * dpi) / 300);
  const { x0, y0, x1, y1 } = line.box;
  return sharp(page)
    .extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 })
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 255, g: 255, b: 255 } })
    .png()
    .toBuffer();
}

/** A clean line that did not print as exactly one line of the page (wrapped, dropped or changed) under a layout. */
export class LineWrapError extends Error {}

/** Prints a clean text under a layout, scans it and reads it back line by line: the garbled text, line for line. */
export async function garbleText(name: string, clean: string, layout: HoldoutLayout, ocr: CachedOcr): Promise<string> {
  const lines = splitLines(clean.normalize('NFC'));
  const blocks = blocksForLines(lines);
  const { pages } = await typeset(
    blocks.map((b) => b.block),
    { font: resolveSerifFont(), sizePt: layout.sizePt, dpi: layout.dpi, lineSpacing: layout.lineSpacing },
  );
  const printed = pages.flatMap((page, pageIndex) => page.lines.map((line) => ({ line, pageIndex })));
  const wrongBlock = blocks.findIndex((_, k) => printed.filter(({ line }) => line.blockIndex === k).length !== 1);
  if (wrongBlock >= 0 || printed.length !== blocks.length) {
    const lineNumber = (blocks[wrongBlock]?.lineIndex ?? -1) + 1;
    throw new LineWrapError(`${name}: clean line ${lineNumber} did not typeset as exactly one line (wrapped or dropped); shorten it or lower sizePt`);
  }
  printed.forEach(({ line }, k) => {
    const block = blocks[k] as LineBlock;
    if (line.text !== block.block.text.split(/\s+/u).join(' ')) {
      throw new LineWrapError(`${name}: clean line ${block.lineIndex + 1} typeset as "${line.text}"`);
    }
  });
  const scanned = await Promise.all(pages.map((page, index) => degradeScan(page.png, { ...layout.degrade, seed: layout.degrade.seed + index })));
  const recognised = await Promise.all(
    printed.map(async ({ line, pageIndex }, k) => {
      const crop = await cropLine(scanned[pageIndex] as Buffer, line, layout.dpi);
      const result = await ocr.recognize(crop);
      return { lineIndex: (blocks[k] as LineBlock).lineIndex, text: result.text };
    }),
  );
  const garbled = assembleGarbled(lines.length, recognised);
  console.log(`${name}: ${lines.length} lines, ${printed.length} printed on ${pages.length} page(s) at ${layout.dpi} DPI, blur ${layout.degrade.blurSigma}, noise ${layout.degrade.noise}`);
  return `${garbled.join('\n')}\n`;
}

async function garble(name: string, set: FixtureSet, ocr: CachedOcr): Promise<string> {
  const layout = FIXTURE_SETS[set].layouts[name];
  if (!layout) throw new Error(`${name}: no layout for it in the ${set} set`);
  const cleanPath = path.join(repoRoot, FIXTURE_SETS[set].dir, `${name}.clean.txt`);
  return garbleText(name, await readFile(cleanPath, 'utf8'), layout, ocr);
}

async function main(): Promise<void> {
  const setName = argument('set') ?? 'holdout';
  if (!(setName in FIXTURE_SETS)) throw new UsageError(`--set must be one of ${Object.keys(FIXTURE_SETS).join(', ')}`);
  const set = setName as FixtureSet;
  const only = argument('only') ?? argument('docs');
  const check = process.argv.includes('--check');
  const wanted = only?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !FIXTURE_SETS[set].docs.includes(name)) ?? [];
  if (unknown.length > 0) throw new UsageError(`not in the ${set} set: ${unknown.join(', ')}`);
  const names = FIXTURE_SETS[set].docs.filter((name) => !wanted || wanted.includes(name));
  const ocr = await openCachedOcr(path.join(repoRoot, 'bench/tmp/holdout-ocr'), Number(argument('workers') ?? '2'));
  console.log(`font: ${resolveSerifFont().description}\nOCR: ${OCR_ENGINE}, one crop per line`);
  let differs = 0;
  try {
    for (const name of names) {
      const text = await garble(name, set, ocr);
      const target = path.join(repoRoot, FIXTURE_SETS[set].dir, `${name}.garbled.txt`);
      if (check) {
        const committed = await readFile(target, 'utf8').catch(() => null);
        if (committed !== text) {
          differs += 1;
          console.log(`${name}: differs from ${path.relative(repoRoot, target)}`);
        }
      } else {
        await writeFile(target, text);
      }
    }
  } finally {
    await ocr.close();
  }
  console.log(`OCR: ${ocr.misses} crops recognised, ${ocr.hits} from cache`);
  if (differs > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main().catch((error: unknown) => {
    if (!(error instanceof VnplanError)) throw error;
    console.error(`make-holdout: ${error.message}`);
    process.exitCode = error.exitCode;
  });
}
