import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.ts';
import { limitConcurrency } from './limit-concurrency.ts';

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown, closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker({ threshold: 2, cooldownMs: 1000, now: () => now });
    b.failure();
    expect(b.tryPass()).toBe(true);
    b.failure();
    expect(b.tryPass()).toBe(false);
    now = 1500;
    expect(b.tryPass()).toBe(true);
    expect(b.tryPass()).toBe(false);
    b.success();
    expect(b.isOpen()).toBe(false);
    expect(b.tryPass()).toBe(true);
  });
});

describe('limitConcurrency', () => {
  it('never runs more than the limit at once', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let peak = 0;
    const task = () => limit(async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
    });
    await Promise.all(Array.from({ length: 8 }, task));
    expect(peak).toBe(2);
  });
});
