// The learned accept/reject decision for target figures: an L2-regularised logistic regression over the features
// of features.ts, trained by scripts/train-targets.ts. Inference is a sum of weights.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputFileError } from '../../errors/index.js';

export const DEFAULT_TARGET_MODEL_PATH = fileURLToPath(new URL('../../../dictionaries/target-model.json', import.meta.url));

const WeightsSchema = z.strictObject({
  /** The probability at or above which a figure is a target. */
  threshold: z.number().gt(0).lt(1),
  /** Weight per feature name (features.ts); a feature not listed weighs 0. */
  weights: z.record(z.string().min(1), z.number().finite()),
});

export const TargetModelSchema = z.strictObject({
  format: z.literal('vnplan-target-model/1'),
  /** How it was trained: the plans (ids only), the regularisation, the number of candidates. */
  trainedOn: z.strictObject({ plans: z.array(z.string()), candidates: z.number().int().min(0), positives: z.number().int().min(0), l2: z.number().min(0), minPlans: z.number().int().min(1) }),
  /** Features only (learned); with the rule verdict as a feature too (hybrid). */
  learned: WeightsSchema,
  hybrid: WeightsSchema,
});
export type TargetModel = z.infer<typeof TargetModelSchema>;
export type TargetWeights = z.infer<typeof WeightsSchema>;

/** The model in a parsed JSON value; a bad one is an InputFileError naming `source` and the first problem. */
export function parseTargetModel(raw: unknown, source: string): TargetModel {
  const result = TargetModelSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new InputFileError(source, `not a valid target model${where}: ${first?.message ?? 'invalid'}`, 'retrain it with `npx tsx scripts/train-targets.ts`');
  }
  return result.data;
}

const loaded = new Map<string, TargetModel>();

/** Reads and validates the model file (once per path); a bad or missing file is an InputFileError naming it. */
export function loadTargetModel(path: string = DEFAULT_TARGET_MODEL_PATH): TargetModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read';
    throw new InputFileError(path, `target model ${reason}`, 'retrain it with `npx tsx scripts/train-targets.ts`');
  }
  const model = parseTargetModel(raw, path);
  loaded.set(path, model);
  return model;
}

/** The probability that a figure with these features is a target. */
export function targetProbability(weights: TargetWeights, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) score += weights.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}
