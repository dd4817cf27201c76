/**
 * OCR benchmark: accuracy (CER/WER vs ground truth on clean/mild/heavy scans), the effect of each preprocessing
 * step, speed (s/page, pages/min with 1 and 2 workers), the native tesseract CLI on the same pages with the same
 * model, and peak RSS while reading a long scanned PDF. Writes bench/results/ocr.json and prints a table.
 *
 *   nice -n 10 npx tsx bench/ocr.ts [--pages 4] [--long-pages 300] [--skip-long] [--skip-ablation]
 *   nice -n 10 npx tsx bench/ocr.ts --only-long      # only the long-PDF RSS run, merged into the last results
 *   nice -n 10 npx tsx bench/ocr.ts --only-ablation  # only the preprocessing ablation, merged likewise
 *   nice -n 10 npx tsx bench/ocr.ts --only-speed     # only raw and restored accuracy and pages/min with 1 and 2 workers, merged likewise
 *
 * Scans are generated (scripts/make-scans.ts, needs fonts-liberation) into bench/tmp and reused.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { characterErrorRate, wordErrorRate } from '../src/ocr/error-rate.js';
import { createRecognizer, ENGINE_NAME, type Recognizer } from '../src/ocr/index.js';
import { modelFolder } from '../src/ocr/engine-options.js';
import { preprocess, toPng, type PreprocessOptions } from '../src/preprocess/index.js';
import { ingest } from '../src/ingest/index.js';
import { readDocumentPages } from '../src/pipeline/pages.js';
import { useBatchImageSettings } from '../src/preprocess/image-memory.js';
import { ARENA_LIMIT, mallocSetting } from './lib/arena-limit.js';
import { checkOptions } from './lib/options.js';
import { A4_POINTS, SCAN_LEVELS, scanPages, sourceText, typesetText, type ScanLevel } from '../scripts/make-scans.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench/tmp/ocr');
const RESULTS = join(ROOT, 'bench/results/ocr.json');

interface BenchPage {
  id: string;
  level: ScanLevel;
  file: string;
  truth: string;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Pages drawn from the clean seed and the gold texts, scanned at each level; cached in bench/tmp. */
async function benchPages(count: number): Promise<BenchPage[]> {
  await mkdir(TMP, { recursive: true });
  const manifest = join(TMP, `pages-${count}.json`);
  if (existsSync(manifest)) return JSON.parse(await readFile(manifest, 'utf8')) as BenchPage[];
  const sources = ['003', '001', '002', '000'] as const;
  const typeset = [];
  for (const source of sources) {
    const pages = await typesetText(await sourceText(source));
    typeset.push(...pages.slice(0, 2).map((page, index) => ({ page, id: `${source}p${index + 1}` })));
    if (typeset.length >= count) break;
  }
  const chosen = typeset.slice(0, count);
  const out: BenchPage[] = [];
  for (const [levelIndex, level] of SCAN_LEVELS.entries()) {
    const scans = await scanPages(
      chosen.map((entry) => entry.page),
      { level, seed: 1000 + levelIndex },
    );
    for (const [index, scan] of scans.entries()) {
      const id = `${chosen[index]!.id}-${level}`;
      const file = join(TMP, `${id}.jpg`);
      await writeFile(file, scan.jpeg);
      out.push({ id, level, file, truth: scan.groundTruth });
    }
  }
  await writeFile(manifest, JSON.stringify(out, null, 1));
  return out;
}

interface PageReading {
  id: string;
  level: ScanLevel;
  text: string;
  seconds: number;
  confidence: number;
}

async function readAll(recognizer: Recognizer, pages: readonly BenchPage[], dpi: number | null = 300): Promise<PageReading[]> {
  return Promise.all(
    pages.map(async (page) => {
      const image = await readFile(page.file);
      const started = performance.now();
      const result = await recognizer.recognize(image, { document: page.id, number: 1, dpi });
      return { id: page.id, level: page.level, text: result.text, seconds: (performance.now() - started) / 1000, confidence: result.page.meanConfidence };
    }),
  );
}

function scoreLevels(pages: readonly BenchPage[], readings: readonly PageReading[], textOf: (reading: PageReading) => string = (reading) => reading.text) {
  const byLevel: Record<string, { cer: number; wer: number; pages: number; meanConfidence: number }> = {};
  for (const level of SCAN_LEVELS) {
    let charErrors = 0, chars = 0, wordErrors = 0, words = 0, confidence = 0, count = 0;
    for (const reading of readings.filter((entry) => entry.level === level)) {
      const truth = pages.find((page) => page.id === reading.id)!.truth;
      const cer = characterErrorRate(truth, textOf(reading));
      const wer = wordErrorRate(truth, textOf(reading));
      charErrors += cer.errors; chars += cer.length; wordErrors += wer.errors; words += wer.length;
      confidence += reading.confidence; count += 1;
    }
    if (count > 0) byLevel[level] = { cer: round(charErrors / chars, 5), wer: round(wordErrors / words, 5), pages: count, meanConfidence: round(confidence / count, 1) };
  }
  return byLevel;
}

