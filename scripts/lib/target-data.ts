/**
 * The plans the target accept/reject model learns from, in the order their sets were added, with their clean text,
 * the OCR text and the restored text.
 *
 * Never the judges (H5 and up) and never the evaluation seeds 000–002 (STYLE: their gold is never trained on);
 * a tuning group added after T41–T46 only when asked for by name, once the lead has run its first sight.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HoldoutGoldSchema, TUNING_GROUPS, type HoldoutGold } from '../make-holdout.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface PlanText {
  id: string;
  /** The prequential group the plan was added with. */
  group: string;
  gold: HoldoutGold;
  clean: string[];
  garbled: string[];
  /** Filled by withRestored. */
  restored?: string[];
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').normalize('NFC');
}

function seedPlan(id: string): PlanText {
  const gold = HoldoutGoldSchema.parse(JSON.parse(readText(join(repoRoot, 'fixtures', 'gold', `${id}.gold.json`))));
  const seed = readText(join(repoRoot, 'fixtures', 'seeds', gold.doc)).split('\n');
  return { id, group: 'base', gold, clean: seed, garbled: seed };
}

function fixturePlan(dir: string, id: string, group: string): PlanText {
  const gold = HoldoutGoldSchema.parse(JSON.parse(readText(join(repoRoot, dir, `${id}.gold.json`))));
  return { id, group, gold, clean: readText(join(repoRoot, dir, `${id}.clean.txt`)).split('\n'), garbled: readText(join(repoRoot, dir, `${id}.garbled.txt`)).split('\n') };
}

/**
 * Groups in the order they were added: base = seed 003 + T1–T12 + H1–H4, then T13–T16 … T41–T46 (T41–T46 since the
 * lead's first sight of them, .scratch/first-sight-T41-T46.txt).
 */
export const TRAINING_GROUPS = ['base', 'T13–T16', 'T17–T22', 'T23–T28', 'T29–T34', 'T35–T40', 'T41–T46'] as const;

/** Every plan of the training groups (never 000–002, H5 and up, or a tuning group the lead has not run yet). */
export function trainingPlans(): PlanText[] {
  const plans: PlanText[] = [seedPlan('003')];
  for (const id of TUNING_GROUPS['T1–T12']) plans.push(fixturePlan('fixtures/tuning', id, 'base'));
  for (const id of ['H1', 'H2', 'H3', 'H4']) plans.push(fixturePlan('fixtures/holdout', id, 'base'));
  for (const group of TRAINING_GROUPS.slice(1)) {
    for (const id of TUNING_GROUPS[group as keyof typeof TUNING_GROUPS]) plans.push(fixturePlan('fixtures/tuning', id, group));
  }
  return plans;
}

/**
 * A tuning group added after the training groups (`T47–T52` …), as a group of its own: only once the lead's
 * first-sight run of it is written (their first sight belongs to the lead).
 */
export function laterTuningPlans(group: string): PlanText[] {
  const ids = (TUNING_GROUPS as Readonly<Record<string, readonly string[]>>)[group];
  if (ids === undefined || (TRAINING_GROUPS as readonly string[]).includes(group)) throw new Error(`${group}: not a tuning group added after the training groups`);
  const firstSight = join(repoRoot, '.scratch', `first-sight-${group.replace('–', '-')}.txt`);
  if (!existsSync(firstSight)) throw new Error(`${group} are first-sight plans until the lead has run them (${firstSight})`);
  return ids.map((id) => fixturePlan('fixtures/tuning', id, group));
}

interface Restorer {
  restore(text: string): { text: string };
}

/** The plans with the text the restorer makes of their garbled text (restored afresh: its code changes under one version). */
export function withRestored(plans: readonly PlanText[], restorer: Restorer): PlanText[] {
  return plans.map((plan) => ({ ...plan, restored: restorer.restore(plan.garbled.join('\n')).text.split('\n') }));
}
