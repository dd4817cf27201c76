/**
 * Soak test of a long batch: N generated one-page scans (distinct images, so the OCR cache never hits) through ONE
 * `runBatch` with one recycled tesseract.js pool, sampling the process RSS (tesseract.js workers are threads of this
 * process, so their memory is included).
 *
 *   npx tsx bench/soak.ts [--docs 200] [--workers 2] [--recycle 50] [--default-malloc]
 *
 * Like the CLI (bin/vnplan.js) it runs with MALLOC_ARENA_MAX=2 and the batch image settings; --default-malloc
 * keeps glibc's default arenas, to measure the difference.
 *
 * Prints throughput and RSS over the run, and writes bench/results/soak.json. Dev-only: typesetting needs the
 * fonts the scan scripts use (fonts-liberation); inputs go to bench/tmp/soak (not committed).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createRecognizer } from '../src/ocr/index.js';
import { runBatch } from '../src/pipeline/batch.js';
import { loadRestorer } from '../src/restore/index.js';
import { useBatchImageSettings } from '../src/preprocess/image-memory.js';
import { scanPages, typesetText } from '../scripts/make-scans.js';
import { mallocSetting, rerunWithArenaLimit } from './lib/arena-limit.js';
import { checkOptions } from './lib/options.js';

checkOptions('soak', { values: ['--docs', '--workers', '--recycle'], flags: ['--default-malloc'] }, 'usage: npx tsx bench/soak.ts [--docs 200] [--workers 2] [--recycle 50] [--default-malloc]');
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '200' },
    workers: { type: 'string', default: '2' },
    recycle: { type: 'string', default: '50' },
    'default-malloc': { type: 'boolean', default: false },
  },
});
rerunWithArenaLimit();
const documents = Number(values.docs);
const workers = Number(values.workers);
const recycleAfterPages = Number(values.recycle);

const work = join('bench', 'tmp', 'soak');
const inputs = join(work, 'inputs');
const out = join(work, 'out');
const sources = ['fixtures/gold/000.gold.txt', 'fixtures/gold/001.gold.txt', 'fixtures/seeds/003_353ee045aea87079.txt'];

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Distinct degraded scans made from the typeset pages; every document is one of them shifted a little. */
const DISTINCT_SCANS = 24;

/**
 * Each document is a distinct image (so the OCR cache never hits): one of DISTINCT_SCANS degraded scans, shifted
 * right and down by a few pixels on a white margin and encoded again. Degrading 200 pages from scratch took
 * longer than reading them.
 */
async function makeInputs(): Promise<void> {
  await rm(work, { recursive: true, force: true });
  await mkdir(inputs, { recursive: true });
  const typeset = (await Promise.all(sources.map(async (source) => typesetText(await readFile(source, 'utf8'))))).flat();
  const scans: Buffer[] = [];
  for (let index = 0; index < Math.min(DISTINCT_SCANS, documents); index += 1) {
    const [scan] = await scanPages([typeset[index % typeset.length]!], { level: 'mild', seed: 1000 + index });
    scans.push(scan!.jpeg);
  }
  for (let index = 0; index < documents; index += 1) {
    const shift = Math.floor(index / scans.length);
    const jpeg = await sharp(scans[index % scans.length]!)
      .extend({ left: shift, top: shift, background: { r: 255, g: 255, b: 255 } })
      .jpeg({ quality: 85 })
      .toBuffer();
    await writeFile(join(inputs, `soak-${String(index).padStart(4, '0')}.jpg`), jpeg);
  }
  console.log(`made ${documents} one-page scans (${scans.length} distinct degraded scans, shifted) from ${typeset.length} typeset pages in ${inputs}`);
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<{ x: number; y: number }>): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  const covariance = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const variance = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

async function main(): Promise<void> {
  await makeInputs();
  useBatchImageSettings();
  const restorer = await loadRestorer();
  const recognizer = await createRecognizer({ workers, recycleAfterPages });
  const samples: Array<{ seconds: number; pages: number; rssMb: number }> = [];
  let pages = 0;
  let peak = 0;
  const started = performance.now();
  const sample = () => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    samples.push({ seconds: (performance.now() - started) / 1000, pages, rssMb: megabytes(rss) });
  };
  const timer = setInterval(sample, 1000);
  const report = await runBatch([inputs], { restorer, recognizer, ocrMode: 'auto' }, {
    outDir: out,
    concurrency: workers,
    onEvent: (event) => {
      if (event.type !== 'page') return;
      pages += 1;
      if (pages % 20 === 0) {
        sample();
        console.log(`${pages} pages, rss ${megabytes(process.memoryUsage().rss)} MB, ${recognizer.stats().recycled} recycles`);
      }
    },
  });
  clearInterval(timer);
  sample();
  const seconds = (performance.now() - started) / 1000;
  const stats = recognizer.stats();
  await recognizer.close();

  const secondHalf = samples.filter((point) => point.pages >= pages / 2).map((point) => ({ x: point.pages, y: point.rssMb }));
  const firstHalfPeak = Math.max(...samples.filter((point) => point.pages < pages / 2).map((point) => point.rssMb));
  const secondHalfPeak = Math.max(...secondHalf.map((point) => point.y));
  const quarterPeaks = [0, 1, 2, 3].map((quarter) =>
    Math.max(0, ...samples.filter((point) => Math.min(3, Math.floor((point.pages / Math.max(1, pages)) * 4)) === quarter).map((point) => point.rssMb)),
  );
  // Bounded: the last quarter of the run peaks no higher than the second quarter (after warm-up) plus 5 %.
  const boundedRss = quarterPeaks[3]! <= quarterPeaks[1]! * 1.05;
  const result = {
    generatedAt: new Date().toISOString(),
    malloc: mallocSetting(),
    documents,
    workers,
    recycleAfterPages,
    ok: report.summary.ok,
    failed: report.summary.failed,
    pages,
    seconds: Math.round(seconds * 10) / 10,
    pagesPerMinute: Math.round((pages / seconds) * 60 * 10) / 10,
    workersCreated: stats.created,
    workersRecycled: stats.recycled,
    peakRssMb: megabytes(peak),
    firstHalfPeakRssMb: firstHalfPeak,
    secondHalfPeakRssMb: secondHalfPeak,
    secondHalfRssSlopeMbPer100Pages: Math.round(slope(secondHalf) * 100 * 10) / 10,
    peakRssMbByQuarter: quarterPeaks,
    boundedRss,
    samples,
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/soak.json', `${JSON.stringify(result, null, 2)}\n`);
  console.table({
    documents: result.documents,
    'ok / failed': `${result.ok} / ${result.failed}`,
    pages: result.pages,
    'pages/min': result.pagesPerMinute,
    'workers created / recycled': `${result.workersCreated} / ${result.workersRecycled}`,
    'peak RSS (MB)': result.peakRssMb,
    'peak RSS first half / second half (MB)': `${result.firstHalfPeakRssMb} / ${result.secondHalfPeakRssMb}`,
    'RSS slope, second half (MB per 100 pages)': result.secondHalfRssSlopeMbPer100Pages,
    'peak RSS per quarter of the run (MB)': quarterPeaks.join(' / '),
    'bounded (last quarter <= second quarter + 5 %)': boundedRss,
    malloc: result.malloc,
  });
}

await main();