/** Pages per minute on a warm pool: each worker reads one page first, then the timed set. */
async function throughput(workers: number, pages: readonly BenchPage[]) {
  const recognizer = await createRecognizer({ workers });
  await readAll(recognizer, pages.slice(0, workers));
  const started = performance.now();
  const readings = await readAll(recognizer, pages);
  const seconds = (performance.now() - started) / 1000;
  const stats = recognizer.stats();
  await recognizer.close();
  return {
    workers,
    pages: pages.length,
    seconds: round(seconds, 2),
    pagesPerMinute: round((pages.length / seconds) * 60, 2),
    secondsPerPage: round(seconds / pages.length, 3),
    // Over all pages read (the warm-up too): time inside tesseract.js and in preprocessing, per page.
    engineSecondsPerPage: round(stats.engineSeconds / stats.pages, 3),
    preprocessSecondsPerPage: round(stats.preprocessSeconds / stats.pages, 3),
    halfTurnRetries: stats.halfTurnRetries,
    readings,
  };
}

const ABLATIONS: Record<string, PreprocessOptions> = {
  'none (image as scanned)': { grayscale: true, normalise: false, rescale: false, deskew: false, quarterTurns: false, binarise: false },
  '+ normalise': { normalise: true, rescale: false, deskew: false, quarterTurns: false, binarise: false },
  '+ deskew (no normalise)': { normalise: false, rescale: false, deskew: true, quarterTurns: true, binarise: false },
  '+ normalise + deskew': { normalise: true, rescale: false, deskew: true, quarterTurns: true, binarise: false },
  '+ normalise + deskew + binarise (Otsu)': { normalise: true, rescale: false, deskew: true, quarterTurns: true, binarise: true },
  'default (normalise, rescale, deskew)': {},
};

async function ablation(pages: readonly BenchPage[], configurations: Record<string, PreprocessOptions>, dpi: number | null, label = '') {
  const rows: Array<{ steps: string; level: string; cer: number; wer: number }> = [];
  for (const [steps, options] of Object.entries(configurations)) {
    const recognizer = await createRecognizer({ workers: 2, preprocess: options });
    const readings = await readAll(recognizer, pages, dpi);
    await recognizer.close();
    for (const [level, score] of Object.entries(scoreLevels(pages, readings))) rows.push({ steps: `${label}${steps}`, level, cer: score.cer, wer: score.wer });
    console.log(`ablation ${label}${steps}: ${rows.filter((row) => row.steps === `${label}${steps}`).map((row) => `${row.level} CER ${(row.cer * 100).toFixed(2)}%`).join(', ')}`);
  }
  return rows;
}

/** The mild pages as a 150 DPI scanner would give them, with no resolution in the file (it is guessed from A4). */
async function lowResolutionPages(pages: readonly BenchPage[]): Promise<BenchPage[]> {
  return Promise.all(
    pages
      .filter((page) => page.level === 'mild')
      .map(async (page) => {
        const file = page.file.replace(/\.jpg$/, '.150dpi.png');
        if (!existsSync(file)) await sharp(page.file).resize({ width: 1240 }).png().toFile(file);
        return { ...page, id: `${page.id}-150dpi`, file };
      }),
  );
}

async function allAblations(pages: readonly BenchPage[]) {
  const steps = await ablation(pages.filter((page) => page.level !== 'clean'), ABLATIONS, 300);
  const lowRes = await ablation(
    await lowResolutionPages(pages),
    { 'without rescaling': { rescale: false }, 'rescaled to 300 DPI': {} },
    null,
    'mild at 150 DPI, ',
  );
  return [...steps, ...lowRes];
}

