/**
 * The OCR channel: how likely Tesseract's English model is to print an OCR substring for a true Vietnamese
 * character, learned by scripts/build-ocr-channel.ts from typeset, OCRed and aligned text.
 *
 * Reading it: for a candidate syllable `thư` and an OCR token `thw`, cut the OCR token into one 0–3 character piece
 * per true character (t→t, h→h, ư→w) and add the pieces' logProbs; the best cut is the channel score
 * (`scoreOcrToken` below does exactly that). Both sides of `entries` are lower case; `upperEntries` holds what
 * capitals do differently (a word-initial `Đ` prints `P`, a lower-case `đ` prints `d`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputFileError } from '../errors/index.js';

export const OCR_CHANNEL_MAX_EMISSION = 3;

const LogProbSchema = z.number().max(0).meta({ description: 'Natural log of the probability (≤ 0)' });

export const OcrChannelEntrySchema = z
  .object({
    truth: z
      .string()
      .refine((value) => [...value].length === 1, 'truth must be exactly one character')
      .meta({ description: 'One true character, NFC (lower case in `entries`, upper case in `upperEntries`)' }),
    ocr: z
      .string()
      .refine((value) => [...value].length <= OCR_CHANNEL_MAX_EMISSION, 'ocr must be 0–3 characters')
      .meta({ description: "What the OCR printed for it: 0–3 characters ('' = the character was dropped)" }),
    logProb: LogProbSchema.meta({ description: 'log P(ocr | truth), smoothed' }),
    count: z.int().min(0).meta({ description: 'How often this emission was seen in the aligned training pairs' }),
  })
  .meta({ id: 'OcrChannelEntry' });

export const OcrChannelFloorSchema = z
  .object({
    truth: z.string().refine((value) => [...value].length === 1, 'truth must be exactly one character'),
    logProb: LogProbSchema.meta({ description: 'log P(any OCR substring not listed for this character | truth)' }),
    seen: z.int().min(0).meta({ description: 'How often the character was seen in training' }),
  })
  .meta({ id: 'OcrChannelFloor' });

export const OcrChannelSchema = z
  .object({
    schemaName: z.literal('vnplan.OcrChannel'),
    version: z.literal(1),
    description: z.string(),
    trainedOn: z
      .object({
        pages: z.int().min(0).meta({ description: 'Typeset pages OCRed' }),
        tokenPairs: z.int().min(0).meta({ description: 'Aligned (true token, OCR token) pairs used for EM' }),
        charPairs: z.int().min(0).meta({ description: 'True characters segmented in the last EM round' }),
        tokenAccuracy: z.number().min(0).max(1).meta({ description: 'Share of aligned true tokens the OCR printed exactly' }),
        font: z.string(),
        sizesPt: z.array(z.number()),
        dpis: z.array(z.number()),
        engine: z.string(),
        corpus: z.string(),
        seed: z.int(),
        emRounds: z.int().min(1),
      })
      .meta({ description: 'What the table was learned from (for reproducibility; see scripts/build-ocr-channel.ts)' }),
    defaultFloorLogProb: LogProbSchema.meta({
      description: 'logProb of a non-identity reading for a true character not in `floors` (never seen in training)',
    }),
    unknownIdentityLogProb: LogProbSchema.meta({
      description: 'logProb that a true character never seen in training is printed as itself',
    }),
    floors: z.array(OcrChannelFloorSchema).meta({ description: 'Per true character: logProb of any reading not in `entries`' }),
    entries: z.array(OcrChannelEntrySchema).meta({ description: 'Lower-case channel: P(OCR substring | true character), both sides lower case' }),
    upperEntries: z.array(OcrChannelEntrySchema).meta({
      description:
        'Case-preserving channel for upper-case true characters (title-case and all-caps words); fall back to `entries` with both sides lower-cased where a character is missing',
    }),
    upperFloors: z.array(OcrChannelFloorSchema),
  })
  .meta({ id: 'OcrChannel', description: 'Learned OCR confusion model (Tesseract eng on printed Vietnamese)' });

export type OcrChannel = z.infer<typeof OcrChannelSchema>;
export type OcrChannelEntry = z.infer<typeof OcrChannelEntrySchema>;

export const DEFAULT_OCR_CHANNEL_PATH = fileURLToPath(new URL('../../dictionaries/ocr-channel.json', import.meta.url));

/** Reads and validates the channel table; a bad file becomes an InputFileError naming it and the first problem. */
export function loadOcrChannel(path: string = DEFAULT_OCR_CHANNEL_PATH): OcrChannel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read';
    throw new InputFileError(path, `OCR channel table ${reason}`, 'rebuild it with `npx tsx scripts/build-ocr-channel.ts`');
  }
  return parseOcrChannel(raw, path);
}

