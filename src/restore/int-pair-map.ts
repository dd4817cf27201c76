/**
 * A growable open-addressing hash from a pair of non-negative 32-bit integers to a non-negative 32-bit integer:
 * what a Map of Maps would hold, without a map per first key or a boxed key. Doubles when half full.
 */
export class IntPairMap {
  /** Per bucket: a, b, value (−1 in `a`: empty). */
  private buckets: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialBuckets = 1 << 10) {
    let size = 16;
    while (size < initialBuckets) size *= 2;
    this.buckets = new Int32Array(size * 3).fill(-1);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  private static hash(a: number, b: number): number {
    const h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    return h ^ (h >>> 15);
  }

  /** Offset of the bucket of (a, b), or of the empty bucket where it would go. */
  private find(a: number, b: number): number {
    const buckets = this.buckets;
    let i = IntPairMap.hash(a, b) & this.mask;
    for (;;) {
      const at = i * 3;
      const key = buckets[at] as number;
      if (key === -1 || (key === a && buckets[at + 1] === b)) return at;
      i = (i + 1) & this.mask;
    }
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const at = this.find(a, b);
    return this.buckets[at] === -1 ? -1 : (this.buckets[at + 2] as number);
  }

  set(a: number, b: number, value: number): void {
    let at = this.find(a, b);
    if (this.buckets[at] === -1) {
      if ((this.count + 1) * 2 > this.mask + 1) {
        this.grow();
        at = this.find(a, b);
      }
      this.count += 1;
      this.buckets[at] = a;
      this.buckets[at + 1] = b;
    }
    this.buckets[at + 2] = value;
  }

  clear(): void {
    this.buckets.fill(-1);
    this.count = 0;
  }

  private grow(): void {
    const old = this.buckets;
    this.buckets = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.buckets.length / 3 - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] === -1) continue;
      const to = this.find(old[at] as number, old[at + 1] as number);
      this.buckets[to] = old[at] as number;
      this.buckets[to + 1] = old[at + 1] as number;
      this.buckets[to + 2] = old[at + 2] as number;
    }
  }
}
