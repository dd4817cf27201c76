/**
 * An open-addressing hash from a pair of non-negative 32-bit integers to a slot index. JavaScript Maps with
 * keys beyond 2^31 box every key; this keeps the n-gram look-ups of the decoder cheap. Each bucket holds
 * [a, b, slot] side by side — and, in a table made with values, a 32-bit float beside them — so that one probe
 * touches one cache line.
 */
/** Bits of the filter per stored pair (two set per pair: about 1.5% of absent pairs pass it). */
const FILTER_BITS_PER_PAIR = 16;

export class IntPairTable {
  private readonly buckets: Int32Array;
  /** The same memory as buckets, read as floats (the value of a bucket is its fourth word). */
  private readonly floats: Float32Array;
  private readonly mask: number;
  private readonly stride: number;
  /**
   * With `withFilter`, two bits per stored pair in a bit set small enough to stay in a core's cache: a pair with
   * either bit clear is not stored, and most pairs asked for are not, so most answers never touch the buckets.
   */
  private readonly filter: Int32Array | null;
  private readonly filterMask: number;

  constructor(capacity: number, withValues = false, withFilter = false) {
    let size = 16;
    while (size < capacity * 1.5) size *= 2;
    this.mask = size - 1;
    this.stride = withValues ? 4 : 3;
    this.buckets = new Int32Array(size * this.stride).fill(-1);
    this.floats = new Float32Array(this.buckets.buffer);
    let bits = 1 << 10;
    while (bits < capacity * FILTER_BITS_PER_PAIR) bits *= 2;
    this.filter = withFilter ? new Int32Array(bits >>> 5) : null;
    this.filterMask = bits - 1;
  }

  /** Whether (a, b), with hash h, may be stored: false only when it is not. */
  private mayHold(h: number): boolean {
    const filter = this.filter as Int32Array;
    const first = h & this.filterMask;
    const second = (Math.imul(h, 0x27d4eb2d) >>> 7) & this.filterMask;
    return ((filter[first >>> 5] as number) & (1 << (first & 31))) !== 0 && ((filter[second >>> 5] as number) & (1 << (second & 31))) !== 0;
  }

  private remember(h: number): void {
    const filter = this.filter as Int32Array;
    const first = h & this.filterMask;
    const second = (Math.imul(h, 0x27d4eb2d) >>> 7) & this.filterMask;
    filter[first >>> 5] = (filter[first >>> 5] as number) | (1 << (first & 31));
    filter[second >>> 5] = (filter[second >>> 5] as number) | (1 << (second & 31));
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
    const h = IntPairTable.hash(a, b);
    if (this.filter !== null) this.remember(h);
    let i = h & this.mask;
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
    this.filter?.fill(0);
  }

  /** The slot stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const buckets = this.buckets;
    const stride = this.stride;
    const h = IntPairTable.hash(a, b);
    if (this.filter !== null && !this.mayHold(h)) return -1;
    let i = h & this.mask;
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
    const h = IntPairTable.hash(a, b);
    if (this.filter !== null && !this.mayHold(h)) return Number.NaN;
    let i = h & this.mask;
    for (;;) {
      const at = i * 4;
      const key = buckets[at] as number;
      if (key === -1) return Number.NaN;
      if (key === a && buckets[at + 1] === b) return this.floats[at + 3] as number;
      i = (i + 1) & this.mask;
    }
  }
}
