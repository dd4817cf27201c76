import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/ocr/pool.js';

class FakeWorker {
  terminated = false;
  pages = 0;
  constructor(readonly id: number) {}
  async terminate() {
    this.terminated = true;
  }
}

function fakePool(size: number, recycleAfterPages = 1000) {
  const created: FakeWorker[] = [];
  const pool = new WorkerPool<FakeWorker>({
    size,
    recycleAfterPages,
    create: async () => {
      const worker = new FakeWorker(created.length);
      created.push(worker);
      return worker;
    },
  });
  return { pool, created };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('WorkerPool', () => {
  it('runs at most `size` pages at once and every page gets a result', async () => {
    const { pool, created } = fakePool(3);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, page) =>
        pool.run(async (worker) => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
          worker.pages += 1;
          return page * 2;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, page) => page * 2));
    expect(most).toBe(3);
    expect(created).toHaveLength(3);
    await pool.close();
  });

  it('never gives one worker two pages at the same time', async () => {
    const { pool } = fakePool(2);
    const busy = new Set<FakeWorker>();
    let clash = false;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        pool.run(async (worker) => {
          if (busy.has(worker)) clash = true;
          busy.add(worker);
          await tick();
          busy.delete(worker);
        }),
      ),
    );
    expect(clash).toBe(false);
    await pool.close();
  });

  it('starts workers only when pages arrive', async () => {
    const { pool, created } = fakePool(4);
    expect(created).toHaveLength(0);
    await pool.run(async () => undefined);
    expect(created).toHaveLength(1);
    await pool.close();
  });

  it('replaces a worker after recycleAfterPages pages and terminates the old one', async () => {
    const { pool, created } = fakePool(1, 3);
    for (let page = 0; page < 7; page += 1) await pool.run(async (worker) => (worker.pages += 1));
    expect(created.map((worker) => worker.pages)).toEqual([3, 3, 1]);
    expect(created.map((worker) => worker.terminated)).toEqual([true, true, false]);
    expect(pool.getStats()).toMatchObject({ created: 3, recycled: 2, pages: 7 });
    await pool.close();
    expect(created.every((worker) => worker.terminated)).toBe(true);
  });

  it('retires a worker whose page failed, and the next page gets a fresh one', async () => {
    const { pool, created } = fakePool(1);
    await expect(pool.run(async () => Promise.reject(new Error('engine crashed')))).rejects.toThrow('engine crashed');
    expect(created[0]?.terminated).toBe(true);
    await pool.run(async () => undefined);
    expect(created).toHaveLength(2);
    await pool.close();
  });

  it('close lets queued pages finish, then refuses new ones', async () => {
    const { pool, created } = fakePool(1);
    const done: number[] = [];
    const queued = [1, 2, 3].map((page) =>
      pool.run(async () => {
        await tick();
        done.push(page);
      }),
    );
    await pool.close();
    await Promise.all(queued);
    expect(done).toEqual([1, 2, 3]);
    expect(created.every((worker) => worker.terminated)).toBe(true);
    await expect(pool.run(async () => undefined)).rejects.toThrow(/closed/);
  });

  it('rejects a pool size that is not a positive integer', () => {
    expect(() => fakePool(0)).toThrow(TypeError);
    expect(() => fakePool(1.5)).toThrow(/workers/);
  });
});
