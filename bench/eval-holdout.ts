/**
 * The held-out judge: restoration and extraction on plans the restorer and extractor were never tuned on
 * (fixtures/holdout, see its README.md). Reported as eleven separate groups, pooled within each group and per
 * document: H1–H4 (four provinces, four topics; since used to direct fixes), H5–H8, H9–H12, H13–H16, H17–H20,
 * H21–H24, H25–H28, H29–H32, H33–H36 and H37–H40 (earlier final judges, scored since) and H41–H44 (written as a judge, studied since its first scoring). The groups are
 * never pooled together.
 * Never tune on these.
 *
 *   npx tsx bench/eval-holdout.ts --set holdout [--out bench/results/holdout.json] [--details] [--errors N] [--group H1-H4]
 *   npx tsx bench/eval-holdout.ts --set tuning [--group T23-T28 | --docs T13,T14] [--details] [--errors N] [--out f.json]
 *   … [--target-filter rules|learned|hybrid]   which figures become targets (src/extract/targets; default rules)
 *
 * --set is required (a bare run used to score every judge); unknown options are refused and --help prints the usage
 * (bench/lib/options.ts, as in the other bench scripts).
 * --group evaluates one group only (H1-H4 while tuning: H5-H44 stay unread) and writes no results file.
 * --set tuning evaluates the tuning plans (fixtures/tuning) with the same scoring, as separate groups: T1–T12 (tuned
 * on), T13–T16, T17–T22, T23–T28, T29–T34, T35–T40, T41–T46, T47–T52, T53–T58, T59–T64, T65–T70 and T71–T76 (each added later, first-sight). --group picks one of them; --docs pools just
 * the named plans into one group. They may be used to direct fixes. It writes a results file only when --out is given.
 *
 * (a) Restoration: loadRestorer() restores H*.garbled.txt; scored line for line against H*.clean.txt with the
 *     definitions in bench/lib/restore-scoring.ts (shared with bench/eval-restore.ts):
 *       syllable accuracy  gold tokens found in the output line (LCS), tone placement canonicalised, case ignored
 *                          (and, separately, case kept); baseline = the same for the garbled input;
 *       CER                character edit distance output vs gold (tone placement canonicalised) / gold chars;
 *       damage             gold tokens the input already had right that the output lost, / input-correct tokens.
 * (b) Extraction: structure + extract on the clean text ("clean") and on the restored text of (a) ("restored",
 *     the same calls processDocument makes: lines = restored text, rawLines = garbled text), scored against
 *     H*.gold.json with the matching in bench/lib/extract-scoring.ts (shared with bench/eval-extract.ts): one-to-one greedy matching in document order on folded strings; references by number,
 *     targets by value/valueMax/unit and line ±1, dates by iso and line ±1, agencies by name and line ±2; P/R/F1
 *     micro-averaged over the documents, plus attribute accuracies over matched pairs and metadata per field.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../src/extract/index.js';
import { TARGET_FILTERS, type TargetFilter } from '../src/extract/targets/index.js';
import { UsageError, VnplanError } from '../src/errors/index.js';
import { loadRestorer } from '../src/restore/index.js';
import { structure } from '../src/structure/index.js';
import { FIXTURE_SETS, HOLDOUT_GROUPS, HoldoutGoldSchema, TUNING_DOCS, TUNING_GROUPS, type HoldoutGroup, type TuningGroup } from '../scripts/make-holdout.js';
import { checkOptions } from './lib/options.js';
import { scoreRestoration } from './lib/restore-scoring.js';
import { emptyRun, FIELDS, META_FIELDS, pct, scoreExtraction, summarise, type Summary, type Tally } from './lib/extract-scoring.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: npx tsx bench/eval-holdout.ts --set holdout|tuning [--group NAME | --docs T13,T14] [--details] [--errors N]
       [--out FILE] [--target-filter ${TARGET_FILTERS.join('|')}]
  --set holdout scores the judges (only the lead runs it without --group H1-H4); --set tuning the tuning plans.`;

const OPTION_SPEC = {
  values: ['--set', '--group', '--docs', '--out', '--errors', '--target-filter'],
  flags: ['--details'],
} as const;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}



/**
 * Groups whose misses may be read: the tuning plans and H1–H4. The final judges' results files carry scores only,
 * never their lines (misses, damaged tokens), so that nobody tuning reads a judge's text in bench/results.
 */
function isStudiedGroup(name: string): boolean {
  return name.startsWith('T') || name === 'H1–H4';
}

