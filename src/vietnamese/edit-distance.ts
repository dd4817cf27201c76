/** Levenshtein distances over UTF-16 code units (skeletons, folded words: every letter is one unit). */

/** The work row, reused between calls. */
let distanceRow = new Int32Array(32);

/** Levenshtein distance over UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Number.POSITIVE_INFINITY);
}

/**
 * editDistance when it is at most `max`; otherwise some number above `max` (the search stops once every cell of
 * a row is above it: distances never fall along a path).
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (distanceRow.length <= b.length) distanceRow = new Int32Array((b.length + 1) * 2);
  const row = distanceRow;
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      const value = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      if (value < rowMin) rowMin = value;
      diagonal = above;
    }
    if (rowMin > max) return max + 1;
  }
  return row[b.length] as number;
}