/** The same preprocessed pages through the Debian `tesseract` CLI with the same model file, one thread. */
async function nativeCli(pages: readonly BenchPage[], js: { secondsPerPage: number; engineSecondsPerPage: number }) {
  const probe = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return { available: false as const, reason: 'tesseract CLI not installed' };
  const version = (probe.stdout || probe.stderr).split('\n')[0]!.trim();
  const tessdata = join(TMP, 'tessdata');
  await mkdir(tessdata, { recursive: true });
  await writeFile(join(tessdata, 'vie.traineddata'), gunzipSync(await readFile(join(modelFolder(), 'vie.traineddata.gz'))));
  const readings: PageReading[] = [];
  let seconds = 0;
  for (const page of pages) {
    const prepared = await preprocess(await readFile(page.file), { dpi: 300 });
    const png = join(TMP, `${page.id}.prepared.png`);
    await writeFile(png, await toPng(prepared));
    const started = performance.now();
    const { stdout } = await run('tesseract', [png, 'stdout', '--tessdata-dir', tessdata, '-l', 'vie', '--oem', '1', '--psm', '3', '--dpi', String(prepared.dpi ?? 300)], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const elapsed = (performance.now() - started) / 1000;
    seconds += elapsed;
    readings.push({ id: page.id, level: page.level, text: stdout, seconds: elapsed, confidence: 0 });
  }
  const secondsPerPage = seconds / pages.length;
  return {
    available: true as const,
    version,
    model: 'the same vie.traineddata (4.0.0_best_int) gunzipped',
    threads: 1,
    secondsPerPage: round(secondsPerPage, 3),
    tesseractJsSecondsPerPage: js.secondsPerPage,
    tesseractJsEngineSecondsPerPage: js.engineSecondsPerPage,
    // Engine to engine: tesseract.js recognize() against the CLI on the same preprocessed pages.
    timeRatio: round(js.engineSecondsPerPage / secondsPerPage, 3),
    // Including our preprocessing, which the CLI run does not pay.
    timeRatioWithPreprocessing: round(js.secondsPerPage / secondsPerPage, 3),
    accuracy: scoreLevels(pages, readings),
  };
}

/** Child process: reads a long scanned PDF through ingest → pages → pool, reporting its own peak RSS. */
async function longPdfChild(path: string, workers: number) {
  useBatchImageSettings();
  const recognizer = await createRecognizer({ workers });
  const document = await ingest(path);
  const started = performance.now();
  const pages = await readDocumentPages(document, { ocrMode: 'auto', recognizer });
  await document.close();
  await recognizer.close();
  const seconds = (performance.now() - started) / 1000;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ malloc: mallocSetting(), pages: pages.length, ocrPages: pages.filter((page) => page.origin === 'ocr').length, seconds: round(seconds, 1), peakRssMiB: round(peakRssMiB, 1), stats: recognizer.stats() }));
}