function withoutMisses(extraction: Record<string, Summary>): Record<string, Omit<Summary, 'misses'>> {
  return Object.fromEntries(Object.entries(extraction).map(([mode, { misses: _misses, ...scores }]) => [mode, scores]));
}

function extractionTable(results: Record<string, Summary>): string {
  const modes = Object.keys(results);
  const header = `| field | ${modes.map((m) => `${m} P | ${m} R | ${m} F1 | ${m} matched/pred/gold`).join(' | ')} |`;
  const rule = `|---|${modes.map(() => '---:|---:|---:|---:').join('|')}|`;
  const rows = [header, rule];
  for (const field of FIELDS) {
    const cells = modes.map((m) => {
      const c = (results[m] as Summary).fields[field];
      return `${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.f1.toFixed(3)} | ${c.matched}/${c.predicted}/${c.gold}`;
    });
    rows.push(`| ${field} | ${cells.join(' | ')} |`);
  }
  rows.push('', `| accuracy | ${modes.join(' | ')} |`, `|---|${modes.map(() => '---:').join('|')}|`);
  rows.push(`| metadata (all fields) | ${modes.map((m) => (results[m] as Summary).metadata.accuracy.toFixed(3)).join(' | ')} |`);
  for (const field of META_FIELDS) {
    rows.push(`| metadata.${field} | ${modes.map((m) => {
      const t = (results[m] as Summary).metadata.fields[field] as Tally;
      return `${t.right}/${t.total}`;
    }).join(' | ')} |`);
  }
  const attributeNames = [...new Set(modes.flatMap((m) => Object.keys((results[m] as Summary).attributes)))].sort();
  for (const name of attributeNames) {
    rows.push(`| ${name} | ${modes.map((m) => {
      const t = (results[m] as Summary).attributes[name];
      return t ? `${t.right}/${t.total}` : '–';
    }).join(' | ')} |`);
  }
  rows.push(`| target.subject token F1 (mean) | ${modes.map((m) => (results[m] as Summary).subjectTokenF1.toFixed(3)).join(' | ')} |`);
  return rows.join('\n');
}

interface DocumentRow {
  doc: string;
  syllables: number;
  inputCorrect: number;
  outputCorrect: number;
  outputCorrectCaseKept: number;
  baselineAccuracy: number;
  accuracy: number;
  accuracyCaseKept: number;
  baselineCer: number;
  cer: number;
  damageRate: number;
  damaged: number;
  corrections: number;
  lowConfidence: number;
  restoreMs: number;
}

function readLines(dir: string, name: string): string {
  return readFileSync(join(repoRoot, dir, name), 'utf8').normalize('NFC');
}

type Restorer = Awaited<ReturnType<typeof loadRestorer>>;
type Damage = { doc: string; line: number; token: string; output: string };
type RestorationError = { doc: string; line: number; gold: string; input: string; output: string };

/** --target-filter: the hand-written filters (rules, the default) or the learned model (learned, hybrid). */
function targetFilter(): TargetFilter {
  const chosen = argument('--target-filter') ?? 'rules';
  if (!(TARGET_FILTERS as readonly string[]).includes(chosen)) throw new UsageError(`--target-filter must be one of ${TARGET_FILTERS.join(', ')}`);
  return chosen as TargetFilter;
}

