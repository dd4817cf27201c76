/**
 * An open-addressing hash from a pair of non-negative 32-bit integers to a slot index. JavaScript Maps with
 * keys beyond 2^31 box every key; this keeps the n-gram look-ups of the decoder cheap. Each bucket holds
 * [a, b, slot] side by side — and, in a table made with values, a 32-bit float beside them — so that one probe
 * touches one cache line.
 */
export class IntPairTable {
  private readonly buckets: Int32Array;
  /** The same memory as buckets, read as floats (the value of a bucket is its fourth word). */
  private readonly floats: Float32Array;
  private readonly mask: number;
  private readonly stride: number;

  constructor(capacity: number, withValues = false) {
    let size = 16;
    while (size < capacity * 1.5) size *= 2;
    this.mask = size - 1;
    this.stride = withValues ? 4 : 3;
    this.buckets = new Int32Array(size * this.stride).fill(-1);
    this.floats = new Float32Array(this.buckets.buffer);
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  set(a: number, b: number, slot: number): void {
    this.bucketFor(a, b, slot);
  }

  /** Stores (a, b) → slot with a float value beside it (a table made with values only). */
  setWithValue(a: number, b: number, slot: number, value: number): void {
    if (this.stride !== 4) throw new Error('IntPairTable: made without values');
    this.floats[this.bucketFor(a, b, slot) + 3] = value;
  }

  private bucketFor(a: number, b: number, slot: number): number {
    const buckets = this.buckets;
    const stride = this.stride;
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const at = i * stride;
      const key = buckets[at] as number;
      if (key === -1 || (key === a && buckets[at + 1] === b)) {
        buckets[at] = a;
        buckets[at + 1] = b;
        buckets[at + 2] = slot;
        return at;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Forgets every pair. */
  clear(): void {
    this.buckets.fill(-1);
  }

  /** The slot stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const buckets = this.buckets;
    const stride = this.stride;
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const at = i * stride;
      const key = buckets[at] as number;
      if (key === -1) return -1;
      if (key === a && buckets[at + 1] === b) return buckets[at + 2] as number;
      i = (i + 1) & this.mask;
    }
  }

  /** The value stored with (a, b), or NaN (a table made with values only). */
  valueOf(a: number, b: number): number {
    const buckets = this.buckets;
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const at = i * 4;
      const key = buckets[at] as number;
      if (key === -1) return Number.NaN;
      if (key === a && buckets[at + 1] === b) return this.floats[at + 3] as number;
      i = (i + 1) & this.mask;
    }
  }
}
