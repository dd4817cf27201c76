import { extract, type Extraction } from '../../src/extract/index.js';
import type { Agency } from '../../src/schema/document.js';
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

/** The parts of a short made-up plan up to its implementation part (IV. TỔ CHỨC THỰC HIỆN): one task, one funding line. */
export function planHead(task: string, funding = 'Ngân sách tỉnh.'): string {
  return ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'II. NỘI DUNG', `1. ${task}`, 'III. KINH PHÍ', funding, 'IV. TỔ CHỨC THỰC HIỆN'].join('\n');
}

/** The agencies read from duty `items` placed after planHead(task, funding), with a Nơi nhận after them. */
export function agenciesInPlan(items: string, task: string, funding?: string): Agency[] {
  return run(`${planHead(task, funding)}\n${items}\n\nNơi nhận:\n- Như trên;`).agencies;
}
