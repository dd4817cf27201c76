/**
 * The damage probe: many more damage events than the tuning plans give, so that a keep rule is judged on dozens of
 * events instead of three.
 *
 * The CLEAN texts of the tuning plans T1–T40 and of H1–H4 (never H5 and up) are printed again under NEW scan layouts
 * (other seeds, resolutions, blur, noise, contrast and JPEG quality, each drawn from the ranges the holdout and tuning
 * layouts already use) and read again with the ENGLISH Tesseract model, exactly as scripts/make-holdout.ts garbles a
 * plan (its exported functions: one typeset block per clean line, one crop per printed line). The garbled variants are
 * committed in fixtures/probe/<doc>.<variant>.garbled.txt, so the probe runs without OCR.
 *
 *   nice -n 10 npx tsx bench/damage-probe.ts --make [--variants a,b,c] [--docs T1,T2] [--workers 2]   (OCR, slow)
 *   npx tsx bench/damage-probe.ts [--out bench/results/damage-probe.json] [--events] [--quiet]          (restore + score)
 *   npx tsx bench/damage-probe.ts --check                   (dev 000–002 and the clean pass-through too: one quick loop)
 *   npx tsx bench/damage-probe.ts --fixtures               (also the tuning plans by group and H1–H4, restoration only, as eval-holdout scores them)
 *   npx tsx bench/damage-probe.ts --decoder '{"jointKeepMargin":0}' --no-write   (an experiment with other settings)
 *   npx tsx bench/damage-probe.ts --dictionary-dir /tmp/other-dictionaries --no-write  (another model or dictionary)
 *
 * Scoring is bench/lib/restore-scoring.ts (the same as eval-restore and eval-holdout): syllable accuracy and damage
 * (syllables the garbled input already had right that the output got wrong), per variant and pooled. Every damage
 * event is listed with its kind:
 *   toneless→tone   the input syllable had no marks, the output added some (same letters);
 *   mark changed    the input had marks; the output changed them (same letters);
 *   letters changed the output changed the base letters;
 * and flags: capitalised (a name or a heading word) and phrase (the output words around it form a phrase the
 * dictionary lists, i.e. the dictionary pulled it), plus the restorer's own reason for the change.
 *
 * Caveats, said in the output too: scripts/build-lm.ts reads none of these clean files (it reads the law corpus, the word
 * list, the general dictionary, seed 003, dictionaries/domain-phrases.txt and scripts/lm/plan-corpus), but the
 * team-written plan corpus shares 12% of the 8-grams of T1–T40 and 26% of those of H1–H4 (4% of gold 000–002's), and
 * the dictionaries and the decoder's settings were tuned while looking at T1–T40 and H1–H4, so the probe flatters the
 * restorer on accuracy; it is a tool to find the CAUSES of damage, not a judge.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { UsageError, VnplanError } from '../src/errors/index.js';
import { loadRestorer, type Restorer, type RestorerOptions } from '../src/restore/index.js';
import type { Correction } from '../src/schema/document.js';
import { canonicalizeToneStyle, stripDiacritics } from '../src/vietnamese/index.js';
import { mulberry32, resolveSerifFont } from '../scripts/lib/typeset.js';
import { OCR_ENGINE, openCachedOcr, type CachedOcr } from '../scripts/ocr-channel/ocr.js';
import { garbleText, LineWrapError, TUNING_DOCS, TUNING_GROUPS, type HoldoutLayout } from '../scripts/make-holdout.js';
import { matchedGoldIndices, scoreRestoration, scoringTokens } from './lib/restore-scoring.js';
import { checkOptions } from './lib/options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE_DIR = join(repoRoot, 'fixtures', 'probe');
const LAYOUTS_FILE = join(PROBE_DIR, 'layouts.json');

/** Tuning plans T1–T40 and the held-out plans H1–H4 that may direct fixes. Never the judges H5 and up, never T41 on. */
const PROBE_DOCS: readonly string[] = [...TUNING_DOCS.filter((name) => Number(name.slice(1)) <= 40), 'H1', 'H2', 'H3', 'H4'];
const VARIANTS = ['a', 'b', 'c'] as const;

