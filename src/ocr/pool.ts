import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

/** The part of an engine worker the pool manages. */
export interface PoolWorker {
  terminate(): Promise<unknown>;
}

export interface WorkerPoolOptions<W extends PoolWorker> {
  /** Number of engine workers; defaults to one per core. */
  size?: number;
  /** A worker is replaced after this many pages (long-running engines grow in memory). */
  recycleAfterPages?: number;
  create: () => Promise<W>;
}

export interface WorkerPoolStats {
  size: number;
  created: number;
  recycled: number;
  pages: number;
}

interface Slot<W> {
  worker: Promise<W> | null;
  pages: number;
}

export const DEFAULT_RECYCLE_AFTER_PAGES = 300;

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * A fixed number of engine workers shared by every document of a batch. Workers start on first use, run one
 * page at a time, and are replaced after `recycleAfterPages` pages or when a page fails (the worker may be broken).
 */
export class WorkerPool<W extends PoolWorker> {
  readonly size: number;
  private readonly recycleAfterPages: number;
  private readonly create: () => Promise<W>;
  private readonly limit;
  private readonly idle: Slot<W>[];
  private closed = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly stats = { created: 0, recycled: 0, pages: 0 };

  constructor(options: WorkerPoolOptions<W>) {
    this.size = positiveInteger('workers', options.size ?? defaultPoolSize());
    this.recycleAfterPages = positiveInteger('recycleAfterPages', options.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES);
    this.create = options.create;
    this.limit = pLimit(this.size);
    this.idle = Array.from({ length: this.size }, () => ({ worker: null, pages: 0 }));
  }

  /** Runs one page's work on a free worker; waits in line when all are busy. */
  run<T>(task: (worker: W) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('OCR worker pool is closed'));
    const job = this.limit(async () => {
      const slot = this.idle.pop();
      if (!slot) throw new Error('OCR worker pool has no free worker (internal error)');
      try {
        slot.worker ??= this.startWorker();
        const worker = await slot.worker;
        const result = await task(worker);
        slot.pages += 1;
        this.stats.pages += 1;
        if (slot.pages >= this.recycleAfterPages) await this.retire(slot, true);
        return result;
      } catch (error) {
        await this.retire(slot, false);
        throw error;
      } finally {
        this.idle.push(slot);
      }
    });
    const settled = job.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return job;
  }

  getStats(): WorkerPoolStats {
    return { size: this.size, ...this.stats };
  }

  /** Refuses new pages, lets queued and running pages finish, then stops every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    await Promise.all(this.idle.map((slot) => this.retire(slot, false)));
  }

  private startWorker(): Promise<W> {
    this.stats.created += 1;
    return this.create();
  }

  private async retire(slot: Slot<W>, recycled: boolean): Promise<void> {
    const pending = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    if (!pending) return;
    if (recycled) this.stats.recycled += 1;
    await pending.then((worker) => worker.terminate()).catch(() => undefined);
  }
}
