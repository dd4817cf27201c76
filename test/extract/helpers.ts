import { extract, type Extraction } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';

/** Runs structure and extract on a snippet, as the pipeline does (no restoration: raw = restored). */
export function run(text: string): Extraction {
  const lines = text.split('\n');
  return extract({ lines, rawLines: lines, sections: structure(lines), pageOfLine: (line) => (line <= 20 ? 1 : 2) });
}