/** Restoration and extraction of one group of documents, pooled over the group and per document. */
function evaluateGroup(restorer: Restorer, ids: readonly string[], dir: string) {
  const clean = emptyRun();
  const restored = emptyRun();
  const documents: DocumentRow[] = [];
  const perDocument: Record<string, { clean: Summary; restored: Summary }> = {};
  const damages: Damage[] = [];
  const errors: RestorationError[] = [];

  for (const id of ids) {
    const gold = HoldoutGoldSchema.parse(JSON.parse(readLines(dir, `${id}.gold.json`)));
    const cleanText = readLines(dir, `${id}.clean.txt`);
    const garbled = readLines(dir, `${id}.garbled.txt`);
    const started = performance.now();
    const result = restorer.restore(garbled);
    const restoreMs = performance.now() - started;
    const s = scoreRestoration(garbled, result.text, cleanText);
    damages.push(...s.damages.map((d) => ({ doc: id, ...d })));
    errors.push(...s.errors.map((e) => ({ doc: id, ...e })));

    const cleanLines = cleanText.split('\n');
    const cleanSections = structure(cleanLines);
    const cleanExtraction = extract({ lines: cleanLines, rawLines: cleanLines, sections: cleanSections, pageOfLine: () => null, targetFilter: targetFilter() });
    const restoredLines = result.text.split('\n');
    const restoredSections = structure(restoredLines);
    const restoredExtraction = extract({ lines: restoredLines, rawLines: garbled.split('\n'), sections: restoredSections, pageOfLine: () => null, targetFilter: targetFilter() });
    scoreExtraction(clean, gold, cleanSections, cleanExtraction, id);
    scoreExtraction(restored, gold, restoredSections, restoredExtraction, id);
    const documentClean = emptyRun();
    const documentRestored = emptyRun();
    scoreExtraction(documentClean, gold, cleanSections, cleanExtraction, id);
    scoreExtraction(documentRestored, gold, restoredSections, restoredExtraction, id);
    perDocument[id] = { clean: summarise(documentClean), restored: summarise(documentRestored) };

    documents.push({
      doc: id,
      syllables: s.goldSyllables,
      inputCorrect: s.inputCorrect,
      outputCorrect: s.outputCorrect,
      outputCorrectCaseKept: s.outputCorrectCaseKept,
      baselineAccuracy: pct(s.inputCorrect, s.goldSyllables),
      accuracy: pct(s.outputCorrect, s.goldSyllables),
      accuracyCaseKept: pct(s.outputCorrectCaseKept, s.goldSyllables),
      baselineCer: pct(s.inputCharErrors, s.goldChars),
      cer: pct(s.charErrors, s.goldChars),
      damageRate: pct(s.damaged, s.inputCorrect),
      damaged: s.damaged,
      corrections: result.corrections.length,
      lowConfidence: result.stats.lowConfidence,
      restoreMs: Math.round(restoreMs),
    });
  }

  const total = (key: 'syllables' | 'inputCorrect' | 'outputCorrect' | 'outputCorrectCaseKept') => documents.reduce((t, d) => t + d[key], 0);
  const restoration = {
    syllables: total('syllables'),
    baselineAccuracy: pct(total('inputCorrect'), total('syllables')),
    accuracy: pct(total('outputCorrect'), total('syllables')),
    accuracyCaseKept: pct(total('outputCorrectCaseKept'), total('syllables')),
    damageRate: pct(damages.length, total('inputCorrect')),
    damaged: damages.length,
    documents,
  };
  return { documents: [...ids], restoration, extraction: { clean: summarise(clean), restored: summarise(restored) }, perDocument, damages, errors };
}
type GroupResult = ReturnType<typeof evaluateGroup>;

/** One row per document: F1 per field and metadata accuracy, clean → restored. */
function perDocumentTable(group: GroupResult): string {
  const rows = [
    `| doc | ${FIELDS.map((f) => `${f} F1 clean → restored`).join(' | ')} | metadata clean → restored |`,
    `|---|${FIELDS.map(() => '---:').join('|')}|---:|`,
  ];
  for (const id of group.documents) {
    const { clean, restored } = group.perDocument[id] as { clean: Summary; restored: Summary };
    const cells = FIELDS.map((f) => `${clean.fields[f].f1.toFixed(3)} → ${restored.fields[f].f1.toFixed(3)}`);
    rows.push(`| ${id} | ${cells.join(' | ')} | ${clean.metadata.accuracy.toFixed(3)} → ${restored.metadata.accuracy.toFixed(3)} |`);
  }
  return rows.join('\n');
}

function restorationTable(group: GroupResult): string {
  const { restoration } = group;
  return [
    '| doc | syllables | garbled input | restored | restored (case kept) | CER in → out | damage |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...restoration.documents.map(
      (d) => `| ${d.doc} | ${d.syllables} | ${d.baselineAccuracy}% | ${d.accuracy}% | ${d.accuracyCaseKept}% | ${d.baselineCer}% → ${d.cer}% | ${d.damageRate}% (${d.damaged}) |`,
    ),
    `| all | ${restoration.syllables} | ${restoration.baselineAccuracy}% | ${restoration.accuracy}% | ${restoration.accuracyCaseKept}% | | ${restoration.damageRate}% (${restoration.damaged}) |`,
  ].join('\n');
}

