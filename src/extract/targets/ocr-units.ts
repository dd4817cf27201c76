// Units of measure restoration made a word of, read back from the OCR line.
import { fold } from '../../structure/fold.js';
import { TIME_WORDS, timeWordOneLetterOff } from './rates.js';

// Units of measure as OCR printed them after a figure: `m?` (OCR's reading of m² and m³), `m2`, `m3`, `m`, `pg/m3`.
// OCR may also print the superscript as another symbol (`m¥`, `m°`): read as `m?`.
const OCR_UNIT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{1,2})?)\s?((?:[pµu]g\/)?m(?:[23²³]|[^\s\p{L}\d/,.;:()\-–])?)(?=[\s/,.;:)]|$)/gu;
// What a volume measures (`nạo vét 65.000 m? bùn`, `đổ 120 m? bê tông`); an area is the other reading of `m?`.
// (`bê tông hóa` paves: an area or a length, no volume.)
const VOLUME_WORDS = /(?:^|[^a-z])(?:nao vet|vet|khoi luong|bun|cat|dat dao|dao dap|be tong(?! h[a-z]a)|nuoc|chat thai|rac)(?![a-z])/;

/**
 * The restored lines with a unit of measure put back where restoration made a word of it (`3.500 m?` → `3.500 mỏ?`,
 * `1.850 m kè` → `1.850 ẩm kế`, `40 pg/m3` → `40 độ/mã`): the figure must read the same in both, and only the unit
 * token after it changes. Used to read targets only; the text itself stays as restored.
 */
export function withOcrUnits(lines: readonly string[], rawLines: readonly string[]): string[] {
  return lines.map((line, k) => {
    const raw = rawLines[k] ?? '';
    let out = line;
    for (const match of raw.matchAll(OCR_UNIT)) {
      const digits = match[1]!;
      const printed = match[2]!;
      const unit = ocrUnit(printed, `${raw.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20)} ${line}`);
      if (unit === null) continue;
      const escaped = digits.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const restored = new RegExp(`(?<![\\d.,])(${escaped})(\\s?)([^\\s/,.;:)]+(?:/[^\\s,.;:)]+)?)`, 'u').exec(out);
      if (!restored) continue;
      const token = restored[3]!;
      if (token === unit || token.startsWith(`${unit}/`) || fold(token) === fold(unit)) continue;
      // Only a token restoration made of the unit: it opens with the unit's letter or a mark over it (`mỏ`, `ẩm`, `độ`).
      if (!/^(?:m|ẩm|độ|mỏ|mổ|mở|mô)/iu.test(token)) continue;
      const tail = unit.includes('/') ? '' : token.includes('/') ? token.slice(token.indexOf('/')) : '';
      out = `${out.slice(0, restored.index)}${digits} ${unit}${tail}${out.slice(restored.index + restored[0].length)}`;
    }
    return out;
  });
}

function ocrUnit(printed: string, around: string): string | null {
  if (/^[pµu]g\/m3$/.test(printed)) return 'µg/m³';
  if (printed === 'm') return 'm';
  if (printed === 'm2' || printed === 'm²') return 'm²';
  if (printed === 'm3' || printed === 'm³') return 'm³';
  if (/^m[^\p{L}\d]$/u.test(printed)) return VOLUME_WORDS.test(fold(around)) ? 'm³' : 'm²';
  return null;
}

/**
 * Lines with an item's number set apart from a percentage OCR glued to it (`5.100% trẻ em …` for `5. 100% trẻ em`):
 * a dot between one or two digits and a share up to 100 at the start of a line is no thousands separator (a share
 * of 5.100% is none). Used to read targets only.
 */
export function withItemNumbersApart(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.replace(/^(\s*\d{1,2})\.(\d{1,3}(?:,\d{1,2})?\s?%)/u, (whole, item: string, share: string) => (Number(share.replace(/[,%\s].*$/u, '')) <= 100 ? `${item}. ${share}` : whole)),
  );
}

/**
 * Lines without an apostrophe OCR left at the end of a lower-case word inside a phrase (`30 cơ’ sở kinh doanh`):
 * Vietnamese writes none there (names such as `H'Mông` keep theirs: no space follows). Used to read targets only.
 */
