// Targets in a table of values by year.
import type { Target } from '../../schema/document.js';
import { countValue } from './numbers.js';
import type { TargetContext } from './types.js';
import { COUNT_UNITS } from './units.js';

// A table of targets by year (often in a PHỤ LỤC): a header whose last cells are years (`Năm 2024 Năm 2025 Năm
// 2026`, `2024 | 2025`), then rows `1 Tỷ lệ … % 85 90 95` — the indicator, its unit, one value per year.
export const TABLE_YEARS = /((?:(?:năm\s+)?(?:19|20)\d\d\s*\|?\s*){2,6})(?:ghi chú\s*\|?\s*)?$/iu;
export const TABLE_UNITS = ['%', '‰', ...COUNT_UNITS].sort((a, b) => b.length - a.length).map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
export const TABLE_ROW = new RegExp(
  String.raw`^\|?\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]?\s*\|?\s+)?(\p{L}.*?)\s*\|?\s*(${TABLE_UNITS.join('|')})?\s*\|?\s*((?:\d[\d.,]*\s?(?:%|‰)?\s*\|?\s*)+)$`,
  'u',
);

export function tableTargets(context: TargetContext): Target[] {
  const out: Target[] = [];
  const { lines } = context;
  for (let index = 0; index < lines.length; index++) {
    const header = TABLE_YEARS.exec(lines[index]!);
    if (!header) continue;
    const years = [...header[1]!.matchAll(/(?:19|20)\d\d/g)].map((match) => Number(match[0]));
    // Years of a span (`giai đoạn 2021 - 2025`) are no columns: they rise one by one, or name a plan's years.
    if (new Set(years).size !== years.length || years.some((year, k) => k > 0 && year <= years[k - 1]!)) continue;
    if (/[-–]\s*$/.test(lines[index]!.slice(0, header.index).trimEnd()) || !/(?:chỉ tiêu|nội dung|đơn vị|tt|stt|năm\s+(?:19|20)\d\d)/iu.test(lines[index]!)) continue;
    for (let row = index + 1; row < Math.min(lines.length, index + 40); row++) {
      if (TABLE_YEARS.test(lines[row]!)) break;
      const cells = TABLE_ROW.exec(lines[row]!.trim());
      if (!cells) continue;
      const values = [...cells[3]!.matchAll(/\d[\d.,]*/g)].map((match) => match[0]);
      if (values.length !== years.length) continue;
      // No unit cell: each value carries its sign (`92% 94% 95%`).
      const signs = cells[3]!.match(/%|‰/g) ?? [];
      const unit = cells[2] ?? (signs.length === values.length && new Set(signs).size === 1 ? signs[0]! : null);
      if (unit === null) continue;
      const subject = cells[1]!.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim();
      values.forEach((printed, k) => {
        const value = unit === '%' || unit === '‰' ? Number(printed.replace(',', '.')) : countValue(printed);
        if (!Number.isFinite(value)) return;
        out.push({
          value,
          valueMax: null,
          unit,
          comparator: 'eq',
          year: years[k]!,
          yearly: false,
          subject,
          sentence: lines[row]!.trim(),
          confidence: 0.7,
          ...context.provenance(row + 1, lines[row]!),
        });
      });
    }
  }
  return out;
}
