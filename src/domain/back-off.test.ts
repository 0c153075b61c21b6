import { describe, expect, it } from 'vitest';
import { backOffMs } from './back-off.ts';

describe('backOffMs', () => {
  it('doubles from the base per retry, without jitter by default', () => {
    expect([0, 1, 2, 3].map((r) => backOffMs(r, { baseMs: 1000 }))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops at the cap, also for huge retry counts', () => {
    expect(backOffMs(3, { baseMs: 1000, capMs: 5000 })).toBe(5000);
    expect(backOffMs(5000, { baseMs: 1000, capMs: 5000 })).toBe(5000);
  });

  it('treats a negative retry as the first', () => {
    expect(backOffMs(-1, { baseMs: 700 })).toBe(700);
  });

  it('with equal jitter lies between half and all of the delay', () => {
    const at = (random: number) => backOffMs(2, { baseMs: 1000, capMs: 10_000, jitter: 'equal', random: () => random });
    expect([at(0), at(0.5), at(1)]).toEqual([2000, 3000, 4000]);
  });

  it('with full jitter lies between 0 and all of the delay', () => {
    const at = (random: number) => backOffMs(2, { baseMs: 1000, capMs: 3000, jitter: 'full', random: () => random });
    expect([at(0), at(0.5), at(1)]).toEqual([0, 1500, 3000]);
  });

  it('uses Math.random when no random is given', () => {
    for (let i = 0; i < 50; i += 1) {
      const ms = backOffMs(1, { baseMs: 100, jitter: 'full' });
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThanOrEqual(200);
    }
  });
});