export function withoutStrayApostrophes(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/(\p{Ll})[’'`](?=\s+\p{Ll})/gu, '$1'));
}

// What a length in km measures (roads, canals, dykes, lines, rivers), and what an area in ha does (land, forest, crops),
// as printed: folded, `lúa` would be `lựa` and `đất` `đạt`.
const LENGTH_WORDS = /(?<!\p{L})(?:đường|tuyến|kênh|mương|kè|đê|bờ sông|bờ biển|sông|chiều dài|giao thông|lưới điện|dây|cáp quang|ống|vỉa hè|làn)(?!\p{L})/u;
const AREA_WORDS = /(?<!\p{L})(?:diện tích|rừng|lúa|đất|trồng|canh tác|gieo cấy|che phủ|cánh đồng|vùng|nuôi trồng|mặt nước|vườn|cây|sản xuất|quy hoạch)(?!\p{L})/u;

/**
 * The lines with a unit of measure put back where one letter of it came out as its look-alike (`120 kn đường` for
 * km, `350 ba rừng` for ha): neither is a word after a figure, and the change is made only where the clause around
 * names what such a unit measures (a road, a canal; land, a forest, a crop) and, for `ba`, no word it opens
 * follows (`ba lô`). `bà` and other marked forms are words (`120 bà mẹ`) and stay. Used to read targets only.
 */
export function withLookAlikeUnits(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.replace(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s(kn|ba)(?![\p{L}\d])(\s+\p{L}+)?/gu, (whole, digits: string, printed: string, next: string | undefined, at: number) => {
      const around = `${line.slice(Math.max(0, at - 50), at)} ${next ?? ''}`.toLocaleLowerCase('vi');
      if (printed === 'kn') return LENGTH_WORDS.test(around) ? `${digits} km${next ?? ''}` : whole;
      if (next !== undefined && /^\s+(?:lô|lá|gác|ba)$/u.test(next)) return whole;
      return AREA_WORDS.test(around) ? `${digits} ha${next ?? ''}` : whole;
    }),
  );
}

/**
 * Lines without the mark of an item the structure does not number (`(2) Hỗ trợ đất ở cho 150 hộ`, `3) Tổ chức …`):
 * the words after it open the clause. Used to read targets only.
 */
export function withoutItemMarks(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^(\s*)\(?\d{1,2}\)\s+(?=\p{L})/u, '$1'));
}

/**
 * The lines with `tỷ đồng` put back where restoration made `tự động` of OCR's bare `ty dong` beside a figure (a table's
 * unit cell before the year columns, `… trên địa bàn ty dong 5.850 6.300`, or after an amount). Used to read targets only.
 */
export function withMoneyUnits(lines: readonly string[], rawLines: readonly string[]): string[] {
  return lines.map((line, k) => {
    const raw = rawLines[k] ?? '';
    let out = line;
    if (/(?<![\p{L}])ty dong\s+\d/u.test(raw)) out = out.replace(/(?<![\p{L}])tự động(?=\s+\d)/gu, 'tỷ đồng');
    if (/\d\s+ty dong(?![\p{L}])/u.test(raw)) out = out.replace(/(?<=\d\s+)tự động(?![\p{L}])/gu, 'tỷ đồng');
    return out;
  });
}

// A word after a slash, and a count before it in the same stretch of the line (`02 tin, bài/tuần`).
const SLASH_WORD = /\/(\p{L}+)/gu;

/**
 * The lines with a rate's span of time read back from the OCR line where restoration made another word of it
 * (`02 tin, bài/tuyến` from OCR's `bai/tuén`): the OCR word is a span of time, or one letter off one for a word of
 * four letters or more, and the restored word is none. Words after a slash are paired in order, only where both lines
 * have as many, and only after a figure. Used to read targets only.
 */
export function withOcrTimeSpans(lines: readonly string[], rawLines: readonly string[]): string[] {
  return lines.map((line, k) => {
    const restored = [...line.matchAll(SLASH_WORD)];
    const raw = [...(rawLines[k] ?? '').matchAll(SLASH_WORD)];
    if (restored.length === 0 || restored.length !== raw.length) return line;
    let out = line;
    // From the end, so that an earlier replacement leaves the later positions as they were.
    for (let n = restored.length - 1; n >= 0; n--) {
      const word = restored[n]![1]!;
      if (TIME_WORDS.includes(word.toLocaleLowerCase('vi')) || !/\d/.test(line.slice(Math.max(0, restored[n]!.index - 25), restored[n]!.index))) continue;
      const ocr = fold(raw[n]![1]!).toLowerCase();
      const time = TIME_WORDS.find((t) => fold(t) === ocr) ?? timeWordOneLetterOff(ocr);
      if (time === null || time === undefined) continue;
      const at = restored[n]!.index + 1;
      out = `${out.slice(0, at)}${time}${out.slice(at + word.length)}`;
    }
    return out;
  });
}
