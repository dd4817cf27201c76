/**
 * An open-addressing hash from a pair of non-negative 32-bit integers to a slot index. JavaScript Maps with
 * keys beyond 2^31 box every key; this keeps the n-gram lookups of the decoder cheap.
 */
export class IntPairTable {
  private readonly keysA: Int32Array;
  private readonly keysB: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.slots = new Int32Array(size);
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  set(a: number, b: number, slot: number): void {
    let i = IntPairTable.hash(a, b) & this.mask;
    while (this.keysA[i] !== -1 && !(this.keysA[i] === a && this.keysB[i] === b)) i = (i + 1) & this.mask;
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.slots[i] = slot;
  }

  /** The slot stored for (a, b), or -1. */
  get(a: number, b: number): number {
    let i = IntPairTable.hash(a, b) & this.mask;
    for (;;) {
      const key = this.keysA[i] as number;
      if (key === -1) return -1;
      if (key === a && this.keysB[i] === b) return this.slots[i] as number;
      i = (i + 1) & this.mask;
    }
  }
}
