import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './imap-source.ts';

describe('reconnectDelayMs (the IMAP reconnect back-off)', () => {
  it('doubles from 500 ms per failure, between half and all of it', () => {
    expect([1, 2, 3].map((f) => reconnectDelayMs(f, 60_000, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((f) => reconnectDelayMs(f, 60_000, () => 1))).toEqual([1000, 2000, 4000]);
  });

  it('stops at the cap, and doubles at most ten times', () => {
    expect(reconnectDelayMs(30, 60_000, () => 1)).toBe(60_000);
    expect(reconnectDelayMs(30, 10_000_000, () => 1)).toBe(500 * 2 ** 10);
  });
});