function cleanPath(doc: string): string {
  return join(repoRoot, 'fixtures', doc.startsWith('H') ? 'holdout' : 'tuning', `${doc}.clean.txt`);
}

function garbledPath(doc: string, variant: string): string {
  return join(PROBE_DIR, `${doc}.${variant}.garbled.txt`);
}

const LayoutSchema = z.strictObject({
  sizePt: z.number(),
  dpi: z.number().int().min(150).max(400),
  lineSpacing: z.number(),
  degrade: z.strictObject({
    seed: z.number().int(),
    blurSigma: z.number(),
    noise: z.number(),
    contrast: z.number(),
    brightness: z.number(),
    jpegQuality: z.number().int(),
  }),
});
const LayoutsFileSchema = z.record(z.string(), LayoutSchema);

/**
 * A scan layout for one document and variant, drawn with a seeded generator from the ranges the committed holdout and
 * tuning layouts span (200–300 DPI, blur 0.45–1.1, noise 6–16, contrast 0.85–1.0, brightness −6…8, JPEG 55–85, line
 * spacing 1.25–1.5). Blur and noise rise together, as they do in those layouts. The seeds are new (9000 + …).
 */
export function probeLayout(doc: string, variant: string): HoldoutLayout {
  const docNumber = Number(doc.slice(1)) + (doc.startsWith('H') ? 100 : 0);
  const variantNumber = variant.charCodeAt(0) - 'a'.charCodeAt(0);
  const seed = 90000 + docNumber * 10 + variantNumber;
  const random = mulberry32(seed);
  const between = (low: number, high: number, step: number): number => Math.round((low + random() * (high - low)) / step) * step;
  const heaviness = random();
  const round = (value: number, places: number): number => Number(value.toFixed(places));
  return {
    sizePt: 12,
    dpi: between(200, 300, 5),
    lineSpacing: round(between(1.25, 1.5, 0.05), 2),
    degrade: {
      seed,
      blurSigma: round(0.45 + heaviness * 0.65, 2),
      noise: Math.round(6 + heaviness * 10),
      contrast: round(1 - heaviness * 0.15, 2),
      brightness: Math.round(between(-6, 8, 1)),
      jpegQuality: Math.round(between(55, 85, 1)),
    },
  };
}

/**
 * A line that nearly fills the text width may wrap at one resolution (pixel rounding) and not at another: the
 * resolutions tried after the drawn one, in order, all inside 200–300 DPI.
 */
function fallbackResolutions(dpi: number): number[] {
  return [dpi, dpi + 10, dpi - 10, dpi + 20, dpi - 20, dpi + 30, dpi - 30].filter((value) => value >= 200 && value <= 300);
}

