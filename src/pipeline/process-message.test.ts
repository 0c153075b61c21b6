import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './process-message.ts';

describe('retryDelayMs (a message whose extraction failed retryably)', () => {
  it('waits 2 s after the first attempt, doubling, at most 5 minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16_000]);
    expect(retryDelayMs(8)).toBe(256_000);
    expect(retryDelayMs(9)).toBe(300_000);
    expect(retryDelayMs(40)).toBe(300_000);
  });
});
