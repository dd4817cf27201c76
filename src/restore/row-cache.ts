/**
 * Rows of numbers remembered per pair of integers (a readings list's id and a context word or slot), in one
 * arena: the beam asks for the same word's readings after the same context again and again across a batch.
 * Bounded: when the arena or the table is full, everything is forgotten at once.
 */
import { IntPairTable } from './int-pair-table.js';

export class RowCache {
  private readonly table: IntPairTable;
  private readonly arena: Float64Array;
  private used = 0;
  private rows = 0;

  constructor(
    private readonly maxRows: number,
    arenaSize: number,
  ) {
    this.table = new IntPairTable(maxRows);
    this.arena = new Float64Array(arenaSize);
  }

  /** The numbers every row lives in: a row found or made at `offset` is arena[offset .. offset + width). */
  get values(): Float64Array {
    return this.arena;
  }

  /** Offset of the row stored for (a, b), or -1. */
  find(a: number, b: number): number {
    return this.table.get(a, b);
  }

  /**
   * Room for a new row of `width` numbers for (a, b): its offset, to be filled by the caller before the next call.
   * Forgets every row first when the arena or the table is full.
   */
  make(a: number, b: number, width: number): number {
    if (width > this.arena.length) throw new RangeError(`row of ${width} numbers exceeds the cache arena`);
    if (this.used + width > this.arena.length || this.rows >= this.maxRows) this.clear();
    const offset = this.used;
    this.used += width;
    this.rows += 1;
    this.table.set(a, b, offset);
    return offset;
  }

  clear(): void {
    this.table.clear();
    this.used = 0;
    this.rows = 0;
  }
}
