/** Dark pixels of a small grayscale image, the input of the angle searches. */
export interface InkPoints {
  xs: Float64Array;
  ys: Float64Array;
  width: number;
  height: number;
}

/** Otsu's threshold of an 8-bit grayscale histogram. */
export function otsuThreshold(pixels: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const value of pixels) histogram[value]! += 1;
  const total = pixels.length;
  let sumAll = 0;
  for (let level = 0; level < 256; level += 1) sumAll += level * histogram[level]!;
  let sumBackground = 0;
  let weightBackground = 0;
  let best = 0;
  let threshold = 127;
  for (let level = 0; level < 256; level += 1) {
    weightBackground += histogram[level]!;
    if (weightBackground === 0) continue;
    const weightForeground = total - weightBackground;
    if (weightForeground === 0) break;
    sumBackground += level * histogram[level]!;
    const meanBackground = sumBackground / weightBackground;
    const meanForeground = (sumAll - sumBackground) / weightForeground;
    const between = weightBackground * weightForeground * (meanBackground - meanForeground) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}

/** Collects at most `limit` dark pixels (evenly thinned) of a grayscale image. */
export function inkPoints(pixels: Uint8Array, width: number, height: number, limit = 80_000): InkPoints {
  const threshold = otsuThreshold(pixels);
  let dark = 0;
  for (const value of pixels) if (value <= threshold) dark += 1;
  const stride = Math.max(1, Math.ceil(dark / limit));
  const count = Math.floor(dark / stride);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  let seen = 0;
  let kept = 0;
  for (let index = 0; index < pixels.length && kept < count; index += 1) {
    if (pixels[index]! > threshold) continue;
    if (seen % stride === 0) {
      xs[kept] = index % width;
      ys[kept] = Math.floor(index / width);
      kept += 1;
    }
    seen += 1;
  }
  return { xs, ys, width, height };
}

/**
 * How sharply ink falls into rows when the page is turned by `degrees`: the sum of squared row counts.
 * Text lines give tall narrow peaks when they are level, and a flat profile otherwise.
 */
export function rowProfileScore(points: InkPoints, degrees: number, transposed = false): number {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const span = points.width + points.height;
  const rows = new Float64Array(2 * span + 1);
  const { xs, ys } = points;
  for (let index = 0; index < xs.length; index += 1) {
    const x = transposed ? ys[index]! : xs[index]!;
    const y = transposed ? xs[index]! : ys[index]!;
    const row = Math.round(y * cos - x * sin) + span;
    rows[row]! += 1;
  }
  let score = 0;
  for (const count of rows) score += count * count;
  return score;
}

function bestAngle(points: InkPoints, from: number, to: number, step: number, transposed: boolean): { angle: number; score: number } {
  let best = { angle: 0, score: -1 };
  for (let angle = from; angle <= to + 1e-9; angle += step) {
    const score = rowProfileScore(points, angle, transposed);
    if (score > best.score) best = { angle: Math.round(angle * 100) / 100, score };
  }
  return best;
}

/** The angle (degrees, clockwise positive) by which text lines slope, searched within ±maxDegrees. */
export function estimateSkew(points: InkPoints, maxDegrees = 6, transposed = false): { angle: number; score: number } {
  if (points.xs.length < 50) return { angle: 0, score: 0 };
  const coarse = bestAngle(points, -maxDegrees, maxDegrees, 0.5, transposed);
  return bestAngle(points, coarse.angle - 0.5, coarse.angle + 0.5, 0.05, transposed);
}
