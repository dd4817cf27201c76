/**
 * An open-addressing hash from a pair of non-negative 32-bit integers to a slot index. JavaScript Maps with
 * keys beyond 2^31 box every key; this keeps the n-gram look-ups of the decoder cheap. Each bucket holds
 * [a, b, slot] side by side so that one probe touches one cache line.
 */
export class IntPairTable {
  private readonly buckets: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 1.5) size *= 2;
    this.mask = size - 1;
    this.buckets = new Int32Array(size * 3).fill(-1);
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  set(a: number, b: number, slot: number): void {
    const buckets = this.buckets;
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const at = i * 3;
      const key = buckets[at] as number;
      if (key === -1 || (key === a && buckets[at + 1] === b)) {
        buckets[at] = a;
        buckets[at + 1] = b;
        buckets[at + 2] = slot;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The slot stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const buckets = this.buckets;
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const at = i * 3;
      const key = buckets[at] as number;
      if (key === -1) return -1;
      if (key === a && buckets[at + 1] === b) return buckets[at + 2] as number;
      i = (i + 1) & this.mask;
    }
  }
}
