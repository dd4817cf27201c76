/**
 * Memory for answers that depend on a word's readings array and its neighbours' (the decoder shares one readings
 * array per word text, so a batch asks the same questions again and again).
 */
export class ContextMemo<V> {
  private readonly byReadings = new WeakMap<object, Map<unknown, Map<unknown, Map<string, V>>>>();

  /** The remembered answer, or undefined. */
  peek(readings: object, previous: unknown, next: unknown, flags: string): V | undefined {
    return this.byReadings.get(readings)?.get(previous)?.get(next)?.get(flags);
  }

  put(readings: object, previous: unknown, next: unknown, flags: string, value: V): void {
    this.get(readings, previous, next, flags, () => value);
  }

  get(readings: object, previous: unknown, next: unknown, flags: string, compute: () => V): V {
    let byPrevious = this.byReadings.get(readings);
    if (!byPrevious) {
      byPrevious = new Map();
      this.byReadings.set(readings, byPrevious);
    }
    let byNext = byPrevious.get(previous);
    if (!byNext) {
      byNext = new Map();
      byPrevious.set(previous, byNext);
    }
    let byFlags = byNext.get(next);
    if (!byFlags) {
      byFlags = new Map();
      byNext.set(next, byFlags);
    }
    let value = byFlags.get(flags);
    if (value === undefined) {
      value = compute();
      byFlags.set(flags, value);
    }
    return value;
  }
}