const PROBE_USAGE = `usage: nice -n 10 npx tsx bench/damage-probe.ts --make [--variants a,b,c] [--docs T1,T2] [--workers 2]
       npx tsx bench/damage-probe.ts [--out FILE | --no-write] [--events] [--quiet] [--check] [--fixtures] [--decoder JSON] [--dictionary-dir DIR]`;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function readLayouts(): Record<string, HoldoutLayout> {
  if (!existsSync(LAYOUTS_FILE)) return {};
  const parsed = LayoutsFileSchema.safeParse(JSON.parse(readFileSync(LAYOUTS_FILE, 'utf8')));
  if (!parsed.success) throw new VnplanError(`${LAYOUTS_FILE}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function make(): Promise<void> {
  const variants = (argument('variants') ?? VARIANTS.join(',')).split(',');
  const docs = argument('docs')?.split(',') ?? [...PROBE_DOCS];
  const unknown = docs.filter((doc) => !PROBE_DOCS.includes(doc));
  if (unknown.length > 0) throw new UsageError(`not probe documents: ${unknown.join(', ')}`);
  mkdirSync(PROBE_DIR, { recursive: true });
  const layouts = readLayouts();
  const ocr = await openCachedOcr(join(repoRoot, 'bench/tmp/probe-ocr'), Number(argument('workers') ?? '2'));
  console.log(`font: ${resolveSerifFont().description}\nOCR: ${OCR_ENGINE}, one crop per line`);
  try {
    for (const variant of variants) {
      for (const doc of docs) {
        const clean = readFileSync(cleanPath(doc), 'utf8');
        let layout = probeLayout(doc, variant);
        let text: string | null = null;
        for (const dpi of fallbackResolutions(layout.dpi)) {
          layout = { ...layout, dpi };
          try {
            text = await garbleText(`${doc}.${variant}`, clean, layout, ocr);
            break;
          } catch (error) {
            if (!(error instanceof LineWrapError)) throw error;
            console.log(error.message);
          }
        }
        if (text === null) throw new VnplanError(`${doc}.${variant}: a line wraps at every resolution tried`);
        writeFileSync(garbledPath(doc, variant), text);
        layouts[`${doc}.${variant}`] = layout;
        writeFileSync(LAYOUTS_FILE, `${JSON.stringify(layouts, null, 1)}\n`);
      }
    }
  } finally {
    await ocr.close();
  }
  console.log(`OCR: ${ocr.misses} crops recognised, ${ocr.hits} from cache`);
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring and damage events

export type DamageKind = 'toneless→tone' | 'mark changed' | 'letters changed' | 'token lost';

export interface DamageEvent {
  variant: string;
  line: number;
  gold: string;
  input: string;
  output: string | null;
  kind: DamageKind;
  capitalised: boolean;
  /** The restorer's reason for the change at that place, when it recorded one. */
  reason: Correction['reason'] | null;
  /** The changed word together with a neighbour forms a phrase the dictionary lists. */
  phrase: boolean;
  /** The output line, and the garbled input line it came from. */
  context: string;
  inputLine: string;
}

function hasMarks(token: string): boolean {
  return stripDiacritics(token) !== token;
}

export function damageKind(input: string, output: string | null): DamageKind {
  if (output === null) return 'token lost';
  const a = input.toLowerCase();
  const b = output.toLowerCase();
  if (stripDiacritics(a).replace(/đ/gu, 'd') !== stripDiacritics(b).replace(/đ/gu, 'd')) return 'letters changed';
  return hasMarks(a) ? 'mark changed' : 'toneless→tone';
}

/**
 * Output token at the position of input token `j`: the restorer keeps tokens one for one almost always, so equal
 * token counts align by position; otherwise by a common subsequence of the letters once marks are stripped.
 */
function outputTokenFor(inputTokens: readonly string[], outputTokens: readonly string[], j: number): string | null {
  if (inputTokens.length === outputTokens.length) return outputTokens[j] ?? null;
  const key = (t: string) => stripDiacritics(t.toLowerCase());
  const matched = matchedGoldIndices(inputTokens.map(key), outputTokens.map(key));
  if (!matched.has(j)) return null;
  // Walk both sequences the way the LCS did to find the partner of j.
  const inKeys = inputTokens.map(key);
  const outKeys = outputTokens.map(key);
  let o = 0;
  for (let i = 0; i < inKeys.length && o < outKeys.length; i += 1) {
    if (!matched.has(i)) continue;
    while (o < outKeys.length && outKeys[o] !== inKeys[i]) o += 1;
    if (i === j) return outputTokens[o] ?? null;
    o += 1;
  }
  return null;
}

function loadPhraseSet(): Set<string> {
  const phrases = new Set<string>();
  for (const file of ['domain-phrases.txt', 'corrections.txt']) {
    const path = join(repoRoot, 'dictionaries', file);
    if (!existsSync(path)) continue;
    for (const raw of readFileSync(path, 'utf8').split('\n')) {
      const line = raw.replace(/#.*$/u, '').trim();
      if (line === '') continue;
      const target = line.includes('→') ? (line.split('→')[1] ?? '') : line.split('\t')[0] ?? line;
      phrases.add(canonicalizeToneStyle(target.trim().toLowerCase()));
    }
  }
  return phrases;
}

/** True when the output word and one or two neighbours form a listed phrase. */
function inListedPhrase(outputTokens: readonly string[], position: number, phrases: ReadonlySet<string>): boolean {
  const lower = outputTokens.map((t) => canonicalizeToneStyle(t.toLowerCase()));
  for (let start = Math.max(0, position - 3); start <= position; start += 1) {
    for (let end = position + 1; end <= Math.min(lower.length, position + 4); end += 1) {
      if (end - start < 2) continue;
      if (phrases.has(lower.slice(start, end).join(' '))) return true;
    }
  }
  return false;
}

interface VariantResult {
  variant: string;
  goldSyllables: number;
  inputCorrect: number;
  outputCorrect: number;
  damaged: number;
  accuracy: number;
  damageRate: number;
}

function damageEvents(variant: string, input: string, output: string, gold: string, corrections: readonly Correction[], phrases: ReadonlySet<string>): DamageEvent[] {
  const events: DamageEvent[] = [];
  const inputLines = input.split('\n');
  const outputLines = output.split('\n');
  gold.split('\n').forEach((goldLine, index) => {
    const goldTokens = scoringTokens(canonicalizeToneStyle(goldLine)).map((t) => t.toLowerCase());
    const inTokens = scoringTokens(canonicalizeToneStyle(inputLines[index] ?? ''));
    const outTokens = scoringTokens(canonicalizeToneStyle(outputLines[index] ?? ''));
    const inMatched = matchedGoldIndices(goldTokens, inTokens.map((t) => t.toLowerCase()));
    const outMatched = matchedGoldIndices(goldTokens, outTokens.map((t) => t.toLowerCase()));
    for (const k of inMatched) {
      if (outMatched.has(k)) continue;
      // The input token that matched gold k: walk the LCS of gold and input again.
      const j = partnerIndex(goldTokens, inTokens.map((t) => t.toLowerCase()), inMatched, k);
      const inputToken = j === null ? (goldTokens[k] as string) : (inTokens[j] as string);
      const outputToken = j === null ? null : outputTokenFor(inTokens, outTokens, j);
      const outPosition = outputToken === null ? -1 : outTokens.indexOf(outputToken);
      const correction = corrections.find((c) => c.line === index + 1 && c.from.toLowerCase().includes(inputToken.toLowerCase()));
      events.push({
        variant,
        line: index + 1,
        gold: goldTokens[k] as string,
        input: inputToken,
        output: outputToken,
        kind: damageKind(inputToken, outputToken),
        capitalised: /^\p{Lu}/u.test(inputToken),
        reason: correction?.reason ?? null,
        phrase: outPosition >= 0 && inListedPhrase(outTokens, outPosition, phrases),
        context: (outputLines[index] ?? '').slice(0, 160),
        inputLine: (inputLines[index] ?? '').slice(0, 160),
      });
    }
  });
  return events;
}

function partnerIndex(gold: readonly string[], other: readonly string[], matched: ReadonlySet<number>, k: number): number | null {
  let j = 0;
  for (let i = 0; i < gold.length && j < other.length; i += 1) {
    if (!matched.has(i)) continue;
    while (j < other.length && other[j] !== gold[i]) j += 1;
    if (i === k) return j < other.length ? j : null;
    j += 1;
  }
  return null;
}

function probeVariants(): Array<{ doc: string; variant: string; file: string }> {
  if (!existsSync(PROBE_DIR)) throw new UsageError(`${PROBE_DIR}: no probe texts yet; run with --make first`);
  const present = new Set(readdirSync(PROBE_DIR));
  const wanted = argument('variants')?.split(',') ?? [...VARIANTS];
  return PROBE_DOCS.flatMap((doc) =>
    VARIANTS.filter((variant) => wanted.includes(variant) && present.has(`${doc}.${variant}.garbled.txt`)).map((variant) => ({ doc, variant, file: garbledPath(doc, variant) })),
  );
}

const rate = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const pct = (value: number, places = 2): string => `${(100 * value).toFixed(places)}%`;

export interface ProbeSummary {
  variants: VariantResult[];
  pooled: Omit<VariantResult, 'variant'> & { texts: number };
  events: DamageEvent[];
  restoreSeconds: number;
}

interface ScoredText {
  name: string;
  input: string;
  gold: string;
}

/** Restores each text and scores it against its clean text; damage events are collected with their kinds. */
function evaluateTexts(restorer: Restorer, texts: readonly ScoredText[]): ProbeSummary {
  const phrases = loadPhraseSet();
  const variants: VariantResult[] = [];
  const events: DamageEvent[] = [];
  const started = performance.now();
  for (const { name, input: inputFile, gold: goldFile } of texts) {
    const gold = readFileSync(goldFile, 'utf8').normalize('NFC').replace(/\n$/u, '');
    const input = readFileSync(inputFile, 'utf8').normalize('NFC').replace(/\n$/u, '');
    const result = restorer.restore(input);
    const score = scoreRestoration(input, result.text, gold);
    variants.push({
      variant: name,
      goldSyllables: score.goldSyllables,
      inputCorrect: score.inputCorrect,
      outputCorrect: score.outputCorrect,
      damaged: score.damaged,
      accuracy: rate(score.outputCorrect, score.goldSyllables),
      damageRate: rate(score.damaged, score.inputCorrect),
    });
    events.push(...damageEvents(name, input, result.text, gold, result.corrections, phrases));
  }
  const restoreSeconds = (performance.now() - started) / 1000;
  const sum = (key: 'goldSyllables' | 'inputCorrect' | 'outputCorrect' | 'damaged') => variants.reduce((t, v) => t + v[key], 0);
  const pooled = {
    texts: variants.length,
    goldSyllables: sum('goldSyllables'),
    inputCorrect: sum('inputCorrect'),
    outputCorrect: sum('outputCorrect'),
    damaged: sum('damaged'),
    accuracy: rate(sum('outputCorrect'), sum('goldSyllables')),
    damageRate: rate(sum('damaged'), sum('inputCorrect')),
  };
  return { variants, pooled, events, restoreSeconds };
}

export function runProbe(restorer: Restorer): ProbeSummary {
  return evaluateTexts(
    restorer,
    probeVariants().map(({ doc, variant, file }) => ({ name: `${doc}.${variant}`, input: file, gold: cleanPath(doc) })),
  );
}

/**
 * The committed garbled texts of the tuning groups (T1–T46: T41–T46 became ordinary tuning plans once the lead had
 * run their first sight) and of H1–H4, restoration only (bench/eval-holdout.ts scores
 * the same texts the same way, with extraction too): a quick before/after per group for an experiment.
 */
function fixtureGroups(restorer: Restorer): Array<{ group: string; summary: ProbeSummary }> {
  const groups: Array<[string, readonly string[]]> = [
    ...Object.entries(TUNING_GROUPS),
    ['H1–H4', ['H1', 'H2', 'H3', 'H4']],
  ];
  return groups.map(([group, docs]) => ({
    group,
    summary: evaluateTexts(
      restorer,
      docs.map((doc) => ({ name: doc, input: cleanPath(doc).replace(/\.clean\.txt$/u, '.garbled.txt'), gold: cleanPath(doc) })),
    ),
  }));
}

function tally<T extends string>(values: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Dev seeds 000–002 pooled, and the clean pass-through over an explicit list of clean texts (never T41 on). */
function quickChecks(restorer: Restorer): { dev: { wrong: number; syllables: number; damaged: number; accuracy: number }; passThrough: { words: number; changed: number } } {
  let wrong = 0;
  let syllables = 0;
  let damaged = 0;
  const seeds = readdirSync(join(repoRoot, 'fixtures', 'seeds'));
  for (const doc of ['000', '001', '002']) {
    const seed = seeds.find((name) => name.startsWith(`${doc}_`));
    if (!seed) throw new UsageError(`fixtures/seeds: no seed ${doc}`);
    const input = readFileSync(join(repoRoot, 'fixtures', 'seeds', seed), 'utf8').normalize('NFC').replace(/\n$/u, '');
    const gold = readFileSync(join(repoRoot, 'fixtures', 'gold', `${doc}.gold.txt`), 'utf8').normalize('NFC').replace(/\n$/u, '');
    const score = scoreRestoration(input, restorer.restore(input).text, gold);
    wrong += score.goldSyllables - score.outputCorrect;
    syllables += score.goldSyllables;
    damaged += score.damaged;
  }
  const cleanFiles = [
    ...['000', '001', '002'].map((doc) => join(repoRoot, 'fixtures', 'gold', `${doc}.gold.txt`)),
    ...readdirSync(join(repoRoot, 'fixtures', 'seeds')).filter((name) => name.startsWith('003_')).map((name) => join(repoRoot, 'fixtures', 'seeds', name)),
    ...PROBE_DOCS.map(cleanPath),
  ];
  let words = 0;
  let changed = 0;
  for (const file of cleanFiles) {
    const result = restorer.restore(readFileSync(file, 'utf8').normalize('NFC'));
    words += result.stats.syllables;
    changed += result.corrections.length;
  }
  return { dev: { wrong, syllables, damaged, accuracy: rate(syllables - wrong, syllables) }, passThrough: { words, changed } };
}

/** `--decoder '{"jointKeepMargin":false}'`: decoder settings for an experiment (the defaults otherwise). */
function decoderOverrides(): RestorerOptions['decoder'] {
  const raw = argument('decoder');
  if (raw === undefined) return {};
  try {
    return JSON.parse(raw) as RestorerOptions['decoder'];
  } catch {
    throw new UsageError(`--decoder: not JSON: ${raw}`);
  }
}

async function score(): Promise<void> {
  const dictionaryDir = argument('dictionary-dir');
  const restorer = await loadRestorer({ decoder: decoderOverrides(), ...(dictionaryDir ? { dictionaryDir: resolve(dictionaryDir) } : {}) });
  const summary = runProbe(restorer);
  const { pooled, events } = summary;
  const quiet = process.argv.includes('--quiet');
  if (!quiet) {
    for (const v of summary.variants) {
      console.log(`${v.variant.padEnd(7)} accuracy ${pct(v.accuracy)}  damage ${v.damaged}/${v.inputCorrect} (${pct(v.damageRate)})`);
    }
  }
  console.log(
    `pooled: ${pooled.texts} texts, ${pooled.goldSyllables} syllables, ${pooled.inputCorrect} right in the input; accuracy ${pct(pooled.accuracy)} ` +
      `(${pooled.goldSyllables - pooled.outputCorrect} wrong); damage ${pooled.damaged} (${pct(pooled.damageRate)}); restored in ${summary.restoreSeconds.toFixed(1)} s`,
  );
  const kinds = tally(events.map((e) => e.kind));
  console.log(`damage by kind: ${JSON.stringify(kinds)}; capitalised ${events.filter((e) => e.capitalised).length}; in a listed phrase ${events.filter((e) => e.phrase).length}; by reason ${JSON.stringify(tally(events.map((e) => e.reason ?? 'none')))}`);
  if (process.argv.includes('--events')) {
    for (const e of events) {
      console.log(`  ${e.variant}:${e.line} [${e.kind}${e.capitalised ? ', cap' : ''}${e.phrase ? ', phrase' : ''}, ${e.reason ?? '-'}] ${e.input} → ${e.output ?? '∅'} (gold ${e.gold})\n      in:  ${e.inputLine}\n      out: ${e.context}`);
    }
  }
  const fixtures: Array<{ group: string; wrong: number; syllables: number; accuracy: number; damaged: number; inputCorrect: number; events: DamageEvent[] }> = [];
  if (process.argv.includes('--fixtures')) {
    for (const { group, summary: g } of fixtureGroups(restorer)) {
      fixtures.push({
        group,
        wrong: g.pooled.goldSyllables - g.pooled.outputCorrect,
        syllables: g.pooled.goldSyllables,
        accuracy: Number((100 * g.pooled.accuracy).toFixed(2)),
        damaged: g.pooled.damaged,
        inputCorrect: g.pooled.inputCorrect,
        events: g.events,
      });
      const wrong = g.pooled.goldSyllables - g.pooled.outputCorrect;
      console.log(`${group.padEnd(8)} ${wrong} wrong of ${g.pooled.goldSyllables} (${pct(g.pooled.accuracy)}), damage ${g.pooled.damaged} of ${g.pooled.inputCorrect}`);
      if (process.argv.includes('--events')) for (const e of g.events) console.log(`  ${e.variant}:${e.line} [${e.kind}] ${e.input} → ${e.output ?? '∅'} | ${e.context}`);
    }
  }
  let checks: ReturnType<typeof quickChecks> | null = null;
  if (process.argv.includes('--check')) {
    checks = quickChecks(restorer);
    console.log(`dev 000–002: ${checks.dev.wrong} wrong of ${checks.dev.syllables} (${pct(checks.dev.accuracy)}), damage ${checks.dev.damaged}; clean pass-through: ${checks.passThrough.changed} of ${checks.passThrough.words} words changed`);
  }
  const out = argument('out') ?? (process.argv.includes('--no-write') ? null : join(repoRoot, 'bench', 'results', 'damage-probe.json'));
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(
      resolve(out),
      `${JSON.stringify(
        {
          caveat:
            'Probe texts are the clean tuning plans T1–T40 and H1–H4 re-scanned under new layouts. scripts/build-lm.ts reads none of these files, but the team-written plan corpus (scripts/lm/plan-corpus) shares 12% of the 8-grams of T1–T40 and 26% of those of H1–H4 (4% of gold 000–002), 48 and 16 of their lines of ten words or more whole (mostly boilerplate), and the dictionaries and decoder settings were tuned while looking at these plans: accuracy here is flattering; the probe exists to find causes of damage, it is not a judge.',
          ocr: OCR_ENGINE,
          pooled,
          damageByKind: kinds,
          capitalised: events.filter((e) => e.capitalised).length,
          inListedPhrase: events.filter((e) => e.phrase).length,
          restoreSeconds: Number(summary.restoreSeconds.toFixed(1)),
          ...(checks ? { checks } : {}),
          ...(fixtures.length > 0 ? { fixtureGroups: fixtures } : {}),
          variants: summary.variants,
          events,
        },
        null,
        1,
      )}\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  checkOptions('damage-probe', {
    values: ['--variants', '--docs', '--workers', '--out', '--decoder', '--dictionary-dir'],
    flags: ['--make', '--events', '--quiet', '--check', '--fixtures', '--no-write'],
  }, PROBE_USAGE);
  await (process.argv.includes('--make') ? make() : score()).catch((error: unknown) => {
    if (!(error instanceof VnplanError)) throw error;
    console.error(`damage-probe: ${error.message}`);
    process.exitCode = error.exitCode;
  });
}
