// Run in a child process by offline.test.ts with block-network.mjs preloaded.
// mode `recognizer`: OCR one page with createRecognizer; mode `control`: a tesseract.js worker left to its defaults.
import { readFile } from 'node:fs/promises';
import { createWorker, OEM } from 'tesseract.js';
import { createRecognizer } from '../../../src/ocr/index.js';

const [mode, imagePath] = process.argv.slice(2);
if (mode === 'control') {
  // A failed model load never settles createWorker's promise; its errorHandler reports the failure.
  const failed = (error: unknown) => {
    console.log(JSON.stringify({ ok: false, error: String(error) }));
    process.exit(0);
  };
  try {
    const worker = await createWorker('vie', OEM.LSTM_ONLY, { gzip: true, cacheMethod: 'none', errorHandler: failed });
    await worker.terminate();
    console.log(JSON.stringify({ ok: true }));
  } catch (error) {
    failed(error);
  }
} else {
  const recognizer = await createRecognizer({ workers: 1 });
  const result = await recognizer.recognize(await readFile(imagePath!), { document: imagePath!, number: 1 });
  await recognizer.close();
  console.log(JSON.stringify({ ok: true, characters: result.text.length, confidence: result.page.meanConfidence }));
}
process.exit(0);