async function longPdf(pages: readonly BenchPage[], count: number, workers: number) {
  const path = join(TMP, `long-${count}.pdf`);
  if (!existsSync(path)) {
    const pdf = await PDFDocument.create();
    const scans = await Promise.all(pages.filter((page) => page.level === 'mild').map((page) => readFile(page.file)));
    // Every page gets its own copy of a scan, as in a real scanned PDF (the file is then hundreds of MB).
    for (let index = 0; index < count; index += 1) {
      const image = await pdf.embedJpg(scans[index % scans.length]!);
      const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
      page.drawImage(image, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
    }
    await writeFile(path, await pdf.save());
  }
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url), '--long-child', path, String(workers)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // As bin/vnplan.js runs the CLI; --default-malloc measures without it.
    env: flag('default-malloc') ? process.env : { ...process.env, MALLOC_ARENA_MAX: ARENA_LIMIT },
  });
  if (child.status !== 0) throw new Error(`long PDF run failed: ${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { malloc: string; pages: number; seconds: number; peakRssMiB: number };
  return { workers, ...report, fileMiB: round((await readFile(path)).length / 1024 / 1024, 1) };
}

async function restoredScores(pages: readonly BenchPage[], readings: readonly PageReading[]) {
  try {
    const { loadRestorer } = await import('../src/restore/index.js');
    const restorer = await loadRestorer();
    const restored = new Map<string, string>();
    for (const reading of readings) restored.set(reading.id, (await restorer.restore(reading.text)).text);
    return scoreLevels(pages, readings, (reading) => restored.get(reading.id)!);
  } catch (error) {
    return { skipped: `restorer unavailable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(2)} %`);

/** The README table: one row per measured number, with its target. */
function markdownTable(results: {
  rawOcr: Record<string, { cer: number; wer: number }>;
  afterRestoration: Record<string, { cer: number; wer: number }> | { skipped: string };
  speed: { oneWorker: { secondsPerPage: number; pagesPerMinute: number; engineSecondsPerPage: number }; twoWorkers: { pagesPerMinute: number }; speedup: number; loadAverageAtStart: number | undefined };
  nativeCli: { available: false; reason: string } | { available: true; secondsPerPage: number; timeRatio: number; timeRatioWithPreprocessing: number };
  longPdf: { pages: number; peakRssMiB: number; seconds: number } | null;
  preprocessingAblation?: Array<{ steps: string; level: string; cer: number; wer: number }> | null;
}): string {
  const restored = 'skipped' in results.afterRestoration ? null : results.afterRestoration;
  const rows: string[][] = [];
  for (const level of SCAN_LEVELS) {
    const raw = results.rawOcr[level];
    const target = level === 'mild' ? '<= 0.30 %' : level === 'heavy' ? '<= 1.20 %' : '';
    rows.push([`CER ${level}, raw OCR`, percent(raw?.cer), target]);
    rows.push([`WER ${level}, raw OCR`, percent(raw?.wer), '']);
    if (restored) rows.push([`CER ${level}, after restoration`, percent(restored[level]?.cer), 'lower than raw']);
  }
  const { speed, nativeCli, longPdf } = results;
  rows.push(['s/page, 1 worker (incl. preprocessing)', speed.oneWorker.secondsPerPage.toFixed(2), '']);
  rows.push(['pages/min, 1 worker', speed.oneWorker.pagesPerMinute.toFixed(1), '']);
  rows.push(['pages/min, 2 workers', speed.twoWorkers.pagesPerMinute.toFixed(1), '']);
  rows.push(['speed-up 2 vs 1 worker', `${speed.speedup.toFixed(2)}x`, '>= 1.9x']);
  if (nativeCli.available) {
    rows.push(['native tesseract CLI s/page (same model, 1 thread)', nativeCli.secondsPerPage.toFixed(2), '']);
    rows.push(['tesseract.js / native, engine time', `${nativeCli.timeRatio.toFixed(2)}x`, '<= 1.4x']);
    rows.push(['tesseract.js / native, with our preprocessing', `${nativeCli.timeRatioWithPreprocessing.toFixed(2)}x`, '']);
  } else rows.push(['native tesseract CLI', nativeCli.reason, '']);
  if (longPdf) rows.push([`peak RSS, ${longPdf.pages}-page scanned PDF (${longPdf.seconds} s)`, `${longPdf.peakRssMiB.toFixed(0)} MiB`, '< 1024 MiB']);
  const load = speed.loadAverageAtStart === undefined ? '' : ` Load average when started: ${speed.loadAverageAtStart.toFixed(1)} (other work on the machine slows the timings).`;
  const ablation = results.preprocessingAblation ?? [];
  const ablationTable = ablation.length
    ? ['', 'Preprocessing steps (raw OCR, same pages):', '', '| steps | level | CER | WER |', '|---|---|---|---|', ...ablation.map((row) => `| ${row.steps} | ${row.level} | ${percent(row.cer)} | ${percent(row.wer)} |`)]
    : [];
  return [`| measure | value | target |`, `|---|---|---|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ...ablationTable, '', `Generated by bench/ocr.ts.${load}`, ''].join('\n');
}

/** Writes bench/results/ocr.json and the table in ocr.md. */
async function saveResults(results: object): Promise<void> {
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const table = markdownTable(results as Parameters<typeof markdownTable>[0]);
  await writeFile(RESULTS.replace(/\.json$/, '.md'), table);
  console.log(table);
  console.log(`wrote ${RESULTS} and ocr.md`);
}

