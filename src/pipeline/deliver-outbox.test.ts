import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './deliver-outbox.ts';

describe('retryDelayMs', () => {
  const config = { baseDelayMs: 1000, maxDelayMs: 10_000 };
  it('doubles per attempt, between half and all of the ceiling, and stops at the cap', () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a, config, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((a) => retryDelayMs(a, config, () => 1))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(20, config, () => 1)).toBe(10_000);
  });
});