export function parseOcrChannel(raw: unknown, source: string): OcrChannel {
  const result = OcrChannelSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new InputFileError(source, `not a valid OCR channel table${where}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

export interface OcrChannelScorer {
  /** log P(OCR piece | one true character), with the table's smoothing; `upper` uses the case-preserving section. */
  emission(truth: string, ocr: string): number;
  /** Best log P(whole OCR token | true token) over all cuts of the OCR token into 0–3 character pieces; -Infinity if none. */
  score(truth: string, ocr: string): number;
}

/**
 * Builds a scorer over a loaded table. True characters in upper case use `upperEntries` (falling back to the
 * lower-case table with the OCR piece lower-cased); lower-case ones compare against the lower-cased OCR piece.
 */
export function createOcrChannelScorer(channel: OcrChannel): OcrChannelScorer {
  const lower = indexEntries(channel.entries);
  const upper = indexEntries(channel.upperEntries);
  const floors = new Map(channel.floors.map((floor) => [floor.truth, floor.logProb]));
  const upperFloors = new Map(channel.upperFloors.map((floor) => [floor.truth, floor.logProb]));
  const lowerEmission = (truth: string, ocr: string): number => {
    const row = lower.get(truth);
    if (!row) return ocr === truth ? channel.unknownIdentityLogProb : channel.defaultFloorLogProb;
    return row.get(ocr) ?? floors.get(truth) ?? channel.defaultFloorLogProb;
  };
  const emission = (truth: string, ocr: string): number => {
    const lowerTruth = truth.toLowerCase();
    if (lowerTruth === truth) return lowerEmission(truth, ocr.toLowerCase());
    const row = upper.get(truth);
    if (row) return row.get(ocr) ?? upperFloors.get(truth) ?? channel.defaultFloorLogProb;
    return lowerEmission(lowerTruth, ocr.toLowerCase());
  };
  return {
    emission,
    score(truth, ocr) {
      const t = [...truth.normalize('NFC')];
      const o = [...ocr.normalize('NFC')];
      let best = new Float64Array(o.length + 1).fill(-Infinity);
      best[0] = 0;
      for (const truthChar of t) {
        const next = new Float64Array(o.length + 1).fill(-Infinity);
        for (let j = 0; j <= o.length; j++) {
          const here = best[j] ?? -Infinity;
          if (here === -Infinity) continue;
          for (let k = 0; k <= OCR_CHANNEL_MAX_EMISSION && j + k <= o.length; k++) {
            const score = here + emission(truthChar, o.slice(j, j + k).join(''));
            if (score > (next[j + k] ?? -Infinity)) next[j + k] = score;
          }
        }
        best = next;
      }
      return best[o.length] ?? -Infinity;
    },
  };
}

function indexEntries(entries: readonly OcrChannelEntry[]): Map<string, Map<string, number>> {
  const index = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    let row = index.get(entry.truth);
    if (!row) index.set(entry.truth, (row = new Map()));
    row.set(entry.ocr, entry.logProb);
  }
  return index;
}