async function main() {
  const index = process.argv.indexOf('--long-child');
  if (index >= 0) return longPdfChild(process.argv[index + 1]!, Number(process.argv[index + 2]));
  checkOptions(
    'ocr',
    { values: ['--pages', '--long-pages'], flags: ['--skip-long', '--skip-ablation', '--only-long', '--only-ablation', '--only-speed', '--only-table', '--default-malloc'] },
    'usage: nice -n 10 npx tsx bench/ocr.ts [--pages 4] [--long-pages 300] [--skip-long] [--skip-ablation] [--default-malloc]\n' +
      '       [--only-long | --only-ablation | --only-speed | --only-table]',
  );

  if (flag('only-table')) return saveResults(JSON.parse(await readFile(RESULTS, 'utf8')) as object);
  useBatchImageSettings(); // as `vnplan run` does
  const loadAtStart = loadavg()[0];
  const pages = await benchPages(argument('pages', 4));
  if (flag('only-speed')) {
    // Re-measures pages/min with 1 and 2 workers (e.g. when the machine is quieter), merged into the last results.
    const one = await throughput(1, pages);
    const two = await throughput(2, pages);
    console.log(`1 worker ${one.pagesPerMinute} pages/min, 2 workers ${two.pagesPerMinute} (${round(two.pagesPerMinute / one.pagesPerMinute, 3)}x)`);
    const earlier = JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
    const speed = {
      oneWorker: { secondsPerPage: one.secondsPerPage, pagesPerMinute: one.pagesPerMinute, engineSecondsPerPage: one.engineSecondsPerPage, preprocessSecondsPerPage: one.preprocessSecondsPerPage },
      twoWorkers: { secondsPerPage: two.secondsPerPage, pagesPerMinute: two.pagesPerMinute, engineSecondsPerPage: two.engineSecondsPerPage, preprocessSecondsPerPage: two.preprocessSecondsPerPage },
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg()[0],
      speedup: round(two.pagesPerMinute / one.pagesPerMinute, 3),
    };
    const afterRestoration = await restoredScores(pages, one.readings);
    await saveResults({ ...earlier, pagesPerLevel: pages.length / SCAN_LEVELS.length, rawOcr: scoreLevels(pages, one.readings), afterRestoration, speed });
    return;
  }
  if (flag('only-ablation')) {
    const preprocessingAblation = await allAblations(pages);
    const earlier = JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
    await saveResults({ ...earlier, preprocessingAblation });
    return;
  }
  if (flag('only-long')) {
    // Adds the long-PDF run to the results of an earlier full run (it takes the longest by far).
    const long = await longPdf(pages, argument('long-pages', 300), 2);
    console.log(`long PDF: ${long.pages} pages in ${long.seconds} s, peak RSS ${long.peakRssMiB} MiB`);
    const earlier = JSON.parse(await readFile(RESULTS, 'utf8')) as Parameters<typeof markdownTable>[0];
    await saveResults({ ...earlier, longPdf: long });
    return;
  }
  console.log(`${pages.length} bench pages (${SCAN_LEVELS.join('/')}), engine ${ENGINE_NAME}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);

  const one = await throughput(1, pages);
  console.log(`1 worker: ${one.secondsPerPage} s/page (engine ${one.engineSecondsPerPage}, preprocessing ${one.preprocessSecondsPerPage}), ${one.pagesPerMinute} pages/min`);
  const accuracy = scoreLevels(pages, one.readings);
  for (const [level, score] of Object.entries(accuracy)) console.log(`raw OCR ${level}: CER ${(score.cer * 100).toFixed(2)}% WER ${(score.wer * 100).toFixed(2)}%`);
  const two = await throughput(2, pages);
  console.log(`2 workers: ${two.pagesPerMinute} pages/min (${round(two.pagesPerMinute / one.pagesPerMinute, 3)}x)`);
  const restored = await restoredScores(pages, one.readings);
  const native = await nativeCli(pages, one);
  if (native.available) console.log(`native CLI: ${native.secondsPerPage} s/page; tesseract.js / native = ${native.timeRatio}`);
  else console.log(`native CLI skipped: ${native.reason}`);
  const steps = flag('skip-ablation') ? null : await allAblations(pages);
  const long = flag('skip-long') ? null : await longPdf(pages, argument('long-pages', 300), 2);
  if (long) console.log(`long PDF: ${long.pages} pages in ${long.seconds} s, peak RSS ${long.peakRssMiB} MiB`);

  const results = {
    generatedAt: new Date().toISOString(),
    engine: ENGINE_NAME,
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? null, node: process.version },
    pagesPerLevel: pages.length / SCAN_LEVELS.length,
    rawOcr: accuracy,
    afterRestoration: restored,
    speed: {
      oneWorker: { secondsPerPage: one.secondsPerPage, pagesPerMinute: one.pagesPerMinute, engineSecondsPerPage: one.engineSecondsPerPage, preprocessSecondsPerPage: one.preprocessSecondsPerPage },
      twoWorkers: { secondsPerPage: two.secondsPerPage, pagesPerMinute: two.pagesPerMinute, engineSecondsPerPage: two.engineSecondsPerPage, preprocessSecondsPerPage: two.preprocessSecondsPerPage },
      // Other work on the machine skews timings: the 1-minute load average when the bench started.
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg()[0],
      speedup: round(two.pagesPerMinute / one.pagesPerMinute, 3),
    },
    nativeCli: native,
    preprocessingAblation: steps,
    longPdf: long,
    targets: {
      mildCerAtMost: 0.003,
      heavyCerAtMost: 0.012,
      twoWorkerSpeedupAtLeast: 1.9,
      jsToNativeTimeRatioAtMost: 1.4,
      longPdfPeakRssMiBBelow: 1024,
    },
  };
  await saveResults(results);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
