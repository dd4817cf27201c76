import { extract, type Extraction } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';

/** Runs structure and extract on a snippet, as the pipeline does (no restoration: raw = restored). */
export function run(text: string): Extraction {
  const lines = text.split('\n');
  return extract({ lines, rawLines: lines, sections: structure(lines), pageOfLine: (line) => (line <= 20 ? 1 : 2) });
}

/** Value and unit of each target read from `body` lines placed in a plan's targets part (II. CHỈ TIÊU). */
export function targetUnitsOf(...body: string[]): Array<[number, string]> {
  return run(['Hà Tĩnh, ngày 10 tháng 3 năm 2026', 'II. CHỈ TIÊU', ...body].join('\n')).targets.map((t) => [t.value, t.unit]);
}