const GROUP_NOTES: Record<string, string> = {
  'H1–H4': 'used to direct fixes since; no longer unseen',
  'H5–H8': 'earlier final judge: never read for tuning, scored several times',
  'H9–H12': 'earlier final judge: never read for tuning, scored several times',
  'H13–H16': 'earlier final judge: never read for tuning, scored by the lead',
  'H17–H20': 'earlier final judge: never read for tuning, scored by the lead',
  'H21–H24': 'earlier final judge: never read for tuning, scored by the lead',
  'H25–H28': 'earlier final judge: never read for tuning, scored by the lead',
  'H29–H32': 'earlier final judge: never read for tuning, scored by the lead',
  'H33–H36': 'earlier final judge: never read for tuning, scored by the lead',
  'H37–H40': 'earlier final judge: never read for tuning, scored by the lead',
  'H41–H44': 'written as a judge; scored twice by the lead, then its damaged lines were read and a fix made from them (ruled-table bars): a studied set since, not a judge',
};

const TUNING_NOTES: Record<string, string> = {
  'T1–T12': 'tuning set: may be used to direct fixes; not a judge',
  'T13–T16': 'tuning set, added later: the first scores are first-sight; may be used to direct fixes afterwards',
  'T17–T22': 'tuning set, added after T13–T16: the first scores are first-sight; may be used to direct fixes afterwards',
  'T23–T28': 'tuning set, added after T17–T22: the first scores are first-sight; may be used to direct fixes afterwards',
  'T29–T34': 'tuning set, added after T23–T28: the first scores are first-sight; may be used to direct fixes afterwards',
  'T35–T40': 'tuning set, added after T29–T34: the first scores are first-sight; may be used to direct fixes afterwards',
  'T41–T46': 'tuning set, added after T35–T40: the first scores are first-sight; may be used to direct fixes afterwards',
  'T47–T52': 'tuning set, added after T41–T46: the first scores are first-sight; may be used to direct fixes afterwards',
  'T53–T58': 'tuning set, added after T47–T52: the first scores are first-sight; may be used to direct fixes afterwards',
  'T59–T64': 'tuning set, added after T53–T58: the first scores are first-sight; may be used to direct fixes afterwards',
  'T65–T70': 'tuning set, added after T59–T64: the first scores are first-sight; may be used to direct fixes afterwards',
  'T71–T76': 'tuning set, added after T65–T70: the first scores are first-sight; may be used to direct fixes afterwards',
};

interface Selection {
  /** Heading word for the printed tables. */
  label: string;
  dir: string;
  groups: Record<string, readonly string[]>;
  notes: Record<string, string>;
  /** Where results go; null writes nothing. */
  outFile: string | null;
}

/** A group name typed with a plain hyphen (`H9-H12`) is the group with an en dash (`H9–H12`). */
const groupName = (typed: string | undefined) => typed?.replace('-', '–');

/** The tuning plans to evaluate: every group (default), one of them (--group) or the named plans pooled (--docs). */
function tuningSelection(outFile: string | null): Selection {
  const onlyGroup = groupName(argument('--group'));
  const docs = argument('--docs')?.split(',').map((name) => name.trim());
  const base = { label: 'Tuning plans', dir: FIXTURE_SETS.tuning.dir, outFile };
  if (onlyGroup !== undefined && docs !== undefined) throw new UsageError('give --group or --docs, not both');
  if (docs !== undefined) {
    const unknown = docs.filter((name) => !(TUNING_DOCS as readonly string[]).includes(name));
    if (unknown.length > 0 || docs.length === 0) throw new UsageError(`--docs: not tuning plans: ${unknown.join(', ') || '(none given)'}`);
    const name = docs.join(', ');
    return { ...base, groups: { [name]: docs }, notes: { [name]: 'tuning plans chosen with --docs, pooled' } };
  }
  const names = (Object.keys(TUNING_GROUPS) as TuningGroup[]).filter((name) => onlyGroup === undefined || name === onlyGroup);
  if (names.length === 0) throw new UsageError(`--group must be one of ${Object.keys(TUNING_GROUPS).join(', ')} with --set tuning`);
  return { ...base, groups: Object.fromEntries(names.map((name) => [name, TUNING_GROUPS[name]])), notes: TUNING_NOTES };
}

