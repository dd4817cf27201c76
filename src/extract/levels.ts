/**
 * The administrative levels of local government (`tỉnh`, `huyện`, `xã` …), folded (no marks, lower case, as
 * `fold` gives) and as printed. No level's form is the start of another's, so an alternation of them matches the
 * same text whatever their order.
 */
export interface AdministrativeLevel {
  folded: string;
  printed: string;
}

// In the order agencies/locality.ts has always tried them in (it tries phrases in turn).
export const ADMINISTRATIVE_LEVELS: readonly AdministrativeLevel[] = [
  { folded: 'tinh', printed: 'tỉnh' },
  { folded: 'huyen', printed: 'huyện' },
  { folded: 'xa', printed: 'xã' },
  { folded: 'thi tran', printed: 'thị trấn' },
  { folded: 'thanh pho', printed: 'thành phố' },
  { folded: 'thi xa', printed: 'thị xã' },
  { folded: 'quan', printed: 'quận' },
  { folded: 'phuong', printed: 'phường' },
  // A special zone: an island district made a commune-level unit in 2025 (`các xã, phường, đặc khu`).
  { folded: 'dac khu', printed: 'đặc khu' },
];

export const isOneWordLevel = (level: AdministrativeLevel): boolean => !level.folded.includes(' ');
export const isTwoWordLevel = (level: AdministrativeLevel): boolean => level.folded.includes(' ');

/**
 * The level words as a regular-expression alternation (`tinh|huyen|…`), in one form, optionally only some of them
 * and with the space inside a two-word level written as `space` (e.g. `\s+`).
 */
export function levelAlternation(form: 'folded' | 'printed', options: { only?: (level: AdministrativeLevel) => boolean; space?: string } = {}): string {
  const { only = () => true, space = ' ' } = options;
  return ADMINISTRATIVE_LEVELS.filter(only)
    .map((level) => level[form].replace(/ /g, space))
    .join('|');
}

/** The printed form of a folded level (`thi xa` → `thị xã`), or null when it is no level. */
export function printedLevel(folded: string): string | null {
  return ADMINISTRATIVE_LEVELS.find((level) => level.folded === folded)?.printed ?? null;
}

/** The level a printed area starts with (`thị xã Sa Pa` → `thị xã`), or undefined. */
export function printedLevelOpening(area: string): string | undefined {
  return ADMINISTRATIVE_LEVELS.find((level) => area.startsWith(`${level.printed} `))?.printed;
}

/**
 * The first word of every level (`tinh`, …, `thi` of `thi xa` and `thi tran`, `thanh` of `thanh pho`), each once, as
 * an alternation: for text read word by word, where a two-word level shows only its first word.
 */
export function levelFirstWordAlternation(form: 'folded' | 'printed'): string {
  return [...new Set(ADMINISTRATIVE_LEVELS.map((level) => level[form].split(' ')[0]!))].join('|');
}
