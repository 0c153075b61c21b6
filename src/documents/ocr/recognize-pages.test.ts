import { describe, expect, it } from 'vitest';
import { mapInOrder } from './recognize-pages.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder (pages side by side on the pool)', () => {
  it('runs at most `limit` at once and keeps the input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapInOrder([5, 1, 4, 2, 3, 1], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await tick(n * 3);
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 10]);
    expect(peak).toBe(2);
  });

  it('fails with the first failure and starts no more items after it', async () => {
    const started: number[] = [];
    const run = mapInOrder([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick(n === 2 ? 5 : 20);
      if (n === 2) throw new Error('page 2 failed');
      return n;
    });
    await expect(run).rejects.toThrow('page 2 failed');
    await tick(60);
    expect(started).toEqual([1, 2]);
  });

  it('copes with no items', async () => {
    expect(await mapInOrder([], 4, async () => 1)).toEqual([]);
  });
});
