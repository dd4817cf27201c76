import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OEM, PSM } from 'tesseract.js';

const require = createRequire(import.meta.url);

export const OCR_LANGUAGE = 'vie';
export const MODEL_VARIANT = '4.0.0_best_int';
export const ENGINE_NAME = `tesseract.js 7 ${OCR_LANGUAGE} ${MODEL_VARIANT}`;

export type PageSegmentation = 'auto' | 'single-column' | 'single-block';

const PSM_OF: Record<PageSegmentation, PSM> = {
  auto: PSM.AUTO,
  'single-column': PSM.SINGLE_COLUMN,
  'single-block': PSM.SINGLE_BLOCK,
};

/** The folder of the npm-shipped model, found through module resolution so any install location works. */
export function modelFolder(): string {
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), MODEL_VARIANT);
}

/**
 * Worker options that keep tesseract.js offline: a local langPath (a path, not a URL, so it is read with fs),
 * the gzipped model as shipped, and no cache (the default cache writes `<cwd>/vie.traineddata` and prefers it later).
 */
export function offlineWorkerOptions() {
  return { langPath: modelFolder(), gzip: true, cacheMethod: 'none' } as const;
}

export function engineParameters(segmentation: PageSegmentation, dpi: number) {
  return {
    tessedit_pageseg_mode: PSM_OF[segmentation],
    user_defined_dpi: String(Math.round(dpi)),
    preserve_interword_spaces: '0',
    // Tesseract's diagnostics ("Detected 50 diacritics") would otherwise go to the process's stdout.
    debug_file: '/dev/null',
  };
}

export const ENGINE_MODE = OEM.LSTM_ONLY;
