/**
 * Memory for answers that depend on a word's readings array and its neighbours' (the decoder shares one readings
 * array per word text, so a batch asks the same questions again and again).
 *
 * Each object is known by a number (remembered weakly), each flags string by a number, and an answer is filed in
 * one open-addressing table under the four numbers: no map per context. Bounded: when the table holds its limit,
 * every answer is forgotten at once (answers are pure, so forgetting only costs their recomputation).
 */

/** Per object, its number (0 stands for null or undefined). Shared by every memo. */
let objectNumbers = new WeakMap<object, number>();
let nextObjectNumber = 1;
/** Raised when the numbers start over: every memo then forgets the answers filed under the old ones. */
let numbering = 0;

function numberOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'object') throw new TypeError('ContextMemo: a context is an object or null');
  let number = objectNumbers.get(value);
  if (number === undefined) {
    if (nextObjectNumber === 0x7fffffff) {
      objectNumbers = new WeakMap();
      nextObjectNumber = 1;
      numbering += 1;
    }
    number = nextObjectNumber;
    nextObjectNumber += 1;
    objectNumbers.set(value, number);
  }
  return number;
}

/** Test hook: the next object numbers start just below the limit, so the numbering starts over soon. */
export function nearNumberingLimitForTest(): void {
  nextObjectNumber = 0x7fffffff - 2;
}

/** Ints per bucket: readings, previous, next, flags, answer index (−1: empty). */
const STRIDE = 5;
const INITIAL_BUCKETS = 1 << 10;

export class ContextMemo<V> {
  private readonly flagNumbers = new Map<string, number>();
  private buckets = new Int32Array(INITIAL_BUCKETS * STRIDE).fill(-1);
  private mask = INITIAL_BUCKETS - 1;
  private answers: V[] = [];
  private numbering = numbering;

  /**
   * At most this many answers are held; the next one empties the memo first. The answers are held strongly (the
   * nested maps before held them only as long as their readings arrays lived), so the bound keeps a long run's
   * memory in check: a batch of 44 plans files fewer than this per memo.
   */
  constructor(private readonly limit = 1 << 16) {}

  /** The remembered answer, or undefined. */
  peek(readings: object, previous: unknown, next: unknown, flags: string): V | undefined {
    this.numberContext(readings, previous, next);
    const { r, p, n } = this;
    const at = this.find(r, p, n, this.flagNumber(flags));
    const index = this.buckets[at + 4] as number;
    return index < 0 ? undefined : this.answers[index];
  }

  put(readings: object, previous: unknown, next: unknown, flags: string, value: V): void {
    this.get(readings, previous, next, flags, () => value);
  }

  get(readings: object, previous: unknown, next: unknown, flags: string, compute: () => V): V {
    this.numberContext(readings, previous, next);
    const { r, p, n } = this;
    const f = this.flagNumber(flags);
    const index = this.buckets[this.find(r, p, n, f) + 4] as number;
    if (index >= 0) return this.answers[index] as V;
    const value = compute();
    // compute may have numbered objects past the limit: the numbers above are then stale, and not filed.
    if (this.numbering !== numbering) {
      this.clear();
      return value;
    }
    if (this.answers.length >= this.limit) this.clear();
    else if ((this.answers.length + 1) * 2 > this.mask + 1) this.grow();
    this.store(this.find(r, p, n, f), r, p, n, f, value);
    return value;
  }

  /** The numbers of the context last asked for (numberContext), all of one numbering. */
  private r = 0;
  private p = 0;
  private n = 0;

  /** Numbers the three objects (this memo emptied when their numbering is new to it). */
  private numberContext(readings: object, previous: unknown, next: unknown): void {
    this.r = numberOf(readings);
    this.p = numberOf(previous);
    this.n = numberOf(next);
    if (this.numbering !== numbering) {
      // The numbering may have started over between two of the calls above.
      this.r = numberOf(readings);
      this.p = numberOf(previous);
      this.n = numberOf(next);
      this.clear();
    }
  }

  private store(at: number, r: number, p: number, n: number, f: number, value: V): void {
    const buckets = this.buckets;
    buckets[at] = r;
    buckets[at + 1] = p;
    buckets[at + 2] = n;
    buckets[at + 3] = f;
    buckets[at + 4] = this.answers.length;
    this.answers.push(value);
  }

  private flagNumber(flags: string): number {
    let number = this.flagNumbers.get(flags);
    if (number === undefined) {
      number = this.flagNumbers.size;
      this.flagNumbers.set(flags, number);
    }
    return number;
  }

  /** Offset of the bucket holding (r, p, n, f), or of the empty bucket where it would go. */
  private find(r: number, p: number, n: number, f: number): number {
    const buckets = this.buckets;
    let i = (Math.imul(r, 0x9e3779b1) ^ Math.imul(p + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(n + 0x165667b1, 0xc2b2ae3d) ^ Math.imul(f + 1, 0x27d4eb2f)) >>> 0;
    i = (i ^ (i >>> 15)) & this.mask;
    for (;;) {
      const at = i * STRIDE;
      if ((buckets[at + 4] as number) < 0) return at;
      if (buckets[at] === r && buckets[at + 1] === p && buckets[at + 2] === n && buckets[at + 3] === f) return at;
      i = (i + 1) & this.mask;
    }
  }

  /** Twice the buckets, every answer filed again. */
  private grow(): void {
    const old = this.buckets;
    this.buckets = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.buckets.length / STRIDE - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      const index = old[at + 4] as number;
      if (index < 0) continue;
      const to = this.find(old[at] as number, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
      this.buckets.set(old.subarray(at, at + STRIDE), to);
    }
  }

  /** Forgets every answer. */
  clear(): void {
    this.buckets = new Int32Array(INITIAL_BUCKETS * STRIDE).fill(-1);
    this.mask = INITIAL_BUCKETS - 1;
    this.answers = [];
    this.numbering = numbering;
  }
}