/** What to evaluate, from the command line: the held-out groups (default), one of them, or the tuning set. */
function selection(): Selection {
  const set = argument('--set');
  if (set === undefined) throw new UsageError(`--set is required\n${USAGE}`);
  const out = argument('--out');
  if (set === 'tuning') return tuningSelection(out === undefined ? null : resolve(out));
  if (set !== 'holdout') throw new UsageError(`--set must be one of ${Object.keys(FIXTURE_SETS).join(', ')}`);
  if (argument('--docs') !== undefined) throw new UsageError('--docs applies to the tuning set only; use --group for the held-out set');
  const onlyGroup = groupName(argument('--group'));
  const groupNames = (Object.keys(HOLDOUT_GROUPS) as HoldoutGroup[]).filter((name) => onlyGroup === undefined || name === onlyGroup);
  if (groupNames.length === 0) throw new UsageError(`--group must be one of ${Object.keys(HOLDOUT_GROUPS).join(', ')}`);
  return {
    label: 'Held-out plans',
    dir: FIXTURE_SETS.holdout.dir,
    groups: Object.fromEntries(groupNames.map((name) => [name, HOLDOUT_GROUPS[name]])),
    notes: GROUP_NOTES,
    outFile: onlyGroup !== undefined ? null : resolve(out ?? join(repoRoot, 'bench', 'results', 'holdout.json')),
  };
}

async function main(): Promise<void> {
  checkOptions('eval-holdout', OPTION_SPEC, USAGE);
  const chosen = selection();
  const { label, outFile } = chosen;
  console.log(`target filter: ${targetFilter()}`);
  const showErrors = Number(argument('--errors') ?? 0);
  const restorer = await loadRestorer();
  const groups: Record<string, GroupResult> = Object.fromEntries(
    Object.entries(chosen.groups).map(([name, ids]) => [name, evaluateGroup(restorer, ids, chosen.dir)]),
  );

  const markdown: string[] = [];
  for (const [name, group] of Object.entries(groups)) {
    const { restoration, extraction } = group;
    console.log(`\n# ${label} ${name} (${chosen.notes[name]})`);
    console.table(restoration.documents);
    console.log(
      `restoration ${name}: accuracy ${restoration.accuracy}% (garbled input ${restoration.baselineAccuracy}%), case kept ${restoration.accuracyCaseKept}%, ` +
        `damage ${restoration.damageRate}% (${restoration.damaged} tokens)  (${restorer.versions.dictionary})\n`,
    );
    console.log(extractionTable(extraction));
    console.log(`\n${perDocumentTable(group)}`);
    if (process.argv.includes('--details')) {
      for (const [mode, summary] of Object.entries(extraction)) {
        console.log(`\n## ${name} ${mode}: misses`);
        for (const line of summary.misses) console.log(line);
      }
      console.log(`\n## ${name}: damaged tokens (input right, output wrong)`);
      for (const d of group.damages) console.log(`${d.doc}:${d.line} ${d.token}  →  ${d.output}`);
    }
    if (showErrors > 0) {
      console.log(`\n## ${name}: restoration errors`);
      for (const e of group.errors.slice(0, showErrors)) console.log(`${e.doc}:${e.line}\n  gold ${e.gold}\n  in   ${e.input}\n  out  ${e.output}`);
    }
    markdown.push(
      `### ${label} ${name} (${chosen.notes[name]}): restoration`,
      '',
      restorationTable(group),
      '',
      `### ${label} ${name}: extraction (clean text, and restored from the garbled text)`,
      '',
      extractionTable(extraction),
      '',
      `### ${label} ${name}: extraction per document`,
      '',
      perDocumentTable(group),
      '',
    );
  }
  if (outFile === null) return;
  mkdirSync(dirname(outFile), { recursive: true });
  const groupsJson = Object.fromEntries(
    Object.entries(groups).map(([name, g]) => [
      name,
      isStudiedGroup(name)
        ? { note: chosen.notes[name], documents: g.documents, restoration: g.restoration, extraction: g.extraction, perDocument: g.perDocument, damages: g.damages }
        : {
            note: chosen.notes[name],
            documents: g.documents,
            restoration: g.restoration,
            extraction: withoutMisses(g.extraction),
            perDocument: Object.fromEntries(Object.entries(g.perDocument).map(([id, modes]) => [id, withoutMisses(modes)])),
          },
    ]),
  );
  const documents = Object.values(chosen.groups).flat();
  writeFileSync(
    outFile,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), versions: restorer.versions, targetFilter: targetFilter(), documents, groups: groupsJson }, null, 2)}\n`,
  );
  writeFileSync(outFile.replace(/\.json$/, '.md'), `${markdown.join('\n').trimEnd()}\n`);
  console.log(`\nwrote ${outFile} and ${outFile.replace(/\.json$/, '.md')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main().catch((error: unknown) => {
    if (!(error instanceof VnplanError)) throw error;
    console.error(`eval-holdout: ${error.message}`);
    process.exitCode = error.exitCode;
  });
}
